"""Every /api/v1/admin operation, enumerated from the OpenAPI schema, is closed to non-admins."""

from __future__ import annotations

import re
import uuid

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_admin, create_user

OWN_OPERATIONS = {
    ("get", "/api/v1/admin/analytics"),
    ("get", "/api/v1/admin/users"),
    ("get", "/api/v1/admin/users/{user_id}"),
    ("patch", "/api/v1/admin/users/{user_id}"),
    ("get", "/api/v1/admin/generations"),
    ("get", "/api/v1/admin/audit-log"),
}
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def admin_operations(app) -> list[tuple[str, str]]:
    paths = app.openapi()["paths"]
    return sorted(
        (method, path)
        for path, item in paths.items()
        if path == "/api/v1/admin" or path.startswith("/api/v1/admin/")
        for method in item
        if method in HTTP_METHODS
    )


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", str(uuid.uuid4()), path)


async def _call(client: AsyncClient, method: str, path: str, headers: dict[str, str]):
    kwargs = {"json": {}} if method in {"post", "put", "patch"} else {}
    return await client.request(method.upper(), concrete(path), headers=headers, **kwargs)


async def test_schema_lists_every_admin_operation(app) -> None:
    assert set(admin_operations(app)) >= OWN_OPERATIONS


async def test_every_admin_operation_is_401_without_a_token(app, client: AsyncClient) -> None:
    for method, path in admin_operations(app):
        r = await _call(client, method, path, {})
        assert r.status_code == 401, (method, path, r.status_code)
        assert_error_shape(r.json(), "UNAUTHORIZED")


async def test_every_admin_operation_is_403_for_a_non_admin(
    app, client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    for method, path in admin_operations(app):
        r = await _call(client, method, path, headers)
        assert r.status_code == 403, (method, path, r.status_code)
        assert_error_shape(r.json(), "ADMIN_REQUIRED")


async def test_admin_demoted_mid_session_loses_every_operation_at_once(
    app, client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    r = await client.get("/api/v1/admin/users", headers=headers)
    assert r.status_code == 200  # the token works while the user is an admin
    admin.is_admin = False
    await session.commit()
    for method, path in admin_operations(app):
        r = await _call(client, method, path, headers)
        assert r.status_code == 403, (method, path, r.status_code)
        assert_error_shape(r.json(), "ADMIN_REQUIRED")
