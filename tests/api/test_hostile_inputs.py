"""Issue 13's probes, one test per class, on PostgreSQL: each answered a 500 (or let
something through) before; each must be a clean 4xx that stores nothing."""

from __future__ import annotations

import base64
import json
import time
import uuid
from typing import Any

import pytest
from httpx import AsyncClient
from jose import jwt
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.models import (
    AuthSession,
    BusinessProfile,
    Feedback,
    Generation,
    Screenshot,
    StripeEvent,
    User,
)
from app.services.auth.sessions import is_session_active
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_admin, create_pro_user, create_user, login
from tests.support.fake_stripe import (
    WEBHOOK_SECRET,
    FakeStripe,
    configure_settings,
    make_event,
    post_event,
    sign,
)
from tests.support.generations import business_context, create_screenshot

API = "/api/v1"


async def _count(session: AsyncSession, model: type, *where: Any) -> int:
    stmt = select(func.count()).select_from(model)
    for clause in where:
        stmt = stmt.where(clause)
    return int((await session.execute(stmt)).scalar_one())


def _field_error(response: Any, field: str) -> None:
    assert response.status_code == 422, response.text
    assert_error_shape(response.json(), "VALIDATION_ERROR")
    fields = [f["field"] for f in response.json()["details"]["fields"]]
    assert any(f == field or f.startswith(field + ".") for f in fields), fields


# 1. NUL and control characters ----------------------------------------------------------


@pytest.mark.parametrize("bad", ["pass\x00word-123", "pass\x07word-123", "pass\ud800word"])
async def test_control_characters_in_passwords_are_422(
    client: AsyncClient, session: AsyncSession, bad: str
) -> None:
    body = json.dumps({"email": "nul@example.com", "password": bad}).encode()
    headers = {"Content-Type": "application/json"}
    _field_error(
        await client.post(f"{API}/auth/register", content=body, headers=headers), "password"
    )
    _field_error(await client.post(f"{API}/auth/login", content=body, headers=headers), "password")
    assert await _count(session, User) == 0


async def test_nul_in_text_fields_is_422_naming_the_field_and_stores_nothing(
    client: AsyncClient, session: AsyncSession
) -> None:
    r = await client.post(
        f"{API}/auth/register",
        json={"email": "n@example.com", "password": "long-enough-1", "full_name": "A\x00B"},
    )
    _field_error(r, "full_name")
    assert await _count(session, User) == 0

    user = await create_pro_user(session, full_name="Before")
    headers = await auth_headers(session, user)
    _field_error(
        await client.patch(f"{API}/users/me", json={"full_name": "x\x00"}, headers=headers),
        "full_name",
    )
    await session.refresh(user)
    assert user.full_name == "Before"

    context = business_context(business_name="Bakery\x00")
    r = await client.post(
        f"{API}/business-profiles",
        json={"name": "Main", "business_context": context},
        headers=headers,
    )
    _field_error(r, "business_context.business_name")
    r = await client.post(
        f"{API}/business-profiles",
        json={"name": "Main", "business_context": business_context(keywords=["ok", "b\x00d"])},
        headers=headers,
    )
    _field_error(r, "business_context.keywords")
    assert await _count(session, BusinessProfile) == 0

    shot = await create_screenshot(session, user, analysis={"sections": []})
    r = await client.post(
        f"{API}/generations",
        json={
            "screenshot_id": str(shot.id),
            "business_context": business_context(),
            "local_instructions": "be brief\x00",
        },
        headers=headers,
    )
    _field_error(r, "local_instructions")
    r = await client.put(
        f"{API}/users/me/instructions", json={"global_instructions": "\x1b[31m"}, headers=headers
    )
    _field_error(r, "global_instructions")
    gen = Generation(
        user_id=user.id,
        screenshot_id=shot.id,
        business_context=business_context(),
        status="completed",
        stage="completed",
    )
    session.add(gen)
    await session.commit()
    assert await _count(session, Generation) == 1
    r = await client.post(
        f"{API}/generations/{gen.id}/feedback",
        json={"rating": "down", "comment": "bad\x00"},
        headers=headers,
    )
    _field_error(r, "comment")
    assert await _count(session, Feedback) == 0


