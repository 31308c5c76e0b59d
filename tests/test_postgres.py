"""PostgreSQL as a metricsdb database: init-db, URLs users type, and one-line connection errors.

The storage, CLI and API suites run on PostgreSQL through the `database_url` fixture; this file holds
what only a database server has (passwords, unreachable hosts, a database dropped mid-ingest) and
checks the session's throwaway server itself.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from extractors import default_extractor
from metricsdb import cli
from metricsdb import store as store_module
from metricsdb.errors import StoreError
from metricsdb.store import NotInDatabaseError, Store, mask_password, metadata

from .conftest import REPO, SAMPLE_REPORTS
from .postgres_server import SECRET_PASSWORD, SECRET_ROLE, PostgresServer, find_postgres_bin

runner = CliRunner()
DATABASE_COMMANDS = [["ingest"], ["init-db"], ["leaderboard", "AIME 2025"], ["benchmarks"], ["stats"], ["app"]]


def run(*args: str):
    result = runner.invoke(cli.app, [str(arg) for arg in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


# init-db, on both backends

def test_init_db_creates_the_schema_once(database_url):
    first = run("init-db", "--db", database_url)
    assert first.exit_code == 0, first.output
    assert first.stdout == f"created tables {', '.join(metadata.tables)} -> {database_url}\n"
    again = run("init-db", "--db", database_url)
    assert again.exit_code == 0 and again.stdout == f"tables already there -> {database_url}\n"
    with Store(database_url) as opened:
        assert opened.created_tables == [] and opened.stats() == {"reports": 0, "papers": 0, "records": 0}


def test_stores_opened_at_once_on_a_new_database_all_find_one_schema(database_url):
    """Parallel ingests open a new database together: creating the tables must not race."""
    script = ("import sys; from metricsdb.store import Store; s = Store(sys.argv[1]); "
              "print(','.join(s.created_tables)); s.close()")
    processes = [subprocess.Popen([sys.executable, "-c", script, database_url], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, outputs
    assert sorted(out.strip() for out, _ in outputs) == ["", "", "", ",".join(metadata.tables)]


# PostgreSQL only

@pytest.fixture
def secret_database(postgres_server: PostgresServer):
    """A database owned by the role that logs in with a password; the server's URL for it."""
    if not postgres_server.own_server:
        pytest.skip("the password role exists only on the server this session starts")
    name = postgres_server.create_database(owner=SECRET_ROLE)
    yield postgres_server, name
    postgres_server.drop_database(name)


def test_a_password_protected_database_works_and_never_shows_the_password(secret_database):
    server, name = secret_database
    url = server.url(name, user=SECRET_ROLE, password=SECRET_PASSWORD)
    assert SECRET_PASSWORD not in mask_password(url)
    result = run("ingest", SAMPLE_REPORTS[0], "--db", url)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 reports (0 replaced), 33 papers, ")
    assert result.stdout.rstrip().endswith(f"-> postgresql+psycopg://***@" + url.rsplit("@", 1)[-1])
    assert "s3cret" not in result.output
    with Store(url) as opened:
        assert opened.stats()["reports"] == 1 and "s3cret" not in repr(opened)


@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=lambda args: args[0])
def test_a_wrong_password_is_one_masked_line_and_exit_2(secret_database, command):
    server, name = secret_database
    url = server.url(name, user=SECRET_ROLE, password="wrong/pass@word")
    result = run(*command, "--db", url)
    assert result.exit_code == 2
    [line] = [line for line in result.stderr.splitlines() if "cannot open database" in line]
    assert line.startswith(f"metricsdb: cannot open database postgresql+psycopg://***@127.0.0.1:")
    assert "password authentication failed" in line
    assert "wrong" not in result.output and "pass@word" not in result.output


@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=lambda args: args[0])
def test_every_command_reports_an_unreachable_server_on_one_line(command):
    url = "postgresql+psycopg://reader:pa/ss@127.0.0.1:1/metrics?password=other-secret"
    result = run(*command, "--db", url)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "metricsdb: cannot open database postgresql+psycopg://***@127.0.0.1:1/metrics?password=***: "
        'connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused')
    assert "pa/ss" not in result.output and "other-secret" not in result.output


@pytest.mark.parametrize("url, problem", [
    ("postgresql+psycopg://u:pw@127.0.0.1:notaport/db", "not a valid URL"),
    ("postgresql+psycopg2://u:pw@127.0.0.1:1/db", "No module named 'psycopg2'"),
    ("nosuchdb://u:pw@host/db", "'nosuchdb://' is no database metricsdb stores in: a SQLite file"),  # was "Can't load plugin"
])
def test_malformed_urls_are_one_line(url, problem):
    result = run("stats", "--db", url)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("metricsdb: cannot open database ") and problem in line and ":pw@" not in line


