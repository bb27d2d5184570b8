"""Purge what can no longer be used: expired refresh tokens and login links, and sessions
that expired or were revoked more than a day ago (kept a while for the session list)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.repositories import auth_sessions as sessions_repo
from app.repositories import login_tokens as tokens_repo

log = structlog.get_logger(__name__)
REVOKED_KEEP = timedelta(days=1)


async def purge_expired(session: AsyncSession) -> dict[str, int]:
    now = datetime.now(UTC)
    sessions = await sessions_repo.purge_expired(
        session, now=now, revoked_before=now - REVOKED_KEEP
    )
    tokens = await tokens_repo.purge_expired(session, now=now)
    log.info("auth.purged", sessions=sessions, login_tokens=tokens)
    return {"sessions": sessions, "login_tokens": tokens}
