"""The database: reports, their papers and records, and the queries behind leaderboards.

SQLAlchemy Core with portable constructs only, so the same code runs on SQLite (the default, a
per-user file) and on PostgreSQL (`postgresql+psycopg://...`).

A report is identified by (source URL, date), or by (file name, date) when it has no source URL:
ingesting it again replaces its papers and records in one transaction.
"""
from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Optional, Union, get_args, overload

from sqlalchemy import (
    CheckConstraint, Column, DateTime, Double, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint, bindparam, case, create_engine, delete, distinct, event, exists, func, insert, select, update,
)
from sqlalchemy.engine import Connection, Dialect, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from extractors.lexicon import name_key

from .direction import (
    EVIDENCE_COLUMNS, FROM_LIST, FROM_SAID, HIGHER, LOWER, UNKNOWN, BoardDirection, Evidence, board_direction,
    directed_first, listed_direction, said_direction, timed_direction,
)
from .errors import DatabaseUnavailableError, MetricsdbError, StoreError
from .model import MAX_ABS_VALUE, RECORD_FIELDS, Kind, Paper, Record, Report, is_unnamed_system, unnamed_label
from .paths import PathArg, resolve_database_url
from .record_id import record_ids
from .measures import grouped, measure
from .scales import fraction_rows

if TYPE_CHECKING:
    import pandas as pd

    from extractors import Extractor

SQLITE_BUSY_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 10
"""PostgreSQL: give up connecting after this long (libpq waits forever by default), unless the URL
sets connect_timeout itself."""
_SCHEMA_LOCK = 0x6D657472  # PostgreSQL advisory lock held while creating the tables ('metr')
_WRITE_OPTION = "metricsdb_write"

metadata = MetaData()

reports_table = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_key", Text, nullable=False, comment="source URL, else file name: what a re-ingest replaces"),
    Column("date", String(10), nullable=False),
    Column("name", Text, comment="file name"),
    Column("path", Text, comment="path as given when ingested"),
    Column("source_url", Text),
    Column("content_hash", String(64), comment="sha256 of the decoded report text"),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("report_key", "date", name="uq_reports_key_date"),
    Index("ix_reports_ingested_at", "ingested_at"),  # the newest ingest: readers' cache key, found in one lookup
)

