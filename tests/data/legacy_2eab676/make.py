"""Writes this folder's fixture: a metricsdb database as the code of commit 2eab676 made it, before
schema migrations existed (tests/test_migrations.py upgrades it and expects the same counts and boards).

Run with a checkout of that commit first on the path, from anywhere:
    git worktree add /tmp/old 2eab676 && PYTHONPATH=/tmp/old python tests/data/legacy_2eab676/make.py
It writes schema.json (the DDL, per dialect), rows.json (the tables' rows after ingesting the sample
reports) and expected.json (what that code's Store said: stats, benchmarks, models, every board).
"""
from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

import metricsdb
from metricsdb.store import NotInDatabaseError, Store, metadata

HERE = Path(__file__).resolve().parent


def plain(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def frame_rows(frame):
    return [[plain(value) for value in row] for row in frame.itertuples(index=False)]


def main() -> None:
    schema = {}
    for name, dialect in (("sqlite", sqlite.dialect()), ("postgresql", postgresql.dialect())):
        statements = []
        for table in metadata.sorted_tables:
            statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
            statements += [str(CreateIndex(index).compile(dialect=dialect)).strip() for index in table.indexes]
        schema[name] = statements
    with tempfile.TemporaryDirectory() as folder, Store(f"sqlite:///{folder}/legacy.db") as store:
        store.ingest(metricsdb.sample_reports())
        rows = {}
        with store._engine.connect() as conn:
            for table in metadata.sorted_tables:
                rows[table.name] = [{key: (value.isoformat() if hasattr(value, "isoformat") else value)
                                     for key, value in row._mapping.items()}
                                    for row in conn.execute(select(table).order_by(table.c.id))]
        boards = {}
        for benchmark in store.benchmarks()["name"]:
            for kind in ("score", "delta", "ratio"):
                try:
                    board = store.leaderboard(benchmark, kind=kind)
                except NotInDatabaseError as exc:
                    boards[f"{benchmark}|{kind}"] = str(exc)
                    continue
                boards[f"{benchmark}|{kind}"] = {"attrs": board.attrs, "columns": list(board.columns),
                                                 "rows": frame_rows(board)}
        expected = {"stats": store.stats(), "benchmarks": frame_rows(store.benchmarks()),
                    "models": frame_rows(store.models()), "boards": boards}
    for name, data in (("schema", schema), ("rows", rows), ("expected", expected)):
        (HERE / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
