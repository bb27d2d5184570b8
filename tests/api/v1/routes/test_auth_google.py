"""POST /auth/google against the local fake JWKS server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AnalyticsEvent, User
from tests.api.test_errors import assert_error_shape
from tests.support.factories import create_user
from tests.support.fake_google import FakeGoogle, fake_google_server, google_configured

GOOGLE = "/api/v1/auth/google"


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    with fake_google_server() as fake, google_configured(fake):
        yield fake


async def test_first_google_sign_in_creates_account(
    client: AsyncClient, session: AsyncSession, google: FakeGoogle
) -> None:
    r = await client.post(GOOGLE, json={"id_token": google.good(email="Grace@Example.com")})
    assert r.status_code == 200, r.text
    user = r.json()["user"]
    assert user["email"] == "grace@example.com"
    assert user["auth_provider"] == "google" and user["subscription_tier"] == "free"
    assert user["full_name"] == "Grace Google"
    assert user["avatar_url"] == "https://lh3.googleusercontent.com/a/photo.jpg"
    # Second sign-in: same account.
    r = await client.post(GOOGLE, json={"id_token": google.good(email="Grace@Example.com")})
    assert r.status_code == 200 and r.json()["user"]["id"] == user["id"]
    assert await session.scalar(select(func.count()).select_from(User)) == 1
    methods = (
        await session.execute(select(AnalyticsEvent.event_type, AnalyticsEvent.properties))
    ).all()
    assert ("user.registered", {"method": "google"}) in [(t, p) for t, p in methods]
    assert sum(1 for t, p in methods if t == "user.login" and p == {"method": "google"}) == 2


async def test_google_links_existing_email_account(
    client: AsyncClient, session: AsyncSession, google: FakeGoogle
) -> None:
    existing = await create_user(session, email="linked@example.com", subscription_tier="pro")
    r = await client.post(GOOGLE, json={"id_token": google.good(email="linked@example.com")})
    assert r.status_code == 200
    assert r.json()["user"]["id"] == str(existing.id)
    assert r.json()["user"]["subscription_tier"] == "pro"
    session.expire_all()
    await session.refresh(existing)
    assert existing.google_sub == "1098765432101234567890"
    assert existing.password_hash is not None  # a confirmed account keeps its password


async def test_google_cookie_mode(client: AsyncClient, google: FakeGoogle) -> None:
    r = await client.post(GOOGLE, json={"id_token": google.good(), "transport": "cookie"})
    assert r.status_code == 200 and r.json()["access_token"] is None
    assert (await client.get("/api/v1/users/me")).status_code == 200


@pytest.mark.parametrize(
    "kind",
    ["wrong_aud", "wrong_iss", "bad_signature", "expired", "unverified_email", "unknown_kid"],
)
async def test_bad_google_tokens_are_401_and_create_nothing(
    client: AsyncClient, session: AsyncSession, google: FakeGoogle, kind: str
) -> None:
    existing = await create_user(session, email="google.user@example.com")
    r = await client.post(GOOGLE, json={"id_token": getattr(google, kind)()})
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_GOOGLE_TOKEN")
    assert await session.scalar(select(func.count()).select_from(User)) == 1
    session.expire_all()
    await session.refresh(existing)
    assert existing.google_sub is None


async def test_garbage_google_token_is_401(client: AsyncClient, google: FakeGoogle) -> None:
    r = await client.post(GOOGLE, json={"id_token": "garbage"})
    assert r.status_code == 401