papers_table = Table(
    "papers", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("paper_id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("results_text", Text, nullable=False),
    UniqueConstraint("report_id", "paper_id", name="uq_papers_report_paper"),
    Index("ix_papers_paper_id", "paper_id"),  # a paper's copies in other reports (metricsdb.board_votes)
)

records_table = Table(
    "records", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("paper_row_id", ForeignKey("papers.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False, comment="order of the record in its report"),
    Column("benchmark_key", Text, nullable=False, comment="name_key(benchmark), for forgiving lookups"),
    Column("model_key", Text, nullable=False, comment="name_key(model)"),
    Column("paper_id", Text, nullable=False),
    Column("paper_title", Text, nullable=False),
    Column("paper_url", Text, nullable=False),
    Column("report_date", String(10), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("benchmark", Text, nullable=False),
    Column("subset", Text),
    Column("model", Text, nullable=False),
    Column("metric", Text, nullable=False),
    Column("value", Double, nullable=False),
    Column("value_high", Double),
    Column("unit", Text),
    Column("direction", String(8)),
    Column("reference", Text),
    Column("evidence", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("record_id", Text, nullable=False, comment="stable across re-ingest (metricsdb.record_id): what corrections name"),
    Column("value_start", Integer, comment="where the number stands inside evidence (Record.value_start)"),
    Column("value_end", Integer),
    Column("better", String(8), comment="Record.better: a table header's ↑ (higher) / ↓ (lower)"),
    # The database itself refuses what Record refuses (NaN fails both comparisons in PostgreSQL, SQLite
    # stores NaN as NULL): a non-finite or absurd value cannot reach a leaderboard by any path.
    CheckConstraint(f"value BETWEEN {-MAX_ABS_VALUE:.0f} AND {MAX_ABS_VALUE:.0f}", name="ck_records_value_bounded"),
    CheckConstraint(f"value_high IS NULL OR value_high BETWEEN {-MAX_ABS_VALUE:.0f} AND {MAX_ABS_VALUE:.0f}",
                    name="ck_records_value_high_bounded"),
    # A board's records, subsets and metrics read from the index alone (subset: a board is overall or one
    # subset's); benchmark: the stored name, read from the index too.
    Index("ix_records_leaderboard", "benchmark_key", "kind", "subset", "metric", "benchmark"),
    Index("ix_records_report", "report_id"),
    Index("ix_records_paper_row", "paper_row_id"),
    Index("ix_records_record_id", "record_id"),
)

# Curation (metricsdb.curation): kept apart from the extracted rows, which a re-ingest replaces, and
# applied when records are read. Corrections are only ever inserted, so concurrent writers lose nothing.
corrections_table = Table(
    "corrections", metadata,
    Column("seq", Integer, primary_key=True),
    Column("correction_id", String(32), nullable=False, comment="the same in every store it is imported into"),
    Column("action", String(8), nullable=False),
    Column("record_id", Text, comment="the record rejected, corrected or added"),
    Column("paper_id", Text),
    Column("field", String(16), comment="alias: benchmark, model or metric"),
    Column("spelling", Text, comment="alias: the name that becomes `canonical`"),
    Column("canonical", Text),
    Column("evidence", Text, comment="add: the sentence stating the result"),
    Column("changes", Text, nullable=False, comment="JSON: correct, the fields set; add, the record's fields"),
    Column("original", Text, comment="JSON: the record as extracted when it was corrected"),
    Column("reason", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("created_at", String(32), nullable=False, comment="ISO 8601 UTC; orders corrections of one record"),
    UniqueConstraint("correction_id", name="uq_corrections_correction_id"),
    CheckConstraint("action IN ('reject', 'correct', 'add', 'alias')", name="ck_corrections_action"),
    Index("ix_corrections_record_id", "record_id"),
)

flags_table = Table(
    "flags", metadata,
    Column("id", Integer, primary_key=True),
    Column("record_id", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("status", String(12), nullable=False, comment="open, accepted or dismissed"),
    Column("resolved_by", Text),
    Column("resolved_at", String(32)),
    Column("resolution", Text, comment="why it was accepted or dismissed"),
    CheckConstraint("status IN ('open', 'accepted', 'dismissed')", name="ck_flags_status"),
    Index("ix_flags_status", "status"),
)

# A board's direction as its papers' text votes it (metricsdb.board_votes): rewritten for a report's
# papers when it is stored, so that a read needs no pass over the board's records.
direction_votes_table = Table(
    "direction_votes", metadata,
    Column("id", Integer, primary_key=True),
    Column("paper_id", Text, nullable=False),
    Column("benchmark_key", Text, nullable=False),
    Column("metric", Text, nullable=False),
    Column("said_lower", Integer, nullable=False, comment="1: the paper's records on the board say lower is better"),
    Column("said_higher", Integer, nullable=False),
    Column("implied_lower", Integer, nullable=False, comment="1: they imply it (direction.paper_votes)"),
    Column("implied_higher", Integer, nullable=False),
    Index("ix_direction_votes_board", "benchmark_key", "metric"),
    Index("ix_direction_votes_paper", "paper_id"),
)

direction_rules_table = Table(
    "direction_votes_rules", metadata,
    Column("id", Integer, primary_key=True),
    Column("rules", String(64), nullable=False, comment="board_votes.rules() the votes were counted with"),
)

LEADERBOARD_COLUMNS = (
    "rank", "model", "value", "value_high", "unit", "subset", "direction", "reference",
    "paper_id", "paper_title", "report_date", "evidence", "record_id", "value_start", "value_end", "papers",
)
BOARD_QUERY_COLUMNS = LEADERBOARD_COLUMNS[1:-1]
"""The columns a board reads from the records table (rank and papers are the board's own)."""


@dataclass(frozen=True)
class Board:
    """A leaderboard as plain rows: tuples in LEADERBOARD_COLUMNS order, best first (Store.leaderboard_rows);
    by date, newest first, with no rank when nobody can say which way is better."""

    benchmark: str
    metric: str
    kind: str
    direction: BoardDirection
    rows: list[tuple[Any, ...]]
    subset: Optional[str] = None
    """None: the overall board; else the subset whose board this is."""
    subsets: dict[str, int] = field(default_factory=dict)
    """The benchmark's subsets (for this kind) with their numbers of records: each has its own board."""
    unnamed_hidden: int = 0
    """Rows of unnamed systems (`baseline`, `human`, ...) left off this board."""
    scales_apart: bool = False
    """Rows stated as fractions of 1 (0.478) beside percentages (48.6) of one share: each scale has its
    own ranks, the fractions after the percentages (metricsdb.scales)."""
    picked: Optional[str] = None
    """Why the benchmark's default board (Store.default_board) is this subset's: `most papers` (more
    than the overall board), `no overall numbers`; None when it was asked for, or is the overall one."""

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def lower_is_better(self) -> Optional[bool]:
        """None when the direction is unknown."""
        return self.direction.lower_is_better

    @property
    def attrs(self) -> dict[str, Any]:
        """What the board ranks by: the benchmark's stored name, the metric, the kind, the subset (None:
        overall), the direction (`higher`, `lower`, `unknown`; lower_is_better None when unknown) and
        what decided it, the benchmark's subsets, how many unnamed-system rows were left off, whether
        fractions of 1 are ranked apart from percentages (scales_apart), whether this subset's board
        was picked as the benchmark's default and why (picked)."""
        return {"benchmark": self.benchmark, "metric": self.metric, "kind": self.kind, "subset": self.subset,
                "lower_is_better": self.lower_is_better, "direction": self.direction.direction,
                "direction_source": self.direction.source, "subsets": dict(self.subsets),
                "unnamed_hidden": self.unnamed_hidden, "scales_apart": self.scales_apart, "picked": self.picked}


class NotInDatabaseError(MetricsdbError):
    """A benchmark or metric the user asked for is not in the database; the message names close ones."""


@dataclass
class IngestSummary:
    """What an ingest did: counts of what was stored, and one message per file that was not."""

    reports: int = 0
    replaced: int = 0
    papers: int = 0
    records: int = 0
    errors: list[str] = field(default_factory=list)
    earlier: int = 0
    """Records an earlier report had already given word for word: not stored again (Store.store_report)."""


class StoredReport(NamedTuple):
    """What Store.store_report did with one report: replaced a copy of it; records stored; records an
    earlier report had already given, not stored again."""

    replaced: bool
    records: int
    earlier: int


FileCallback = Callable[[Path, Optional[MetricsdbError]], None]


def mask_password(url: str) -> str:
    """The URL as it may be shown to a user: everything between `://` and the host is `***`.

    The user part runs to the last '@' (an unencoded '@', '/', ':' or '?' in a password is still
    hidden whole, however a driver reads it); a password given as a query parameter
    (`?password=...`) is masked too.
    """
    scheme, separator, rest = url.partition("://")
    if separator and "@" in rest and ":" in rest[:rest.rfind("@")]:  # a user part with a password (no '@': none)
        url = f"{scheme}://***{rest[rest.rfind('@'):]}"
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url, flags=re.I)


def _secrets(url: str) -> list[str]:
    """What must never appear in a message about this URL: the password as SQLAlchemy reads it and
    the raw user part with its pieces (a driver may have split an unencoded '@' differently)."""
    found: list[str] = []
    try:
        password = make_url(url).password
    except Exception:  # noqa: BLE001  # an unparsable URL: only the raw pieces below
        password = None
    if password:
        found.append(str(password))
    _, separator, rest = url.partition("://")
    if separator and "@" in rest:
        user_part = rest[:rest.rfind("@")]
        found.append(user_part)
        found += re.split(r"[:@/?]", user_part.partition(":")[2])
    found += re.findall(r"[?&]password=([^&]*)", url, flags=re.I)
    return sorted({s for s in found if len(s) > 3}, key=len, reverse=True)  # 1-3 characters would garble the text


def _engine_url(url: str) -> Any:
    """The URL SQLAlchemy opens: `postgresql://` / `postgres://` without a driver mean psycopg 3 (the
    driver metricsdb installs; SQLAlchemy would look for psycopg2), with a connect timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() not in ("sqlite", "postgresql", "postgres"):  # SQLAlchemy: "Can't load plugin"
        raise ArgumentError(f"'{parsed.drivername}://' is no database metricsdb stores in: a SQLite file "
                            "(a path, or sqlite:///FILE) or PostgreSQL (postgresql://user@host:5432/name)")
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return parsed


def sqlite_path_problem(url: str) -> Optional[str]:
    """What is wrong with a SQLite file URL's path that SQLite only calls "unable to open database
    file": a folder that does not exist, or a folder given as the file; else None."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    path = Path(database)
    if path.is_dir():
        return f"{path} is a folder, not a database file (e.g. {path / 'metricsdb.db'})"
    return None if path.parent.is_dir() else f"no folder {path.parent} (a database file is created, its folder is not)"


def _database_level(exc: SQLAlchemyError) -> bool:
    """True when a failure is the database's (unreachable, gone, locked, full), not one report's:
    every later write would fail the same way. PostgreSQL says which by the SQLSTATE class; a
    SQLite OperationalError (locked, disk full, I/O, read-only) is always the database's."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate:
        return sqlstate[:2] in {"08", "28", "3D", "53", "57", "58", "XX"}
    return isinstance(exc, (OperationalError, InterfaceError))


class _by_code_point(FunctionElement[str]):  # noqa: N801  # used like a SQL function
    """A text column compared by code point, as SQLite always does. PostgreSQL otherwise orders (and
    takes min / max) by the database's locale, so names and ties came out in another order than on
    SQLite (`gpqa` before `GPQA` under en_US)."""

    inherit_cache = True
    type = Text()


@compiles(_by_code_point)
def _compile_by_code_point(element: _by_code_point, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_by_code_point, "postgresql")
def _compile_by_code_point_postgresql(element: _by_code_point, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)} COLLATE "C")'


def _configure_sqlite(dbapi_connection: Any, _connection_record: Any) -> None:
    """WAL lets readers (the app) work during an ingest; the busy timeout waits out other writers.

    synchronous=NORMAL: under WAL a commit no longer waits for an fsync (the WAL is synced at
    checkpoints), which was a third of an ingest's time. A power cut may lose the last reports
    committed, never the database: each is still one transaction, and ingesting again restores it.
    wal_autocheckpoint=10000 pages (~40 MB of WAL): each report's commit dirties ~50 pages, most of
    them scattered leaves of the leaderboard index; checkpointing every 1000 pages (the default) meant
    two fsyncs every ~11 reports, and the same hot pages written back again and again.
    """
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself: see _begin_sqlite
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")  # first: switching a new file to WAL takes a lock
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin_sqlite(conn: Connection) -> None:
    """Writers take the write lock up front: a deferred transaction that reads, then writes, fails
    with 'database is locked' when another writer committed in between, whatever the busy timeout."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "BEGIN")


def _report_key(report: Report) -> str:
    if report.source_url:
        return report.source_url
    if report.path:
        return Path(report.path).name
    raise StoreError(f"report of {report.date} has neither a source URL nor a file name to identify it")


_REPORT_ROW_ID = (
    select(reports_table.c.id)
    .where(reports_table.c.report_key == bindparam("key"), reports_table.c.date == bindparam("date"))
    .with_for_update()  # a concurrent replacement of the same report waits for ours (PostgreSQL)
)
_INSERT_REPORT = insert(reports_table)
_UPDATE_REPORT = update(reports_table).where(reports_table.c.id == bindparam("row_id"))
_DELETE_RECORDS = delete(records_table).where(records_table.c.report_id == bindparam("report_id"))
_DELETE_PAPERS = delete(papers_table).where(papers_table.c.report_id == bindparam("report_id"))


def _claim_report_row(
    conn: Connection, report: Report, key: str, content_hash: Optional[str],
) -> tuple[int, Optional[list[str]]]:
    """The id of the report's row, emptied of papers and records if it existed; and the papers it held
    (None when it did not exist)."""
    report_row = {
        "report_key": key, "date": report.date, "name": Path(report.path).name if report.path else None,
        "path": report.path, "source_url": report.source_url, "content_hash": content_hash,
        "ingested_at": datetime.now(timezone.utc),
    }
    found = _run_prebuilt(conn, _REPORT_ROW_ID, {"key": key, "date": report.date})
    existing = found[0][0] if found else None
    if existing is None:
        inserted = conn.execute(_INSERT_REPORT, report_row)  # one statement object: compiled and cache-keyed once
        return inserted.inserted_primary_key[0], None  # type: ignore[index]  # always set by a one-row insert
    held = [row[0] for row in _run_prebuilt(conn, _PAPER_ROW_IDS, {"report_id": existing})]
    _refuse_a_copy_cut_short(conn, report, existing, held)
    _run_prebuilt(conn, _DELETE_RECORDS, {"report_id": existing})
    _run_prebuilt(conn, _DELETE_PAPERS, {"report_id": existing})
    conn.execute(_UPDATE_REPORT, {**report_row, "row_id": existing})
    return existing, held


def _refuse_a_copy_cut_short(conn: Connection, report: Report, existing: int, held: Sequence[str]) -> None:
    """Keep a stored report when the new copy of it looks cut short: papers it held are missing and
    the copy's last paper has only a beginning of the results text stored for it (a download or a copy
    that stopped mid-file). Replacing would lose every later paper with its records. A newer version
    that drops papers whole, or changes the last one's text, still replaces."""
    kept = {paper.paper_id for paper in report.papers}
    missing = [paper_id for paper_id in held if paper_id not in kept]
    if not missing or not report.papers:
        return
    last = report.papers[-1]
    stored = conn.execute(
        select(papers_table.c.results_text, reports_table.c.path, reports_table.c.name)
        .join(reports_table, reports_table.c.id == papers_table.c.report_id)
        .where(papers_table.c.report_id == existing, papers_table.c.paper_id == last.paper_id)
    ).first()
    if stored is None:
        return
    old_text, new_text = stored.results_text.strip(), last.results_text.strip()
    if len(new_text) >= len(old_text) or not old_text.startswith(new_text):
        return
    raise StoreError(
        f"{report.path or report.source_url}: cut short? {len(missing)} of the {len(held)} papers stored for the "
        f"report of {report.date} are missing from it and its last paper ({last.paper_id}) has "
        f"{'only the beginning' if new_text else 'none'} of its stored results text; the stored copy "
        f"({stored.path or stored.name or report.source_url}) is kept, nothing replaced")


_PAPER_COLUMNS = ("report_id", "paper_id", "title", "url", "results_text")
_EXTRACTED_FIELDS = tuple(name for name in RECORD_FIELDS if name != "record_id")
_RECORD_COLUMNS = ("report_id", "paper_row_id", "position", "benchmark_key", "model_key", "record_id", *_EXTRACTED_FIELDS)
_record_values = itemgetter(*_EXTRACTED_FIELDS)
_PAPER_ROW_IDS = select(papers_table.c.paper_id, papers_table.c.id).where(papers_table.c.report_id == bindparam("report_id"))


@lru_cache(maxsize=None)
def _driver_insert(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[str, Optional[tuple[str, ...]]]:
    """The driver's INSERT statement for `columns` of `table`, and its parameter order when positional."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    return compiled.string, tuple(compiled.positiontup) if compiled.positional else None  # type: ignore[arg-type]


@lru_cache(maxsize=None)
def _driver_statement(dialect: Dialect, statement: Any) -> tuple[str, Optional[tuple[str, ...]]]:
    """A prebuilt statement as the driver's SQL, and its parameter order when positional."""
    compiled = statement.compile(dialect=dialect)
    return compiled.string, tuple(compiled.positiontup) if compiled.positional else None


def _driver_run(conn: Connection, sql: str, params: Any, *, many: bool = False) -> list[Any]:
    """Run SQL on the transaction's own DBAPI connection, skipping SQLAlchemy's per-call work (a third of
    an ingest's time); a driver error is raised as SQLAlchemy would raise it (IntegrityError, ...)."""
    cursor = conn.connection.cursor()
    try:
        if many:
            cursor.executemany(sql, params)
        else:
            cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else []
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()


def _run_prebuilt(conn: Connection, statement: Any, params: dict[str, Any]) -> list[Any]:
    """Run a prebuilt statement whose parameters and columns need no type conversion (text, numbers); its rows."""
    sql, order = _driver_statement(conn.dialect, statement)
    return _driver_run(conn, sql, params if order is None else tuple(params[name] for name in order))


def _insert_rows(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """executemany straight through the driver: SQLAlchemy's per-row parameter processing cost as much as
    SQLite's own work. Only for columns whose values need no conversion (text and numbers, not dates)."""
    if not rows:
        return
    statement, order = _driver_insert(conn.dialect, table, columns)
    if order is None:
        params: list[Any] = [dict(zip(columns, row)) for row in rows]
    else:
        if order != columns:
            index = [columns.index(name) for name in order]
            rows = [tuple(row[i] for i in index) for row in rows]
        params = rows
    _driver_run(conn, statement, params, many=True)


@lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    return name_key(name)


def _insert_papers(conn: Connection, report_id: int, report: Report) -> dict[str, int]:
    """Store the report's papers; returns their row ids by arXiv id."""
    _insert_rows(conn, papers_table, _PAPER_COLUMNS, [
        (report_id, paper.paper_id, paper.title, paper.url, paper.results_text) for paper in report.papers
    ])
    return dict(_run_prebuilt(conn, _PAPER_ROW_IDS, {"report_id": report_id}))  # type: ignore[arg-type]


_MINE = papers_table.alias("mine")
_SAME_RESULT = tuple(name for name in _EXTRACTED_FIELDS if name != "report_date")
_OTHER_COPIES = (  # records other reports hold of this report's papers
    select(reports_table.c.date, reports_table.c.id, records_table.c.id, *(records_table.c[name] for name in _SAME_RESULT))
    .select_from(papers_table.join(reports_table, reports_table.c.id == papers_table.c.report_id)
                 .join(records_table, records_table.c.paper_row_id == papers_table.c.id))
    .where(papers_table.c.paper_id.in_(select(_MINE.c.paper_id).where(_MINE.c.report_id == bindparam("report_id"))),
           papers_table.c.report_id != bindparam("report_id"))
)


def _first_appearance(conn: Connection, report_id: int, date: str, records: Sequence[Record]) -> list[Record]:
    """A result is stored once, however many reports repeat it: papers reappear in later daily reports,
    and a record a report repeats word for word (same paper, evidence and fields) is the one another
    report already gave, so counts, boards, `new` and exports held it twice. The copy kept is the
    earliest report's (by date, then the one stored first), dated that day; each report still lists
    the paper (`papers`), so it stays traceable to each. Returns the records this report stores;
    copies a later report held are deleted here. A paper read differently on another day keeps both
    readings' records (boards show each model's best per paper once)."""
    found = _run_prebuilt(conn, _OTHER_COPIES, {"report_id": report_id})
    if not found:
        return list(records)
    earlier: dict[tuple[Any, ...], int] = {}
    later: dict[tuple[Any, ...], list[int]] = {}
    for other_date, other_report, row_id, *result in found:
        if (other_date, other_report) < (date, report_id):
            earlier[tuple(result)] = earlier.get(tuple(result), 0) + 1
        else:
            later.setdefault(tuple(result), []).append(row_id)
    kept, replaced = [], []
    for record in records:
        result = tuple(getattr(record, name) for name in _SAME_RESULT)
        if earlier.get(result):
            earlier[result] -= 1
            continue
        kept.append(record)
        if later.get(result):
            replaced.append(later[result].pop())
    for start in range(0, len(replaced), 500):
        conn.execute(delete(records_table).where(records_table.c.id.in_(replaced[start:start + 500])))
    return kept


def _insert_records(
    conn: Connection, report_id: int, paper_row_ids: dict[str, int], report: Report, records: Sequence[Record],
    label: str,
) -> None:
    """Store the records, refusing one that does not belong to the report (its paper or date differ)."""
    rows = []
    ids = record_ids(records)
    for position, record in enumerate(records):
        if record.paper_id not in paper_row_ids:
            raise StoreError(f"{label}: a record names paper {record.paper_id}, which is not in the report")
        if record.report_date != report.date:
            raise StoreError(f"{label}: a record is dated {record.report_date}, the report {report.date}")
        for value in (record.value, record.value_high):  # Record checks this too, unless it was built unchecked
            if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value)
                                          and abs(value) <= MAX_ABS_VALUE):
                raise StoreError(f"{label}: a record of paper {record.paper_id} has the value {value!r}, "
                                 f"not a finite number within ±{MAX_ABS_VALUE:g}")
        rows.append((
            report_id, paper_row_ids[record.paper_id], position, _name_key(record.benchmark), _name_key(record.model),
            record.record_id or ids[position], *_record_values(record.__dict__),  # a pydantic model's field values; model_dump() copies them, slowly
        ))
    _insert_rows(conn, records_table, _RECORD_COLUMNS, rows)


Subsets = dict[str, tuple[list[str], int]]
"""A benchmark's subsets: shown name -> (stored spellings, records), most records first."""


@lru_cache(maxsize=1)
def _subset_spellings() -> dict[str, str]:
    """subsets.yaml's `spellings`: each form a report writes (case-folded) -> the one spelling boards show.
    Reads that file alone, not the whole lexicon."""
    from extractors.lexicon import DATA, SubsetsFile, load_file

    spellings = load_file(DATA / "subsets.yaml", SubsetsFile).spellings  # type: ignore[attr-defined]
    return {form.casefold(): shown for shown, forms in spellings.items() for form in (shown, *forms)}


def subset_spelled(subset: str) -> str:
    """A subset with each level (`Long, w/o subtitles`) in the one spelling subsets.yaml gives it
    (`Long, w/o subs`), as the extractor stores it now: a store ingested before, a correction or a
    record added by hand may hold another spelling, and one board must still hold them all."""
    table = _subset_spellings()
    return ", ".join(table.get(level.casefold(), level) for level in subset.split(", ")) if table else subset


def subset_key(subset: str, benchmark_key: str = "") -> str:
    """A subset's forgiving key, its levels in their one spelling (subset_spelled); written after its
    benchmark's name (`LIBERO-Long` on LIBERO) it is that benchmark's part (`Long`), so one part has
    one board."""
    key = name_key(subset_spelled(subset))
    owned = benchmark_key and key.startswith(benchmark_key) and len(key) > len(benchmark_key)
    return key[len(benchmark_key):] if owned else key


def subset_groups(counted: Iterable[tuple[str, int]], benchmark_key: str = "") -> Subsets:
    """(stored subset, records) pairs, most records first, as Subsets: spellings that differ only in
    case, width or hyphens, by their benchmark's name before them, or as subsets.yaml's `spellings`
    (`w/o sub`, `w/o subtitles`), are one subset, shown as its most frequent spelling (in the one
    spelling subsets.yaml gives)."""
    found: Subsets = {}
    by_key: dict[str, str] = {}
    for spelling, count in counted:
        shown = by_key.setdefault(subset_key(spelling, benchmark_key), subset_spelled(spelling))
        spellings, total = found.get(shown, ([], 0))
        found[shown] = ([*spellings, spelling], total + count)
    return dict(sorted(found.items(), key=lambda item: -item[1][1]))  # stable: ties keep the given order


MOST_PAPERS, NO_OVERALL = "most papers", "no overall numbers"  # Board.picked: why a subset's board opens
OVERALL = "overall"
"""The subset name that asks for a benchmark's overall numbers (`--subset overall`), unless a subset is
named so: Store.default_board may open a subset's board."""


def choose_subset(
    name: str, kind: str, subsets: Subsets, wanted: Optional[str],
) -> tuple[Optional[list[str]], Optional[str]]:
    """(stored spellings, shown name) of the subset asked for (matched forgivingly); (None, None) for
    the overall board (None, or OVERALL); NotInDatabaseError naming the subsets there are."""
    if wanted is None:
        return None, None
    key = name_key(name)
    shown = next((label for label in subsets if subset_key(label, key) == subset_key(wanted, key)), None)
    if shown is None and name_key(wanted) == OVERALL:
        return None, None
    if shown is None:
        there = f"its subsets: {_subset_list(subsets)}" if subsets else "it has no subsets"
        raise NotInDatabaseError(f"{name} has no {kind} records of subset {wanted!r}; {there}")
    return subsets[shown][0], shown


def no_overall_numbers(name: str, kind: str, subsets: Subsets) -> NotInDatabaseError:
    """The error for a benchmark whose `kind` numbers all have a subset: it names them."""
    return NotInDatabaseError(f"{name} has no overall {kind} records, only subsets: {_subset_list(subsets)}; "
                              "pick one (--subset)")


def _subset_list(subsets: Subsets) -> str:
    """`Hard (3), Easy (1)`: subsets with their numbers of records, for a message."""
    return ", ".join(f"{label} ({count})" for label, (_, count) in subsets.items())


def _close_names(wanted: str, names_by_key: dict[str, str]) -> list[str]:
    """Names the user may have meant: those containing what they typed, then similar-looking ones."""
    wanted_key = name_key(wanted)
    containing = [key for key in names_by_key if wanted_key and wanted_key in key]
    similar = difflib.get_close_matches(wanted_key, list(names_by_key), n=5, cutoff=0.6)
    return [names_by_key[key] for key in dict.fromkeys(containing + similar)][:5]


_MODEL, _PAPER_ID = LEADERBOARD_COLUMNS.index("model") - 1, LEADERBOARD_COLUMNS.index("paper_id") - 1
_TITLE = LEADERBOARD_COLUMNS.index("paper_title") - 1
_EVIDENCE = LEADERBOARD_COLUMNS.index("evidence") - 1
_DATE = LEADERBOARD_COLUMNS.index("report_date") - 1
_PAPERS, _PAPERS_OWN = LEADERBOARD_COLUMNS.index("papers"), LEADERBOARD_COLUMNS.index("paper_id")  # in a board's rows
_SAME_NUMBER = tuple(LEADERBOARD_COLUMNS.index(column) - 1 for column in ("value", "value_high", "direction", "reference"))
_UNIT_AT = LEADERBOARD_COLUMNS.index("unit") - 1


def _in_subset(overall: bool) -> Any:
    """The condition for a board's records: no subset (overall), else one of the spellings bound as `subsets`."""
    column = records_table.c.subset
    return column.is_(None) if overall else column.in_(bindparam("subsets", expanding=True))


@lru_cache(maxsize=8)
def _board_query(direction: str, in_subset: bool) -> Any:
    """Every record of one (benchmark, kind, metric, subset or overall): best first, then by model,
    paper and id, so the first row of each (model, paper) is its best; newest first when the
    direction is unknown. Built once per direction and subset mode, so a query compiles nothing."""
    table = records_table
    signed = case((table.c.direction == "decrease", -table.c.value), else_=table.c.value).label("signed")
    if direction == UNKNOWN:
        order = (table.c.report_date.desc(), table.c.paper_id, table.c.id)
    else:
        order = (signed.asc() if direction == LOWER else signed.desc(), _by_code_point(table.c.model),
                 table.c.paper_id, table.c.id)
    return (
        select(*(table.c[column] for column in BOARD_QUERY_COLUMNS), signed)
        .where(table.c.benchmark_key == bindparam("key"), table.c.kind == bindparam("kind"),
               table.c.metric.in_(bindparam("metrics", expanding=True)), _in_subset(not in_subset))
        .order_by(*order)
    )


@lru_cache(maxsize=4096)
def _paper_method(paper_id: str, title: str) -> str:
    """The paper's method as its title names it (extractors.entities.method_name), else its arXiv id:
    what an unnamed system on a board is labelled with."""
    from extractors import default_extractor
    from extractors.entities import method_name

    return method_name(Paper(paper_id, title, ""), default_extractor().vocabulary) or paper_id


def _title_names(title: str, model_key: str) -> bool:
    """True when a paper's title is the system's own (`ReflexVLA: ...` for ReflexVLA): the name before
    its colon is the system's."""
    head, colon, _ = title.replace("：", ":").partition(":")
    return bool(colon) and name_key(head) == model_key


def _one_row_per_number(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows (board columns but rank and papers, then the signed value) with each number that several
    papers report (one system's same value, direction and reference, and unit where two texts state
    different ones: a baseline every paper of a field quotes, `2%` in one, `2` in another) once: the
    row of the system's own paper (its title names it), else of the earliest report; `papers` lists
    every paper reporting it, that one first (None: only one does). The row stands where the chosen
    one stood. Unnamed systems are each their own paper's, never merged."""
    units: dict[tuple[Any, ...], set[str]] = {}
    for row in rows:
        units.setdefault((name_key(row[_MODEL]), *(row[column] for column in _SAME_NUMBER)), set()).add(row[_UNIT_AT])
    groups: dict[tuple[Any, ...], list[int]] = {}
    keys: list[Optional[tuple[Any, ...]]] = []
    for i, row in enumerate(rows):
        if is_unnamed_system(row[_MODEL]):
            keys.append(None)
            continue
        key = (name_key(row[_MODEL]), *(row[column] for column in _SAME_NUMBER))
        if len(units[key] - {None}) > 1:  # `2%` and `2 pp`: not one number
            key = (*key, row[_UNIT_AT])
        keys.append(key)
        groups.setdefault(key, []).append(i)
    chosen: dict[int, tuple[str, ...]] = {}
    for (model_key, *_), members in groups.items():
        if len(members) == 1:
            continue
        order = sorted(members, key=lambda i: (not _title_names(rows[i][_TITLE], model_key), rows[i][_DATE],
                                               rows[i][_PAPER_ID], i))
        chosen[order[0]] = tuple(dict.fromkeys(rows[i][_PAPER_ID] for i in order))
    merged = []
    for i, (row, key) in enumerate(zip(rows, keys)):
        if key is None or len(groups[key]) == 1:
            merged.append((*row[:-1], None, row[-1]))
        elif i in chosen:
            merged.append((*row[:-1], chosen[i], row[-1]))
    return merged


def _board_rows(rows: Sequence[Any], direction: str, include_unnamed: bool) -> tuple[list[tuple[Any, ...]], int]:
    """Rows as a board shows them, and how many unnamed-system rows it left off. Ranked: each
    (model, paper)'s first row (its best), ties sharing a rank. Unknown direction: every row, no rank.
    A number several papers report stands once, with its papers (_one_row_per_number). Unnamed
    systems are labelled with their paper's method (`baseline (LSRIF)`) when included."""
    kept: list[tuple[Any, ...]] = []
    seen: set[tuple[str, str]] = set()
    hidden: set[tuple[str, str]] = set()
    for row in rows:
        pair = (row[_MODEL], row[_PAPER_ID])
        if direction != UNKNOWN and pair in seen:
            continue
        seen.add(pair)
        if is_unnamed_system(row[_MODEL]):
            if not include_unnamed:
                hidden.add(pair)
                continue
            row = (*row[:_MODEL], unnamed_label(row[_MODEL], _paper_method(row[_PAPER_ID], row[_TITLE])),
                   *row[_MODEL + 1:])
        kept.append(row)
    board: list[tuple[Any, ...]] = []
    previous = None
    for row in _one_row_per_number(kept):
        values = row[:-1]
        if direction == UNKNOWN:
            board.append((None, *values))
        else:
            signed = row[-1]
            board.append((board[-1][0] if board and signed == previous else len(board) + 1, *values))
            previous = signed
    return board, len(hidden)


_VALUE, _VALUE_HIGH, _UNIT = (LEADERBOARD_COLUMNS.index(column) for column in ("value", "value_high", "unit"))


def _scales_apart(board: Board) -> Board:
    """The board with rows stated as fractions of 1 ranked apart from the percentages of the same share
    (metricsdb.scales), after them; as it is when it holds one scale. A board whose text says lower is
    better (an `accuracy` that is a distance) is no share's."""
    if board.kind != "score" or board.direction.direction == LOWER:
        return board
    fractions = fraction_rows(board.metric, board.rows, _VALUE, _VALUE_HIGH, _UNIT)
    if not any(fractions):
        return board
    rows = board.rows
    if board.direction.direction != UNKNOWN:
        rows = []
        for part in ([row for row, apart in zip(board.rows, fractions) if not apart],
                     [row for row, apart in zip(board.rows, fractions) if apart]):
            for i, row in enumerate(part):  # ties share a rank, as on any board
                rows.append((rows[-1][0] if i and row[_VALUE] == part[i - 1][_VALUE] else i + 1, *row[1:]))
    return replace(board, rows=rows, scales_apart=True)


def _frame(rows: Sequence[Sequence[Any]], columns: Sequence[str]) -> pd.DataFrame:
    import pandas as pd  # here, not at the top: it is most of a CLI command's start-up time

    return pd.DataFrame([tuple(row) for row in rows], columns=list(columns))


def board_frame(board: Board) -> pd.DataFrame:
    """A board as a plain DataFrame (LEADERBOARD_COLUMNS, `attrs` as Board.attrs): what the CLI and the
    app format themselves; Store.leaderboard() is the notebook's view of the same rows."""
    frame = _frame(board.rows, LEADERBOARD_COLUMNS)
    frame.attrs.update(board.attrs)
    return frame


class Store:
    """A metricsdb database: ingest reports, then query records, benchmarks and leaderboards.

    Every database failure is raised as a StoreError whose message never shows the password.
    """

    def __init__(self, url: Optional[str] = None) -> None:
        try:
            self.url = resolve_database_url(url)
        except OSError as exc:
            raise StoreError(f"cannot create the default database folder: {exc}") from None
        self.created_tables: list[str] = []
        """The tables this Store created when it opened the database (empty when they existed)."""
        self._checked_before_writing = False
        self._curation_cache: Optional[curation.Curation] = None
        self.schema_upgrade: Optional[migrations.Upgrade] = None
        """What opening did to an older schema (None when it was up to date): revisions, the backup."""
        try:
            engine_url = _engine_url(self.url)
            sqlite = engine_url.get_backend_name() == "sqlite"
            # pre-ping: a long-lived reader (the app) survives a PostgreSQL restart
            self._engine: Engine = create_engine(engine_url, pool_pre_ping=not sqlite)
            if sqlite:
                event.listen(self._engine, "connect", _configure_sqlite)
                event.listen(self._engine, "begin", _begin_sqlite)
            self.created_tables = self._create_schema()
            self._count_direction_votes()
        except (SQLAlchemyError, ImportError) as exc:
            reason = sqlite_path_problem(self.url) or self._reason(exc)
            raise StoreError(f"cannot open database {self.display_url}: {reason}") from None
        except migrations.NewerSchema as exc:  # a teammate's newer metricsdb upgraded a shared database
            raise StoreError(f"cannot open database {self.display_url}: {exc}") from None
        except ValueError as exc:  # make_url: a port that is not a number
            raise StoreError(f"cannot open database {self.display_url}: not a valid URL ({self._reason(exc)})") from None

    def _create_schema(self) -> list[str]:
        """Create the tables of a new database, or upgrade an older one's schema (metricsdb.migrations,
        a copy of a SQLite file kept first); returns the names of the tables created.

        Several processes may open a database at once (parallel ingests): the check and the change
        run in one write transaction under a lock (SQLite's write lock, a PostgreSQL advisory lock),
        so the second one finds the schema done instead of failing to make it again.
        """
        with self._engine.connect() as conn:
            if migrations.up_to_date(conn, metadata):
                return []
        with self._write() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
            self.schema_upgrade = migrations.ensure_schema(conn, metadata)
        return self.schema_upgrade.created

    def _count_direction_votes(self) -> None:
        """Count the board-direction votes again when they were counted by other rules or not at all (a
        store upgraded from before them, or made by a metricsdb with other word lists); see board_votes."""
        with self._engine.connect() as conn:
            if board_votes.fresh(conn):
                return
        with self._write() as conn:
            if conn.dialect.name == "postgresql":  # stores opened at once: one counts, the others find it done
                conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
            if not board_votes.fresh(conn):  # another process may have counted them meanwhile
                board_votes.rebuild(conn)

    def _refuse_a_damaged_file(self) -> None:
        """Before this Store's first write to a SQLite file: `PRAGMA quick_check`, so that a file damaged
        on disk is refused instead of written into (which spreads the damage). It reads every page
        (about 0.7-1 s for 1,000,000 records when the file is cached), so reads never pay for it."""
        if self._engine.dialect.name == "sqlite":
            try:
                with self._engine.connect() as conn:
                    verdict = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
            except SQLAlchemyError as exc:
                verdict = self._reason(exc)
            if verdict != "ok":
                verdict = " ".join(str(verdict).split())  # SQLite's report spans lines
                raise DatabaseUnavailableError(
                    f"{self.display_url}: the database file is damaged ({verdict}); nothing was written. "
                    "Restore a backup, or ingest into a new database")
        self._checked_before_writing = True

    def checkpoint(self) -> None:
        """Move a SQLite write-ahead log back into the database file and truncate it, so that committed
        reports do not sit in a WAL that keeps growing (after a disk-full error it could reach many times
        the database's size); nothing to do on PostgreSQL. Best effort: a failure leaves the WAL, which
        SQLite still reads."""
        if self._engine.dialect.name != "sqlite":
            return
        try:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLAlchemyError:
            pass

    @property
    def display_url(self) -> str:
        """The database URL with its password masked."""
        return mask_password(self.url)

    def __repr__(self) -> str:
        return f"Store({self.display_url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def _reason(self, exc: BaseException) -> str:
        """First line of a driver error, never showing the password."""
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        reason = reason.replace(self.url, self.display_url)
        for secret in _secrets(self.url):  # a driver may quote the connection string or parts of it
            reason = reason.replace(secret, "***")
        return reason

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A connection for queries; a driver failure becomes a StoreError naming the database."""
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"database error on {self.display_url}: {self._reason(exc)}") from None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back when it raises."""
        if not self._checked_before_writing:
            self._refuse_a_damaged_file()
        with self._engine.connect() as conn:
            conn.execution_options(**{_WRITE_OPTION: True})
            with conn.begin():
                yield conn

    def ingest(
        self, paths: Union[PathArg, Iterable[PathArg]], *, on_file: Optional[FileCallback] = None, jobs: int = 1,
        extractor: Optional[Extractor] = None, on_papers: Optional[Callable[[int], None]] = None,
    ) -> IngestSummary:
        """Extract and store every report under `paths` (files, folders) with `extractor` (default: the
        bundled one); see `metricsdb.ingest.ingest`, which this calls."""
        from .ingest import ingest  # the extraction side, loaded only when an ingest runs

        return ingest(self, paths, on_file=on_file, jobs=jobs, extractor=extractor, on_papers=on_papers)

    @overload
    def add(self, report: Report, records: Sequence[Record], *, content_hash: Optional[str] = None) -> bool: ...

    @overload
    def add(self, *, paper: str, evidence: str, fields: Mapping[str, Any], reason: str = "",
            by: Optional[str] = None) -> curation.Correction: ...

    def add(self, report: Optional[Report] = None, records: Sequence[Record] = (), *,
            content_hash: Optional[str] = None, paper: Optional[str] = None, evidence: Optional[str] = None,
            fields: Optional[Mapping[str, Any]] = None, reason: str = "", by: Optional[str] = None) -> Any:
        """Store a parsed report with its records in one transaction, replacing an earlier copy of it;
        True when an earlier copy was replaced. On any failure the database is unchanged.

        With `paper=`, `evidence=` and `fields=` instead: add a result the extractor missed (a
        correction, kept through re-ingest); `evidence` must be in that paper's results text.
        """
        if report is None:
            if paper is None or evidence is None or fields is None:
                raise TypeError("Store.add needs a report and its records, or paper=, evidence= and fields=")
            return self._curate(curation.add, paper, evidence, fields, reason, by)
        return self.store_report(report, records, content_hash=content_hash).replaced

    def store_report(self, report: Report, records: Sequence[Record], *, content_hash: Optional[str] = None) -> StoredReport:
        """add() a parsed report and its records: whether it replaced a copy, how many records it stored,
        and how many an earlier report had already given (_first_appearance)."""
        key = _report_key(report)
        label = report.path or key
        try:
            try:
                return self._replace_report(report, records, key, label, content_hash)
            except IntegrityError:
                # PostgreSQL: a concurrent ingest inserted this report after our lookup; now it is there to replace
                return self._replace_report(report, records, key, label, content_hash)
        except SQLAlchemyError as exc:
            if _database_level(exc):
                raise DatabaseUnavailableError(f"database error on {self.display_url}: {self._reason(exc)}") from None
            raise StoreError(f"{label}: database error: {self._reason(exc)}") from None

    def _replace_report(
        self, report: Report, records: Sequence[Record], key: str, label: str, content_hash: Optional[str],
    ) -> StoredReport:
        """Replace (or insert) one report's rows in one write transaction."""
        with self._write() as conn:
            if conn.dialect.name == "postgresql":  # one report stored at a time, so two copies of a result
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(2601)")  # never both miss each other
            report_id, held = _claim_report_row(conn, report, key, content_hash)
            paper_row_ids = _insert_papers(conn, report_id, report)
            kept = _first_appearance(conn, report_id, report.date, records)
            _insert_records(conn, report_id, paper_row_ids, report, kept, label)
            board_votes.refresh(conn, report_id, kept, held or ())
        return StoredReport(held is not None, len(kept), len(records) - len(kept))

    def records(
        self, *, benchmark: Optional[str] = None, model: Optional[str] = None, metric: Optional[str] = None,
        kind: Optional[Kind] = None, subset: Optional[str] = None, paper_id: Optional[str] = None,
        report_date: Optional[str] = None,
    ) -> pd.DataFrame:
        """Stored records with the contract's columns, in report and extraction order.

        `benchmark` and `model` match forgivingly (case, spaces, hyphens); `metric` ignores case.
        Corrections are applied: rejected records are left out, corrected ones show their new fields.
        """
        filters = {"benchmark": benchmark, "model": model, "metric": metric, "kind": kind, "subset": subset,
                   "paper_id": paper_id, "report_date": report_date}
        with self._read() as conn:
            view = self._curation(conn)
            if not view.empty:
                return _frame(curation.records(conn, view, filters), RECORD_FIELDS)
        table = records_table
        conditions = []
        if benchmark is not None:
            conditions.append(table.c.benchmark_key == name_key(benchmark))
        if model is not None:
            conditions.append(table.c.model_key == name_key(model))
        if metric is not None:
            conditions.append(table.c.metric == metric.strip().lower())
        for column, wanted in (("kind", kind), ("subset", subset), ("paper_id", paper_id), ("report_date", report_date)):
            if wanted is not None:
                conditions.append(table.c[column] == wanted)
        query = (
            select(*(table.c[name] for name in RECORD_FIELDS))
            .where(*conditions)
            .order_by(table.c.report_date, table.c.report_id, table.c.position)
        )
        with self._read() as conn:
            return _frame(conn.execute(query).all(), RECORD_FIELDS)

    def leaderboard(
        self, benchmark: str, metric: Optional[str] = None, kind: Optional[Kind] = None, *,
        subset: Optional[str] = None, include_unnamed: bool = False,
    ) -> pd.DataFrame:
        """Each (model, paper)'s best value on a benchmark, best first by the board's direction, as a
        notebook shows it (metricsdb.notebook): ranks as the index, the value column named by its metric,
        no empty columns, an HTML view with the direction and the evidence's number highlighted.

        The board holds the overall numbers (subset None), or those of one `subset` (matched
        forgivingly): a number with a subset never competes with overall ones. `metric` defaults to
        the board's most frequent one; `kind` to scores, else the kind the benchmark has. The direction
        comes from the metric list, else from what the board's records say (metricsdb.direction);
        when neither tells, every record is listed newest first with no rank. Unnamed systems
        (`baseline`, `human`, ...) are left off unless `include_unnamed`, then labelled with their
        paper's method (`baseline (LSRIF)`). For deltas and ratios a decrease counts as negative.
        `attrs`: see Board.attrs. Raises NotInDatabaseError for an unknown benchmark, metric or
        subset, or a benchmark with no overall numbers (the message names its subsets).
        leaderboard_rows() gives the same board as plain rows.
        """
        from .notebook import leaderboard_frame  # pandas and the extractors' number reader: load on use

        return leaderboard_frame(self.leaderboard_rows(benchmark, metric, kind, subset=subset,
                                                       include_unnamed=include_unnamed))

    def leaderboard_rows(
        self, benchmark: str, metric: Optional[str] = None, kind: Optional[Kind] = None, *,
        subset: Optional[str] = None, include_unnamed: bool = False,
    ) -> Board:
        """leaderboard() as plain rows (tuples in LEADERBOARD_COLUMNS order), for callers that need no DataFrame.

        One indexed query reads the board's records, ordered best first; the first row of each
        (model, paper) is its best (ties: the earliest stored), so no window function has to sort
        the wide rows twice. Only a metric the list does not decide costs a second query (the
        board's records of every kind, for their direction).
        """
        with self._read() as conn:
            view = self._curation(conn)
            if not view.empty:
                return _scales_apart(curation.board(self, conn, view, benchmark, metric, kind, subset, include_unnamed))
            name, key = self._find_benchmark(conn, benchmark)
            kind = self._choose_kind(conn, name, key, kind)
            subsets = self._subsets(conn, key, kind)
            spellings, shown_subset = choose_subset(name, kind, subsets, subset)
            metric, members = self._choose_metric(conn, name, key, metric, kind, spellings, subsets)
            direction = self._direction(conn, key, metric, members)
            params: dict[str, Any] = {"key": key, "kind": kind, "metrics": members}
            if spellings is not None:
                params["subsets"] = spellings
            rows = conn.execute(_board_query(direction.direction, spellings is not None), params).all()
        if direction.source == FROM_LIST:  # the list's direction, unless the board's own text says otherwise
            said = said_direction(row[_EVIDENCE] for row in rows)
            if said in (HIGHER, LOWER) and said != direction.direction:
                direction = BoardDirection(said, FROM_SAID)
                rows.sort(key=itemgetter(-1), reverse=said == HIGHER)  # stable: ties keep model, paper, id order
        timed = timed_direction(direction, (row[_UNIT - 1] for row in rows))
        if timed != direction:  # every value a duration: shorter is better
            direction = timed
            rows.sort(key=itemgetter(-1))
        board, hidden = _board_rows(rows, direction.direction, include_unnamed)
        counts = {label: count for label, (_, count) in subsets.items()}
        return _scales_apart(Board(name, metric, kind, direction, board, shown_subset, counts, hidden))

    @staticmethod
    def _subsets(conn: Connection, key: str, kind: str) -> Subsets:
        """The benchmark's subsets among its `kind` records (subset_groups)."""
        table = records_table
        return subset_groups(conn.execute(
            select(table.c.subset, func.count()).where(table.c.benchmark_key == key, table.c.kind == kind,
                                                       table.c.subset.is_not(None))
            .group_by(table.c.subset).order_by(func.count().desc(), _by_code_point(table.c.subset))
        ).all(), key)

    def _direction(self, conn: Connection, key: str, metric: str, members: Sequence[str] = ()) -> BoardDirection:
        """The board's direction: the metric list's for the metric or another name of its measure
        (leaderboard_rows then checks what the board's rows say outright), else what the benchmark's
        records of the metric say."""
        listed = next((listed for member in (metric, *members) if (listed := listed_direction(member)) is not None), None)
        if listed is not None:
            return BoardDirection(listed, FROM_LIST)
        stored = board_votes.stored_direction(conn, key, metric)
        if stored is not None:
            return stored
        table = records_table
        evidence = conn.execute(
            select(*(table.c[column] for column in EVIDENCE_COLUMNS))
            .where(table.c.benchmark_key == key, table.c.metric == metric)
        ).all()
        return board_direction(metric, (Evidence(*row) for row in evidence))

    def _find_benchmark(self, conn: Connection, wanted: str) -> tuple[str, str]:
        """(stored name, key) of the benchmark the user means, or a NotInDatabaseError naming close ones."""
        table = records_table
        key = name_key(wanted)
        name = conn.execute(select(func.min(_by_code_point(table.c.benchmark))).where(table.c.benchmark_key == key)).scalar()
        if name is not None:
            return name, key
        names_by_key = dict(conn.execute(
            select(table.c.benchmark_key, func.min(_by_code_point(table.c.benchmark))).group_by(table.c.benchmark_key)
        ).all())
        if not names_by_key:
            raise NotInDatabaseError(f"no benchmark named {wanted!r}: the database has no records")
        close = _close_names(wanted, names_by_key)
        if close:
            raise NotInDatabaseError(f"no benchmark named {wanted!r}; did you mean {', '.join(close)}?")
        raise NotInDatabaseError(f"no benchmark named {wanted!r} among the {len(names_by_key)} in the database")

    def find_benchmark(self, wanted: str) -> str:
        """The stored name of the benchmark `wanted` means, matched as leaderboard() matches it; a
        NotInDatabaseError naming close ones when there is none."""
        with self._read() as conn:
            view = self._curation(conn)
            if not view.empty:
                return curation.find(self, conn, view, wanted).name
            return self._find_benchmark(conn, wanted)[0]

    def metrics(self, benchmark: str, kind: Kind = "score", *, subset: Optional[str] = None) -> list[str]:
        """The metrics of a board (the benchmark's overall `kind` records, or one subset's), results before
        costs, most records first (directed_first): the first is the one leaderboard() ranks by when
        given no metric."""
        with self._read() as conn:
            view = self._curation(conn)
            if not view.empty:
                found = curation.find(self, conn, view, benchmark)
                return found.metrics(kind, found.subset_spellings(kind, subset))
            name, key = self._find_benchmark(conn, benchmark)
            spellings, _ = choose_subset(name, kind, self._subsets(conn, key, kind), subset)
            return self._metrics(conn, key, kind, spellings)

    def default_board(
        self, benchmark: str, metric: Optional[str] = None, kind: Optional[Kind] = None, *,
        include_unnamed: bool = False,
    ) -> Board:
        """The board a reader expects who names only the benchmark: of the overall board and each
        subset's (each with its default metric, or `metric`), the one with most papers, the overall one
        on a tie, else the subset's with most rows. LibriSpeech's overall numbers were one latency row
        while its WER rows, from 18 papers, sat in test-clean. A subset's board picked so says why
        (Board.picked); the others stay one pick away (leaderboard_rows(subset=...), OVERALL for the
        overall numbers)."""
        def size(board: Board) -> tuple[int, int]:
            papers = {paper for row in board.rows for paper in (row[_PAPERS] or (row[_PAPERS_OWN],))}
            return len(papers), len(board.rows)

        best: Optional[Board] = None
        try:
            best = self.leaderboard_rows(benchmark, metric, kind, include_unnamed=include_unnamed)
            kind = best.kind  # type: ignore[assignment]  # a Kind
        except NotInDatabaseError:  # no overall numbers (of this kind or metric): a subset's board, if any
            pass
        subsets: dict[str, int] = {}
        for each in [kind] if kind else get_args(Kind):
            subsets = self.subsets(benchmark, each)
            if subsets:
                kind = each
                break
        overall = best is not None
        most = (size(best)[0], math.inf) if best else (0, 0)  # the overall board wins a tie on papers
        for label, records in subsets.items():  # most records first: a board has no more papers than records
            if records < most[0]:
                break
            try:
                board = self.leaderboard_rows(benchmark, metric, kind, subset=label, include_unnamed=include_unnamed)
            except NotInDatabaseError:  # the metric asked for is not on this subset's board
                continue
            if size(board) > most:
                best, most = replace(board, picked=MOST_PAPERS if overall else NO_OVERALL), size(board)
        if best is None:  # nothing fits: the store's own message
            return self.leaderboard_rows(benchmark, metric, kind, include_unnamed=include_unnamed)
        return best

    def subsets(self, benchmark: str, kind: Kind = "score") -> dict[str, int]:
        """The benchmark's subsets among its `kind` records with their numbers of records, most first:
        each has its own board (leaderboard(subset=...))."""
        with self._read() as conn:
            view = self._curation(conn)
            if not view.empty:
                return {label: count for label, (_, count) in curation.find(self, conn, view, benchmark).subsets(kind).items()}
            key = self._find_benchmark(conn, benchmark)[1]
            return {label: count for label, (_, count) in self._subsets(conn, key, kind).items()}

    @staticmethod
    def _metrics(conn: Connection, key: str, kind: str, subsets: Optional[Sequence[str]] = None) -> list[str]:
        """Metrics of one board (benchmark key, kind, overall or the subset's spellings), most records
        first, ties by code point; costs after results, those the metric list gives no direction last
        (directed_first).
        Names of one measure (`accuracy`, `pass@1`, `avg@32`: metricsdb.measures) are one metric."""
        return directed_first(list(Store._measures(conn, key, kind, subsets)))

    @staticmethod
    def _measures(conn: Connection, key: str, kind: str, subsets: Optional[Sequence[str]] = None) -> dict[str, list[str]]:
        """{metric: its stored names} of one board (measures.grouped), most records first."""
        table = records_table
        return grouped(conn.execute(
            select(table.c.metric, func.count()).where(table.c.benchmark_key == key, table.c.kind == kind,
                                                       _in_subset(subsets is None))
            .group_by(table.c.metric).order_by(func.count().desc(), _by_code_point(table.c.metric)),
            {} if subsets is None else {"subsets": list(subsets)},
        ).all())

    def _choose_metric(
        self, conn: Connection, name: str, key: str, wanted: Optional[str], kind: str,
        spellings: Optional[list[str]], subsets: Subsets,
    ) -> tuple[str, list[str]]:
        """The metric to rank by, and its stored names (metricsdb.measures): the one asked for (or the
        board's metric of its measure), else the board's most frequent one with a direction."""
        measures = self._measures(conn, key, kind, spellings)
        metrics = directed_first(list(measures))
        if not metrics and spellings is None and subsets:
            raise no_overall_numbers(name, kind, subsets)
        if not metrics:
            kinds = self._kinds(conn, key)
            raise NotInDatabaseError(f"{name} has no {kind} records, only {', '.join(sorted(kinds))}")
        asked = metrics[0] if wanted is None else next(
            (metric for metric in metrics if measure(metric) == measure(wanted.strip().lower())), None)
        if asked is None:
            raise NotInDatabaseError(f"{name} has no {kind} records of metric {wanted!r}; it has {', '.join(metrics)}")
        return asked, measures[asked]

    @staticmethod
    def _kinds(conn: Connection, key: str) -> list[str]:
        """The kinds of a benchmark's records, most records first."""
        table = records_table
        return list(conn.execute(
            select(table.c.kind).where(table.c.benchmark_key == key)
            .group_by(table.c.kind).order_by(func.count().desc(), table.c.kind)
        ).scalars().all())

    def _choose_kind(self, conn: Connection, name: str, key: str, kind: Optional[str]) -> str:
        """The kind asked for; none asked: scores, else the kind the benchmark has most records of (a
        benchmark whose papers only report changes still has a board)."""
        if kind is not None:
            return kind
        kinds = self._kinds(conn, key)
        return "score" if "score" in kinds or not kinds else kinds[0]

    def benchmarks(self) -> pd.DataFrame:
        """Every benchmark with its number of records, of each kind of record (score, delta, ratio: a
        benchmark with no scores has a board of changes only) and of papers, most records first."""
        table = records_table
        by_kind = [func.count(case((table.c.kind == kind, 1))).label(kind) for kind in get_args(Kind)]
        return self._counted(table.c.benchmark, table.c.benchmark_key, table.c.paper_id, "papers", by_kind)

    def benchmark_subsets(self) -> pd.DataFrame:
        """Every benchmark with each of its subsets (None: overall numbers), their records and papers:
        the boards there are, spellings of one subset merged as the boards merge them (subset_groups);
        most records first within a benchmark, benchmarks as benchmarks() orders them."""
        table = records_table
        query = (
            select(table.c.benchmark_key, func.min(_by_code_point(table.c.benchmark)), table.c.subset, func.count())
            .group_by(table.c.benchmark_key, table.c.subset)
        )
        papers_query = select(table.c.benchmark_key, table.c.subset, table.c.paper_id).distinct()
        with self._read() as conn:
            rows = conn.execute(query).all()
            papers: dict[tuple[str, Optional[str]], set[str]] = {}
            for key, subset, paper_id in conn.execute(papers_query):
                papers.setdefault((key, subset), set()).add(paper_id)
        by_key: dict[str, list] = {}
        for key, name, subset, records in rows:
            by_key.setdefault(key, []).append((name, subset, records))
        boards = []
        for key, found in by_key.items():
            name = min(row[0] for row in found)  # by code point, as _by_code_point orders in SQL
            overall = [row for row in found if row[1] is None]
            if overall:
                boards.append((key, name, None, overall[0][2], len(papers[(key, None)])))
            counted = sorted(((subset, records) for _, subset, records in found if subset is not None),
                             key=lambda pair: (-pair[1], pair[0]))  # as _subsets orders them
            for shown, (spellings, records) in subset_groups(counted, key).items():
                boards.append((key, name, shown, records, len(set().union(*(papers[(key, s)] for s in spellings)))))
        totals: dict[str, int] = {}
        for key, _, _, records, _ in boards:
            totals[key] = totals.get(key, 0) + records
        boards.sort(key=lambda row: (-totals[row[0]], row[0], row[2] is not None, -row[3], row[2] or ""))
        return _frame([row[1:] for row in boards], ("name", "subset", "records", "papers"))

    def _counted(self, name_column, key_column, distinct_column, distinct_label: str, extra=()) -> pd.DataFrame:
        """Names grouped by their forgiving key, with their records, `extra` labelled counts and a
        distinct count, most records first."""
        with self._read() as conn:
            view = self._curation(conn)
            if not view.empty:
                return _frame(curation.counted(conn, view, name_column.name, distinct_column.name, bool(extra)),
                              ("name", "records", *(c.name for c in extra), distinct_label))
        name = func.min(_by_code_point(name_column))
        count = func.count()
        query = (
            select(name, count, *extra, func.count(distinct(distinct_column)))
            .group_by(key_column)
            .order_by(count.desc(), name)
        )
        with self._read() as conn:
            return _frame(conn.execute(query).all(), ("name", "records", *(c.name for c in extra), distinct_label))

    def stats(self) -> dict[str, int]:
        """How many reports, papers and records the database holds, counted in one statement so that
        the three figures come from one snapshot even while an ingest commits; a paper several reports
        list counts once, as its records do (_first_appearance); records as corrected (less the
        rejected, plus those added)."""
        counted = {"reports": func.count(), "papers": func.count(distinct(papers_table.c.paper_id)), "records": func.count()}
        tables = {"reports": reports_table, "papers": papers_table, "records": records_table}
        query = select(*(select(counted[label]).select_from(table).scalar_subquery().label(label)
                         for label, table in tables.items()))
        with self._read() as conn:
            counts = dict(conn.execute(query).one()._mapping)
            view = self._curation(conn)
            if not view.empty:
                counts["records"] = curation.record_count(conn, view, counts["records"])
        return counts

    def report_dates(self) -> list[str]:
        """The dates of the stored reports, oldest first (each once)."""
        with self._read() as conn:
            return list(conn.execute(select(reports_table.c.date).distinct().order_by(reports_table.c.date)).scalars())

    def last_ingested_at(self) -> Optional[datetime]:
        """When a report was last stored or replaced (None when there is none): a cache key for readers."""
        with self._read() as conn:
            return conn.execute(select(func.max(reports_table.c.ingested_at))).scalar()

    def models(self) -> pd.DataFrame:
        """Every model with its number of records and of benchmarks, most records first."""
        table = records_table
        return self._counted(table.c.model, table.c.model_key, table.c.benchmark_key, "benchmarks")

    def papers(self, paper_id: Optional[str] = None) -> pd.DataFrame:
        """Every paper (or the copies of one) with its report date, title, link and number of records,
        newest report first; a paper in several reports has a row for each."""
        records = select(func.count()).where(records_table.c.paper_row_id == papers_table.c.id).scalar_subquery()
        query = (
            select(papers_table.c.paper_id, papers_table.c.title, papers_table.c.url, reports_table.c.date, records,
                   papers_table.c.id)
            .join(reports_table, papers_table.c.report_id == reports_table.c.id)
            .where(*([papers_table.c.paper_id == paper_id] if paper_id is not None else []))
            .order_by(reports_table.c.date.desc(), papers_table.c.paper_id)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
            view = self._curation(conn)
            change = curation.paper_counts(conn, view) if not view.empty else {}
        return _frame([(*row[:4], row[4] + change.get(row[5], 0)) for row in rows],
                      ("paper_id", "title", "url", "report_date", "records"))

    def results_text(self, paper_id: str) -> Optional[str]:
        """The results (实验效果) text of the paper's copy that holds its records (_first_appearance: their
        evidence quotes it), else of its latest report's copy; None for an unknown paper."""
        held = exists().where(records_table.c.paper_row_id == papers_table.c.id)
        query = (
            select(papers_table.c.results_text)
            .join(reports_table, papers_table.c.report_id == reports_table.c.id)
            .where(papers_table.c.paper_id == paper_id)
            .order_by(case((held, 0), else_=1), reports_table.c.date.desc(), reports_table.c.id.desc())
            .limit(1)
        )
        with self._read() as conn:
            return conn.execute(query).scalar()

    # ------------------------------------------------------------ curation (metricsdb.curation)

    def _curation(self, conn: Connection) -> curation.Curation:
        """The corrections, folded; re-read only when one was made since the last read."""
        self._curation_cache = curation.load(conn, self._curation_cache)
        return self._curation_cache

    def corrections_version(self) -> tuple[Any, ...]:
        """Changes whenever a correction is made: a cache key for readers, with last_ingested_at."""
        with self._read() as conn:
            return self._curation(conn).version

    def _curate(self, write: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a curation write; a database failure becomes one StoreError line."""
        try:
            return write(self, *args, **kwargs)
        except SQLAlchemyError as exc:
            raise StoreError(f"database error on {self.display_url}: {self._reason(exc)}") from None

    def reject(self, record_id: str, reason: str, *, by: Optional[str] = None) -> curation.Correction:
        """Leave a record off every board, list and export, saying why; kept through re-ingest."""
        return self._curate(curation.reject, record_id, reason, by)

    def correct(self, record_id: str, changes: Mapping[str, Any], reason: str, *,
                by: Optional[str] = None) -> curation.Correction:
        """Set fields of a record (curation.EDITABLE_FIELDS), saying why; kept through re-ingest."""
        return self._curate(curation.correct, record_id, changes, reason, by)

    def alias(self, field: str, spelling: str, canonical: str, *, reason: str = "",
              by: Optional[str] = None) -> curation.Correction:
        """Show a benchmark, model or metric spelled `spelling` (forgivingly) as `canonical`: merges boards."""
        return self._curate(curation.alias, field, spelling, canonical, reason, by)

    def corrections(self, *, orphaned: bool = False) -> list[curation.Correction]:
        """Every correction in the order they apply, each saying whether its record is gone (`orphaned`)."""
        return self._curate(curation.listed, orphaned)

    def import_corrections(self, corrections: Sequence[curation.Correction]) -> tuple[int, int]:
        """Add the corrections this store lacks (by id), in one transaction: (imported, already there)."""
        return self._curate(curation.import_corrections, corrections)

    def flag(self, record_id: str, reason: str, *, by: Optional[str] = None) -> curation.Flag:
        """A reader's note that a record looks wrong, for a reviewer (the app's Review page)."""
        return self._curate(curation.flag, record_id, reason, by)

    def flags(self, status: Optional[str] = "open") -> list[curation.Flag]:
        """Flags with this status (all for None), oldest first."""
        return self._curate(curation.flags, status)

    def resolve_flag(self, flag_id: int, status: str, resolution: str, *, by: Optional[str] = None) -> None:
        """Accept or dismiss an open flag, saying why."""
        self._curate(curation.resolve_flag, flag_id, status, resolution, by)


def connect(url: Optional[str] = None) -> Store:
    """Open (and create if needed) the database at `url`, $METRICSDB_URL, or the per-user default file."""
    return Store(url)


from . import board_votes, curation, migrations  # noqa: E402  (curation reads this module's tables; Store calls into it)
