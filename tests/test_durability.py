"""Concurrency and durability on both backends: parallel ingest processes, re-ingest, newer versions of a
report, and processes killed mid-way. Every ingest here is a real `metricsdb` process."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractors import default_extractor
from metricsdb.model import Record
from metricsdb.record_id import with_record_ids
from metricsdb.report import parse_report
from metricsdb.store import Store

from .conftest import SAMPLE_REPORTS
from .report_corpus import CLI, assert_every_stored_report_complete, content, plain_records, write_report_copies

PARALLEL = 4


@pytest.fixture(scope="module")
def report_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """8 distinct reports (the samples twice, dated different days): 216 papers."""
    folder = tmp_path_factory.mktemp("reports")
    write_report_copies(folder, 8)
    return folder


@pytest.fixture(scope="module")
def one_ingest(report_folder: Path) -> tuple[dict[str, int], list]:
    """What a single ingest of the folder stores."""
    with Store("sqlite://") as single:
        single.ingest(report_folder)
        return content(single)


def _ingest_processes(url: str, orders: list[list[Path]]) -> list[tuple[int, str, str]]:
    processes = [subprocess.Popen([*CLI, "ingest", *map(str, order), "--db", url], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for order in orders]
    return [(process.wait(timeout=300), *process.communicate()) for process in processes]


def test_four_ingests_at_once_store_exactly_what_one_stores(database_url, report_folder, one_ingest):
    files = sorted(report_folder.glob("*.txt"))
    step = len(files) // PARALLEL
    orders = [files[i * step:] + files[:i * step] for i in range(PARALLEL)]  # each starts on other reports
    for situation in ("new database", "every report already stored"):
        before = content(Store(database_url))[0]
        started = time.monotonic()
        results = _ingest_processes(database_url, orders)
        elapsed = time.monotonic() - started
        for returncode, stdout, stderr in results:
            # a progress line every 5 s is what a slow ingest on a busy machine writes, not a problem
            problems = [line for line in stderr.splitlines() if not line.startswith("metricsdb: ingesting: ")]
            assert returncode == 0 and problems == [], stderr
            assert stdout.startswith(f"{len(files)} reports (")
        with Store(database_url) as opened:
            assert content(opened) == one_ingest, situation
            assert_every_stored_report_complete(opened)
        print(f"\n{database_url.split(':')[0]}, {situation}: {PARALLEL} ingests of {len(files)} reports at once, "
              f"records {before['records']} -> {one_ingest[0]['records']} (one ingest: {one_ingest[0]['records']}), "
              f"{elapsed:.1f}s")


def test_ingesting_again_is_idempotent_and_a_newer_version_replaces(database_url, tmp_path):
    path = tmp_path / "daily.txt"
    shutil.copy(SAMPLE_REPORTS[0], path)
    with Store(database_url) as opened:
        assert opened.ingest(path).replaced == 0
        first = content(opened)
        assert opened.ingest(path).replaced == 1 and opened.ingest(path).replaced == 1
        assert content(opened) == first

        text = path.read_text(encoding="utf-8")
        corrected = next(r for r in plain_records(opened)  # a stored number that the next version corrects
                         if r.kind == "score" and f"{r.value:g}%" in r.evidence and text.count(r.evidence) == 1)
        old_number = f"{corrected.value:g}%"
        new_evidence = corrected.evidence.replace(old_number, f"{corrected.value + 1.5:g}%")
        newer = text[:text.rindex("## 📄")].replace(corrected.evidence, new_evidence)  # and the last paper gone
        path.write_text(newer, encoding="utf-8")
        summary = opened.ingest(path)
        assert (summary.reports, summary.replaced, summary.errors) == (1, 1, [])
        expected = with_record_ids(default_extractor().extract_report(parse_report(newer, str(path))))
        assert plain_records(opened) == expected
        assert opened.stats() == {"reports": 1, "papers": first[0]["papers"] - 1, "records": len(expected)}
        evidence = {record.evidence for record in plain_records(opened)}
        assert new_evidence in evidence and corrected.evidence not in evidence


def test_a_copy_cut_short_does_not_replace_the_stored_report(database_url, tmp_path):
    """A copy of a stored report that stops mid-file (a download cut short, a partial copy) used to replace
    it: 1 paper stored instead of 30, every later record gone, though the ingest itself said 1 error."""
    path = tmp_path / "daily.txt"
    shutil.copy(SAMPLE_REPORTS[0], path)
    text = path.read_text(encoding="utf-8")
    with Store(database_url) as opened:
        opened.ingest(path)
        stored = content(opened)
    second = text.index("## 📄", text.index("## 📄") + 1)
    cuts = {"before its results": text[:text.index("实验效果", second) - 8],
            "inside its results": text[:text.index("实验效果", second) + 40]}
    for where, cut in cuts.items():
        short = tmp_path / "short.txt"
        short.write_text(cut, encoding="utf-8")
        result = subprocess.run([*CLI, "ingest", str(short), "--db", database_url], capture_output=True, text=True)
        assert result.returncode == 1, where
        [line] = result.stderr.splitlines()
        assert line.startswith(f"metricsdb: {short}: cut short? ") and f"the stored copy ({path}) is kept" in line, line
        assert result.stdout.startswith("0 reports (0 replaced), 0 papers"), where
        with Store(database_url) as opened:
            assert content(opened) == stored, where
    newer = text[:text.rindex("## 📄")]  # a newer version without its last paper still replaces
    short.write_text(newer, encoding="utf-8")
    with Store(database_url) as opened:
        assert opened.ingest(short).replaced == 1
        assert opened.stats()["papers"] == stored[0]["papers"] - 1


def test_a_bad_row_mid_report_leaves_that_report_as_it_was(database_url, tmp_path):
    path = tmp_path / "daily.txt"
    shutil.copy(SAMPLE_REPORTS[1], path)
    other = tmp_path / "other.txt"
    shutil.copy(SAMPLE_REPORTS[2], other)
    with Store(database_url) as opened:
        opened.ingest(path)
        before = content(opened)
        class WithABadLastRecord:
            def extract_report(self, report, on_paper=None):
                records = default_extractor().extract_report(report, on_paper)
                if report.path == str(path):  # unchecked, as a buggy extractor could build it
                    records.append(Record.model_construct(**{**records[-1].__dict__, "value": float("inf")}))
                return records

        summary = opened.ingest([path, other], extractor=WithABadLastRecord())
        assert summary.reports == 1 and len(summary.errors) == 1
        assert summary.errors[0].startswith(f"{path}: a record of paper ") and "inf" in summary.errors[0]
        assert opened.stats()["reports"] == 2
        with Store("sqlite://") as expected:
            expected.ingest(other)
            other_content = content(expected)
        after = content(opened)
        assert after[1] == sorted(before[1] + other_content[1])  # the first report untouched, the other stored
        assert_every_stored_report_complete(opened)


KILL_INSIDE_THE_TRANSACTION = """
import os, signal, sys
from metricsdb import store
real = store._insert_records
def insert_then_die(*args, **kwargs):
    real(*args, **kwargs)  # the report's papers and records are written, not committed
    os.kill(os.getpid(), signal.SIGKILL)
