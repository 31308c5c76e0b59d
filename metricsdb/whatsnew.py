"""What one day's report changed: the results that set a new best on their board, the boards that
appeared that day, and each paper's headline number (`metricsdb new`, the app's What's new page).

A "board" is what `Store.leaderboard_rows(benchmark, metric, "score")` ranks, so a new best here is
exactly a new first row there, as of that day (later reports are not counted). Only scores compete:
deltas and ratios are changes against a reference, never ranked with each other across papers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import func, select

from extractors.lexicon import name_key

from .model import is_unnamed_system
from .output import correction_notes, missing, value_text
from .store import LEADERBOARD_COLUMNS, NotInDatabaseError, records_table

if TYPE_CHECKING:
    import pandas as pd

    from .store import Store

_DATE = LEADERBOARD_COLUMNS.index("report_date")


@dataclass(frozen=True)
class Entry:
    """One row of a board (a score) as the page shows it."""

    benchmark: str
    metric: str
    kind: str
    model: str
    value: float
    shown: str
    """The value as a reader expects it (`84.1%`, `+2.6 pp`)."""
    paper_id: str
    paper_title: str
    report_date: str
    evidence: str
    corrected: Optional[str] = None
    """What hand corrections changed (output.correction_notes): the evidence still states the extracted value."""

    @classmethod
    def from_row(cls, benchmark: str, metric: str, row: dict[str, Any], notes: dict[str, str],
                 kind: str = "score") -> Entry:
        return cls(benchmark, metric, kind, row["model"], float(row["value"]), value_text(row, kind), row["paper_id"],
                   row["paper_title"], row["report_date"], row["evidence"], notes.get(row["record_id"]))


@dataclass(frozen=True)
class NewBest:
    """A result of the day that ranks above everything on its board before that day."""

    entry: Entry
    previous: Entry
    lower_is_better: bool


@dataclass(frozen=True)
class NewBoard:
    """A benchmark no earlier report had: its records and papers that day, and its best score if any."""

    benchmark: str
    records: int
    papers: int
    best: Optional[Entry]


@dataclass(frozen=True)
class Headline:
    """A paper of the day and the one number that says most about it (None: no record was read)."""

    paper_id: str
    title: str
    url: str
    entry: Optional[Entry] = None
    first_listed: Optional[str] = None
    """The date of an earlier report that listed the paper too: its records are counted there, once."""


@dataclass
class WhatsNew:
    date: str
    dates: list[str]
    """Every report date in the store, oldest first."""
    new_bests: list[NewBest] = field(default_factory=list)
    new_boards: list[NewBoard] = field(default_factory=list)
    headlines: list[Headline] = field(default_factory=list)


def whats_new(store: Store, date: Optional[str] = None) -> WhatsNew:
    """What the report of `date` (default: the latest) brought; NotInDatabaseError for a date without one."""
    dates = store.report_dates()
    if not dates:
        raise NotInDatabaseError("the database has no reports yet")
    date = date or dates[-1]
    if date not in dates:
        shown = ", ".join(dates[-5:]) + (f" (and {len(dates) - 5} earlier)" if len(dates) > 5 else "")
        raise NotInDatabaseError(f"no report dated {date!r}; the reports are dated {shown}")
    news = WhatsNew(date, dates)
    day = store.records(report_date=date)
    notes = correction_notes(store.corrections()) if store.corrections_version()[0] else {}
    news.headlines = _headlines(store.papers(), day, date, notes)
    if day.empty:
        return news
    first_seen = _first_dates(store, sorted(set(day["benchmark"].map(name_key))))
    scores = day[(day["kind"] == "score") & day["subset"].isna()]  # overall boards: a subset's number never competes
    for benchmark, metric in scores.groupby(["benchmark", "metric"], sort=False).groups:
        if first_seen.get(name_key(benchmark), date) < date:
            best = _new_best(store, benchmark, metric, date, notes)
            if best is not None and all((b.entry.benchmark, b.entry.metric) != (best.entry.benchmark, best.entry.metric)
                                        for b in news.new_bests):  # avg@32 and accuracy: one board, one new best
                news.new_bests.append(best)
    for key, records in day.groupby(day["benchmark"].map(name_key), sort=False):
        if first_seen.get(key) == date:
            news.new_boards.append(_new_board(store, records, date, notes))
    news.new_bests.sort(key=lambda best: (best.entry.benchmark.casefold(), best.entry.metric))
    news.new_boards.sort(key=lambda board: (-board.records, board.benchmark.casefold()))
    return news


def _first_dates(store: Store, keys: list[str]) -> dict[str, str]:
    """The first report date of each benchmark (by its forgiving key): one grouped query on the
    leaderboard index, so a day's page does not read the benchmarks' whole history."""
    table = records_table
    query = (select(table.c.benchmark_key, func.min(table.c.report_date))
             .where(table.c.benchmark_key.in_(keys)).group_by(table.c.benchmark_key))
    with store._read() as conn:  # noqa: SLF001  # the store's own read connection (errors as StoreError)
        return dict(conn.execute(query).all())  # type: ignore[arg-type]


def _up_to(board_rows: list[tuple[Any, ...]], date: str) -> list[dict[str, Any]]:
    """A board's rows as of `date` (reports of later days are not there yet), as dicts, best first."""
    return [dict(zip(LEADERBOARD_COLUMNS, row)) for row in board_rows if row[_DATE] <= date]


