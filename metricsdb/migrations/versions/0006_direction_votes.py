"""Boards read without a pass over their records: directions stored as their papers' votes
(metricsdb.board_votes; counted when a Store opens the upgraded database, as the rules stamp is
missing), an index on papers.paper_id (a paper's copies in other reports), and `subset` in the
leaderboard index (a board's subsets and metrics were read row by row from the table).

Revision ID: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

LEADERBOARD_INDEX = ["benchmark_key", "kind", "subset", "metric", "benchmark"]

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def tables(metadata: sa.MetaData) -> list[sa.Table]:
    """The two tables as this revision made them (frozen)."""
    votes = sa.Table(
        "direction_votes", metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("paper_id", sa.Text, nullable=False),
        sa.Column("benchmark_key", sa.Text, nullable=False),
        sa.Column("metric", sa.Text, nullable=False),
        sa.Column("said_lower", sa.Integer, nullable=False, comment="1: the paper's records on the board say lower is better"),
        sa.Column("said_higher", sa.Integer, nullable=False),
        sa.Column("implied_lower", sa.Integer, nullable=False, comment="1: they imply it (direction.paper_votes)"),
        sa.Column("implied_higher", sa.Integer, nullable=False),
        sa.Index("ix_direction_votes_board", "benchmark_key", "metric"),
        sa.Index("ix_direction_votes_paper", "paper_id"),
    )
    rules = sa.Table(
        "direction_votes_rules", metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rules", sa.String(64), nullable=False, comment="board_votes.rules() the votes were counted with"),
    )
    return [votes, rules]


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    metadata = sa.MetaData()
    metadata.create_all(bind, tables=[table for table in tables(metadata) if table.name not in existing])
    if "ix_papers_paper_id" not in {index["name"] for index in sa.inspect(bind).get_indexes("papers")}:
        op.create_index("ix_papers_paper_id", "papers", ["paper_id"])
    indexes = {index["name"]: index["column_names"] for index in sa.inspect(bind).get_indexes("records")}
    if indexes.get("ix_records_leaderboard") != LEADERBOARD_INDEX:
        if "ix_records_leaderboard" in indexes:
            op.drop_index("ix_records_leaderboard", table_name="records")
        op.create_index("ix_records_leaderboard", "records", LEADERBOARD_INDEX)


def downgrade() -> None:
    raise NotImplementedError("metricsdb does not downgrade: restore the copy made before the upgrade")
