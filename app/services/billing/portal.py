"""Stripe's billing portal (plan changes prorated, cancel at period end, card, invoices) and
the subscription summary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import Conflict
from app.core.redis import get_redis, rkey
from app.integrations import stripe_client
from app.models import User
from app.repositories import subscriptions as subs_repo
from app.schemas.billing import SubscriptionOut
from app.services.billing.entitlement import grace_until
from app.services.billing.stripe_calls import (
    billing_disabled,
    call_stripe,
    ensure_enabled,
    idempotency_window,
)
from app.services.responses import from_row


async def portal_configuration_id() -> str:
    """The portal configuration whose plan changes request proration.

    STRIPE_PORTAL_CONFIGURATION_ID wins when set (an operator's own configuration).
    Otherwise one is created per pro price, once: the idempotency key makes concurrent
    first calls return the same object, and its id is kept in Redis.
    """
    settings = get_settings()
    if settings.stripe_portal_configuration_id:
        return settings.stripe_portal_configuration_id
    price_id = settings.stripe_pro_price_id
    if not price_id:
        raise billing_disabled()
    key = rkey("billing", "portal_configuration", price_id)
    cached = await get_redis().get(key)
    if cached:
        return str(cached)
    price = await call_stripe(stripe_client.get_price(price_id))
    product = price["product"]
    product_id = product["id"] if isinstance(product, dict) else str(product)
    configuration = await call_stripe(
        stripe_client.create_portal_configuration(
            product_id=product_id,
            price_id=price_id,
            idempotency_key=f"pw-portal-config-{price_id}",
        )
    )
    await get_redis().set(key, configuration["id"])
    return str(configuration["id"])


async def open_portal(session: AsyncSession, *, user: User, now: datetime | None = None) -> str:
    ensure_enabled()
    if not user.stripe_customer_id:
        raise Conflict(
            "There is no billing account yet; subscribe first.",
            error_code="NO_BILLING_ACCOUNT",
        )
    return_url = get_settings().frontend_url.rstrip("/") + "/account/billing"
    portal = await call_stripe(
        stripe_client.create_portal_session(
            customer_id=user.stripe_customer_id,
            return_url=return_url,
            configuration_id=await portal_configuration_id(),
            idempotency_key=f"pw-portal-{user.id}-{idempotency_window(now)}",
        )
    )
    return str(portal["url"])


async def describe_subscription(session: AsyncSession, *, user: User) -> SubscriptionOut:
    """Read from our own rows (kept in step by webhooks): no Stripe call on a page view."""
    sub = await subs_repo.latest_for_user(session, user_id=user.id)
    account: dict[str, Any] = {
        "plan": user.effective_tier,
        "has_billing_account": user.stripe_customer_id is not None,
        "billing_enabled": stripe_client.is_configured(),
    }
    if sub is None:
        return SubscriptionOut(status="none", **account)
    return from_row(SubscriptionOut, sub, grace_until=grace_until(sub), **account)
