"""Applying stored Stripe events, each exactly once and safe against any delivery order.

Exactly once: the event row is locked (SELECT ... FOR UPDATE), skipped when handled_at is
set, and handled_at is written in the same transaction as the change it caused.

Order: a subscription row remembers the creation time of the newest event applied
(last_event_at). Older events are skipped; events from the same second are resolved by
asking Stripe for the subscription as it is now; canceled is final. When an event needs an
object we do not know yet, we fetch it from Stripe, or keep the event and retry later.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.db.session import after_commit
from app.integrations import stripe_client
from app.integrations.stripe_client import StripeNotConfigured, StripeNotFound, StripeUnavailable
from app.models import StripeEvent, Subscription, User
from app.repositories import stripe_events as events_repo
from app.repositories import subscriptions as subs_repo
from app.repositories import users as users_repo
from app.services.analytics.events import record
from app.services.billing.entitlement import FINAL_STATUSES, refresh_user_tier

log = structlog.get_logger(__name__)

SUBSCRIPTION_EVENTS = (
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
)
HANDLED_TYPES = (
    *SUBSCRIPTION_EVENTS,
    "checkout.session.completed",
    "invoice.paid",
    "invoice.payment_failed",
)


class RetryLater(Exception):
    """The event cannot be applied yet (Stripe unreachable, object unknown)."""


def _ts(value: Any) -> datetime | None:
    return datetime.fromtimestamp(int(value), UTC) if value else None


def _id(value: Any) -> str | None:
    """Stripe fields hold an id or, when expanded, the object itself."""
    if isinstance(value, dict):
        return value.get("id")
    return value if isinstance(value, str) and value else None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _items(obj: dict[str, Any]) -> list[dict[str, Any]]:
    items = obj.get("items")
    return list(items.get("data") or []) if isinstance(items, dict) else []


def _period(obj: dict[str, Any], field: str) -> datetime | None:
    # Newer API versions keep the period on the subscription items.
    if obj.get(field):
        return _ts(obj[field])
    values = [item[field] for item in _items(obj) if item.get(field)]
    return _ts(min(values) if field.endswith("start") else max(values)) if values else None


async def _fetch_subscription(subscription_id: str) -> dict[str, Any]:
    try:
        return await stripe_client.get_subscription(subscription_id)
    except (StripeUnavailable, StripeNotConfigured) as exc:
        raise RetryLater(f"subscription {subscription_id} could not be fetched: {exc}") from None


def _copy_state(sub: Subscription, obj: dict[str, Any], *, as_of: datetime) -> None:
    """Write the Stripe object's state onto the row; as_of is how current that state is."""
    sub.stripe_customer_id = _id(obj.get("customer")) or sub.stripe_customer_id
    sub.status = str(obj.get("status") or sub.status)
    prices = [_id(item.get("price")) for item in _items(obj)]
    sub.stripe_price_id = next((p for p in prices if p), sub.stripe_price_id)
    sub.current_period_start = _period(obj, "current_period_start") or sub.current_period_start
    sub.current_period_end = _period(obj, "current_period_end") or sub.current_period_end
    sub.cancel_at_period_end = bool(obj.get("cancel_at_period_end"))
    sub.canceled_at = _ts(obj.get("canceled_at")) or sub.canceled_at
    if sub.status == "past_due":
        sub.past_due_since = sub.past_due_since or as_of
    else:
        sub.past_due_since = None
    if sub.last_event_at is None or as_of > sub.last_event_at:
        sub.last_event_at = as_of


async def _resolve_user(session: AsyncSession, *, obj: dict[str, Any]) -> User | None:
    """The user a subscription or customer belongs to: metadata, then our customer link,
    then the customer's metadata at Stripe."""
    metadata = obj.get("metadata") or {}
    user_id = _uuid(metadata.get("user_id"))
    if user_id is not None and (user := await users_repo.get(session, user_id)) is not None:
        return user
    customer_id = _id(obj.get("customer"))
    if customer_id is None:
        return None
    if (user := await subs_repo.user_by_customer(session, customer_id)) is not None:
        return user
    try:
        customer = await stripe_client.get_customer(customer_id)
    except StripeNotFound:
        return None
    except (StripeUnavailable, StripeNotConfigured) as exc:
        raise RetryLater(f"customer {customer_id} could not be fetched: {exc}") from None
    user_id = _uuid((customer.get("metadata") or {}).get("user_id"))
    return await users_repo.get(session, user_id) if user_id else None


