"""Report text on screen, always as text, with the numbers that became records highlighted.

Titles, model names and evidence come from report files, which may contain HTML or Markdown. Every
helper here escapes them (html.escape for st.html, backslashes for Markdown), so they show literally
and nothing in a report can run in the browser.
"""
from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Optional
from urllib.parse import quote, urlencode

import pandas as pd

from extractors import find_quantities
from metricsdb.output import missing, value_text

_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&=^])")
HIGHLIGHT_STYLE = "background: #fde68a; color: #111827; padding: 0 2px; border-radius: 3px"  # light and dark themes
TEXT_STYLE = "white-space: pre-wrap; line-height: 1.7"
PAGE_STYLE = "<style>[data-testid='stMainBlockContainer'] {padding-left: 2rem; padding-right: 2rem;}</style>"
"""Narrower side margins than Streamlit's 5rem, so that a board's evidence column fits a 1,366 px window."""
MAX_LINES = 5
"""A grid row grows to show this many lines of its longest text; the highlighted evidence below a board
has the rest."""


_AUTOLINK_START = re.compile(r"(?i)(?<=\bhttps)(?=:)|(?<=\bhttp)(?=:)|(?<=\bwww)(?=\.)|(?<=\w)(?=@\w)")
"""Where Streamlit's Markdown would start a link of its own (`http://`, `www.`, `a@b.c`), escapes or not."""
_BIDI_CONTROL = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def markdown_text(text: str) -> str:
    """`text` for a Markdown element (st.markdown, st.subheader, st.caption...), shown as typed: no
    link is made of a URL or an address in it (a word joiner, which draws nothing, stands before its
    `:`, `.` or `@`), and a bidi control is shown as its escape (`\\u202e`) instead of reordering the text."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", _AUTOLINK_START.sub("\u2060", bidi_shown(text)))


def bidi_shown(text: str) -> str:
    """`text` with each bidi control as its escape (`\\u202e`): a report's control would make the browser
    draw the words after it in another order than they are written ('注意' as '意注')."""
    return _BIDI_CONTROL.sub(lambda control: f"\\u{ord(control.group()):04x}", text)


def count_text(count: int, noun: str, plural: str = "") -> str:
    """1 record, 2 records; 1 entry, 2 entries."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def text_width(text: str) -> float:
    """Width (px) of `text` in the grid's 14 px font: Chinese characters are about twice a letter's."""
    return sum(14.0 if unicodedata.east_asian_width(char) in "WF" else 6.5 for char in text)


def row_height(columns: Iterable[tuple[Iterable[Any], int]]) -> Optional[int]:
    """Row height (px) of a grid whose text columns are (cells, width px): tall enough to wrap the
    longest cell onto its lines (at most MAX_LINES), instead of cutting it at the column's edge; None
    when every cell fits on one line. Streamlit wraps text only in rows over 4rem (64 px)."""
    lines = max((math.ceil(text_width(str(cell)) / (width - 16)) for cells, width in columns for cell in cells
                 if not missing(cell)), default=1)
    return None if lines <= 1 else max(65, min(lines, MAX_LINES) * 21 + 12)


