from __future__ import annotations

import pytest
from httpx import AsyncClient

from tests.api.test_errors import assert_error_shape


async def test_health_is_ok(client: AsyncClient) -> None:
    r = await client.get("/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


async def test_ready_reports_every_part_on_postgres(client: AsyncClient) -> None:
    r = await client.get("/health/ready")
    assert r.status_code == 200
    checks = r.json()["checks"]
    # Proves the suite runs on real PostgreSQL, not the embedded SQLite.
    assert checks["database"] == {"status": "ok", "dialect": "postgresql"}
    assert checks["redis"]["status"] == "ok" and "mode" not in checks["redis"]


async def test_ready_is_503_when_redis_is_unreachable(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redis.asyncio import Redis

    import app.core.redis as redis_module

    dead = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
    monkeypatch.setattr(redis_module, "_client", dead)
    r = await client.get("/health/ready")
    assert r.status_code == 503
    body = r.json()
    assert_error_shape(body, "SERVICE_UNAVAILABLE")
    assert body["details"]["checks"]["redis"]["status"] == "down"
    assert body["details"]["checks"]["database"]["status"] == "ok"
    await dead.aclose()


async def test_ready_is_503_without_worker_heartbeat_in_celery_mode(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.config import get_settings

    monkeypatch.setattr(get_settings(), "task_inline", False)
    r = await client.get("/health/ready")
    assert r.status_code == 503
    assert r.json()["details"]["checks"]["worker"]["status"] == "down"


async def test_version_and_metrics(client: AsyncClient) -> None:
    r = await client.get("/version")
    assert r.status_code == 200 and r.json()["name"] == "Pagewright"
    await client.get("/health")
    m = await client.get("/metrics")
    assert m.status_code == 200
    assert 'pagewright_http_requests_total{method="GET",route="/health",status="200"}' in m.text


async def test_openapi_and_docs_are_served(client: AsyncClient) -> None:
    spec = (await client.get("/api/v1/openapi.json")).json()
    assert spec["info"]["title"] == "Pagewright API"
    assert (await client.get("/api/docs")).status_code == 200
    assert (await client.get("/api/redoc")).status_code == 200
    # Every product route lives under /api/v1.
    outside = {"/health", "/health/ready", "/version"}
    assert all(p.startswith("/api/v1/") or p in outside for p in spec["paths"])
