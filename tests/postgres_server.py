"""A throwaway PostgreSQL server for the test session, and one fresh database per test.

`postgres_server` (session scope) uses the server named by $METRICSDB_TEST_POSTGRES_URL when it is
set (its role needs CREATEDB); otherwise it runs `initdb` into a temporary folder and starts a
server on 127.0.0.1 on a free port, stopped with `pg_ctl stop -m fast` and removed at the end of the
session. `initdb` refuses to run as root, so as root the server runs as the `postgres` user.

The binaries are looked up under /usr/lib/postgresql/*/bin (Debian), then on PATH. When they are
missing the PostgreSQL tests fail if $CI is set (CI must not pass by skipping them: scripts/test
installs postgresql) and are skipped with the reason otherwise.

Test databases use a linguistic (ICU en-US) collation when the server supports it, as a typical
production database does, so a query whose order depends on the collation shows up as a difference
from SQLite.
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

POSTGRES_URL_ENV = "METRICSDB_TEST_POSTGRES_URL"
DRIVER = "postgresql+psycopg"
SECRET_ROLE = "metricsdb_secret"  # a role that must log in with a password, for the error-message tests
SECRET_PASSWORD = "s3cret/pw@x"   # '/' and '@' inside: the masking must still hide all of it
_counter = itertools.count(1)


def find_postgres_bin() -> Optional[Path]:
    """The folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/<version>/bin, else PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: [int(part) if part.isdigit() else 0 for part in Path(path).parts[-3].split(".")])
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    admin_url: str                      # psycopg conninfo URL of a maintenance database
    own_server: bool                    # started by this session: the password role exists
    _admin: Optional[psycopg.Connection] = field(default=None, repr=False)
    _icu: Optional[bool] = None

    def _connection(self) -> psycopg.Connection:
        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(self.admin_url, autocommit=True)
        return self._admin

    def url(self, database: str, *, user: Optional[str] = None, password: Optional[str] = None) -> str:
        """SQLAlchemy URL of `database` on this server."""
        url = make_url(self.admin_url).set(drivername=DRIVER, database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def create_database(self, owner: Optional[str] = None) -> str:
        """A new empty database; returns its name."""
        name = f"metricsdb_test_{os.getpid()}_{next(_counter)}"
        conn = self._connection()
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        if self._icu is not False:
            try:
                conn.execute(statement + sql.SQL(
                    " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"))
                self._icu = True
                return name
            except psycopg.Error:
                if self._icu:
                    raise
                self._icu = False  # a server without ICU: its default collation then
        conn.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test database, ending the connections a test left open."""
        self._connection().execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def close(self) -> None:
        if self._admin is not None:
            self._admin.close()


class _LocalServer:
    """initdb + pg_ctl in a temporary folder; as root, run as the postgres user."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="metricsdb-pg-"))
        self.data = self.root / "data"
        self.as_root = os.geteuid() == 0
        self.started = False
        if self.as_root:
            import pwd

            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                shutil.rmtree(self.root)
                raise RuntimeError("running as root and there is no 'postgres' user to run initdb as") from None
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self.account = account

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            runuser = shutil.which("runuser")
            command = ([runuser, "-u", "postgres", "--", *command] if runuser
                       else ["su", "postgres", "-s", "/bin/sh", "-c", subprocess.list2cmdline(command)])
        completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if completed.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({completed.returncode}): "
                               f"{completed.stderr.strip() or completed.stdout.strip()}\n{tail}")
        return completed

    def start(self) -> int:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                  "--auth=trust", "--no-sync")
        hba = self.data / "pg_hba.conf"  # the password role must authenticate; everyone else is trusted
        hba.write_text(
            "local all all trust\n"
            f"host all {SECRET_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        if self.as_root:
            os.chown(hba, self.account.pw_uid, self.account.pw_gid)
        options = ("-c listen_addresses=127.0.0.1 -c unix_socket_directories={sock} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 "
                   "-c shared_buffers=32MB -p {port}")
        for attempt in range(3):  # a free port may be taken between choosing and binding it
            port = _free_port()
            try:
                self._run("pg_ctl", "start", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                          "-t", "60", "-o", options.format(sock=self.root, port=port))
            except RuntimeError:
                if attempt == 2:
                    raise
                continue
            self.started = True
            return port
        raise AssertionError("unreachable")

    def stop(self) -> None:
        if self.started:
            self.started = False
            try:
                self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w", timeout=60)
            except (RuntimeError, subprocess.TimeoutExpired):
                self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w", timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the server directly carry the `postgres` marker too (database_url's PostgreSQL
    parameter has it), so `-m postgres` / `-m "not postgres"` split the suite by server."""
    for item in items:
        if "postgres_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server of this test session (see the module docstring)."""
    given = os.environ.get(POSTGRES_URL_ENV)
    if given:
        server = PostgresServer(make_url(given).set(drivername="postgresql").render_as_string(hide_password=False),
                                own_server=False)
        yield server
        server.close()
        return
    bindir = find_postgres_bin()
    if bindir is None:
        reason = ("PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb, no initdb on PATH): "
                  f"install postgresql (scripts/test does) or set {POSTGRES_URL_ENV}")
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}", pytrace=False)
        pytest.skip(reason)
    local = _LocalServer(bindir)
    atexit.register(local.stop)  # also when the session is interrupted before the fixture's teardown
    port = local.start()
    server = PostgresServer(f"postgresql://postgres@127.0.0.1:{port}/postgres", own_server=True)
    try:
        server._connection().execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(SECRET_ROLE), sql.Literal(SECRET_PASSWORD)))
        yield server
    finally:
        server.close()
        local.stop()
        atexit.unregister(local.stop)


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """URL of a new, empty PostgreSQL database, dropped after the test."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)
