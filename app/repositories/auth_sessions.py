from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuthSession, RefreshToken
from app.repositories.base import one_or_none


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


async def get_refresh_by_hash(
    session: AsyncSession, token_hash: str, *, for_update: bool = False
) -> RefreshToken | None:
    stmt = select(RefreshToken).where(RefreshToken.token_hash == token_hash)
    return await one_or_none(session, stmt, for_update=for_update)


async def add_refresh(session: AsyncSession, token: RefreshToken) -> None:
    session.add(token)
    await session.flush()


async def retire_tokens(session: AsyncSession, session_id: uuid.UUID, now: datetime) -> None:
    """Mark every live refresh token of a session as rotated (family revocation)."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.session_id == session_id, RefreshToken.rotated_at.is_(None))
        .values(rotated_at=now)
    )


async def revoke_by_id(
    session: AsyncSession, session_id: uuid.UUID, *, now: datetime, reason: str
) -> bool:
    result = await session.execute(
        update(AuthSession)
        .where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
        .returning(AuthSession.id)
    )
    revoked = result.scalar_one_or_none() is not None
    await retire_tokens(session, session_id, now)
    return revoked


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> list[AuthSession]:
    result = await session.execute(
        select(AuthSession)
        .where(AuthSession.user_id == user_id)
        .order_by(AuthSession.created_at.desc())
    )
    return list(result.scalars())


async def refresh_tokens_for_user(session: AsyncSession, user_id: uuid.UUID) -> list[RefreshToken]:
    result = await session.execute(
        select(RefreshToken)
        .join(AuthSession, AuthSession.id == RefreshToken.session_id)
        .where(AuthSession.user_id == user_id)
    )
    return list(result.scalars())


async def purge_expired(session: AsyncSession, *, now: datetime, revoked_before: datetime) -> int:
    """Delete expired refresh tokens, and sessions expired or revoked long enough ago."""
    await session.execute(delete(RefreshToken).where(RefreshToken.expires_at <= now))
    result = await session.execute(
        delete(AuthSession)
        .where(
            (AuthSession.expires_at <= now)
            | (AuthSession.revoked_at.is_not(None) & (AuthSession.revoked_at <= revoked_before))
        )
        .returning(AuthSession.id)
    )
    return len(list(result.scalars()))
