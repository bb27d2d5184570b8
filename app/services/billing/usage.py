"""What GET /users/me/usage shows: today's generations and this period's tokens."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tiers import get_tier
from app.models import User
from app.repositories import usage as usage_repo
from app.schemas.billing import UsageOut
from app.services.billing.budget import tokens_this_period
from app.services.billing.quota import next_reset, quota_day


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
