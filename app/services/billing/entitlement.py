"""Which tier a subscription grants, and keeping users.subscription_tier in step with it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.tiers import FREE, PRO
from app.models import Subscription
from app.repositories import subscriptions as subs_repo
from app.repositories import users as users_repo
from app.services.analytics.events import record

log = structlog.get_logger(__name__)

LIVE_STATUSES = ("active", "trialing", "past_due")
# Stripe never moves a subscription out of these: a later event cannot resurrect it.
FINAL_STATUSES = ("canceled", "incomplete_expired")


def grace_until(sub: Subscription) -> datetime | None:
    if sub.status != "past_due" or sub.past_due_since is None:
        return None
    return sub.past_due_since + timedelta(days=get_settings().stripe_past_due_grace_days)


def grants_paid(sub: Subscription, *, now: datetime) -> bool:
    """active/trialing: pro; past_due: pro through the grace period; anything else: free.

    cancel_at_period_end keeps the status active until the period ends, when Stripe
    sends customer.subscription.deleted; so "free at period end" needs no timer here.
    """
    if sub.status in ("active", "trialing"):
        return True
    if sub.status == "past_due":
        until = grace_until(sub)
        return until is None or now < until
    return False


def tier_for(subs: Iterable[Subscription], *, now: datetime) -> str:
    return PRO if any(grants_paid(s, now=now) for s in subs) else FREE


async def refresh_user_tier(
    session: AsyncSession, *, user_id: uuid.UUID, reason: str, now: datetime | None = None
) -> str | None:
    """Recompute the user's tier from their subscriptions; record upgrades and downgrades.

    Runs inside the caller's transaction (the event's), so the analytics event is written
    exactly when the tier changes, once.
    """
    now = now or datetime.now(UTC)
    user = await users_repo.get_for_update(session, user_id)
    if user is None:
        return None
    subs = await subs_repo.for_user(session, user_id=user_id)
    new_tier = tier_for(subs, now=now)
    old_tier = user.subscription_tier
    if new_tier != old_tier:
        user.subscription_tier = new_tier
        await session.flush()
        event = "subscription.upgraded" if new_tier == PRO else "subscription.downgraded"
        await record(
            session,
            event,
            user_id=user.id,
            properties={"from": old_tier, "to": new_tier, "reason": reason},
        )
        log.info(
            "billing.tier_changed", user_id=str(user.id), old=old_tier, new=new_tier, reason=reason
        )
    return new_tier


async def expire_grace(session: AsyncSession, *, now: datetime | None = None) -> int:
    """Downgrade users whose past_due grace ran out (nothing from Stripe marks that moment)."""
    now = now or datetime.now(UTC)
    before = now - timedelta(days=get_settings().stripe_past_due_grace_days)
    changed = 0
    for user_id in await subs_repo.user_ids_past_due_since(session, before=before):
        tier = await refresh_user_tier(
            session, user_id=user_id, reason="past_due_grace_ended", now=now
        )
        changed += tier == FREE
    return changed
