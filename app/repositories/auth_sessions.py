from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuthSession, RefreshToken


async def get(session: AsyncSession, session_id: uuid.UUID) -> AuthSession | None:
    return await session.get(AuthSession, session_id)


async def add(session: AsyncSession, auth_session: AuthSession, token: RefreshToken) -> None:
    session.add(auth_session)
    await session.flush()
    token.session_id = auth_session.id
    session.add(token)
    await session.flush()


async def revoke(
    session: AsyncSession,
    *,
    user_id: uuid.UUID,
    now: datetime,
    reason: str,
    session_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Revoke one session (or all of a user's); returns the ids that were live."""
    stmt = (
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
        .returning(AuthSession.id)
    )
    if session_id is not None:
        stmt = stmt.where(AuthSession.id == session_id)
    result = await session.execute(stmt)
    return list(result.scalars())


async def list_active(
    session: AsyncSession, user_id: uuid.UUID, now: datetime
) -> list[AuthSession]:
    result = await session.execute(
        select(AuthSession)
        .where(
            AuthSession.user_id == user_id,
            AuthSession.revoked_at.is_(None),
            AuthSession.expires_at > now,
        )
        .order_by(AuthSession.last_used_at.desc())
    )
    return list(result.scalars())
