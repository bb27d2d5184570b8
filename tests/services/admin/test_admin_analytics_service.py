"""Analytics service: range rules, Redis caching, the key-pool summary, SQLite without a 500."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.errors import BadRequest
from app.models import Generation, User
from app.services.admin import analytics
from tests.support.db import alembic_upgrade
from tests.support.factories import create_user


def test_default_range_is_the_last_30_days() -> None:
    assert analytics.resolve_range(None, None, today=date(2026, 3, 31)) == (
        date(2026, 3, 2),
        date(2026, 3, 31),
    )
    assert analytics.resolve_range(date(2026, 1, 1), None, today=date(2026, 3, 31)) == (
        date(2026, 1, 1),
        date(2026, 1, 30),
    )
    assert analytics.resolve_range(None, date(2026, 1, 30), today=date(2026, 3, 31)) == (
        date(2026, 1, 1),
        date(2026, 1, 30),
    )


def test_inverted_or_huge_ranges_are_refused() -> None:
    with pytest.raises(BadRequest):
        analytics.resolve_range(date(2026, 2, 2), date(2026, 2, 1))
    with pytest.raises(BadRequest):
        analytics.resolve_range(date(2024, 1, 1), date(2026, 1, 1))


async def test_figures_are_cached_per_range_for_the_configured_time(
    session: AsyncSession, redis_sync
) -> None:
    await create_user(session)
    today = datetime.now(UTC).date()
    first = await analytics.get_analytics(session)
    assert first.range.cached is False and first.users.total == 1
    await create_user(session)
    second = await analytics.get_analytics(session)
    assert second.range.cached is True and second.users.total == 1  # served from Redis
    ttl = redis_sync.ttl(analytics.cache_key(today - timedelta(days=29), today))
    assert 0 < ttl <= 60
    other = await analytics.get_analytics(session, from_date=today - timedelta(days=6))
    assert other.range.cached is False and other.users.total == 2  # another range, another key
    redis_sync.delete(analytics.cache_key(today - timedelta(days=29), today))
    assert (await analytics.get_analytics(session)).users.total == 2


async def test_a_redis_outage_still_answers(session: AsyncSession, monkeypatch) -> None:
    class Broken:
        async def get(self, *_a, **_k):
            raise ConnectionError("redis down")

        async def set(self, *_a, **_k):
            raise ConnectionError("redis down")

    monkeypatch.setattr(analytics, "get_redis", lambda: Broken())
    await create_user(session)
    out = await analytics.get_analytics(session)
    assert out.users.total == 1 and out.range.cached is False


async def test_key_pool_live_view_comes_from_the_real_pool_in_redis(
    session: AsyncSession, monkeypatch
) -> None:
    """The live summary is KeyPool.status() counted by state, masked keys only; a failing
    pool leaves the ledger figures (source usage_logs) and no 500."""
    from app.core.config import get_settings
    from app.llm import keypool

    secrets = ["AIzaLiveKeyOne0000000000000000000000", "AIzaLiveKeyTwo0000000000000000000000"]
    monkeypatch.setattr(get_settings(), "gemini_api_keys", secrets)
    keypool.reset_pool()
    try:
        pool = keypool.get_pool()
        first = (await pool.status())[0].label
        await pool.set_enabled(first, False, reason="test")
        today = datetime.now(UTC).date()
        out = await analytics.compute_analytics(session, from_date=today, to_date=today)
        assert out.key_pool.source == "keypool"
        assert out.key_pool.live is not None
        assert out.key_pool.live["by_state"] == {"disabled": 1, "ok": 1}
        states = {k["label"]: k["state"] for k in out.key_pool.live["keys"]}
        assert states[first] == "disabled" and len(states) == 2
        assert not any(secret in json.dumps(out.key_pool.live) for secret in secrets)

        class Down:
            async def status(self) -> None:
                raise ConnectionError("redis down")

        monkeypatch.setattr(keypool, "get_pool", lambda: Down())
        out = await analytics.compute_analytics(session, from_date=today, to_date=today)
        assert out.key_pool.source == "usage_logs" and out.key_pool.live is None
    finally:
        keypool.reset_pool()


async def test_embedded_sqlite_computes_every_figure_including_p95(tmp_path: Path) -> None:
    """The embedded default has no percentile_cont: p95 comes from ORDER BY/OFFSET, same value."""
    from app.db.engine import build_engine

    url = f"sqlite+aiosqlite:///{tmp_path / 'embedded.db'}"
    await alembic_upgrade(url)
    engine = build_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as s:
            day = date(2026, 5, 10)
            at = datetime(2026, 5, 10, 23, 59, 59, tzinfo=UTC)
            user = User(email="a@b.example", auth_provider="google", created_at=at)
            s.add(user)
            await s.flush()
            durations = [100, 200, 300, 400, 1000, 5000, 7000]
            for ms in durations:
                s.add(
                    Generation(
                        user_id=user.id,
                        status="completed",
                        business_context={},
                        model_id="m",
                        duration_ms=ms,
                        created_at=at,
                    )
                )
            s.add(
                Generation(
                    user_id=user.id,
                    status="failed",
                    business_context={},
                    created_at=at + timedelta(seconds=1),
                )
            )  # next day: outside
            await s.commit()
            out = await analytics.compute_analytics(s, from_date=day, to_date=day)
    finally:
        await engine.dispose()
    # percentile_cont(0.95) over 7 values: position 5.7 -> 5000 + 0.7 * 2000
    assert out.generations.duration.p95_ms == 6400.0
    assert out.generations.duration.avg_ms == round(sum(durations) / 7, 3)
    assert out.generations.by_status == {"completed": 7}
    assert out.generations.success_rate == 1.0
    assert out.users.signups_per_day[0].by_method == {"email": 0, "google": 1, "magic_link": 0}
    assert out.users.active.daily == 1
