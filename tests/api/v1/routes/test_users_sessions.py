"""GET /users/me/sessions and DELETE /users/me/sessions/{id}."""

from __future__ import annotations

import uuid

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuthSession
from tests.api.test_errors import assert_error_shape
from tests.support.factories import create_user, login

SESSIONS = "/api/v1/users/me/sessions"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_list_marks_current(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    a = await login(session, user, user_agent="Phone")
    b = await login(session, user, user_agent="Laptop")
    stranger = await create_user(session)
    await login(session, stranger)
    r = await client.get(SESSIONS, headers=bearer(b.access_token))
    assert r.status_code == 200
    rows = {row["id"]: row for row in r.json()}
    assert set(rows) == {str(a.session_id), str(b.session_id)}
    assert rows[str(b.session_id)]["current"] is True
    assert rows[str(a.session_id)]["current"] is False
    assert rows[str(a.session_id)]["user_agent"] == "Phone"
    assert {"ip_address", "created_at", "last_used_at", "expires_at"} <= set(
        rows[str(a.session_id)]
    )


async def test_revoke_one_session(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    a = await login(session, user)
    b = await login(session, user)
    r = await client.delete(f"{SESSIONS}/{a.session_id}", headers=bearer(b.access_token))
    assert r.status_code == 204
    r = await client.get("/api/v1/users/me", headers=bearer(a.access_token))
    assert r.status_code == 401
    assert_error_shape(r.json(), "SESSION_REVOKED")
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": a.refresh_token})
    assert r.status_code == 401
    listed = await client.get(SESSIONS, headers=bearer(b.access_token))
    assert [row["id"] for row in listed.json()] == [str(b.session_id)]
    # Revoking it again: gone.
    r = await client.delete(f"{SESSIONS}/{a.session_id}", headers=bearer(b.access_token))
    assert r.status_code == 404


async def test_cannot_touch_another_users_session(
    client: AsyncClient, session: AsyncSession
) -> None:
    me = await create_user(session)
    victim = await create_user(session)
    mine = await login(session, me)
    theirs = await login(session, victim)
    r = await client.delete(f"{SESSIONS}/{theirs.session_id}", headers=bearer(mine.access_token))
    assert r.status_code == 404
    unknown = await client.delete(f"{SESSIONS}/{uuid.uuid4()}", headers=bearer(mine.access_token))
    assert unknown.status_code == 404
    assert r.json()["error_code"] == unknown.json()["error_code"] == "SESSION_NOT_FOUND"
    assert r.json()["message"] == unknown.json()["message"]
    session.expire_all()
    row = await session.get(AuthSession, theirs.session_id)
    assert row is not None and row.revoked_at is None
    assert (
        await client.get("/api/v1/users/me", headers=bearer(theirs.access_token))
    ).status_code == 200
    listed = await client.get(SESSIONS, headers=bearer(mine.access_token))
    assert str(theirs.session_id) not in [row["id"] for row in listed.json()]
