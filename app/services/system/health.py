"""Readiness: is each part the service needs reachable right now?"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from app.core.config import Settings
from app.core.redis import get_redis, make_client, rkey
from app.db.engine import ping

CHECK_TIMEOUT = 2.0
# Every worker process writes this key from a thread (app/workers/runtime.py).
HEARTBEAT_KEY = ("worker", "heartbeat")
HEARTBEAT_EVERY_SECONDS = 15
HEARTBEAT_TTL_SECONDS = 60


async def _database() -> dict[str, Any]:
    return {"status": "ok", "dialect": await ping()}


async def _redis() -> dict[str, Any]:
    await get_redis().ping()
    return {"status": "ok"}


async def _worker(settings: Settings) -> dict[str, Any]:
    if settings.tasks_inline:
        return {"status": "ok", "mode": "inline"}
    raw = await get_redis().get(rkey(*HEARTBEAT_KEY))
    if raw is None:
        return {
            "status": "down",
            "error": f"no worker heartbeat in the last {HEARTBEAT_TTL_SECONDS} s",
        }
    return {"status": "ok", "last_heartbeat_age_s": round(time.time() - float(raw), 1)}


async def _run(check: Any) -> dict[str, Any]:
    try:
        return await asyncio.wait_for(check, CHECK_TIMEOUT)  # type: ignore[no-any-return]
    except Exception as exc:
        return {"status": "down", "error": type(exc).__name__}


async def readiness(settings: Settings) -> tuple[bool, dict[str, Any]]:
    checks: dict[str, Any] = {
        "database": await _run(_database()),
        "redis": await _run(_redis()),
    }
    if settings.tasks_inline:
        checks["broker"] = {"status": "ok", "mode": "inline"}
    else:
        # The broker is Redis unless configured otherwise; the heartbeat proves a consumer.
        checks["broker"] = (
            checks["redis"]
            if settings.effective_broker_url == settings.redis_url
            else await _run(_broker(settings))
        )
    checks["worker"] = await _run(_worker(settings))
    if not settings.redis_url:
        checks["redis"]["mode"] = "in-process"
    ready = all(part["status"] == "ok" for part in checks.values())
    return ready, checks


async def _broker(settings: Settings) -> dict[str, Any]:
    client = make_client(settings.effective_broker_url or "", socket_connect_timeout=2)
    try:
        await client.ping()
    finally:
        await client.aclose()
    return {"status": "ok"}
