"""Leaderboard page: one benchmark's models ranked by one metric, the evidence behind each value,
the reported changes (deltas, ratios) apart from the ranking, and the state of the art over time.

The URL holds the board (`?benchmark=IFEval&metric=accuracy`, names matched forgivingly), so a
board can be shared: the widgets follow the URL, and picking in them rewrites it.
"""
from __future__ import annotations

import html

import altair as alt
import pandas as pd
import streamlit as st

from leaderboard_app import data
from leaderboard_app.show import (
    LINK_TEXT, count_text, evidence_html, markdown_text, paper_link, safe_link, titled_link, without_empty,
)
from metricsdb.output import frame_csv, value_text
from metricsdb.store import NotInDatabaseError

EVIDENCE_ROWS = 100  # highlighted evidence is HTML; beyond this many rows the table's column serves


def follow_url(key: str, value: str) -> None:
    """Make widget `key` show `value`, what the URL asks for, before the widget is drawn."""
    if st.session_state.get(key) != value:
        st.session_state[key] = value


def benchmark_picked() -> None:
    st.query_params["benchmark"] = st.session_state.benchmark
    st.query_params.pop("metric", None)  # the next benchmark's most frequent metric, not this one's


def metric_picked() -> None:
    st.query_params["metric"] = st.session_state.metric


def choose_benchmark(snap: data.Snapshot) -> str:
    """The benchmark the URL names (found as the CLI finds it), else the last one shown, else the one
    with most records."""
    boards = data.benchmarks(snap)
    names = boards["name"].tolist()
    asked = st.query_params.get("benchmark", "")
    chosen = None
    if asked:
        try:
            chosen = data.find_benchmark(snap, asked)
        except NotInDatabaseError as exc:
            st.warning(markdown_text(f"{sentence(exc)} Pick one below."))
    last = st.session_state.get("last_benchmark")  # the URL loses its parameters on a page change
    chosen = chosen or (last if last in names else names[0])
    follow_url("benchmark", chosen)
    counts = dict(zip(names, boards["records"]))
    st.selectbox("Benchmark", names, key="benchmark", on_change=benchmark_picked,
                 format_func=lambda name: f"{name}  ·  {count_text(counts[name], 'record')}",
                 help="Type to search. Benchmarks with most records come first.")
    st.session_state.last_benchmark = chosen
    return chosen


def choose_board(snap: data.Snapshot, benchmark: str) -> pd.DataFrame:
    """The board of the metric the URL names, else of the one the store ranks by by default (as the
    CLI does); a choice of metric only when the benchmark has several."""
    asked = st.query_params.get("metric") or None
    try:
        board = data.leaderboard(snap, benchmark, asked)
    except NotInDatabaseError as exc:
        st.warning(markdown_text(sentence(exc)))
        board = data.leaderboard(snap, benchmark)
    metrics = data.metrics(snap, benchmark)
    if len(metrics) > 1:
        follow_url("metric", board.attrs["metric"])
        st.radio("Metric", metrics, key="metric", on_change=metric_picked, horizontal=True)
    return board


def sentence(error: Exception) -> str:
    """The store's one-line message as a sentence on the page."""
    text = str(error)
    return text[:1].upper() + text[1:] + ("" if text.endswith(("?", ".")) else ".")


def board_table(board: pd.DataFrame, paper_urls: dict[str, str], value_header: str) -> pd.DataFrame:
    """The leaderboard as shown: the paper column links to the paper's page and shows its title."""
    table = pd.DataFrame({
        "#": board["rank"],
        "model": board["model"],
        value_header: board["value"],
        "up to": board["value_high"],
        "unit": board["unit"],
        "subset": board["subset"],
        "paper": [titled_link(safe_link(paper_urls.get(paper_id)), title)
                  for paper_id, title in zip(board["paper_id"], board["paper_title"])],
        "details": board["paper_id"].map(paper_link),
        "date": board["report_date"],
        "evidence": board["evidence"],
    })
    return without_empty(table, ("up to", "unit", "subset"))


