"""SQL of the admin audit log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdminAuditLog
from app.repositories.base import newest_first


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
    if admin_id is not None:
        stmt = stmt.where(AdminAuditLog.admin_id == admin_id)
    if action:
        stmt = stmt.where(AdminAuditLog.action == action)
    if resource_type:
        stmt = stmt.where(AdminAuditLog.resource_type == resource_type)
    if resource_id:
        stmt = stmt.where(AdminAuditLog.resource_id == resource_id)
    if since is not None:
        stmt = stmt.where(AdminAuditLog.created_at >= since)
    if until is not None:
        stmt = stmt.where(AdminAuditLog.created_at < until)
    stmt = newest_first(stmt, AdminAuditLog.created_at, AdminAuditLog.id, after).limit(limit)
    return list((await session.execute(stmt)).scalars())
