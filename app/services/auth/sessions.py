"""Login sessions: start one (tokens out), check one (Redis-cached, database as truth)."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import structlog
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.redis import RedisUnavailable, on_request_path, rkey
from app.core.security import create_access_token, new_opaque_token
from app.models import AuthSession, RefreshToken, User
from app.repositories import auth_sessions as sessions_repo

log = structlog.get_logger(__name__)

SESSION_CACHE_SECONDS = 60


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int
    session_id: uuid.UUID
    refresh_expires_at: datetime


def refresh_lifetime(remember_me: bool) -> timedelta:
    settings = get_settings()
    days = settings.refresh_token_remember_days if remember_me else settings.refresh_token_days
    return timedelta(days=days)


async def start_session(
    session: AsyncSession,
    *,
    user: User,
    method: str,
    user_agent: str | None,
    ip_address: str | None,
    remember_me: bool = False,
) -> IssuedTokens:
    now = datetime.now(UTC)
    expires_at = now + refresh_lifetime(remember_me)
    raw, token_hash = new_opaque_token()
    auth_session = AuthSession(
        user_id=user.id,
        method=method,
        user_agent=(user_agent or "")[:500] or None,
        ip_address=ip_address,
        remember_me=remember_me,
        created_at=now,
        last_used_at=now,
        expires_at=expires_at,
    )
    token = RefreshToken(token_hash=token_hash, created_at=now, expires_at=expires_at)
    await sessions_repo.add(session, auth_session, token)
    access, expires_in = create_access_token(user_id=user.id, session_id=auth_session.id, now=now)
    return IssuedTokens(access, raw, expires_in, auth_session.id, expires_at)


async def mark_revoked(session_ids: list[uuid.UUID]) -> None:
    """Make revoked sessions' access tokens fail at once, before the cache would expire."""
    if not session_ids:
        return
    ttl = get_settings().access_token_minutes * 60 + 60

    async def write(client: Redis) -> None:
        pipe = client.pipeline()
        for sid in session_ids:
            pipe.set(rkey("session", sid), "0", ex=ttl)
        await pipe.execute()

    try:
        await on_request_path(write)
    except RedisUnavailable:
        # The rows are revoked; a cached "1" lives SESSION_CACHE_SECONDS at most.
        log.warning("auth.session.revoke_cache_unavailable", sessions=len(session_ids))


async def is_session_active(
    session: AsyncSession, session_id: uuid.UUID, user_id: uuid.UUID
) -> bool:
    """Redis caches the answer; PostgreSQL is the truth, read when the cache has no answer
    or Redis is slow or down (a short timeout, then the breaker skips Redis)."""
    key = rkey("session", session_id)
    try:
        cached = await on_request_path(lambda client: client.get(key))
    except RedisUnavailable:
        cached = None
    if cached == "0":
        return False
    if isinstance(cached, str) and cached.startswith("1:"):
        # Cached validity is bound to the session's (the token family's) user: a token that
        # pairs this session id with another user id is refused.
        return cached == f"1:{user_id}"
    row = await sessions_repo.get(session, session_id)
    live = row is not None and row.revoked_at is None and row.expires_at > datetime.now(UTC)
    value = f"1:{row.user_id}" if live and row is not None else "0"
    with contextlib.suppress(RedisUnavailable):  # the cache is an optimisation
        await on_request_path(lambda client: client.set(key, value, ex=SESSION_CACHE_SECONDS))
    return live and row is not None and row.user_id == user_id
