"""Queries on generations; every user-facing read is owner-scoped."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Generation, GenerationStatus, User
from app.models.generation import ACTIVE_STATUSES
from app.repositories.base import get_owned, newest_first, one_or_none, owned


async def add(session: AsyncSession, generation: Generation) -> Generation:
    session.add(generation)
    await session.flush()
    return generation


async def get(
    session: AsyncSession, generation_id: uuid.UUID, *, for_update: bool = False
) -> Generation | None:
    stmt = select(Generation).where(Generation.id == generation_id)
    stmt = stmt.execution_options(populate_existing=True)
    return await one_or_none(session, stmt, for_update=for_update)


async def get_for_user(
    session: AsyncSession, generation_id: uuid.UUID, user_id: uuid.UUID
) -> Generation | None:
    return await get_owned(session, Generation, generation_id, user_id)


async def by_idempotency_key(
    session: AsyncSession, *, user_id: uuid.UUID, key: str
) -> Generation | None:
    return await one_or_none(
        session, owned(Generation, user_id).where(Generation.idempotency_key == key)
    )


async def page_for_user(
    session: AsyncSession,
    *,
    user_id: uuid.UUID,
    limit: int,
    status: str | None = None,
    before: tuple[datetime, uuid.UUID] | None = None,
) -> list[Generation]:
    """Newest first; keyset pagination on (created_at, id)."""
    stmt = owned(Generation, user_id)
    if status:
        stmt = stmt.where(Generation.status == status)
    stmt = newest_first(stmt, Generation.created_at, Generation.id, before).limit(limit)
    return list((await session.execute(stmt)).scalars())


async def mark_quota_released(session: AsyncSession, generation_id: uuid.UUID) -> bool:
    """Set quota_released once; False when it was already set (the slot went back before)."""
    result = await session.execute(
        update(Generation)
        .where(Generation.id == generation_id, Generation.quota_released.is_(False))
        .values(quota_released=True)
        .returning(Generation.id)
    )
    return result.scalar_one_or_none() is not None


async def delete_one(session: AsyncSession, generation: Generation) -> None:
    await session.execute(delete(Generation).where(Generation.id == generation.id))


async def stuck(session: AsyncSession, *, older_than: datetime) -> list[Generation]:
    """Running generations untouched since `older_than` (started and never finished)."""
    result = await session.execute(
        select(Generation)
        .where(Generation.status.in_(ACTIVE_STATUSES), Generation.updated_at < older_than)
        .with_for_update(skip_locked=True)
    )
    return list(result.scalars())


async def queued_since(
    session: AsyncSession,
    *,
    older_than: datetime,
    newer_than: datetime,
    waiting_before: datetime,
    max_attempts: int,
) -> list[Generation]:
    """Queued generations whose message may be lost: never started, long past their retry,
    or waiting on their analysis since before `waiting_before` (a wake-up may be lost)."""
    result = await session.execute(
        select(Generation).where(
            Generation.status == GenerationStatus.QUEUED,
            or_(
                and_(
                    Generation.updated_at < older_than,
                    or_(
                        # Never started (its message was lost), or a run that ended without
                        # leaving the row (its last write failed, e.g. PostgreSQL restarting)
                        # with attempts left; an exhausted one is left to the stuck sweep.
                        and_(Generation.retry_at.is_(None), Generation.attempts < max_attempts),
                        Generation.retry_at < older_than,  # re-queued, its retry long overdue
                    ),
                ),
                and_(
                    Generation.stage == GenerationStatus.ANALYZING,
                    Generation.updated_at < waiting_before,
                ),
            ),
            Generation.updated_at >= newer_than,
        )
    )
    return list(result.scalars())


async def waiting_on_analysis(
    session: AsyncSession, screenshot_id: uuid.UUID
) -> list[tuple[Generation, User]]:
    """Generations queued until the analysis of `screenshot_id` ends, with their owners."""
    result = await session.execute(
        select(Generation, User)
        .join(User, User.id == Generation.user_id)
        .where(
            Generation.screenshot_id == screenshot_id,
            Generation.status == GenerationStatus.QUEUED,
            Generation.stage == GenerationStatus.ANALYZING,
        )
    )
    return [(generation, user) for generation, user in result.tuples()]


async def unfinished(session: AsyncSession, *, limit: int = 1000) -> list[Generation]:
    """Generations not yet completed or failed, oldest first (embedded restart recovery)."""
    result = await session.execute(
        select(Generation)
        .where(Generation.status.in_(ACTIVE_STATUSES))
        .order_by(Generation.queued_at)
        .limit(limit)
    )
    return list(result.scalars())
