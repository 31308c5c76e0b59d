"""Operating safely: the app's reach and shutdown, one-snapshot figures, masked URLs, a damaged
SQLite file refused before any write, and the write-ahead log folded back after each ingest."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from metricsdb import cli
from metricsdb.errors import StoreError
from metricsdb.store import Store, connect, mask_password

from .conftest import REPO, SAMPLE_REPORTS

runner = CliRunner()
HOLDOUT_REPORTS = sorted((REPO / "tests" / "data").glob("holdout*/*.txt"))


def run(*args):
    result = runner.invoke(cli.app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


# ---------------------------------------------------------------- URL masking

@pytest.mark.parametrize("password", ["p@ss", "a:b/c@d", "x?y@z/w", "pa%40ss", "s3cret/pw@x", "@@@@"])
def test_masking_hides_everything_between_the_scheme_and_the_host(password):
    url = f"postgresql+psycopg://reader:{password}@db.example:5432/metrics"
    masked = mask_password(url)
    assert masked == "postgresql+psycopg://***@db.example:5432/metrics"
    assert password not in masked


@pytest.mark.parametrize("url", ["sqlite:////data/run:2/metricsdb.db", "sqlite:///:memory:", "C:/runs/x.db"])
def test_a_url_without_a_user_part_is_shown_as_given(url):
    """A SQLite path with a colon showed as `sqlite://***b`: the part before a missing '@' was taken for
    a user with a password."""
    assert mask_password(url) == url


def test_an_unencoded_at_in_a_password_never_shows_in_an_error():
    url = "postgresql+psycopg://reader:hunter@two2@127.0.0.1:1/metrics"
    with pytest.raises(StoreError) as caught:
        connect(url)
    message = str(caught.value)
    assert "hunter" not in message and "two2" not in message and "\n" not in message
    assert message.startswith("cannot open database postgresql+psycopg://***@127.0.0.1:1/metrics")


# ---------------------------------------------------------------- one snapshot for several figures

def _prefix_states(reports: list[Path]) -> set[tuple[int, int, int]]:
    """(reports, papers, records) after each report of an ingest, one transaction each."""
    states = {(0, 0, 0)}
    with connect("sqlite://") as reference:  # in memory
        for index, report in enumerate(reports, 1):
            reference.ingest([report])
            counts = reference.stats()
            assert counts["reports"] == index
            states.add((counts["reports"], counts["papers"], counts["records"]))
    return states


def test_stats_are_one_snapshot_while_an_ingest_commits(database_url):
    reports = SAMPLE_REPORTS + HOLDOUT_REPORTS
    valid = _prefix_states(reports)
    seen: list[tuple[int, int, int]] = []
    with connect(database_url) as store, connect(database_url) as reader:
        writer = threading.Thread(target=lambda: [store.ingest([r]) for r in reports])
        writer.start()
        while writer.is_alive():
            counts = reader.stats()
            seen.append((counts["reports"], counts["papers"], counts["records"]))
        writer.join()
        final = reader.stats()
    assert (final["reports"], final["papers"], final["records"]) == max(valid)
    assert len(seen) > 20, "the reader should have looked many times during the ingest"
    assert set(seen) <= valid, f"inconsistent snapshots: {sorted(set(seen) - valid)[:5]}"


# ---------------------------------------------------------------- SQLite: damage and the WAL

def _damage(path: Path) -> None:
    """Overwrite four pages in the middle of a SQLite file with noise (a disk or copy gone wrong)."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek((size // 2) // 4096 * 4096)
        f.write(bytes(range(256)) * 64)


