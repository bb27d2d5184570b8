from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import BusinessProfile, Generation
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_pro_user, create_user
from tests.support.generations import business_context, create_screenshot, sample_analysis


async def test_free_users_get_plan_required_with_upgrade_hint(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    for method, url, body in (
        ("GET", "/api/v1/business-profiles", None),
        (
            "POST",
            "/api/v1/business-profiles",
            {"name": "Main", "business_context": business_context()},
        ),
    ):
        resp = await client.request(method, url, headers=headers, json=body)
        assert resp.status_code == 403
        err = resp.json()
        assert_error_shape(err, "PLAN_REQUIRED")
        assert "upgrade" in err["details"]
    assert (await session.execute(select(BusinessProfile))).first() is None


async def test_pro_crud_and_use_in_a_generation(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_pro_user(session)
    headers = await auth_headers(session, user)
    resp = await client.post(
        "/api/v1/business-profiles",
        headers=headers,
        json={"name": "Bakery", "business_context": business_context()},
    )
    assert resp.status_code == 201, resp.text
    profile = resp.json()
    pid = profile["id"]
    assert profile["business_context"]["business_name"] == "Green Leaf Bakery"
    resp = await client.post(
        "/api/v1/business-profiles",
        headers=headers,
        json={"name": "Bakery", "business_context": business_context()},
    )
    assert resp.status_code == 409
    assert_error_shape(resp.json(), "BUSINESS_PROFILE_NAME_TAKEN")
    resp = await client.patch(
        f"/api/v1/business-profiles/{pid}",
        headers=headers,
        json={"business_context": business_context(tone="professional")},
    )
    assert resp.status_code == 200 and resp.json()["business_context"]["tone"] == "professional"
    listed = (await client.get("/api/v1/business-profiles", headers=headers)).json()
    assert [p["id"] for p in listed["items"]] == [pid]

    shot = await create_screenshot(session, user, analysis=sample_analysis(1))
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": str(shot.id), "business_profile_id": pid, "model": "offline"},
    )
    assert resp.status_code == 202, resp.text
    await drain_inline_tasks()
    gen = (await session.execute(select(Generation))).scalar_one()
    assert gen.business_context["tone"] == "professional"
    assert str(gen.business_profile_id) == pid and gen.status == "completed"

    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={
            "screenshot_id": str(shot.id),
            "business_profile_id": pid,
            "business_context": business_context(),
        },
    )
    assert resp.status_code == 422

    other = await create_pro_user(session)
    other_headers = await auth_headers(session, other)
    for method in ("GET", "PATCH", "DELETE"):
        resp = await client.request(
            method,
            f"/api/v1/business-profiles/{pid}",
            headers=other_headers,
            json={"name": "x"} if method == "PATCH" else None,
        )
        assert resp.status_code == 404
        assert_error_shape(resp.json(), "BUSINESS_PROFILE_NOT_FOUND")
    resp = await client.post(
        "/api/v1/generations",
        headers=other_headers,
        json={"screenshot_id": str(shot.id), "business_profile_id": pid},
    )
    assert resp.status_code == 404

    resp = await client.delete(f"/api/v1/business-profiles/{pid}", headers=headers)
    assert resp.status_code == 204
    assert (
        await client.get(f"/api/v1/business-profiles/{pid}", headers=headers)
    ).status_code == 404
