"""A leaderboard as a notebook shows it: `Store.leaderboard()` returns a `Leaderboard` DataFrame.

The rows are the store's (`Board`); this module only names and trims them for a reader: ranks as the
index, the value column named by its metric, no column that is empty on this board, and an HTML view
(`_repr_html_`, what Jupyter draws) with the metric's direction and each evidence's number highlighted.
Names, titles and evidence come from reports, which are hostile input: the HTML view escapes them all.
"""
from __future__ import annotations

import html
from typing import Any

import pandas as pd

from leaderboard_app.show import evidence_html
from .output import missing, value_text

from .store import LEADERBOARD_COLUMNS, Board

ALWAYS_SHOWN = ("model", "value", "paper_id", "paper_title", "report_date", "evidence", "record_id")
"""Columns kept even when empty (they never are): the rest go when no row of the board has them."""


class Leaderboard(pd.DataFrame):
    """A board best first: index `rank`, the value column named by the metric (`attrs['value_column']`)."""

    @property
    def _constructor(self) -> type[Leaderboard]:
        return Leaderboard  # slices (head(), a filter) keep the notebook view and the attrs

    def _repr_html_(self) -> str | None:
        """The board as an HTML table: direction in the value's header, deltas signed, the evidence's
        number highlighted; every text from a report escaped."""
        attrs = self.attrs
        needed = {"model", "evidence", "paper_title", "report_date", attrs.get("value_column")}
        if not {"benchmark", "metric", "kind", "lower_is_better", "value_column"} <= attrs.keys() \
                or not needed <= set(self.columns):
            return super()._repr_html_()  # reshaped by the user: pandas' own view
        return board_html(self)


def value_column(metric: str, kind: str) -> str:
    """The value's column name: the metric for scores, `<metric> change` for deltas and ratios (their
    values are changes, not levels of the metric)."""
    return metric if kind == "score" else f"{metric} change"


def leaderboard_frame(board: Board) -> Leaderboard:
    """The store's rows as a Leaderboard: index `rank`, empty columns dropped, `value` renamed."""
    frame = pd.DataFrame(board.rows, columns=list(LEADERBOARD_COLUMNS)).set_index("rank")
    empty = [column for column in frame.columns if column not in ALWAYS_SHOWN and frame[column].isna().all()]
    name = value_column(board.metric, board.kind)
    if name in frame.columns:  # a metric named like a column (`model`) keeps a distinct name
        name = f"{name} value"
    frame = frame.drop(columns=empty).rename(columns={"value": name})
    result = Leaderboard(frame)
    result.attrs.update(board.attrs, value_column=name)
    return result


def _row_fields(board: Leaderboard, rank: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A row back in the store's field names, for value_text and evidence_html."""
    fields = {column: row.get(column) for column in LEADERBOARD_COLUMNS}
    fields.update(rank=rank, value=row[board.attrs["value_column"]])
    return fields


def board_html(board: Leaderboard, max_rows: int | None = None) -> str:
    """The HTML table of a board (at most `max_rows`, default pandas' display.max_rows)."""
    attrs = board.attrs
    arrow = {"lower": "↓", "higher": "↑"}.get(attrs.get("direction", ""), "")
    better = (f"{attrs['direction']} is better" if arrow
              else "direction unknown: listed by date, not ranked")
    changes = attrs["kind"] != "score"
    limit = max_rows or pd.get_option("display.max_rows") or len(board)
    heads = ["#", "model", f"{'change' if changes else attrs['metric']} {arrow}".strip()]
    optional = [("subset", "subset"), ("reference", "vs")]
    shown_optional = [(column, head) for column, head in optional
                      if column in board.columns or (changes and column == "reference")]
    heads += [head for _, head in shown_optional] + ["paper", "date", "evidence"]
    body = []
    for rank, row in zip(board.index[:limit], board.head(limit).to_dict("records")):
        fields = _row_fields(board, rank, row)
        cells = ["" if missing(rank) else html.escape(str(rank)), html.escape(fields["model"]), html.escape(value_text(fields, attrs["kind"]))]
        for column, _ in shown_optional:
            text = fields.get(column)
            cells.append(html.escape(text) if not missing(text) else ("<i>not stated</i>" if column == "reference" else ""))
        cells += [html.escape(fields["paper_title"] or "") + (f"<br><small>{html.escape(fields['paper_id'])}</small>"
                                                             if not missing(fields.get("paper_id")) else ""),
                  html.escape(fields["report_date"]), evidence_html(fields)]
        body.append("<tr>" + "".join(f'<td style="text-align:left">{cell}</td>' for cell in cells) + "</tr>")
    more = f"<p>… {len(board) - limit:,} more rows</p>" if len(board) > limit else ""
    place = " · ".join(html.escape(part) for part in (attrs["benchmark"], attrs.get("subset")) if part)
    caption = (f"{place} · {html.escape(attrs['metric'])} {arrow} ({better}) · "
               f"{html.escape(attrs['kind'])} records · {len(board):,} entries")
    head = "".join(f'<th style="text-align:left">{html.escape(text)}</th>' for text in heads)
    return (f'<div><p><b>{caption}</b></p><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>{more}</div>')
