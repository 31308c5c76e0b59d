"""Schema migrations: a database made before migrations (commit 2eab676's schema, filled with the
sample reports by that commit's code: tests/data/legacy_2eab676) is upgraded when opened, keeps
the counts 2eab676 computed and every board the current code makes of the same data, and ends with
exactly the schema a new database gets. On SQLite and PostgreSQL (the `database_url` fixture)."""
from __future__ import annotations

import importlib
import json
import multiprocessing
import re
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from metricsdb import cli, migrations
from metricsdb.model import RECORD_FIELDS, Paper, Record, Report
from metricsdb.store import LEADERBOARD_COLUMNS, NotInDatabaseError, Store, _engine_url, mask_password, metadata

from .conftest import SAMPLE_REPORTS

LEGACY = Path(__file__).resolve().parent / "data" / "legacy_2eab676"
baseline = importlib.import_module("metricsdb.migrations.versions.0001_baseline")
runner = CliRunner()


def _load(name: str):
    return json.loads((LEGACY / f"{name}.json").read_text(encoding="utf-8"))


def _ids_by_claim(records) -> dict[tuple, str]:
    """Record id by what the record claims from the text: paper, kind, evidence, value, and the model
    (one number read for two systems)."""
    return {(row["paper_id"], row["kind"], row["evidence"], row["value"], row["model"]): row["record_id"]
            for row in records.to_dict("records")}


def make_legacy_database(url: str, *, before_checks: bool = False, extra_records: list[dict] = ()) -> None:
    """The 2eab676 schema (its DDL as that code emitted it) and rows. `before_checks`: as the schema was
    before the CHECK constraints and the 4-column leaderboard index (commit 66d5ae3)."""
    engine = sa.create_engine(_engine_url(url))
    dialect = engine.dialect.name
    rows = _load("rows")
    tables = baseline.tables(sa.MetaData())
    with engine.begin() as conn:
        for statement in _load("schema")[dialect]:
            if before_checks:
                statement = re.sub(r",\s*CONSTRAINT ck_records_\w+ CHECK \((?:[^()]|\([^()]*\))*\)", "", statement)
                statement = statement.replace("(benchmark_key, kind, metric, benchmark)", "(benchmark_key, kind, metric)")
            conn.exec_driver_sql(statement)
        for row in rows["reports"]:
            row["ingested_at"] = datetime.fromisoformat(row["ingested_at"])
        for name in ("reports", "papers", "records"):
            conn.execute(tables[name].insert(), rows[name] + (list(extra_records) if name == "records" else []))
            if dialect == "postgresql":  # the ids were given: move each serial past them, as an ingest would
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}")
    engine.dispose()


def control_store(url: str) -> Store:
    """A new database holding, through Store.add, the same reports, papers and records as the fixture:
    what the current code makes of that data, to compare boards with (their rules changed since 2eab676)."""
    rows = _load("rows")
    store = Store(url)
    for report in rows["reports"]:
        papers = tuple(Paper(paper["paper_id"], paper["title"], paper["url"], {"results": paper["results_text"]})
                       for paper in rows["papers"] if paper["report_id"] == report["id"])
        records = [Record(**{name: record[name] for name in RECORD_FIELDS if name in record})
                   for record in sorted(rows["records"], key=lambda record: record["position"])
                   if record["report_id"] == report["id"]]
        store.add(Report(report["date"], report["source_url"], report["path"], papers), records)
    return store


