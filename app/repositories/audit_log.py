"""SQL of the admin audit log."""

from __future__ import annotations

import uuid
from datetime import datetime
from operator import eq

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdminAuditLog
from app.repositories.base import created_within, newest_first, where_given


async def add(session: AsyncSession, entry: AdminAuditLog) -> None:
    session.add(entry)
    await session.flush()


async def page(
    session: AsyncSession,
    *,
    admin_id: uuid.UUID | None,
    action: str | None,
    resource_type: str | None,
    resource_id: str | None,
    since: datetime | None,
    until: datetime | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> list[AdminAuditLog]:
    stmt = select(AdminAuditLog)
    stmt = where_given(
        stmt,
        (AdminAuditLog.admin_id, eq, admin_id),
        (AdminAuditLog.action, eq, action),
        (AdminAuditLog.resource_type, eq, resource_type),
        (AdminAuditLog.resource_id, eq, resource_id),
        *created_within(AdminAuditLog.created_at, since, until),
    )
    stmt = newest_first(stmt, AdminAuditLog.created_at, AdminAuditLog.id, after).limit(limit)
    return list((await session.execute(stmt)).scalars())
