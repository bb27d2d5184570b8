"""The admin analytics rollups answer exactly what the raw rows answer, on PostgreSQL and on
SQLite: random generations, usage calls and events at day boundaries and in other time
zones, status changes, token updates, deletions (one generation, a whole user), with folds
at random points (so some answers come from rollups, some from unfolded deltas, some both).
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import AnalyticsEvent, Generation, RollupGeneration, UsageLog, User
from app.repositories import rollups as rollups_repo
from app.services.admin import analytics
from app.services.analytics import rollups
from tests.support.db import alembic_upgrade

FIRST = date(2026, 3, 1)
DAYS = 12
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
STATUSES = ("queued", "analyzing", "writing", "validating", "completed", "failed")
MODELS = (("gemini", "gemini-2.5-flash"), ("anthropic", "claude-x"), (None, None))
TZS = (UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-11)))


def _moment(rng: random.Random) -> datetime:
    """Often exactly at a UTC day boundary (either side), sometimes in a far time zone."""
    day = datetime.combine(FIRST + timedelta(days=rng.randrange(DAYS)), datetime.min.time(), UTC)
    pick = rng.random()
    if pick < 0.2:
        at = day  # 00:00:00.000000 UTC
    elif pick < 0.4:
        at = day - timedelta(microseconds=1)  # 23:59:59.999999 the day before
    else:
        at = day + timedelta(seconds=rng.randrange(86_400))
    return at.astimezone(rng.choice(TZS))


async def churn(
    session: AsyncSession, rng: random.Random, steps: int, *, fold: bool = True
) -> None:
    """Random writes through the ORM, committed in small batches, with folds in between."""
    users: list[uuid.UUID] = []
    generations: list[uuid.UUID] = []
    for step in range(steps):
        action = rng.random()
        if action < 0.08 or not users:
            user = User(email=f"u{step}-{rng.random()}@x.example", created_at=_moment(rng))
            session.add(user)
            await session.flush()
            users.append(user.id)
        elif action < 0.45:
            provider, model = rng.choice(MODELS)
            status = rng.choice(STATUSES)
            gen = Generation(
                user_id=rng.choice(users),
                business_context={},
                status=status,
                provider=provider,
                model_id=model,
                tokens_in=rng.randrange(0, 5000),
                tokens_out=rng.randrange(0, 900),
                cost_usd=Decimal(rng.randrange(0, 10**6)) / Decimal(10**6),
                duration_ms=rng.choice([None, rng.randrange(0, 90_000), 999, 1000, 1001]),
                created_at=_moment(rng),
            )
            session.add(gen)
            await session.flush()
            generations.append(gen.id)
        elif action < 0.65 and generations:
            # The pipeline's moves: a stage change alone, tokens recorded alone, or the end
            # (status, tokens and duration together); progress is no rollup column.
            status = rng.choice(STATUSES)
            values: dict[str, Any] = rng.choice(
                [
                    {"status": status, "stage": status, "progress": rng.randrange(100)},
                    {"tokens_in": Generation.tokens_in + rng.randrange(1, 300)},
                    {"progress": rng.randrange(100)},
                    {
                        "status": status,
                        "tokens_out": Generation.tokens_out + rng.randrange(0, 300),
                        "cost_usd": Generation.cost_usd + Decimal("0.000123"),
                        "duration_ms": rng.randrange(0, 60_000) if status == "completed" else None,
                    },
                ]
            )
            await session.execute(
                update(Generation).where(Generation.id == rng.choice(generations)).values(**values)
            )
        elif action < 0.7 and generations:
            gone = generations.pop(rng.randrange(len(generations)))
            await session.execute(delete(Generation).where(Generation.id == gone))
        elif action < 0.72 and len(users) > 2:
            # Account deletion: generations cascade, events and usage keep a null user.
            gone_user = users.pop(rng.randrange(len(users)))
            await session.execute(delete(User).where(User.id == gone_user))
            kept = await session.execute(select(Generation.id))
            generations = [g for g in kept.scalars()]
        elif action < 0.87:
            provider, model = rng.choice(MODELS[:2])
            session.add(
                UsageLog(
                    user_id=rng.choice(users),
                    purpose="generation",
                    provider=provider or "gemini",
                    model_id=model or "m",
                    key_label=rng.choice(["k-1", "k-2", None]),
                    tokens_in=rng.randrange(0, 4000),
                    tokens_out=rng.randrange(0, 800),
                    cost_usd=Decimal(rng.randrange(0, 10**5)) / Decimal(10**6),
                    outcome=rng.choice(["ok", "error", "rate_limited"]),
                    created_at=_moment(rng),
                )
            )
        else:
            session.add(
                AnalyticsEvent(
                    user_id=rng.choice([*users, None]),
                    event_type="auth.login",
                    created_at=_moment(rng),
                )
            )
        if rng.random() < 0.15:
            await session.commit()
        if fold and rng.random() < 0.05:
            await rollups.fold(session)
            await session.commit()
    await session.commit()


def _comparable(out: Any) -> dict[str, Any]:
    body = out.model_dump(mode="json")
    body["key_pool"].pop("live", None)
    body["range"].pop("generated_at", None)
    return body


def _differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Leaf paths where a and b differ (an assertion message that names the figure)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [
            d
            for k in sorted(set(a) | set(b))
            for d in _differences(a.get(k), b.get(k), f"{path}.{k}")
        ]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in _differences(x, y, f"{path}[{i}]")
        ]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


async def assert_rollups_match_raw(session: AsyncSession, *, churned: bool = True) -> None:
    ranges = [
        (FIRST, FIRST + timedelta(days=DAYS - 1)),
        (FIRST - timedelta(days=3), FIRST + timedelta(days=2)),
        (FIRST + timedelta(days=4), FIRST + timedelta(days=4)),
        (FIRST + timedelta(days=9), FIRST + timedelta(days=40)),
    ]
    for from_date, to_date in ranges:
        kwargs = {"from_date": from_date, "to_date": to_date, "now": NOW}
        raw = await analytics.compute_analytics(session, source="raw", **kwargs)
        fast = await analytics.compute_analytics(session, source="rollups", **kwargs)
        assert not _differences(_comparable(fast), _comparable(raw)), (from_date, to_date)
        assert raw.generations.total > 0 or to_date < FIRST or not churned


async def _exercise(session: AsyncSession, seed: int) -> None:
    rng = random.Random(seed)
    await churn(session, rng, steps=500)
    await assert_rollups_match_raw(session)  # some folded, some pending
    await rollups.fold(session)
    await session.commit()
    assert await rollups_repo.pending_deltas(session) == 0
    await assert_rollups_match_raw(session)  # all folded
    await churn(session, rng, steps=150)
    await assert_rollups_match_raw(session)
    before = _comparable(
        await analytics.compute_analytics(
            session, from_date=FIRST, to_date=FIRST + timedelta(days=DAYS - 1), now=NOW
        )
    )
    await session.execute(delete(RollupGeneration))  # damage, then repair
    await rollups.rebuild(session)
    await session.commit()
    after = _comparable(
        await analytics.compute_analytics(
            session, from_date=FIRST, to_date=FIRST + timedelta(days=DAYS - 1), now=NOW
        )
    )
    assert not _differences(after, before)


@pytest.mark.parametrize("seed", [1, 2])
async def test_rollups_equal_raw_rows_on_postgres(session: AsyncSession, seed: int) -> None:
    await _exercise(session, seed)


@pytest.mark.parametrize("seed", [3])
async def test_rollups_equal_raw_rows_on_sqlite(tmp_path: Path, seed: int) -> None:
    from app.db.engine import build_engine

    url = f"sqlite+aiosqlite:///{tmp_path / 'embedded.db'}"
    await alembic_upgrade(url)
    engine = build_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as s:
            await _exercise(s, seed)
    finally:
        await engine.dispose()


async def test_a_delta_still_uncommitted_during_a_fold_is_folded_later(
    session: AsyncSession,
) -> None:
    """Sequence order is not commit order: a writer's delta with a lower id that commits
    after a fold started is neither lost nor counted twice."""
    from app.db.engine import get_sessionmaker

    user = User(email="slow@x.example", created_at=NOW)
    session.add(user)
    await session.commit()
    async with get_sessionmaker()() as writer:
        writer.add(
            Generation(user_id=user.id, business_context={}, status="completed", created_at=NOW)
        )
        await writer.flush()  # its deltas take the lower ids, uncommitted
        session.add(
            Generation(user_id=user.id, business_context={}, status="queued", created_at=NOW)
        )
        await session.commit()  # higher ids, committed
        await rollups.fold(session)
        await session.commit()
        await writer.commit()
    await assert_rollups_match_raw(session, churned=False)
    await rollups.fold(session)
    await session.commit()
    assert await rollups_repo.pending_deltas(session) == 0
    await assert_rollups_match_raw(session, churned=False)
    out = await analytics.compute_analytics(session, from_date=NOW.date(), to_date=NOW.date())
    assert out.generations.by_status == {"queued": 1, "completed": 1}
