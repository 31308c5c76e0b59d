"""Names are cleaned where they enter (issue 14): invisible and look-alike characters never move a
score to another model, never cut a name, and a name that stays suspicious is flagged.

The cases are the papers of tests/data/hostile/lookalike_names.txt (one paper per case).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from extractors import Extractor
from extractors.notation import Folder, mixed_script
from metricsdb import cli
from metricsdb.report import read_report
from metricsdb.store import Store

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
NAMES = HOSTILE / "lookalike_names.txt"
APP = Path(__file__).resolve().parent.parent / "leaderboard_app" / "app.py"
ZEBRA = "Z\u0435bra-7B"  # a Cyrillic е: an unknown name, kept whole

# paper id -> the (model, benchmark, value, unit) of every record it must give, and a character its
# evidence must still hold as written (the invisible or look-alike one).
CASES = {
    "2601.09101": ([("GPT-4o", "GSM8K", 84.8, "%")], "\u200d"),  # zero-width joiner: not "GPT"
    "2601.09102": ([("GPT-4o", "GSM8K", 84.8, "%")], "\u200b"),  # zero-width space: not the paper's method
    "2601.09103": ([("GPT-4o", "GSM8K", 84.8, "%")], "\u043e"),  # Cyrillic о in a known name: not "GPT-4"
    "2601.09104": ([("Unknown", "GSM8K", 91.2, "%"), (ZEBRA, "GSM8K", 80.1, "%")], "\u0435"),  # kept whole
    "2601.09105": ([("GPT-4o", "GSM8K", 84.8, "%"), ("Claude-3.5-Sonnet", "GSM8K", 83.0, "%")], "\u2066"),
    "2601.09106": ([("Wide", "GSM8K", 91.2, "%"), ("Qwen3-8B", "GSM8K", 70.2, "%"),
                    ("Llama3-8B", "GSM8K", 60.4, "%")], "Ｑ"),
    "2601.09107": ([("Digits", "MS-COCO", 62.7, None), ("Digits", "MS-COCO", 70.1, "%")], "６２．７"),
    "2601.09108": ([("Greek", "MMLU", 71.3, "%")], "\u039c"),  # Greek capital Mu
    "2601.09109": ([("Shy", "GSM8K", 88.8, "%")], "\u00ad"),  # soft hyphen inside the benchmark
    "2601.09110": ([("TitleNet", "GSM8K", 90.5, "%")], "\u200b"),  # the method from the title, cleaned
    "2601.09111": ([("Nbsp", "GSM8K", 85.3, "%")], "\u00a0"),  # no-break space before the unit
    "2601.09112": ([("GPT-4o", "GSM8K", 84.8, "%")], "\ufe0f"),  # variation selector
    # terminal control sequences, removed whole: not `2JFooBench` (with 60.2 on it too), not a 0.0 read from `]0;`
    "2601.09113": ([("Clear", "FooBench", 50.1, "%"), ("Clear", "BarBench", 60.2, "%")], "\x1b[2J"),
    "2601.09114": ([("BoldNet", "GSM8K", 90.5, "%")], "\x1b[0m"),  # the method from the title, cleaned
    "2601.09115": ([("Window", "GSM8K", 91.2, "%"), ("GPT-4o", "GSM8K", 84.8, "%")], "\x1b]0;pwned\x07"),
    "2601.09116": ([("RedNet", "GSM8K", 88.1, "%")], "88.1"),  # an ASCII title with colours: cleaned too
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, list]:
    report = read_report(NAMES)
    records: dict[str, list] = {}
    for record in Extractor.default().extract_report(report):
        records.setdefault(record.paper_id, []).append(record)
    return records


@pytest.mark.parametrize("paper_id", sorted(CASES))
def test_a_hostile_name_gives_the_name_it_looks_like_and_evidence_as_written(extracted, paper_id):
    expected, written = CASES[paper_id]
    records = extracted.get(paper_id, [])
    assert sorted((r.model, r.benchmark, r.value, r.unit) for r in records) == sorted(expected)
    source = next(p for p in read_report(NAMES).papers if p.paper_id == paper_id).results_text
    assert any(written in r.evidence for r in records)
    for record in records:
        assert record.evidence in source
        assert record.value_start is not None
        number = record.evidence[record.value_start:record.value_end]  # as written, full-width and all
        assert float(unicodedata.normalize("NFKC", number).rstrip("%").strip()) == record.value


def test_only_the_unknown_mixed_script_name_is_flagged(extracted):
    names = {r.model for records in extracted.values() for r in records} | {
        r.benchmark for records in extracted.values() for r in records}
    assert [name for name in sorted(names) if mixed_script(name)] == [ZEBRA]
    assert not mixed_script("τ-bench") and not mixed_script("δ1") and not mixed_script("π0 (FAST)")
    assert mixed_script("GPT-4\u043e") and mixed_script("\u039cMLU") and not mixed_script("\u039c\u039c")


def folder() -> Folder:
    return Extractor.default().folder


def test_folding_maps_every_offset_back_to_the_text_as_written():
    written = "a\u200bＢ…ｃ①\u2165d"  # a removed, a one-for-one, a kept, an expanded (Ⅵ -> VI) character
    folded = folder().fold(written)
    assert folded.text == "aB…c①VId"
    for start, end, as_written in ((0, 2, "a\u200bＢ"), (2, 3, "…"), (5, 7, "\u2165"), (5, 8, "\u2165d"), (6, 8, "\u2165d")):
        assert written[folded.start_of(start):folded.end_of(end)] == as_written


def test_text_without_anything_to_fold_is_kept_as_the_identity():
    folded = folder().fold("在 GSM8K 上达到 91.2%，")
    assert folded.text == "在 GSM8K 上达到 91.2%," and not folded.runs
    assert folded.start_of(5) == 5 and folded.end_of(9) == 9


def test_a_control_sequence_is_removed_whole_and_offsets_still_lead_back():
    fold = folder().fold
    for written, text in (
        ("在 \x1b[2JFooBench 上", "在 FooBench 上"),  # CSI: erase the screen
        ("\x1b[1;31mRed\x1b[0mNet 为 1", "RedNet 为 1"),  # colours around a name
        ("A\x1b]0;title\x07B \x1b]8;;http://x\x1b\\C", "AB C"),  # OSC ended by BEL, by ST
        ("A\x9b31mB\x7fC\x00D", "ABCD"),  # the one-byte CSI, DEL, NUL
        ("A\x1bcB\x1b(BC", "ABC"),  # reset, character set
        ("A\x1b]0;never ended\nB", "A0;never ended\nB"),  # an OSC never ended: only its start goes
        ("a\tb\r\nc", "a\tb\r\nc"),  # tab and line breaks stay
    ):
        folded = fold(written)
        assert folded.text == text, written
        assert written[folded.start_of(0)] == text[0] and written[folded.end_of(len(text)) - 1] == text[-1]
    folded = fold("在 \x1b[2JFooBench 上")
    assert "在 \x1b[2JFooBench 上"[folded.start_of(2):folded.end_of(10)] == "FooBench"


def test_a_look_alike_word_is_written_in_latin_only_when_that_spelling_is_known():
    fold = folder().fold
    assert fold("ΜΜLU 上").text == "MMLU 上"  # a known benchmark
    assert fold("Fоо-Net 为 1，Foo-Net 为 2").text == "Foo-Net 为 1,Foo-Net 为 2"  # written in Latin elsewhere
    assert fold("Fооbar 为 1").text == "Fооbar 为 1"  # unknown: kept whole
    assert fold("δ1 与 τ-bench").text == "δ1 与 τ-bench"  # Greek letters used as themselves


runner = CliRunner()


@pytest.fixture
def names_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'names.db'}"
    with Store(url) as store:
        assert store.ingest([NAMES]).records
    return url


def test_benchmarks_warns_about_a_name_mixing_scripts(names_db):
    result = runner.invoke(cli.app, ["benchmarks", "--db", names_db])
    assert result.exit_code == 0
    assert "GSM8K" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and ZEBRA in warnings[0] and "U+0435 CYRILLIC SMALL LETTER IE" in warnings[0]
    assert "model" in warnings[0]


def test_the_app_warns_on_a_board_holding_a_name_mixing_scripts(names_db, monkeypatch):
    monkeypatch.setenv("METRICSDB_URL", names_db)
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        app = AppTest.from_file(str(APP), default_timeout=30)
        app.query_params["benchmark"] = "GSM8K"
        app.run()
        assert not app.exception
        assert any("CYRILLIC SMALL LETTER IE" in w.value for w in app.warning)
        app.query_params["benchmark"] = "MMLU"
        app.run()
        assert not app.warning
    finally:
        st.cache_resource.clear()
