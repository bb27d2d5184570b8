"""Housekeeping: re-queue stored events that were never applied, compare with Stripe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.db.session import after_commit
from app.integrations import stripe_client
from app.integrations.stripe_client import StripeNotFound
from app.repositories import stripe_events as events_repo
from app.repositories import subscriptions as subs_repo
from app.services.billing.entitlement import LIVE_STATUSES
from app.services.billing.webhooks import APPLY_TASK

log = structlog.get_logger(__name__)


async def requeue_unhandled(session: AsyncSession, *, now: datetime | None = None) -> int:
    """Events stored but not handled after N minutes (a lost message, a crash) go again."""
    settings = get_settings()
    now = now or datetime.now(UTC)
    before = now - timedelta(minutes=settings.stripe_requeue_after_minutes)
    ids = await events_repo.unhandled_before(
        session, before=before, max_attempts=settings.stripe_event_max_attempts
    )
    for event_id in ids:
        after_commit(session, APPLY_TASK, event_id)
    if ids:
        log.warning("billing.events.requeued", count=len(ids))
    return len(ids)


async def reconcile(session: AsyncSession) -> list[dict[str, Any]]:
    """Compare the subscriptions we think are live with Stripe's; log every difference.

    Logging, not fixing: drift means a webhook went missing or was misapplied, which a
    person should look at (the next event for the subscription heals the row anyway).
    """
    if not stripe_client.is_configured():
        log.info("billing.reconcile.skipped", reason="stripe not configured")
        return []
    remote: dict[str, dict[str, Any]] = {}
    for status in LIVE_STATUSES:
        for sub in await stripe_client.list_subscriptions(status=status):
            remote[sub["id"]] = sub
    local = {
        row.stripe_subscription_id: row
        for row in await subs_repo.with_status(session, LIVE_STATUSES)
    }
    drift: list[dict[str, Any]] = []
    for sub_id, sub in remote.items():
        row = local.get(sub_id) or await subs_repo.get_by_stripe_id(session, sub_id)
        if row is None:
            drift.append(
                {
                    "subscription": sub_id,
                    "kind": "missing_locally",
                    "stripe_status": sub.get("status"),
                }
            )
        elif row.status != sub.get("status"):
            drift.append(
                {
                    "subscription": sub_id,
                    "kind": "status_mismatch",
                    "local_status": row.status,
                    "stripe_status": sub.get("status"),
                }
            )
    for sub_id, row in local.items():
        if sub_id in remote:
            continue
        stripe_status: str | None
        try:
            stripe_status = (await stripe_client.get_subscription(sub_id)).get("status")
        except StripeNotFound:
            stripe_status = None
        drift.append(
            {
                "subscription": sub_id,
                "kind": "not_live_at_stripe",
                "local_status": row.status,
                "stripe_status": stripe_status,
            }
        )
    for item in drift:
        log.warning("billing.reconcile.drift", **item)
    log.info("billing.reconcile.done", local=len(local), stripe=len(remote), drift=len(drift))
    return drift
