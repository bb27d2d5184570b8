"""`python -m app rollups fold|rebuild` and the beat task keep the analytics rollups."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Generation, RollupGeneration, RollupGenerationDelta
from app.workers.beat import BEAT_SCHEDULE
from tests.support.factories import create_user


async def _cli(action: str) -> tuple[int, dict[str, dict[str, int]], str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "rollups",
        action,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=dict(os.environ),
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, json.loads(out.decode().strip().splitlines()[-1]), err.decode()


async def _count(session: AsyncSession, table: type) -> int:
    return int((await session.execute(select(func.count()).select_from(table))).scalar_one())


async def test_fold_then_rebuild_from_the_command_line(session: AsyncSession) -> None:
    user = await create_user(session)
    at = datetime(2026, 3, 1, 23, 59, tzinfo=UTC)
    for status in ("completed", "failed", "completed"):
        session.add(Generation(user_id=user.id, business_context={}, status=status, created_at=at))
    await session.commit()
    assert await _count(session, RollupGenerationDelta) == 3  # the triggers' deltas

    code, out, err = await _cli("fold")
    assert code == 0, err
    assert out["fold"]["generations"] == 3
    session.expire_all()
    assert await _count(session, RollupGenerationDelta) == 0
    rows = (await session.execute(select(RollupGeneration))).scalars().all()
    assert {(r.status, r.generations) for r in rows} == {("completed", 2), ("failed", 1)}

    code, out, err = await _cli("rebuild")
    assert code == 0, err
    session.expire_all()
    rows = (await session.execute(select(RollupGeneration))).scalars().all()
    assert {(r.status, r.generations) for r in rows} == {("completed", 2), ("failed", 1)}


def test_the_fold_is_scheduled_every_minute_as_a_registered_task() -> None:
    from app.workers.celery_app import celery_app

    assert BEAT_SCHEDULE["analytics-fold-rollups"] == {
        "task": "analytics.fold_rollups",
        "schedule": 60.0,
    }
    celery_app.loader.import_default_modules()
    assert "analytics.fold_rollups" in celery_app.tasks
