"""Keeping the admin analytics rollups (app/models/rollups.py): the periodic fold of the
triggers' deltas, and a rebuild from the raw rows for repairs. The caller commits."""

from __future__ import annotations

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.repositories import rollups as repo

log = structlog.get_logger(__name__)


async def fold(session: AsyncSession) -> dict[str, int]:
    """Fold every delta written so far (beat: every minute). Reads are exact either way; the
    fold keeps them O(days) by leaving few deltas to add."""
    folded = await repo.fold(session)
    if folded:
        log.info("analytics.rollups.folded", **folded)
    return folded


async def rebuild(session: AsyncSession) -> dict[str, int]:
    """Recompute every rollup from generations, usage_logs and analytics_events."""
    rebuilt = await repo.rebuild(session)
    log.info("analytics.rollups.rebuilt", **rebuilt)
    return rebuilt
