"""Registration and password login through the HTTP API (bearer mode)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import decode_access_token
from app.models import AnalyticsEvent, AuthSession, User
from tests.api.test_errors import assert_error_shape
from tests.support.factories import DEFAULT_PASSWORD, create_user
from tests.support.mailbox import clear_outbox, link_token, mails_to

REGISTER = "/api/v1/auth/register"
LOGIN = "/api/v1/auth/login"
VERIFY = "/api/v1/auth/magic-link/verify"


@pytest.fixture(autouse=True)
def _outbox() -> None:
    clear_outbox()


async def _user(session: AsyncSession, email: str) -> User | None:
    session.expire_all()
    return (await session.execute(select(User).where(User.email == email))).scalar_one_or_none()


async def test_register_then_confirm_signs_in(client: AsyncClient, session: AsyncSession) -> None:
    r = await client.post(
        REGISTER,
        json={
            "email": "  New.Person@Example.COM ",
            "password": "a good password",
            "full_name": "N P",
        },
    )
    assert r.status_code == 202
    user = await _user(session, "new.person@example.com")
    assert user is not None and user.email_verified is False
    assert user.auth_provider == "email" and user.subscription_tier == "free"
    assert user.password_hash and user.password_hash.startswith("$2")

    # Until the address is confirmed, password login answers like a wrong password.
    r = await client.post(
        LOGIN, json={"email": "new.person@example.com", "password": "a good password"}
    )
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_CREDENTIALS")

    token = await link_token("new.person@example.com")
    r = await client.post(VERIFY, json={"token": token})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 15 * 60
    assert body["user"]["email"] == "new.person@example.com"
    assert body["user"]["email_verified"] is True

    r = await client.post(
        LOGIN, json={"email": "NEW.person@example.com ", "password": "a good password"}
    )
    assert r.status_code == 200
    me = await client.get(
        "/api/v1/users/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"}
    )
    assert me.status_code == 200 and me.json()["full_name"] == "N P"

    events = (
        (await session.execute(select(AnalyticsEvent).where(AnalyticsEvent.user_id == user.id)))
        .scalars()
        .all()
    )
    kinds = [(e.event_type, e.properties.get("method")) for e in events]
    assert ("user.registered", "email") in kinds
    assert ("user.login", "password") in kinds


async def test_register_existing_email_answers_the_same_and_changes_nothing(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, email="taken@example.com", full_name="Owner")
    old_hash = user.password_hash
    new = await client.post(
        REGISTER, json={"email": "fresh@example.com", "password": "password123"}
    )
    dup = await client.post(
        REGISTER, json={"email": "Taken@Example.com", "password": "password123", "full_name": "X"}
    )
    assert new.status_code == dup.status_code == 202
    assert new.json() == dup.json()
    again = await _user(session, "taken@example.com")
    assert again is not None
    assert again.password_hash == old_hash and again.full_name == "Owner"
    assert await session.scalar(select(func.count()).select_from(User)) == 2
    notices = await mails_to("taken@example.com")
    assert len(notices) == 1 and "already has one" in notices[0].text
    assert "token=" not in notices[0].text


@pytest.mark.parametrize(
    ("password", "field_hint"),
    [
        ("short7!", "at least 8"),
        ("x" * 129, "at most 128"),
        ("é" * 37, "72 bytes"),  # 37 characters, 74 bytes
    ],
)
async def test_password_rules_are_clear_422(
    client: AsyncClient, session: AsyncSession, password: str, field_hint: str
) -> None:
    r = await client.post(REGISTER, json={"email": "rules@example.com", "password": password})
    assert r.status_code == 422
    body = r.json()
    assert_error_shape(body, "VALIDATION_ERROR")
    fields = body["details"]["fields"]
    assert fields[0]["field"] == "password"
    assert field_hint in fields[0]["message"]
    assert await _user(session, "rules@example.com") is None


async def test_72_byte_password_is_accepted(client: AsyncClient, session: AsyncSession) -> None:
    password = "é" * 36  # exactly 72 bytes
    r = await client.post(REGISTER, json={"email": "edge@example.com", "password": password})
    assert r.status_code == 202
    user = await _user(session, "edge@example.com")
    assert user is not None
    user.email_verified = True
    await session.commit()
    r = await client.post(LOGIN, json={"email": "edge@example.com", "password": password})
    assert r.status_code == 200
    # The same 72 bytes plus more must not match through truncation.
    r = await client.post(LOGIN, json={"email": "edge@example.com", "password": password + "z"})
    assert r.status_code == 401


async def test_login_unknown_and_wrong_password_answer_the_same(
    client: AsyncClient, session: AsyncSession
) -> None:
    await create_user(session, email="known@example.com")
    unknown = await client.post(
        LOGIN, json={"email": "nobody@example.com", "password": "whatever1"}
    )
    wrong = await client.post(LOGIN, json={"email": "known@example.com", "password": "whatever1"})
    assert unknown.status_code == wrong.status_code == 401
    a, b = unknown.json(), wrong.json()
    assert_error_shape(a, "INVALID_CREDENTIALS")
    assert (a["error_code"], a["message"], a["details"]) == (
        b["error_code"],
        b["message"],
        b["details"],
    )


async def test_login_tokens_sessions_and_last_login(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, email="login@example.com")
    assert user.last_login_at is None
    r = await client.post(
        LOGIN,
        json={"email": "login@example.com", "password": DEFAULT_PASSWORD},
        headers={"User-Agent": "Firefox/130"},
    )
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"user", "access_token", "refresh_token", "token_type", "expires_in"}
    claims = decode_access_token(body["access_token"])
    assert claims.user_id == user.id
    assert len(body["refresh_token"]) >= 43  # 256 bits, url-safe base64
    row = await session.get(AuthSession, claims.session_id)
    assert row is not None and row.user_agent == "Firefox/130" and row.ip_address == "203.0.113.7"
    assert row.expires_at - datetime.now(UTC) < timedelta(days=7, minutes=1)
    refreshed = await _user(session, "login@example.com")
    assert refreshed is not None and refreshed.last_login_at is not None


async def test_remember_me_gives_30_day_session(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    r = await client.post(
        LOGIN, json={"email": user.email, "password": DEFAULT_PASSWORD, "remember_me": True}
    )
    sid = decode_access_token(r.json()["access_token"]).session_id
    row = await session.get(AuthSession, sid)
    assert row is not None and row.remember_me is True
    assert row.expires_at - datetime.now(UTC) > timedelta(days=29)


async def test_disabled_account_cannot_log_in(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session, is_active=False)
    r = await client.post(LOGIN, json={"email": user.email, "password": DEFAULT_PASSWORD})
    assert r.status_code == 403
    assert_error_shape(r.json(), "ACCOUNT_DISABLED")


async def test_registering_again_before_confirming_mails_a_sign_in_link(
    client: AsyncClient, session: AsyncSession
) -> None:
    first = await client.post(
        REGISTER, json={"email": "lost@example.com", "password": "password-1"}
    )
    clear_outbox()
    again = await client.post(
        REGISTER, json={"email": "lost@example.com", "password": "password-2"}
    )
    assert first.status_code == again.status_code == 202 and first.json() == again.json()
    token = await link_token("lost@example.com")
    r = await client.post(VERIFY, json={"token": token})
    assert r.status_code == 200 and r.json()["user"]["email_verified"] is True
    # Neither unproven password was kept; the owner sets one through a reset.
    for password in ("password-1", "password-2"):
        r = await client.post(LOGIN, json={"email": "lost@example.com", "password": password})
        assert r.status_code == 401
