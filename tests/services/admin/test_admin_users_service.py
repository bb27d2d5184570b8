"""Admin user changes under concurrency: two admins demoting each other leave one admin."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict
from app.db.engine import get_sessionmaker
from app.models import AdminAuditLog, User
from app.schemas.admin import AdminUserUpdate
from app.services.admin.users import update_user
from app.services.analytics.events import ClientMeta
from tests.support.factories import create_admin


async def _demote(actor_id, target_id) -> str:
    async with get_sessionmaker()() as s:
        actor = await s.get(User, actor_id)
        try:
            await update_user(
                s,
                admin=actor,
                user_id=target_id,
                changes=AdminUserUpdate(is_admin=False),
                meta=ClientMeta(ip_address="198.51.100.9", user_agent="race"),
            )
        except Conflict as exc:
            await s.rollback()
            return exc.error_code
        await s.commit()
        return "ok"


async def test_two_admins_demoting_each_other_at_once_leave_one_admin(
    session: AsyncSession,
) -> None:
    for _ in range(5):
        a = await create_admin(session)
        b = await create_admin(session)
        results = await asyncio.gather(_demote(a.id, b.id), _demote(b.id, a.id))
        assert sorted(results) == ["LAST_ADMIN", "ok"]
        admins = await session.scalar(
            select(func.count()).select_from(User).where(User.is_admin, User.is_active)
        )
        audits = await session.scalar(select(func.count()).select_from(AdminAuditLog))
        assert admins == 1 and audits == 1
        # reset for the next round: no admins, no audit rows
        await session.execute(User.__table__.delete())
        await session.execute(AdminAuditLog.__table__.delete())
        await session.commit()
