"""Billing tasks: apply a Stripe event, re-queue lost ones, reconcile, end grace periods."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.services.billing import apply, entitlement, reconcile
from app.workers.runtime import task


@task("billing.apply_event")
async def apply_event(session: AsyncSession, event_id: str) -> str:
    return await apply.apply_event(session, event_id=event_id)


@task("billing.requeue_unhandled")
async def requeue_unhandled(session: AsyncSession) -> int:
    return await reconcile.requeue_unhandled(session)


@task("billing.reconcile")
async def reconcile_subscriptions(session: AsyncSession) -> list[dict[str, Any]]:
    return await reconcile.reconcile(session)


@task("billing.expire_grace")
async def expire_grace(session: AsyncSession) -> int:
    return await entitlement.expire_grace(session)
