"""Thin wrapper over the stripe SDK: one configured StripeClient per call, plain dicts out.

The API key, base URL (tests point it at a local fake), timeout and retry count come from
settings. Every create carries an idempotency key chosen by the caller, so a retry after a
timeout returns the object the first attempt created instead of a second one. SDK errors
become the few exceptions below; their messages never carry the key.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import stripe
import structlog

from app.core.config import get_settings

log = structlog.get_logger(__name__)


class StripeNotConfigured(Exception):
    """STRIPE_SECRET_KEY is unset: billing is off in this deployment."""


class StripeUnavailable(Exception):
    """Stripe could not be reached in time or answered with a server-side error."""


class StripeNotFound(Exception):
    """Stripe does not know the requested object."""


class StripeRequestFailed(Exception):
    """Stripe refused the request (bad parameters, idempotency mismatch, auth)."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


def is_configured() -> bool:
    key = get_settings().stripe_secret_key
    return key is not None and bool(key.get_secret_value().strip())


@asynccontextmanager
async def _client() -> AsyncIterator[stripe.StripeClient]:
    settings = get_settings()
    if settings.stripe_secret_key is None or not is_configured():
        raise StripeNotConfigured("Stripe is not configured")
    http = stripe.HTTPXClient(timeout=settings.stripe_timeout_seconds)
    base = {"api": settings.stripe_api_base.rstrip("/")} if settings.stripe_api_base else None
    client = stripe.StripeClient(
        settings.stripe_secret_key.get_secret_value(),
        base_addresses=base,  # type: ignore[arg-type]
        max_network_retries=settings.stripe_max_network_retries,
        http_client=http,
    )
    try:
        yield client
    except stripe.APIConnectionError as exc:
        log.warning("billing.stripe.unreachable", error=type(exc.__cause__).__name__)
        raise StripeUnavailable("Stripe could not be reached in time") from None
    except (stripe.RateLimitError, stripe.APIError) as exc:
        log.warning("billing.stripe.server_error", status=exc.http_status)
        raise StripeUnavailable("Stripe answered with an error; try again") from None
    except stripe.InvalidRequestError as exc:
        if exc.http_status == 404:
            raise StripeNotFound(exc.code or "resource_missing") from None
        log.warning("billing.stripe.invalid_request", code=exc.code, param=exc.param)
        raise StripeRequestFailed("Stripe refused the request", code=exc.code) from None
    except stripe.StripeError as exc:
        # Authentication, permission, idempotency errors: a configuration problem.
        log.error("billing.stripe.refused", kind=type(exc).__name__, status=exc.http_status)
        raise StripeRequestFailed("Stripe refused the request", code=exc.code) from None
    finally:
        await http.close_async()


def _plain(obj: Any) -> dict[str, Any]:
    return obj.to_dict(recursive=True)  # type: ignore[no-any-return]


async def create_customer(
    *, email: str, name: str | None, user_id: str, idempotency_key: str
) -> dict[str, Any]:
    params: dict[str, Any] = {"email": email, "metadata": {"user_id": user_id}}
    if name:
        params["name"] = name
    async with _client() as client:
        customer = await client.v1.customers.create_async(
            params=params,  # type: ignore[arg-type]
            options={"idempotency_key": idempotency_key},
        )
    return _plain(customer)


async def create_checkout_session(
    *,
    customer_id: str,
    price_id: str,
    user_id: str,
    success_url: str,
    cancel_url: str,
    idempotency_key: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "mode": "subscription",
        "customer": customer_id,
        "client_reference_id": user_id,
        "line_items": [{"price": price_id, "quantity": 1}],
        "success_url": success_url,
        "cancel_url": cancel_url,
        "metadata": {"user_id": user_id},
        # The subscription carries the user too, so its own events can be linked.
        "subscription_data": {"metadata": {"user_id": user_id}},
        "allow_promotion_codes": True,
    }
    async with _client() as client:
        checkout = await client.v1.checkout.sessions.create_async(
            params=params,  # type: ignore[arg-type]
            options={"idempotency_key": idempotency_key},
        )
    return _plain(checkout)


async def create_portal_session(
    *, customer_id: str, return_url: str, configuration_id: str, idempotency_key: str
) -> dict[str, Any]:
    async with _client() as client:
        portal = await client.v1.billing_portal.sessions.create_async(
            params={
                "customer": customer_id,
                "return_url": return_url,
                "configuration": configuration_id,
            },
            options={"idempotency_key": idempotency_key},
        )
    return _plain(portal)


async def get_price(price_id: str) -> dict[str, Any]:
    async with _client() as client:
        return _plain(await client.v1.prices.retrieve_async(price_id))


async def create_portal_configuration(
    *, product_id: str, price_id: str, idempotency_key: str
) -> dict[str, Any]:
    """A portal whose plan changes are prorated; cancellation takes effect at period end."""
    features: dict[str, Any] = {
        "subscription_update": {
            "enabled": True,
            "default_allowed_updates": ["price"],
            "proration_behavior": "create_prorations",
            "products": [{"product": product_id, "prices": [price_id]}],
        },
        "subscription_cancel": {"enabled": True, "mode": "at_period_end"},
        "payment_method_update": {"enabled": True},
        "invoice_history": {"enabled": True},
    }
    async with _client() as client:
        configuration = await client.v1.billing_portal.configurations.create_async(
            params={"features": features},  # type: ignore[typeddict-item]
            options={"idempotency_key": idempotency_key},
        )
    return _plain(configuration)


async def get_subscription(subscription_id: str) -> dict[str, Any]:
    async with _client() as client:
        return _plain(await client.v1.subscriptions.retrieve_async(subscription_id))


async def get_customer(customer_id: str) -> dict[str, Any]:
    async with _client() as client:
        return _plain(await client.v1.customers.retrieve_async(customer_id))


async def list_subscriptions(*, status: str, max_items: int = 10_000) -> list[dict[str, Any]]:
    """Every subscription with `status`, following Stripe's cursor pagination."""
    found: list[dict[str, Any]] = []
    params: dict[str, Any] = {"status": status, "limit": 100}
    async with _client() as client:
        while len(found) < max_items:
            page = await client.v1.subscriptions.list_async(params=params)  # type: ignore[arg-type]
            items = [_plain(item) for item in page.data]
            found.extend(items)
            if not page.has_more or not items:
                break
            params["starting_after"] = items[-1]["id"]
    return found


def verify_webhook(
    payload: bytes, header: str | None, *, secrets: list[str], tolerance: int
) -> bool:
    """True when `header` signs `payload` (the raw body) under any of `secrets` (a roll).

    The stripe library checks the scheme (HMAC-SHA256 over "t.payload"), every v1
    signature in the header, and the timestamp against `tolerance` seconds.
    """
    if not header:
        return False
    # The library refuses signatures older than `tolerance` but not ones from the future:
    # a timestamp ahead of our clock by more than the tolerance is refused too.
    stamps = [p.strip()[2:] for p in header.split(",") if p.strip().startswith("t=")]
    if not stamps or not all(s.isdigit() and len(s) <= 12 for s in stamps):
        return False
    if any(int(s) > time.time() + tolerance for s in stamps):
        return False
    for secret in secrets:
        try:
            stripe.WebhookSignature.verify_header(payload, header, secret, tolerance)
        except (stripe.SignatureVerificationError, UnicodeDecodeError, ValueError):
            continue
        return True
    return False
