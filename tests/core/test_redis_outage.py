"""Redis stalled (SIGSTOP of a private redis-server, never the shared one): the request path
pays one short timeout per breaker interval, the session check answers from PostgreSQL (a
revoked session stays revoked), rate limits fail open, and a generation is accepted into
PostgreSQL (its row is the outbox) and reaches the broker through the sweeper once Redis is
back."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

import app.core.redis as redis_module
from app.api.ratelimit import build_limiter, set_limiter, store_breaker
from app.core.config import get_settings
from app.db.session import commit
from app.models import AuthSession, Generation, UsageDaily
from app.models.base import utcnow
from app.services.generation.sweeper import sweep_stuck
from app.workers import runtime
from app.workers.celery_app import celery_app
from tests.support.factories import create_user, login
from tests.support.generations import business_context, create_screenshot, small_analysis
from tests.support.own_redis import OwnRedis, own_redis


@pytest.fixture
def stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OwnRedis]:
    """Cache, rate limits and the Celery broker all on a private Redis."""
    settings = get_settings()
    names = ("redis_url", "redis_breaker_seconds", "rate_limit_enabled")
    saved: dict[str, Any] = {name: getattr(settings, name) for name in names}
    with own_redis(tmp_path) as server:
        settings.redis_url = server.url
        settings.redis_breaker_seconds = 60.0  # one interval spans each test's burst
        redis_module.set_redis(None)
        redis_module.request_breaker.reset()
        runtime.broker_breaker.reset()
        set_limiter(build_limiter(server.url))
        runtime.configure_dispatch(inline=False)
        connect = celery_app.connection_for_write
        monkeypatch.setattr(celery_app, "connection_for_write", lambda: connect(server.url))
        celery_app._pool = None
        celery_app.amqp._producer_pool = None
        try:
            yield server
        finally:
            server.resume()
            for name, value in saved.items():
                setattr(settings, name, value)
            redis_module.set_redis(None)
            redis_module.request_breaker.reset()
            runtime.broker_breaker.reset()
            set_limiter(None)
            monkeypatch.undo()
            celery_app._pool = None
            celery_app.amqp._producer_pool = None
            runtime.configure_dispatch(inline=True)


async def test_session_check_answers_from_postgres_while_redis_is_paused(
    client: Any, session: AsyncSession, stack: OwnRedis
) -> None:
    user = await create_user(session)
    tokens = await login(session, user)
    other = await login(session, user)
    await session.commit()
    headers = {"Authorization": f"Bearer {tokens.access_token}"}
    assert (await client.get("/api/v1/users/me", headers=headers)).status_code == 200

    stack.pause()
    # Revoked in PostgreSQL while the cache cannot be told.
    await session.execute(
        update(AuthSession).where(AuthSession.id == other.session_id).values(revoked_at=utcnow())
    )
    await session.commit()
    codes = [(await client.get("/api/v1/users/me", headers=headers)).status_code for _ in range(20)]
    revoked = await client.get(
        "/api/v1/users/me", headers={"Authorization": f"Bearer {other.access_token}"}
    )

    assert codes == [200] * 20
    assert revoked.status_code == 401
    # One request paid the short timeout; the others skipped Redis (breaker open).
    assert redis_module.request_breaker.trips == 1

    stack.resume()
    redis_module.request_breaker.open_until = 0.1  # as if the interval had passed: probe
    assert (await client.get("/api/v1/users/me", headers=headers)).status_code == 200
    assert redis_module.request_breaker.open_until == 0.0  # closed again


async def test_rate_limits_fail_open_while_redis_is_paused(
    client: Any, session: AsyncSession, stack: OwnRedis
) -> None:
    get_settings().rate_limit_enabled = True
    user = await create_user(session, password="a long enough password 1")
    await session.commit()
    stack.pause()
    body = {"email": user.email, "password": "a long enough password 1"}
    codes = [(await client.post("/api/v1/auth/login", json=body)).status_code for _ in range(8)]
    # 8 sign-ins is over the per-account limit (5/minute): the limit is not enforced, and
    # nothing fails.
    assert codes == [200] * 8
    assert store_breaker.trips == 1  # one timeout, then the limit is skipped at once


async def test_generation_is_kept_in_postgres_and_sent_when_redis_returns(
    client: Any, session: AsyncSession, stack: OwnRedis
) -> None:
    user = await create_user(session)
    shot = await create_screenshot(session, user, analysis=small_analysis())
    tokens = await login(session, user)
    await session.commit()
    headers = {"Authorization": f"Bearer {tokens.access_token}"}
    body = {"screenshot_id": str(shot.id), "business_context": business_context()}

    stack.pause()
    answers = [await client.post("/api/v1/generations", headers=headers, json=body)]
    answers.append(await client.post("/api/v1/generations", headers=headers, json=body))

    assert [a.status_code for a in answers] == [202, 202]
    ids = {a.json()["id"] for a in answers}
    rows = (await session.execute(select(Generation))).scalars().all()
    assert {str(g.id) for g in rows} == ids and {g.status for g in rows} == {"queued"}
    used = (await session.execute(select(UsageDaily.generations_used))).scalar_one()
    assert used == 2  # charged once each, and held for the queued work
    # The first publish failed (one timeout) and opened the breaker; the second skipped it.
    assert runtime.broker_breaker.trips == 1

    stack.resume()
    runtime.broker_breaker.reset()
    await session.execute(update(Generation).values(updated_at=utcnow() - timedelta(minutes=5)))
    await session.commit()
    assert (await sweep_stuck(session))["resent"] == 2
    await commit(session)

    queued = []
    for key in stack.client.keys("*"):
        if stack.client.type(key) == b"list":
            queued += [json.loads(m) for m in stack.client.lrange(key, 0, -1)]
    sent_ids = {ast.literal_eval(m["headers"]["argsrepr"])[0] for m in queued}
    assert sent_ids == ids
