"""Subscriptions: one row per Stripe subscription, locked while an event is applied."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Subscription, User
from app.repositories.base import insert_for, one_or_none


async def get_by_stripe_id(
    session: AsyncSession, stripe_subscription_id: str, *, for_update: bool = False
) -> Subscription | None:
    stmt = select(Subscription).where(Subscription.stripe_subscription_id == stripe_subscription_id)
    stmt = stmt.execution_options(populate_existing=True)
    return await one_or_none(session, stmt, for_update=for_update)


async def get_or_create_locked(
    session: AsyncSession, *, stripe_subscription_id: str, stripe_customer_id: str, status: str
) -> tuple[Subscription, bool]:
    """The row for this Stripe subscription, locked FOR UPDATE; created when absent.

    Insert-if-absent then lock, so two events for a new subscription applied at once
    serialise on the row instead of one failing on the unique constraint.
    """
    stmt = (
        insert_for(session, Subscription)
        .values(
            id=uuid.uuid4(),
            stripe_subscription_id=stripe_subscription_id,
            stripe_customer_id=stripe_customer_id,
            status=status,
        )
        .on_conflict_do_nothing(index_elements=[Subscription.stripe_subscription_id])
        .returning(Subscription.id)
    )
    created = (await session.execute(stmt)).scalar_one_or_none() is not None
    row = await get_by_stripe_id(session, stripe_subscription_id, for_update=True)
    assert row is not None
    return row, created


async def latest_for_user(session: AsyncSession, *, user_id: uuid.UUID) -> Subscription | None:
    """The user's most relevant subscription: a live one first, else the newest."""
    rows = await for_user(session, user_id=user_id)
    live = [r for r in rows if r.status in ("active", "trialing", "past_due")]
    if live:
        return live[0]
    return rows[0] if rows else None


async def latest_period_start(
    session: AsyncSession, *, user_id: uuid.UUID, now: datetime
) -> datetime | None:
    """The start of the user's most recent billing period that has begun, if any."""
    result = await session.execute(
        select(Subscription.current_period_start)
        .where(
            Subscription.user_id == user_id,
            Subscription.current_period_start.is_not(None),
            Subscription.current_period_start <= now,
        )
        .order_by(Subscription.current_period_start.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def for_user(session: AsyncSession, *, user_id: uuid.UUID) -> Sequence[Subscription]:
    result = await session.execute(
        select(Subscription)
        .where(Subscription.user_id == user_id)
        .order_by(Subscription.created_at.desc())
        .execution_options(populate_existing=True)
    )
    return result.scalars().all()


async def link_unowned_to_user(
    session: AsyncSession, *, stripe_customer_id: str, user_id: uuid.UUID
) -> Sequence[Subscription]:
    """Give rows stored before their user was known (events out of order) their owner."""
    result = await session.execute(
        select(Subscription)
        .where(
            Subscription.stripe_customer_id == stripe_customer_id,
            Subscription.user_id.is_(None),
        )
        .with_for_update()
    )
    rows = result.scalars().all()
    for row in rows:
        row.user_id = user_id
    return rows


async def with_status(session: AsyncSession, statuses: Sequence[str]) -> Sequence[Subscription]:
    result = await session.execute(select(Subscription).where(Subscription.status.in_(statuses)))
    return result.scalars().all()


async def user_ids_past_due_since(session: AsyncSession, *, before: datetime) -> list[uuid.UUID]:
    result = await session.execute(
        select(Subscription.user_id).where(
            Subscription.status == "past_due",
            Subscription.past_due_since < before,
            Subscription.user_id.is_not(None),
        )
    )
    return [uid for uid in result.scalars().all() if uid is not None]


async def user_by_customer(session: AsyncSession, stripe_customer_id: str) -> User | None:
    stmt = select(User).where(User.stripe_customer_id == stripe_customer_id)
    result = await session.execute(stmt)
    return result.scalar_one_or_none()
