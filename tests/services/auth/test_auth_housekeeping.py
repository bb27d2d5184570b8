"""The purge beat job, CSRF token binding, and concurrent refreshes."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuthSession, LoginToken, RefreshToken
from app.services.auth.csrf import make_csrf_token, verify_csrf_token
from app.workers.beat import BEAT_SCHEDULE
from app.workers.runtime import run_body
from app.workers.tasks.auth import purge_expired
from tests.support.factories import create_user, login


async def test_purge_removes_only_dead_rows(session: AsyncSession) -> None:
    user = await create_user(session)
    live = await login(session, user)
    expired = await login(session, user)
    revoked_long_ago = await login(session, user)
    revoked_recently = await login(session, user)
    now = datetime.now(UTC)
    (await session.get(AuthSession, expired.session_id)).expires_at = now - timedelta(minutes=1)  # type: ignore[union-attr]
    old = await session.get(AuthSession, revoked_long_ago.session_id)
    assert old is not None
    old.revoked_at = now - timedelta(days=2)
    recent = await session.get(AuthSession, revoked_recently.session_id)
    assert recent is not None
    recent.revoked_at = now - timedelta(minutes=5)
    session.add_all(
        [
            LoginToken(
                email="a@example.com",
                purpose="magic_link",
                token_hash=uuid.uuid4().hex,
                created_at=now,
                expires_at=now - timedelta(seconds=1),
            ),
            LoginToken(
                email="b@example.com",
                purpose="magic_link",
                token_hash=uuid.uuid4().hex,
                created_at=now,
                expires_at=now + timedelta(minutes=10),
            ),
        ]
    )
    await session.commit()

    result = await run_body("auth.purge_expired", purge_expired.body)
    assert result == {"sessions": 2, "login_tokens": 1}
    session.expire_all()
    ids = set((await session.execute(select(AuthSession.id))).scalars())
    assert ids == {live.session_id, revoked_recently.session_id}
    assert await session.scalar(select(func.count()).select_from(LoginToken)) == 1
    # Refresh tokens of purged sessions went with them.
    sids = set((await session.execute(select(RefreshToken.session_id))).scalars())
    assert sids == ids
    assert BEAT_SCHEDULE["auth-purge-expired"]["task"] == "auth.purge_expired"


def test_csrf_token_is_bound_to_its_session() -> None:
    sid, other = uuid.uuid4(), uuid.uuid4()
    token = make_csrf_token(sid)
    assert verify_csrf_token(token, sid)
    assert not verify_csrf_token(token, other)
    nonce, sig = token.split(".")
    assert not verify_csrf_token(f"{nonce}x.{sig}", sid)
    assert not verify_csrf_token(None, sid)
    assert not verify_csrf_token("", sid)
    assert make_csrf_token(sid) != token  # fresh nonce each time


async def test_simultaneous_refreshes_do_not_lock_the_user_out(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    tokens = await login(session, user)
    answers = await asyncio.gather(
        *[
            client.post("/api/v1/auth/refresh", json={"refresh_token": tokens.refresh_token})
            for _ in range(4)
        ]
    )
    assert [r.status_code for r in answers] == [200] * 4
    new_tokens = {r.json()["refresh_token"] for r in answers}
    assert len(new_tokens) == 4
    session.expire_all()
    row = await session.get(AuthSession, tokens.session_id)
    assert row is not None and row.revoked_at is None
    # Whichever answer the client kept still works.
    kept = answers[-1].json()["refresh_token"]
    assert (
        await client.post("/api/v1/auth/refresh", json={"refresh_token": kept})
    ).status_code == 200
