"""The monthly token budget of tiers that have one (pro: 500k tokens a billing period)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import TooManyRequests
from app.core.tiers import get_tier
from app.models import User
from app.repositories import subscriptions as subs_repo
from app.repositories import usage_logs as usage_logs_repo


async def period_start(
    session: AsyncSession, *, user: User, now: datetime | None = None
) -> datetime:
    """The current billing period's start: the subscription's, else the calendar month's."""
    now = now or datetime.now(UTC)
    start = await subs_repo.latest_period_start(session, user_id=user.id, now=now)
    return start or now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


async def tokens_this_period(
    session: AsyncSession, *, user: User, now: datetime | None = None
) -> tuple[datetime, int]:
    """The one definition of "token usage this period", on every screen that shows it (the
    user's usage page, the admin user detail) and in the pro budget: tokens in + out in the
    usage ledger since the current billing period's start (the subscription's
    current_period_start; without one, the 1st of the calendar month, UTC)."""
    start = await period_start(session, user=user, now=now)
    return start, await usage_logs_repo.tokens_since(session, user_id=user.id, since=start)


async def ensure_token_budget(session: AsyncSession, *, user: User) -> None:
    """Raise 429 TOKEN_BUDGET_EXCEEDED when the user's tier budget is spent."""
    tier = get_tier(user.effective_tier)
    if tier.monthly_tokens is None:
        return
    _, used = await tokens_this_period(session, user=user)
    if used >= tier.monthly_tokens:
        raise TooManyRequests(
            "This billing period's token budget is used up.",
            error_code="TOKEN_BUDGET_EXCEEDED",
            details={"used": used, "limit": tier.monthly_tokens},
        )
