"""Analytics events, written where things happen. A failure here never fails the caller."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AnalyticsEvent

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ClientMeta:
    """What we know of the caller: address, agent, country (from a trusted header)."""

    ip_address: str | None = None
    user_agent: str | None = None
    country: str | None = None


async def record(
    session: AsyncSession,
    event_type: str,
    *,
    user_id: uuid.UUID | None = None,
    properties: dict[str, Any] | None = None,
    meta: ClientMeta | None = None,
) -> None:
    """Add an event in its own savepoint so a failed insert cannot spoil the caller's work."""
    meta = meta or ClientMeta()
    try:
        async with session.begin_nested():
            session.add(
                AnalyticsEvent(
                    user_id=user_id,
                    event_type=event_type,
                    properties=properties or {},
                    ip_address=meta.ip_address,
                    user_agent=(meta.user_agent or "")[:500] or None,
                    country=(meta.country or "").upper()[:2] or None,
                )
            )
    except Exception:
        log.warning("analytics.record_failed", event_type=event_type, exc_info=True)
