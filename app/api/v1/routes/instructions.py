"""The account's global instructions (Pro): guidance merged into every generation."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep
from app.schemas.business_profiles import InstructionsIn, InstructionsOut
from app.services.generation import profiles

router = APIRouter(prefix="/users", tags=["users"])

ERRORS: dict[int | str, dict[str, Any]] = {403: {"description": "PLAN_REQUIRED (free tier)"}}


@router.get("/me/instructions", response_model=InstructionsOut, responses=ERRORS)
async def get_instructions(user: CurrentUser, session: SessionDep) -> InstructionsOut:
    return InstructionsOut(global_instructions=await profiles.get_instructions(session, user=user))


@router.put(
    "/me/instructions",
    response_model=InstructionsOut,
    responses={**ERRORS, 422: {"description": "Longer than 500 characters"}},
)
async def update_instructions(
    body: InstructionsIn, user: CurrentUser, session: SessionDep
) -> InstructionsOut:
    text = await profiles.set_instructions(session, user=user, text=body.global_instructions)
    return InstructionsOut(global_instructions=text)
