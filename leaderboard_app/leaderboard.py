"""Leaderboard page: one benchmark's models ranked by one metric, the evidence behind each value,
the reported changes (deltas, ratios) apart from the ranking, and the state of the art over time.

The URL holds the board (`?benchmark=IFEval&metric=accuracy&subset=Hard&unnamed=1&kind=delta`, names
matched forgivingly), so a board can be shared: the widgets follow the URL, and picking in them rewrites it.
A benchmark's subsets each have their own board, never mixed with its overall numbers; unnamed
systems (`baseline`, `human`) stay off a board unless asked for.
"""
from __future__ import annotations

import html
from typing import Optional

import altair as alt
import pandas as pd
import streamlit as st

from extractors.lexicon import metric_display, name_key
from extractors.notation import mixed_script, non_latin_letters
from leaderboard_app import data
from leaderboard_app.editing import flag_form
from leaderboard_app.show import (
    bidi_shown, count_text, evidence_html, markdown_text, paper_link, plain_text, row_height, without_empty,
)
from metricsdb.output import SCALES_APART_NOTE, board_units, frame_csv, metric_spelling, scale_units, value_text
from metricsdb.store import OVERALL as OVERALL_WORD
from metricsdb.store import NotInDatabaseError, subset_key

EVIDENCE_ROWS = 100  # highlighted evidence is HTML; beyond this many rows the table's column serves
OPEN_CHART_DATES = 3  # a board with entries on this many report dates shows its SOTA chart open
DATE_FORMAT = "%Y-%m-%d"  # the one date format of the chart, as the tables write dates


def follow_url(key: str, value: str) -> None:
    """Make widget `key` show `value`, what the URL asks for, before the widget is drawn."""
    if st.session_state.get(key) != value:
        st.session_state[key] = value


OVERALL = ""  # the subset picker's value for the overall board


def benchmark_picked() -> None:
    st.query_params["benchmark"] = st.session_state.benchmark
    for param in ("metric", "subset"):  # the next benchmark's own default board, not this one's
        st.query_params.pop(param, None)


def metric_picked() -> None:
    st.query_params["metric"] = st.session_state.metric


def subset_picked(default: str) -> None:
    st.query_params.pop("metric", None)  # the subset board's own most frequent metric
    if st.session_state.subset == default:  # the benchmark's default board: its bare link
        st.query_params.pop("subset", None)
    else:
        st.query_params["subset"] = st.session_state.subset if st.session_state.subset != OVERALL else OVERALL_WORD


def unnamed_picked() -> None:
    if st.session_state.include_unnamed:
        st.query_params["unnamed"] = "1"
    else:
        st.query_params.pop("unnamed", None)


CHANGE_KINDS = ("delta", "ratio")


def asked_kinds() -> list[str]:
    """The kinds of change the URL asks to list besides the scores (`?kind=delta`, `?kind=delta,ratio`, as
    `metricsdb leaderboard --kind`); `?kind=score` lists none. An unknown kind is said on the page."""
    asked = [kind.strip() for kind in st.query_params.get("kind", "").split(",") if kind.strip()]
    unknown = [kind for kind in asked if kind not in ("score", *CHANGE_KINDS)]
    if unknown:
        st.warning(markdown_text(f"No kind “{', '.join(unknown)}”: the kinds are score, delta and ratio."))
    return [kind for kind in asked if kind in CHANGE_KINDS]


def changes_picked(present: list[str]) -> None:
    """The changes toggle in the URL: `kind=` the kinds it lists, so a link opens them."""
    if st.session_state.show_changes:
        st.query_params["kind"] = ",".join(present)
    else:
        st.query_params.pop("kind", None)


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


def choose_subset(snap: data.Snapshot, benchmark: str) -> tuple[Optional[str], bool]:
    """The subset whose board the URL names (`overall`: the overall numbers), else the benchmark's
    default board (the one with most papers, the overall one on a tie: Store.default_board); a choice
    only when the benchmark has subsets. (None: overall; True when the default picked a subset over
    the overall numbers.)"""
    subsets = data.subsets(snap, benchmark)
    if not subsets:
        return None, False
    options = ([OVERALL] if data.metrics(snap, benchmark) else []) + list(subsets)
    default = data.default_subset(snap, benchmark) or OVERALL
    default = default if default in options else options[0]
    asked = st.query_params.get("subset", "")
    chosen = next((option for option in options if option != OVERALL and subset_key(option) == subset_key(asked)),
                  OVERALL if OVERALL in options and name_key(asked) == OVERALL_WORD else default)
    follow_url("subset", chosen)
    st.selectbox("Subset", options, key="subset", on_change=subset_picked, args=(default,),
                 format_func=lambda option: "Overall (no subset)" if option == OVERALL
                 else f"{option}  ·  {count_text(subsets[option], 'record')}",
                 help="Each split, task, category or setting has its own board: its numbers never compete "
                      "with the overall ones. The board with most papers opens first.")
    return (None if chosen == OVERALL else chosen), chosen == default != OVERALL and OVERALL in options


