"""Owner scoping in one place: a user only ever sees rows whose user_id is theirs."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

M = TypeVar("M")


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
