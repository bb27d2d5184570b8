"""The daily rollups behind the admin analytics page (app/models/rollups.py explains the
design): reads that sum rollup rows and not-yet-folded deltas over a day range, the fold of
deltas into rollups, and a rebuild from the raw rows.

Day bounds are inclusive UTC calendar days: `first_day <= day <= last_day`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, delete, func, literal, select, text, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from app.models import (
    AnalyticsEvent,
    Generation,
    RollupActivity,
    RollupActivityDelta,
    RollupDuration,
    RollupGeneration,
    RollupGenerationDelta,
    RollupUsage,
    RollupUsageDelta,
    UsageLog,
)
from app.models.rollups import DURATION_BUCKET_MS
from app.repositories.admin_analytics import as_date, count_latest_activity
from app.repositories.base import dialect, insert_for, utc_day

FOLD_LOCK = 0x70776C72  # "pwlr": one fold (or rebuild) at a time on PostgreSQL


@dataclass(frozen=True)
class _Target:
    """One rollup fed by a delta table: grouped by `keys`, adding `sums`, keeping the latest
    `latest`, from the delta rows that pass `only` (a column that must not be null). The fold
    writes by it and the reads sum by it."""

    table: Any
    keys: tuple[str, ...]
    sums: tuple[str, ...]
    zero: str  # the count whose zero means the row is empty
    latest: str | None = None
    only: str | None = None


GENERATIONS = _Target(
    RollupGeneration,
    ("day", "provider", "model_id", "status"),
    ("generations", "tokens_in", "tokens_out", "cost_usd", "durations", "duration_ms_sum"),
    zero="generations",
)
DURATIONS = _Target(
    RollupDuration, ("day", "bucket"), ("generations",), zero="generations", only="bucket"
)
USAGE = _Target(
    RollupUsage,
    ("day", "provider", "model_id", "key_label", "outcome"),
    ("calls", "tokens_in", "tokens_out", "cost_usd"),
    zero="calls",
    latest="last_at",
)
ACTIVITY = _Target(RollupActivity, ("day", "user_id"), ("events",), zero="events")


def _between(column: Any, first_day: date, last_day: date) -> ColumnElement[bool]:
    return and_(column >= first_day, column <= last_day)


def _sum(column: Any) -> ColumnElement[Any]:
    return func.coalesce(func.sum(column), 0)


# ---- reads -------------------------------------------------------------------------------


async def _summed(
    session: AsyncSession, target: _Target, deltas: Any, *, first_day: date, last_day: date
) -> Any:
    """The rollup's rows and its not-yet-folded deltas over the days, summed per group (keys,
    then sums, then the latest); a group whose count sums to zero is gone."""
    columns = (*target.keys, *target.sums, *((target.latest,) if target.latest else ()))
    both = union_all(
        *(
            select(*(getattr(t, n) for n in columns)).where(_between(t.day, first_day, last_day))
            for t in (target.table, deltas)
        )
    ).subquery()
    keys = [both.c[k] for k in target.keys]
    latest = [func.max(both.c[target.latest])] if target.latest else []
    return await session.execute(
        select(*keys, *(_sum(both.c[n]) for n in target.sums), *latest)
        .group_by(*keys)
        .having(func.sum(both.c[target.zero]) != 0)
    )


async def generations(
    session: AsyncSession, *, first_day: date, last_day: date
) -> list[tuple[date, str, str, str, int, int, int, Decimal, int, int]]:
    """(day, provider, model, status, generations, tokens in, tokens out, cost, rows with a
    duration, sum of their durations) per group with generations in it."""
    rows = await _summed(
        session, GENERATIONS, RollupGenerationDelta, first_day=first_day, last_day=last_day
    )
    return [
        (
            as_date(day),
            str(p),
            str(m),
            str(s),
            int(n),
            int(ti),
            int(to),
            Decimal(str(c)),
            int(k),
            int(ms),
        )
        for day, p, m, s, n, ti, to, c, k, ms in rows
    ]


async def duration_buckets(
    session: AsyncSession, *, first_day: date, last_day: date
) -> list[tuple[int, int]]:
    """(bucket, completed generations) in ascending bucket order; bucket = duration_ms // 1000."""
    r, d = RollupDuration, RollupGenerationDelta
    both = union_all(
        select(r.bucket, r.generations).where(_between(r.day, first_day, last_day)),
        select(d.bucket, d.generations).where(
            _between(d.day, first_day, last_day), d.bucket.is_not(None)
        ),
    ).subquery()
    rows = await session.execute(
        select(both.c.bucket, func.sum(both.c.generations))
        .group_by(both.c.bucket)
        .having(func.sum(both.c.generations) != 0)
        .order_by(both.c.bucket)
    )
    return [(int(b), int(n)) for b, n in rows]


