"""Paper page: one paper's results text with every number that became a record highlighted and
numbered, and the table of those records. `?paper=<arXiv id>` opens a paper directly."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from leaderboard_app import data
from leaderboard_app.show import (
    count_text, markdown_text, plain_text, results_html, row_height, safe_link, without_empty,
)
from metricsdb.output import frame_csv, metric_spelling, value_text

FOUND_PAPERS = 20
EVIDENCE_WIDTH = 360  # px: long evidence wraps in it
CORRECTED_WIDTH = 200  # px: what a correction changed, and which one


def paper_picker(snap: data.Snapshot) -> None:
    """A search box with links to the matching papers (the newest ones while it is empty)."""
    words = st.text_input("Find a paper", placeholder="arXiv id or words of the title")
    found = data.find_papers(snap, words)
    if found.empty:
        st.caption("No paper matches.")
    for row in found.head(FOUND_PAPERS).itertuples():
        st.page_link("paper.py", query_params={"paper": row.paper_id}, icon=":material/article:",
                     label=markdown_text(f"{row.paper_id} · {row.title} · {count_text(row.records, 'record')}"))
    if len(found) > FOUND_PAPERS:
        st.caption(f"… and {len(found) - FOUND_PAPERS} more: type more of the title.")


def records_table(records: pd.DataFrame) -> pd.DataFrame:
    """The paper's records as shown: numbered as in the highlighted text."""
    return without_empty(pd.DataFrame({
        "#": range(1, len(records) + 1),
        "kind": records["kind"],
        "benchmark": records["benchmark"],
        "subset": records["subset"],
        "model": records["model"],
        "metric": records["metric"].map({metric: metric_spelling(metric, group["evidence"])  # as its board heads it
                                         for metric, group in records.groupby("metric")}),
        "value": [value_text(record) for record in records.to_dict("records")],
        "record": records["record_id"],  # beside the value: in view on a narrow window, as the long text is not
        "vs": records["reference"],
        "corrected": records["corrected"],
        "evidence": records["evidence"].map(plain_text),
    }), ("subset", "vs", "corrected"))


def show_paper(paper_id: str, copies: pd.DataFrame, records: pd.DataFrame, results_text: str) -> None:
    newest = copies.iloc[0]
    st.subheader(markdown_text(newest["title"]))
    link = safe_link(newest["url"])
    if link:
        st.link_button("The paper's page", link, icon=":material/open_in_new:")
    dates = ", ".join(sorted(copies["report_date"]))
    st.caption(f"arXiv {markdown_text(paper_id)} · in the report of {dates} · {count_text(len(records), 'record')}")
    st.markdown("**Results (实验效果)**, each number that became a record highlighted; "
                "its [number] opens the record's leaderboard.")
    with st.container(border=True):
        st.html(results_html(results_text, records) if results_text else "<i>No results section.</i>")
    if records.empty:
        st.info("The extractor found no records in this paper's results.")
        return
    st.markdown("**Records**")
    table = records_table(records)
    st.dataframe(table, hide_index=True, width="stretch", placeholder="",
                 row_height=row_height([(table["evidence"], EVIDENCE_WIDTH)]
                                       + ([(table["corrected"], CORRECTED_WIDTH)] if "corrected" in table else [])),
                 column_config={"#": st.column_config.NumberColumn(width=40),
                                "record": st.column_config.TextColumn(width=150),
                                "evidence": st.column_config.TextColumn(width=EVIDENCE_WIDTH),
                                "corrected": st.column_config.TextColumn(
                                    width=CORRECTED_WIDTH, help="Set by hand: the text still states the value as extracted")})
    st.download_button("Download these records as CSV", frame_csv(records).encode("utf-8"),
                       file_name=f"{paper_id}.csv", mime="text/csv")


snap = data.snapshot()
st.title("Paper")
paper_id = st.query_params.get("paper", "").strip()
copies, records, results_text = data.paper(snap, paper_id) if paper_id else (pd.DataFrame(), pd.DataFrame(), None)
if paper_id and copies.empty:
    st.warning(f"No paper {markdown_text(paper_id)} in the database.")
if copies.empty:
    paper_picker(snap)
else:
    show_paper(paper_id, copies, data.with_notes(snap, records), results_text or "")
    with st.expander("Another paper"):
        paper_picker(snap)
