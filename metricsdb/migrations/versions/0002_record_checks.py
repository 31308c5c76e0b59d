"""Records refuse non-finite and absurd values (CHECK constraints) and the leaderboard index holds the
benchmark's stored name: both were added to the table definitions before migrations existed, so a
database made earlier still lacks them.

A row that breaks the bounds (a value beyond ±1e15: a misreading, it would top any board) is deleted
first, as the constraint could not be added over it.

Revision ID: 0002
"""
from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

baseline = importlib.import_module("metricsdb.migrations.versions.0001_baseline")
LEADERBOARD_INDEX = ["benchmark_key", "kind", "metric", "benchmark"]


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    checks = {check["name"] for check in inspector.get_check_constraints("records")}
    indexes = {index["name"]: index["column_names"] for index in inspector.get_indexes("records")}
    missing = {"ck_records_value_bounded", "ck_records_value_high_bounded"} - checks
    if missing:
        bound = float(baseline.MAX_ABS)
        records = sa.table("records", sa.column("value"), sa.column("value_high"))
        op.execute(records.delete().where(sa.or_(
            records.c.value.is_(None), sa.func.abs(records.c.value) > bound,
            sa.and_(records.c.value_high.is_not(None), sa.func.abs(records.c.value_high) > bound))))
    if bind.dialect.name == "sqlite":
        if missing or indexes.get("ix_records_leaderboard") != LEADERBOARD_INDEX:
            # SQLite cannot add a constraint: the table is rebuilt from its 2eab676 definition, rows copied
            for name in indexes:
                op.drop_index(name, table_name="records")
            table = sa.Table("records", sa.MetaData(), *baseline.record_columns(), *baseline.record_constraints())
            with op.batch_alter_table("records", copy_from=table, recreate="always"):
                pass
        return
    for check in baseline.record_constraints():
        if isinstance(check, sa.CheckConstraint) and check.name in missing:
            op.create_check_constraint(check.name, "records", check.sqltext)
    if indexes.get("ix_records_leaderboard") != LEADERBOARD_INDEX:
        if "ix_records_leaderboard" in indexes:
            op.drop_index("ix_records_leaderboard", table_name="records")
        op.create_index("ix_records_leaderboard", "records", LEADERBOARD_INDEX)


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
