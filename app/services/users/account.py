"""The signed-in user's own account: profile edits, deletion, data export."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict
from app.integrations.storage import get_storage
from app.models import (
    AuthSession,
    BusinessProfile,
    Feedback,
    Generation,
    Screenshot,
    Subscription,
    UsageDaily,
    UsageLog,
    User,
)
from app.repositories import auth_sessions as sessions_repo
from app.repositories import users as users_repo
from app.services.auth.sessions import mark_revoked

log = structlog.get_logger(__name__)

# The only fields a user may change about themselves; tier, admin and billing are never here.
EDITABLE_FIELDS = ("full_name", "avatar_url")


async def update_profile(session: AsyncSession, *, user: User, changes: dict[str, Any]) -> User:
    for field in EDITABLE_FIELDS:
        if field in changes:
            value = changes[field]
            setattr(user, field, value.strip() or None if isinstance(value, str) else value)
    await session.flush()
    return user


async def delete_account(session: AsyncSession, *, user: User) -> None:
    """Delete the account and everything it owns. A live paid subscription is never
    cancelled silently: the user must cancel it first (409 SUBSCRIPTION_ACTIVE)."""
    if await users_repo.has_live_subscription(session, user.id):
        raise Conflict(
            "Your subscription is still active; cancel it in the billing portal first.",
            error_code="SUBSCRIPTION_ACTIVE",
        )
    storage_keys = [
        s.storage_key for s in await users_repo.owned_rows(session, Screenshot, user.id)
    ]
    session_ids = [s.id for s in await sessions_repo.list_for_user(session, user.id)]
    user_id = user.id
    # Screenshots, generations, feedback, profiles, sessions, tokens and daily usage go by
    # ON DELETE CASCADE; usage logs, analytics and subscriptions keep their rows, unlinked.
    await users_repo.delete_user(session, user)
    await mark_revoked(session_ids)
    storage = get_storage()
    for key in storage_keys:
        try:
            await storage.delete(key)
        except Exception:
            log.warning("users.delete_image_failed", user_id=str(user_id))
    try:
        await storage.delete_prefix(f"{user_id}/derived/")  # annotated images, previews
    except Exception:
        log.warning("users.delete_image_failed", user_id=str(user_id))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _row(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


_PROFILE = (
    "id",
    "email",
    "full_name",
    "avatar_url",
    "auth_provider",
    "email_verified",
    "subscription_tier",
    "country",
    "global_instructions",
    "created_at",
    "last_login_at",
)
_SESSION = (
    "id",
    "method",
    "user_agent",
    "ip_address",
    "created_at",
    "last_used_at",
    "expires_at",
    "revoked_at",
    "revoked_reason",
)
_SCREENSHOT = (
    "id",
    "original_filename",
    "image_format",
    "width",
    "height",
    "size_bytes",
    "analysis_status",
    "analysis",
    "created_at",
)
_GENERATION = (
    "id",
    "screenshot_id",
    "parent_id",
    "status",
    "business_context",
    "local_instructions",
    "model_id",
    "result",
    "error_code",
    "tokens_in",
    "tokens_out",
    "created_at",
    "completed_at",
)
_PROFILE_ROW = ("id", "name", "business_context", "created_at", "updated_at")
_FEEDBACK = ("id", "generation_id", "rating", "comment", "created_at")
_USAGE_DAILY = ("day", "generations_used", "tokens_in", "tokens_out")
_USAGE_LOG = (
    "id",
    "generation_id",
    "purpose",
    "provider",
    "model_id",
    "tokens_in",
    "tokens_out",
    "cost_usd",
    "outcome",
    "created_at",
)
_SUBSCRIPTION = (
    "id",
    "status",
    "stripe_price_id",
    "current_period_start",
    "current_period_end",
    "cancel_at_period_end",
    "canceled_at",
    "created_at",
)


async def export_data(session: AsyncSession, *, user: User) -> dict[str, Any]:
    """Everything we hold about the user, as plain JSON (no secrets, hashes or key labels)."""

    async def rows(model: type[Any], fields: tuple[str, ...]) -> list[dict[str, Any]]:
        return [_row(r, fields) for r in await users_repo.owned_rows(session, model, user.id)]

    return {
        "exported_at": datetime.now(UTC).isoformat(),
        "profile": _row(user, _PROFILE),
        "sessions": await rows(AuthSession, _SESSION),
        "screenshots": await rows(Screenshot, _SCREENSHOT),
        "generations": await rows(Generation, _GENERATION),
        "business_profiles": await rows(BusinessProfile, _PROFILE_ROW),
        "feedback": await rows(Feedback, _FEEDBACK),
        "usage": {
            "daily": await rows(UsageDaily, _USAGE_DAILY),
            "calls": await rows(UsageLog, _USAGE_LOG),
        },
        "subscriptions": await rows(Subscription, _SUBSCRIPTION),
    }
