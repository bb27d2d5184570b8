"""Who is calling: resolve an access token into an active user."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Forbidden, Unauthorized
from app.core.security import AccessClaims, InvalidToken, decode_access_token
from app.models import User
from app.repositories import users as users_repo
from app.services.auth.sessions import is_session_active

# The signed-in account as routes see it: the web layer names it from here, not app.models.
__all__ = ["User", "user_from_access_token"]


async def user_from_access_token(session: AsyncSession, token: str) -> tuple[User, AccessClaims]:
    try:
        claims = decode_access_token(token)
    except InvalidToken as exc:
        raise Unauthorized(
            "The access token is invalid or expired.", error_code="INVALID_TOKEN"
        ) from exc
    if not await is_session_active(session, claims.session_id, claims.user_id):
        raise Unauthorized("This session has ended; sign in again.", error_code="SESSION_REVOKED")
    user = await users_repo.get(session, claims.user_id)
    if user is None:
        raise Unauthorized("The access token is invalid or expired.", error_code="INVALID_TOKEN")
    if not user.is_active:
        raise Forbidden("This account is disabled.", error_code="ACCOUNT_DISABLED")
    return user, claims
