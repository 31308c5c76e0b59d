"""Everything metricsdb writes for people and for other tools, in one place: a record's value as
text, JSON Lines, CSV and text for a terminal. The CLI, the exports and the app all call these, so a
value reads the same everywhere and every CSV is written by one writer.

Names, titles and evidence come from report files, which are hostile input:
- a CSV cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a
  leading ' (OWASP's advice); numbers are written as numbers, so a value of -3.2 stays -3.2;
- text for a terminal (tables, messages) shows its control characters as escapes (`\\x1b`), so a
  title or a file name cannot retitle the window, clear the screen or split a message in two;
- JSON is written exact: its readers are programs.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Optional

from tabulate import tabulate

from .model import RECORD_FIELDS, Record

if TYPE_CHECKING:
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection)."""
CSV_LINE_END = "\r\n"
"""RFC 4180's line end; it also makes the csv module quote a cell holding a lone CR, which readers
would otherwise take for the end of the row."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0, DEL, C1 (ESC starts every terminal escape sequence) and the bidi controls, which make a terminal
draw a line's text in another order than it is written ('Trojan Source')."""
_NAMED_CONTROLS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def missing(value: Any) -> bool:
    """None, or pandas' NaN for a missing float."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def plain(value: Any) -> Any:
    """A value as Python has it: NaN -> None, numpy numbers -> Python numbers (DataFrame cells)."""
    if missing(value):
        return None
    return value.item() if hasattr(value, "item") else value


def number_text(value: float) -> str:
    """A number as written in the report: 1750000.0 -> 1750000, 84.1 -> 84.1."""
    return format(value, ".15g") if isinstance(value, float) else str(value)


def value_text(record: Mapping[str, Any], kind: Optional[str] = None) -> str:
    """A record's value as a reader expects it: 84.1%, 93–95%, 1750000, +2.6 pp, −3 s, ×2.8 ↑.

    `record` is a contract record's fields (a dict, a DataFrame row); `kind` is for leaderboard rows,
    which do not carry it. A change has its direction: a sign, or an arrow after a factor.
    """
    text = number_text(record["value"])
    if not missing(record.get("value_high")):
        text += "–" + number_text(record["value_high"])
    unit = record.get("unit")
    if unit == "x":
        text = "×" + text
    elif not missing(unit) and unit:
        text += unit if unit == "%" else f" {unit}"
    direction = record.get("direction")
    if (kind or record.get("kind") or "score") == "score" or missing(direction):
        return text
    if unit == "x":
        return f"{text} {'↑' if direction == 'increase' else '↓'}"
    return ("+" if direction == "increase" else "−") + text


NOT_STATED = "not stated"


def board_units(units: Iterable[Any]) -> Optional[list[str]]:
    """Each row's unit as its text states it, `not stated` where the text gives none, when a board's rows
    differ in unit; None when they agree (each value then shows its one unit). A board mixing `92%` and
    `92.4` shows both numbers the same way and says which unit each text stated, never assuming one."""
    cells = ["" if missing(unit) else unit for unit in units]
    return [cell or NOT_STATED for cell in cells] if len(set(cells)) > 1 else None


def metric_spelling(metric: str, evidences: Iterable[str]) -> str:
    """How a board shows a stored metric (records keep the lower-case key): the metric list's spelling
    (metric_display: `mIoU`, `HOTA`); for a metric the list lacks, the spelling its evidence uses most
    when that spelling's capitals carry meaning (`B-WER`, `SIM-o`, not `Dice` or `Win Rate`), else the key."""
    from extractors.lexicon import metric_display

    shown = metric_display(metric)
    if shown != metric:
        return shown
    written = re.compile(rf"(?<![A-Za-z0-9]){re.escape(metric)}(?![A-Za-z0-9])", re.IGNORECASE)
    spellings: dict[str, int] = {}
    for evidence in evidences:
        for found in written.finditer(evidence or ""):
            spellings[found.group()] = spellings.get(found.group(), 0) + 1
    if not spellings:
        return metric
    most = max(spellings, key=spellings.__getitem__)  # ties: the first written
    return most if _capitals_carry_meaning(most) else metric


def _capitals_carry_meaning(name: str) -> bool:
    """`B-WER`, `SIM-o`, `Hits@1` yes; `dice`, `Dice`, `Win Rate` no: an ordinary word written with a capital
    first letter is still that word."""
    return name != name.lower() and not all(
        part.isalpha() and part[1:].islower() for part in re.split(r"[\s-]+", name) if part)


def scale_units(rows: Iterable[Mapping[str, Any]], scales_apart: bool) -> list[Any]:
    """Each board row's unit as shown: `fraction of 1` for a row ranked apart as a fraction (Board.scales_apart,
    metricsdb.scales), else its unit as the text states it."""
    from .scales import FRACTION, is_fraction

    return [FRACTION if scales_apart and is_fraction(row["value"], plain(row.get("value_high")), plain(row["unit"]))
            else row["unit"] for row in rows]


SCALES_APART_NOTE = ("values stated as fractions of 1 (unit: fraction of 1) have their own ranks, after the "
                     "percentages: the two scales are never ranked against each other")


