"""Saved business profiles (Pro)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response

from app.api.deps import CurrentUser, SessionDep
from app.schemas.business_profiles import (
    BusinessProfileCreate,
    BusinessProfileList,
    BusinessProfileOut,
    BusinessProfileUpdate,
)
from app.services.generation import profiles

router = APIRouter(prefix="/business-profiles", tags=["business-profiles"])

ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"description": "PLAN_REQUIRED (free tier)"},
    404: {"description": "BUSINESS_PROFILE_NOT_FOUND"},
}


@router.get("", response_model=BusinessProfileList, responses=ERRORS)
async def list_business_profiles(user: CurrentUser, session: SessionDep) -> BusinessProfileList:
    return BusinessProfileList(
        items=[profiles.profile_out(p) for p in await profiles.list_all(session, user=user)]
    )


@router.post(
    "",
    response_model=BusinessProfileOut,
    status_code=201,
    responses={**ERRORS, 409: {"description": "BUSINESS_PROFILE_NAME_TAKEN"}},
)
async def create_business_profile(
    body: BusinessProfileCreate, user: CurrentUser, session: SessionDep
) -> BusinessProfileOut:
    return profiles.profile_out(await profiles.create(session, user=user, data=body))


@router.get("/{profile_id}", response_model=BusinessProfileOut, responses=ERRORS)
async def get_business_profile(
    profile_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> BusinessProfileOut:
    return profiles.profile_out(await profiles.get(session, user=user, profile_id=profile_id))


@router.patch(
    "/{profile_id}",
    response_model=BusinessProfileOut,
    responses={**ERRORS, 409: {"description": "BUSINESS_PROFILE_NAME_TAKEN"}},
)
async def update_business_profile(
    profile_id: uuid.UUID, body: BusinessProfileUpdate, user: CurrentUser, session: SessionDep
) -> BusinessProfileOut:
    return profiles.profile_out(
        await profiles.update(session, user=user, profile_id=profile_id, data=body)
    )


@router.delete("/{profile_id}", status_code=204, responses=ERRORS)
async def delete_business_profile(
    profile_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> Response:
    await profiles.delete(session, user=user, profile_id=profile_id)
    return Response(status_code=204)
