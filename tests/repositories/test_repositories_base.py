"""Repository building blocks (app/repositories/base.py)."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.engine import get_sessionmaker
from app.models import Screenshot
from app.repositories.base import get_owned
from tests.support.factories import create_user
from tests.support.generations import create_screenshot


async def test_a_locked_owned_read_sees_the_row_as_the_last_writer_left_it(
    session: AsyncSession,
) -> None:
    user = await create_user(session)
    shot = await create_screenshot(session, user, status="queued")
    loaded = await get_owned(session, Screenshot, shot.id, user.id)
    assert loaded is not None and loaded.analysis_status == "queued"
    await session.commit()  # the copy stays in this session's identity map

    async with get_sessionmaker()() as other:
        await other.execute(
            update(Screenshot).where(Screenshot.id == shot.id).values(analysis_status="failed")
        )
        await other.commit()

    locked = await get_owned(session, Screenshot, shot.id, user.id, for_update=True)
    assert locked is loaded
    assert locked.analysis_status == "failed"
    await session.rollback()
