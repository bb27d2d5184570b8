"""Generation tasks: the run (idempotent, resumable) and the stuck/lost sweeper."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.services.generation import runner, sweeper
from app.workers.runtime import task


@task(task_names.GENERATION_RUN)
async def run_generation(session: AsyncSession, generation_id: str) -> None:
    await runner.run(session, generation_id)


@task(task_names.GENERATION_SWEEP_STUCK)
async def sweep_stuck_generations(session: AsyncSession) -> dict[str, Any]:
    return await sweeper.sweep_stuck(session)
