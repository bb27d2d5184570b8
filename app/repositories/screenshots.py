"""Every query on screenshots. Owner scoping goes through app.repositories.base."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Screenshot
from app.repositories.base import get_owned, newest_first, one_or_none, owned


async def get(
    session: AsyncSession, screenshot_id: uuid.UUID, *, for_update: bool = False
) -> Screenshot | None:
    """Unscoped: for workers acting on an id they were given, never for requests."""
    stmt = select(Screenshot).where(Screenshot.id == screenshot_id)
    return await one_or_none(session, stmt, for_update=for_update)


async def get_for_user(
    session: AsyncSession, screenshot_id: uuid.UUID, user_id: uuid.UUID, *, for_update: bool = False
) -> Screenshot | None:
    return await get_owned(session, Screenshot, screenshot_id, user_id, for_update=for_update)


async def get_by_hash(
    session: AsyncSession, user_id: uuid.UUID, content_hash: str
) -> Screenshot | None:
    stmt = owned(Screenshot, user_id).where(Screenshot.content_hash == content_hash)
    return await one_or_none(session, stmt)


async def get_by_upload_hash(
    session: AsyncSession, user_id: uuid.UUID, upload_hash: str
) -> Screenshot | None:
    stmt = owned(Screenshot, user_id).where(Screenshot.upload_hash == upload_hash).limit(1)
    result = await session.execute(stmt)
    return result.scalar_one_or_none()


async def list_page(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    limit: int,
    after: tuple[datetime, uuid.UUID] | None = None,
) -> list[Screenshot]:
    """Newest first; keyset pagination over (created_at, id), both descending."""
    stmt = owned(Screenshot, user_id)
    stmt = newest_first(stmt, Screenshot.created_at, Screenshot.id, after).limit(limit)
    result = await session.execute(stmt)
    return list(result.scalars())


async def add(session: AsyncSession, screenshot: Screenshot) -> Screenshot:
    session.add(screenshot)
    await session.flush()
    return screenshot


async def delete(session: AsyncSession, screenshot: Screenshot) -> None:
    await session.delete(screenshot)
    await session.flush()


async def count_with_storage_key(session: AsyncSession, storage_key: str) -> int:
    result = await session.execute(
        select(Screenshot.id).where(Screenshot.storage_key == storage_key).limit(2)
    )
    return len(result.all())


async def stalled(
    session: AsyncSession, *, pending_before: datetime, running_before: datetime, limit: int = 200
) -> list[Screenshot]:
    """Analyses whose message was probably lost: pending too long, or running past the
    task time limit (the worker died)."""
    result = await session.execute(
        select(Screenshot)
        .where(
            or_(
                and_(
                    Screenshot.analysis_status == "pending",
                    Screenshot.updated_at < pending_before,
                    # A re-queued run waiting for a model slot is not lost before its time.
                    or_(
                        Screenshot.analysis_retry_at.is_(None),
                        Screenshot.analysis_retry_at < pending_before,
                    ),
                ),
                and_(
                    Screenshot.analysis_status == "running",
                    Screenshot.analysis_started_at < running_before,
                ),
            )
        )
        .order_by(Screenshot.updated_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(result.scalars())


async def unfinished(session: AsyncSession, *, limit: int = 1000) -> list[Screenshot]:
    """Analyses pending or running, oldest first (embedded mode's restart recovery)."""
    result = await session.execute(
        select(Screenshot)
        .where(Screenshot.analysis_status.in_(("pending", "running")))
        .order_by(Screenshot.updated_at)
        .limit(limit)
    )
    return list(result.scalars())