async def durations_from(
    session: AsyncSession, *, start: datetime, end: datetime, bucket: int, offset: int, limit: int
) -> list[int]:
    """Completed durations of generations created in [start, end), ascending from the
    bucket's lower bound: the raw rows next to a percentile (ix_generations_completed_duration)."""
    rows = await session.execute(
        select(Generation.duration_ms)
        .where(
            Generation.status == "completed",
            Generation.duration_ms.is_not(None),
            Generation.duration_ms >= bucket * DURATION_BUCKET_MS,
            Generation.created_at >= start,
            Generation.created_at < end,
        )
        .order_by(Generation.duration_ms)
        .offset(offset)
        .limit(limit)
    )
    return [int(v) for v in rows.scalars() if v is not None]


async def usage(
    session: AsyncSession, *, first_day: date, last_day: date
) -> list[tuple[date, str, str, str | None, str, int, int, int, Decimal, datetime | None]]:
    """The same rows as admin_analytics.usage_grouped, from the rollup."""
    rows = await _summed(session, USAGE, RollupUsageDelta, first_day=first_day, last_day=last_day)
    return [
        (
            as_date(day),
            str(p),
            str(m),
            k or None,
            str(o),
            int(n),
            int(ti),
            int(to),
            Decimal(str(c)),
            _aware(last),
        )
        for day, p, m, k, o, n, ti, to, c, last in rows
    ]