async def _link_customer(session: AsyncSession, *, user: User, customer_id: str | None) -> None:
    if not customer_id or user.stripe_customer_id == customer_id:
        return
    if user.stripe_customer_id is None:
        other = await subs_repo.user_by_customer(session, customer_id)
        if other is None:
            user.stripe_customer_id = customer_id
            return
    log.warning("billing.customer.mismatch", user_id=str(user.id))


async def _sync_subscription(
    session: AsyncSession,
    *,
    obj: dict[str, Any],
    event_type: str,
    event_at: datetime,
    fetched: bool = False,
) -> str:
    """Bring one subscription row up to `obj` if `obj` is newer than what the row reflects."""
    sub, created = await subs_repo.get_or_create_locked(
        session,
        stripe_subscription_id=str(obj["id"]),
        stripe_customer_id=_id(obj.get("customer")) or "",
        status=str(obj.get("status") or "incomplete"),
    )
    deleted = event_type == "customer.subscription.deleted"
    if not created and sub.status in FINAL_STATUSES and not deleted:
        log.info(
            "billing.webhook.after_final", subscription=sub.stripe_subscription_id, type=event_type
        )
        return "stale"
    as_of = datetime.now(UTC) if fetched else event_at
    if not created and not deleted and not fetched and sub.last_event_at is not None:
        if event_at < sub.last_event_at:
            log.info(
                "billing.webhook.stale", subscription=sub.stripe_subscription_id, type=event_type
            )
            return "stale"
        if event_at == sub.last_event_at:
            # Stripe's timestamps are seconds: two events of one second have no order, so
            # the subscription as Stripe holds it now decides.
            obj = await _fetch_subscription(sub.stripe_subscription_id)
            as_of = datetime.now(UTC)
        start = _period(obj, "current_period_start")
        if start and sub.current_period_start and start < sub.current_period_start:
            return "stale"
    _copy_state(sub, obj, as_of=as_of)
    if deleted and sub.status not in FINAL_STATUSES:
        sub.status = "canceled"
    if sub.user_id is None:
        user = await _resolve_user(session, obj=obj)
        if user is not None:
            sub.user_id = user.id
            await _link_customer(session, user=user, customer_id=sub.stripe_customer_id)
        else:
            log.info("billing.subscription.unlinked", subscription=sub.stripe_subscription_id)
    await session.flush()
    if sub.user_id is not None:
        await refresh_user_tier(session, user_id=sub.user_id, reason=event_type)
    return "applied"


async def _on_checkout_completed(
    session: AsyncSession, *, obj: dict[str, Any], event_at: datetime
) -> str:
    if obj.get("mode") != "subscription":
        return "ignored"
    user_id = _uuid(obj.get("client_reference_id")) or _uuid(
        (obj.get("metadata") or {}).get("user_id")
    )
    customer_id = _id(obj.get("customer"))
    user = await users_repo.get(session, user_id) if user_id else None
    if user is None and customer_id:
        user = await subs_repo.user_by_customer(session, customer_id)
    if user is None:
        log.error("billing.checkout.unknown_user", checkout_session=obj.get("id"))
        return "ignored"
    subscription_id = _id(obj.get("subscription"))
    # Subscription rows are locked before the user row, the same order as elsewhere.
    if subscription_id:
        sub = await subs_repo.get_by_stripe_id(session, subscription_id, for_update=True)
        if sub is None:
            # Completed before any subscription event: learn its state from Stripe.
            fetched = await _fetch_subscription(subscription_id)
            await _sync_subscription(
                session,
                obj=fetched,
                event_type="checkout.session.completed",
                event_at=event_at,
                fetched=True,
            )
            sub = await subs_repo.get_by_stripe_id(session, subscription_id, for_update=True)
        if sub is not None and sub.user_id is None:
            sub.user_id = user.id
    if customer_id:
        await subs_repo.link_unowned_to_user(
            session, stripe_customer_id=customer_id, user_id=user.id
        )
    locked = await users_repo.get_for_update(session, user.id)
    if locked is not None:
        await _link_customer(session, user=locked, customer_id=customer_id)
    await session.flush()
    await refresh_user_tier(session, user_id=user.id, reason="checkout.session.completed")
    return "applied"


