"""What's new page: what one report date brought (metricsdb.whatsnew), each line linked to its board
or paper. The app opens here when the store holds more than one report date; `?date=YYYY-MM-DD`
opens a day directly."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from extractors.lexicon import metric_display
from leaderboard_app import data
from leaderboard_app.show import LINK_TEXT, bidi_shown, board_link, count_text, markdown_text, paper_link, row_height, titled_link
from metricsdb.output import kind_text
from metricsdb.whatsnew import Entry


def date_picked() -> None:
    st.query_params["date"] = st.session_state.report_date


def board_cell(entry: Entry) -> str:
    """A link to the entry's board, showing `benchmark · metric` as the board heads it (`WER`, not `wer`)."""
    return titled_link(board_link(entry.benchmark, entry.metric), f"{entry.benchmark} · {metric_display(entry.metric)}")


# Column widths (px): text wraps in them instead of running off the page. (A comment: Streamlit would
# print a bare string of a page script.)
# The paper's page (details) comes before the long title, so a narrower window still shows its link.
WIDTHS = {"board": 180, "model": 140, "paper": 260, "details": 50, "was": 200, "best": 380, "corrected": 170}


def corrected(entry: Entry | None, was: Entry | None = None) -> str:
    """What hand corrections did to a shown value (its evidence still states the extracted one)."""
    notes = [entry.corrected if entry else None, f"was: {was.corrected}" if was and was.corrected else None]
    return "; ".join(note for note in notes if note)


def table(rows: list[dict[str, object]], links: tuple[str, ...] = ("board",)) -> None:
    """Rows as a grid: `links` columns are titled links (new tab), `details` the paper's page in the app,
    text wrapped in WIDTHS."""
    frame = pd.DataFrame(rows)
    if "corrected" in frame and not frame["corrected"].any():  # the column only when a value was set by hand
        frame = frame.drop(columns="corrected")
    config = {column: st.column_config.TextColumn(width=width) for column, width in WIDTHS.items() if column in frame}
    config |= {column: st.column_config.LinkColumn(display_text=LINK_TEXT, width=WIDTHS[column]) for column in links}
    if "details" in frame:
        config["details"] = st.column_config.LinkColumn(display_text=":material/article:", width=WIDTHS["details"],
                                                        help="The paper in this app: its results, records and link")
    if "corrected" in frame:
        config["corrected"] = st.column_config.TextColumn(
            width=WIDTHS["corrected"], help="Set by hand: the evidence still states the value as extracted")
    texts = [column for column in ("model", "paper", "was", "best", "corrected") if column in frame]
    st.dataframe(frame, hide_index=True, width="stretch", height="content", placeholder="", column_config=config,
                 row_height=row_height((frame[column], WIDTHS[column]) for column in texts))


snap = data.snapshot()
dates = data.report_dates(snap)[::-1]  # newest first
st.title("What's new")
asked = st.query_params.get("date", "")
if asked and asked not in dates:
    st.warning(markdown_text(f"No report dated “{asked}”; showing the latest."))
chosen = asked if asked in dates else dates[0]
if st.session_state.get("report_date") != chosen:
    st.session_state.report_date = chosen
st.selectbox("Report", dates, key="report_date", on_change=date_picked, filter_mode="contains",
             format_func=lambda date: f"{date} (latest)" if date == dates[0] else date)
news = data.whats_new(snap, chosen)
earlier = [date for date in dates if date < chosen]
read = [headline for headline in news.headlines if headline.entry is not None]
st.caption(f"The report of {chosen}: {count_text(len(news.headlines), 'paper')}, {len(read)} with results read. "
           + (f"Compared with every report up to {earlier[0]}." if earlier else "The first report: every board is new."))

st.subheader(f"New bests ({len(news.new_bests)})")
if news.new_bests:
    table([{"board": board_cell(best.entry), "model": best.entry.model,
            "value": f"{best.entry.shown} {'↓' if best.lower_is_better else '↑'}",
            "was": f"{best.previous.shown} · {best.previous.model} · {best.previous.report_date}",
            "details": paper_link(best.entry.paper_id), "paper": bidi_shown(best.entry.paper_title),
            "corrected": corrected(best.entry, best.previous)}
           for best in news.new_bests])
else:
    st.caption("No result of this report ranks above everything before it on its board.")

st.subheader(f"New boards ({len(news.new_boards)})")
if news.new_boards:
    table([{"board": titled_link(board_link(board.benchmark, board.best.metric if board.best else None), board.benchmark),
            "records": board.records, "papers": board.papers,
            "best": f"{kind_text(board.best.shown, board.best.kind)} · {board.best.model} · {metric_display(board.best.metric)}"
            if board.best else "", "corrected": corrected(board.best)}
           for board in news.new_boards])
else:
    st.caption("Every benchmark of this report was there before.")

st.subheader(f"Headline numbers ({len(read)} of {len(news.headlines)} papers)")
if read:
    table([{"paper": bidi_shown(headline.title), "details": paper_link(headline.paper_id), "board": board_cell(headline.entry),
            "model": headline.entry.model,
            "value": kind_text(headline.entry.shown, headline.entry.kind), "corrected": corrected(headline.entry)}
           for headline in read if headline.entry is not None])
unread = [headline for headline in news.headlines if headline.entry is None]
if unread:
    with st.expander(f"Papers without a result read ({len(unread)})"):
        for headline in unread:
            st.page_link("paper.py", query_params={"paper": headline.paper_id}, icon=":material/article:",
                         label=markdown_text(f"{headline.paper_id} · {headline.title}"))
