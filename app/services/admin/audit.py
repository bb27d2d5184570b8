"""The admin audit log: every admin write adds a row in the same transaction as the change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdminAuditLog, User
from app.repositories import audit_log as audit_repo
from app.schemas.admin import AuditEntryOut, AuditPage
from app.services import pagination as cursors
from app.services.analytics.events import ClientMeta


async def write_audit(
    session: AsyncSession,
    *,
    admin: User | None,
    action: str,
    resource_type: str,
    resource_id: str | uuid.UUID | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str | None,
    meta: ClientMeta | None,
) -> AdminAuditLog:
    """Add the row and flush: it commits or rolls back together with the caller's change.

    `admin` is None for actions taken outside a request (the create-admin command).
    """
    meta = meta or ClientMeta()
    entry = AdminAuditLog(
        admin_id=admin.id if admin is not None else None,
        action=action,
        resource_type=resource_type,
        resource_id=str(resource_id) if resource_id is not None else None,
        before=before,
        after=after,
        reason=reason,
        ip_address=meta.ip_address,
        user_agent=(meta.user_agent or "")[:500] or None,
        created_at=datetime.now(UTC),
    )
    await audit_repo.add(session, entry)
    return entry


async def list_entries(
    session: AsyncSession,
    *,
    admin_id: uuid.UUID | None = None,
    action: str | None = None,
    resource_type: str | None = None,
    resource_id: str | None = None,
    window: cursors.DayWindow = cursors.DayWindow(),
) -> AuditPage:
    page = await cursors.paginate_days(
        lambda part: audit_repo.page(
            session,
            admin_id=admin_id,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            part=part,
        ),
        window,
    )
    return AuditPage(
        items=[AuditEntryOut.model_validate(r) for r in page.items], next_cursor=page.next_cursor
    )
