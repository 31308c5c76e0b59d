"""Records get `value_start`/`value_end` (where the number stands in the evidence) and a stable
`record_id`, which corrections name.

Stored rows get the span the app used to highlight (the first number in the evidence with the
record's value, read by the extractor's number reader; none when there is none) and their id from
it, as metricsdb.record_id numbers newly extracted records, so ids stay the same when the reports
are ingested again.

Revision ID: 0003
"""
from __future__ import annotations

import importlib
import math
from itertools import groupby
from types import SimpleNamespace
from typing import Any, Optional

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

baseline = importlib.import_module("metricsdb.migrations.versions.0001_baseline")
BATCH = 5000


def record_columns() -> list[sa.Column]:
    """The columns this revision adds, as the table definition has them."""
    return [
        sa.Column("record_id", sa.Text, nullable=False,
                  comment="stable across re-ingest (metricsdb.record_id): what corrections name"),
        sa.Column("value_start", sa.Integer, comment="where the number stands inside evidence (Record.value_start)"),
        sa.Column("value_end", sa.Integer),
    ]


def _span(find_quantities: Any, evidence: str, value: float, value_high: Optional[float]) -> tuple[Any, Any]:
    matches = [q for q in find_quantities(evidence) if math.isclose(abs(q.value), abs(value))]
    if value_high is not None:
        matches = [q for q in matches if q.value_high is not None and math.isclose(q.value_high, value_high)] or matches
    return (matches[0].start, matches[0].end) if matches else (None, None)


def _fill(bind: sa.Connection) -> None:
    """Spans (where missing) and ids for every stored row, one report at a time."""
    from extractors import find_quantities
    from metricsdb.record_id import record_ids

    records = sa.table("records", *(sa.column(name) for name in (
        "id", "report_id", "position", "paper_id", "kind", "evidence", "value", "value_high", "value_start",
        "value_end", "record_id")))
    rows = bind.execute(sa.select(records).order_by(records.c.report_id, records.c.position)).all()
    updates = []
    for _, group in groupby(rows, key=lambda row: row.report_id):
        found = []
        for row in group:
            start, end = row.value_start, row.value_end
            if start is None:
                start, end = _span(find_quantities, row.evidence, row.value, row.value_high)
            found.append(SimpleNamespace(id=row.id, paper_id=row.paper_id, kind=row.kind, evidence=row.evidence,
                                         value=row.value, value_high=row.value_high, value_start=start,
                                         value_end=end, record_id=row.record_id))
        for row, made in zip(found, record_ids(found)):
            updates.append({"row": row.id, "start": row.value_start, "end": row.value_end,
                            "made": row.record_id or made})
    statement = (sa.update(records).where(records.c.id == sa.bindparam("row"))
                 .values(value_start=sa.bindparam("start"), value_end=sa.bindparam("end"),
                         record_id=sa.bindparam("made")))
    for first in range(0, len(updates), BATCH):
        bind.execute(statement, updates[first:first + BATCH])


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    columns = {column["name"]: column for column in inspector.get_columns("records")}
    indexes = {index["name"] for index in inspector.get_indexes("records")}
    for column in record_columns():
        if column.name not in columns:
            op.add_column("records", sa.Column(column.name, column.type, nullable=True, comment=column.comment))
    _fill(bind)
    if not columns.get("record_id", {"nullable": True})["nullable"] and "ix_records_record_id" in indexes:
        return  # made by a version that had these columns already
    if bind.dialect.name == "sqlite":  # NOT NULL needs the table rebuilt; its indexes come with the definition
        for name in indexes:
            op.drop_index(name, table_name="records")
        table = sa.Table("records", sa.MetaData(), *baseline.record_columns(), *record_columns(),
                         *baseline.record_constraints(), sa.Index("ix_records_record_id", "record_id"))
        with op.batch_alter_table("records", copy_from=table, recreate="always"):
            pass
        return
    op.alter_column("records", "record_id", nullable=False, existing_type=sa.Text)
    if "ix_records_record_id" not in indexes:
        op.create_index("ix_records_record_id", "records", ["record_id"])


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