def kind_text(shown: str, kind: str) -> str:
    """A value with its kind when it is a change (`+1.6% (delta)`): a change is not a score reached, and
    a column of values must not pass one off as the other."""
    return shown if kind == "score" else f"{shown} ({kind})"


# corrections

def correction_notes(corrections: Iterable[Any]) -> dict[str, str]:
    """record_id -> what hand corrections did to the record and which ones (`corrected value 84.8 → 85.8 by
    correction 1a2b3c4d (ann)`), for every record a correction changed or added.

    A corrected value is shown next to evidence that still states the extracted number, so wherever it
    is shown the reader must see that it was corrected and by which correction (`metricsdb corrections
    list` shows them whole). `corrections` are metricsdb.curation.Correction objects, in the order applied.
    """
    notes: dict[str, list[str]] = {}
    for correction in corrections:
        if correction.record_id is None or correction.orphaned:
            continue
        by = f"correction {correction.id[:8]} ({correction.by})"
        if correction.action == "correct":
            was = correction.original or {}
            changed = ", ".join(f"{name} {_field_text(was.get(name))} → {_field_text(value)}"
                                for name, value in correction.changes.items())
            notes.setdefault(correction.record_id, []).append(f"corrected {changed} by {by}")
        elif correction.action == "add":
            notes.setdefault(correction.record_id, []).append(f"added by hand by {by}")
    return {record_id: "; ".join(parts) for record_id, parts in notes.items()}


def _field_text(value: Any) -> str:
    value = plain(value)
    return "(none)" if value is None else number_text(value) if isinstance(value, float) else str(value)


# JSON Lines

def record_json(record: Record) -> str:
    """One contract record as a JSON object, fields in contract order."""
    return json.dumps({name: getattr(record, name) for name in RECORD_FIELDS}, ensure_ascii=False)


def records_jsonl(records: Iterable[Record]) -> str:
    """One contract record per line."""
    return "".join(record_json(record) + "\n" for record in records)


# CSV

def csv_cell(value: Any) -> str:
    """A cell as written: numbers as numbers, nothing as empty, text that a spreadsheet would run
    as a formula behind a '."""
    if isinstance(value, (tuple, list)):  # a board's papers: ids, space-separated
        value = " ".join(map(str, value))
    elif not isinstance(value, str):  # text first: most cells are
        value = plain(value)
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return number_text(value)
        value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_text(header: Optional[Sequence[str]], rows: Iterable[Iterable[Any]]) -> str:
    """CSV of `rows` under `header` (None: rows only, to continue a CSV already started)."""
    return _written(header, ([csv_cell(cell) for cell in row] for row in rows))


def _written(header: Optional[Sequence[str]], cells: Iterable[Iterable[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=CSV_LINE_END)
    if header is not None:
        writer.writerow([csv_cell(name) for name in header])
    writer.writerows(cells)
    return out.getvalue()


def records_csv(records: Iterable[Record], *, header: bool = True) -> str:
    """Contract records as CSV: a header of the contract fields, one row per record."""
    return csv_text(RECORD_FIELDS if header else None,
                    ([getattr(record, name) for name in RECORD_FIELDS] for record in records))


def frame_csv(frame: pd.DataFrame) -> str:
    """A table (the app's downloads, the CLI's leaderboards) as CSV, its columns as the header."""
    # column by column (tolist) takes half the time of row by row on a 28,000-row board
    columns = [[csv_cell(cell) for cell in frame[column].tolist()] for column in frame.columns]
    return _written([str(column) for column in frame.columns], zip(*columns))


def frame_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A table as JSON-ready rows: NaN -> None, numpy numbers -> Python numbers."""
    return [{str(column): plain(value) for column, value in row.items()} for row in frame.to_dict("records")]


# terminal

def _visible(control: re.Match[str]) -> str:
    character = control.group()
    code = ord(character)
    return _NAMED_CONTROLS.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def terminal_text(text: object) -> str:
    """`text` for one line of a terminal: every control character, newline included, as a visible
    escape (ESC -> \\x1b, newline -> \\n), so what a report or a file name holds is shown, never obeyed."""
    return _CONTROL.sub(_visible, str(text))


def terminal_lines(text: str) -> str:
    """Lines for a terminal: each line as terminal_text, the newlines between them kept."""
    return "\n".join(terminal_text(line) for line in text.split("\n"))


def write_stdout(text: str) -> None:
    """Text for programs (CSV, JSON Lines, JSON) to standard output: exact when it goes to a file or a
    pipe; on a terminal shown as terminal_lines, so a report's escape sequence in a CSV cell cannot
    retitle the window or clear the screen of someone reading it there."""
    if sys.stdout.isatty():
        text = terminal_lines(text.replace(CSV_LINE_END, "\n"))
    sys.stdout.write(text)


def table_text(rows: Iterable[Iterable[Any]], headers: Sequence[str], **options: Any) -> str:
    """A table for a terminal (tabulate's `options`): text cells as terminal_text, numbers as they are."""
    return tabulate([[terminal_text(cell) if isinstance(cell, str) else cell for cell in row] for row in rows],
                    headers=[terminal_text(header) for header in headers], **options)
