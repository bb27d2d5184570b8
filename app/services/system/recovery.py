"""Embedded mode's restart recovery: work left unfinished by a process that died.

With in-process tasks there is no broker to redeliver a message and no beat to sweep, so on
start the one process that runs every task sends each unfinished analysis and generation
again. The runs are idempotent and bounded (settings.task_max_attempts counts the run that
died), so every row ends completed or failed.
"""

from __future__ import annotations

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.db.session import after_commit
from app.repositories import generations as generations_repo
from app.repositories import screenshots as screenshots_repo

log = structlog.get_logger(__name__)


async def resume_unfinished(session: AsyncSession) -> dict[str, int]:
    """Send every unfinished analysis and generation again. Only for in-process mode: with
    Celery, a live worker may own a "running" row."""
    shots = await screenshots_repo.unfinished(session)
    for shot in shots:
        if shot.analysis_status == "running":
            # Its run died with the process (no one else runs tasks); the attempt it used
            # stays counted.
            shot.analysis_status = "pending"
        after_commit(session, task_names.ANALYSIS_RUN, str(shot.id))
    generations = await generations_repo.unfinished(session)
    for generation in generations:
        after_commit(session, task_names.GENERATION_RUN, str(generation.id))
    await session.flush()
    if shots or generations:
        log.warning("tasks.recovered", analyses=len(shots), generations=len(generations))
    return {"analyses": len(shots), "generations": len(generations)}
