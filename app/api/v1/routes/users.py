"""The signed-in user's own account: profile, deletion, export, sessions."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request, Response, status

from app.api.deps import CurrentUser, SessionDep
from app.api.v1.routes.auth import signed_out
from app.schemas.users import SessionOut, UserOut, UserUpdate
from app.services.auth import refresh as refresh_service
from app.services.users import account

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserOut)
async def get_me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)


@router.patch("/me", response_model=UserOut)
async def update_me(body: UserUpdate, user: CurrentUser, session: SessionDep) -> UserOut:
    """Only full_name and avatar_url change; tier, admin and billing fields are ignored."""
    changes: dict[str, Any] = body.model_dump(exclude_unset=True, mode="json")
    await account.update_profile(session, user=user, changes=changes)
    return UserOut.model_validate(user)


@router.delete(
    "/me",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={409: {"description": "SUBSCRIPTION_ACTIVE: cancel it first"}},
)
async def delete_me(user: CurrentUser, session: SessionDep) -> Response:
    await account.delete_account(session, user=user)
    return signed_out()


@router.get("/me/export")
async def export_me(user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Everything we hold about the user as one JSON document."""
    return await account.export_data(session, user=user)


@router.get("/me/sessions", response_model=list[SessionOut])
async def list_my_sessions(
    request: Request, user: CurrentUser, session: SessionDep
) -> list[SessionOut]:
    rows = await refresh_service.list_sessions(session, user=user)
    current = request.state.session_id
    return [
        SessionOut.model_validate(row).model_copy(update={"current": row.id == current})
        for row in rows
    ]


@router.delete(
    "/me/sessions/{session_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={404: {"description": "SESSION_NOT_FOUND"}},
)
async def revoke_my_session(
    session_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> Response:
    await refresh_service.revoke_session(session, user=user, session_id=session_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
