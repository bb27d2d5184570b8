"""Cookie mode for browsers: HTTP-only cookies, the CSRF header, refresh and logout."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from tests.api.test_errors import assert_error_shape
from tests.support.error_shape import app_client
from tests.support.factories import DEFAULT_PASSWORD, auth_headers, create_user
from tests.support.mailbox import clear_outbox, link_token

ACCESS = "__Host-pw_access"
REFRESH_COOKIE = "__Secure-pw_refresh"
CSRF = "__Host-pw_csrf"
ME = "/api/v1/users/me"


def _set_cookies(r: Response) -> dict[str, str]:
    """name -> the raw Set-Cookie line."""
    return {line.split("=", 1)[0]: line for line in r.headers.get_list("set-cookie")}


async def _cookie_login(client: AsyncClient, email: str) -> dict[str, Any]:
    r = await client.post(
        "/api/v1/auth/login",
        json={"email": email, "password": DEFAULT_PASSWORD, "transport": "cookie"},
    )
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


async def test_cookie_login_sets_cookies_not_body_tokens(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    r = await client.post(
        "/api/v1/auth/login",
        json={"email": user.email, "password": DEFAULT_PASSWORD, "transport": "cookie"},
    )
    assert r.status_code == 200
    body = r.json()
    assert body["access_token"] is None and body["refresh_token"] is None
    assert body["token_type"] == "cookie" and body["csrf_token"]
    cookies = _set_cookies(r)
    access, refresh, csrf = (
        cookies[ACCESS].lower(),
        cookies[REFRESH_COOKIE].lower(),
        cookies[CSRF].lower(),
    )
    for line in (access, refresh, csrf):
        assert "secure" in line and "samesite=lax" in line and "domain=" not in line
    assert "httponly" in access and "path=/;" in access + ";"
    assert "httponly" in refresh and "path=/api/v1/auth" in refresh
    assert "httponly" not in csrf
    assert client.cookies.get(CSRF) == body["csrf_token"]


async def test_cookie_session_reads_and_needs_csrf_to_write(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    body = await _cookie_login(client, user.email)
    r = await client.get(ME)
    assert r.status_code == 200 and r.json()["email"] == user.email

    # No CSRF header: refused, nothing changed.
    r = await client.patch(ME, json={"full_name": "Changed"})
    assert r.status_code == 403
    assert_error_shape(r.json(), "CSRF_FAILED")
    # A made-up token, and a token equal to nothing we signed.
    for bad in ("abc.def", "x"):
        r = await client.patch(ME, json={"full_name": "Changed"}, headers={"X-CSRF-Token": bad})
        assert r.status_code == 403
    assert (await client.get(ME)).json()["full_name"] == "Test User"

    r = await client.patch(
        ME, json={"full_name": "Changed"}, headers={"X-CSRF-Token": body["csrf_token"]}
    )
    assert r.status_code == 200 and r.json()["full_name"] == "Changed"


async def test_foreign_csrf_token_is_refused(
    client: AsyncClient, app: Any, session: AsyncSession
) -> None:

    victim = await create_user(session)
    attacker = await create_user(session)
    own = (await _cookie_login(client, victim.email))["csrf_token"]
    async with app_client(app) as other:
        attacker_body = await _cookie_login(other, attacker.email)
    foreign = attacker_body["csrf_token"]
    # Attacker's token in the header (and even planted as the cookie): bound to another session.
    r = await client.patch(ME, json={"full_name": "Pwned"}, headers={"X-CSRF-Token": foreign})
    assert r.status_code == 403
    # Even planted as the CSRF cookie too (a cookie-tossing attacker): still refused.
    planted = f"{CSRF}={foreign}; {ACCESS}={client.cookies.get(ACCESS)}"
    async with app_client(app) as raw:
        r = await raw.patch(
            ME, json={"full_name": "Pwned"}, headers={"X-CSRF-Token": foreign, "Cookie": planted}
        )
        assert r.status_code == 403
        # Control: the same raw request with the victim's own token would pass.
        genuine = f"{CSRF}={own}; {ACCESS}={client.cookies.get(ACCESS)}"
        ok = await raw.patch(
            ME, json={"full_name": "Test User"}, headers={"X-CSRF-Token": own, "Cookie": genuine}
        )
        assert ok.status_code == 200
    assert_error_shape(r.json(), "CSRF_FAILED")
    session.expire_all()
    await session.refresh(victim)
    assert victim.full_name == "Test User"


async def test_bearer_requests_need_no_csrf(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    r = await client.patch(
        ME, json={"full_name": "Bearer"}, headers=await auth_headers(session, user)
    )
    assert r.status_code == 200


async def test_cookie_refresh_rotates_cookies(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    await _cookie_login(client, user.email)
    old_refresh = client.cookies.get(REFRESH_COOKIE)
    old_access = client.cookies.get(ACCESS)
    r = await client.post("/api/v1/auth/refresh")
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "cookie" and body["access_token"] is None
    assert client.cookies.get(REFRESH_COOKIE) != old_refresh
    assert client.cookies.get(ACCESS) != old_access
    r = await client.patch(
        ME, json={"full_name": "After"}, headers={"X-CSRF-Token": body["csrf_token"]}
    )
    assert r.status_code == 200


async def test_cookie_logout_needs_csrf_and_clears_cookies(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    body = await _cookie_login(client, user.email)
    access = client.cookies.get(ACCESS)
    r = await client.post("/api/v1/auth/logout")
    assert r.status_code == 403
    r = await client.post("/api/v1/auth/logout", headers={"X-CSRF-Token": body["csrf_token"]})
    assert r.status_code == 204
    assert client.cookies.get(ACCESS) is None
    # The old access cookie, replayed, is dead.
    r = await client.get(ME, headers={"Cookie": f"{ACCESS}={access}"})
    assert r.status_code == 401


async def test_cookie_logout_all(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    other = await auth_headers(session, user)
    body = await _cookie_login(client, user.email)
    r = await client.post("/api/v1/auth/logout-all", headers={"X-CSRF-Token": body["csrf_token"]})
    assert r.status_code == 204
    assert (await client.get(ME, headers=other)).status_code == 401


async def test_cookie_mode_magic_link_and_reset(client: AsyncClient, session: AsyncSession) -> None:
    clear_outbox()
    user = await create_user(session, email="cookie-links@example.com")
    assert (
        await client.post("/api/v1/auth/magic-link", json={"email": user.email})
    ).status_code == 202
    token = await link_token(user.email)
    r = await client.post(
        "/api/v1/auth/magic-link/verify", json={"token": token, "transport": "cookie"}
    )
    assert r.status_code == 200 and r.json()["access_token"] is None
    assert (await client.get(ME)).status_code == 200
    client.cookies.clear()

    assert (
        await client.post("/api/v1/auth/password-reset", json={"email": user.email})
    ).status_code == 202
    token = await link_token(user.email)
    r = await client.post(
        "/api/v1/auth/password-reset/confirm",
        json={"token": token, "new_password": "brand new secret", "transport": "cookie"},
    )
    assert r.status_code == 200 and r.json()["refresh_token"] is None
    assert (await client.get(ME)).status_code == 200


async def test_cookie_account_deletion_clears_cookies(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    body = await _cookie_login(client, user.email)
    assert (await client.delete(ME)).status_code == 403  # no CSRF header
    r = await client.delete(ME, headers={"X-CSRF-Token": body["csrf_token"]})
    assert r.status_code == 204
    assert client.cookies.get(ACCESS) is None and client.cookies.get(CSRF) is None
