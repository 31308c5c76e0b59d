"""metricsdb.output: one value text, one JSON Lines writer, one CSV writer that spreadsheets cannot be
made to run, and terminal text that shows control characters instead of obeying them."""
from __future__ import annotations

import csv
import io
import json

import numpy as np
import pandas as pd
import pytest

from metricsdb.model import RECORD_FIELDS, Record
from metricsdb.output import (
    board_units, csv_cell, csv_text, frame_csv, records_csv, records_jsonl, table_text, terminal_lines, terminal_text, value_text,
)

from .store_helpers import make_record


@pytest.mark.parametrize(("record", "shown"), [
    ({"value": 84.1, "unit": "%"}, "84.1%"),
    ({"value": 93.0, "value_high": 95.0, "unit": "%"}, "93–95%"),
    ({"value": 1750000.0}, "1750000"),
    ({"value": 2.0, "value_high": float("nan"), "unit": float("nan")}, "2"),  # a DataFrame row's blanks
    ({"kind": "delta", "value": 2.6, "unit": "pp", "direction": "increase"}, "+2.6 pp"),
    ({"kind": "delta", "value": 3.0, "unit": "s", "direction": "decrease"}, "−3 s"),
    ({"kind": "ratio", "value": 2.8, "unit": "x", "direction": "increase"}, "×2.8 ↑"),
    ({"kind": "ratio", "value": 2.8, "unit": "x", "direction": "decrease"}, "×2.8 ↓"),
    ({"kind": "score", "value": 2.8, "unit": "x", "direction": "increase"}, "×2.8"),
])
def test_value_text(record, shown):
    assert value_text(record) == shown


@pytest.mark.parametrize(("units", "shown"), [
    (["%", None, float("nan"), "%"], ["%", "not stated", "not stated", "%"]),  # a DataFrame's blank is NaN
    (["%", "%"], None), ([None, None], None),  # one unit (or none) for all: each value shows its own
    (["ms", "s"], ["ms", "s"]),
])
def test_board_units_says_which_unit_each_text_stated_when_rows_differ(units, shown):
    assert board_units(units) == shown


def test_value_text_of_a_leaderboard_row_takes_the_boards_kind():
    row = {"value": 2.8, "value_high": None, "unit": "x", "direction": "increase"}
    assert (value_text(row, "ratio"), value_text(row, "score")) == ("×2.8 ↑", "×2.8")


@pytest.mark.parametrize(("cell", "written"), [
    ('=HYPERLINK("//evil.example/x","click")', '\'=HYPERLINK("//evil.example/x","click")'),
    ("+cmd", "'+cmd"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("a=b", "a=b"), ("'quoted", "'quoted"), ("", ""), (None, ""), (float("nan"), ""),
    (-3.2, "-3.2"), (np.float64(-3.2), "-3.2"), (np.int64(-4), "-4"), (7, "7"), (1750000.0, "1750000"),
])
def test_csv_cell_neutralises_formulas_and_keeps_numbers(cell, written):
    assert csv_cell(cell) == written


def test_csv_text_reads_back_cell_for_cell_with_a_lone_cr_inside_a_cell():
    rows = [["a\rb", 1.5, None], ["two\nlines", -2.0, "x"]]
    text = csv_text(["name", "value", "note"], rows)
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["name", "value", "note"], ["a\rb", "1.5", ""], ["two\nlines", "-2", "x"]]


def test_records_jsonl_and_csv_carry_every_contract_field_in_order():
    records = [make_record(), make_record(model="=1+1", kind="delta", value=2.5, unit="pp", direction="increase")]
    assert [Record.model_validate(json.loads(line)) for line in records_jsonl(records).splitlines()] == records
    rows = list(csv.DictReader(io.StringIO(records_csv(records), newline="")))
    assert list(rows[0]) == list(RECORD_FIELDS)
    assert [(row["model"], row["value"], row["direction"]) for row in rows] == [
        ("Method", "50", ""), ("'=1+1", "2.5", "increase")]
    assert records_csv(records, header=False) == records_csv(records).split("\r\n", 1)[1]


