"""Auth tasks: the emailed links and notices, and the purge of expired sessions and tokens."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.services.auth import housekeeping, links
from app.workers.runtime import task


@task("auth.send_link_email")
async def send_link_email(session: AsyncSession, token_id: str) -> None:
    await links.send_link_email(session, token_id=uuid.UUID(token_id))


@task("auth.send_account_exists_email")
async def send_account_exists_email(session: AsyncSession, user_id: str) -> None:
    await links.send_account_exists_email(session, user_id=uuid.UUID(user_id))


@task("auth.purge_expired")
async def purge_expired(session: AsyncSession) -> dict[str, int]:
    return await housekeeping.purge_expired(session)
