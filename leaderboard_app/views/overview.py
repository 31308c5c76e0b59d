"""Overview page: what the database holds, the benchmarks with most entries, and a search across
benchmarks, models and papers, each result downloadable as CSV."""
from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from extractors.vocabulary import name_key
from leaderboard_app import data
from leaderboard_app.show import LINK_TEXT, board_link, paper_link, safe_link, titled_link

TOP_BENCHMARKS = 15


def benchmark_table(benchmarks: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "benchmark": [titled_link(board_link(name), name) for name in benchmarks["name"]],
        "records": benchmarks["records"],
        "papers": benchmarks["papers"],
    })


def show_table(title: str, table: pd.DataFrame, file_name: str, links: tuple[str, ...] = ()) -> None:
    """A titled result table with its CSV download; `links` are columns built with titled_link."""
    st.markdown(f"**{title}** ({len(table)})")
    if table.empty:
        st.caption("None.")
        return
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={column: st.column_config.LinkColumn(display_text=LINK_TEXT) for column in links})
    csv = table.assign(**{column: table[column].str.replace(r"#.*$", "", regex=True) for column in links})
    st.download_button(f"Download {title.lower()} as CSV", csv.to_csv(index=False).encode("utf-8"),
                       file_name=file_name, mime="text/csv", key=f"download-{file_name}")


def search(snap: data.Snapshot, words: str) -> None:
    key = name_key(words)
    folded = words.strip().casefold()
    benchmarks = data.benchmarks(snap)
    st.caption("Links open the benchmark's board or the paper's page.")
    show_table("Benchmarks", benchmark_table(benchmarks[benchmarks["name"].map(name_key).str.contains(key, regex=False)]),
               "benchmarks.csv", links=("benchmark",))
    models = data.models(snap)
    show_table("Models", models[models["name"].map(name_key).str.contains(key, regex=False)].rename(columns={"name": "model"}),
               "models.csv")
    papers = data.papers(snap)
    hits = papers[papers["paper_id"].str.startswith(folded) | papers["title"].str.casefold().str.contains(folded, regex=False)]
    show_table("Papers", pd.DataFrame({
        "paper": [titled_link(paper_link(paper_id), title) for paper_id, title in zip(hits["paper_id"], hits["title"])],
        "arXiv": [titled_link(safe_link(url), paper_id) for paper_id, url in zip(hits["paper_id"], hits["url"])],
        "report date": hits["report_date"],
        "records": hits["records"],
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
    st.altair_chart(alt.Chart(top).mark_bar().encode(
        x=alt.X("records:Q"), y=alt.Y("name:N", sort="-x", title=None), tooltip=["name:N", "records:Q", "papers:Q"],
    ), width="stretch")
    show_table("Top benchmarks", benchmark_table(top), "top-benchmarks.csv", links=("benchmark",))
