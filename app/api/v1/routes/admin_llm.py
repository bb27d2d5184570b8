"""Admin view and control of the Gemini key pool: labels and masked keys only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from app.api.deps import AdminUser, MetaDep, SessionDep, get_admin_user
from app.schemas.llm import KeyList, KeyStatusOut
from app.services.model_gateway import admin as llm_admin

# Every path needs an admin; app.api.v1.router.declare_common_errors declares its 401 and 403.
router = APIRouter(prefix="/admin/llm", tags=["admin"], dependencies=[Depends(get_admin_user)])
KEY_NOT_FOUND: dict[int | str, dict[str, str]] = {404: {"description": "LLM_KEY_NOT_FOUND"}}
Label = Annotated[str, Path(pattern=r"^k-[0-9a-f]{8}$", description="The key's label")]


@router.get(
    "/keys",
    response_model=KeyList,
    summary="Per-key usage, state and errors of the Gemini pool",
)
async def list_keys() -> KeyList:
    return KeyList(keys=await llm_admin.list_keys())


def add_key_switch_route(action: str, enabled: bool, summary: str) -> None:
    """POST /keys/{label}/<action>: put a key in or out of the pool (audited)."""

    async def endpoint(
        admin: AdminUser, session: SessionDep, meta: MetaDep, label: Label
    ) -> KeyStatusOut:
        return await llm_admin.set_key_enabled(
            session, admin=admin, label=label, enabled=enabled, meta=meta
        )

    router.add_api_route(
        f"/keys/{{label}}/{action}",
        endpoint,
        methods=["POST"],
        name=f"{action}_key",
        response_model=KeyStatusOut,
        summary=summary,
        responses=KEY_NOT_FOUND,
    )


add_key_switch_route(
    "enable", True, "Put a key back in the pool (clears disable, spend cap, cool-down, breaker)"
)
add_key_switch_route("disable", False, "Take a key out of the pool until an admin enables it")
