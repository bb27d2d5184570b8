"""GET /api/v1/config: what a front end may show before sign-in; Google off is not an outage."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from pydantic import SecretStr

from app.core.config import get_settings
from app.llm import reset_caches
from tests.api.test_errors import assert_error_shape
from tests.support.fake_stripe import configure_settings

CONFIG = "/api/v1/config"


async def test_config_is_public_and_offline_only_without_keys(client: AsyncClient) -> None:
    r = await client.get(CONFIG)
    assert r.status_code == 200
    body = r.json()
    assert body["sign_in"] == {
        "password": True,
        "magic_link": True,
        "google": True,
        "google_client_id": get_settings().google_client_id,
    }
    assert body["billing"]["enabled"] is False
    assert [m["id"] for m in body["models"]] == ["offline"] and body["offline_only"] is True
    tiers = {t["name"]: t for t in body["billing"]["tiers"]}
    assert tiers["free"]["daily_generations"] == 5 and tiers["free"]["default_model"] == "offline"
    assert tiers["pro"]["price_usd_month"] == 29.99
    assert body["uploads"]["formats"] == ["image/png", "image/jpeg", "image/webp"]


async def test_config_follows_the_settings(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = get_settings()
    monkeypatch.setattr(settings, "google_client_id", None)
    monkeypatch.setattr(settings, "anthropic_api_key", SecretStr("sk-ant-test-0123456789"))
    configure_settings(monkeypatch, None)
    reset_caches()
    try:
        body = (await client.get(CONFIG)).json()
    finally:
        monkeypatch.undo()
        reset_caches()
    assert body["sign_in"]["google"] is False and body["sign_in"]["google_client_id"] is None
    assert body["billing"]["enabled"] is True
    models = {m["provider"]: m for m in body["models"]}
    assert models["anthropic"]["premium"] is True and body["offline_only"] is False
    tiers = {t["name"]: t for t in body["billing"]["tiers"]}
    assert models["anthropic"]["id"] in tiers["pro"]["models"]
    assert models["anthropic"]["id"] not in tiers["free"]["models"]
    text = str(body)
    assert "sk-ant-test" not in text and "sk_test_fake" not in text


async def test_google_sign_in_without_client_id_says_disabled_not_unavailable(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "google_client_id", None)
    r = await client.post("/api/v1/auth/google", json={"id_token": "a.b.c"})
    assert r.status_code == 404
    assert_error_shape(r.json(), "GOOGLE_SIGN_IN_DISABLED")
    assert "not enabled" in r.json()["message"]