def choose_board(snap: data.Snapshot, benchmark: str, subset: Optional[str], include_unnamed: bool,
                 names: dict[str, str]) -> pd.DataFrame:
    """The board of the metric the URL names, else of the one the store ranks by by default (as the
    CLI does); a choice of metric only when the board has several, each shown as `names` spells it."""
    asked = st.query_params.get("metric") or None
    try:
        board = data.leaderboard(snap, benchmark, asked, subset=subset, include_unnamed=include_unnamed)
    except NotInDatabaseError as exc:
        st.warning(markdown_text(sentence(exc)))
        board = data.leaderboard(snap, benchmark, subset=subset, include_unnamed=include_unnamed)
    metrics = data.metrics(snap, benchmark, subset)
    if len(metrics) > 1:
        follow_url("metric", board.attrs["metric"])
        st.radio("Metric", metrics, key="metric", on_change=metric_picked, horizontal=True,
                 format_func=lambda metric: metric_choice(metric, names))
    return board


UNNAMED_METRIC = "score"  # the contract's metric for a value whose text names no metric


def metric_choice(metric: str, names: dict[str, str]) -> str:
    """A metric's name in the picker. `score` beside named metrics (HOTA, IDF1) holds the values whose
    text names no metric: said so, as a reader took it for a metric of its own."""
    return "score (metric not named)" if metric == UNNAMED_METRIC else names.get(metric) or metric_display(metric)


def metric_names(records: pd.DataFrame) -> dict[str, str]:
    """Each metric of a benchmark's records as boards show it (output.metric_spelling: `B-WER`, `mIoU`, as the
    text writes it most), while the URL and the store keep the canonical key (`b-wer`)."""
    return {metric: metric_spelling(metric, group["evidence"]) for metric, group in records.groupby("metric")}


def direction_text(attrs: dict) -> str:
    """What the board's order means, for its caption."""
    if attrs["direction"] == "unknown":
        return ("Direction unknown: neither the metric list nor the papers' text says whether higher or lower "
                "is better, so nothing is ranked; entries are listed newest first.")
    said = f"{attrs['direction'].capitalize()} is better"
    if attrs["direction_source"] == "text":
        said += " (from the text: what the papers' own methods do to this metric)"
    elif attrs["direction_source"] == "said in the text":
        said += " (as the text says, over the metric list)"
    return f"{said}. Each model's best score per paper, best first."


def sentence(error: Exception) -> str:
    """The store's one-line message as a sentence on the page."""
    text = str(error)
    return text[:1].upper() + text[1:] + ("" if text.endswith(("?", ".")) else ".")


# Column widths (px) that fit the board beside the sidebar, so long text wraps instead of running off.
# (A comment, not a docstring: Streamlit would print a bare string of a page script.)
WIDTHS = {"#": 40, "model": 130, "paper": 140, "details": 50, "evidence": 240, "corrected": 170, "record": 150,
          "up to": 70, "unit": 76, "date": 82, "papers": 60}
BOARD_WIDTH = 1000  # the board's width in a 1,366 px window (a common laptop's) beside the sidebar: the evidence takes what is left
EVIDENCE_MIN = 160  # narrower, the evidence would wrap onto more lines than a row shows


def board_table(board: pd.DataFrame, value_header: str) -> pd.DataFrame:
    """The leaderboard as shown: the paper's title (wrapped) and a link to its page in the app, which
    links on to the paper itself. A subset board's rows all have its subset: the title names it."""
    table = pd.DataFrame({
        "#": board["rank"],
        "model": board["model"],
        value_header: board["value"],
        "up to": board["value_high"],
        "unit": board_units(scale_units(board.to_dict("records"), board.attrs["scales_apart"])) or board["unit"],
        "record": board["record_id"],  # beside the value: in view on a narrow window, as the long text is not
        "corrected": board["corrected"],
        "paper": board["paper_title"].map(bidi_shown),
        "details": board["paper_id"].map(paper_link),
        "papers": board["papers"].map(lambda papers: len(papers) if isinstance(papers, tuple) else None),
        "date": board["report_date"],
        "evidence": board["evidence"].map(plain_text),
    })
    return without_empty(table, ("up to", "unit", "corrected", "papers"))