def boards(store: Store) -> dict[str, object]:
    """Every board (benchmark, kind, subset, with unnamed systems) without the columns the upgrade adds."""
    found: dict[str, object] = {}
    kept = [index for index, column in enumerate(LEADERBOARD_COLUMNS)
            if column not in ("record_id", "value_start", "value_end")]
    for benchmark in store.benchmarks()["name"]:
        for kind in ("score", "delta", "ratio"):
            subsets: list = [None]
            while subsets:
                subset = subsets.pop()
                try:
                    board = store.leaderboard_rows(benchmark, kind=kind, subset=subset, include_unnamed=True)
                except NotInDatabaseError as exc:
                    found[f"{benchmark}|{kind}|{subset}"] = str(exc)
                    continue
                if subset is None:
                    subsets = list(board.attrs.get("subsets") or {})
                found[f"{benchmark}|{kind}|{subset}"] = (
                    board.attrs, [[None if v != v else v for v in (row[i] for i in kept)] for row in board.rows])
    return found


def test_upgrading_a_2eab676_database_keeps_every_count_and_board(database_url, tmp_path):
    make_legacy_database(database_url)
    expected = _load("expected")
    with Store(database_url) as store:
        done = store.schema_upgrade
        assert (done.from_revision, done.to_revision, done.created) == ("0001", migrations.head(), [])
        assert store.stats() == expected["stats"]
        assert store.benchmarks()[["name", "records", "papers"]].values.tolist() == [
            [name, records, papers] for name, records, papers in expected["benchmarks"]]
        assert store.models().values.tolist() == expected["models"]
        with control_store(f"sqlite:///{tmp_path / 'control.db'}") as control:
            assert boards(store) == boards(control)
            assert len(boards(store)) >= len(expected["boards"])
        records = store.records()
        assert records["record_id"].is_unique and records["record_id"].notna().all()
        upgraded = _ids_by_claim(records)
        store.ingest(SAMPLE_REPORTS)  # the same text again: a claim read as before keeps its id, so corrections
        again = _ids_by_claim(store.records())  # made after the upgrade keep their rows
        same = set(upgraded) & set(again)  # (today's extractor may read some sentences differently from 2eab676's)
        assert len(same) >= 0.9 * len(upgraded)
        assert {claim: upgraded[claim] for claim in same} == {claim: again[claim] for claim in same}
    if database_url.startswith("sqlite"):
        [copy] = tmp_path.glob("metricsdb.db.before-upgrade-*")
        with sa.create_engine(f"sqlite:///{copy}").connect() as conn:
            assert "alembic_version" not in sa.inspect(conn).get_table_names()
            assert conn.execute(sa.text("SELECT count(*) FROM records")).scalar() == expected["stats"]["records"]


def _schema(url: str) -> dict:
    """Everything about the tables that decides behaviour: columns, keys, constraints, indexes."""
    engine = sa.create_engine(_engine_url(url))
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        schema = {}
        for table in sorted(inspector.get_table_names()):
            schema[table] = {
                "columns": {column["name"]: (str(column["type"]).upper(), column["nullable"])
                            for column in inspector.get_columns(table)},
                "primary_key": inspector.get_pk_constraint(table)["constrained_columns"],
                "foreign_keys": sorted((tuple(fk["constrained_columns"]), fk["referred_table"],
                                        tuple(fk["referred_columns"]), fk.get("options", {}).get("ondelete"))
                                       for fk in inspector.get_foreign_keys(table)),
                "unique": sorted((unique["name"], tuple(unique["column_names"]))
                                 for unique in inspector.get_unique_constraints(table)),
                "checks": sorted((check["name"], " ".join(check["sqltext"].split()))
                                 for check in inspector.get_check_constraints(table)),
                "indexes": sorted((index["name"], tuple(index["column_names"]), bool(index["unique"]))
                                  for index in inspector.get_indexes(table)),
            }
    engine.dispose()
    return schema


