from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import TooManyRequests
from app.db.engine import get_sessionmaker
from app.models import Generation
from app.repositories import usage as usage_repo
from app.services.billing import quota
from tests.support.factories import create_pro_user, create_user


async def _reserve_in_own_session(user_id) -> bool:
    async with get_sessionmaker()() as s:
        from app.models import User

        user = await s.get(User, user_id)
        try:
            await quota.reserve_slot(s, user=user)
        except TooManyRequests:
            await s.rollback()
            return False
        await s.commit()
        return True


async def test_parallel_requests_never_exceed_free_limit(session: AsyncSession) -> None:
    user = await create_user(session)
    day = quota.quota_day()
    for _ in range(4):
        await quota.reserve_slot(session, user=user)
    await session.commit()
    results = await asyncio.gather(*[_reserve_in_own_session(user.id) for _ in range(20)])
    assert sum(results) == 1
    assert await usage_repo.used_today(session, user_id=user.id, day=day) == 5


async def test_parallel_pro_requests_stop_at_exactly_100(session: AsyncSession) -> None:
    user = await create_pro_user(session)
    results = await asyncio.gather(*[_reserve_in_own_session(user.id) for _ in range(150)])
    assert sum(results) == 100
    assert await usage_repo.used_today(session, user_id=user.id, day=quota.quota_day()) == 100


async def test_over_limit_is_429_with_retry_after_and_upgrade_hint(session: AsyncSession) -> None:
    user = await create_user(session)
    for _ in range(5):
        await quota.reserve_slot(session, user=user)
    with pytest.raises(TooManyRequests) as err:
        await quota.reserve_slot(session, user=user)
    exc = err.value
    assert exc.error_code == "DAILY_QUOTA_EXCEEDED"
    assert 0 < int(exc.headers["Retry-After"]) <= 86_401
    assert "upgrade" in exc.details


async def test_release_gives_the_slot_back_exactly_once(session: AsyncSession) -> None:
    user = await create_user(session)
    day = await quota.reserve_slot(session, user=user)
    gen = Generation(
        user_id=user.id, business_context={}, quota_day=day, queued_at=datetime.now(UTC)
    )
    session.add(gen)
    await session.commit()
    assert await quota.release_slot(session, generation=gen) is True
    assert await quota.release_slot(session, generation=gen) is False
    await session.commit()
    assert await usage_repo.used_today(session, user_id=user.id, day=day) == 0


def test_next_reset_is_next_midnight_utc() -> None:
    now = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
    assert quota.next_reset(now) == datetime(2026, 3, 2, tzinfo=UTC)
