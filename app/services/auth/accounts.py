"""Email and password accounts: registration (enumeration-safe) and login.

Enumeration rule: registration always answers the same (202, "check your email").
A new address gets an account whose email is unconfirmed plus a confirmation link; an
address that already has a confirmed account gets a notice mail and nothing changes; an
unconfirmed one gets a sign-in link (see register()). Password
login needs a confirmed email, and every failure is the same INVALID_CREDENTIALS, so
neither endpoint tells a stranger whether an address has an account.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Forbidden, NotFound, Unauthorized
from app.core.security import BCRYPT_MAX_BYTES, hash_password, verify_password
from app.core.tiers import FREE
from app.models import User
from app.repositories import login_tokens as tokens_repo
from app.repositories import users as users_repo
from app.services.analytics.events import ClientMeta, record
from app.services.auth import links
from app.services.auth.results import SignIn
from app.services.auth.sessions import start_session

INVALID_CREDENTIALS = "The email or password is incorrect, or the email is not confirmed yet."


async def hash_password_async(password: str) -> str:
    # bcrypt at cost 12 takes ~250 ms of CPU: keep it off the event loop.
    return await asyncio.to_thread(hash_password, password)


async def verify_password_async(password: str, password_hash: str | None) -> bool:
    if len(password.encode()) > BCRYPT_MAX_BYTES:
        # No such password can have been stored; still spend the same time.
        await asyncio.to_thread(verify_password, "x", None)
        return False
    return await asyncio.to_thread(verify_password, password, password_hash)


async def register(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    full_name: str | None,
    meta: ClientMeta,
) -> None:
    email = users_repo.normalize_email(email)
    password_hash = await hash_password_async(password)  # also for existing: same timing
    existing = await users_repo.get_by_email(session, email)
    if existing is not None:
        if existing.email_verified or not existing.is_active:
            links.queue_account_exists_notice(session, user_id=existing.id)
        else:
            # Never confirmed (a lost mail, or someone else registered this address): the
            # mailbox gets a sign-in link, which also drops the unproven password.
            await links.issue(
                session, email=email, purpose=links.MAGIC_LINK, user=existing, meta=meta
            )
        return
    user = User(
        email=email,
        password_hash=password_hash,
        full_name=(full_name or "").strip() or None,
        auth_provider="email",
        email_verified=False,
        subscription_tier=FREE,
    )
    try:
        async with session.begin_nested():
            await users_repo.add(session, user)
    except IntegrityError:
        # A concurrent registration of the same address won: answer as for an existing one.
        return
    await record(
        session, "user.registered", user_id=user.id, properties={"method": "email"}, meta=meta
    )
    await links.issue(session, email=email, purpose=links.VERIFY_EMAIL, user=user, meta=meta)


async def login(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    remember_me: bool,
    meta: ClientMeta,
) -> SignIn:
    user = await users_repo.get_by_email(session, email)
    ok = await verify_password_async(password, user.password_hash if user else None)
    # An unconfirmed address answers exactly like a wrong password (module docstring).
    if user is None or not ok or not user.email_verified:
        raise Unauthorized(INVALID_CREDENTIALS, error_code="INVALID_CREDENTIALS")
    ensure_active(user)
    return await sign_in(session, user=user, method="password", remember_me=remember_me, meta=meta)


async def confirm_email(session: AsyncSession, *, email: str) -> User:
    """Operator shortcut (`make confirm EMAIL=...`): mark an address confirmed without the mail,
    so password login works. The outstanding confirmation links stop working."""
    user = await users_repo.get_by_email(session, email)
    if user is None:
        raise NotFound("No account uses this email address.", error_code="USER_NOT_FOUND")
    if not user.email_verified:
        user.email_verified = True
        await tokens_repo.use_outstanding(
            session, email=user.email, purposes=links.SIGN_IN_PURPOSES, now=datetime.now(UTC)
        )
        await session.flush()
    return user


def ensure_active(user: User) -> None:
    if not user.is_active:
        raise Forbidden("This account is disabled.", error_code="ACCOUNT_DISABLED")


async def sign_in(
    session: AsyncSession,
    *,
    user: User,
    method: str,
    remember_me: bool,
    meta: ClientMeta,
    created: bool = False,
) -> SignIn:
    """Open a session for a user who has proven who they are; last_login_at and the event."""
    tokens = await start_session(
        session,
        user=user,
        method=method,
        user_agent=meta.user_agent,
        ip_address=meta.ip_address,
        remember_me=remember_me,
    )
    now = datetime.now(UTC)
    user.last_login_at = now
    user.last_active_at = now
    if meta.country:
        user.country = meta.country  # the admin geography figure reads the latest known one
    await session.flush()
    await record(session, "user.login", user_id=user.id, properties={"method": method}, meta=meta)
    return SignIn(user=user, tokens=tokens, created=created)
