"""Re-send analyses whose task message was lost (beat: analysis.sweep_stalled), and fail
those that have used every attempt instead of re-sending them.

`analysis.run` is idempotent (runner.claim locks the row and skips finished or live runs),
so a duplicate of a message that was merely slow is harmless.
"""

from __future__ import annotations

from datetime import timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.db.session import after_commit
from app.models.base import utcnow
from app.repositories import screenshots as repo
from app.services.analysis.runner import claim_exhausted

log = structlog.get_logger(__name__)


async def sweep_stalled(session: AsyncSession) -> int:
    settings = get_settings()
    now = utcnow()
    shots = await repo.stalled(
        session,
        pending_before=now - timedelta(seconds=settings.generation_resend_seconds),
        running_before=now - timedelta(seconds=settings.task_time_limit),
    )
    resent = 0
    for shot in shots:
        if await claim_exhausted(session, shot):
            continue
        after_commit(session, task_names.ANALYSIS_RUN, str(shot.id))
        resent += 1
    if shots:
        log.info("analysis.sweep", resent=resent, failed=len(shots) - resent)
    return resent
