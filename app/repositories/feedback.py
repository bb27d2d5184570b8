from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Feedback
from app.models.base import utcnow
from app.repositories.base import insert_for


async def get_for_generation(session: AsyncSession, generation_id: uuid.UUID) -> Feedback | None:
    result = await session.execute(
        select(Feedback)
        .where(Feedback.generation_id == generation_id)
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


async def upsert(
    session: AsyncSession,
    *,
    generation_id: uuid.UUID,
    user_id: uuid.UUID,
    rating: str,
    comment: str | None,
) -> Feedback:
    """One row per generation; a second submission changes it (one statement, race-free)."""
    stmt = insert_for(session, Feedback).values(
        id=uuid.uuid4(),
        generation_id=generation_id,
        user_id=user_id,
        rating=rating,
        comment=comment,
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=[Feedback.generation_id],
        set_={"rating": rating, "comment": comment, "updated_at": utcnow()},
    )
    await session.execute(stmt)
    row = await get_for_generation(session, generation_id)
    assert row is not None
    return row
