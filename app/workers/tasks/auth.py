"""Auth tasks: the emailed links and notices, and the purge of expired sessions and tokens."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.services.auth import housekeeping, links
from app.workers.runtime import task


@task(task_names.AUTH_SEND_LINK_EMAIL)
async def send_link_email(session: AsyncSession, token_id: str) -> None:
    await links.send_link_email(session, token_id=uuid.UUID(token_id))


@task(task_names.AUTH_SEND_ACCOUNT_EXISTS_EMAIL)
async def send_account_exists_email(session: AsyncSession, user_id: str) -> None:
    await links.send_account_exists_email(session, user_id=uuid.UUID(user_id))


@task(task_names.AUTH_PURGE_EXPIRED)
async def purge_expired(session: AsyncSession) -> dict[str, int]:
    return await housekeeping.purge_expired(session)
