"""Stripe Checkout: create the customer once, then a subscription-mode session."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import Conflict
from app.core.tiers import PRO
from app.integrations import stripe_client
from app.models import User
from app.repositories import subscriptions as subs_repo
from app.repositories import users as users_repo
from app.services.analytics.events import ClientMeta, record
from app.services.billing.entitlement import LIVE_STATUSES
from app.services.billing.stripe_calls import (
    billing_disabled,
    call_stripe,
    ensure_enabled,
    idempotency_window,
)

log = structlog.get_logger(__name__)


async def ensure_customer(session: AsyncSession, *, user: User) -> str:
    """The user's Stripe customer id, created on first use.

    The user row is locked while creating, so two first checkouts at once wait for each
    other; the idempotency key makes a retry after a lost answer return the same customer.
    """
    if user.stripe_customer_id:
        return user.stripe_customer_id
    locked = await users_repo.get_for_update(session, user.id)
    if locked is None:
        raise Conflict("This account no longer exists.", error_code="USER_GONE")
    if locked.stripe_customer_id:
        return locked.stripe_customer_id
    customer = await call_stripe(
        stripe_client.create_customer(
            email=locked.email,
            name=locked.full_name,
            user_id=str(locked.id),
            idempotency_key=f"pw-customer-{locked.id}",
        )
    )
    locked.stripe_customer_id = customer["id"]
    await session.flush()
    log.info("billing.customer.created", user_id=str(locked.id))
    return str(customer["id"])


async def start_checkout(
    session: AsyncSession,
    *,
    user: User,
    plan: str = PRO,
    meta: ClientMeta | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """A Checkout session for the pro price; {id, url}. A retry in the same window (after a
    timeout, a double click) carries the same idempotency key and gets the same session."""
    settings = get_settings()
    ensure_enabled()
    price_id = settings.stripe_pro_price_id
    if not price_id:
        raise billing_disabled()
    current = await subs_repo.latest_for_user(session, user_id=user.id)
    if current is not None and current.status in LIVE_STATUSES:
        raise Conflict(
            "You already have a subscription; manage it in the billing portal.",
            error_code="ALREADY_SUBSCRIBED",
            details={"status": current.status},
        )
    customer_id = await ensure_customer(session, user=user)
    front = settings.frontend_url.rstrip("/")
    window = idempotency_window(now)
    checkout = await call_stripe(
        stripe_client.create_checkout_session(
            customer_id=customer_id,
            price_id=price_id,
            user_id=str(user.id),
            success_url=f"{front}/billing/success?session_id={{CHECKOUT_SESSION_ID}}",
            cancel_url=f"{front}/billing/cancel",
            idempotency_key=f"pw-checkout-{user.id}-{plan}-{price_id}-{window}",
        )
    )
    await record(
        session,
        "billing.checkout_started",
        user_id=user.id,
        properties={"plan": plan, "checkout_session": checkout["id"]},
        meta=meta,
    )
    log.info("billing.checkout.created", user_id=str(user.id), checkout_session=checkout["id"])
    return {"id": checkout["id"], "url": checkout["url"]}
