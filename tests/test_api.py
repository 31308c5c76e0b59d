"""The Python API as a user imports it: `import metricsdb`."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import metricsdb
from metricsdb.errors import ReportError
from metricsdb.model import RECORD_FIELDS
from metricsdb.paths import default_database_path, resolve_database_url
from metricsdb.report import read_report

from .conftest import SAMPLE_REPORTS
from .store_helpers import make_record, make_report


def test_public_names():
    assert set(metricsdb.__all__) == {
        "Correction", "Extractor", "IngestSummary", "MetricsdbError", "Paper", "Record", "Report", "Store", "connect", "export",
        "extract",
        "sample_reports"}
    assert all(getattr(metricsdb, name) is not None for name in metricsdb.__all__)
    assert metricsdb.Record is metricsdb.model.Record and metricsdb.Report is metricsdb.model.Report
    with pytest.raises(AttributeError):
        metricsdb.no_such_name  # noqa: B018


def test_importing_metricsdb_does_not_load_the_database_layer():
    code = "import sys, metricsdb; print('sqlalchemy' in sys.modules, 'pandas' in sys.modules, 'pyarrow' in sys.modules)"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "False", "False"]


def test_the_command_line_loads_no_database_or_columnar_layer_until_a_command_needs_it():
    """`metricsdb extract` once peaked at 99 MB instead of 40 because two command modules imported
    SQLAlchemy and pyarrow when the CLI loaded."""
    code = "import sys, metricsdb.cli; print(*(m in sys.modules for m in ('sqlalchemy', 'pandas', 'pyarrow')))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "False", "False"]


def test_export_is_there_after_import_metricsdb(tmp_path):
    code = ("import metricsdb, pandas; records = metricsdb.extract(metricsdb.sample_reports()[0]); "
            "metricsdb.export.to_parquet(records, 'r.parquet'); print(len(records), len(pandas.read_parquet('r.parquet')))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    first, second = completed.stdout.split()
    assert int(first) > 0 and first == second


def test_sample_reports_are_the_bundled_reports():
    samples = metricsdb.sample_reports()
    assert [path.name for path in samples] == [path.name for path in SAMPLE_REPORTS]
    assert all(read_report(path).papers for path in samples)


def test_extract_accepts_text_a_file_or_a_folder():
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    from_file = metricsdb.extract(SAMPLE_REPORTS[0])
    assert metricsdb.extract(str(SAMPLE_REPORTS[0])) == from_file
    assert metricsdb.extract(text) == from_file
    every = [r for p in SAMPLE_REPORTS for r in metricsdb.extract(p)]
    assert metricsdb.extract(SAMPLE_REPORTS[0].parent) == every
    assert metricsdb.extract(metricsdb.sample_reports()) == every  # a list of paths
    assert metricsdb.extract([str(SAMPLE_REPORTS[1]), SAMPLE_REPORTS[0]]) == \
        metricsdb.extract(SAMPLE_REPORTS[1]) + from_file  # in the order given
    assert metricsdb.extract(iter(SAMPLE_REPORTS[:1])) == from_file  # any iterable


def test_extract_raises_report_errors(tmp_path):
    with pytest.raises(ReportError, match="no such file or folder"):
        metricsdb.extract(tmp_path / "missing.txt")
    with pytest.raises(ReportError, match="not a daily-papers report"):
        metricsdb.extract("just\nsome text")
    shutil.copy(SAMPLE_REPORTS[0], tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"\xfd\xfe not text")
    with pytest.raises(ReportError, match="b.txt: not UTF-8 text"):
        metricsdb.extract(tmp_path)


def test_connect_ingest_and_query(database_url):
    with metricsdb.connect(database_url) as store:
        summary = store.ingest(metricsdb.sample_reports())
        assert isinstance(summary, metricsdb.IngestSummary) and summary.errors == []
        assert store.stats() == {"reports": 4, "papers": 108, "records": summary.records}
        assert list(store.records().columns) == list(RECORD_FIELDS)
        assert len(store.records()) == summary.records == len(metricsdb.extract(SAMPLE_REPORTS[0].parent))
        assert repr(store) == f"Store({database_url!r})"


def test_store_add_then_leaderboard(database_url):
    with metricsdb.connect(database_url) as store:
        store.add(make_report(), [make_record(model="A", value=1.0), make_record(model="B", value=2.0)])
        board = store.leaderboard("aime-2025")
        assert board["model"].tolist() == ["B", "A"]
        assert store.benchmarks().to_dict("records") == [
            {"name": "AIME 2025", "records": 2, "score": 2, "delta": 0, "ratio": 0, "papers": 1}]


def test_database_url_resolution(tmp_path, monkeypatch):
    assert default_database_path() == tmp_path / "xdg" / "metricsdb" / "metricsdb.db"
    assert resolve_database_url() == f"sqlite:///{tmp_path}/xdg/metricsdb/metricsdb.db"
    assert (tmp_path / "xdg" / "metricsdb").is_dir()
    monkeypatch.setenv("METRICSDB_URL", "postgresql+psycopg://u@db/metrics")
    assert resolve_database_url() == "postgresql+psycopg://u@db/metrics"
    assert resolve_database_url(str(tmp_path / "given.db")) == f"sqlite:///{tmp_path}/given.db"
    assert resolve_database_url("sqlite://") == "sqlite://"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_database_path() == tmp_path / "home" / ".local" / "share" / "metricsdb" / "metricsdb.db"


def test_connect_uses_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("METRICSDB_URL", str(tmp_path / "env.db"))
    with metricsdb.connect() as store:
        store.add(make_report(), [make_record()])
    assert (tmp_path / "env.db").is_file()


def test_an_in_memory_database_works():
    with metricsdb.connect("sqlite://") as store:
        store.add(make_report(), [make_record()])
        assert store.stats()["records"] == 1