def test_a_plain_postgresql_url_uses_psycopg(postgres_database):
    """`postgresql://` (SQLAlchemy's default driver is psycopg2, not installed) and `postgres://` work."""
    plain = postgres_database.replace("postgresql+psycopg://", "postgresql://")
    assert run("init-db", "--db", plain).stdout == f"created tables {', '.join(metadata.tables)} -> {plain}\n"
    short = postgres_database.replace("postgresql+psycopg://", "postgres://")
    assert run("ingest", SAMPLE_REPORTS[0], "--db", short).exit_code == 0
    assert Store(postgres_database).stats()["reports"] == 1


def test_a_server_that_never_answers_times_out_with_one_line(monkeypatch):
    """libpq waits forever by default; metricsdb gives up after CONNECT_TIMEOUT_S."""
    monkeypatch.setattr(store_module, "CONNECT_TIMEOUT_S", 1)
    with socket.socket() as silent:  # accepts the TCP connection, never speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"postgresql+psycopg://u:secret-pw@127.0.0.1:{silent.getsockname()[1]}/db"
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            Store(url)
    assert time.monotonic() - started < 15
    message = str(caught.value)
    assert message.startswith("cannot open database postgresql+psycopg://***@127.0.0.1:") and "timeout" in message
    assert "secret-pw" not in message and "\n" not in message


def test_a_database_lost_mid_ingest_stops_it_with_one_line(postgres_server, monkeypatch, tmp_path):
    name = postgres_server.create_database()
    url = postgres_server.url(name)
    calls = []

    class LosingTheDatabase:
        def extract_report(self, report, on_paper=None):
            calls.append(report)
            if len(calls) == 2:
                postgres_server.drop_database(name)
            return default_extractor().extract_report(report, on_paper)

    monkeypatch.setattr(cli, "build_extractor", lambda *args, **options: LosingTheDatabase())
    result = run("ingest", *SAMPLE_REPORTS, "--db", url)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"metricsdb: database error on {url}: ")
    assert line.endswith("; stopped after storing 1 of 4 reports")
    assert len(calls) == 2  # no attempt at the reports after the loss


# The session's server

def test_the_test_server_is_a_real_postgresql(postgres_database):
    with Store(postgres_database) as opened:
        with opened._engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version_num").scalar_one()
    assert int(version) >= 120000


def test_missing_postgresql_binaries_fail_in_ci_and_skip_locally(tmp_path):
    """No silent skip in CI: there scripts/test installs postgresql, and a missing server is an error."""
    (tmp_path / "conftest.py").write_text(
        "import tests.postgres_server as pg\n"
        "pg.find_postgres_bin = lambda: None\n"
        "pytest_plugins = ['tests.postgres_server']\n"
    )
    (tmp_path / "test_needs_postgres.py").write_text("def test_needs_postgres(postgres_database):\n    pass\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    env.pop("METRICSDB_TEST_POSTGRES_URL", None)
    for ci, outcome, message in ((None, "1 skipped", "SKIPPED*PostgreSQL server binaries not found*"),
                                 ("1", "1 error", "*CI must run the PostgreSQL tests*")):
        if ci:
            env["CI"] = ci
        else:
            env.pop("CI", None)
        completed = subprocess.run([sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", str(tmp_path)],
                                   cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        pytest.LineMatcher(completed.stdout.splitlines()).fnmatch_lines([message, f"*{outcome}*"])
        assert (completed.returncode == 0) == (ci is None), completed.stdout


def test_the_server_binaries_are_found_where_debian_puts_them():
    found = find_postgres_bin()
    if found is None:
        pytest.skip("no PostgreSQL binaries here")
    assert (found / "initdb").is_file() and (found / "pg_ctl").is_file()


def test_postgresql_gives_the_same_records_benchmarks_and_leaderboards_as_sqlite(postgres_database, tmp_path):
    with Store(f"sqlite:///{tmp_path / 'same.db'}") as sqlite, Store(postgres_database) as postgres:
        for opened in (sqlite, postgres):
            opened.ingest([*SAMPLE_REPORTS, *sorted((REPO / "tests" / "data" / "holdout").glob("*.txt"))])
        assert sqlite.stats() == postgres.stats()
        assert sqlite.records().equals(postgres.records())
        assert sqlite.benchmarks().equals(postgres.benchmarks())
        assert sqlite.models().equals(postgres.models())
        compared = 0
        for name in sqlite.benchmarks()["name"]:
            for kind in ("score", "delta", "ratio"):
                try:
                    board = sqlite.leaderboard(name, kind=kind)
                except NotInDatabaseError as exc:
                    with pytest.raises(NotInDatabaseError, match=re.escape(str(exc))):
                        postgres.leaderboard(name, kind=kind)
                    continue
                other = postgres.leaderboard(name, kind=kind)
                assert board.equals(other) and board.attrs == other.attrs, (name, kind)
                compared += 1
        assert compared > 100
