"""System tasks: the worker heartbeat that readiness checks, and an echo for smoke tests."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.redis import get_redis, rkey
from app.workers.runtime import task

HEARTBEAT_TTL_SECONDS = 60


@task(task_names.SYSTEM_HEARTBEAT)
async def heartbeat(session: AsyncSession) -> None:
    await get_redis().set(rkey("worker", "heartbeat"), str(time.time()), ex=HEARTBEAT_TTL_SECONDS)


@task(task_names.SYSTEM_ECHO)
async def echo(session: AsyncSession, key: str, value: Any) -> None:
    """Write `value` under `key` in Redis; proves a worker ran a task end to end."""
    await get_redis().set(rkey("echo", key), str(value), ex=300)
