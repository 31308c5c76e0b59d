"""The schema of commit 2eab676, before migrations: reports, papers and records.

A database made before migrations existed is stamped with this revision and upgraded from it. On an
empty database (`alembic upgrade` from nothing) this creates the tables as they were then.

Revision ID: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

MAX_ABS = "1000000000000000"


def tables(metadata: sa.MetaData) -> dict[str, sa.Table]:
    """The three tables as commit 2eab676 defined them (frozen: later revisions change them)."""
    reports = sa.Table(
        "reports", metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_key", sa.Text, nullable=False, comment="source URL, else file name: what a re-ingest replaces"),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("name", sa.Text, comment="file name"),
        sa.Column("path", sa.Text, comment="path as given when ingested"),
        sa.Column("source_url", sa.Text),
        sa.Column("content_hash", sa.String(64), comment="sha256 of the decoded report text"),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("report_key", "date", name="uq_reports_key_date"),
    )
    papers = sa.Table(
        "papers", metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("paper_id", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("results_text", sa.Text, nullable=False),
        sa.UniqueConstraint("report_id", "paper_id", name="uq_papers_report_paper"),
    )
    records = sa.Table("records", metadata, *record_columns(), *record_constraints())
    return {"reports": reports, "papers": papers, "records": records}


def record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("paper_row_id", sa.Integer, sa.ForeignKey("papers.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False, comment="order of the record in its report"),
        sa.Column("benchmark_key", sa.Text, nullable=False, comment="name_key(benchmark), for forgiving lookups"),
        sa.Column("model_key", sa.Text, nullable=False, comment="name_key(model)"),
        sa.Column("paper_id", sa.Text, nullable=False),
        sa.Column("paper_title", sa.Text, nullable=False),
        sa.Column("paper_url", sa.Text, nullable=False),
        sa.Column("report_date", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("benchmark", sa.Text, nullable=False),
        sa.Column("subset", sa.Text),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("metric", sa.Text, nullable=False),
        sa.Column("value", sa.Double, nullable=False),
        sa.Column("value_high", sa.Double),
        sa.Column("unit", sa.Text),
        sa.Column("direction", sa.String(8)),
        sa.Column("reference", sa.Text),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("rule", sa.Text, nullable=False),
    ]


def record_constraints() -> list[sa.SchemaItem]:
    """The CHECK constraints and indexes of records at 2eab676."""
    return [
        sa.CheckConstraint(f"value BETWEEN -{MAX_ABS} AND {MAX_ABS}", name="ck_records_value_bounded"),
        sa.CheckConstraint(f"value_high IS NULL OR value_high BETWEEN -{MAX_ABS} AND {MAX_ABS}",
                           name="ck_records_value_high_bounded"),
        sa.Index("ix_records_leaderboard", "benchmark_key", "kind", "metric", "benchmark"),
        sa.Index("ix_records_report", "report_id"),
        sa.Index("ix_records_paper_row", "paper_row_id"),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    metadata = sa.MetaData()
    tables(metadata)
    metadata.create_all(bind, tables=[table for table in metadata.sorted_tables if table.name not in existing])


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
