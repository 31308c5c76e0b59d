"""The app's reads of the database, cached.

Every query is cached with st.cache_data and keyed on a Snapshot: the database URL plus counts and
the time of the last ingest. A rerun (every click) then costs one cheap version query instead of a
scan of the records, and a new ingest changes the key, so the next rerun shows it.
"""
from __future__ import annotations

import os
from datetime import datetime
from typing import NamedTuple, Optional

import pandas as pd
import streamlit as st

from metricsdb.output import correction_notes as notes_of
from metricsdb.paths import ALLOW_EDITS_ENV, resolve_database_url
from metricsdb.store import Store, board_frame
from metricsdb.whatsnew import WhatsNew, whats_new as read_whats_new


class Snapshot(NamedTuple):
    """The database as of this rerun: what the cached queries are keyed on."""

    url: str
    reports: int
    papers: int
    records: int
    last_ingested_at: Optional[datetime]
    corrections: tuple[object, ...] = ()
    """Store.corrections_version(): a correction shows on the next rerun."""


@st.cache_resource(show_spinner=False, on_release=Store.close)
def open_store(url: str) -> Store:
    """One Store (one connection pool) per database for the whole server, not one per rerun."""
    return Store(url)


def snapshot() -> Snapshot:
    """The database named by $METRICSDB_URL (else the per-user file), as it is now."""
    url = resolve_database_url()
    store = open_store(url)
    return Snapshot(url, **store.stats(), last_ingested_at=store.last_ingested_at(),
                    corrections=store.corrections_version())


def edits_allowed() -> bool:
    """`metricsdb app --allow-edits` ($METRICSDB_ALLOW_EDITS=1): readers may flag rows and a Review page
    corrects them. Otherwise the app writes nothing."""
    return os.environ.get(ALLOW_EDITS_ENV) == "1"


def display_url(snap: Snapshot) -> str:
    """The database URL as it may be shown: password masked."""
    return open_store(snap.url).display_url


@st.cache_data(show_spinner=False)
def benchmarks(snap: Snapshot) -> pd.DataFrame:
    """name, records, papers: every benchmark, most records first."""
    return open_store(snap.url).benchmarks()


@st.cache_data(show_spinner=False)
def models(snap: Snapshot) -> pd.DataFrame:
    """name, records, benchmarks: every model, most records first."""
    return open_store(snap.url).models()


@st.cache_data(show_spinner=False)
def papers(snap: Snapshot) -> pd.DataFrame:
    """paper_id, title, url, report_date, records: every paper once (as in its newest report), newest first."""
    copies = open_store(snap.url).papers()
    return copies.groupby("paper_id", sort=False, as_index=False).agg(
        title=("title", "first"), url=("url", "first"), report_date=("report_date", "first"), records=("records", "sum"))


def find_papers(snap: Snapshot, words: str) -> pd.DataFrame:
    """Papers whose arXiv id starts with, or whose title contains, what the user typed (any case); all
    papers for no words."""
    every = papers(snap)
    wanted = words.strip().casefold()
    hits = every["paper_id"].str.startswith(wanted) | every["title"].str.casefold().str.contains(wanted, regex=False)
    return every[hits]


@st.cache_data(show_spinner=False)
def benchmark_records(snap: Snapshot, benchmark: str) -> pd.DataFrame:
    """Every record (all kinds and metrics) of one benchmark."""
    return open_store(snap.url).records(benchmark=benchmark)


@st.cache_data(show_spinner=False)
def find_benchmark(snap: Snapshot, wanted: str) -> str:
    """Store.find_benchmark: the stored name of the benchmark `wanted` means, forgivingly, as the CLI
    finds it; NotInDatabaseError (never cached) naming close ones."""
    return open_store(snap.url).find_benchmark(wanted)


@st.cache_data(show_spinner=False)
def metrics(snap: Snapshot, benchmark: str, subset: Optional[str] = None) -> list[str]:
    """Store.metrics: the score metrics of the benchmark's overall board (or a subset's), the default first."""
    return open_store(snap.url).metrics(benchmark, subset=subset)


@st.cache_data(show_spinner=False)
def subsets(snap: Snapshot, benchmark: str) -> dict[str, int]:
    """Store.subsets: the benchmark's subsets with score records, with their numbers of records."""
    return open_store(snap.url).subsets(benchmark)


@st.cache_data(show_spinner=False)
def default_subset(snap: Snapshot, benchmark: str) -> Optional[str]:
    """Store.default_board's subset for the benchmark's scores: the board with most papers (None: the
    overall one)."""
    return open_store(snap.url).default_board(benchmark, kind="score").subset


@st.cache_data(show_spinner=False)
def leaderboard(snap: Snapshot, benchmark: str, metric: Optional[str] = None, kind: str = "score",
                subset: Optional[str] = None, include_unnamed: bool = False) -> pd.DataFrame:
    """Store.leaderboard: best first (by date when the direction is unknown), what it ranks by in
    `attrs`; metric None for the board's default, an unknown one a NotInDatabaseError."""
    return board_frame(open_store(snap.url).leaderboard_rows(benchmark, metric, kind,  # type: ignore[arg-type]
                                                             subset=subset, include_unnamed=include_unnamed))


@st.cache_data(show_spinner=False)
def paper(snap: Snapshot, paper_id: str) -> tuple[pd.DataFrame, pd.DataFrame, Optional[str]]:
    """One paper's copies (title, link, report date), records and results text."""
    store = open_store(snap.url)
    return store.papers(paper_id), store.records(paper_id=paper_id), store.results_text(paper_id)


@st.cache_data(show_spinner=False)
def correction_notes(snap: Snapshot) -> dict[str, str]:
    """record_id -> what hand corrections did to it (metricsdb.output.correction_notes): a corrected value
    sits next to evidence that still states the extracted one, so the page must say so."""
    if not snap.corrections or not snap.corrections[0]:
        return {}
    return notes_of(open_store(snap.url).corrections())


def with_notes(snap: Snapshot, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (rows with a record_id) with a `corrected` column: the note of each corrected row, else None."""
    notes = correction_notes(snap)
    noted = frame.assign(corrected=[notes.get(record_id) for record_id in frame["record_id"]])
    noted.attrs.update(frame.attrs)  # a board's benchmark, metric, direction ...
    return noted


@st.cache_data(show_spinner=False)
def report_dates(snap: Snapshot) -> list[str]:
    """The stored reports' dates, oldest first."""
    return open_store(snap.url).report_dates()


@st.cache_data(show_spinner=False)
def whats_new(snap: Snapshot, date: str) -> WhatsNew:
    """metricsdb.whatsnew for one report date."""
    return read_whats_new(open_store(snap.url), date)
