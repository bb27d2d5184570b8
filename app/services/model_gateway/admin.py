"""Admin view and control of the Gemini key pool (labels and masked keys only)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.llm.keypool import KeyStatus, get_pool
from app.models import User
from app.schemas.llm import KeyLimits, KeyStatusOut
from app.services.admin.audit import write_audit
from app.services.analytics.events import ClientMeta


def _ts(value: float | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value else None


def to_out(status: KeyStatus) -> KeyStatusOut:
    return KeyStatusOut(
        label=status.label,
        masked_key=status.masked,
        state=status.state,
        until=_ts(status.until),
        requests_last_minute=status.requests_last_minute,
        requests_last_day=status.requests_last_day,
        tokens_last_minute=status.tokens_last_minute,
        errors=status.errors,
        successes=status.successes,
        consecutive_failures=status.consecutive_failures,
        last_error=status.last_error,
        last_error_at=_ts(status.last_error_at),
        disabled_reason=status.disabled_reason,
        limits=KeyLimits(**status.limits),
    )


async def list_keys() -> list[KeyStatusOut]:
    return [to_out(s) for s in await get_pool().status()]


async def _find(label: str) -> KeyStatusOut:
    for status in await list_keys():
        if status.label == label:
            return status
    raise NotFound("No key has this label.", error_code="LLM_KEY_NOT_FOUND")


async def set_key_enabled(
    session: AsyncSession, *, admin: User, label: str, enabled: bool, meta: ClientMeta | None = None
) -> KeyStatusOut:
    """Enable (clears disable, spend cap, cool-down and breaker) or disable a key; audited in
    the caller's transaction."""
    before = await _find(label)
    await get_pool().set_enabled(label, enabled)
    after = await _find(label)
    await write_audit(
        session,
        admin=admin,
        action="llm.key.enable" if enabled else "llm.key.disable",
        resource_type="llm_key",
        resource_id=label,
        before={"state": before.state, "masked_key": before.masked_key},
        after={"state": after.state, "masked_key": after.masked_key},
        reason=None,
        meta=meta,
    )
    return after
