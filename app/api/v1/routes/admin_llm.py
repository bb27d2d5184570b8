"""Admin view and control of the Gemini key pool: labels and masked keys only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from app.api.deps import AdminUser, MetaDep, SessionDep, get_admin_user
from app.schemas.llm import KeyList, KeyStatusOut
from app.services.model_gateway import admin as llm_admin

router = APIRouter(prefix="/admin/llm", tags=["admin"], dependencies=[Depends(get_admin_user)])

AUTH_ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "No valid token"},
    403: {"description": "Not an admin (ADMIN_REQUIRED)"},
}
Label = Annotated[str, Path(pattern=r"^k-[0-9a-f]{8}$", description="The key's label")]


@router.get(
    "/keys",
    response_model=KeyList,
    status_code=200,
    summary="Per-key usage, state and errors of the Gemini pool",
    responses=AUTH_ERRORS,
)
async def list_keys(_admin: AdminUser) -> KeyList:
    return KeyList(keys=await llm_admin.list_keys())


@router.post(
    "/keys/{label}/enable",
    response_model=KeyStatusOut,
    status_code=200,
    summary="Put a key back in the pool (clears disable, spend cap, cool-down, breaker)",
    responses={**AUTH_ERRORS, 404: {"description": "LLM_KEY_NOT_FOUND"}},
)
async def enable_key(
    admin: AdminUser, session: SessionDep, meta: MetaDep, label: Label
) -> KeyStatusOut:
    return await llm_admin.set_key_enabled(
        session, admin=admin, label=label, enabled=True, meta=meta
    )


@router.post(
    "/keys/{label}/disable",
    response_model=KeyStatusOut,
    status_code=200,
    summary="Take a key out of the pool until an admin enables it",
    responses={**AUTH_ERRORS, 404: {"description": "LLM_KEY_NOT_FOUND"}},
)
async def disable_key(
    admin: AdminUser, session: SessionDep, meta: MetaDep, label: Label
) -> KeyStatusOut:
    return await llm_admin.set_key_enabled(
        session, admin=admin, label=label, enabled=False, meta=meta
    )
