"""`metricsdb ingest --jobs N` behaves like one process, and the benchmark (bench/run.py) runs end to end.

No timing is asserted here: the figures are bench/run.py's job (bench/RESULTS.md).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from metricsdb import cli
from metricsdb.store import LEADERBOARD_COLUMNS, Store

from .conftest import SAMPLE_REPORTS

runner = CliRunner()


def _bad_inputs(tmp_path: Path) -> tuple[list[Path], list[str]]:
    """A folder of two sample reports and two bad files, and a missing path; the error lines they give."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for sample in SAMPLE_REPORTS[:2]:
        shutil.copy(sample, folder / sample.name)
    (folder / "b_binary.txt").write_bytes(b"\x00\x01binary")
    (folder / "c_notes.md").write_text("# notes\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    return [folder, missing], [
        f"metricsdb: {missing}: no such file or folder",
        f"metricsdb: {folder / 'b_binary.txt'}: binary file, not a text report",
        f"metricsdb: {folder / 'c_notes.md'}: not a daily-papers report (no '**Date**:' header, no papers)",
    ]


def test_ingest_jobs_stores_what_one_process_stores_and_reports_each_bad_file(tmp_path, monkeypatch):
    inputs, expected_errors = _bad_inputs(tmp_path)
    monkeypatch.setattr(cli, "PROGRESS_LOG_SECONDS", float("inf"))  # on a busy machine a progress line would join the errors
    outputs = {}
    for jobs in ("1", "2"):
        url = f"sqlite:///{tmp_path / f'jobs{jobs}.db'}"
        result = runner.invoke(cli.app, ["ingest", *map(str, inputs), "--db", url, "--jobs", jobs])
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert sorted(result.stderr.splitlines()) == sorted(expected_errors)
        assert result.stdout.startswith("2 reports (0 replaced), 55 papers, ") and ", 3 errors -> " in result.stdout
        with Store(url) as store:
            outputs[jobs] = (result.stdout.split(" -> ")[0], store.records())
    assert outputs["1"][0] == outputs["2"][0]
    assert outputs["1"][1].equals(outputs["2"][1])  # same records, same order


def test_ingest_jobs_counts_the_papers_of_each_file_a_worker_returns(tmp_path, monkeypatch):
    inputs, _ = _bad_inputs(tmp_path)
    monkeypatch.setattr(cli, "PROGRESS_LOG_SECONDS", 0.0)  # a progress line at every step (stderr is no terminal)
    result = runner.invoke(cli.app, ["ingest", *map(str, inputs), "--db", str(tmp_path / "x.db"), "-j", "2"])
    assert result.exit_code == 1
    lines = [line.split(", ")[0] for line in result.stderr.splitlines() if line.startswith("metricsdb: ingesting: ")]
    assert lines == ["metricsdb: ingesting: 33 of 55 papers (60%)", "metricsdb: ingesting: 55 of 55 papers (100%)"]


def test_store_ingest_jobs_calls_on_file_in_file_order(tmp_path):
    inputs, _ = _bad_inputs(tmp_path)
    calls: list[tuple[str, bool]] = []
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        summary = store.ingest(inputs, jobs=2, on_file=lambda path, error: calls.append((path.name, error is None)))
        again = store.ingest(inputs[0], jobs=2)
    assert calls == [(SAMPLE_REPORTS[0].name, True), (SAMPLE_REPORTS[1].name, True),
                     ("b_binary.txt", False), ("c_notes.md", False)]
    assert (summary.reports, summary.papers, len(summary.errors)) == (2, 55, 3)
    assert (again.reports, again.replaced) == (2, 2)


def test_leaderboard_rows_are_the_leaderboard_without_a_dataframe(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        store.ingest(SAMPLE_REPORTS)
        names = store.benchmarks()["name"].tolist()
        assert names
        for name in names:
            for kind in ("score", "delta"):
                try:
                    frame = store.leaderboard(name, kind=kind)
                except Exception as exc:  # noqa: BLE001  # a benchmark without this kind: both refuse alike
                    assert type(exc).__name__ == "NotInDatabaseError"
                    continue
                board = store.leaderboard_rows(name, kind=kind)
                assert {**board.attrs, "value_column": frame.attrs["value_column"]} == frame.attrs
                assert len(board) == len(frame) and all(len(row) == len(LEADERBOARD_COLUMNS) for row in board.rows)
                assert [row[:3] for row in board.rows] == list(zip(frame.index, frame["model"],
                                                                   frame[frame.attrs["value_column"]]))


# the benchmark itself

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_make_corpus_writes_exactly_n_fresh_papers(tmp_path):
    import subprocess
    import sys

    from metricsdb.report import read_report

    completed = subprocess.run([sys.executable, str(BENCH / "make_corpus.py"), "130", str(tmp_path / "corpus")],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    reports = [read_report(path) for path in sorted((tmp_path / "corpus").glob("*.txt"))]
    ids = [paper.paper_id for report in reports for paper in report.papers]
    assert len(ids) == len(set(ids)) == 130
    assert len({report.date for report in reports}) == len(reports) == 5  # 33 + 22 + 23 + 30 + 22
    sample_ids = {paper.paper_id for path in SAMPLE_REPORTS for paper in read_report(path).papers}
    assert not sample_ids & set(ids)


def test_bench_run_small_writes_every_figure(tmp_path):
    import json
    import subprocess
    import sys

    out = tmp_path / "bench.json"
    completed = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--papers", "200", "--leaderboard-records", "5000", "--queries", "10",
         "--jobs", "2", "--small-fraction", "0.5", "--json", str(out), "--quiet"],
        capture_output=True, text=True, timeout=240,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "papers/s" in completed.stdout and "target" in completed.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["corpus"]["papers"] == 200
    for step in ("extract_cli", "extract_api", "floor"):
        assert {"papers_per_s", "mb_per_s", "seconds", "peak_rss_mb"} <= set(results[step])
    assert {"api_over_floor", "cli_over_floor_process"} <= set(results["ratio"])
    ingest = results["ingest"]
    assert {"sqlite_jobs_1", "sqlite_jobs_2", "speedup", "sqlite_store"} <= set(ingest)
    assert ingest["sqlite_jobs_1"]["papers"] == ingest["sqlite_jobs_2"]["papers"] == 200
    assert ingest["sqlite_jobs_1"]["records"] == ingest["sqlite_jobs_2"]["records"] == results["corpus"]["records"]
    assert {"papers_per_s", "records_per_s", "peak_rss_mb"} <= set(ingest["sqlite_jobs_1"])
    assert {"records_per_s", "seconds"} <= set(ingest["sqlite_store"]["fresh"])
    board = results["leaderboard"]
    assert board["records"] == 5000 and board["full_scans"] == []
    for sampling in ("uniform", "by_records"):
        assert {"median_ms", "p95_ms"} <= set(board[sampling]["dataframe"])
    assert set(results["memory"]["peak_rss_mb"]) == {"extract_cli", "extract_api", "ingest_jobs_1", "ingest_jobs_2"}
    assert results["targets"] and all(isinstance(check["holds"], bool) for check in results["targets"].values())