def _invoice_subscription_id(obj: dict[str, Any]) -> str | None:
    found = _id(obj.get("subscription"))
    if found:
        return found
    parent = obj.get("parent") or {}
    return _id((parent.get("subscription_details") or {}).get("subscription"))


async def _on_invoice(
    session: AsyncSession, *, obj: dict[str, Any], event_type: str, event_at: datetime
) -> str:
    subscription_id = _invoice_subscription_id(obj)
    if event_type == "invoice.payment_failed":
        sub = (
            await subs_repo.get_by_stripe_id(session, subscription_id) if subscription_id else None
        )
        user_id = sub.user_id if sub is not None else None
        if user_id is None:
            user = await _resolve_user(session, obj=obj)
            user_id = user.id if user is not None else None
        await record(
            session,
            "payment.failed",
            user_id=user_id,
            properties={
                "invoice": obj.get("id"),
                "subscription": subscription_id,
                "amount_due": obj.get("amount_due"),
                "currency": obj.get("currency"),
                "attempt_count": obj.get("attempt_count"),
            },
        )
        log.warning("billing.payment_failed", invoice=obj.get("id"), subscription=subscription_id)
    if subscription_id is None:
        return "ignored"
    # The invoice does not carry the subscription's new status; Stripe's copy does.
    fetched = await _fetch_subscription(subscription_id)
    return await _sync_subscription(
        session, obj=fetched, event_type=event_type, event_at=event_at, fetched=True
    )


async def _dispatch(session: AsyncSession, event: StripeEvent) -> str:
    obj: dict[str, Any] = event.payload["data"]["object"]
    event_at = event.stripe_created_at
    if event.type in SUBSCRIPTION_EVENTS:
        return await _sync_subscription(session, obj=obj, event_type=event.type, event_at=event_at)
    if event.type == "checkout.session.completed":
        return await _on_checkout_completed(session, obj=obj, event_at=event_at)
    if event.type in ("invoice.paid", "invoice.payment_failed"):
        return await _on_invoice(session, obj=obj, event_type=event.type, event_at=event_at)
    return "ignored"


async def apply_event(session: AsyncSession, *, event_id: str) -> str:
    """Apply one stored event; returns what happened (applied, ignored, stale, retry, ...)."""
    event = await events_repo.lock(session, event_id)
    if event is None:
        log.warning("billing.event.missing", event_id=event_id)
        return "missing"
    if event.handled_at is not None:
        log.info("billing.event.already_handled", event_id=event_id)
        return "already_handled"
    event.attempts += 1
    attempts = event.attempts
    await session.flush()
    try:
        # A savepoint: a failed apply leaves no half-change but keeps the attempt count.
        async with session.begin_nested():
            outcome = await _dispatch(session, event)
    except RetryLater as exc:
        return _schedule_retry(session, event, attempts, str(exc), outcome="retry")
    except Exception as exc:
        log.exception("billing.event.failed", event_id=event_id, type=event.type)
        return _schedule_retry(session, event, attempts, type(exc).__name__, outcome="failed")
    event.handled_at = datetime.now(UTC)
    event.last_error = None
    log.info("billing.event.applied", event_id=event_id, type=event.type, outcome=outcome)
    return outcome


def _schedule_retry(
    session: AsyncSession, event: StripeEvent, attempts: int, error: str, *, outcome: str
) -> str:
    settings = get_settings()
    event.last_error = error[:1000]
    if attempts < settings.stripe_event_max_attempts:
        delay = min(
            settings.stripe_event_retry_seconds * 2 ** (attempts - 1),
            settings.max_countdown_seconds,  # past the visibility timeout Redis re-delivers
        )
        after_commit(session, task_names.BILLING_APPLY_EVENT, event.id, countdown=delay)
        log.warning(
            "billing.event.retry", event_id=event.id, attempts=attempts, delay=delay, error=error
        )
    else:
        log.error("billing.event.gave_up", event_id=event.id, attempts=attempts, error=error)
    return outcome
