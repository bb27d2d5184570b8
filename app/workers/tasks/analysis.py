"""analysis.run: analyse one screenshot (analysis queue). Idempotent: a redelivered task
for a finished analysis does nothing (see app.services.analysis.runner)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.db.session import commit
from app.services.analysis import runner, sweeper
from app.workers.runtime import task


@task(task_names.ANALYSIS_RUN)
async def run_analysis(
    session: AsyncSession, screenshot_id: str, model_id: str | None = None
) -> str:
    shot = await runner.claim(session, uuid.UUID(screenshot_id))
    if shot is None:
        return "skipped"
    # Publish "running" now: the model call can take a minute and clients poll the row.
    await commit(session)
    outcome = await runner.execute(session, shot, model_id=model_id)
    return outcome.status


@task(task_names.ANALYSIS_SWEEP_STALLED)
async def sweep_stalled_analyses(session: AsyncSession) -> int:
    return await sweeper.sweep_stalled(session)