def column_widths(table: pd.DataFrame, value_header: str) -> dict[str, int]:
    """The width of each column shown: WIDTHS, the value's from its header, and the evidence's what the
    others leave of BOARD_WIDTH, so the board fits the window instead of cutting the evidence off."""
    widths = {column: WIDTHS[column] for column in table.columns if column in WIDTHS}
    widths[value_header] = min(200, 24 + 7 * len(value_header))
    others = sum(width for column, width in widths.items() if column != "evidence")
    widths["evidence"] = max(EVIDENCE_MIN, BOARD_WIDTH - others)
    return widths


def wrapped(table: pd.DataFrame, columns: tuple[str, ...], widths: Optional[dict[str, int]] = None) -> Optional[int]:
    """The row height that shows `columns` of `table` wrapped in their widths (default WIDTHS)."""
    widths = widths or WIDTHS
    return row_height((table[column], widths[column]) for column in columns if column in table)


def show_board(board: pd.DataFrame, names: dict[str, str], picked: bool = False) -> None:
    attrs = board.attrs
    arrow = {"lower": "↓", "higher": "↑"}.get(attrs["direction"], "")
    shown_metric = names.get(attrs["metric"]) or metric_display(attrs["metric"])  # `HOTA`: records keep the lower-case key
    value_header = f"{shown_metric} {arrow}".strip()
    subset = attrs["subset"] or ("overall" if attrs["subsets"] else None)  # which board of several
    place = " · ".join(markdown_text(part) for part in (attrs["benchmark"], subset) if part)
    st.subheader(f"{place} · {markdown_text(shown_metric)} {arrow}")
    entries = count_text(len(board), "entry", "entries")
    hidden = attrs["unnamed_hidden"]
    left_off = (f" {count_text(hidden, 'entry', 'entries')} of unnamed systems (baseline, human …) left off."
                if hidden else "")
    apart = f" {SCALES_APART_NOTE[:1].upper()}{SCALES_APART_NOTE[1:]}." if attrs["scales_apart"] else ""
    copies = board["papers"].map(lambda papers: isinstance(papers, tuple)).sum()
    quoted = (f" {count_text(int(copies), 'number')} several papers report stand{'s' if copies == 1 else ''} once "
              "(papers: how many report it)." if copies else "")
    opened = (" This subset's board opens first as it has more papers than the overall numbers; the subset "
              "picker has them and the other subsets." if picked else "")
    st.caption(f"{entries}. {direction_text(attrs)}{left_off}{apart}{quoted}{opened} Deltas and ratios are never "
               "ranked with the scores.")
    if board.empty:
        st.info("Every entry of this board is an unnamed system: switch on “Include unnamed systems” to see them.")
        return
    table = board_table(board, value_header)
    widths = column_widths(table, value_header)
    rows_height = wrapped(table, ("model", "paper", "evidence", "corrected"), widths)
    st.dataframe(
        table, hide_index=True, width="stretch", placeholder="", height=grid_height(len(table), rows_height),
        row_height=rows_height,
        column_config={
            "#": st.column_config.NumberColumn(width=WIDTHS["#"]),
            "corrected": st.column_config.TextColumn(
                width=WIDTHS["corrected"], help="Set by hand: the evidence still states the value as extracted"),
            "model": st.column_config.TextColumn(width=WIDTHS["model"]),
            value_header: st.column_config.NumberColumn(width=widths[value_header], help=direction_text(attrs)),
            "up to": st.column_config.NumberColumn(width=WIDTHS["up to"]),
            "unit": st.column_config.TextColumn(width=WIDTHS["unit"], help="The unit the text states for the value"),
            "date": st.column_config.TextColumn(width=WIDTHS["date"], help="The report's date"),
            "paper": st.column_config.TextColumn(width=WIDTHS["paper"], help="The paper's title"),
            "details": st.column_config.LinkColumn(display_text=":material/article:", width=WIDTHS["details"],
                                                   help="The paper in this app: its results, records and link (new tab)"),
            "evidence": st.column_config.TextColumn(width=widths["evidence"],
                                                    help="The sentence of the report stating the value; in full, "
                                                         "its number highlighted, in the list below the board"),
            "record": st.column_config.TextColumn(width=WIDTHS["record"],
                                                  help="The record's id, which `metricsdb correct` and `reject` take"),
            "papers": st.column_config.NumberColumn(
                width=WIDTHS["papers"], help=COPIES_HELP),
        },
    )
    st.download_button("Download this board as CSV", frame_csv(board).encode("utf-8"),
                       file_name="-".join(part for part in (attrs["benchmark"], attrs["subset"], attrs["metric"]) if part)
                       + ".csv", mime="text/csv")
    shown = board.head(EVIDENCE_ROWS).to_dict("records")
    with st.expander(f"Evidence, number highlighted, and record ids ({len(shown)} of {len(board)} rows)"):
        st.html("".join(
            f"<p>{rank_html(row['rank'])}{html.escape(row['model'])} · {html.escape(value_text(row))}"
            f"{corrected_html(row.get('corrected'))} · "
            f'<a href="{html.escape(paper_link(row["paper_id"]))}">{html.escape(row["paper_title"])}</a>'
            f' · record <code style="white-space: nowrap">{html.escape(row["record_id"])}</code>'
            f"{also_reported_html(row['papers'])}<br>{evidence_html(row)}</p>"
            for row in shown
        ))


