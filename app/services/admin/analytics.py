"""The admin analytics page: aggregate SQL, cached in Redis per date range.

Definitions (also in docs/admin.md):
- The range is whole UTC days: start = from 00:00, end = the day after `to`, 00:00 (exclusive).
- Active users: distinct users with an analytics event or a generation created in
  [end - 1 day, end) (daily), [end - 7 days, end) (weekly), [end - 30 days, end) (monthly).
- Total users, users by tier and geography count users created before `end`, with their
  current tier and country.
- Generation figures count generations *created* in the range; durations are duration_ms
  of the completed ones; "today" is the current UTC day, whatever the range.
- Revenue is the current state: subscriptions in active/trialing x the pro price.

Generation, duration, usage and active-user figures are read from the daily rollups
(app/models/rollups.py): O(days) rows per range, exact at every moment. `source="raw"`
computes the same figures from the raw rows (the test oracle and the bench's baseline).
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.core.config import get_settings
from app.core.errors import BadRequest
from app.core.redis import get_redis, rkey
from app.core.tiers import all_tiers
from app.models.generation import TERMINAL_STATUSES, GenerationStatus
from app.repositories import admin_analytics as repo
from app.repositories import rollups
from app.schemas.admin import (
    ActiveUsers,
    AnalyticsOut,
    AnalyticsRange,
    CountryCount,
    DurationFigures,
    FeedbackFigures,
    GenerationDay,
    GenerationFigures,
    KeyPoolFigures,
    KeyUsage,
    RevenueFigures,
    SignupDay,
    StatusCounts,
    UsageFigures,
    UsageRow,
    UsageTotal,
    UserFigures,
)

log = structlog.get_logger(__name__)

DEFAULT_DAYS = 30
MAX_DAYS = 366
SIGNUP_METHODS = ("email", "google", "magic_link")
PAYING_STATUSES = ("active", "trialing")
PAID_TIER = "pro"
POOL_PROVIDER = "gemini"
CACHE_VERSION = 1
P95 = 0.95

Source = Literal["rollups", "raw"]


def resolve_range(
    from_date: date | None, to_date: date | None, *, today: date | None = None
) -> tuple[date, date]:
    """Default: the last 30 UTC days ending today. Bad ranges are a 400, not a 500."""
    today = today or datetime.now(UTC).date()
    to_date = to_date or (
        today if from_date is None else min(today, from_date + timedelta(DEFAULT_DAYS - 1))
    )
    from_date = from_date or to_date - timedelta(days=DEFAULT_DAYS - 1)
    if from_date > to_date:
        raise BadRequest("`from` must not be after `to`.", error_code="INVALID_DATE_RANGE")
    if (to_date - from_date).days + 1 > MAX_DAYS:
        raise BadRequest(
            f"The range may span at most {MAX_DAYS} days.", error_code="INVALID_DATE_RANGE"
        )
    return from_date, to_date


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _days(from_date: date, to_date: date) -> list[date]:
    return [from_date + timedelta(days=i) for i in range((to_date - from_date).days + 1)]


def cache_key(from_date: date, to_date: date) -> str:
    return rkey(
        "admin", "analytics", f"v{CACHE_VERSION}", from_date.isoformat(), to_date.isoformat()
    )


async def get_analytics(
    session: AsyncSession,
    *,
    from_date: date | None = None,
    to_date: date | None = None,
    now: datetime | None = None,
) -> AnalyticsOut:
    """Cached figures for the range; computed (and cached) when the cache has none."""
    from_date, to_date = resolve_range(from_date, to_date)
    ttl = get_settings().admin_analytics_cache_seconds
    key = cache_key(from_date, to_date)
    if ttl > 0:
        try:
            cached = await get_redis().get(key)
        except Exception:
            log.warning("admin.analytics.cache_read_failed", exc_info=True)
            cached = None
        if cached:
            out = AnalyticsOut.model_validate_json(cached)
            out.range.cached = True
            return out
    out = await compute_analytics(session, from_date=from_date, to_date=to_date, now=now)
    if ttl > 0:
        try:
            await get_redis().set(key, out.model_dump_json(), ex=ttl)
        except Exception:
            log.warning("admin.analytics.cache_write_failed", exc_info=True)
    return out


Lane = Callable[[AsyncSession], Awaitable[Any]]


async def _run_lanes(session: AsyncSession, lanes: list[Lane]) -> list[Any]:
    """Run independent groups of queries. On PostgreSQL each group gets its own connection
    so they run side by side (the cold page is the slowest group, not the sum); elsewhere
    (SQLite) they run one after another on the caller's session. Read-only, so separate
    snapshots a few milliseconds apart are acceptable for these figures."""
    engine = session.bind
    if (
        session.bind is None
        or session.bind.dialect.name != "postgresql"
        or not isinstance(engine, AsyncEngine)
    ):
        results = []
        for lane in lanes:
            results.append(await lane(session))
        return results

    async def run(lane: Lane) -> Any:
        async with AsyncSession(bind=engine) as own, own.begin():
            await repo.tune_for_reporting(own)
            return await lane(own)

    return list(await asyncio.gather(*(run(lane) for lane in lanes)))


async def compute_analytics(
    session: AsyncSession,
    *,
    from_date: date,
    to_date: date,
    now: datetime | None = None,
    source: Source = "rollups",
) -> AnalyticsOut:
    now = now or datetime.now(UTC)
    start, end = _midnight(from_date), _midnight(to_date + timedelta(days=1))
    days = _days(from_date, to_date)
    today = now.astimezone(UTC).date()
    # Heaviest first: each lane is one connection on PostgreSQL. The pool's live state is
    # Redis, not SQL: read at the same time, outside the lanes.
    lanes, live = await asyncio.gather(
        _run_lanes(
            session,
            [
                lambda s: _active(s, end=end, source=source),
                lambda s: _user_figures(s, start=start, end=end, days=days),
                lambda s: _generations(
                    s, start=start, end=end, days=days, today=today, source=source
                ),
                lambda s: _revenue_and_feedback(s, start=start, end=end),
                lambda s: _usage_and_keys(s, start=start, end=end, days=days, source=source),
            ],
        ),
        _live_pool_summary(),
    )
    active, users, generations, (revenue, feedback), (usage, key_pool) = lanes
    users.active = active
    key_pool.live = live
    if key_pool.live is not None:
        key_pool.source = "keypool"
    return AnalyticsOut(
        range=AnalyticsRange(
            from_date=from_date, to_date=to_date, start=start, end=end, generated_at=now
        ),
        users=users,
        generations=generations,
        usage=usage,
        revenue=revenue,
        feedback=feedback,
        key_pool=key_pool,
    )


async def _active(session: AsyncSession, *, end: datetime, source: Source) -> ActiveUsers:
    if source == "rollups":
        daily, weekly, monthly = await rollups.active_users(
            session, last_day=(end - timedelta(days=1)).date()
        )
    else:
        daily, weekly, monthly = await repo.active_users(
            session,
            end=end,
            daily=end - timedelta(days=1),
            weekly=end - timedelta(days=7),
            monthly=end - timedelta(days=30),
        )
    return ActiveUsers(daily=daily, weekly=weekly, monthly=monthly)


def _duration_figures(count: int, avg: float | None, p95: float | None) -> DurationFigures:
    return DurationFigures(
        completed_count=count,
        avg_ms=round(avg, 3) if avg is not None else None,
        p95_ms=round(p95, 3) if p95 is not None else None,
    )


async def _revenue_and_feedback(
    session: AsyncSession, *, start: datetime, end: datetime
) -> tuple[RevenueFigures, FeedbackFigures]:
    return await _revenue(session), await _feedback(session, start=start, end=end)


async def _usage_and_keys(
    session: AsyncSession, *, start: datetime, end: datetime, days: list[date], source: Source
) -> tuple[UsageFigures, KeyPoolFigures]:
    if source == "rollups":
        rows = await rollups.usage(session, first_day=days[0], last_day=days[-1])
    else:
        rows = await repo.usage_grouped(session, start=start, end=end)
    return _usage_figures(rows), _key_usage(rows, provider=POOL_PROVIDER)


async def _user_figures(
    session: AsyncSession, *, start: datetime, end: datetime, days: list[date]
) -> UserFigures:
    total, new = await repo.user_totals(session, start=start, end=end)
    by_tier = {name: 0 for name in all_tiers()}
    by_tier.update(await repo.users_by_tier(session, end=end))
    signups: dict[date, dict[str, int]] = {d: dict.fromkeys(SIGNUP_METHODS, 0) for d in days}
    for day, method, count in await repo.signups_per_day(session, start=start, end=end):
        signups.setdefault(day, dict.fromkeys(SIGNUP_METHODS, 0))[method] = count
    countries = await repo.users_by_country(session, end=end)
    return UserFigures(
        total=total,
        new_in_range=new,
        active=ActiveUsers(daily=0, weekly=0, monthly=0),  # filled in by its own lane
        by_tier=by_tier,
        signups_per_day=[
            SignupDay(day=d, total=sum(m.values()), by_method=m) for d, m in sorted(signups.items())
        ],
        geography=[
            CountryCount(country=c, users=n)
            for c, n in sorted(countries.items(), key=lambda item: (-item[1], item[0]))
        ],
    )


def _bump(counter: dict[str, int], key: str, count: int) -> None:
    counter[key] = counter.get(key, 0) + count


async def _generations(
    session: AsyncSession,
    *,
    start: datetime,
    end: datetime,
    days: list[date],
    today: date,
    source: Source,
) -> GenerationFigures:
    if source == "rollups":
        rows = await rollups.generations(session, first_day=days[0], last_day=days[-1])
        counts = [(day, status, model, n) for day, _p, model, status, n, *_rest in rows]
        today_counts: dict[str, int] = {}
        for _day, _p, _m, status, n, *_rest in await rollups.generations(
            session, first_day=today, last_day=today
        ):
            _bump(today_counts, status, n)
        completed = [(row[8], row[9]) for row in rows if row[3] == "completed"]
        count = sum(k for k, _ms in completed)
        duration = _duration_figures(
            count,
            sum(ms for _k, ms in completed) / count if count else None,
            await _p95_from_rollups(session, start=start, end=end, days=days, count=count),
        )
    else:
        counts = await repo.generations_grouped(session, start=start, end=end)
        today_start = _midnight(today)
        today_counts = await repo.generations_by_status(
            session, start=today_start, end=today_start + timedelta(days=1)
        )
        duration = _duration_figures(*await repo.duration_stats(session, start=start, end=end))
    return _generation_figures(counts, today_counts, duration, days)


async def _p95_from_rollups(
    session: AsyncSession, *, start: datetime, end: datetime, days: list[date], count: int
) -> float | None:
    """The exact continuous p95 (PostgreSQL's percentile_cont): the per-second histogram
    finds the bucket holding the rank, then the raw rows from there give the two neighbours."""
    if count == 0:
        return None
    position = P95 * (count - 1)
    rank = int(position)
    before = 0
    for bucket, n in await rollups.duration_buckets(session, first_day=days[0], last_day=days[-1]):
        if rank < before + n:
            values = await rollups.durations_from(
                session, start=start, end=end, bucket=bucket, offset=rank - before, limit=2
            )
            if not values:
                break
            p95 = float(values[0])
            if len(values) > 1:
                p95 += (position - rank) * (values[1] - values[0])
            return p95
        before += n
    log.error("admin.analytics.duration_histogram_mismatch", count=count)
    return None


def _generation_figures(
    counts: list[tuple[date, str, str, int]],
    today: dict[str, int],
    duration: DurationFigures,
    days: list[date],
) -> GenerationFigures:
    per_day = {d: GenerationDay(day=d, total=0, by_status={}, by_model={}) for d in days}
    by_status: dict[str, int] = {}
    by_model: dict[str, int] = {}
    for day, status, model, count in counts:
        entry = per_day.setdefault(day, GenerationDay(day=day, total=0, by_status={}, by_model={}))
        entry.total += count
        _bump(entry.by_status, status, count)
        _bump(entry.by_model, model, count)
        _bump(by_status, status, count)
        _bump(by_model, model, count)
    finished = sum(by_status.get(s, 0) for s in TERMINAL_STATUSES)
    return GenerationFigures(
        today=StatusCounts(total=sum(today.values()), by_status=today),
        total=sum(by_status.values()),
        by_status=by_status,
        by_model=by_model,
        per_day=[per_day[d] for d in sorted(per_day)],
        duration=duration,
        success_rate=by_status.get(GenerationStatus.COMPLETED, 0) / finished if finished else None,
    )


def _money(value: Decimal) -> float:
    return float(round(value, 6))


@dataclass
class _Tally:
    """Calls, tokens and cost summed over usage rows (the cost rounded once, at the end)."""

    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost: Decimal = Decimal(0)

    def add(self, calls: int, tokens_in: int, tokens_out: int, cost: Decimal) -> None:
        self.calls += calls
        self.tokens_in += tokens_in
        self.tokens_out += tokens_out
        self.cost += cost

    def figures(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "tokens_in": self.tokens_in,
            "tokens_out": self.tokens_out,
            "cost_usd": _money(self.cost),
        }


def _usage_figures(rows: list[Any]) -> UsageFigures:
    per_day: dict[tuple[date, str, str], _Tally] = {}
    totals: dict[tuple[str, str], _Tally] = {}
    for day, provider, model, _key, _outcome, calls, t_in, t_out, cost, _last in rows:
        per_day.setdefault((day, provider, model), _Tally()).add(calls, t_in, t_out, cost)
        totals.setdefault((provider, model), _Tally()).add(calls, t_in, t_out, cost)
    return UsageFigures(
        per_day=[
            UsageRow(day=d, provider=p, model=m, **t.figures())
            for (d, p, m), t in sorted(per_day.items())
        ],
        totals=[
            UsageTotal(provider=p, model=m, **t.figures()) for (p, m), t in sorted(totals.items())
        ],
        total_cost_usd=_money(sum((t.cost for t in totals.values()), Decimal(0))),
    )


async def _revenue(session: AsyncSession) -> RevenueFigures:
    by_status = {s: 0 for s in PAYING_STATUSES}
    by_status.update(await repo.subscriptions_by_status(session, statuses=PAYING_STATUSES))
    active = sum(by_status.values())
    tier = all_tiers().get(PAID_TIER)
    price = Decimal(str(tier.price_usd_month)) if tier else Decimal(0)
    return RevenueFigures(
        active_pro_subscriptions=active,
        by_status=by_status,
        price_usd_month=float(price),
        mrr_usd=float(price * active),
    )


async def _feedback(session: AsyncSession, *, start: datetime, end: datetime) -> FeedbackFigures:
    counts = await repo.feedback_counts(session, start=start, end=end)
    up, down = counts.get("up", 0), counts.get("down", 0)
    return FeedbackFigures(up=up, down=down, up_ratio=up / (up + down) if up + down else None)


async def _live_pool_summary() -> dict[str, Any] | None:
    """The key pool's live view from Redis (state, windows, limits; labels and masked keys
    only), through app.llm.keypool. Missing or failing, the ledger figures still stand."""
    try:
        from app.llm import keypool

        summary_fn = getattr(keypool, "pool_summary", None)
        if callable(summary_fn):  # a dedicated summary, if the LLM layer offers one
            result = summary_fn()
            if inspect.isawaitable(result):
                result = await result
        else:
            statuses = await keypool.get_pool().status()
            result = {
                "by_state": dict(Counter(s.state for s in statuses)),
                "keys": [asdict(s) for s in statuses],
            }
        # Round-trip through JSON so whatever came back is cacheable.
        return dict(json.loads(json.dumps(result, default=str)))
    except Exception:
        log.warning("admin.analytics.keypool_summary_failed", exc_info=True)
        return None


def _key_usage(rows: list[Any], *, provider: str) -> KeyPoolFigures:
    keys: dict[str, KeyUsage] = {}
    for _day, prov, _model, key, outcome, calls, t_in, t_out, _cost, last in rows:
        if prov != provider:
            continue
        label = key or "unlabelled"
        entry = keys.setdefault(
            label,
            KeyUsage(
                key_label=label,
                calls=0,
                tokens_in=0,
                tokens_out=0,
                outcomes={},
                last_used_at=None,
            ),
        )
        entry.calls += calls
        entry.tokens_in += t_in
        entry.tokens_out += t_out
        _bump(entry.outcomes, outcome, calls)
        if last is not None and (entry.last_used_at is None or last > entry.last_used_at):
            entry.last_used_at = last
    return KeyPoolFigures(
        source="usage_logs",
        configured_keys=len(get_settings().gemini_api_keys),
        keys=[keys[k] for k in sorted(keys)],
    )
