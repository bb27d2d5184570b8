"""Make (or promote) an admin from the command line: the way the first admin comes to be."""

from __future__ import annotations

from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import ValidationFailed
from app.core.security import BCRYPT_MAX_BYTES, hash_password
from app.models import User
from app.repositories import users as users_repo
from app.services.admin.audit import write_audit
from app.services.analytics.events import ClientMeta

MIN_PASSWORD_CHARS = 8
CLI_META = ClientMeta(ip_address=None, user_agent="cli:create-admin")


@dataclass(frozen=True)
class AdminBootstrap:
    user: User
    created: bool
    promoted: bool
    reactivated: bool
    password_set: bool


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValidationFailed(f"The password needs at least {MIN_PASSWORD_CHARS} characters.")
    if len(password.encode()) > BCRYPT_MAX_BYTES:
        raise ValidationFailed(f"The password may be at most {BCRYPT_MAX_BYTES} bytes.")


async def ensure_admin(
    session: AsyncSession, *, email: str, password: str | None = None
) -> AdminBootstrap:
    """Create the user as an active admin, or promote (and reactivate) an existing one.

    Audited like any admin write (admin_id empty: nobody was signed in).
    """
    try:
        email = validate_email(email, check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise ValidationFailed(f"Not a valid email address: {exc}") from exc
    if password is not None:
        _check_password(password)
    user = await users_repo.get_by_email(session, email)
    created = user is None
    if user is None:
        user = await users_repo.add(
            session,
            User(
                email=email,
                auth_provider="email",
                email_verified=True,
                is_admin=True,
                is_active=True,
                password_hash=hash_password(password) if password else None,
            ),
        )
        before = None
        promoted = reactivated = False
    else:
        before = {"is_admin": user.is_admin, "is_active": user.is_active}
        promoted, reactivated = not user.is_admin, not user.is_active
        user.is_admin = True
        user.is_active = True
        if password:
            user.password_hash = hash_password(password)
        await session.flush()
    after = {"is_admin": True, "is_active": True}
    if created or promoted or reactivated or password:
        await write_audit(
            session,
            admin=None,
            action="admin.user.create_admin" if created else "admin.user.promote",
            resource_type="user",
            resource_id=user.id,
            before=before,
            # Whether a password was set, never the password or its hash.
            after={**after, "password_set": bool(password)},
            reason="create-admin command",
            meta=CLI_META,
        )
    return AdminBootstrap(user, created, promoted, reactivated, bool(password))