def test_a_damaged_sqlite_file_is_refused_before_anything_is_written(tmp_path):
    db = tmp_path / "m.db"
    assert run("ingest", "--db", db).exit_code == 0
    _damage(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run("ingest", SAMPLE_REPORTS[0], "--db", db)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "the database file is damaged" in line and "nothing was written" in line and str(db) in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_a_sound_file_is_checked_once_and_written(tmp_path):
    with Store(str(tmp_path / "m.db")) as store:
        store.ingest(SAMPLE_REPORTS[:1])
        assert store._checked_before_writing
        store.ingest(SAMPLE_REPORTS[1:2])
        assert store.stats()["reports"] == 2


def test_each_ingest_leaves_no_write_ahead_log_behind(tmp_path):
    db = tmp_path / "m.db"
    assert run("ingest", "--db", db).exit_code == 0
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with Store(str(db)) as store:
        store.ingest(SAMPLE_REPORTS[:1])
        with store._engine.connect() as conn:  # another reader sees everything from the main file
            assert conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()[1] == 0  # nothing left to move


# ---------------------------------------------------------------- the app: loopback by default, stopped with its command

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of sockets listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def _serving(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_app_listens_on_loopback_and_stops_with_its_command(tmp_path, stop):
    port = _free_port()
    db = tmp_path / "m.db"
    connect(str(db)).close()  # the app reads an existing database (a missing file is refused)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "metricsdb", "app", "--db", str(db), "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while not _serving(port):
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.5)
        assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1 only
        process.send_signal(stop)
        assert process.wait(timeout=30) == 128 + stop
        assert not _serving(port) and not _listening_addresses(port)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


def test_opening_the_app_to_the_network_warns_that_it_has_no_login(tmp_path, monkeypatch):
    seen = {}
    monkeypatch.setattr(cli, "_run_until_stopped", lambda command, env: seen.setdefault("command", command) and 0)
    connect(str(tmp_path / "m.db")).close()
    port = _free_port()  # 8501, the default, may be another app's on a shared machine
    result = run("app", "--db", tmp_path / "m.db", "--host", "0.0.0.0", "--port", port)
    assert result.exit_code == 0
    assert "no login" in result.stderr and f"0.0.0.0:{port}" in result.stderr
    assert seen["command"][seen["command"].index("--server.address") + 1] == "0.0.0.0"
    quiet = run("app", "--db", tmp_path / "m.db", "--port", port)
    assert "no login" not in quiet.stderr


def test_a_port_in_use_is_one_line_naming_it_and_no_server_starts(tmp_path, monkeypatch):
    """Streamlit said only "<time> Port 8501 is not available"; a host that cannot be served says why too."""
    started = []
    monkeypatch.setattr(cli, "_run_until_stopped", lambda command, env: started.append(command) or 0)
    connect(str(tmp_path / "m.db")).close()
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run("app", "--db", tmp_path / "m.db", "--port", port)
    assert result.exit_code == 1 and started == []
    assert result.stderr.splitlines() == [
        f"metricsdb: cannot serve the app on 127.0.0.1:{port}: in use (another app or server?): pick another with --port N"]
    unknown = run("app", "--db", tmp_path / "m.db", "--host", "no-such-host.invalid")
    assert unknown.exit_code == 1 and started == []
    [line] = unknown.stderr.splitlines()  # the host's problem, not the warning that it opens the app to a network
    assert line.startswith("metricsdb: cannot serve the app on no-such-host.invalid:8501: ")
    for port in (65536, 99999, -1):  # 99999 was a traceback from bind(), -1 "Servname not supported for ai_socktype"
        out_of_range = run("app", "--db", tmp_path / "m.db", "--port", port)
        assert out_of_range.exit_code == 1 and started == []
        assert out_of_range.stderr.splitlines() == [
            f"metricsdb: cannot serve the app on 127.0.0.1:{port}: not a port (1-65535, or 0 for any free one)"]


# ---------------------------------------------------------------- standard input and progress

def test_extract_and_ingest_read_a_report_from_standard_input(tmp_path):
    text = SAMPLE_REPORTS[1].read_text(encoding="utf-8")
    from_file = runner.invoke(cli.app, ["extract", str(SAMPLE_REPORTS[1])])
    from_stdin = runner.invoke(cli.app, ["extract", "-"], input=text)
    assert from_stdin.exit_code == 0 and from_stdin.stdout == from_file.stdout != ""
    db = tmp_path / "m.db"
    stored = runner.invoke(cli.app, ["ingest", "-", str(SAMPLE_REPORTS[0]), "--db", str(db), "--jobs", "2"], input=text)
    assert stored.exit_code == 0, stored.output
    assert stored.stdout.startswith("2 reports (0 replaced), 55 papers")
    with connect(str(db)) as store:
        assert store.stats()["reports"] == 2


def test_empty_standard_input_is_one_line_naming_it(tmp_path):
    result = runner.invoke(cli.app, ["ingest", "-", "--db", str(tmp_path / "m.db")], input="")
    assert result.exit_code == 1 and result.stderr.strip() == "metricsdb: <stdin>: empty input"


def test_progress_counts_papers_and_logs_lines_when_not_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_LOG_SECONDS", 0.0)
    result = runner.invoke(cli.app, ["ingest", str(SAMPLE_REPORTS[0]), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("metricsdb: ingesting: ")]
    done = [int(line.split()[2].replace(",", "")) for line in lines]
    assert done == sorted(done) and len(lines) >= 10  # a line per paper at this interval, inside one file
    assert lines[0].startswith("metricsdb: ingesting: 1 of 33 papers (3%), 0 of 1 files done")
