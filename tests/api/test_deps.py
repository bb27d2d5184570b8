from __future__ import annotations

import pytest
from fastapi import APIRouter
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import AdminUser, CurrentUser
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