def test_frame_csv_writes_numbers_as_numbers_and_text_neutralised():
    frame = pd.DataFrame({"rank": [1, 2], "model": ["-A", "B"], "value": [-3.2, float("nan")]})
    assert frame_csv(frame) == "rank,model,value\r\n1,'-A,-3.2\r\n2,B,\r\n"


@pytest.mark.parametrize(("text", "shown"), [
    ("\x1b]0;pwned\x07title", r"\x1b]0;pwned\x07title"),  # OSC: would retitle the window
    ("\x1b[2Jcleared", r"\x1b[2Jcleared"),  # CSI: would clear the screen
    ("\x9b31mred", r"\x9b31mred"),  # C1 CSI
    ("del\x7f nul\x00 bs\x08", r"del\x7f nul\x00 bs\x08"),
    ("two\nlines\r\tend", r"two\nlines\r\tend"),
    ("GPT-4o 在 AIME 2025 上 ×2.8 ↑ – é", "GPT-4o 在 AIME 2025 上 ×2.8 ↑ – é"),  # printable text is untouched
    ("Robust \u202egnipsarG", r"Robust \u202egnipsarG"),  # RLO: the terminal would draw 'Grasping'
    ("a\u2066b\u2069c\u200fd\u061c", r"a\u2066b\u2069c\u200fd\u061c"),  # isolates, marks
    ("\u0645\u0631\u062d\u0628\u0627", "\u0645\u0631\u062d\u0628\u0627"),  # right-to-left letters themselves are text
])
def test_terminal_text_shows_control_characters_as_escapes(text, shown):
    assert terminal_text(text) == shown


def test_terminal_lines_keep_their_newlines_and_tables_escape_their_cells():
    assert terminal_lines("a\x1b[2J\nb\x07") == "a\\x1b[2J\nb\\x07"
    table = table_text([["Evil\x1b]0;t\x07", 1.5]], ["model\n", "value"])
    assert "\x1b" not in table and "\x07" not in table and r"Evil\x1b]0;t\x07" in table
    assert table.count("\n") == 2  # header, rule, one row


def test_terminal_tables_align_chinese_names_in_a_fresh_install():
    """A Chinese character takes two columns of a terminal: tabulate counts them so only with wcwidth,
    which a fresh `pip install -e .` gets only because the package asks for it (tabulate[widechars])."""
    import tomllib
    from pathlib import Path

    import wcwidth

    declared = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())["project"]
    assert any(dep.replace(" ", "").startswith(("tabulate[widechars]", "wcwidth")) for dep in declared["dependencies"])
    lines = table_text([["相对深度", 1], ["Depth", 22]], ["subset", "records"]).splitlines()
    assert len({wcwidth.wcswidth(line) for line in lines}) == 1  # every line as wide: the columns line up


@pytest.mark.parametrize("metric, evidences, shown", [
    ("b-wer", ["B-WER 为 3.1%", "b-wer 3.2", "B-WER 与 U-WER"], "B-WER"),  # the text's most frequent spelling
    ("sim-o", ["SIM-o 为 0.66"], "SIM-o"),
    ("miou", ["MIOU 为 50"], "mIoU"),  # the metric list's spelling first
    ("dice", ["Dice 为 80%"], "dice"),  # an ordinary word with a capital first letter is that word
    ("win rate", ["Win Rate 为 60%"], "win rate"),
    ("ex", ["EXAMPLE 中 EX 为 3"], "EX"),  # a whole word only: not the start of EXAMPLE
    ("rfid", [], "rfid"),
])
def test_metric_spelling_shows_the_text_s_spelling_of_a_metric_the_list_lacks(metric, evidences, shown):
    from metricsdb.output import metric_spelling

    assert metric_spelling(metric, evidences) == shown
