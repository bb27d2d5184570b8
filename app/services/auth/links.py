"""Emailed single-use links: magic sign-in, email confirmation, password reset.

A link token is never stored: its value is HMAC(secret, "login-token:<row id>") and the row
keeps only its SHA-256. The mail task takes the row id and derives the link itself, so no
token travels through the broker or the logs. Tokens expire after settings.magic_link_minutes.
"""

from __future__ import annotations

import contextlib
import uuid
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.core.errors import BadRequest
from app.core.redis import get_redis, rkey
from app.core.security import hash_token, sign
from app.db.session import after_commit
from app.integrations.email import Email, get_sender
from app.models import LoginToken, User
from app.repositories import login_tokens as tokens_repo
from app.repositories import users as users_repo
from app.services.analytics.events import ClientMeta

log = structlog.get_logger(__name__)

MAGIC_LINK = "magic_link"
VERIFY_EMAIL = "verify_email"
PASSWORD_RESET = "password_reset"
SIGN_IN_PURPOSES = (MAGIC_LINK, VERIFY_EMAIL)

INVALID_LINK = "This link is invalid, expired or already used; ask for a new one."


def link_secret(token_id: uuid.UUID) -> str:
    return sign(f"login-token:{token_id}")


async def issue(
    session: AsyncSession,
    *,
    email: str,
    purpose: str,
    user: User | None,
    meta: ClientMeta,
) -> LoginToken:
    """A fresh link for `email` (older unused ones of the same purpose stop working)."""
    now = datetime.now(UTC)
    email = users_repo.normalize_email(email)
    await tokens_repo.use_outstanding(session, email=email, purposes=(purpose,), now=now)
    token_id = uuid.uuid4()
    token = LoginToken(
        id=token_id,
        user_id=user.id if user else None,
        email=email,
        purpose=purpose,
        token_hash=hash_token(link_secret(token_id)),
        created_at=now,
        expires_at=now + timedelta(minutes=get_settings().magic_link_minutes),
        ip_address=meta.ip_address,
    )
    await tokens_repo.add(session, token)
    after_commit(session, task_names.AUTH_SEND_LINK_EMAIL, str(token_id))
    return token


def queue_account_exists_notice(session: AsyncSession, *, user_id: uuid.UUID) -> None:
    after_commit(session, task_names.AUTH_SEND_ACCOUNT_EXISTS_EMAIL, str(user_id))


async def consume(session: AsyncSession, *, raw: str, purposes: tuple[str, ...]) -> LoginToken:
    """Mark a link used (row-locked, so two clicks cannot both succeed) or refuse it."""
    token = await tokens_repo.get_by_hash_for_update(session, hash_token(raw))
    now = datetime.now(UTC)
    if (
        token is None
        or token.purpose not in purposes
        or token.used_at is not None
        or token.expires_at <= now
    ):
        raise BadRequest(INVALID_LINK, error_code="INVALID_LINK")
    token.used_at = now
    await session.flush()
    return token


# --- mail (run by the auth.* tasks) ------------------------------------------------------

_SUBJECTS = {
    MAGIC_LINK: "Your Pagewright sign-in link",
    VERIFY_EMAIL: "Confirm your Pagewright account",
    PASSWORD_RESET: "Reset your Pagewright password",
}
_PATHS = {
    MAGIC_LINK: "/auth/magic-link",
    VERIFY_EMAIL: "/auth/verify-email",
    PASSWORD_RESET: "/auth/reset-password",
}
# Development (settings.links_to_api): sign-in links open the API's own confirm page, so a
# newcomer without a front end can finish signing up. A reset still needs the front end's form.
API_CONFIRM_PATH = "/api/v1/auth/magic-link/verify"


def link_url(purpose: str, secret: str) -> str:
    settings = get_settings()
    if settings.links_to_api and purpose in SIGN_IN_PURPOSES:
        return f"{settings.public_base_url.rstrip('/')}{API_CONFIRM_PATH}?token={secret}"
    return f"{settings.frontend_url.rstrip('/')}{_PATHS[purpose]}?token={secret}"


async def _first_send(kind: str, ident: str) -> bool:
    """A redelivered task must not mail twice."""
    try:
        return bool(await get_redis().set(rkey("mail-sent", kind, ident), "1", nx=True, ex=86400))
    except Exception:
        return True


async def send_link_email(session: AsyncSession, *, token_id: uuid.UUID) -> bool:
    token = await tokens_repo.get(session, token_id)
    if token is None or token.used_at is not None or token.expires_at <= datetime.now(UTC):
        return False
    if not await _first_send("link", str(token_id)):
        return False
    settings = get_settings()
    link = link_url(token.purpose, link_secret(token_id))
    minutes = settings.magic_link_minutes
    intro = {
        MAGIC_LINK: "Use this link to sign in to Pagewright.",
        VERIFY_EMAIL: "Confirm your email address to finish creating your Pagewright account.",
        PASSWORD_RESET: "Use this link to choose a new Pagewright password.",
    }[token.purpose]
    text = (
        f"{intro}\n\n{link}\n\nThe link works once and expires in {minutes} minutes.\n"
        "If you did not ask for it, ignore this email."
    )
    try:
        await get_sender().send(Email(to=token.email, subject=_SUBJECTS[token.purpose], text=text))
    except Exception:
        with contextlib.suppress(Exception):  # let a retry send it
            await get_redis().delete(rkey("mail-sent", "link", str(token_id)))
        raise
    log.info("auth.email_sent", purpose=token.purpose)
    return True


async def send_account_exists_email(session: AsyncSession, *, user_id: uuid.UUID) -> bool:
    user = await users_repo.get(session, user_id)
    if user is None:
        return False
    settings = get_settings()
    base = settings.frontend_url.rstrip("/")
    text = (
        "Someone (perhaps you) tried to create a Pagewright account with this email address, "
        "but it already has one.\n\n"
        f"Sign in at {base}/auth/login, or get a sign-in link or a new password from there.\n"
        "If it was not you, you can ignore this email."
    )
    await get_sender().send(
        Email(to=user.email, subject="You already have a Pagewright account", text=text)
    )
    return True
