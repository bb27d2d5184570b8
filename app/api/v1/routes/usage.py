"""The caller's usage: today's generations against the limit, this period's tokens."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep
from app.schemas.billing import UsageOut
from app.services.billing import usage

router = APIRouter(prefix="/users", tags=["users"])


@router.get(
    "/me/usage",
    response_model=UsageOut,
    summary="Today's generation count, limit and reset; this billing period's tokens",
)
async def get_my_usage(session: SessionDep, user: CurrentUser) -> UsageOut:
    return await usage.usage_for(session, user=user)
