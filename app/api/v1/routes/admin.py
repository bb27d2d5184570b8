"""Admin: analytics, user management, generations and the audit log (admins only)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from app.api.deps import AdminUser, MetaDep, SessionDep, get_admin_user
from app.schemas.admin import (
    AdminGenerationPage,
    AdminUserDetail,
    AdminUserOut,
    AdminUserPage,
    AdminUserUpdate,
    AnalyticsOut,
    AuditPage,
)
from app.schemas.base import BoundedDate
from app.services.admin import analytics, audit, users
from app.services.pagination import MAX_LIMIT, DayWindow

# Router-level guard: every path here, present and future, needs an admin (its 401 and 403
# answers are declared for every such route by app.api.v1.router.declare_common_errors).
router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(get_admin_user)])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Cursor = Annotated[str | None, Query(description="next_cursor of the previous page")]
FromDate = Annotated[
    BoundedDate | None, Query(alias="from", description="First UTC day, inclusive")
]
ToDate = Annotated[BoundedDate | None, Query(alias="to", description="Last UTC day, inclusive")]


def day_window(
    from_date: FromDate = None, to_date: ToDate = None, cursor: Cursor = None, limit: Limit = 50
) -> DayWindow:
    return DayWindow(from_date=from_date, to_date=to_date, cursor=cursor, limit=limit)


Window = Annotated[DayWindow, Depends(day_window)]


@router.get(
    "/analytics",
    response_model=AnalyticsOut,
    summary="Business analytics for a range of UTC days (cached briefly)",
    responses={400: {"description": "INVALID_DATE_RANGE"}},
)
async def get_analytics(
    session: SessionDep, from_date: FromDate = None, to_date: ToDate = None
) -> AnalyticsOut:
    return await analytics.get_analytics(session, from_date=from_date, to_date=to_date)


@router.get(
    "/users",
    response_model=AdminUserPage,
    summary="Users, newest first: search by email, filter by tier and status",
    responses={400: {"description": "INVALID_CURSOR"}},
)
async def list_users(
    session: SessionDep,
    email: Annotated[str | None, Query(max_length=320, description="Substring")] = None,
    tier: Annotated[str | None, Query(max_length=20, description="Effective tier")] = None,
    status: Literal["active", "inactive"] | None = None,
    is_admin: bool | None = None,
    cursor: Cursor = None,
    limit: Limit = 50,
) -> AdminUserPage:
    return await users.list_users(
        session,
        email=email,
        tier=tier,
        status=status,
        is_admin=is_admin,
        cursor=cursor,
        limit=limit,
    )


@router.get(
    "/users/{user_id}",
    response_model=AdminUserDetail,
    summary="A user's profile, usage, subscription and recent generations",
    responses={404: {"description": "USER_NOT_FOUND"}},
)
async def get_user(session: SessionDep, user_id: uuid.UUID) -> AdminUserDetail:
    return await users.get_user_detail(session, user_id=user_id)


@router.patch(
    "/users/{user_id}",
    response_model=AdminUserOut,
    summary="Change a user's tier override (with a reason), active flag or admin flag",
    responses={
        400: {"description": "NO_CHANGES"},
        404: {"description": "USER_NOT_FOUND"},
        409: {"description": "LAST_ADMIN: the last active admin cannot be removed"},
        422: {"description": "REASON_REQUIRED, UNKNOWN_TIER or VALIDATION_ERROR"},
    },
)
async def update_user(
    admin: AdminUser,
    session: SessionDep,
    meta: MetaDep,
    user_id: uuid.UUID,
    body: AdminUserUpdate,
) -> AdminUserOut:
    return await users.update_user(session, admin=admin, user_id=user_id, changes=body, meta=meta)


@router.get(
    "/generations",
    response_model=AdminGenerationPage,
    summary="Every user's generations, newest first, with filters",
    responses={400: {"description": "INVALID_CURSOR or INVALID_DATE_RANGE"}},
)
async def list_generations(
    session: SessionDep,
    *,
    user_id: uuid.UUID | None = None,
    status: Annotated[str | None, Query(max_length=20)] = None,
    model: Annotated[str | None, Query(max_length=100)] = None,
    window: Window,
) -> AdminGenerationPage:
    return await users.list_generations(
        session, user_id=user_id, status=status, model_id=model, window=window
    )


@router.get(
    "/audit-log",
    response_model=AuditPage,
    summary="Admin actions, newest first",
    responses={400: {"description": "INVALID_CURSOR or INVALID_DATE_RANGE"}},
)
async def list_audit_log(
    session: SessionDep,
    *,
    admin_id: uuid.UUID | None = None,
    action: Annotated[str | None, Query(max_length=100)] = None,
    resource_type: Annotated[str | None, Query(max_length=50)] = None,
    resource_id: Annotated[str | None, Query(max_length=100)] = None,
    window: Window,
) -> AuditPage:
    return await audit.list_entries(
        session,
        admin_id=admin_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        window=window,
    )
