from __future__ import annotations

import pytest
from fastapi import APIRouter
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import AdminUser, CurrentUser, SessionDep
from tests.api.test_errors import assert_error_shape
from tests.support.error_shape import app_client
from tests.support.factories import auth_headers, create_admin, create_user


@pytest.fixture(scope="module")
def deps_app():
    from app.main import create_app

    app = create_app()
    router = APIRouter(prefix="/api/v1/_deps")

    @router.get("/me")
    async def me(user: CurrentUser) -> dict[str, str]:
        return {"email": user.email}

    @router.get("/admin")
    async def admin(user: AdminUser) -> dict[str, str]:
        return {"email": user.email}

    app.include_router(router)
    return app


@pytest.fixture
async def dclient(deps_app):
    async with app_client(deps_app) as c:
        yield c


async def test_bearer_token_resolves_user(dclient: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    r = await dclient.get("/api/v1/_deps/me", headers=await auth_headers(session, user))
    assert r.status_code == 200 and r.json()["email"] == user.email


async def test_missing_or_garbage_token_is_401(dclient: AsyncClient) -> None:
    r = await dclient.get("/api/v1/_deps/me")
    assert r.status_code == 401
    assert_error_shape(r.json(), "UNAUTHORIZED")
    r = await dclient.get("/api/v1/_deps/me", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    assert_error_shape(r.json(), "INVALID_TOKEN")


async def test_inactive_user_is_403(dclient: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    user.is_active = False
    await session.commit()
    r = await dclient.get("/api/v1/_deps/me", headers=headers)
    assert r.status_code == 403
    assert_error_shape(r.json(), "ACCOUNT_DISABLED")


async def test_admin_route_needs_admin(dclient: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    admin = await create_admin(session)
    r = await dclient.get("/api/v1/_deps/admin", headers=await auth_headers(session, user))
    assert r.status_code == 403
    r = await dclient.get("/api/v1/_deps/admin", headers=await auth_headers(session, admin))
    assert r.status_code == 200


@pytest.fixture
def uow_app():
    """The app with one route that writes through the session dependency."""
    from app.main import create_app

    app = create_app()
    router = APIRouter(prefix="/api/v1/_uow")

    @router.post("/write", status_code=201)
    async def write(session: SessionDep) -> dict[str, bool]:
        session.info["touched"] = True
        return {"ok": True}

    app.include_router(router)
    return app


async def test_the_unit_of_work_commits_before_the_answer_is_sent(
    uow_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client that gets 201/202 can read what it created at once: the boundary commit
    runs before the response starts (FastAPI's default for yield dependencies ends them
    after the response is sent)."""
    import app.db.session as uow

    order: list[str] = []
    real_commit = uow.commit

    async def recording_commit(session: AsyncSession) -> None:
        await real_commit(session)
        order.append("commit")

    monkeypatch.setattr(uow, "commit", recording_commit)

    async def recorded(scope, receive, send):
        async def send_and_record(message):
            if message["type"] == "http.response.start":
                order.append("response")
            await send(message)

        await uow_app(scope, receive, send_and_record)

    async with app_client(recorded) as c:
        r = await c.post("/api/v1/_uow/write")
    assert r.status_code == 201
    assert order == ["commit", "response"]


async def test_a_failed_commit_is_an_error_answer_not_a_success(
    uow_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    import app.db.session as uow

    async def failing_commit(session: AsyncSession) -> None:
        raise OperationalError("COMMIT", {}, ConnectionResetError("server closed the connection"))

    monkeypatch.setattr(uow, "commit", failing_commit)
    async with app_client(uow_app, raise_app_exceptions=False) as c:
        r = await c.post("/api/v1/_uow/write")
    # The database went away under the commit: the documented 503, never the 201.
    assert r.status_code == 503
    assert_error_shape(r.json(), "SERVICE_UNAVAILABLE")
