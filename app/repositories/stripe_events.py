"""Stripe webhook events: stored once by Stripe's id, locked while applied."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import StripeEvent
from app.repositories.base import insert_for, one_or_none


async def insert_if_absent(
    session: AsyncSession,
    *,
    event_id: str,
    event_type: str,
    payload: dict[str, Any],
    stripe_created_at: datetime,
    received_at: datetime,
) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; True when this call stored the event."""
    stmt = (
        insert_for(session, StripeEvent)
        .values(
            id=event_id,
            type=event_type,
            payload=payload,
            stripe_created_at=stripe_created_at,
            received_at=received_at,
            attempts=0,
        )
        .on_conflict_do_nothing(index_elements=[StripeEvent.id])
        .returning(StripeEvent.id)
    )
    return (await session.execute(stmt)).scalar_one_or_none() is not None


async def is_handled(session: AsyncSession, event_id: str) -> bool:
    result = await session.execute(select(StripeEvent.handled_at).where(StripeEvent.id == event_id))
    return result.scalar_one_or_none() is not None


async def lock(session: AsyncSession, event_id: str) -> StripeEvent | None:
    """SELECT ... FOR UPDATE: concurrent applies of one event wait here, one at a time."""
    return await one_or_none(
        session, select(StripeEvent).where(StripeEvent.id == event_id), for_update=True
    )


async def unhandled_before(
    session: AsyncSession, *, before: datetime, max_attempts: int, limit: int = 500
) -> Sequence[str]:
    result = await session.execute(
        select(StripeEvent.id)
        .where(
            StripeEvent.handled_at.is_(None),
            StripeEvent.received_at < before,
            StripeEvent.attempts < max_attempts,
        )
        .order_by(StripeEvent.received_at)
        .limit(limit)
    )
    return result.scalars().all()
