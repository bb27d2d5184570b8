from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import User
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_pro_user, create_user


async def test_free_users_cannot_read_or_set_global_instructions(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    resp = await client.get("/api/v1/users/me/instructions", headers=headers)
    assert resp.status_code == 403
    assert_error_shape(resp.json(), "PLAN_REQUIRED")
    assert "upgrade" in resp.json()["details"]
    resp = await client.put(
        "/api/v1/users/me/instructions", headers=headers, json={"global_instructions": "Be brief."}
    )
    assert resp.status_code == 403
    await session.refresh(user)
    assert user.global_instructions is None


async def test_pro_users_set_and_clear_instructions_up_to_500_chars(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_pro_user(session)
    headers = await auth_headers(session, user)
    url = "/api/v1/users/me/instructions"
    assert (await client.get(url, headers=headers)).json() == {
        "global_instructions": None,
        "max_length": 500,
    }
    resp = await client.put(url, headers=headers, json={"global_instructions": "x" * 501})
    assert resp.status_code == 422
    assert_error_shape(resp.json(), "VALIDATION_ERROR")
    resp = await client.put(
        url, headers=headers, json={"global_instructions": "  Use British spelling.  "}
    )
    assert resp.status_code == 200
    assert resp.json()["global_instructions"] == "Use British spelling."
    assert (await client.get(url, headers=headers)).json()["global_instructions"] == (
        "Use British spelling."
    )
    row = await session.get(User, user.id, populate_existing=True)
    assert row is not None and row.global_instructions == "Use British spelling."
    resp = await client.put(url, headers=headers, json={"global_instructions": ""})
    assert resp.json()["global_instructions"] is None
