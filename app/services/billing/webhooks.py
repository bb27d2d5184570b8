"""Stripe webhooks, receiving side: verify the raw body, store the event once, queue it.

Applying happens in the "billing.apply_event" task (app.services.billing.apply), so the
HTTP answer is fast and Stripe's retries only ever hit the cheap insert-if-absent.

A correctly signed body that can never be stored (not JSON, not an event, an id over 255
or a type over 100 characters, a `created` out of range, a control character or nesting
past the bound) is acknowledged with `ignored` and logged as an error: Stripe would retry
it for days and then disable the endpoint, and no retry can make it storable. What may
succeed later (the database down) stays a 5xx, so Stripe retries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.bounds import first_unclean, from_timestamp, loads_json
from app.core.config import get_settings
from app.core.errors import BadRequest, ServiceUnavailable
from app.db.session import after_commit
from app.integrations import stripe_client
from app.repositories import stripe_events as events_repo

log = structlog.get_logger(__name__)

APPLY_TASK = task_names.BILLING_APPLY_EVENT
MAX_ID_CHARS = 255  # the stripe_events columns
MAX_TYPE_CHARS = 100


@dataclass(frozen=True)
class Received:
    event_id: str
    event_type: str
    duplicate: bool
    ignored: str | None = None  # why a signed event was acknowledged without storing it


class Unstorable(ValueError):
    """A correctly signed body that no retry can make storable."""


def _invalid_signature() -> BadRequest:
    return BadRequest(
        "The Stripe-Signature header is missing, invalid or too old.",
        error_code="INVALID_SIGNATURE",
    )


def verify_event(payload: bytes, signature: str | None) -> dict[str, Any]:
    """The event as sent, after the signature over these exact bytes was checked."""
    settings = get_settings()
    secrets = [s for s in settings.stripe_webhook_secret if s]
    if not secrets:
        raise ServiceUnavailable(
            "Stripe webhooks are not configured on this server.", error_code="BILLING_DISABLED"
        )
    if not stripe_client.verify_webhook(
        payload, signature, secrets=secrets, tolerance=settings.stripe_webhook_tolerance_seconds
    ):
        log.warning("billing.webhook.bad_signature", has_header=bool(signature))
        raise _invalid_signature()
    try:
        event = loads_json(payload)
    except ValueError as exc:
        raise Unstorable(f"not JSON: {exc}") from None
    data = event.get("data") if isinstance(event, dict) else None
    if (
        not isinstance(event, dict)
        or not isinstance(event.get("id"), str)
        or not isinstance(event.get("type"), str)
        or not isinstance(event.get("created"), int)
        or not isinstance(data, dict)
        or not isinstance(data.get("object"), dict)
    ):
        raise Unstorable("lacks id, type, created or data.object")
    if not 0 < len(event["id"]) <= MAX_ID_CHARS or not 0 < len(event["type"]) <= MAX_TYPE_CHARS:
        raise Unstorable(f"id over {MAX_ID_CHARS} or type over {MAX_TYPE_CHARS} characters")
    if first_unclean(event) is not None:
        raise Unstorable("control characters in the event")
    try:
        from_timestamp(event["created"])
    except ValueError:
        raise Unstorable("created out of range") from None
    return event


async def receive_event(
    session: AsyncSession, *, payload: bytes, signature: str | None, now: datetime | None = None
) -> Received:
    try:
        event = verify_event(payload, signature)
    except Unstorable as exc:
        log.error("billing.webhook.unstorable", reason=str(exc), size=len(payload))
        return Received(event_id="", event_type="", duplicate=False, ignored=str(exc))
    now = now or datetime.now(UTC)
    stored = await events_repo.insert_if_absent(
        session,
        event_id=event["id"],
        event_type=event["type"],
        payload=event,
        stripe_created_at=from_timestamp(event["created"]),
        received_at=now,
    )
    if stored:
        log.info("billing.webhook.stored", event_id=event["id"], type=event["type"])
        after_commit(session, APPLY_TASK, event["id"])
    else:
        log.info("billing.webhook.duplicate", event_id=event["id"], type=event["type"])
        # A redelivery of an event still waiting (its message lost?): nudge it again; the
        # apply task locks the row and skips handled events, so this can never apply twice.
        if not await events_repo.is_handled(session, event["id"]):
            after_commit(session, APPLY_TASK, event["id"])
    return Received(event_id=event["id"], event_type=event["type"], duplicate=not stored)
