"""A failed generation gives its slot back exactly once, even when two workers (a
redelivered task) release it at the same moment."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.engine import get_sessionmaker
from app.models import Generation
from app.repositories import usage as usage_repo
from app.services.billing import quota
from tests.support.factories import create_user


async def _release_in_own_session(generation_id: uuid.UUID) -> bool:
    async with get_sessionmaker()() as s:
        generation = await s.get(Generation, generation_id)
        assert generation is not None
        released = await quota.release_slot(s, generation=generation)
        await s.commit()
        return released


async def test_concurrent_releases_give_back_one_slot(session: AsyncSession) -> None:
    user = await create_user(session)
    day = quota.quota_day()
    for _ in range(3):
        await quota.reserve_slot(session, user=user)
    gen = Generation(
        user_id=user.id, business_context={}, quota_day=day, queued_at=datetime.now(UTC)
    )
    session.add(gen)
    await session.commit()

    results = await asyncio.gather(*[_release_in_own_session(gen.id) for _ in range(2)])
    assert sorted(results) == [False, True]
    assert await usage_repo.used_today(session, user_id=user.id, day=day) == 2
    # A third, later redelivery changes nothing either.
    assert await _release_in_own_session(gen.id) is False
    assert await usage_repo.used_today(session, user_id=user.id, day=day) == 2


async def test_generation_without_a_reserved_slot_releases_nothing(session: AsyncSession) -> None:
    user = await create_user(session)
    day = await quota.reserve_slot(session, user=user)
    gen = Generation(
        user_id=user.id, business_context={}, quota_day=None, queued_at=datetime.now(UTC)
    )
    session.add(gen)
    await session.commit()
    assert await _release_in_own_session(gen.id) is False
    assert await usage_repo.used_today(session, user_id=user.id, day=day) == 1
