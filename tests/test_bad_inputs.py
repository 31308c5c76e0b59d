"""Hostile and broken input: a corpus of bad report files (generated here, the large ones at test time),
each with the outcome it must have, ingested by real `metricsdb` processes on both backends.

Whatever the input: no traceback, exit status 1 when a file was refused, one stderr line per refused
file naming it and why, no non-finite or absurd value stored (|value| <= MAX_ABS_VALUE = 1e15, see
metricsdb.model), and no partial report.
"""
from __future__ import annotations

import codecs
import os
import random
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors import default_extractor
from metricsdb.report import MAX_REPORT_BYTES, MAX_RESULTS_CHARS, legacy_encoding, read_report
from metricsdb.store import Store

from .conftest import SAMPLE_REPORTS
from .report_corpus import CLI, assert_every_stored_report_complete

INGESTED = "decoded and ingested"

HEADER = "# Hugging Face Daily Papers Report\n**Date**: 2026-03-01\n**Source URL**: https://huggingface.co/papers/date/2026-03-01\n\n"


def _paper(paper_id: str, results: str) -> str:
    return (f"## 📄 FooNet: Robust Reasoning at Scale\n\n- **链接**: https://huggingface.co/papers/{paper_id}\n\n"
            f"1. **应用领域**\n   NLP。\n\n5. **实验效果**\n{results}\n\n")


ABSURD_NUMBERS = _paper("2603.00001", (
    "*   在 GSM8K 上，FooNet 的准确率达到 1e308%，超越 GPT-4o (84.8%)。\n"
    "*   在 MATH 上，FooNet 的准确率达到 NaN%，比基线提升 NaN 个百分点，Infinity 倍加速。\n"
    "*   在 AIME 2025 上，FooNet 的准确率达到 123456789012345678901234567890%，"
    "超越 GPT-4o (123456789012345678901234567890)。\n"
    "*   在 MMLU 上，FooNet 的准确率达到 1" + "0" * 400 + "%，推理速度快 99999999999999999999 倍。\n"
    "*   在 GPQA 上，FooNet 的准确率达到 67.3%，比 GRPO 提升了 2.6 个百分点。"
))


ENGLISH_PAPER = _paper("2603.00003", (
    "*   On GSM8K, FooNet reaches 91.2% accuracy, beating GPT-4o (84.8%).\n"
    "*   It improves over the base model by 2.6 points on MATH and is 2.8x faster than the baseline."
))
GB18030_NOTE = "read as GB18030 (GBK), not UTF-8"


LONG_LINE = "在 GSM8K 上准确率提升至 12.5%，" * 250_000  # 5.5 million characters (15 MB of UTF-8), no newline


def _sample(index: int) -> str:
    return SAMPLE_REPORTS[index].read_text(encoding="utf-8")


def _truncated() -> bytes:
    """A sample report cut short at 60% of its bytes, inside a multi-byte character."""
    data = SAMPLE_REPORTS[2].read_bytes()
    cut = int(len(data) * 0.6)
    while data[cut] & 0xC0 != 0x80:  # move to a UTF-8 continuation byte
        cut += 1
    return data[:cut]


def _cut_paper_note() -> str:
    """What the CLI says of the truncated report: its last paper, cut before its results, gives none."""
    title = re.findall(r"^## 📄\s*(.+?)\s*$", _truncated().decode("utf-8", "ignore"), re.M)[-1]
    return f"paper '{title}': no results section (a heading such as '5. 实验效果' or '实验结果'), so no records come from it"


def _repeated_paper() -> str:
    text = _sample(0)
    first = text.index("## 📄")
    block = text[first:text.index("## 📄", first + 1)]
    return text[:first] + block + block


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as handle:
        handle.truncate(size)


@dataclass(frozen=True)
class BadInput:
    name: str
    what: str
    make: Callable[[Path], None]
    outcome: str  # INGESTED, or the reason the file is refused (after "<path>: ")
    note: str = ""  # what the CLI says about a file it ingested (after "<path>: ")
    note_is_error: bool = False  # the note names lost results: counted among the errors, exit 1


