"""generation seed: the offline writer's seed per generation

Revision ID: 0003_writer
Revises: 0002_faults
Create Date: 2026-12-04 17:40:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_writer"
down_revision: str | None = "0002_faults"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("generations", sa.Column("seed", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("generations", "seed")
