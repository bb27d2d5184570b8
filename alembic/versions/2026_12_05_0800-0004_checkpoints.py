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


def _unfinished(column: sa.ColumnClause[Any]) -> list[tuple[Any, Any]]:
    """(id, value of `column`) of every unfinished generation where it is set."""
    query = sa.select(generations.c.id, column).where(
        generations.c.status.not_in(TERMINAL), column.is_not(None)
    )
    return [(row_id, _loaded(value)) for row_id, value in op.get_bind().execute(query)]


def _set(row_id: Any, **values: Any) -> None:
    op.get_bind().execute(generations.update().where(generations.c.id == row_id).values(**values))


def upgrade() -> None:
    with op.batch_alter_table("generations") as batch:
        batch.add_column(sa.Column("checkpoint", JSON, nullable=True))
    for row_id, result in _unfinished(generations.c.result):
        if isinstance(result, dict) and "_checkpoint" in result:
            _set(row_id, checkpoint=result["_checkpoint"] or {}, result=None)


def downgrade() -> None:
    for row_id, checkpoint in _unfinished(generations.c.checkpoint):
        _set(row_id, result={"_checkpoint": checkpoint})
    with op.batch_alter_table("generations") as batch:
        batch.drop_column("checkpoint")
