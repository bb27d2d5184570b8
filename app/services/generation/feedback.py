"""Thumbs up or down on a generation: one per generation, changeable."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Feedback, Generation, GenerationStatus, User
from app.repositories import feedback as repo
from app.schemas.generation import FeedbackIn
from app.services.analytics.events import ClientMeta
from app.services.generation.service import ensure_completed, get, record_event


async def submit(
    session: AsyncSession,
    *,
    user: User,
    generation_id: uuid.UUID,
    data: FeedbackIn,
    meta: ClientMeta | None = None,
) -> tuple[Feedback, bool]:
    """(feedback, created) - a second submission changes the first."""
    generation = await get(session, user=user, generation_id=generation_id)
    ensure_completed(generation, "Feedback is for completed generations.")
    existed = await repo.get_for_generation(session, generation.id) is not None
    row = await repo.upsert(
        session,
        generation_id=generation.id,
        user_id=user.id,
        rating=data.rating,
        comment=data.comment or None,
    )
    await record_event(
        session,
        "feedback.submitted",
        generation,
        meta=meta,
        rating=data.rating,
        has_comment=bool(data.comment),
        changed=existed,
    )
    return row, not existed


async def for_generation(session: AsyncSession, generation: Generation) -> Feedback | None:
    """The feedback on `generation`. Only a completed generation can have any (submit), so
    the status polls of one in flight skip the query."""
    if generation.status != GenerationStatus.COMPLETED:
        return None
    return await repo.get_for_generation(session, generation.id)