async def test_newlines_and_tabs_in_text_are_still_accepted(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_pro_user(session)
    headers = await auth_headers(session, user)
    r = await client.put(
        f"{API}/users/me/instructions",
        json={"global_instructions": "Line one\n\tLine two\r\nשלום (RTL) ✓"},
        headers=headers,
    )
    assert r.status_code == 200, r.text


async def test_control_characters_in_query_parameters_are_422(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    r = await client.get(f"{API}/admin/users", params={"email": "a\x00b"}, headers=headers)
    _field_error(r, "query.email")
    r = await client.get(f"{API}/admin/audit-log?action=%00", headers=headers)
    _field_error(r, "query.action")


# 2. Dates out of range --------------------------------------------------------------------


def _cursor(stamp: str) -> str:
    raw = f"{stamp}|{uuid.uuid4()}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "stamp", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "1900-01-01T00:00:00+00:00"]
)
async def test_cursors_out_of_range_are_400_on_every_list(
    client: AsyncClient, session: AsyncSession, stamp: str
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    for path in (
        "/generations",
        "/screenshots",
        "/admin/users",
        "/admin/generations",
        "/admin/audit-log",
    ):
        r = await client.get(f"{API}{path}", params={"cursor": _cursor(stamp)}, headers=headers)
        assert r.status_code == 400, (path, r.text)
        assert_error_shape(r.json(), "INVALID_CURSOR")


@pytest.mark.parametrize(
    "params",
    [{"from": "0001-01-01"}, {"to": "9999-12-31"}, {"from": "0001-01-01", "to": "9999-12-31"}],
)
async def test_admin_dates_out_of_range_are_422(
    client: AsyncClient, session: AsyncSession, params: dict[str, str]
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    for path in ("/admin/analytics", "/admin/generations", "/admin/audit-log"):
        r = await client.get(f"{API}{path}", params=params, headers=headers)
        assert r.status_code == 422, (path, r.text)
        assert_error_shape(r.json(), "VALIDATION_ERROR")


@pytest.mark.parametrize("exp", [10**19, 1e19, 253402300800])
async def test_a_correctly_signed_token_with_absurd_exp_is_401(
    client: AsyncClient, session: AsyncSession, exp: float
) -> None:
    user = await create_user(session)
    tokens = await login(session, user)
    settings = get_settings()
    claims = {
        "sub": str(user.id),
        "sid": str(tokens.session_id),
        "type": "access",
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": int(time.time()),
        "exp": exp,
    }
    token = jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm="HS256")
    r = await client.get(f"{API}/users/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401, r.text
    assert_error_shape(r.json(), "INVALID_TOKEN")


# 3. Parser limits -------------------------------------------------------------------------


async def test_deeply_nested_json_is_422_on_every_kind_of_json_route(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = {**await auth_headers(session, user), "Content-Type": "application/json"}
    deep = ("[" * 100_000 + "]" * 100_000).encode()
    for path in ("/auth/login", "/generations", "/screenshots"):
        r = await client.post(f"{API}{path}", content=deep, headers=headers)
        assert r.status_code == 422, (path, r.status_code, r.text[:200])
        assert r.json()["error_code"] in ("VALIDATION_ERROR", "INVALID_JSON")
    nested = ('{"image_base64": "AAAA", "x": ' + "[" * 100 + "]" * 100 + "}").encode()
    r = await client.post(f"{API}/screenshots", content=nested, headers=headers)
    assert r.status_code == 422 and r.json()["error_code"] == "INVALID_JSON"
    assert await _count(session, Screenshot) == 0


async def test_bodies_that_are_not_utf8_are_422(client: AsyncClient) -> None:
    r = await client.post(
        f"{API}/auth/login",
        content=b'{"email": "\xff\xfe@example.com", "password": "x"}',
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422, r.text
    assert_error_shape(r.json(), "VALIDATION_ERROR")


async def test_multipart_with_huge_or_unterminated_boundary_is_422_and_stores_nothing(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
        b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
        b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    long_boundary = "b" * 5000
    body = (
        (
            f"--{long_boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="a.png"\r\n'
            f"Content-Type: image/png\r\n\r\n"
        ).encode()
        + png
        + f"\r\n--{long_boundary}--\r\n".encode()
    )
    r = await client.post(
        f"{API}/screenshots",
        content=body,
        headers={**headers, "Content-Type": f"multipart/form-data; boundary={long_boundary}"},
    )
    assert r.status_code == 422, r.text
    assert_error_shape(r.json(), "INVALID_MULTIPART")
    unterminated = (
        b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n'
        b"Content-Type: image/png\r\n\r\n" + png
    )
    r = await client.post(
        f"{API}/screenshots",
        content=unterminated,
        headers={**headers, "Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert r.status_code == 422, r.text
    assert_error_shape(r.json(), "INVALID_MULTIPART")
    assert await _count(session, Screenshot) == 0


# 4. Stripe events ----------------------------------------------------------------------------


@pytest.fixture
def stripe_fake(monkeypatch: pytest.MonkeyPatch):
    server = FakeStripe().start()
    configure_settings(monkeypatch, server)
    yield server
    server.stop()


def _customer_event(**overrides: Any) -> dict[str, Any]:
    event = make_event("customer.created", {"id": "cus_Z", "object": "customer"})
    event.update(overrides)
    return event


@pytest.mark.parametrize(
    "overrides",
    [
        {"id": "evt_" + "x" * 300},
        {"type": "customer." + "y" * 150},
        {"id": "evt_nul\x00"},
        {"data": {"object": {"id": "cus_Z", "name": "a\x00b"}}},
        {"created": 10**19},
        {"created": -(10**19)},
    ],
    ids=["long-id", "long-type", "nul-id", "nul-in-object", "created-1e19", "created-negative"],
)
async def test_signed_stripe_events_that_cannot_be_stored_are_acknowledged_not_stored(
    client: AsyncClient, session: AsyncSession, stripe_fake: FakeStripe, overrides: dict[str, Any]
) -> None:
    r = await post_event(client, _customer_event(**overrides))
    assert r.status_code == 200, r.text
    assert r.json()["ignored"], r.json()
    assert await _count(session, StripeEvent) == 0


async def test_stripe_event_nested_too_deep_is_acknowledged_not_stored(
    client: AsyncClient, session: AsyncSession, stripe_fake: FakeStripe
) -> None:
    body = json.dumps(_customer_event())[:-1] + ', "deep": ' + "[" * 5000 + "]" * 5000 + "}"
    r = await client.post(
        f"{API}/webhooks/stripe",
        content=body,
        headers={"Stripe-Signature": sign(body, WEBHOOK_SECRET)},
    )
    assert r.status_code == 200 and r.json()["ignored"], r.text
    assert await _count(session, StripeEvent) == 0


async def test_stripe_signature_from_the_future_is_400(
    client: AsyncClient, session: AsyncSession, stripe_fake: FakeStripe
) -> None:
    r = await post_event(client, _customer_event(), timestamp=int(time.time()) + 3600)
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_SIGNATURE")
    # Within the tolerance (clock skew) it is accepted.
    r = await post_event(client, _customer_event(), timestamp=int(time.time()) + 60)
    assert r.status_code == 200 and not r.json()["ignored"]
    assert await _count(session, StripeEvent) == 1


# 7. Session cache bound to the session's user ----------------------------------------------


async def test_a_token_pairing_one_users_session_with_another_user_is_401(
    client: AsyncClient, session: AsyncSession
) -> None:
    alice = await create_user(session)
    bob = await create_user(session)
    alice_tokens = await login(session, alice)
    settings = get_settings()

    def forged() -> str:
        claims = {
            "sub": str(bob.id),
            "sid": str(alice_tokens.session_id),
            "type": "access",
            "iss": settings.jwt_issuer,
            "aud": settings.jwt_audience,
            "iat": int(time.time()),
            "exp": int(time.time()) + 600,
        }
        return jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm="HS256")

    # Warm the cache with Alice's own use of her session, then present the forged token.
    me = await client.get(
        f"{API}/users/me", headers={"Authorization": f"Bearer {alice_tokens.access_token}"}
    )
    assert me.status_code == 200 and me.json()["id"] == str(alice.id)
    r = await client.get(f"{API}/users/me", headers={"Authorization": f"Bearer {forged()}"})
    assert r.status_code == 401, r.text
    assert_error_shape(r.json(), "SESSION_REVOKED")
    # Cold cache: the forged token first; it must not poison Alice's session either.
    assert await is_session_active(session, alice_tokens.session_id, bob.id) is False
    assert await is_session_active(session, alice_tokens.session_id, alice.id) is True
    assert await _count(session, AuthSession, AuthSession.revoked_at.is_not(None)) == 0


# 8. Declared codes ----------------------------------------------------------------------------


async def test_every_route_declares_the_errors_it_can_answer(client: AsyncClient) -> None:
    spec = (await client.get(f"{API}/openapi.json")).json()
    assert "400" in spec["paths"]["/api/v1/generations"]["get"]["responses"]
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            codes = set(op["responses"])
            params = op.get("parameters") or op.get("requestBody")
            if params:
                assert "422" in codes, (method, path)
            if "requestBody" in op and path != "/api/v1/screenshots":
                assert {"413", "422"} <= codes, (method, path)
    for path in ("/api/v1/users/me", "/api/v1/generations", "/api/v1/admin/users"):
        assert "401" in spec["paths"][path]["get"]["responses"], path
    assert "403" in spec["paths"]["/api/v1/admin/users"]["get"]["responses"]
