"""Analyses whose message was lost are re-sent; live and finished ones are left alone."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Screenshot
from app.models.base import utcnow
from app.services.analysis.sweeper import sweep_stalled
from tests.support.factories import create_user


async def _shot(session: AsyncSession, user, status: str, *, age_s: int, started_s: int | None):
    now = utcnow()
    shot = Screenshot(
        user_id=user.id,
        content_hash=f"{status}{age_s}{started_s}".ljust(64, "0"),
        storage_key=f"k/{status}{age_s}",
        image_format="PNG",
        width=10,
        height=10,
        size_bytes=10,
        analysis_status=status,
        created_at=now - timedelta(seconds=age_s),
        updated_at=now - timedelta(seconds=age_s),
        analysis_started_at=None if started_s is None else now - timedelta(seconds=started_s),
    )
    session.add(shot)
    await session.flush()
    return shot


async def test_lost_pending_and_dead_running_analyses_are_resent(session: AsyncSession) -> None:
    user = await create_user(session)
    lost = await _shot(session, user, "pending", age_s=3600, started_s=None)
    fresh = await _shot(session, user, "pending", age_s=5, started_s=None)
    dead = await _shot(session, user, "running", age_s=3600, started_s=3600)
    live = await _shot(session, user, "running", age_s=30, started_s=30)
    done = await _shot(session, user, "completed", age_s=3600, started_s=3600)
    await session.commit()

    resent = await sweep_stalled(session)

    sent = {task.args[0] for task in session.info["pending_tasks"]}
    assert resent == 2
    assert sent == {str(lost.id), str(dead.id)}
    assert {str(fresh.id), str(live.id), str(done.id)}.isdisjoint(sent)
    assert {t.name for t in session.info["pending_tasks"]} == {"analysis.run"}
    session.info.pop("pending_tasks")
