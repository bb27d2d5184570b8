"""The daily quota through the real route: parallel POST /generations never exceed it."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import PendingTask, set_dispatcher
from app.repositories import usage as usage_repo
from app.services.billing import quota
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_pro_user, create_user
from tests.support.generations import business_context, create_screenshot, small_analysis


@pytest.fixture
def sent() -> list[PendingTask]:
    """Hold the generation jobs instead of running them: only admission is under test
    (the autouse fixture restores inline dispatch for the next test)."""
    queued: list[PendingTask] = []
    set_dispatcher(queued.append)
    return queued


async def _post_many(client, headers, screenshot_id, count: int) -> list:
    body = {"screenshot_id": str(screenshot_id), "business_context": business_context()}
    return await asyncio.gather(
        *[client.post("/api/v1/generations", headers=headers, json=body) for _ in range(count)]
    )


async def test_twenty_parallel_with_one_left_accept_exactly_one(
    client, session: AsyncSession, sent
) -> None:
    user = await create_user(session)
    for _ in range(4):
        await quota.reserve_slot(session, user=user)
    await session.commit()
    shot = await create_screenshot(session, user, analysis=small_analysis())
    headers = await auth_headers(session, user)

    responses = await _post_many(client, headers, shot.id, 20)
    codes = sorted(r.status_code for r in responses)
    assert codes == [202] + [429] * 19
    refused = [r for r in responses if r.status_code == 429]
    for r in refused:
        assert_error_shape(r.json(), "DAILY_QUOTA_EXCEEDED")
        assert int(r.headers["Retry-After"]) > 0
        assert "upgrade" in r.json()["details"]
    assert await usage_repo.used_today(session, user_id=user.id, day=quota.quota_day()) == 5
    assert len([t for t in sent if t.name == "generation.run"]) == 1


async def test_hundred_fifty_parallel_pro_accept_exactly_hundred(
    client, session: AsyncSession, sent
) -> None:
    user = await create_pro_user(session)
    shot = await create_screenshot(session, user, analysis=small_analysis())
    headers = await auth_headers(session, user)
    responses = await _post_many(client, headers, shot.id, 150)
    assert sum(r.status_code == 202 for r in responses) == 100
    assert sum(r.status_code == 429 for r in responses) == 50
    assert await usage_repo.used_today(session, user_id=user.id, day=quota.quota_day()) == 100
