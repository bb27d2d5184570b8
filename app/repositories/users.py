from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Subscription, User
from app.repositories.base import one_or_none, owned

M = TypeVar("M")


def normalize_email(email: str) -> str:
    return email.strip().lower()


async def get(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def get_by_email(session: AsyncSession, email: str) -> User | None:
    return await one_or_none(session, select(User).where(User.email == normalize_email(email)))


async def add(session: AsyncSession, user: User) -> User:
    session.add(user)
    await session.flush()
    return user


async def get_by_google_sub(session: AsyncSession, sub: str) -> User | None:
    return await one_or_none(session, select(User).where(User.google_sub == sub))


async def get_for_update(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await one_or_none(session, select(User).where(User.id == user_id), for_update=True)


async def delete_user(session: AsyncSession, user: User) -> None:
    await session.delete(user)
    await session.flush()


LIVE_SUBSCRIPTION_STATUSES = ("active", "trialing", "past_due")


async def has_live_subscription(session: AsyncSession, user_id: uuid.UUID) -> bool:
    result = await session.execute(
        select(Subscription.id)
        .where(
            Subscription.user_id == user_id,
            Subscription.status.in_(LIVE_SUBSCRIPTION_STATUSES),
        )
        .limit(1)
    )
    return result.scalar_one_or_none() is not None


async def owned_rows(session: AsyncSession, model: type[M], user_id: uuid.UUID) -> list[M]:
    """Every row of `model` the user owns (export, deletion), oldest first when timestamped."""
    stmt = owned(model, user_id)
    created = getattr(model, "created_at", None)
    if created is not None:
        stmt = stmt.order_by(created)
    result = await session.execute(stmt)
    return list(result.scalars())
