"""Refresh rotation, reuse detection, the grace window, logout, and forged access tokens."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from jose import jwt
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import create_access_token, decode_access_token, hash_token
from app.models import AnalyticsEvent, AuthSession, RefreshToken
from tests.api.test_errors import assert_error_shape
from tests.support.factories import DEFAULT_PASSWORD, create_user

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
ME = "/api/v1/users/me"
SECRET = "test-secret-key-that-is-long-enough-0123456789"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _login(client: AsyncClient, email: str) -> dict[str, Any]:
    r = await client.post(LOGIN, json={"email": email, "password": DEFAULT_PASSWORD})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


async def _age_rotation(session: AsyncSession, raw: str, seconds: int) -> None:
    """Pretend the token was rotated `seconds` ago (no sleeping in tests)."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == hash_token(raw))
        .values(rotated_at=datetime.now(UTC) - timedelta(seconds=seconds))
    )
    await session.commit()


async def test_refresh_rotates_and_old_token_reuse_revokes_family(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    first = await _login(client, user.email)
    r = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 200
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    sid = decode_access_token(second["access_token"]).session_id
    assert decode_access_token(first["access_token"]).session_id == sid
    assert (await client.get(ME, headers=bearer(second["access_token"]))).status_code == 200

    await _age_rotation(session, first["refresh_token"], 11)
    r = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_REFRESH_TOKEN")

    # The whole family is gone: the current refresh token and its access token too.
    r = await client.post(REFRESH, json={"refresh_token": second["refresh_token"]})
    assert r.status_code == 401
    r = await client.get(ME, headers=bearer(second["access_token"]))
    assert r.status_code == 401
    assert_error_shape(r.json(), "SESSION_REVOKED")
    session.expire_all()
    row = await session.get(AuthSession, sid)
    assert row is not None and row.revoked_reason == "refresh_reuse"


async def test_reuse_leaves_other_sessions_alone(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    a = await _login(client, user.email)
    b = await _login(client, user.email)
    await client.post(REFRESH, json={"refresh_token": a["refresh_token"]})
    await _age_rotation(session, a["refresh_token"], 60)
    assert (
        await client.post(REFRESH, json={"refresh_token": a["refresh_token"]})
    ).status_code == 401
    assert (await client.get(ME, headers=bearer(b["access_token"]))).status_code == 200
    assert (
        await client.post(REFRESH, json={"refresh_token": b["refresh_token"]})
    ).status_code == 200


async def test_grace_window_allows_a_duplicate_refresh(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    first = await _login(client, user.email)
    r1 = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    r2 = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert r1.status_code == r2.status_code == 200
    t1, t2 = r1.json()["refresh_token"], r2.json()["refresh_token"]
    assert t1 != t2
    # Neither answer locked the user out: both new tokens work, the session is live.
    assert (await client.post(REFRESH, json={"refresh_token": t1})).status_code == 200
    assert (await client.post(REFRESH, json={"refresh_token": t2})).status_code == 200
    sid = decode_access_token(first["access_token"]).session_id
    session.expire_all()
    row = await session.get(AuthSession, sid)
    assert row is not None and row.revoked_at is None


async def test_unknown_or_missing_refresh_token_is_401(client: AsyncClient) -> None:
    r = await client.post(REFRESH, json={"refresh_token": "not-a-token"})
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_REFRESH_TOKEN")
    r = await client.post(REFRESH)
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_REFRESH_TOKEN")


async def test_expired_refresh_token_is_401(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    tokens = await _login(client, user.email)
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == hash_token(tokens["refresh_token"]))
        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await session.commit()
    r = await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    assert r.status_code == 401


async def test_refresh_tokens_are_stored_hashed(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    tokens = await _login(client, user.email)
    hashes = (await session.execute(select(RefreshToken.token_hash))).scalars().all()
    assert tokens["refresh_token"] not in hashes
    assert hash_token(tokens["refresh_token"]) in hashes


async def test_logout_kills_access_and_refresh(
    client: AsyncClient, session: AsyncSession, redis_backend: str
) -> None:
    user = await create_user(session)
    tokens = await _login(client, user.email)
    other = await _login(client, user.email)
    r = await client.post("/api/v1/auth/logout", headers=bearer(tokens["access_token"]))
    assert r.status_code == 204
    r = await client.get(ME, headers=bearer(tokens["access_token"]))
    assert r.status_code == 401
    assert_error_shape(r.json(), "SESSION_REVOKED")
    assert (
        await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    ).status_code == 401
    # Only this session ended.
    assert (await client.get(ME, headers=bearer(other["access_token"]))).status_code == 200
    event = (
        await session.execute(
            select(AnalyticsEvent).where(AnalyticsEvent.event_type == "user.logout")
        )
    ).scalar_one()
    assert event.user_id == user.id


async def test_logout_all_ends_every_session(
    client: AsyncClient, session: AsyncSession, redis_backend: str
) -> None:
    user = await create_user(session)
    stranger = await create_user(session)
    sessions = [await _login(client, user.email) for _ in range(3)]
    theirs = await _login(client, stranger.email)
    r = await client.post("/api/v1/auth/logout-all", headers=bearer(sessions[0]["access_token"]))
    assert r.status_code == 204
    for tokens in sessions:
        assert (await client.get(ME, headers=bearer(tokens["access_token"]))).status_code == 401
        r = await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
        assert r.status_code == 401
    assert (await client.get(ME, headers=bearer(theirs["access_token"]))).status_code == 200


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _claims(user_id: uuid.UUID, session_id: uuid.UUID, **overrides: Any) -> dict[str, Any]:
    now = int(datetime.now(UTC).timestamp())
    claims = {
        "sub": str(user_id),
        "sid": str(session_id),
        "type": "access",
        "iss": "pagewright",
        "aud": "pagewright-api",
        "iat": now,
        "exp": now + 600,
    }
    claims.update(overrides)
    return claims


@pytest.mark.parametrize(
    "forge",
    ["alg_none", "other_key", "expired", "wrong_aud", "wrong_iss", "wrong_type", "no_exp"],
)
async def test_forged_access_tokens_are_401(
    client: AsyncClient, session: AsyncSession, forge: str
) -> None:
    user = await create_user(session)
    real = await _login(client, user.email)
    sid = decode_access_token(real["access_token"]).session_id
    claims = _claims(user.id, sid)
    if forge == "alg_none":
        token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."
    elif forge == "other_key":
        token = jwt.encode(claims, "another-secret-key-0123456789-abcdefghij", algorithm="HS256")
    elif forge == "expired":
        token, _ = create_access_token(
            user_id=user.id, session_id=sid, now=datetime.now(UTC) - timedelta(hours=1)
        )
    elif forge == "wrong_aud":
        token = jwt.encode(_claims(user.id, sid, aud="other-api"), SECRET, algorithm="HS256")
    elif forge == "wrong_iss":
        token = jwt.encode(_claims(user.id, sid, iss="someone-else"), SECRET, algorithm="HS256")
    elif forge == "wrong_type":
        token = jwt.encode(_claims(user.id, sid, type="refresh"), SECRET, algorithm="HS256")
    else:
        bare = _claims(user.id, sid)
        del bare["exp"]
        token = jwt.encode(bare, SECRET, algorithm="HS256")
    r = await client.get(ME, headers=bearer(token))
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_TOKEN")
    # And a state change with it changes nothing.
    r = await client.patch(ME, json={"full_name": "Mallory"}, headers=bearer(token))
    assert r.status_code == 401
    session.expire_all()
    await session.refresh(user)
    assert user.full_name == "Test User"
    # The control: a correctly signed token is accepted.
    good = jwt.encode(claims, SECRET, algorithm="HS256")
    assert (await client.get(ME, headers=bearer(good))).status_code == 200
