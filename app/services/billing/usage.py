"""What GET /users/me/usage shows: today's generations and this period's tokens."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tiers import get_tier
from app.models import User
from app.repositories import usage as usage_repo
from app.repositories import usage_logs as usage_logs_repo
from app.schemas.billing import UsageOut
from app.services.billing.budget import period_start
from app.services.billing.quota import next_reset, quota_day


async def tokens_this_period(
    session: AsyncSession, *, user: User, now: datetime | None = None
) -> tuple[datetime, int]:
    """The one definition of "token usage this period", on every screen that shows it (the
    user's usage page, the admin user detail) and in the pro budget: tokens in + out in the
    usage ledger since the current billing period's start (the subscription's
    current_period_start; without one, the 1st of the calendar month, UTC)."""
    start = await period_start(session, user=user, now=now)
    return start, await usage_logs_repo.tokens_since(session, user_id=user.id, since=start)


async def usage_for(session: AsyncSession, *, user: User, now: datetime | None = None) -> UsageOut:
    now = now or datetime.now(UTC)
    tier = get_tier(user.effective_tier)
    day = quota_day(now)
    used = await usage_repo.used_today(session, user_id=user.id, day=day)
    start, tokens = await tokens_this_period(session, user=user, now=now)
    return UsageOut(
        tier=tier.name,
        day=day,
        generations_used=used,
        generations_limit=tier.daily_generations,
        generations_remaining=max(0, tier.daily_generations - used),
        resets_at=next_reset(now),
        period_start=start,
        tokens_used=tokens,
        tokens_limit=tier.monthly_tokens,
    )
