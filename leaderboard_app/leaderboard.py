"""Leaderboard page: one benchmark's models ranked by one metric, the evidence behind each value,
the reported changes (deltas, ratios) apart from the ranking, and the state of the art over time.

The URL holds the board (`?benchmark=IFEval&metric=accuracy`, names matched forgivingly), so a
board can be shared: the widgets follow the URL, and picking in them rewrites it.
"""
from __future__ import annotations

import html
from typing import Optional

import altair as alt
import pandas as pd
import streamlit as st

from leaderboard_app import data
from leaderboard_app.editing import flag_form
from leaderboard_app.show import (
    count_text, evidence_html, markdown_text, paper_link, plain_text, row_height, without_empty,
)
from metricsdb.output import frame_csv, value_text
from metricsdb.store import NotInDatabaseError

EVIDENCE_ROWS = 100  # highlighted evidence is HTML; beyond this many rows the table's column serves
OPEN_CHART_DATES = 3  # a board with entries on this many report dates shows its SOTA chart open
DATE_FORMAT = "%Y-%m-%d"  # the one date format of the chart, as the tables write dates


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
    st.selectbox("Benchmark", names, key="benchmark", on_change=benchmark_picked, filter_mode="contains",
                 format_func=lambda name: f"{name}  ·  {count_text(counts[name], 'record')}",
                 help="Type part of its name. Benchmarks with most records come first.")
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


# Column widths (px) that fit the board beside the sidebar, so long text wraps instead of running off.
# (A comment, not a docstring: Streamlit would print a bare string of a page script.)
WIDTHS = {"#": 40, "model": 140, "paper": 180, "details": 50, "evidence": 240}


def board_table(board: pd.DataFrame, value_header: str) -> pd.DataFrame:
    """The leaderboard as shown: the paper's title (wrapped) and a link to its page in the app, which
    links on to the paper itself."""
    table = pd.DataFrame({
        "#": board["rank"],
        "model": board["model"],
        value_header: board["value"],
        "up to": board["value_high"],
        "unit": board["unit"],
        "subset": board["subset"],
        "paper": board["paper_title"],
        "details": board["paper_id"].map(paper_link),
        "date": board["report_date"],
        "evidence": board["evidence"].map(plain_text),
        "record": board["record_id"],
    })
    return without_empty(table, ("up to", "unit", "subset"))


def wrapped(table: pd.DataFrame, columns: tuple[str, ...]) -> Optional[int]:
    """The row height that shows `columns` of `table` wrapped in their WIDTHS."""
    return row_height((table[column], WIDTHS[column]) for column in columns if column in table)


def show_board(board: pd.DataFrame) -> None:
    attrs = board.attrs
    arrow = "↓" if attrs["lower_is_better"] else "↑"
    better = "lower" if attrs["lower_is_better"] else "higher"
    value_header = f"{attrs['metric']} {arrow}"
    st.subheader(f"{markdown_text(attrs['benchmark'])} · {markdown_text(attrs['metric'])} {arrow}")
    entries = count_text(len(board), "entry", "entries")
    st.caption(f"{better.capitalize()} is better. {entries}: each model's best score per paper, best first. "
               "Deltas and ratios are never ranked with the scores.")
    table = board_table(board, value_header)
    st.dataframe(
        table, hide_index=True, width="stretch", placeholder="",
        row_height=wrapped(table, ("model", "paper", "evidence")),
        column_config={
            "#": st.column_config.NumberColumn(width=WIDTHS["#"]),
            "model": st.column_config.TextColumn(width=WIDTHS["model"]),
            value_header: st.column_config.NumberColumn(help=f"{better} is better"),
            "paper": st.column_config.TextColumn(width=WIDTHS["paper"], help="The paper's title"),
            "details": st.column_config.LinkColumn(display_text=":material/article:", width=WIDTHS["details"],
                                                   help="The paper in this app: its results, records and link (new tab)"),
            "evidence": st.column_config.TextColumn(width=WIDTHS["evidence"],
                                                    help="The sentence of the report stating the value"),
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
            "evidence": rows["evidence"].map(plain_text),
        })
        st.dataframe(without_empty(table, ("vs", "subset")), hide_index=True, width="stretch", placeholder="",
                     row_height=wrapped(table, ("model", "paper", "evidence")),
                     column_config={column: st.column_config.TextColumn(width=WIDTHS[column])
                                    for column in ("model", "paper", "evidence")})


def sota_chart(board: pd.DataFrame) -> alt.LayerChart:
    """Each entry by report date, labelled with its model, and the best value so far (in the board's
    direction) as a step line; dates written one way, one tick per day at most."""
    lower = board.attrs["lower_is_better"]
    points = board.assign(date=pd.to_datetime(board["report_date"]))[["date", "value", "model", "paper_id"]]
    best_per_day = points.groupby("date")["value"].agg("min" if lower else "max")
    running = (best_per_day.cummin() if lower else best_per_day.cummax()).rename("best").reset_index()
    title = f"{board.attrs['metric']} {'↓ lower' if lower else '↑ higher'} is better"
    x = alt.X("date:T", title="report date",
              axis=alt.Axis(format=DATE_FORMAT, tickCount={"interval": "day", "step": 1}, labelOverlap=True))
    y = alt.Y("value:Q", title=title, scale=alt.Scale(zero=False))
    tooltip = ["model:N", alt.Tooltip("value:Q"), alt.Tooltip("date:T", title="report date", format=DATE_FORMAT),
               "paper_id:N"]
    entries = alt.Chart(points).encode(x=x, y=y, tooltip=tooltip)
    dots = entries.mark_circle(size=60, opacity=0.7)
    labels = entries.mark_text(align="left", dx=7, dy=-7, fontSize=11).encode(text="model:N")
    best = alt.Chart(running).mark_line(interpolate="step-after", color="#d62728", strokeWidth=2).encode(
        x=x, y=alt.Y("best:Q", title=title),
    )
    return alt.layer(best, dots, labels)


snap = data.snapshot()
st.title("Leaderboard")
benchmark = choose_benchmark(snap)
records = data.benchmark_records(snap, benchmark)
scores = records[records["kind"] == "score"]
changes = records[records["kind"] != "score"]

if scores.empty:
    st.info(f"{markdown_text(benchmark)} has no scores to rank, only reported changes (deltas, ratios).")
    show_changes(changes)
else:
    board = choose_board(snap, benchmark)
    show_board(board)
    if data.edits_allowed():
        flag_form(snap, board)
    if not changes.empty and st.toggle(f"Show deltas and ratios ({len(changes)})", key="show_changes"):
        show_changes(changes)
    # Open only when there is a history to see: collapsed, the chart's JavaScript waits for a click
    # instead of delaying the first board (~0.6 s).
    dated = board["report_date"].nunique()
    with st.expander("State of the art over time: each entry by report date, the best so far as a step line",
                     expanded=dated >= OPEN_CHART_DATES):
        st.altair_chart(sota_chart(board), width="stretch")
    if "metric" in st.query_params:
        st.query_params["metric"] = board.attrs["metric"]
st.query_params["benchmark"] = benchmark  # the stored spelling, also when the URL said `ifeval`