def _new_best(store: Store, benchmark: str, metric: str, date: str, notes: dict[str, str]) -> Optional[NewBest]:
    """The day's best row on the (benchmark, metric) score board when it ranks strictly above every
    earlier row (a tie is not a new best), named by the board's metric (`accuracy` for `avg@32`)."""
    board = store.leaderboard_rows(benchmark, metric, "score")
    if board.lower_is_better is None:  # a board without a known direction has no best
        return None
    rows = _up_to(board.rows, date)
    today = next((row for row in rows if row["report_date"] == date), None)
    before = next((row for row in rows if row["report_date"] < date), None)
    if today is None or before is None or today["rank"] >= before["rank"]:
        return None
    return NewBest(Entry.from_row(board.benchmark, board.metric, today, notes),
                   Entry.from_row(board.benchmark, board.metric, before, notes), bool(board.lower_is_better))


def _new_board(store: Store, records: pd.DataFrame, date: str, notes: dict[str, str]) -> NewBoard:
    """A benchmark first seen on `date`: its counts, and the top of the board its records of that day
    make (scores, else the kind they have most of; overall numbers, else the subset with most; their
    most frequent metric)."""
    benchmark = records["benchmark"].iloc[0]
    kinds = records["kind"].value_counts()
    kind = "score" if "score" in kinds else str(kinds.index[0])
    of_kind = records[records["kind"] == kind]
    overall = of_kind[of_kind["subset"].isna()]
    subset = None if not overall.empty else str(of_kind["subset"].value_counts().index[0])
    shown = overall if subset is None else of_kind[of_kind["subset"] == subset]
    metric = str(shown["metric"].value_counts().index[0])
    board = store.leaderboard_rows(benchmark, metric, kind, subset=subset)  # type: ignore[arg-type]  # a Kind
    rows = _up_to(board.rows, date)
    best = Entry.from_row(board.benchmark, metric, rows[0], notes, kind) if rows else None
    return NewBoard(board.benchmark, len(records), records["paper_id"].nunique(), best)


def _headlines(papers: pd.DataFrame, day: pd.DataFrame, date: str, notes: dict[str, str]) -> list[Headline]:
    """Each paper of the day's report, in report order, with its headline record."""
    records_of = {paper_id: rows for paper_id, rows in day.groupby("paper_id", sort=False)}
    today = papers[papers["report_date"] == date].drop_duplicates("paper_id")
    first = papers.groupby("paper_id")["report_date"].min() if len(today) else {}
    headlines = []
    for paper in today.itertuples():
        rows = records_of.get(paper.paper_id)
        record = headline_record(rows, paper.title) if rows is not None else None
        if record is None:
            earlier = first[paper.paper_id] if first[paper.paper_id] < date else None
            headlines.append(Headline(paper.paper_id, paper.title, paper.url, first_listed=earlier))
            continue
        entry = Entry.from_row(record["benchmark"], record["metric"], record, notes, record["kind"])
        headlines.append(Headline(paper.paper_id, paper.title, paper.url, entry))
    order = {paper_id: i for i, paper_id in enumerate(records_of)}  # papers with records, in report order
    return sorted(headlines, key=lambda h: (h.entry is None, order.get(h.paper_id, 0)))


def _method_name(title: str) -> str:
    """The name a paper gives its method: the part of its title before a colon (`LSRIF: ...`), if short."""
    head, colon, _ = title.partition(":")
    return name_key(head) if colon and 0 < len(head) <= 40 else ""


def headline_record(records: pd.DataFrame, title: str) -> Optional[dict[str, Any]]:
    """The record that says most about a paper: its own method's first score (the method named in the
    title), else the first score of a named system, else its method's first change, else its first
    record. First means in the order the text states them, which is how papers lead with results."""
    rows = [row for row in records.to_dict("records") if not missing(row["value"])]
    method = _method_name(title)

    def own(row: dict[str, Any]) -> bool:
        return bool(method) and name_key(row["model"]).startswith(method)

    for wanted in (lambda r: r["kind"] == "score" and own(r),
                   lambda r: r["kind"] == "score" and not is_unnamed_system(r["model"]),
                   lambda r: r["kind"] != "score" and own(r),
                   lambda r: True):
        found = next((row for row in rows if wanted(row)), None)
        if found is not None:
            return found
    return None