def _aware(value: Any) -> datetime | None:
    """max() over a union loses the column type on SQLite: parse and mark UTC again."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


async def active_users(session: AsyncSession, *, last_day: date) -> tuple[int, int, int]:
    """Distinct users active on last_day, in the 7 and in the 30 days ending with it.

    Folded rollup rows all count at least one event; the few unfolded deltas are summed per
    (day, user) and joined in (a deletion's negative delta can cancel a rollup row), so the
    one big aggregate is a single pass over rollup_activity's primary key.
    """
    first = last_day - timedelta(days=29)
    r, d = RollupActivity, RollupActivityDelta
    pending = (
        select(d.day, d.user_id, func.sum(d.events).label("events"))
        .where(_between(d.day, first, last_day))
        .group_by(d.day, d.user_id)
        .subquery()
    )
    same = and_(pending.c.day == r.day, pending.c.user_id == r.user_id)
    days = union_all(
        select(r.day, r.user_id)
        .outerjoin(pending, same)
        .where(_between(r.day, first, last_day))
        .where(r.events + func.coalesce(pending.c.events, 0) > 0),
        select(pending.c.day, pending.c.user_id).where(
            pending.c.events > 0, ~select(r.day).where(same).exists()
        ),
    ).subquery()
    return await count_latest_activity(
        session,
        days.c.user_id,
        days.c.day,
        day_from=last_day,
        week_from=last_day - timedelta(days=6),
    )


# ---- fold and rebuild ----------------------------------------------------------------------


def _later(session: AsyncSession, a: Any, b: Any) -> ColumnElement[Any]:
    if dialect(session) == "postgresql":
        return func.greatest(a, b)  # ignores nulls
    return func.max(func.coalesce(a, b), func.coalesce(b, a))  # SQLite's max() does not


FOLDS: tuple[tuple[str, Any, tuple[_Target, ...]], ...] = (
    ("generations", RollupGenerationDelta, (GENERATIONS, DURATIONS)),
    ("usage", RollupUsageDelta, (USAGE,)),
    ("activity", RollupActivityDelta, (ACTIVITY,)),
)


def _upsert(session: AsyncSession, target: _Target, source: Any) -> Any:
    """INSERT INTO rollup SELECT the grouped delta rows of `source` (a table or the CTE of
    deleted rows) ON CONFLICT add the sums (and keep the latest)."""
    c = source.c
    grouped = select(
        *(c[k] for k in target.keys),
        *(func.sum(c[n]) for n in target.sums),
        *([func.max(c[target.latest])] if target.latest else []),
    ).group_by(*(c[k] for k in target.keys))
    if target.only:
        grouped = grouped.where(c[target.only].is_not(None))
    columns = [*target.keys, *target.sums, *([target.latest] if target.latest else [])]
    stmt = insert_for(session, target.table).from_select(columns, grouped)
    rollup = target.table
    updates: dict[str, Any] = {
        n: getattr(rollup, n) + getattr(stmt.excluded, n) for n in target.sums
    }
    if target.latest:
        updates[target.latest] = _later(
            session, getattr(rollup, target.latest), getattr(stmt.excluded, target.latest)
        )
    return stmt.on_conflict_do_update(index_elements=list(target.keys), set_=updates)


async def fold(session: AsyncSession) -> dict[str, int]:
    """Move every delta written so far into the rollups; returns the deltas folded per kind.
    The caller commits (reads stay exact either way: they add the deltas not folded yet).

    PostgreSQL: one statement per delta table, `WITH moved AS (DELETE ... RETURNING ...)`
    feeding the upserts, so exactly the rows folded are deleted (a delta whose transaction
    commits meanwhile stays for the next fold; sequence order is not commit order), and an
    advisory lock keeps two folds from overlapping. SQLite has one writer at a time: the
    upserts and the delete of the rows up to the highest id run under its write lock.
    """
    postgres = dialect(session) == "postgresql"
    if postgres:
        await session.execute(select(func.pg_advisory_xact_lock(FOLD_LOCK)))
    folded: dict[str, int] = {}
    for kind, deltas, targets in FOLDS:
        if postgres:
            moved = delete(deltas).returning(*deltas.__table__.c).cte(f"moved_{kind}")
            upserts = [
                _upsert(session, t, moved).returning(literal(1)).cte(f"fold_{kind}_{i}")
                for i, t in enumerate(targets)
            ]
            count = (
                await session.execute(select(func.count()).select_from(moved).add_cte(*upserts))
            ).scalar_one()
        else:
            top = (await session.execute(select(func.max(deltas.id)))).scalar()
            if top is None:
                continue
            upto = select(deltas).where(deltas.id <= top).subquery()
            for target in targets:
                await session.execute(_upsert(session, target, upto))
            count = await _count(session, deltas, top)
            await session.execute(delete(deltas).where(deltas.id <= top))
        if count:
            folded[kind] = int(count)
            for target in targets:
                await session.execute(
                    delete(target.table).where(getattr(target.table, target.zero) <= 0)
                )
    return folded


async def _count(session: AsyncSession, table: Any, top: int) -> int:
    return int((await session.execute(select(func.count()).where(table.id <= top))).scalar_one())


async def rebuild(session: AsyncSession) -> dict[str, int]:
    """Recompute every rollup from the raw rows (repair; the migration backfills the same
    way). On PostgreSQL the source tables are locked against writes until the caller commits,
    so no change lands between the snapshot and the triggers."""
    if dialect(session) == "postgresql":
        await session.execute(
            text("LOCK TABLE generations, usage_logs, analytics_events IN SHARE MODE")
        )
        await session.execute(select(func.pg_advisory_xact_lock(FOLD_LOCK)))
    for table in (
        RollupGeneration,
        RollupDuration,
        RollupGenerationDelta,
        RollupUsage,
        RollupUsageDelta,
        RollupActivity,
        RollupActivityDelta,
    ):
        await session.execute(delete(table))
    gen = Generation
    bucket = case(
        (
            and_(gen.status == "completed", gen.duration_ms.is_not(None)),
            gen.duration_ms // DURATION_BUCKET_MS,
        ),
        else_=None,
    )
    await session.execute(
        insert_for(session, RollupGenerationDelta).from_select(
            [
                "day",
                "provider",
                "model_id",
                "status",
                "bucket",
                "generations",
                "tokens_in",
                "tokens_out",
                "cost_usd",
                "durations",
                "duration_ms_sum",
            ],
            select(
                utc_day(session, gen.created_at),
                func.coalesce(gen.provider, ""),
                func.coalesce(gen.model_id, "unknown"),
                gen.status,
                bucket,
                literal(1),
                func.coalesce(gen.tokens_in, 0),
                func.coalesce(gen.tokens_out, 0),
                func.coalesce(gen.cost_usd, 0),
                case((gen.duration_ms.is_(None), 0), else_=1),
                func.coalesce(gen.duration_ms, 0),
            ),
        )
    )
    log = UsageLog
    await session.execute(
        insert_for(session, RollupUsageDelta).from_select(
            [
                "day",
                "provider",
                "model_id",
                "key_label",
                "outcome",
                "calls",
                "tokens_in",
                "tokens_out",
                "cost_usd",
                "last_at",
            ],
            select(
                utc_day(session, log.created_at),
                log.provider,
                log.model_id,
                func.coalesce(log.key_label, ""),
                log.outcome,
                literal(1),
                func.coalesce(log.tokens_in, 0),
                func.coalesce(log.tokens_out, 0),
                func.coalesce(log.cost_usd, 0),
                log.created_at,
            ),
        )
    )
    for source in (Generation, AnalyticsEvent):
        await session.execute(
            insert_for(session, RollupActivityDelta).from_select(
                ["day", "user_id", "events"],
                select(utc_day(session, source.created_at), source.user_id, literal(1)).where(
                    source.user_id.is_not(None)
                ),
            )
        )
    return await fold(session)


async def pending_deltas(session: AsyncSession) -> int:
    total = 0
    for table in (RollupGenerationDelta, RollupUsageDelta, RollupActivityDelta):
        total += int((await session.execute(select(func.count()).select_from(table))).scalar_one())
    return total
