from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

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
