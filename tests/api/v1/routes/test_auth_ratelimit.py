"""Rate limits on the auth routes (Redis store), headers, proxies, failing open."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import APIRouter, Depends
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.api import ratelimit
from app.api.deps import CurrentUser
from app.core.config import get_settings, is_cluster_url
from tests.api.test_errors import assert_error_shape
from tests.support.error_shape import app_client
from tests.support.factories import auth_headers, create_user

# Every test here runs on the suite's Redis and on a 3-master Redis Cluster.
pytestmark = pytest.mark.usefixtures("redis_backend")

LOGIN = "/api/v1/auth/login"
MAGIC = "/api/v1/auth/magic-link"


@pytest.fixture
def limits_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The suite runs with limits off; these tests turn them on with small numbers."""
    settings = get_settings()
    monkeypatch.setattr(settings, "rate_limit_enabled", True)
    monkeypatch.setattr(settings, "rate_limit_auth_ip", "4/minute")
    monkeypatch.setattr(settings, "rate_limit_auth_account", "2/minute")
    monkeypatch.setattr(settings, "rate_limit_login_failures_address", "2/minute")
    monkeypatch.setattr(settings, "rate_limit_login_failures_account", "10/minute")
    ratelimit.set_limiter(None)  # a fresh limiter on the real Redis
    yield
    ratelimit.set_limiter(None)


async def test_wrong_passwords_from_one_address_are_throttled(
    client: AsyncClient, limits_on: None
) -> None:
    body: dict[str, Any] = {"email": "target@example.com", "password": "guess-123"}
    assert (await client.post(LOGIN, json=body)).status_code == 401
    assert (await client.post(LOGIN, json=body)).status_code == 401
    # Same account, another spelling: still the same account (2 failures per address).
    r = await client.post(LOGIN, json={**body, "email": " TARGET@example.com"})
    assert r.status_code == 429
    assert_error_shape(r.json(), "RATE_LIMITED")
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    # Another account from the same address may still be tried (IP limit is 4).
    other = await client.post(LOGIN, json={"email": "else@example.com", "password": "guess-123"})
    assert other.status_code == 401


