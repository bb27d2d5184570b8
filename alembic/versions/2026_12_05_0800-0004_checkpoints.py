"""generation checkpoints in their own column (no longer inside `result`)

Revision ID: 0004_checkpoints
Revises: 0003_writer
Create Date: 2026-12-05 08:00:00+00:00

Unfinished generations carried their checkpoint as `result = {"_checkpoint": {...}}`; it moves
to `checkpoint` (and back on downgrade) so a redelivered run still resumes.
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004_checkpoints"
down_revision: str | None = "0003_writer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TERMINAL = ("completed", "failed")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
generations = sa.table(
    "generations",
    sa.column("id", sa.Uuid()),
    sa.column("status", sa.String()),
    sa.column("result", JSON),
    sa.column("checkpoint", JSON),
)


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    with op.batch_alter_table("generations") as batch:
        batch.add_column(sa.Column("checkpoint", JSON, nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(generations.c.id, generations.c.result).where(
            generations.c.status.not_in(TERMINAL), generations.c.result.is_not(None)
        )
    ).all()
    for row_id, result in rows:
        result = _loaded(result)
        if isinstance(result, dict) and "_checkpoint" in result:
            bind.execute(
                generations.update()
                .where(generations.c.id == row_id)
                .values(checkpoint=result["_checkpoint"] or {}, result=None)
            )


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(generations.c.id, generations.c.checkpoint).where(
            generations.c.status.not_in(TERMINAL), generations.c.checkpoint.is_not(None)
        )
    ).all()
    for row_id, checkpoint in rows:
        bind.execute(
            generations.update()
            .where(generations.c.id == row_id)
            .values(result={"_checkpoint": _loaded(checkpoint)})
        )
    with op.batch_alter_table("generations") as batch:
        batch.drop_column("checkpoint")
