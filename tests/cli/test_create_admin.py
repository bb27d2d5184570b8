"""`python -m app create-admin` makes or promotes an admin, audits it, never prints a password."""

from __future__ import annotations

import asyncio
import os
import sys

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import verify_password
from app.models import AdminAuditLog, User
from tests.support.factories import create_user

SECRET = "s3cret-admin-pass"


async def _cli(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "create-admin",
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=dict(os.environ),
    )
    out, err = await proc.communicate(stdin.encode() if stdin is not None else None)
    return proc.returncode or 0, out.decode(), err.decode()


async def _user(session: AsyncSession, email: str) -> User | None:
    stmt = select(User).where(User.email == email).execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def _audits(session: AsyncSession) -> list[AdminAuditLog]:
    stmt = select(AdminAuditLog).order_by(AdminAuditLog.created_at)
    return list((await session.execute(stmt)).scalars())


async def test_creates_the_first_admin_with_a_password(session: AsyncSession) -> None:
    code, out, err = await _cli("Root@Example.com", "--password", SECRET)
    assert code == 0, err
    assert "Created admin root@example.com" in out
    assert SECRET not in out + err
    user = await _user(session, "root@example.com")
    assert user is not None and user.is_admin and user.is_active
    assert verify_password(SECRET, user.password_hash)
    [audit] = await _audits(session)
    assert audit.action == "admin.user.create_admin" and audit.admin_id is None
    assert audit.after == {"is_admin": True, "is_active": True, "password_set": True}
    assert SECRET not in str(audit.after) and audit.user_agent == "cli:create-admin"


async def test_promotes_and_reactivates_an_existing_user_from_stdin(
    session: AsyncSession,
) -> None:
    await create_user(session, email="ops@example.com", is_active=False)
    code, out, err = await _cli("ops@example.com", "--password-stdin", stdin=SECRET + "\n")
    assert code == 0, err
    assert "promoted to admin, reactivated, password changed" in out
    assert SECRET not in out + err
    user = await _user(session, "ops@example.com")
    assert user is not None and user.is_admin and user.is_active
    assert verify_password(SECRET, user.password_hash)
    [audit] = await _audits(session)
    assert audit.action == "admin.user.promote"
    assert audit.before == {"is_admin": False, "is_active": False}

    code, out, _ = await _cli("ops@example.com")
    assert code == 0 and "already an active admin; nothing changed" in out
    assert len(await _audits(session)) == 1


async def test_bad_input_changes_nothing(session: AsyncSession) -> None:
    code, out, err = await _cli("not-an-email", "--password", SECRET)
    assert code == 2 and "valid email" in err
    code, out, err = await _cli("short@example.com", "--password", "short")
    assert code == 2 and "at least 8" in err and "short@" not in out
    assert await _user(session, "short@example.com") is None
    assert await _audits(session) == []


async def test_without_a_password_says_how_to_sign_in(session: AsyncSession) -> None:
    code, out, _ = await _cli("magic@example.com")
    assert code == 0 and "No password set" in out
    user = await _user(session, "magic@example.com")
    assert user is not None and user.is_admin and user.password_hash is None
