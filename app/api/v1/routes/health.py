"""Liveness, readiness, version and metrics (outside /api/v1)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app.api.deps import SettingsDep
from app.api.errors import error_response
from app.core.errors import NotFound
from app.services.system import health

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness")
async def get_health() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/health/ready",
    summary="Readiness of database, Redis, broker and workers",
    responses={503: {"description": "A required part is down"}},
)
async def get_readiness(request: Request, settings: SettingsDep) -> JSONResponse:
    ready, checks = await health.readiness(settings)
    if not ready:
        down = sorted(name for name, part in checks.items() if part["status"] != "ok")
        return error_response(
            request,
            503,
            code="SERVICE_UNAVAILABLE",
            message="Not ready: " + ", ".join(down) + " unavailable.",
            details={"checks": checks},
        )
    body: dict[str, Any] = {"status": "ok", "checks": checks}
    return JSONResponse(body)


@router.get("/version", summary="Build information")
async def get_version(settings: SettingsDep) -> dict[str, str]:
    return {
        "name": settings.app_name,
        "version": settings.app_version,
        "git_sha": settings.git_sha,
        "environment": settings.environment,
    }


@router.get("/metrics", summary="Prometheus metrics", include_in_schema=False)
async def get_metrics(settings: SettingsDep) -> Response:
    if not settings.metrics_enabled:
        raise NotFound()
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