@pytest.mark.parametrize("before_checks", [False, True], ids=["2eab676", "before-checks"])
def test_a_migrated_database_has_exactly_the_schema_of_a_new_one(database_url, request, tmp_path, before_checks):
    """Fails when a column, index or constraint is added to the tables without a migration revision."""
    make_legacy_database(database_url, before_checks=before_checks)
    if before_checks:
        assert not _schema(database_url)["records"]["checks"]
    Store(database_url).close()
    if database_url.startswith("sqlite"):
        fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    else:
        server = request.getfixturevalue("postgres_server")
        name = server.create_database()
        request.addfinalizer(lambda: server.drop_database(name))
        fresh = server.url(name)
    Store(fresh).close()
    migrated = _schema(database_url)
    assert migrated == _schema(fresh)
    assert {"corrections", "flags", "alembic_version"} <= set(migrated)
    assert [name for name, _ in migrated["records"]["checks"]] == ["ck_records_value_bounded",
                                                                   "ck_records_value_high_bounded"]


def test_upgrading_a_database_made_before_the_checks_drops_only_rows_they_refuse(database_url):
    row = dict(_load("rows")["records"][0], id=100_000, value=3e16, position=999)
    make_legacy_database(database_url, before_checks=True, extra_records=[row])
    with Store(database_url) as store:
        assert store.stats() == _load("expected")["stats"]
        with pytest.raises(Exception):  # the database itself now refuses such a value
            with store._write() as conn:
                conn.execute(sa.update(sa.table("records", sa.column("value"))).values(value=2e15))


def _open(url: str) -> None:
    Store(url).close()


def test_stores_opened_at_once_on_an_old_database_upgrade_it_once(database_url, tmp_path):
    make_legacy_database(database_url)
    context = multiprocessing.get_context("spawn")
    openers = [context.Process(target=_open, args=(database_url,)) for _ in range(3)]
    for opener in openers:
        opener.start()
    for opener in openers:
        opener.join(120)
        assert opener.exitcode == 0
    with Store(database_url) as store:
        assert store.schema_upgrade is None and store.stats() == _load("expected")["stats"]
    if database_url.startswith("sqlite"):
        assert len(list(tmp_path.glob("metricsdb.db.before-upgrade-*"))) == 1


def test_metricsdb_upgrade_says_what_it_did(database_url):
    make_legacy_database(database_url)
    first = runner.invoke(cli.app, ["upgrade", "--db", database_url])
    assert first.exit_code == 0
    assert f"upgraded the schema of {Store(database_url).display_url} from revision 0001 to {migrations.head()}" \
        in first.stderr
    again = runner.invoke(cli.app, ["upgrade", "--db", database_url])
    assert again.stdout.startswith(f"schema up to date (revision {migrations.head()})") and not again.stderr


def test_a_new_database_is_created_at_the_newest_revision(database_url):
    with Store(database_url) as store:
        assert store.created_tables == list(metadata.tables)
        with store._engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()


def test_a_database_a_newer_metricsdb_upgraded_is_one_line_and_left_as_it_was(database_url, tmp_path):
    """A teammate's newer metricsdb upgraded the shared database: opening it with this one was a traceback of
    200 lines (Alembic's "Can't locate revision identified by '9999'")."""
    with Store(database_url) as store:
        store.ingest(SAMPLE_REPORTS[0])
        stats = store.stats()
        with store._engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    before = (tmp_path / "metricsdb.db").read_bytes() if database_url.startswith("sqlite") else None
    for command in (["stats"], ["ingest", SAMPLE_REPORTS[1]], ["upgrade"], ["leaderboard", "IFEval"]):
        result = runner.invoke(cli.app, [*map(str, command), "--db", database_url])
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.splitlines() == [
            f"metricsdb: cannot open database {mask_password(database_url)}: its schema is "
            f"at revision 9999, which this metricsdb does not know (it writes {migrations.head()}): a newer metricsdb "
            "wrote it; update this one (`metricsdb --version`)"]
    if before is not None:
        assert (tmp_path / "metricsdb.db").read_bytes() == before
        assert not list(tmp_path.glob("metricsdb.db.before-upgrade-*"))
    engine = sa.create_engine(_engine_url(database_url))
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == "9999"
        assert conn.execute(sa.text("SELECT count(*) FROM records")).scalar_one() == stats["records"]
    engine.dispose()
