"""Overview page: what the database holds, the benchmarks with most entries, and a search across
benchmarks, models and papers, each result downloadable as CSV."""
from __future__ import annotations

from typing import Union

import altair as alt
import pandas as pd
import streamlit as st

from extractors.lexicon import name_key
from leaderboard_app import data
from leaderboard_app.show import LINK_TEXT, board_link, paper_link, safe_link, titled_link
from metricsdb.output import frame_csv

TOP_BENCHMARKS = 15


def benchmark_table(benchmarks: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "benchmark": [titled_link(board_link(name), name) for name in benchmarks["name"]],
        "records": benchmarks["records"],
        "papers": benchmarks["papers"],
    })


def show_table(title: str, table: pd.DataFrame, file_name: str, links: tuple[str, ...] = (),
               height: Union[int, str] = "auto") -> None:
    """A titled result table with its CSV download; `links` are columns built with titled_link."""
    st.markdown(f"**{title}** ({len(table)})")
    if table.empty:
        st.caption("None.")
        return
    st.dataframe(table, hide_index=True, width="stretch", height=height, placeholder="",
                 column_config={column: st.column_config.LinkColumn(display_text=LINK_TEXT) for column in links})
    csv = table.assign(**{column: table[column].str.replace(r"#.*$", "", regex=True) for column in links})
    st.download_button(f"Download {title.lower()} as CSV", frame_csv(csv).encode("utf-8"),
                       file_name=file_name, mime="text/csv", key=f"download-{file_name}")


def named(frame: pd.DataFrame, words: str) -> pd.DataFrame:
    """Rows whose name contains what the user typed, forgivingly (case, spaces and hyphens ignored)."""
    return frame[frame["name"].map(name_key).str.contains(name_key(words), regex=False)]


def search(snap: data.Snapshot, words: str) -> None:
    st.caption("Links open the benchmark's board or the paper's page, in a new tab.")
    show_table("Benchmarks", benchmark_table(named(data.benchmarks(snap), words)), "benchmarks.csv",
               links=("benchmark",))
    show_table("Models", named(data.models(snap), words).rename(columns={"name": "model"}), "models.csv")
    papers = data.find_papers(snap, words)
    show_table("Papers", pd.DataFrame({
        "paper": [titled_link(paper_link(paper_id), title) for paper_id, title in zip(papers["paper_id"], papers["title"])],
        "arXiv": [titled_link(safe_link(url), paper_id) for paper_id, url in zip(papers["paper_id"], papers["url"])],
        "report date": papers["report_date"],
        "records": papers["records"],
    }), "papers.csv", links=("paper", "arXiv"))


snap = data.snapshot()
benchmarks = data.benchmarks(snap)
st.title("Overview")
for column, (label, count) in zip(st.columns(4), (("Reports", snap.reports), ("Papers", snap.papers),
                                                   ("Records", snap.records), ("Benchmarks", len(benchmarks)))):
    column.metric(label, f"{count:,}")

words = st.text_input("Search benchmarks, models and papers", placeholder="e.g. IFEval, Qwen3, diffusion")
if words.strip():
    search(snap, words)
else:
    top = benchmarks.head(TOP_BENCHMARKS)
    st.subheader(f"The {len(top)} benchmarks with most entries")
    chart, table = st.columns([3, 2])
    chart.altair_chart(alt.Chart(top).mark_bar().encode(
        x=alt.X("records:Q", axis=alt.Axis(format="d", tickMinStep=1)), y=alt.Y("name:N", sort="-x", title=None),
        tooltip=["name:N", "records:Q", "papers:Q"],
    ), width="stretch")
    with table:
        show_table("Top benchmarks", benchmark_table(top), "top-benchmarks.csv", links=("benchmark",),
                   height="content")
