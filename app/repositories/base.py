"""Owner scoping and keyset pagination, each in one place: a user only ever sees rows whose
user_id is theirs; every list pages newest first by (created_at, id)."""

from __future__ import annotations

import operator
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

M = TypeVar("M")
S = TypeVar("S", bound=Select[Any])


def owned(model: type[M], user_id: uuid.UUID) -> Select[tuple[M]]:
    return select(model).where(model.user_id == user_id)  # type: ignore[attr-defined]


async def get_owned(
    session: AsyncSession,
    model: type[M],
    obj_id: uuid.UUID,
    user_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> M | None:
    stmt: Any = owned(model, user_id).where(model.id == obj_id)  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    result = await session.execute(stmt)
    return result.scalar_one_or_none()  # type: ignore[no-any-return]


Filter = tuple[Any, Callable[[Any, Any], Any], object]


def where_given(stmt: S, *filters: Filter) -> S:
    """Add `op(column, value)` for each (column, op, value) whose value was given: not None
    and not an empty string (False is a value)."""
    for column, op, value in filters:
        if value is not None and value != "":
            stmt = stmt.where(op(column, value))
    return stmt


def created_within(column: Any, since: datetime | None, until: datetime | None) -> list[Filter]:
    """where_given filters for since <= column < until."""
    return [(column, operator.ge, since), (column, operator.lt, until)]


def newest_first(
    stmt: S, created_at: Any, row_id: Any, after: tuple[datetime, uuid.UUID] | None
) -> S:
    """Order by (created_at, id) descending and start strictly after the cursor row."""
    if after is not None:
        at, last_id = after
        stmt = stmt.where(or_(created_at < at, and_(created_at == at, row_id < last_id)))
    return stmt.order_by(created_at.desc(), row_id.desc())
