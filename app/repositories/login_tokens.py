"""Single-use emailed tokens (magic links, email verification, password reset)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import LoginToken
from app.repositories.base import one_or_none


async def add(session: AsyncSession, token: LoginToken) -> LoginToken:
    session.add(token)
    await session.flush()
    return token


async def get(session: AsyncSession, token_id: uuid.UUID) -> LoginToken | None:
    return await session.get(LoginToken, token_id)


async def get_by_hash_for_update(session: AsyncSession, token_hash: str) -> LoginToken | None:
    stmt = select(LoginToken).where(LoginToken.token_hash == token_hash)
    return await one_or_none(session, stmt, for_update=True)


async def use_outstanding(
    session: AsyncSession, *, email: str, purposes: tuple[str, ...], now: datetime
) -> None:
    """Retire every unused token of an email for these purposes (a newer one, or a reset)."""
    await session.execute(
        update(LoginToken)
        .where(
            LoginToken.email == email,
            LoginToken.purpose.in_(purposes),
            LoginToken.used_at.is_(None),
        )
        .values(used_at=now)
    )


async def for_user(session: AsyncSession, user_id: uuid.UUID) -> list[LoginToken]:
    result = await session.execute(select(LoginToken).where(LoginToken.user_id == user_id))
    return list(result.scalars())


async def purge_expired(session: AsyncSession, *, now: datetime) -> int:
    result = await session.execute(
        delete(LoginToken).where(LoginToken.expires_at <= now).returning(LoginToken.id)
    )
    return len(list(result.scalars()))
