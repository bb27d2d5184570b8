"""Calling Stripe from a request: integration errors become the API's error codes."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import UTC, datetime
from typing import TypeVar

from app.core.config import get_settings
from app.core.errors import ServiceUnavailable
from app.integrations import stripe_client
from app.integrations.stripe_client import (
    StripeNotConfigured,
    StripeRequestFailed,
    StripeUnavailable,
)

T = TypeVar("T")


def billing_disabled() -> ServiceUnavailable:
    return ServiceUnavailable(
        "Billing is not enabled on this server.", error_code="BILLING_DISABLED"
    )


def ensure_enabled() -> None:
    if not stripe_client.is_configured():
        raise billing_disabled()


async def call_stripe(call: Awaitable[T]) -> T:
    try:
        return await call
    except StripeNotConfigured:
        raise billing_disabled() from None
    except StripeUnavailable:
        raise ServiceUnavailable(
            "The payment provider is not answering; try again in a moment.",
            headers={"Retry-After": "5"},
        ) from None
    except StripeRequestFailed as exc:
        raise ServiceUnavailable(
            "The payment provider refused the request; try again later.",
            error_code="BILLING_PROVIDER_ERROR",
            details={"provider_code": exc.code} if exc.code else None,
        ) from None


def idempotency_window(now: datetime | None = None) -> int:
    """The current retry window: the same user + intent inside it gets the same key."""
    now = now or datetime.now(UTC)
    return int(now.timestamp()) // max(1, get_settings().stripe_idempotency_window_seconds)
