"""SQL of the admin audit log."""

from __future__ import annotations

import uuid
from operator import eq

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdminAuditLog
from app.repositories.base import DatedPage, dated_page


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
    part: DatedPage,
) -> list[AdminAuditLog]:
    stmt = dated_page(
        select(AdminAuditLog),
        AdminAuditLog.created_at,
        AdminAuditLog.id,
        part,
        (AdminAuditLog.admin_id, eq, admin_id),
        (AdminAuditLog.action, eq, action),
        (AdminAuditLog.resource_type, eq, resource_type),
        (AdminAuditLog.resource_id, eq, resource_id),
    )
    return list((await session.execute(stmt)).scalars())
