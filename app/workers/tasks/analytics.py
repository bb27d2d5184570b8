"""Analytics tasks: the fold of the admin analytics rollups' deltas."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.services.analytics import rollups
from app.workers.runtime import task


@task(task_names.ANALYTICS_FOLD_ROLLUPS)
async def fold_rollups(session: AsyncSession) -> dict[str, int]:
    return await rollups.fold(session)
