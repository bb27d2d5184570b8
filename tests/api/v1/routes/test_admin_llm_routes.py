"""Admin view of the Gemini key pool: per-key state and usage, enable/disable with audit."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.llm.keypool import get_pool, key_label
from app.models import AdminAuditLog
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_admin, create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401

K1 = "AIzaSyAdminRouteKeyOne-0000000001"
K2 = "AIzaSyAdminRouteKeyTwo-0000000002"


async def test_admin_sees_each_key_by_label_and_mask_only(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    headers = await auth_headers(session, await create_admin(session))
    with llm_settings(fake_llm, gemini_keys=[K1, K2], keypool_rpm=7):
        pool = get_pool()
        lease = await pool.try_acquire(50)
        assert not isinstance(lease, float)
        await pool.release(lease, outcome="rate_limited", retry_after=20, detail="HTTP 429")
        response = await client.get("/api/v1/admin/llm/keys", headers=headers)
    assert response.status_code == 200
    keys = {k["label"]: k for k in response.json()["keys"]}
    assert set(keys) == {key_label(K1), key_label(K2)}
    cooled = keys[lease.label]
    assert cooled["state"] == "cooling_down" and cooled["until"] is not None
    assert cooled["requests_last_minute"] == 1 and cooled["requests_last_day"] == 1
    assert cooled["errors"] == 1 and cooled["last_error"] == "HTTP 429"
    assert cooled["limits"]["rpm"] == 7
    assert cooled["masked_key"] in {"AIza…0001", "AIza…0002"}
    assert K1 not in response.text and K2 not in response.text


async def test_disable_then_enable_is_audited(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    admin = await create_admin(session)
    headers = await auth_headers(session, admin)
    label = key_label(K1)
    with llm_settings(fake_llm, gemini_keys=[K1]):
        response = await client.post(f"/api/v1/admin/llm/keys/{label}/disable", headers=headers)
        assert response.status_code == 200
        assert response.json()["state"] == "disabled"
        assert isinstance(await get_pool().try_acquire(10), float)
        response = await client.post(f"/api/v1/admin/llm/keys/{label}/enable", headers=headers)
        assert response.json()["state"] == "ok"
        assert not isinstance(await get_pool().try_acquire(10), float)
    rows = (
        (await session.execute(select(AdminAuditLog).order_by(AdminAuditLog.created_at)))
        .scalars()
        .all()
    )
    assert [r.action for r in rows] == ["llm.key.disable", "llm.key.enable"]
    assert rows[0].resource_id == label and rows[0].admin_id == admin.id
    assert rows[0].before == {"state": "ok", "masked_key": "AIza…0001"}
    assert rows[0].after == {"state": "disabled", "masked_key": "AIza…0001"}
    assert K1 not in str([(r.before, r.after) for r in rows])


async def test_unknown_label_is_404(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    headers = await auth_headers(session, await create_admin(session))
    with llm_settings(fake_llm, gemini_keys=[K1]):
        response = await client.post("/api/v1/admin/llm/keys/k-00000000/disable", headers=headers)
    assert response.status_code == 404
    assert_error_shape(response.json(), "LLM_KEY_NOT_FOUND")


async def test_non_admins_are_refused(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    headers = await auth_headers(session, await create_user(session))
    with llm_settings(fake_llm, gemini_keys=[K1]):
        response = await client.get("/api/v1/admin/llm/keys", headers=headers)
        assert response.status_code == 403
        assert_error_shape(response.json(), "ADMIN_REQUIRED")
        response = await client.post(
            f"/api/v1/admin/llm/keys/{key_label(K1)}/disable", headers=headers
        )
        assert response.status_code == 403
    assert (await session.execute(select(AdminAuditLog))).first() is None
