"""GET /admin/generations and /admin/audit-log: filters and cursor pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AdminAuditLog, Generation
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_admin, create_user


async def _pages(client: AsyncClient, url: str, headers, **params) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = await client.get(url, params=query, headers=headers)
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return items


async def test_generations_filter_by_user_status_model_and_date(
    client: AsyncClient, session: AsyncSession
) -> None:
    headers = await auth_headers(session, await create_admin(session))
    alice, bob = await create_user(session), await create_user(session)
    base = datetime(2026, 4, 1, 12, tzinfo=UTC)
    made = []
    for i in range(12):
        gen = Generation(
            user_id=alice.id if i % 3 else bob.id,
            status="completed" if i % 2 else "failed",
            model_id="gpt-4o" if i < 6 else "gemini-2.5-flash",
            business_context={"secret": "not listed"},
            created_at=base + timedelta(days=i),
        )
        session.add(gen)
        made.append(gen)
    # same timestamp twice: the id breaks the tie, nothing repeats or goes missing
    twin = Generation(
        user_id=bob.id, status="queued", business_context={}, created_at=base + timedelta(days=11)
    )
    session.add(twin)
    made.append(twin)
    await session.commit()

    url = "/api/v1/admin/generations"
    everything = await _pages(client, url, headers, limit=2)
    assert sorted(g["id"] for g in everything) == sorted(str(g.id) for g in made)
    assert len({g["id"] for g in everything}) == len(made)
    stamps = [g["created_at"] for g in everything]
    assert stamps == sorted(stamps, reverse=True)
    assert "business_context" not in everything[0] and "result" not in everything[0]

    mine = await _pages(client, url, headers, user_id=str(bob.id), status="failed")
    assert {g["id"] for g in mine} == {
        str(g.id) for g in made if g.user_id == bob.id and g.status == "failed"
    }
    assert all(g["user_email"] == bob.email for g in mine)
    ranged = await _pages(
        client, url, headers, model="gpt-4o", **{"from": "2026-04-03", "to": "2026-04-04"}
    )
    assert [g["created_at"][:10] for g in ranged] == ["2026-04-04", "2026-04-03"]
    r = await client.get(url, params={"from": "2026-04-05", "to": "2026-04-01"}, headers=headers)
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_DATE_RANGE")


async def test_audit_log_lists_newest_first_with_filters(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    target = await create_user(session)
    url = f"/api/v1/admin/users/{target.id}"
    await client.patch(url, json={"tier_override": "pro", "reason": "beta"}, headers=headers)
    await client.patch(url, json={"is_active": False}, headers=headers)
    session.add(
        AdminAuditLog(
            admin_id=admin.id,
            action="admin.llm.key.disable",
            resource_type="llm_key",
            resource_id="k-1",
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
    )
    await session.commit()

    items = await _pages(client, "/api/v1/admin/audit-log", headers, limit=1)
    assert [i["action"] for i in items] == [
        "admin.user.update",
        "admin.user.update",
        "admin.llm.key.disable",
    ]
    assert items[0]["after"] == {"is_active": False} and items[1]["reason"] == "beta"
    assert items[0]["ip_address"] == "203.0.113.7"
    users_only = await _pages(
        client, "/api/v1/admin/audit-log", headers, resource_type="user", resource_id=str(target.id)
    )
    assert len(users_only) == 2
    backwards = {"from": "2026-04-05", "to": "2026-04-01"}
    r = await client.get("/api/v1/admin/audit-log", params=backwards, headers=headers)
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_DATE_RANGE")
    old = await _pages(client, "/api/v1/admin/audit-log", headers, to="2026-01-01")
    assert [i["resource_id"] for i in old] == ["k-1"]
    by_admin = await _pages(
        client,
        "/api/v1/admin/audit-log",
        headers,
        admin_id=str(admin.id),
        action="admin.llm.key.disable",
    )
    assert len(by_admin) == 1
