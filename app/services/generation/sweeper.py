"""Housekeeping: fail generations stuck past their time limit (slot given back) and re-send
queued ones whose message (or wake-up from their analysis) was lost. The task boundary
commits; the failed rows' progress events go out after it."""

from __future__ import annotations

from datetime import timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.db.session import after_commit
from app.models.base import utcnow
from app.repositories import generations as repo
from app.services.generation.pipeline import fail

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
        waiting_before=now
        - timedelta(
            seconds=min(settings.generation_resend_seconds, settings.analysis_wait_seconds)
        ),
        max_attempts=settings.task_max_attempts,
    ):
        # Idempotent task + lease: a duplicate of a message that was not lost is harmless. A
        # generation waiting on its analysis runs again: woken, or failed once it waited
        # too long (ANALYSIS_TIMEOUT).
        after_commit(session, task_names.GENERATION_RUN, str(generation.id))
        resent += 1
    if failed or resent:
        log.info("generation.sweep", failed=failed, resent=resent)
    return {"failed": failed, "resent": resent}
