"""Hostile report text on its way out. Every CSV the project writes (the CLI's extract, leaderboard and
export, the app's downloads) neutralises formulas; everything written to a terminal (tables, messages)
shows control characters as escapes, one message per line; JSON stays exact. The inputs are files in
tests/data/hostile/."""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
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
ESCAPES = HOSTILE / "terminal_escapes.txt"
HOSTILE_NAMES = json.loads((HOSTILE / "file_names.json").read_text(encoding="utf-8"))["names"]
EVIL = "Evil\x1b]0;pwned\x07\x1b[2J\x9b31m\x7f"  # terminal_escapes.txt's method as written (and a handmade record's model)
EVIL_SHOWN = r"Evil\x1b]0;pwned\x07\x1b[2J\x9b31m\x7f"
CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # every control character but the newline
APP = Path(__file__).resolve().parent.parent / "leaderboard_app" / "app.py"
HYPERLINK = '=HYPERLINK("//evil.example/x","click")'
NUMERIC = {"value", "value_high", "rank", "records", "papers", "benchmarks"}
runner = CliRunner()


def run(*args: object) -> str:
    result = runner.invoke(cli.app, [str(arg) for arg in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def run_raw(*args: object):
    """The command's result with every byte it wrote: color=True stops click from dropping escape
    sequences on their way out, as it does when output is not a terminal."""
    return runner.invoke(cli.app, [str(arg) for arg in args], color=True)


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
    rows = rows_of(run("leaderboard", "GSM8K", "--subset", "return", "--format", "csv", "--db", hostile_db))
    assert_no_formula(rows)  # a subset's board: the record whose subset is "\rreturn"
    assert [(row["model"], row["value"], row["subset"], row["evidence"]) for row in rows] == [
        ("'\tTabbed", "12.5", "'\rreturn", "'@12.5% for Tabbed")]


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


# terminal

def assert_terminal_safe(text: str) -> None:
    assert not CONTROLS.findall(text), sorted(set(CONTROLS.findall(text)))


def on_a_terminal(*args: object) -> str:
    """What the installed entry point writes to a terminal (stdout and stderr on a pseudo-terminal)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-c", "from metricsdb.cli import main; main()", *map(str, args)],
                               stdout=follower, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    written = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the command exited and closed the terminal
            break
        if not chunk:
            break
        written += chunk
    process.wait(timeout=120)
    os.close(leader)
    return written.decode("utf-8").replace("\r\n", "\n")  # the terminal's line discipline adds the CRs


def test_leaderboard_on_a_terminal_shows_a_titles_escape_sequences_without_obeying_them(hostile_db):
    shown = on_a_terminal("leaderboard", "GSM8K", "--db", hostile_db)
    assert_terminal_safe(shown)
    assert EVIL_SHOWN in shown and "'-1" not in shown


@pytest.mark.parametrize("args", [
    ("leaderboard", "GSM8K", "--format", "csv"), ("leaderboard", "GSM8K", "--format", "json"),
    ("export", "--format", "csv"), ("export", "--format", "jsonl"), ("new", "--format", "json"),
], ids=["leaderboard-csv", "leaderboard-json", "export-csv", "export-jsonl", "new-json"])
def test_csv_and_json_read_on_a_terminal_show_escape_sequences_without_obeying_them(hostile_db, args):
    """CSV went to a terminal byte for byte (a title's OSC retitled the window, its CSI cleared the
    screen), and JSON kept C1 and DEL raw; written to a file or a pipe they stay exact (test_json_stays_exact)."""
    shown = on_a_terminal(*args, "--db", hostile_db)
    assert_terminal_safe(shown)
    assert r"\x1b]0;pwned" in shown or r"\u001b]0;pwned" in shown


def test_extract_csv_on_a_terminal_shows_escape_sequences():
    shown = on_a_terminal("extract", ESCAPES, "--format", "csv")
    assert_terminal_safe(shown)
    assert EVIL_SHOWN in shown


@pytest.mark.parametrize("args", [
    ("leaderboard", "GSM8K"), ("leaderboard", "GSM8K", "--kind", "ratio"), ("leaderboard", "GSM8K", "--kind", "delta"),
], ids=["score", "ratio", "delta"])
def test_leaderboard_tables_escape_control_characters(hostile_db, args):
    result = run_raw(*args, "--db", hostile_db)
    assert result.exit_code == 0
    assert_terminal_safe(result.stdout)
    assert EVIL_SHOWN in result.stdout


def test_benchmarks_escapes_a_benchmark_name(hostile_db):
    result = run_raw("benchmarks", "--db", hostile_db)
    assert_terminal_safe(result.stdout)
    assert r"Bench\x1b[2J\x1b]0;pwned\x07" in result.stdout


def test_extract_table_and_explain_escape_control_characters():
    """explain shows the title and the evidence as written, escaped; the table's names hold none of
    it: the extractor reads the method as a terminal draws it (test_hostile_names)."""
    for args in (("extract", ESCAPES, "-f", "table"), ("explain", ESCAPES)):
        result = run_raw(*args)
        assert result.exit_code == 0, result.output
        assert_terminal_safe(result.stdout)
    assert EVIL_SHOWN in result.stdout
    table = run_raw("extract", ESCAPES, "-f", "table").stdout
    assert [line.split()[3] for line in table.splitlines()[2:]] == ["Evil", "Evil", "Evil"]  # no subset


@pytest.fixture
def badly_named(tmp_path: Path) -> Path:
    """A folder of files that are not reports, named with escape sequences and a newline."""
    folder = tmp_path / "names"
    folder.mkdir()
    for name in HOSTILE_NAMES:
        (folder / name).write_bytes(b"\x00binary")
    return folder


def shown_name(folder: Path, name: str) -> str:
    """The path as a message shows it: each control character as its escape."""
    for character, escape in (("\x1b", r"\x1b"), ("\x07", r"\x07"), ("\x9b", r"\x9b"), ("\n", r"\n")):
        name = name.replace(character, escape)
    return f"{folder}/{name}"


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_an_error_naming_a_hostile_file_is_one_escaped_line(badly_named, name):
    result = run_raw("extract", badly_named / name)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"metricsdb: {shown_name(badly_named, name)}: binary file, not a text report\n"
    missing = run_raw("extract", badly_named / "gone" / name)
    assert missing.stderr == f"metricsdb: {shown_name(badly_named / 'gone', name)}: no such file or folder\n"


def test_ingest_reports_each_hostile_file_name_on_one_line_on_a_terminal(badly_named, tmp_path):
    shown = on_a_terminal("ingest", badly_named, "--db", tmp_path / "names.db")
    errors = [line[line.index("metricsdb: "):] for line in shown.splitlines() if "metricsdb: " in line]
    assert errors == [f"metricsdb: {shown_name(badly_named, name)}: binary file, not a text report"
                      for name in sorted(HOSTILE_NAMES, key=lambda name: str(badly_named / name))]
    for payload in ("\x1b]0;", "\x07", "\x1b[2J", "\x9b", "\n" + "lines.txt"):
        assert payload not in shown  # the progress bar draws with escape sequences of its own


def test_json_stays_exact(hostile_db):
    board = json.loads(run("leaderboard", "GSM8K", "--format", "json", "--db", hostile_db))
    assert EVIL in [row["model"] for row in board["rows"]]
    record = json.loads(run("extract", ESCAPES).splitlines()[0])
    assert record["paper_title"] == f"{EVIL}: Terminal Tricks"
    assert record["evidence"].startswith(f"{EVIL} 在 GSM8K")
    assert record["model"] == "Evil"  # the extractor reads a name as a terminal draws it (test_hostile_names)


@pytest.mark.parametrize("title", [
    '=HYPERLINK("http://evil.example","EvilNet"): Robust Grasping',
    "FooNet (code at https://evil.example/x, mirror www.evil.example, mail me@evil.example)",
])
def test_a_title_shown_as_markdown_makes_no_link(title):
    """The paper page's heading turned a URL in a report's title into a live link (Streamlit's Markdown
    links bare URLs even when their punctuation is escaped); a word joiner now stands in each one."""
    from leaderboard_app.show import markdown_text

    shown = re.sub(r"\\(.)", r"\1", markdown_text(title))  # as the Markdown renders it
    assert shown.replace("\u2060", "") == title
    assert not re.search(r"https?:|www\.|\w@\w", shown), shown


def test_a_bidi_control_in_a_title_is_shown_not_obeyed():
    from leaderboard_app.show import markdown_text

    assert re.sub(r"\\(.)", r"\1", markdown_text("Robust Grasping\u202egnipsarG")) == r"Robust Grasping\u202egnipsarG"


def test_results_and_evidence_in_the_app_show_a_bidi_control_not_obey_it():
    """U+202E in a results line drew '注意' as '意注' on the paper page; the highlight stays on its number."""
    from leaderboard_app.show import evidence_html, plain_text

    assert plain_text("**88.5%**，\u202e注意") == "88.5%，\\u202e注意"
    record = {"evidence": "X 的成功率为 88.5%，\u202e注意", "value": 88.5, "value_high": None, "value_start": 8, "value_end": 13}
    shown = evidence_html(record)
    assert "\u202e" not in shown and "\\u202e注意" in shown and ">88.5%</mark>" in shown
