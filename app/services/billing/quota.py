"""Daily generation quota: reserve a slot atomically at creation, give it back once on failure."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import TooManyRequests
from app.core.tiers import PRO, get_tier
from app.models import Generation, User
from app.repositories import generations as generations_repo
from app.repositories import usage as usage_repo


def quota_day(now: datetime | None = None) -> date:
    now = now or datetime.now(UTC)
    return now.astimezone(ZoneInfo(get_settings().quota_timezone)).date()


def next_reset(now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    zone = ZoneInfo(get_settings().quota_timezone)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time.min, tzinfo=zone).astimezone(UTC)


async def reserve_slot(session: AsyncSession, *, user: User, now: datetime | None = None) -> date:
    """Take one of today's generations; raise 429 DAILY_QUOTA_EXCEEDED when none is left."""
    now = now or datetime.now(UTC)
    tier = get_tier(user.effective_tier)
    day = quota_day(now)
    taken = await usage_repo.take_daily_slot(
        session, user_id=user.id, day=day, limit=tier.daily_generations
    )
    if taken is None:
        retry_after = int((next_reset(now) - now).total_seconds()) + 1
        details: dict[str, object] = {
            "limit": tier.daily_generations,
            "resets_at": next_reset(now).isoformat(),
        }
        if not tier.paid:
            details["upgrade"] = (
                f"Upgrade to Pro for {get_tier(PRO).daily_generations} generations a day."
            )
        raise TooManyRequests(
            f"You have used all {tier.daily_generations} generations for today.",
            error_code="DAILY_QUOTA_EXCEEDED",
            retry_after=retry_after,
            details=details,
        )
    return day


async def release_slot(session: AsyncSession, *, generation: Generation) -> bool:
    """Give a failed generation's slot back, exactly once (guarded by quota_released)."""
    if generation.quota_day is None:
        return False
    if not await generations_repo.mark_quota_released(session, generation.id):
        return False
    generation.quota_released = True
    await usage_repo.give_back_daily_slot(
        session, user_id=generation.user_id, day=generation.quota_day
    )
    return True
