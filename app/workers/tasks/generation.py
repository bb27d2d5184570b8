"""Generation tasks: the run (idempotent, resumable) and the stuck/lost sweeper."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.services.generation import pipeline, sweeper
from app.workers.runtime import task


@task("generation.run")
async def run_generation(session: AsyncSession, generation_id: str) -> None:
    await pipeline.run(session, generation_id)


@task("generation.sweep_stuck")
async def sweep_stuck_generations(session: AsyncSession) -> dict[str, Any]:
    return await sweeper.sweep_stuck(session)
