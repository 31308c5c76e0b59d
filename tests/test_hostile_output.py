"""Hostile report text on its way out: every CSV the project writes (the CLI's extract, leaderboard and
export, the app's downloads) neutralises formulas. The inputs are files in tests/data/hostile/."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from metricsdb import cli
from metricsdb.model import Paper, Record, Report
from metricsdb.store import Store

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
FORMULAS = HOSTILE / "formula_injection.txt"
APP = Path(__file__).resolve().parent.parent / "leaderboard_app" / "app.py"
HYPERLINK = '=HYPERLINK("//evil.example/x","click")'
NUMERIC = {"value", "value_high", "rank", "records", "papers", "benchmarks"}
runner = CliRunner()


def run(*args: object) -> str:
    result = runner.invoke(cli.app, [str(arg) for arg in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def assert_no_formula(rows: list[dict[str, str]]) -> None:
    """No text cell a spreadsheet would run; numeric cells hold numbers."""
    for row in rows:
        for column, cell in row.items():
            if column in NUMERIC:
                assert cell == "" or float(cell) == float(cell), (column, cell)
            else:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def handmade_records() -> list[Record]:
    """Records no extractor gives today but the store takes: a negative value, a tab, a CR."""
    return [Record(**json.loads(line)) for line in (HOSTILE / "records.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def hostile_db(tmp_path: Path) -> str:
    """A SQLite database holding both hostile reports and the hand-made hostile records."""
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    with Store(url) as store:
        summary = store.ingest(sorted(HOSTILE.glob("*.txt")))
        assert not summary.errors and summary.records
        paper = Paper("2601.09009", "Handmade: hostile records", "", {"results": "handmade"})
        store.add(Report("2026-01-13", None, "/handmade.txt", (paper,)), handmade_records())
    return url


def test_extract_csv_neutralises_the_formula_title_and_sentences():
    rows = rows_of(run("extract", FORMULAS, "--format", "csv"))
    assert_no_formula(rows)
    by_benchmark = {row["benchmark"]: row for row in rows}
    gsm8k = by_benchmark["GSM8K"]
    assert gsm8k["paper_title"] == f"'{HYPERLINK}: Reasoning at Scale"
    assert gsm8k["model"] == f"'{HYPERLINK}"
    assert gsm8k["value"] == "91.2"
    assert {name: by_benchmark[name]["evidence"][:7] for name in ("MATH", "AIME 2025", "IFEval", "HumanEval")} == {
        "MATH": "'=Tamer", "AIME 2025": "'+Tamer", "IFEval": "'-Tamer", "HumanEval": "'@Tamer"}


def test_leaderboard_csv_neutralises_text_and_keeps_a_negative_value(hostile_db):
    rows = rows_of(run("leaderboard", "GSM8K", "--format", "csv", "--db", hostile_db))
    assert_no_formula(rows)
    cells = {row["model"]: (row["value"], row["subset"], row["evidence"]) for row in rows}
    assert cells[f"'{HYPERLINK}"][0] == "91.2"
    assert cells["'-1"] == ("-3.2", "", "'-3.2 on GSM8K, as written")
    assert cells["'\tTabbed"] == ("12.5", "'\rreturn", "'@12.5% for Tabbed")


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "file"])
def test_export_csv_neutralises_every_hostile_cell(hostile_db, tmp_path, to_file):
    target = tmp_path / "export.csv"
    text = run("export", "--format", "csv", "--db", hostile_db, *(["-o", target] if to_file else []))
    rows = rows_of(target.read_text(encoding="utf-8") if to_file else text)
    assert_no_formula(rows)
    assert sorted(row["value"] for row in rows if row["model"] == "'-1") == ["-3.2"]
    assert {row["evidence"][:2] for row in rows} >= {"'=", "'+", "'-", "'@"}
    assert any(row["paper_title"] == f"'{HYPERLINK}: Reasoning at Scale" for row in rows)


@pytest.fixture
def downloads(hostile_db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The app on the hostile database; the CSV of every download button drawn, by label."""
    monkeypatch.setenv("METRICSDB_URL", hostile_db)
    st.cache_data.clear()
    st.cache_resource.clear()
    drawn: dict[str, str] = {}
    button = st.download_button

    def download_button(label, data, *args, **kwargs):
        drawn[label] = data.decode("utf-8")
        return button(label, data, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", download_button)
    yield drawn
    st.cache_resource.clear()


def app_page(page: str | None = None, **query_params: str) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=30)
    app.query_params.update(query_params)
    if page is not None:
        app.run()
        app.switch_page(f"{page}.py")
        app.query_params.update(query_params)
    app.run()
    assert not app.exception, app.exception
    return app


def test_app_board_download_neutralises_text_and_keeps_numbers(downloads):
    app_page(benchmark="GSM8K")
    rows = rows_of(downloads["Download this board as CSV"])
    assert_no_formula(rows)
    assert {row["model"]: row["value"] for row in rows}[f"'{HYPERLINK}"] == "91.2"
    assert {row["model"]: row["value"] for row in rows}["'-1"] == "-3.2"


def test_app_paper_download_neutralises_the_sentences(downloads):
    app_page("paper", paper="2601.09002")
    rows = rows_of(downloads["Download these records as CSV"])
    assert_no_formula(rows)
    assert sorted(row["evidence"][:2] for row in rows) == ["'+", "'-", "'=", "'@"]


def test_app_overview_download_neutralises_a_model_name(downloads):
    app = app_page("overview")
    app.text_input[0].input("hyperlink").run()
    rows = rows_of(downloads["Download models as CSV"])
    assert [row["model"] for row in rows] == [f"'{HYPERLINK}"]
