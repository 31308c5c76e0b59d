"""Curation: the corrections and flags tables (metricsdb.curation), apart from the extracted records.

Revision ID: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def tables(metadata: sa.MetaData) -> list[sa.Table]:
    """The two tables as this revision made them (frozen)."""
    corrections = sa.Table(
        "corrections", metadata,
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("correction_id", sa.String(32), nullable=False, comment="the same in every store it is imported into"),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("record_id", sa.Text, comment="the record rejected, corrected or added"),
        sa.Column("paper_id", sa.Text),
        sa.Column("field", sa.String(16), comment="alias: benchmark, model or metric"),
        sa.Column("spelling", sa.Text, comment="alias: the name that becomes `canonical`"),
        sa.Column("canonical", sa.Text),
        sa.Column("evidence", sa.Text, comment="add: the sentence stating the result"),
        sa.Column("changes", sa.Text, nullable=False, comment="JSON: correct, the fields set; add, the record's fields"),
        sa.Column("original", sa.Text, comment="JSON: the record as extracted when it was corrected"),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False, comment="ISO 8601 UTC; orders corrections of one record"),
        sa.UniqueConstraint("correction_id", name="uq_corrections_correction_id"),
        sa.CheckConstraint("action IN ('reject', 'correct', 'add', 'alias')", name="ck_corrections_action"),
        sa.Index("ix_corrections_record_id", "record_id"),
    )
    flags = sa.Table(
        "flags", metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("record_id", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("status", sa.String(12), nullable=False, comment="open, accepted or dismissed"),
        sa.Column("resolved_by", sa.Text),
        sa.Column("resolved_at", sa.String(32)),
        sa.Column("resolution", sa.Text, comment="why it was accepted or dismissed"),
        sa.CheckConstraint("status IN ('open', 'accepted', 'dismissed')", name="ck_flags_status"),
        sa.Index("ix_flags_status", "status"),
    )
    return [corrections, flags]


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    metadata = sa.MetaData()
    metadata.create_all(bind, tables=[table for table in tables(metadata) if table.name not in existing])


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
