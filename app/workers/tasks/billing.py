"""Billing tasks: apply a Stripe event, re-queue lost ones, reconcile, end grace periods."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.services.billing import apply, entitlement, reconcile
from app.workers.runtime import task


@task(task_names.BILLING_APPLY_EVENT)
async def apply_event(session: AsyncSession, event_id: str) -> str:
    return await apply.apply_event(session, event_id=event_id)


@task(task_names.BILLING_REQUEUE_UNHANDLED)
async def requeue_unhandled(session: AsyncSession) -> int:
    return await reconcile.requeue_unhandled(session)


@task(task_names.BILLING_RECONCILE)
async def reconcile_subscriptions(session: AsyncSession) -> list[dict[str, Any]]:
    return await reconcile.reconcile(session)


@task(task_names.BILLING_EXPIRE_GRACE)
async def expire_grace(session: AsyncSession) -> int:
    return await entitlement.expire_grace(session)