store._insert_records = insert_then_die
from metricsdb.cli import main
sys.argv[0] = "metricsdb"
main()
"""


def test_a_process_killed_inside_a_report_transaction_changes_nothing(database_url, tmp_path):
    """Deterministic: SIGKILL after the old rows are deleted and the new ones written, before commit."""
    kept = tmp_path / "kept.txt"
    shutil.copy(SAMPLE_REPORTS[0], kept)
    with Store(database_url) as opened:
        opened.ingest(kept)
        before = content(opened)
    newer = kept.read_text(encoding="utf-8").replace("84.1%", "86.3%")
    kept.write_text(newer, encoding="utf-8")
    fresh = tmp_path / "fresh.txt"
    shutil.copy(SAMPLE_REPORTS[3], fresh)
    for target in (kept, fresh):  # a replacement, then a report not stored yet
        killed = subprocess.run([sys.executable, "-c", KILL_INSIDE_THE_TRANSACTION, "ingest", str(target),
                                 "--db", database_url], capture_output=True, text=True, timeout=300)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        with Store(database_url) as opened:
            assert content(opened) == before, target.name
            assert_every_stored_report_complete(opened)


def test_an_ingest_killed_mid_way_leaves_only_complete_reports(database_url, tmp_path):
    folder = tmp_path / "many"
    files = write_report_copies(folder, 24)
    process = subprocess.Popen([*CLI, "ingest", str(folder), "--db", database_url],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with Store(database_url) as watcher:
        deadline = time.monotonic() + 120
        while watcher.stats()["reports"] < 3 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        assert process.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
        stored = assert_every_stored_report_complete(watcher)
        assert 3 <= len(stored) < len(files)
        print(f"\n{database_url.split(':')[0]}: killed after {len(stored)} of {len(files)} reports; "
              f"each stored report complete ({sum(r for _, r in stored.values())} records), no orphans")

        again = subprocess.run([*CLI, "ingest", str(folder), "--db", database_url], capture_output=True, text=True,
                               timeout=300)
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith(f"{len(files)} reports ({len(stored)} replaced)")
        assert len(assert_every_stored_report_complete(watcher)) == len(files)
