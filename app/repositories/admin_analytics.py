"""Aggregate queries behind the admin analytics page. Every function returns grouped rows,
never table rows: the database does the counting (PostgreSQL in production, SQLite works too).

Bounds are half-open UTC instants: `start <= created_at < end`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, literal, select, text, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from app.models import (
    AnalyticsEvent,
    Feedback,
    Generation,
    GenerationStatus,
    Subscription,
    UsageLog,
    User,
)
from app.repositories.base import dialect, utc_day

REPORT_WORK_MEM = "64MB"


async def tune_for_reporting(session: AsyncSession) -> None:
    """Give this transaction enough sort/hash memory to aggregate ~10^5 rows in memory
    (the 4MB default spills GROUP BYs to disk and picks sort plans), and no JIT: these
    queries run in tens of milliseconds, and compiling them (chosen by cost above
    jit_above_cost) added ~40 ms to a cold page."""
    if dialect(session) == "postgresql":
        await session.execute(text(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'"))
        await session.execute(text("SET LOCAL jit = off"))


def as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _in_range(column: Any, start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


async def _count_by(session: AsyncSession, key: Any, *where: Any) -> dict[str, int]:
    """How many rows matching `where` hold each value of `key`."""
    rows = await session.execute(select(key, func.count()).where(*where).group_by(key))
    return {str(k): int(n) for k, n in rows}


async def count_latest_activity(
    session: AsyncSession, user_id: Any, at: Any, *, day_from: Any, week_from: Any
) -> tuple[int, int, int]:
    """Users whose latest activity (the `at` of their rows in an activity subquery) is at or
    after day_from, at or after week_from, and in all. Each user's latest activity is found
    once (one hash aggregate), then counted per window: much cheaper than three
    COUNT(DISTINCT ...) sorts."""
    latest = select(user_id, func.max(at).label("last")).group_by(user_id).subquery()
    row = (
        await session.execute(
            select(
                func.count().filter(latest.c.last >= day_from),
                func.count().filter(latest.c.last >= week_from),
                func.count(),
            ).select_from(latest)
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


async def user_totals(session: AsyncSession, *, start: datetime, end: datetime) -> tuple[int, int]:
    """(users who existed at `end`, users who signed up in [start, end))."""
    row = (
        await session.execute(
            select(
                func.count(User.id),
                func.count(User.id).filter(User.created_at >= start),
            ).where(User.created_at < end)
        )
    ).one()
    return int(row[0]), int(row[1])


def effective_tier_expr() -> ColumnElement[str]:
    return func.coalesce(User.tier_override, User.subscription_tier)


async def users_by_tier(session: AsyncSession, *, end: datetime) -> dict[str, int]:
    return await _count_by(session, effective_tier_expr().label("tier"), User.created_at < end)


async def signups_per_day(
    session: AsyncSession, *, start: datetime, end: datetime
) -> list[tuple[date, str, int]]:
    day = utc_day(session, User.created_at).label("day")
    rows = await session.execute(
        select(day, User.auth_provider, func.count(User.id))
        .where(_in_range(User.created_at, start, end))
        .group_by(day, User.auth_provider)
    )
    return [(as_date(d), str(method), int(n)) for d, method, n in rows]


async def active_users(
    session: AsyncSession, *, end: datetime, daily: datetime, weekly: datetime, monthly: datetime
) -> tuple[int, int, int]:
    """Distinct users with an analytics event or a generation in [daily|weekly|monthly, end)."""
    activity = union_all(
        select(AnalyticsEvent.user_id.label("user_id"), AnalyticsEvent.created_at.label("at"))
        .where(AnalyticsEvent.user_id.is_not(None))
        .where(_in_range(AnalyticsEvent.created_at, monthly, end)),
        select(Generation.user_id.label("user_id"), Generation.created_at.label("at")).where(
            _in_range(Generation.created_at, monthly, end)
        ),
    ).subquery()
    return await count_latest_activity(
        session, activity.c.user_id, activity.c.at, day_from=daily, week_from=weekly
    )


async def generations_grouped(
    session: AsyncSession, *, start: datetime, end: datetime
) -> list[tuple[date, str, str, int]]:
    """(day, status, model, count) for generations created in the range."""
    day = utc_day(session, Generation.created_at).label("day")
    model = func.coalesce(Generation.model_id, literal("unknown")).label("model")
    rows = await session.execute(
        select(day, Generation.status, model, func.count(Generation.id))
        .where(_in_range(Generation.created_at, start, end))
        .group_by(day, Generation.status, model)
    )
    return [(as_date(d), str(s), str(m), int(n)) for d, s, m, n in rows]


async def generations_by_status(
    session: AsyncSession, *, start: datetime, end: datetime
) -> dict[str, int]:
    return await _count_by(session, Generation.status, _in_range(Generation.created_at, start, end))


def _completed_durations(start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(
        Generation.status == GenerationStatus.COMPLETED,
        Generation.duration_ms.is_not(None),
        _in_range(Generation.created_at, start, end),
    )


async def duration_stats(
    session: AsyncSession, *, start: datetime, end: datetime
) -> tuple[int, float | None, float | None]:
    """(count, average, p95) of duration_ms of completed generations created in the range.

    p95 is the continuous percentile (linear interpolation, PostgreSQL's percentile_cont);
    SQLite has no percentile function, so there we fetch the two neighbours by OFFSET.
    """
    where = _completed_durations(start, end)
    if dialect(session) == "postgresql":
        row = (
            await session.execute(
                select(
                    func.count(Generation.id),
                    func.avg(Generation.duration_ms),
                    func.percentile_cont(0.95).within_group(Generation.duration_ms),
                ).where(where)
            )
        ).one()
        count = int(row[0])
        avg = float(row[1]) if row[1] is not None else None
        return count, avg, float(row[2]) if row[2] is not None else None
    row = (
        await session.execute(
            select(func.count(Generation.id), func.avg(Generation.duration_ms)).where(where)
        )
    ).one()
    count = int(row[0])
    if count == 0:
        return 0, None, None
    position = 0.95 * (count - 1)
    lower = int(position)
    values = [
        int(v)
        for v in (
            await session.execute(
                select(Generation.duration_ms)
                .where(where)
                .order_by(Generation.duration_ms)
                .offset(lower)
                .limit(2)
            )
        ).scalars()
        if v is not None
    ]
    p95 = float(values[0])
    if len(values) > 1:
        p95 += (position - lower) * (values[1] - values[0])
    return count, float(row[1]), p95


async def usage_grouped(
    session: AsyncSession, *, start: datetime, end: datetime
) -> list[tuple[date, str, str, str | None, str, int, int, int, Decimal, datetime | None]]:
    """One pass over the usage ledger: (day, provider, model, key label, outcome, calls,
    tokens in, tokens out, cost, last call). Per-model and per-key figures are sums of these."""
    day = utc_day(session, UsageLog.created_at).label("day")
    rows = await session.execute(
        select(
            day,
            UsageLog.provider,
            UsageLog.model_id,
            UsageLog.key_label,
            UsageLog.outcome,
            func.count(UsageLog.id),
            func.coalesce(func.sum(UsageLog.tokens_in), 0),
            func.coalesce(func.sum(UsageLog.tokens_out), 0),
            func.coalesce(func.sum(UsageLog.cost_usd), 0),
            func.max(UsageLog.created_at),
        )
        .where(_in_range(UsageLog.created_at, start, end))
        .group_by(day, UsageLog.provider, UsageLog.model_id, UsageLog.key_label, UsageLog.outcome)
    )
    return [
        (as_date(d), str(p), str(m), k, str(o), int(c), int(ti), int(to), Decimal(str(cost)), last)
        for d, p, m, k, o, c, ti, to, cost, last in rows
    ]


async def subscriptions_by_status(
    session: AsyncSession, *, statuses: tuple[str, ...]
) -> dict[str, int]:
    return await _count_by(session, Subscription.status, Subscription.status.in_(statuses))


async def users_by_country(session: AsyncSession, *, end: datetime) -> dict[str, int]:
    """Users existing at `end` by country: their own, else their latest event's, else unknown."""
    latest_event_country = (
        select(AnalyticsEvent.country)
        .where(AnalyticsEvent.user_id == User.id, AnalyticsEvent.country.is_not(None))
        .order_by(AnalyticsEvent.created_at.desc())
        .limit(1)
        .correlate(User)
        .scalar_subquery()
    )
    country = func.coalesce(User.country, latest_event_country, literal("unknown")).label("c")
    return await _count_by(session, country, User.created_at < end)


async def feedback_counts(
    session: AsyncSession, *, start: datetime, end: datetime
) -> dict[str, int]:
    return await _count_by(session, Feedback.rating, _in_range(Feedback.created_at, start, end))
