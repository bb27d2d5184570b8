"""Magic links and password reset through the HTTP API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import hash_token
from app.models import AnalyticsEvent, LoginToken, User
from tests.api.test_errors import assert_error_shape
from tests.support.factories import DEFAULT_PASSWORD, auth_headers, create_user
from tests.support.mailbox import clear_outbox, link_token, mails_to

MAGIC = "/api/v1/auth/magic-link"
VERIFY = "/api/v1/auth/magic-link/verify"
RESET = "/api/v1/auth/password-reset"
CONFIRM = "/api/v1/auth/password-reset/confirm"
ME = "/api/v1/users/me"


@pytest.fixture(autouse=True)
def _outbox() -> None:
    clear_outbox()


async def test_magic_link_answers_the_same_for_known_and_unknown(
    client: AsyncClient, session: AsyncSession
) -> None:
    await create_user(session, email="known@example.com")
    a = await client.post(MAGIC, json={"email": "known@example.com"})
    b = await client.post(MAGIC, json={"email": "unknown@example.com"})
    assert a.status_code == b.status_code == 202
    assert a.json() == b.json()
    assert len(await mails_to("known@example.com")) == 1
    assert len(await mails_to("unknown@example.com")) == 1


async def test_magic_link_creates_account_on_first_use(
    client: AsyncClient, session: AsyncSession
) -> None:
    await client.post(MAGIC, json={"email": " Brand.New@Example.com"})
    assert await session.scalar(select(func.count()).select_from(User)) == 0
    token = await link_token("brand.new@example.com")
    stored = (await session.execute(select(LoginToken))).scalar_one()
    assert stored.token_hash == hash_token(token) and token not in stored.token_hash
    r = await client.post(VERIFY, json={"token": token})
    assert r.status_code == 200
    body = r.json()
    assert body["user"]["email"] == "brand.new@example.com"
    assert body["user"]["auth_provider"] == "magic_link"
    assert body["user"]["email_verified"] is True
    assert body["user"]["subscription_tier"] == "free"
    me = await client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    event = (
        await session.execute(
            select(AnalyticsEvent).where(AnalyticsEvent.event_type == "user.registered")
        )
    ).scalar_one()
    assert event.properties == {"method": "magic_link"}


async def test_magic_link_is_single_use(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    await client.post(MAGIC, json={"email": user.email})
    token = await link_token(user.email)
    assert (await client.post(VERIFY, json={"token": token})).status_code == 200
    r = await client.post(VERIFY, json={"token": token})
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_LINK")


async def test_expired_magic_link_is_refused(client: AsyncClient, session: AsyncSession) -> None:
    await client.post(MAGIC, json={"email": "late@example.com"})
    token = await link_token("late@example.com")
    await session.execute(
        update(LoginToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await session.commit()
    r = await client.post(VERIFY, json={"token": token})
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_LINK")
    assert await session.scalar(select(func.count()).select_from(User)) == 0


async def test_link_expires_after_15_minutes(client: AsyncClient, session: AsyncSession) -> None:
    await client.post(MAGIC, json={"email": "ttl@example.com"})
    row = (await session.execute(select(LoginToken))).scalar_one()
    assert timedelta(minutes=14) < row.expires_at - row.created_at <= timedelta(minutes=15)


async def test_newer_link_replaces_older(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    await client.post(MAGIC, json={"email": user.email})
    first = await link_token(user.email)
    await client.post(MAGIC, json={"email": user.email})
    second = await link_token(user.email)
    assert (await client.post(VERIFY, json={"token": first})).status_code == 400
    assert (await client.post(VERIFY, json={"token": second})).status_code == 200


async def test_magic_link_on_unconfirmed_account_drops_unproven_password(
    client: AsyncClient, session: AsyncSession
) -> None:
    """Someone registered this address with their own password; the owner signs in by
    link: the squatter's password must not keep working."""
    await client.post(
        "/api/v1/auth/register", json={"email": "victim@example.com", "password": "squatter-pass"}
    )
    clear_outbox()
    await client.post(MAGIC, json={"email": "victim@example.com"})
    token = await link_token("victim@example.com")
    assert (await client.post(VERIFY, json={"token": token})).status_code == 200
    r = await client.post(
        "/api/v1/auth/login", json={"email": "victim@example.com", "password": "squatter-pass"}
    )
    assert r.status_code == 401


async def test_reset_answers_the_same_for_known_and_unknown(
    client: AsyncClient, session: AsyncSession
) -> None:
    await create_user(session, email="has-account@example.com")
    a = await client.post(RESET, json={"email": "has-account@example.com"})
    b = await client.post(RESET, json={"email": "no-account@example.com"})
    assert a.status_code == b.status_code == 202
    assert a.json() == b.json()
    assert len(await mails_to("has-account@example.com")) == 1
    assert await mails_to("no-account@example.com") == []


async def test_password_reset_flow_revokes_all_sessions(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    old_sessions = [await auth_headers(session, user) for _ in range(2)]
    await client.post(RESET, json={"email": user.email})
    token = await link_token(user.email)
    r = await client.post(CONFIRM, json={"token": token, "new_password": "new password 123"})
    assert r.status_code == 200
    fresh = r.json()
    for headers in old_sessions:
        assert (await client.get(ME, headers=headers)).status_code == 401
    assert (
        await client.get(ME, headers={"Authorization": f"Bearer {fresh['access_token']}"})
    ).status_code == 200
    old = await client.post(
        "/api/v1/auth/login", json={"email": user.email, "password": DEFAULT_PASSWORD}
    )
    assert old.status_code == 401
    new = await client.post(
        "/api/v1/auth/login", json={"email": user.email, "password": "new password 123"}
    )
    assert new.status_code == 200
    # Used once only.
    again = await client.post(CONFIRM, json={"token": token, "new_password": "another one 456"})
    assert again.status_code == 400
    assert_error_shape(again.json(), "INVALID_LINK")


async def test_reset_confirm_checks_password_rules(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    await client.post(RESET, json={"email": user.email})
    token = await link_token(user.email)
    r = await client.post(CONFIRM, json={"token": token, "new_password": "🔒" * 19})  # 76 bytes
    assert r.status_code == 422
    assert "72 bytes" in r.json()["details"]["fields"][0]["message"]
    # The token was not spent by the refused attempt.
    r = await client.post(CONFIRM, json={"token": token, "new_password": "fine password"})
    assert r.status_code == 200


async def test_magic_link_token_cannot_reset_password(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    await client.post(MAGIC, json={"email": user.email})
    token = await link_token(user.email)
    r = await client.post(CONFIRM, json={"token": token, "new_password": "hijacked pass"})
    assert r.status_code == 400
    assert (await client.post(VERIFY, json={"token": token})).status_code == 200