def show_board(board: pd.DataFrame, paper_urls: dict[str, str]) -> None:
    attrs = board.attrs
    arrow = "↓" if attrs["lower_is_better"] else "↑"
    better = "lower" if attrs["lower_is_better"] else "higher"
    value_header = f"{attrs['metric']} {arrow}"
    st.subheader(f"{markdown_text(attrs['benchmark'])} · {markdown_text(attrs['metric'])} {arrow}")
    entries = count_text(len(board), "entry", "entries")
    st.caption(f"{better.capitalize()} is better. {entries}: each model's best score per paper, best first. "
               "Deltas and ratios are never ranked with the scores.")
    st.dataframe(
        board_table(board, paper_urls, value_header), hide_index=True, width="stretch", placeholder="",
        column_config={
            "#": st.column_config.NumberColumn(width="small"),
            value_header: st.column_config.NumberColumn(help=f"{better} is better"),
            "paper": st.column_config.LinkColumn(display_text=LINK_TEXT, width="medium",
                                                 help="The paper's page (new tab)"),
            "details": st.column_config.LinkColumn(display_text=":material/article:", width="small",
                                                   help="The paper's results and records in this app (new tab)"),
            "evidence": st.column_config.TextColumn(width="large", help="The sentence of the report stating the value"),
        },
    )
    st.download_button("Download this board as CSV", frame_csv(board).encode("utf-8"),
                       file_name=f"{attrs['benchmark']}-{attrs['metric']}.csv", mime="text/csv")
    shown = board.head(EVIDENCE_ROWS).to_dict("records")
    with st.expander(f"Evidence, number highlighted ({len(shown)} of {len(board)} rows)"):
        st.html("".join(
            f"<p><b>#{row['rank']}</b> {html.escape(row['model'])} · {html.escape(value_text(row))} · "
            f'<a href="{html.escape(paper_link(row["paper_id"]))}">{html.escape(row["paper_title"])}</a>'
            f"<br>{evidence_html(row)}</p>"
            for row in shown
        ))


def show_changes(changes: pd.DataFrame) -> None:
    """Deltas and ratios: reported improvements against a reference, listed apart, never ranked."""
    for kind, label in (("delta", "Deltas: differences against a reference"),
                        ("ratio", "Ratios: factors against a reference")):
        rows = changes[changes["kind"] == kind]
        if rows.empty:
            continue
        st.markdown(f"**{label}**")
        records = rows.to_dict("records")
        table = pd.DataFrame({
            "model": rows["model"],
            "change": [value_text(record) for record in records],
            "metric": rows["metric"],
            "vs": rows["reference"],
            "subset": rows["subset"],
            "paper": rows["paper_title"],
            "date": rows["report_date"],
            "evidence": rows["evidence"],
        })
        st.dataframe(without_empty(table, ("vs", "subset")), hide_index=True, width="stretch", placeholder="")


def sota_chart(board: pd.DataFrame) -> alt.LayerChart:
    """Each entry by report date, and the best value so far as a step line."""
    lower = board.attrs["lower_is_better"]
    points = board.assign(date=pd.to_datetime(board["report_date"]))[["date", "value", "model", "paper_id"]]
    best_per_day = points.groupby("date")["value"].agg("min" if lower else "max")
    running = (best_per_day.cummin() if lower else best_per_day.cummax()).rename("best").reset_index()
    y = alt.Y("value:Q", title=board.attrs["metric"], scale=alt.Scale(zero=False))
    dots = alt.Chart(points).mark_circle(size=60, opacity=0.6).encode(
        x=alt.X("date:T", title="report date"), y=y,
        tooltip=["model:N", alt.Tooltip("value:Q"), alt.Tooltip("date:T", title="report date"), "paper_id:N"],
    )
    best = alt.Chart(running).mark_line(interpolate="step-after", color="#d62728", strokeWidth=2,
                                        point=alt.OverlayMarkDef(color="#d62728")).encode(
        x="date:T", y=alt.Y("best:Q", title=board.attrs["metric"]),
    )
    return alt.layer(dots, best)


snap = data.snapshot()
st.title("Leaderboard")
benchmark = choose_benchmark(snap)
records = data.benchmark_records(snap, benchmark)
scores = records[records["kind"] == "score"]
changes = records[records["kind"] != "score"]
paper_urls = dict(zip(records["paper_id"], records["paper_url"]))

if scores.empty:
    st.info(f"{markdown_text(benchmark)} has no scores to rank, only reported changes (deltas, ratios).")
    show_changes(changes)
else:
    board = choose_board(snap, benchmark)
    show_board(board, paper_urls)
    if not changes.empty and st.toggle(f"Show deltas and ratios ({len(changes)})", key="show_changes"):
        show_changes(changes)
    # Collapsed, the chart's JavaScript waits for a click instead of delaying the first board (~0.6 s).
    with st.expander("State of the art over time: each entry by report date, the best so far as a step line"):
        st.altair_chart(sota_chart(board), width="stretch")
    if "metric" in st.query_params:
        st.query_params["metric"] = board.attrs["metric"]
st.query_params["benchmark"] = benchmark  # the stored spelling, also when the URL said `ifeval`
