"""Magic links, password reset and Google sign-in."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest, NotFound, ServiceUnavailable, Unauthorized
from app.core.tiers import FREE
from app.integrations import google
from app.models import User
from app.repositories import auth_sessions as sessions_repo
from app.repositories import login_tokens as tokens_repo
from app.repositories import users as users_repo
from app.services.analytics.events import ClientMeta, record
from app.services.auth import links
from app.services.auth.accounts import ensure_active, hash_password_async, sign_in
from app.services.auth.results import SignIn
from app.services.auth.sessions import mark_revoked


async def request_magic_link(session: AsyncSession, *, email: str, meta: ClientMeta) -> None:
    """Always succeeds silently: unknown addresses get a link too (it creates the account)."""
    user = await users_repo.get_by_email(session, email)
    if user is not None and not user.is_active:
        return
    await links.issue(session, email=email, purpose=links.MAGIC_LINK, user=user, meta=meta)


async def verify_magic_link(
    session: AsyncSession, *, token: str, remember_me: bool, meta: ClientMeta
) -> SignIn:
    row = await links.consume(session, raw=token, purposes=links.SIGN_IN_PURPOSES)
    user = await users_repo.get_by_email(session, row.email)
    created = False
    if user is None:
        user = User(
            email=row.email,
            auth_provider="magic_link",
            email_verified=True,
            subscription_tier=FREE,
        )
        await _register(session, user, method="magic_link", meta=meta)
        created = True
    else:
        ensure_active(user)
        if not user.email_verified:
            if row.purpose == links.MAGIC_LINK:
                # Nobody proved they own this mailbox when the password was set (e.g. someone
                # registered another's address): drop that password before trusting the account.
                user.password_hash = None
            user.email_verified = True
    method = "email" if row.purpose == links.VERIFY_EMAIL else "magic_link"
    return await sign_in(
        session, user=user, method=method, remember_me=remember_me, meta=meta, created=created
    )


async def request_password_reset(session: AsyncSession, *, email: str, meta: ClientMeta) -> None:
    """Always succeeds silently; only an existing, active account gets a mail."""
    user = await users_repo.get_by_email(session, email)
    if user is None or not user.is_active:
        return
    await links.issue(session, email=user.email, purpose=links.PASSWORD_RESET, user=user, meta=meta)


async def confirm_password_reset(
    session: AsyncSession, *, token: str, new_password: str, meta: ClientMeta
) -> SignIn:
    """New password, every existing session revoked, then a fresh session for this client."""
    row = await links.consume(session, raw=token, purposes=(links.PASSWORD_RESET,))
    user = await users_repo.get_by_email(session, row.email)
    if user is None or (row.user_id is not None and row.user_id != user.id):
        raise BadRequest(links.INVALID_LINK, error_code="INVALID_LINK")
    ensure_active(user)
    now = datetime.now(UTC)
    user.password_hash = await hash_password_async(new_password)
    user.email_verified = True  # the mailbox owner clicked the link
    await tokens_repo.use_outstanding(
        session, email=user.email, purposes=(links.PASSWORD_RESET, links.MAGIC_LINK), now=now
    )
    revoked = await sessions_repo.revoke(session, user_id=user.id, now=now, reason="password_reset")
    for sid in revoked:
        await sessions_repo.retire_tokens(session, sid, now)
    await session.flush()
    await mark_revoked(revoked)
    await record(session, "user.password_reset", user_id=user.id, meta=meta)
    return await sign_in(session, user=user, method="password", remember_me=False, meta=meta)


async def google_sign_in(
    session: AsyncSession, *, id_token: str, remember_me: bool, meta: ClientMeta
) -> SignIn:
    try:
        identity = await google.verify_id_token(id_token)
    except google.GoogleTokenError as exc:
        raise Unauthorized(
            f"The Google sign-in token was rejected: {exc.reason}.",
            error_code="INVALID_GOOGLE_TOKEN",
        ) from exc
    except google.GoogleNotConfigured as exc:
        raise NotFound(
            "Google sign-in is not enabled on this server (GET /api/v1/config tells whether "
            "to show the button).",
            error_code="GOOGLE_SIGN_IN_DISABLED",
        ) from exc
    except google.GoogleUnavailable as exc:
        raise ServiceUnavailable(
            "Google sign-in is unavailable right now: Google's signing keys could not be "
            "fetched. Try again in a minute.",
            error_code="GOOGLE_UNAVAILABLE",
        ) from exc
    user = await users_repo.get_by_google_sub(session, identity.sub)
    created = False
    if user is None:
        user = await users_repo.get_by_email(session, identity.email)
        if user is not None:
            # verify_id_token insists on email_verified, so Google vouches for the mailbox.
            if not user.email_verified:
                user.password_hash = None  # unproven password (see verify_magic_link)
            user.google_sub = identity.sub
            user.email_verified = True
            user.full_name = user.full_name or identity.name
            user.avatar_url = user.avatar_url or identity.picture
        else:
            user = User(
                email=users_repo.normalize_email(identity.email),
                google_sub=identity.sub,
                auth_provider="google",
                email_verified=True,
                full_name=identity.name,
                avatar_url=identity.picture,
                subscription_tier=FREE,
            )
            await _register(session, user, method="google", meta=meta)
            created = True
    ensure_active(user)
    return await sign_in(
        session, user=user, method="google", remember_me=remember_me, meta=meta, created=created
    )


async def _register(session: AsyncSession, user: User, *, method: str, meta: ClientMeta) -> None:
    """Add a first-time user and record the registration."""
    try:
        async with session.begin_nested():
            await users_repo.add(session, user)
    except IntegrityError as exc:
        # Lost a race with a concurrent first sign-in; the client may simply retry.
        raise ServiceUnavailable(
            "The account is being created; try again.", error_code="ACCOUNT_BUSY"
        ) from exc
    await record(
        session, "user.registered", user_id=user.id, properties={"method": method}, meta=meta
    )