def _from(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


@pytest.fixture
def behind_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test client's peer is a trusted proxy: X-Forwarded-For names the address."""
    monkeypatch.setattr(get_settings(), "trusted_proxies", ["203.0.113.7"])
    monkeypatch.setattr(get_settings(), "rate_limit_auth_ip", "100/minute")


async def test_a_strangers_failures_never_lock_the_owner_out(
    client: AsyncClient, session: AsyncSession, limits_on: None, behind_proxy: None
) -> None:
    owner = await create_user(session, email="owner@example.com", password="the-right-one-1")
    await session.commit()
    wrong = {"email": owner.email, "password": "wrong-guess-1"}
    codes = [
        (await client.post(LOGIN, json=wrong, headers=_from("198.51.100.1"))).status_code
        for _ in range(6)
    ]
    assert codes == [401, 401, 429, 429, 429, 429]
    # Even the right password is refused from the address that has been failing...
    right = {"email": owner.email, "password": "the-right-one-1"}
    assert (await client.post(LOGIN, json=right, headers=_from("198.51.100.1"))).status_code == 429
    # ...but the owner, from an address that has not been failing, signs in.
    r = await client.post(LOGIN, json=right, headers=_from("203.0.113.50"))
    assert r.status_code == 200, r.text


async def test_credential_stuffing_from_many_addresses_gets_one_guess_each(
    client: AsyncClient,
    session: AsyncSession,
    limits_on: None,
    behind_proxy: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(get_settings(), "rate_limit_login_failures_account", "3/minute")
    owner = await create_user(session, email="stuffed@example.com", password="the-right-one-1")
    await session.commit()
    wrong = {"email": owner.email, "password": "wrong-guess-1"}
    for i in range(3):  # three addresses, one failure each: the account is now under attack
        r = await client.post(LOGIN, json=wrong, headers=_from(f"198.51.100.{i}"))
        assert r.status_code == 401
    # An address that already failed on this account is refused at once...
    assert (await client.post(LOGIN, json=wrong, headers=_from("198.51.100.0"))).status_code == 429
    # ...a fresh one gets a single guess...
    assert (await client.post(LOGIN, json=wrong, headers=_from("198.51.100.9"))).status_code == 401
    assert (await client.post(LOGIN, json=wrong, headers=_from("198.51.100.9"))).status_code == 429
    # ...and the owner still signs in from theirs.
    right = {"email": owner.email, "password": "the-right-one-1"}
    assert (await client.post(LOGIN, json=right, headers=_from("203.0.113.50"))).status_code == 200


async def test_success_carries_the_tightest_limit_headers(
    client: AsyncClient, limits_on: None
) -> None:
    r = await client.post(MAGIC, json={"email": "headers@example.com"})
    assert r.status_code == 202
    # IP: 4/minute (3 left); account: 2/minute (1 left): the account limit is reported.
    assert r.headers["X-RateLimit-Limit"] == "2"
    assert r.headers["X-RateLimit-Remaining"] == "1"
    assert int(r.headers["X-RateLimit-Reset"]) > 0


async def test_error_answers_of_limited_routes_carry_the_headers(
    client: AsyncClient, limits_on: None
) -> None:
    # A wrong password: 401, and the IP limit (4/minute, 3 left) is reported on it (login
    # counts failures per account, not attempts: no account limit to report).
    r = await client.post(LOGIN, json={"email": "who@example.com", "password": "wrong-123"})
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_CREDENTIALS")
    assert (r.headers["X-RateLimit-Limit"], r.headers["X-RateLimit-Remaining"]) == ("4", "3")
    assert int(r.headers["X-RateLimit-Reset"]) > 0
    # A malformed body: 422, counted against the IP limit (4/minute; 2 left after two calls).
    r = await client.post(LOGIN, json={"email": "not-an-address"})
    assert r.status_code == 422
    assert (r.headers["X-RateLimit-Limit"], r.headers["X-RateLimit-Remaining"]) == ("4", "2")
    # A route without a limit carries none.
    r = await client.get("/api/v1/users/me")
    assert r.status_code == 401 and "X-RateLimit-Limit" not in r.headers


async def test_per_ip_limit_across_accounts(client: AsyncClient, limits_on: None) -> None:
    codes = [
        (await client.post(MAGIC, json={"email": f"user{i}@example.com"})).status_code
        for i in range(5)
    ]
    assert codes == [202, 202, 202, 202, 429]


async def test_forwarded_for_is_ignored_from_untrusted_peers(
    client: AsyncClient, limits_on: None
) -> None:
    codes = [
        (
            await client.post(
                MAGIC,
                json={"email": f"spoof{i}@example.com"},
                headers={"X-Forwarded-For": f"198.51.100.{i}"},
            )
        ).status_code
        for i in range(5)
    ]
    assert codes[-1] == 429


async def test_forwarded_for_is_used_from_trusted_proxy(
    client: AsyncClient, limits_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "trusted_proxies", ["203.0.113.7"])
    codes = [
        (
            await client.post(
                MAGIC,
                json={"email": f"proxied{i}@example.com"},
                headers={"X-Forwarded-For": f"198.51.100.{i}"},
            )
        ).status_code
        for i in range(6)
    ]
    assert codes == [202] * 6


async def test_limiter_fails_open_when_store_is_down(
    client: AsyncClient, limits_on: None, redis_backend: str
) -> None:
    # Down from the start: a cluster client cannot even be made (it connects when made).
    dead = (
        "redis+cluster://127.0.0.1:1" if is_cluster_url(redis_backend) else "redis://127.0.0.1:1/0"
    )
    ratelimit.set_limiter(None, storage_uri=dead)
    codes = [
        (await client.post(MAGIC, json={"email": "open@example.com"})).status_code for _ in range(6)
    ]
    assert codes == [202] * 6


async def test_disabled_setting_turns_limits_off(client: AsyncClient) -> None:
    assert get_settings().rate_limit_enabled is False
    codes = [
        (await client.post(MAGIC, json={"email": "same@example.com"})).status_code for _ in range(8)
    ]
    assert codes == [202] * 8


@pytest.fixture(scope="module")
def per_user_app() -> Any:
    from app.main import create_app

    app = create_app()
    router = APIRouter(prefix="/api/v1/_limited")

    @router.post("", dependencies=[Depends(ratelimit.limit_per_user("2/minute", "test"))])
    async def limited(user: CurrentUser) -> dict[str, str]:
        return {"ok": str(user.id)}

    app.include_router(router)
    return app


async def test_limit_per_user_dependency(
    per_user_app: Any, session: AsyncSession, limits_on: None
) -> None:
    alice = await create_user(session)
    bob = await create_user(session)
    a, b = await auth_headers(session, alice), await auth_headers(session, bob)
    async with app_client(per_user_app) as c:
        codes = [(await c.post("/api/v1/_limited", headers=a)).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        assert (await c.post("/api/v1/_limited", headers=b)).status_code == 200
