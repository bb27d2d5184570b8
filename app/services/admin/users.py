"""Admin user management: list, inspect, and change tier override / active / admin flags."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest, Conflict, NotFound, ValidationFailed
from app.core.tiers import all_tiers
from app.models import User
from app.repositories import admin_users as repo
from app.repositories import auth_sessions as sessions_repo
from app.repositories import users as users_repo
from app.repositories.base import DatedPage
from app.schemas.admin import (
    AdminGenerationOut,
    AdminGenerationPage,
    AdminUserDetail,
    AdminUserOut,
    AdminUserPage,
    AdminUserUpdate,
    SubscriptionOut,
    UserUsage,
)
from app.services import pagination as cursors
from app.services.admin.audit import write_audit
from app.services.analytics.events import ClientMeta
from app.services.auth.sessions import mark_revoked
from app.services.billing.budget import tokens_this_period
from app.services.billing.quota import quota_day

RECENT_GENERATIONS = 10
AUDITED_FIELDS = ("tier_override", "tier_override_reason", "is_active", "is_admin")


def user_out(user: User) -> AdminUserOut:
    return AdminUserOut.model_validate(user)


def _generation_out(generation: Any, email: str | None) -> AdminGenerationOut:
    out = AdminGenerationOut.model_validate(generation)
    out.user_email = email
    return out


async def list_users(
    session: AsyncSession,
    *,
    email: str | None = None,
    tier: str | None = None,
    status: str | None = None,
    is_admin: bool | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> AdminUserPage:
    page = await cursors.paginate(
        lambda after, n: repo.page_users(
            session,
            email_contains=email,
            tier=tier,
            is_active=None if status is None else status == "active",
            is_admin=is_admin,
            after=after,
            limit=n,
        ),
        cursor=cursor,
        limit=limit,
    )
    return AdminUserPage(items=[user_out(u) for u in page.items], next_cursor=page.next_cursor)


async def get_user_detail(
    session: AsyncSession, *, user_id: uuid.UUID, now: datetime | None = None
) -> AdminUserDetail:
    now = now or datetime.now(UTC)
    user = await users_repo.get(session, user_id)
    if user is None:
        raise NotFound("No such user.", error_code="USER_NOT_FOUND")
    by_status, tokens_in, tokens_out, cost, last_at = await repo.generation_stats(session, user.id)
    period_start, period_tokens = await tokens_this_period(session, user=user, now=now)
    subscription = await repo.latest_subscription(session, user.id)
    recent = await repo.page_generations(
        session,
        user_id=user.id,
        status=None,
        model_id=None,
        part=DatedPage(limit=RECENT_GENERATIONS),
    )
    return AdminUserDetail(
        user=user_out(user),
        usage=UserUsage(
            generations_total=sum(by_status.values()),
            generations_by_status=by_status,
            generations_today=await repo.used_on(session, user.id, quota_day(now)),
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            period_start=period_start,
            tokens_this_period=period_tokens,
            tokens_this_month=period_tokens,
            cost_usd=round(cost, 6),
            last_generation_at=last_at,
        ),
        subscription=SubscriptionOut.model_validate(subscription) if subscription else None,
        recent_generations=[_generation_out(g, e) for g, e in recent],
    )


def _snapshot(user: User) -> dict[str, Any]:
    return {name: getattr(user, name) for name in AUDITED_FIELDS}


async def update_user(
    session: AsyncSession,
    *,
    admin: User,
    user_id: uuid.UUID,
    changes: AdminUserUpdate,
    meta: ClientMeta,
) -> AdminUserOut:
    """Apply the sent fields, refuse to leave no active admin, audit in the same transaction."""
    sent = changes.model_fields_set - {"reason"}
    if not sent:
        raise BadRequest("Nothing to change.", error_code="NO_CHANGES")
    reason = (changes.reason or "").strip() or None
    removes_admin = changes.is_admin is False or changes.is_active is False
    # Lock the active admins (in id order) before the target row, so that two admins
    # demoting each other serialise instead of deadlocking or both succeeding.
    active_admins = await repo.lock_active_admin_ids(session) if removes_admin else []
    user = await users_repo.get_for_update(session, user_id)
    if user is None:
        raise NotFound("No such user.", error_code="USER_NOT_FOUND")
    before = _snapshot(user)
    if "tier_override" in sent:
        if reason is None:
            raise ValidationFailed(
                "A reason is required to change a tier override.", error_code="REASON_REQUIRED"
            )
        if changes.tier_override is not None and changes.tier_override not in all_tiers():
            raise ValidationFailed(
                "Unknown tier.",
                error_code="UNKNOWN_TIER",
                details={"allowed": sorted(all_tiers())},
            )
        user.tier_override = changes.tier_override
        user.tier_override_reason = reason if changes.tier_override is not None else None
    for flag in ("is_active", "is_admin"):
        if flag in sent:
            value = getattr(changes, flag)
            if value is None:
                raise ValidationFailed(f"`{flag}` must be true or false.")
            setattr(user, flag, value)
    loses_admin = (
        before["is_admin"] and before["is_active"] and not (user.is_admin and user.is_active)
    )
    if loses_admin and not [a for a in active_admins if a != user.id]:
        raise Conflict(
            "This is the last active admin; promote another admin first.",
            error_code="LAST_ADMIN",
        )
    if before["is_active"] and not user.is_active:
        # A deactivated account is refused on every request anyway; ending its sessions
        # also stops refresh and clears it from the session list.
        revoked = await sessions_repo.revoke(
            session, user_id=user.id, now=datetime.now(UTC), reason="account_disabled"
        )
        await mark_revoked(revoked)
    after = _snapshot(user)
    changed = [name for name in AUDITED_FIELDS if before[name] != after[name]]
    if changed:
        await session.flush()
        await write_audit(
            session,
            admin=admin,
            action="admin.user.update",
            resource_type="user",
            resource_id=user.id,
            before={name: before[name] for name in changed},
            after={name: after[name] for name in changed},
            reason=reason,
            meta=meta,
        )
    return user_out(user)


async def list_generations(
    session: AsyncSession,
    *,
    user_id: uuid.UUID | None = None,
    status: str | None = None,
    model_id: str | None = None,
    window: cursors.DayWindow = cursors.DayWindow(),
) -> AdminGenerationPage:
    page = await cursors.paginate_days(
        lambda part: repo.page_generations(
            session, user_id=user_id, status=status, model_id=model_id, part=part
        ),
        window,
    )
    return AdminGenerationPage(
        items=[_generation_out(g, e) for g, e in page.items], next_cursor=page.next_cursor
    )
