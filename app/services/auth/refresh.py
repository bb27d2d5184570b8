"""Refresh-token rotation with reuse detection, logout, and the user's session list.

Rotation: each refresh marks the presented token rotated and issues a new one in the same
session (the session is the token family). Presenting a rotated token again revokes the
whole session and answers 401 - unless the token was rotated at most
settings.refresh_grace_seconds ago: then it is treated as a near-simultaneous duplicate
(two tabs, a retried request) and gets another new token of the same session, leaving
the first answer's token valid too. Nothing is revoked inside the grace window.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import NotFound, Unauthorized
from app.core.security import create_access_token, hash_token, new_opaque_token
from app.db.session import unit_of_work
from app.models import AuthSession, RefreshToken, User
from app.repositories import auth_sessions as sessions_repo
from app.repositories import users as users_repo
from app.repositories.base import get_owned
from app.services.analytics.events import ClientMeta, record
from app.services.auth.accounts import ensure_active
from app.services.auth.results import SignIn
from app.services.auth.sessions import IssuedTokens, mark_revoked

log = structlog.get_logger(__name__)
INVALID_REFRESH = "The refresh token is invalid or expired; sign in again."


def _invalid() -> Unauthorized:
    return Unauthorized(INVALID_REFRESH, error_code="INVALID_REFRESH_TOKEN")


async def refresh(session: AsyncSession, *, raw_token: str, meta: ClientMeta) -> SignIn:
    now = datetime.now(UTC)
    token_hash = hash_token(raw_token)
    peek = await sessions_repo.get_refresh_by_hash(session, token_hash)
    if peek is None:
        raise _invalid()
    grace = timedelta(seconds=min(get_settings().refresh_grace_seconds, 10))
    if peek.rotated_at is not None and now - peek.rotated_at > grace:
        await _revoke_family_for_reuse(peek.session_id)
        raise _invalid()
    # Lock the token row: of two simultaneous refreshes one rotates, the other waits and
    # then sees a just-rotated token (grace path) instead of a second rotation.
    token = await sessions_repo.get_refresh_by_hash(session, token_hash, for_update=True)
    if token is None:
        raise _invalid()
    auth_session = await sessions_repo.get(session, token.session_id)
    if (
        auth_session is None
        or auth_session.revoked_at is not None
        or auth_session.expires_at <= now
        or token.expires_at <= now
    ):
        raise _invalid()
    if token.rotated_at is not None and now - token.rotated_at > grace:
        await _revoke_family_for_reuse(token.session_id)
        raise _invalid()
    user = await users_repo.get(session, auth_session.user_id)
    if user is None:
        raise _invalid()
    ensure_active(user)
    if token.rotated_at is None:
        token.rotated_at = now
    raw, new_hash = new_opaque_token()
    await sessions_repo.add_refresh(
        session,
        RefreshToken(
            session_id=auth_session.id,
            token_hash=new_hash,
            created_at=now,
            expires_at=auth_session.expires_at,
        ),
    )
    auth_session.last_used_at = now
    if meta.ip_address:
        auth_session.ip_address = meta.ip_address
    user.last_active_at = now
    await session.flush()
    access, expires_in = create_access_token(user_id=user.id, session_id=auth_session.id, now=now)
    tokens = IssuedTokens(access, raw, expires_in, auth_session.id, auth_session.expires_at)
    return SignIn(user=user, tokens=tokens)


async def _revoke_family_for_reuse(session_id: uuid.UUID) -> None:
    """Committed on its own: the caller answers 401, which rolls its own unit of work back,
    but the revocation of a possibly stolen family must stick."""
    now = datetime.now(UTC)
    async with unit_of_work() as uow:
        await sessions_repo.revoke_by_id(uow, session_id, now=now, reason="refresh_reuse")
    await mark_revoked([session_id])
    log.warning("auth.refresh_reuse_detected", session_id=str(session_id))


async def session_for_refresh_token(session: AsyncSession, *, raw_token: str) -> AuthSession | None:
    token = await sessions_repo.get_refresh_by_hash(session, hash_token(raw_token))
    if token is None:
        return None
    return await sessions_repo.get(session, token.session_id)


async def logout(
    session: AsyncSession, *, user: User, session_id: uuid.UUID, meta: ClientMeta
) -> None:
    now = datetime.now(UTC)
    await sessions_repo.revoke_by_id(session, session_id, now=now, reason="logout")
    await mark_revoked([session_id])
    await record(session, "user.logout", user_id=user.id, properties={"all": False}, meta=meta)


async def logout_all(session: AsyncSession, *, user: User, meta: ClientMeta) -> int:
    now = datetime.now(UTC)
    revoked = await sessions_repo.revoke(session, user_id=user.id, now=now, reason="logout_all")
    for sid in revoked:
        await sessions_repo.retire_tokens(session, sid, now)
    await mark_revoked(revoked)
    await record(session, "user.logout", user_id=user.id, properties={"all": True}, meta=meta)
    return len(revoked)


async def list_sessions(session: AsyncSession, *, user: User) -> list[AuthSession]:
    return await sessions_repo.list_active(session, user.id, datetime.now(UTC))


async def revoke_session(session: AsyncSession, *, user: User, session_id: uuid.UUID) -> None:
    """Another user's session id answers 404 exactly like an unknown one."""
    row = await get_owned(session, AuthSession, session_id, user.id)
    if row is None or row.revoked_at is not None:
        raise NotFound("No such session.", error_code="SESSION_NOT_FOUND")
    await sessions_repo.revoke_by_id(
        session, session_id, now=datetime.now(UTC), reason="user_revoked"
    )
    await mark_revoked([session_id])