def without_empty(table: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """`table` without those of `columns` that hold nothing, so no column of blanks is shown."""
    return table.drop(columns=[column for column in columns if table[column].isna().all()])


def safe_link(url: Any) -> Optional[str]:
    """The URL if it is a web link; a report's `javascript:` or other scheme is never made clickable."""
    return url if isinstance(url, str) and url.startswith(("https://", "http://")) else None


LINK_TEXT = "#(.*)$"
"""display_text of a LinkColumn whose cells come from `titled_link`."""


def titled_link(url: Optional[str], text: str) -> Optional[str]:
    """A LinkColumn cell showing `text`: the column can only show a capture of its URL, so the text
    rides in the fragment, which the linked page ignores. Percent-encoded, because the grid decodes the
    capture as a form value would: a bare `+` became a space (`ScanNet++` showed as `ScanNet`) and a
    bare `%` showed the whole URL. A bidi control in `text` is shown as its escape (bidi_shown)."""
    return f"{url}#{quote(bidi_shown(text), safe='')}" if url else None


def board_link(benchmark: str, metric: Optional[str] = None) -> str:
    """Relative link to a benchmark's board (the app's default page)."""
    params = {"benchmark": benchmark, **({"metric": metric} if metric else {})}
    return "./?" + urlencode(params)


def paper_link(paper_id: str) -> str:
    """Relative link to a paper's page in the app."""
    return "./paper?" + urlencode({"paper": paper_id})


def number_span(evidence: str, value: float, value_high: Any = None) -> Optional[tuple[int, int]]:
    """Where the record's number is written in its evidence, read by the extractor's own number
    parser (so `3.89万` is found for 38900); None when no number there has the record's value."""
    matches = [q for q in find_quantities(evidence) if math.isclose(abs(q.value), abs(value))]
    if not missing(value_high):
        matches = [q for q in matches if q.value_high is not None and math.isclose(q.value_high, value_high)] or matches
    return (matches[0].start, matches[0].end) if matches else None


def value_span(record: Mapping[str, Any]) -> Optional[tuple[int, int]]:
    """Where the record's number is written in its evidence: the extractor's `value_start` /
    `value_end` when the record carries them (exact, even when the number is written twice), else
    found again with number_span (records extracted before the spans existed)."""
    start, end = record.get("value_start"), record.get("value_end")
    if not (missing(start) or missing(end)) and 0 <= start < end <= len(record["evidence"]):
        return int(start), int(end)
    return number_span(record["evidence"], record["value"], record.get("value_high"))


def plain_text(text: str) -> str:
    """Report text as a reader sees it: without the Markdown bold markers (`**`) reports are full of.
    Only for display: stored evidence stays an exact substring of the results text. Bidi controls are
    shown as their escapes (bidi_shown)."""
    return bidi_shown(text.replace("**", ""))


_BULLET = re.compile(r"(?m)^([ \t]*)[*+\-](?=[ \t])")


def bulleted(text: str) -> str:
    """Markdown list markers at the start of a line (`*   `, `- `) as the bullet a reader sees (`•`); one
    character for one, so the records' spans in the text stay where they were."""
    return _BULLET.sub(r"\1•", text)


def marked_html(text: str, marks: Iterable[tuple[int, int, str]]) -> str:
    """`text` escaped for HTML and without bold markers, each (start, end, extra_html) span wrapped in a
    highlight followed by `extra_html` (built by the caller from escaped parts). Overlapping spans keep
    the first."""
    pieces: list[str] = []
    done = 0
    for start, end, extra in sorted(marks):
        if start < done:
            continue
        pieces += [html.escape(plain_text(text[done:start])), f'<mark style="{HIGHLIGHT_STYLE}">',
                   html.escape(plain_text(text[start:end])), "</mark>", extra]
        done = end
    pieces.append(html.escape(plain_text(text[done:])))
    return "".join(pieces)


def evidence_html(record: Mapping[str, Any]) -> str:
    """The record's evidence as escaped HTML, its number highlighted."""
    span = value_span(record)
    return marked_html(record["evidence"], [(*span, "")] if span else [])


def results_html(results_text: str, records: pd.DataFrame) -> str:
    """A paper's results text as escaped HTML: each number that became a record highlighted and
    followed by the record's number in the table below, linked to the record's board."""
    labels: dict[tuple[int, int], list[str]] = {}
    for number, record in enumerate(records.to_dict("records"), start=1):
        where = results_text.find(record["evidence"])
        span = value_span(record) if where >= 0 else None
        if span is None:
            continue
        link = html.escape(board_link(record["benchmark"], record["metric"]))
        note = record.get("corrected") if isinstance(record.get("corrected"), str) else None
        tip = html.escape(f"#{number} {record['model']} · {record['benchmark']} · {record['metric']} {value_text(record)}"
                          + (f" · {note}" if note else ""))
        anchor = f'<a href="{link}" title="{tip}">{number}{" corrected" if note else ""}</a>'
        labels.setdefault((where + span[0], where + span[1]), []).append(anchor)
    marks = [(start, end, f"<sup>[{', '.join(anchors)}]</sup>") for (start, end), anchors in labels.items()]
    return f'<div style="{TEXT_STYLE}">{marked_html(bulleted(results_text), marks)}</div>'