COPIES_HELP = ("Papers reporting this same number (a baseline others quote): it stands once, from its system's "
               "own paper, else the earliest; the list under the board names them")


def also_reported_html(papers: object) -> str:
    """` · also reported by 2601.00002, 2601.00003` (each linked to its page) after a number other papers
    quote; nothing otherwise."""
    if not isinstance(papers, tuple):
        return ""
    links = ", ".join(f'<a href="{html.escape(paper_link(paper))}">{html.escape(paper)}</a>' for paper in papers[1:])
    return f" · also reported by {links}"


GRID_HEIGHT = 700  # px of rows a board shows before it scrolls: most of a laptop's window
GRID_MIN_ROWS = 6  # rows wrapped onto several lines each still show this many (three did at Streamlit's default)
GRID_ROW, GRID_HEADER = 35, 38  # px: Streamlit's one-line row and header


def grid_height(rows: int, row_height: Optional[int]) -> int:
    """The board grid's height: every row when they fit GRID_HEIGHT, else as many as fit, at least
    GRID_MIN_ROWS. At Streamlit's default (about ten one-line rows) a board of wrapped rows showed three."""
    row = row_height or GRID_ROW
    return GRID_HEADER + min(rows, max(GRID_MIN_ROWS, GRID_HEIGHT // row)) * row + 2


def corrected_html(note: object) -> str:
    """` <b>corrected</b> (what, by which correction)` after a value set by hand; nothing otherwise."""
    return f" <b>corrected</b> ({html.escape(note)})" if isinstance(note, str) and note else ""


def rank_html(rank: object) -> str:
    """`<b>#3</b> ` before an entry of a ranked board; nothing on a board listed by date."""
    return "" if rank is None or pd.isna(rank) else f"<b>#{int(rank)}</b> "


def show_changes(changes: pd.DataFrame) -> None:
    """Deltas and ratios: reported improvements against a reference, listed apart, never ranked."""
    for kind, label in (("delta", "Deltas: differences against a reference"),
                        ("ratio", "Ratios: factors against a reference")):
        rows = changes[changes["kind"] == kind]
        if rows.empty:
            continue
        st.markdown(f"**{label}**")
        units = sorted({unit or "no unit" for unit in rows["unit"].fillna("")})
        if len(units) > 1:  # as `metricsdb leaderboard --kind`, which ranks each unit apart
            st.caption(markdown_text(f"Listed as reported, not ranked: changes in different units "
                                     f"({', '.join(units)}) are not comparable."))
        records = rows.to_dict("records")
        table = pd.DataFrame({
            "model": rows["model"],
            "change": [value_text(record) for record in records],
            "record": rows["record_id"],
            "metric": rows["metric"],
            "vs": rows["reference"],
            "corrected": rows["corrected"],
            "subset": rows["subset"],
            "paper": rows["paper_title"].map(bidi_shown),
            "date": rows["report_date"],
            "evidence": rows["evidence"].map(plain_text),
        })
        st.dataframe(without_empty(table, ("vs", "corrected", "subset")), hide_index=True, width="stretch",
                     placeholder="", row_height=wrapped(table, ("model", "paper", "evidence", "corrected")),
                     column_config={column: st.column_config.TextColumn(width=WIDTHS[column])
                                    for column in ("model", "paper", "evidence", "corrected", "record")})


def sota_chart(board: pd.DataFrame, names: dict[str, str]) -> alt.LayerChart:
    """Each entry by report date, labelled with its model, and (on a ranked board) the best value so far
    in the board's direction as a step line; dates written one way, one tick per day at most."""
    lower = board.attrs["lower_is_better"]
    points = board.assign(date=pd.to_datetime(board["report_date"]))[["date", "value", "model", "paper_id"]]
    said = {True: "↓ lower is better", False: "↑ higher is better", None: "direction unknown"}[lower]
    title = f"{names.get(board.attrs['metric']) or metric_display(board.attrs['metric'])} {said}"
    x = alt.X("date:T", title="report date",
              axis=alt.Axis(format=DATE_FORMAT, tickCount={"interval": "day", "step": 1}, labelOverlap=True))
    y = alt.Y("value:Q", title=title, scale=alt.Scale(zero=False))
    tooltip = ["model:N", alt.Tooltip("value:Q"), alt.Tooltip("date:T", title="report date", format=DATE_FORMAT),
               "paper_id:N"]
    entries = alt.Chart(points).encode(x=x, y=y, tooltip=tooltip)
    dots = entries.mark_circle(size=60, opacity=0.7)
    labels = entries.mark_text(align="left", dx=7, dy=-7, fontSize=11).encode(text="model:N")
    if lower is None:
        return alt.layer(dots, labels)
    best_per_day = points.groupby("date")["value"].agg("min" if lower else "max")
    running = (best_per_day.cummin() if lower else best_per_day.cummax()).rename("best").reset_index()
    best = alt.Chart(running).mark_line(interpolate="step-after", color="#d62728", strokeWidth=2).encode(
        x=x, y=alt.Y("best:Q", title=title),
    )
    return alt.layer(best, dots, labels)


snap = data.snapshot()
st.title("Leaderboard")
benchmark = choose_benchmark(snap)
records = data.with_notes(snap, data.benchmark_records(snap, benchmark))
scores = records[records["kind"] == "score"]
changes = records[records["kind"] != "score"]
look_alikes = [name for name in [benchmark, *records["model"].unique()] if mixed_script(name)]
if look_alikes:  # kept whole by the extractor: a reader should know they may impersonate another name
    st.warning("These names mix Latin with look-alike letters and may impersonate another name: "
               + "; ".join(markdown_text(f"{name} ({non_latin_letters(name)})") for name in look_alikes))

present = [kind for kind in CHANGE_KINDS if (changes["kind"] == kind).any()]
wanted = [kind for kind in asked_kinds() if kind in present]
if scores.empty:
    st.info(f"{markdown_text(benchmark)} has no scores to rank, only reported changes (deltas, ratios).")
    show_changes(changes[changes["kind"].isin(wanted or present)])
else:
    subset, picked = choose_subset(snap, benchmark)
    follow_url("include_unnamed", st.query_params.get("unnamed") == "1")
    include_unnamed = st.toggle("Include unnamed systems", key="include_unnamed", on_change=unnamed_picked,
                                help="Baselines, base models, humans and settings the text names no system "
                                     "for (baseline, 基线, SFT, zero-shot …), labelled with their paper's method.")
    names = metric_names(scores)
    board = data.with_notes(snap, choose_board(snap, benchmark, subset, include_unnamed, names))
    show_board(board, names, picked)
    if data.edits_allowed():
        flag_form(snap, board)
    if not changes.empty:
        if "kind" in st.query_params:
            follow_url("show_changes", bool(wanted))
        if st.toggle(f"Show deltas and ratios ({len(changes)})", key="show_changes", on_change=changes_picked,
                     args=(present,)):
            show_changes(changes[changes["kind"].isin(wanted or present)])
    # Open only when there is a history to see: collapsed, the chart's JavaScript waits for a click
    # instead of delaying the first board (~0.6 s).
    dated = board["report_date"].nunique()
    with st.expander("State of the art over time: each entry by report date, the best so far as a step line",
                     expanded=dated >= OPEN_CHART_DATES):
        st.altair_chart(sota_chart(board, names), width="stretch")
    if "metric" in st.query_params:
        st.query_params["metric"] = board.attrs["metric"]
    if board.attrs["subset"]:
        st.query_params["subset"] = board.attrs["subset"]
st.query_params["benchmark"] = benchmark  # the stored spelling, also when the URL said `ifeval`
