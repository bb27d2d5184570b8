"""GET /api/v1/models: what each plan may pick, configured providers only, with the default."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_pro_user, create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401

GEMINI = "AIzaSyModelsRouteKey-000000000001"
ANT = "sk-ant-models-route-00000000001"


async def test_free_user_sees_gemini_and_offline_only(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    headers = await auth_headers(session, await create_user(session))
    with llm_settings(fake_llm, gemini_keys=[GEMINI], anthropic_key=ANT):
        response = await client.get("/api/v1/models", headers=headers)
    assert response.status_code == 200
    body = response.json()
    ids = [m["id"] for m in body["models"]]
    assert ids == ["gemini-2.5-flash", "gemini-2.5-flash-lite", "offline"]
    assert body["default"] == "gemini-2.5-flash"
    first = body["models"][0]
    assert first == {
        "id": "gemini-2.5-flash",
        "label": "Gemini 2.5 Flash",
        "provider": "gemini",
        "vision": True,
        "default": True,
        "premium": False,
    }


async def test_pro_user_sees_premium_models_whose_provider_has_a_key(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    headers = await auth_headers(session, await create_pro_user(session))
    with llm_settings(fake_llm, gemini_keys=[GEMINI], anthropic_key=ANT):
        body = (await client.get("/api/v1/models", headers=headers)).json()
    ids = [m["id"] for m in body["models"]]
    assert "claude-sonnet-4-6" in ids and "gemini-2.5-flash" in ids
    assert not any(i.startswith("gpt") for i in ids)  # no OpenAI key configured
    assert body["default"] == "claude-sonnet-4-6"
    assert GEMINI not in str(body) and ANT not in str(body)


async def test_without_any_key_only_offline_is_offered(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    headers = await auth_headers(session, await create_user(session))
    with llm_settings(fake_llm):
        body = (await client.get("/api/v1/models", headers=headers)).json()
    assert [m["id"] for m in body["models"]] == ["offline"]
    assert body["default"] == "offline" and body["models"][0]["default"] is True


async def test_models_need_authentication(client: AsyncClient) -> None:
    response = await client.get("/api/v1/models")
    assert response.status_code == 401
    assert_error_shape(response.json(), "UNAUTHORIZED")
