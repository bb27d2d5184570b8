"""SQL of the admin user and generation lists (keyset pages, newest first)."""

from __future__ import annotations

import uuid
from datetime import datetime
from operator import eq
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer
from sqlalchemy.sql.operators import is_

from app.models import Generation, Subscription, UsageDaily, User
from app.repositories.admin_analytics import effective_tier_expr
from app.repositories.base import DatedPage, dated_page, newest_first, where_given


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def page_users(
    session: AsyncSession,
    *,
    email_contains: str | None,
    tier: str | None,
    is_active: bool | None,
    is_admin: bool | None,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> list[User]:
    stmt = select(User)
    if email_contains:
        pattern = f"%{_escape_like(email_contains.strip().lower())}%"
        stmt = stmt.where(func.lower(User.email).like(pattern, escape="\\"))
    if tier:
        stmt = stmt.where(effective_tier_expr() == tier)
    stmt = where_given(stmt, (User.is_active, is_, is_active), (User.is_admin, is_, is_admin))
    stmt = newest_first(stmt, User.created_at, User.id, after).limit(limit)
    return list((await session.execute(stmt)).scalars())


async def lock_active_admin_ids(session: AsyncSession) -> list[uuid.UUID]:
    """Lock every active admin row (in id order, so concurrent demotions serialise)."""
    result = await session.execute(
        select(User.id)
        .where(User.is_admin.is_(True), User.is_active.is_(True))
        .order_by(User.id)
        .with_for_update()
    )
    return list(result.scalars())


async def generation_stats(
    session: AsyncSession, user_id: uuid.UUID
) -> tuple[dict[str, int], int, int, float, datetime | None]:
    """(count by status, tokens in, tokens out, cost, newest created_at) of a user's generations."""
    by_status = {
        str(s): int(n)
        for s, n in await session.execute(
            select(Generation.status, func.count(Generation.id))
            .where(Generation.user_id == user_id)
            .group_by(Generation.status)
        )
    }
    row = (
        await session.execute(
            select(
                func.coalesce(func.sum(Generation.tokens_in), 0),
                func.coalesce(func.sum(Generation.tokens_out), 0),
                func.coalesce(func.sum(Generation.cost_usd), 0),
                func.max(Generation.created_at),
            ).where(Generation.user_id == user_id)
        )
    ).one()
    return by_status, int(row[0]), int(row[1]), float(row[2]), row[3]


async def used_on(session: AsyncSession, user_id: uuid.UUID, day: Any) -> int:
    row = await session.get(UsageDaily, (user_id, day))
    return row.generations_used if row else 0


async def latest_subscription(session: AsyncSession, user_id: uuid.UUID) -> Subscription | None:
    result = await session.execute(
        select(Subscription)
        .where(Subscription.user_id == user_id)
        .order_by(Subscription.created_at.desc(), Subscription.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def page_generations(
    session: AsyncSession,
    *,
    user_id: uuid.UUID | None,
    status: str | None,
    model_id: str | None,
    part: DatedPage,
) -> list[tuple[Generation, str | None]]:
    stmt = (
        select(Generation, User.email)
        .join(User, User.id == Generation.user_id)
        # Lists never show the big JSON columns; don't fetch them.
        .options(
            defer(Generation.result, raiseload=True),
            defer(Generation.business_context, raiseload=True),
            defer(Generation.stage_timings, raiseload=True),
        )
    )
    stmt = dated_page(
        stmt,
        Generation.created_at,
        Generation.id,
        part,
        (Generation.user_id, eq, user_id),
        (Generation.status, eq, status),
        (Generation.model_id, eq, model_id),
    )
    return [(g, e) for g, e in (await session.execute(stmt)).all()]