def _write(content: str | bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return make


# The table: each bad input and what must happen to it.
CORPUS = [
    BadInput("empty.txt", "empty file", _write(b""), "empty file"),
    BadInput("blank.md", "only whitespace", _write(" \n\t\n"), "empty file"),
    BadInput("random_bytes.txt", "4 kB of random bytes", _write(random.Random(6).randbytes(4096)),
             "binary file, not a text report"),
    BadInput("utf16_bom.txt", "a sample report in UTF-16 with BOM", _write(codecs.BOM_UTF16_LE + _sample(1).encode("utf-16-le")),
             INGESTED),
    BadInput("utf16_nul.txt", "UTF-16 with BOM holding NUL characters",
             _write(codecs.BOM_UTF16_LE + (HEADER + "\x00" * 8).encode("utf-16-le")),
             "binary file, not a text report (UTF-16 text with NUL characters)"),
    BadInput("latin1.txt", "Latin-1 text", _write("Rapport du café\n**Date**: 2026-03-01\n".encode("latin-1")),
             "not UTF-8 text (invalid byte at offset 14), nor GB18030 / GBK"),
    BadInput("gb18030.txt", "a sample report in GB18030", _write(_sample(3).encode("gb18030")), INGESTED,
             note=GB18030_NOTE),
    BadInput("gbk.txt", "a sample report saved as GBK (the 📄 of each paper heading lost as ?)",
             _write(re.sub(r"(?m)^.*Source URL.*$", "", _sample(0), count=1).encode("gbk", errors="replace")), INGESTED,
             note=GB18030_NOTE),  # no source URL: not the same report as the sample it was made from
    BadInput("english.md", "a report whose results section is in English", _write(HEADER + ENGLISH_PAPER),
             "paper 2603.00003: its results section is not in Chinese; metricsdb reads the Chinese results (实验效果) "
             "of daily-papers reports"),
    BadInput("page.md", "an HTML page saved as a report", _write(
        "<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head>\n<body><h1>Daily Papers</h1>"
        "<a href='https://huggingface.co/papers/2601.04300'>paper</a></body></html>\n"),
        "not a daily-papers report (no '**Date**:' header, no papers)"),
    BadInput("header_only.txt", "a report header with no papers", _write(HEADER),
             "no papers found (no '## 📄 <title>' blocks)"),
    BadInput("no_links.txt", "paper blocks without links", _write(HEADER + "## 📄 A paper\n\n5. **实验效果**\n达到 50%。\n"),
             "no paper block has a huggingface.co/papers or arxiv.org link"),
    BadInput("truncated.txt", "a sample report cut short inside a character", _write(_truncated()), INGESTED,
             note=_cut_paper_note()),  # its last paper stored without results: said, no error
    BadInput("one_line_5mb.txt", "one 5 MB line, no newline", _write(LONG_LINE),
             "not a daily-papers report (no '**Date**:' header, no papers)"),
    BadInput("results_5mb.txt", "a report whose results section is one 5 MB line",
             _write(HEADER + _paper("2603.00002", LONG_LINE)),
             f"paper 2603.00002: its results section has {len(LONG_LINE):,} characters, more than the {MAX_RESULTS_CHARS:,} "
             "a report's may have"),
    BadInput("absurd_numbers.txt", "numbers 1e308%, NaN, Infinity, 30- and 400-digit integers",
             _write(HEADER + ABSURD_NUMBERS), INGESTED),
    BadInput("repeated_paper.txt", "the same paper twice", _write(_repeated_paper()), INGESTED),
    BadInput("huge.txt", f"a file over {MAX_REPORT_BYTES:,} bytes", lambda path: _sparse(path, MAX_REPORT_BYTES + 1),
             f"{MAX_REPORT_BYTES + 1:,} bytes, more than the {MAX_REPORT_BYTES:,} a report may have"),
    BadInput("loop.txt", "a symbolic link to itself", lambda path: path.symlink_to(path.name),
             "symbolic link loop, not a report file"),
    BadInput("dangling.md", "a symbolic link to nothing", lambda path: path.symlink_to("nowhere.md"),
             "broken symbolic link"),
    BadInput("fifo.txt", "a named pipe (reading it would block)", lambda path: os.mkfifo(path), "not a regular file"),
    BadInput("sub.txt", "a folder named like a report (given alone: no report files in it)", lambda path: path.mkdir(),
             "skipped"),
]
MISSING = "missing.txt"                       # a path that does not exist: "no such file or folder"
EMPTY_FOLDER = "empty_folder"                 # a folder without reports: "no report files (*.txt, *.md) in this folder"
REFUSED = [item for item in CORPUS if item.outcome not in (INGESTED, "skipped")]
ACCEPTED = [item for item in CORPUS if item.outcome == INGESTED]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad_inputs")
    for item in CORPUS:
        item.make(folder / item.name)
    return folder


def _arguments(corpus: Path) -> list[str]:
    (corpus.parent / EMPTY_FOLDER).mkdir(exist_ok=True)
    return [str(corpus), str(corpus.parent / MISSING), str(corpus.parent / EMPTY_FOLDER)]


def _expected_errors(corpus: Path) -> list[str]:
    return sorted([f"metricsdb: {corpus / item.name}: {item.outcome}" for item in REFUSED] + [
        f"metricsdb: {corpus / item.name}: {item.note}" for item in ACCEPTED if item.note] + [
        f"metricsdb: {corpus.parent / MISSING}: no such file or folder",
        f"metricsdb: {corpus.parent / EMPTY_FOLDER}: no report files (*.txt, *.md) in this folder",
    ])


@pytest.mark.parametrize("item", CORPUS, ids=lambda item: item.name)
def test_each_bad_input_has_its_outcome(item, corpus):
    with Store("sqlite://") as store:
        summary = store.ingest(corpus / item.name)
        if item.outcome == INGESTED:
            assert (summary.reports, summary.errors) == (1, [])
            assert_every_stored_report_complete(store)
        elif item.outcome == "skipped":
            assert summary.reports == 0
            assert summary.errors == [f"{corpus / item.name}: no report files (*.txt, *.md) in this folder"]
        else:
            assert summary.errors == [f"{corpus / item.name}: {item.outcome}"]
            assert store.stats() == {"reports": 0, "papers": 0, "records": 0}


def test_the_absurd_numbers_give_only_sane_records(corpus):
    records = default_extractor().extract_report(read_report(corpus / "absurd_numbers.txt"))
    assert records and all(abs(record.value) <= 1e15 for record in records)
    assert not any(record.benchmark in ("AIME 2025", "MMLU", "MATH") for record in records)


def test_a_repeated_paper_is_stored_once(corpus):
    report = read_report(corpus / "repeated_paper.txt")
    assert len(report.papers) == 1


def test_a_utf16_report_gives_the_records_of_its_utf8_original(corpus):
    assert default_extractor().extract_report(read_report(corpus / "utf16_bom.txt")) == default_extractor().extract_report(read_report(SAMPLE_REPORTS[1]))


def test_a_gb18030_report_gives_the_records_of_its_utf8_original(corpus):
    extract = default_extractor().extract_report
    assert extract(read_report(corpus / "gb18030.txt")) == extract(read_report(SAMPLE_REPORTS[3]))
    assert legacy_encoding(corpus / "gb18030.txt") == "GB18030" and legacy_encoding(SAMPLE_REPORTS[3]) is None


def test_a_report_saved_as_gbk_keeps_its_papers(corpus):
    saved, original = read_report(corpus / "gbk.txt"), read_report(SAMPLE_REPORTS[0])
    assert [paper.paper_id for paper in saved.papers] == [paper.paper_id for paper in original.papers]
    assert default_extractor().extract_report(saved)  # its results are read


def _error_lines(stderr: str) -> list[str]:
    """stderr's lines but the progress lines a long run prints every few seconds (a busy machine makes any run long)."""
    return sorted(line for line in stderr.splitlines() if not line.startswith("metricsdb: ingesting: "))


def _no_traceback(completed: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in completed.stderr and "Traceback" not in completed.stdout, completed.stderr[-3000:]


def test_ingest_of_the_corpus_refuses_each_bad_file_on_one_line(database_url, corpus):
    completed = subprocess.run([*CLI, "ingest", *_arguments(corpus), "--db", database_url],
                               capture_output=True, text=True, timeout=300)
    _no_traceback(completed)
    assert completed.returncode == 1
    assert _error_lines(completed.stderr) == _expected_errors(corpus)
    assert completed.stdout.startswith(f"{len(ACCEPTED)} reports (0 replaced), ")
    assert f", {len(REFUSED) + 2 + sum(item.note_is_error for item in ACCEPTED)} errors -> " in completed.stdout
    with Store(database_url) as store:
        stored = assert_every_stored_report_complete(store)  # complete, bounded, no orphans
        assert sorted(stored) == sorted(str(corpus / item.name) for item in ACCEPTED)


def test_extract_of_the_corpus_refuses_each_bad_file_on_one_line(corpus):
    completed = subprocess.run([*CLI, "extract", *_arguments(corpus)], capture_output=True, text=True, timeout=300)
    _no_traceback(completed)
    assert completed.returncode == 1
    assert _error_lines(completed.stderr) == _expected_errors(corpus)
    expected = sum(len(default_extractor().extract_report(read_report(corpus / item.name))) for item in ACCEPTED)
    assert len(completed.stdout.splitlines()) == expected


INJECTION = "x'; DROP TABLE records; --"
METRIC_INJECTION = "x'; drop table records; --"  # metrics are stored lower-case, as the contract says


def test_sql_in_names_given_to_every_command_is_just_a_name(database_url, store):
    from typer.testing import CliRunner

    from metricsdb import cli

    from .store_helpers import make_record, make_report

    store.add(make_report(), [make_record(benchmark=INJECTION, model=INJECTION, metric=METRIC_INJECTION,
                                          subset=INJECTION)])
    for args, status in ((["leaderboard", INJECTION, "--subset", INJECTION], 0),
                         (["leaderboard", INJECTION, "--metric", INJECTION, "--subset", INJECTION], 0),
                         (["leaderboard", INJECTION], 0),  # its only board is a subset's: opened by default (ae22a37)
                         (["leaderboard", INJECTION, "--subset", "' OR '1'='1"], 1),
                         (["leaderboard", "' OR 1=1 --"], 1), (["leaderboard", INJECTION, "--metric", "' OR '1'='1"], 1),
                         (["benchmarks"], 0), (["benchmarks", "--subsets"], 0), (["stats"], 0)):
        result = CliRunner().invoke(cli.app, [*args, "--db", database_url])
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert "Traceback" not in result.output
        assert result.exit_code == status, (args, result.output)
        if status == 0 and args[0] != "stats":
            assert INJECTION in result.stdout  # shown as the name it is
    assert store.stats() == {"reports": 1, "papers": 3, "records": 1}
