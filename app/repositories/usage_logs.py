from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import keep_through_rollback
from app.models import UsageLog


async def add(session: AsyncSession, entry: UsageLog) -> None:
    session.add(entry)
    await session.flush()


async def tokens_since(session: AsyncSession, *, user_id: uuid.UUID, since: datetime) -> int:
    result = await session.execute(
        select(func.coalesce(func.sum(UsageLog.tokens_in + UsageLog.tokens_out), 0)).where(
            UsageLog.user_id == user_id, UsageLog.created_at >= since
        )
    )
    return int(result.scalar_one())


async def record_call(
    session: AsyncSession,
    *,
    purpose: str,
    provider: str,
    model_id: str,
    key_label: str | None,
    tokens_in: int,
    tokens_out: int,
    cost_usd: float,
    latency_ms: int,
    outcome: str,
    error_code: str | None = None,
    user_id: uuid.UUID | None = None,
    generation_id: uuid.UUID | None = None,
    screenshot_id: uuid.UUID | None = None,
) -> UsageLog:
    """One provider attempt in the ledger (flushed, committed at the caller's boundary)."""
    values = {
        "user_id": user_id,
        "generation_id": generation_id,
        "screenshot_id": screenshot_id,
        "purpose": purpose[:20],
        "provider": provider[:50],
        "model_id": model_id[:100],
        "key_label": key_label,
        "tokens_in": tokens_in,
        "tokens_out": tokens_out,
        "cost_usd": Decimal(str(round(cost_usd, 6))),
        "latency_ms": latency_ms,
        "outcome": outcome[:30],
        "error_code": error_code[:64] if error_code else None,
        "created_at": datetime.now(UTC),
    }
    entry = UsageLog(**values)
    session.add(entry)
    # The call happened whatever becomes of the work around it: a failed generation rolls
    # back, but its attempts stay in the ledger (and agree with the key pool's own counts).
    keep_through_rollback(session, lambda: UsageLog(**values))
    await session.flush()
    return entry


async def for_generation(session: AsyncSession, *, generation_id: uuid.UUID) -> list[UsageLog]:
    result = await session.execute(
        select(UsageLog)
        .where(UsageLog.generation_id == generation_id)
        .order_by(UsageLog.created_at)
    )
    return list(result.scalars())
