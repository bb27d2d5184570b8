"""Every kind of error answers in the one documented shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import APIRouter
from httpx import AsyncClient
from pydantic import BaseModel

from app.core.errors import Conflict
from tests.support.error_shape import app_client

ERROR_KEYS = {"error_code", "message", "details", "request_id", "timestamp"}


def assert_error_shape(body: dict[str, Any], code: str) -> None:
    assert set(body) == ERROR_KEYS
    assert body["error_code"] == code
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["details"], dict)
    assert body["request_id"]


class Payload(BaseModel):
    name: str
    count: int


@pytest.fixture(scope="module")
def error_app():
    from app.main import create_app

    app = create_app()
    router = APIRouter(prefix="/api/v1/_test")

    @router.post("/validate")
    async def validate(payload: Payload) -> dict[str, str]:
        return {"ok": payload.name}

    @router.get("/conflict")
    async def conflict() -> None:
        raise Conflict("already there", details={"id": "x"})

    @router.get("/boom")
    async def boom() -> None:
        raise RuntimeError("database password is hunter2")

    @router.get("/db-down")
    async def db_down() -> None:
        from sqlalchemy import text
        from sqlalchemy.ext.asyncio import create_async_engine

        # A real engine on a closed port: the exception chain asyncpg and SQLAlchemy raise
        # while PostgreSQL restarts.
        engine = create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:9/none")
        try:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        finally:
            await engine.dispose()

    @router.post("/echo")
    async def echo(payload: dict[str, Any]) -> dict[str, int]:
        return {"keys": len(payload)}

    app.include_router(router)
    return app


@pytest.fixture
async def eclient(error_app):
    async with app_client(error_app, raise_app_exceptions=False) as c:
        yield c


async def test_unknown_route_is_404_in_shape(eclient: AsyncClient) -> None:
    r = await eclient.get("/api/v1/no-such-thing")
    assert r.status_code == 404
    assert_error_shape(r.json(), "NOT_FOUND")


async def test_wrong_method_is_405_in_shape(eclient: AsyncClient) -> None:
    r = await eclient.delete("/health")
    assert r.status_code == 405
    assert_error_shape(r.json(), "METHOD_NOT_ALLOWED")


async def test_validation_error_lists_fields(eclient: AsyncClient) -> None:
    r = await eclient.post("/api/v1/_test/validate", json={"name": "x", "count": "many"})
    assert r.status_code == 422
    body = r.json()
    assert_error_shape(body, "VALIDATION_ERROR")
    assert [f["field"] for f in body["details"]["fields"]] == ["count"]


async def test_malformed_json_is_422_in_shape(eclient: AsyncClient) -> None:
    r = await eclient.post(
        "/api/v1/_test/validate", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 422
    assert_error_shape(r.json(), "VALIDATION_ERROR")


async def test_app_error_keeps_code_and_details(eclient: AsyncClient) -> None:
    r = await eclient.get("/api/v1/_test/conflict")
    assert r.status_code == 409
    body = r.json()
    assert_error_shape(body, "CONFLICT")
    assert body["details"] == {"id": "x"}


async def test_unhandled_exception_is_500_revealing_nothing(eclient: AsyncClient) -> None:
    r = await eclient.get("/api/v1/_test/boom", headers={"X-Request-ID": "req-abc-123"})
    assert r.status_code == 500
    body = r.json()
    assert_error_shape(body, "INTERNAL_ERROR")
    assert body["request_id"] == "req-abc-123"
    assert "hunter2" not in r.text and "RuntimeError" not in r.text


async def test_unreachable_database_is_503_with_retry_after(eclient: AsyncClient) -> None:
    r = await eclient.get("/api/v1/_test/db-down")
    assert r.status_code == 503
    assert_error_shape(r.json(), "SERVICE_UNAVAILABLE")
    assert r.headers["Retry-After"] == "5"
    assert "127.0.0.1" not in r.text and "Connection" not in r.text


async def test_oversize_body_declared_is_413(eclient: AsyncClient, error_app) -> None:
    from app.core.config import get_settings

    big = b"{" + b" " * (get_settings().max_request_body_bytes + 10) + b"}"
    r = await eclient.post(
        "/api/v1/_test/echo", content=big, headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert_error_shape(r.json(), "PAYLOAD_TOO_LARGE")


async def test_oversize_body_streamed_without_length_is_413(eclient: AsyncClient) -> None:
    from app.core.config import get_settings

    limit = get_settings().max_request_body_bytes
    chunk = b" " * (1024 * 1024)

    async def stream():
        yield b"{"
        for _ in range(limit // len(chunk) + 2):
            yield chunk
        yield b"}"

    r = await eclient.post(
        "/api/v1/_test/echo", content=stream(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert_error_shape(r.json(), "PAYLOAD_TOO_LARGE")


async def test_request_id_is_echoed_or_generated(eclient: AsyncClient) -> None:
    r = await eclient.get("/health", headers={"X-Request-ID": "abc-1"})
    assert r.headers["x-request-id"] == "abc-1"
    r = await eclient.get("/health", headers={"X-Request-ID": "bad id with spaces"})
    assert (
        r.headers["x-request-id"] != "bad id with spaces" and len(r.headers["x-request-id"]) == 32
    )


async def test_security_headers_present(eclient: AsyncClient) -> None:
    r = await eclient.get("/health")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]


async def test_cors_allows_configured_origin_only(eclient: AsyncClient) -> None:
    ok = await eclient.options(
        "/api/v1/openapi.json",
        headers={"Origin": "http://localhost:3000", "Access-Control-Request-Method": "GET"},
    )
    assert ok.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert ok.headers["access-control-allow-credentials"] == "true"
    bad = await eclient.options(
        "/api/v1/openapi.json",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in bad.headers
    assert bad.status_code == 400
    assert_error_shape(bad.json(), "CORS_REJECTED")
