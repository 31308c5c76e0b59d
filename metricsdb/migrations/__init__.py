"""Schema migrations (Alembic): bring a database made by an earlier metricsdb to the current schema.

A new database is created whole from the table definitions in metricsdb.store and stamped with
the newest revision. A database made before migrations existed (no `alembic_version` table) is
taken to be at the first revision, the schema of commit 2eab676, and upgraded from there; every
revision checks what is already there, so a database made by any version in between upgrades too.
Revisions live in `versions/`, one file each, with frozen copies of the tables they create (never
imports of the current ones, which keep changing). tests/test_migrations.py checks that a migrated
database has exactly the schema a new one gets, so a column added to a table without a revision
fails the tests.

Store opens run `ensure_schema` under a write lock; `metricsdb upgrade` runs it explicitly. A SQLite
file is copied (SQLite's backup API, consistent under WAL) before any revision touches it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect
from sqlalchemy.engine import Connection

FIRST = "0001"
"""The revision a database without `alembic_version` is at: the schema of commit 2eab676."""
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class Upgrade:
    """What opening a database did to its schema."""

    created: list[str]
    """Tables created (a new database: all of them)."""
    from_revision: Optional[str] = None
    to_revision: Optional[str] = None
    backup: Optional[Path] = None
    """The copy of the SQLite file made before upgrading."""

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision and self.to_revision is not None and not self.created


class NewerSchema(Exception):
    """The database is at a revision this metricsdb does not have: a newer metricsdb wrote it. Alembic
    said so in a 200-line traceback; nothing is copied nor changed."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    return config


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    """The newest revision."""
    revision = _script().get_current_head()
    assert revision is not None
    return revision


def current(conn: Connection) -> Optional[str]:
    """The database's revision: None for no tables, FIRST for tables made before migrations."""
    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None and "reports" in inspect(conn).get_table_names():
        return FIRST
    return revision


def up_to_date(conn: Connection, metadata: MetaData) -> bool:
    """True when every table is there and the schema is at the newest revision (no lock needed)."""
    tables = set(inspect(conn).get_table_names())
    return set(metadata.tables) | {VERSION_TABLE} <= tables and current(conn) == head()


def _run(conn: Connection, destination: str, *, stamp: bool = False) -> None:
    """Upgrade (or only stamp) to `destination` inside the caller's transaction."""
    config = _config()
    script = ScriptDirectory.from_config(config)

    def step(revision, _context):  # noqa: ANN001, ANN202  # Alembic's callback
        return script._stamp_revs(destination, revision) if stamp else script._upgrade_revs(destination, revision)

    with EnvironmentContext(config, script, fn=step, destination_rev=destination) as environment:
        environment.configure(connection=conn, render_as_batch=True)
        with environment.begin_transaction():  # the caller's transaction: nothing new is begun
            environment.run_migrations()


def _backup(conn: Connection) -> Optional[Path]:
    """Copy a SQLite database file before its schema changes; None for PostgreSQL or in-memory."""
    if conn.dialect.name != "sqlite":
        return None
    database = conn.engine.url.database
    if not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.name}.before-upgrade-{stamp}")
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)  # what is committed, WAL included; this process holds the write lock
        finally:
            writer.close()
    finally:
        reader.close()
    return target


def ensure_schema(conn: Connection, metadata: MetaData) -> Upgrade:
    """Create a new database's tables, or upgrade an older schema; call under a write lock."""
    existing = set(inspect(conn).get_table_names())
    newest = head()
    if not existing & set(metadata.tables):
        metadata.create_all(conn)
        _run(conn, newest, stamp=True)
        return Upgrade(created=list(metadata.tables), to_revision=newest)
    revision = current(conn)
    if revision == newest and set(metadata.tables) <= existing:
        return Upgrade(created=[], from_revision=revision, to_revision=revision)
    if revision is not None and revision not in {script.revision for script in _script().walk_revisions()}:
        raise NewerSchema(f"its schema is at revision {revision}, which this metricsdb does not know (it writes "
                          f"{newest}): a newer metricsdb wrote it; update this one (`metricsdb --version`)")
    backup = _backup(conn)
    try:
        if VERSION_TABLE not in existing:
            _run(conn, FIRST, stamp=True)
        _run(conn, newest)
    except BaseException:
        if backup is not None:  # the transaction rolls back: the database is as the copy
            backup.unlink(missing_ok=True)
        raise
    return Upgrade(created=[], from_revision=revision, to_revision=newest, backup=backup)
