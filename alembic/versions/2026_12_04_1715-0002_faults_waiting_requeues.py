"""waiting state and requeue count for analyses and generations; upload hash of screenshots

Revision ID: 0002_faults
Revises: 0001
Create Date: 2026-12-04 17:15:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0002_faults"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("screenshots") as batch:
        batch.add_column(
            sa.Column("analysis_requeues", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(sa.Column("analysis_waiting_for", sa.String(length=20), nullable=True))
        batch.add_column(
            sa.Column("analysis_retry_at", app.models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch.add_column(sa.Column("upload_hash", sa.String(length=64), nullable=True))
        batch.create_index("ix_screenshots_user_id_upload_hash", ["user_id", "upload_hash"])
    with op.batch_alter_table("generations") as batch:
        batch.add_column(sa.Column("waiting_for", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("retry_at", app.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("generations") as batch:
        batch.drop_column("retry_at")
        batch.drop_column("waiting_for")
    with op.batch_alter_table("screenshots") as batch:
        batch.drop_index("ix_screenshots_user_id_upload_hash")
        batch.drop_column("upload_hash")
        batch.drop_column("analysis_retry_at")
        batch.drop_column("analysis_waiting_for")
        batch.drop_column("analysis_requeues")
