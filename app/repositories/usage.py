from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import and_, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import UsageDaily
from app.repositories.base import insert_for


async def take_daily_slot(
    session: AsyncSession, *, user_id: uuid.UUID, day: date, limit: int
) -> int | None:
    """Atomically count one generation if under `limit`; the new count, or None when full.

    One statement (INSERT ... ON CONFLICT DO UPDATE ... WHERE used < limit RETURNING), so
    concurrent requests serialise on the row and can never push the counter past the limit.
    """
    base = insert_for(session, UsageDaily).values(user_id=user_id, day=day, generations_used=1)
    stmt = base.on_conflict_do_update(
        index_elements=[UsageDaily.user_id, UsageDaily.day],
        set_={"generations_used": UsageDaily.generations_used + 1},
        where=UsageDaily.generations_used < limit,
    ).returning(UsageDaily.generations_used)
    result = await session.execute(stmt)
    return result.scalar_one_or_none()


async def give_back_daily_slot(session: AsyncSession, *, user_id: uuid.UUID, day: date) -> None:
    await session.execute(
        update(UsageDaily)
        .where(
            and_(
                UsageDaily.user_id == user_id,
                UsageDaily.day == day,
                UsageDaily.generations_used > 0,
            )
        )
        .values(generations_used=UsageDaily.generations_used - 1)
    )


async def used_today(session: AsyncSession, *, user_id: uuid.UUID, day: date) -> int:
    row = await session.get(UsageDaily, (user_id, day))
    return row.generations_used if row else 0
