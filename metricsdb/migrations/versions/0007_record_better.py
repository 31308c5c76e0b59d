"""Records get `better`: which way is better on a score's metric where the text says so out of the
evidence's reach (a table header's ↑ / ↓). Stored rows keep none until their report is ingested again;
board votes are recounted when a Store opens the database (board_votes.VOTES_VERSION changed).

Revision ID: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "better" not in {column["name"] for column in sa.inspect(op.get_bind()).get_columns("records")}:
        op.add_column("records", sa.Column("better", sa.String(8), comment="Record.better: a table header's ↑ (higher) / ↓ (lower)"))


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
