"""An index on reports.ingested_at: the time of the newest ingest, which readers (the app, corrections
applied at read time) ask for on every read to know whether their cache still holds, is one lookup
instead of a scan of the reports.

Revision ID: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "ix_reports_ingested_at" not in {index["name"] for index in sa.inspect(op.get_bind()).get_indexes("reports")}:
        op.create_index("ix_reports_ingested_at", "reports", ["ingested_at"])


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
