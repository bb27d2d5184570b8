"""Housekeeping: fail generations stuck past their time limit (slot given back) and re-send
queued ones whose message was lost."""

from __future__ import annotations

from datetime import timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.db.session import after_commit
from app.models.base import utcnow
from app.repositories import generations as repo
from app.services.generation.pipeline import RUN_TASK, fail

log = structlog.get_logger(__name__)


async def sweep_stuck(session: AsyncSession) -> dict[str, int]:
    settings = get_settings()
    now = utcnow()
    failed = 0
    for generation in await repo.stuck(
        session, older_than=now - timedelta(minutes=settings.generation_stuck_minutes)
    ):
        await fail(
            session,
            generation,
            code="GENERATION_TIMEOUT",
            message=f"The generation made no progress for {settings.generation_stuck_minutes} "
            "minutes and was stopped; your quota slot was given back.",
        )
        failed += 1
    resent = 0
    for generation in await repo.queued_since(
        session,
        older_than=now - timedelta(seconds=settings.generation_resend_seconds),
        newer_than=now - timedelta(minutes=settings.generation_stuck_minutes),
        max_attempts=settings.task_max_attempts,
    ):
        # Idempotent task + lease: a duplicate of a message that was not lost is harmless.
        after_commit(session, RUN_TASK, str(generation.id))
        resent += 1
    if failed or resent:
        log.info("generation.sweep", failed=failed, resent=resent)
    return {"failed": failed, "resent": resent}
