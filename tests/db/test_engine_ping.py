"""The pool checks a connection that sat idle before handing it out, and a connection in
steady use only fails once before the pool replaces it (app.db.engine._ping_if_idle)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.config import get_settings
from app.db.engine import build_engine


async def _backend_pid(engine: AsyncEngine) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one())


@asynccontextmanager
async def _pool_with_a_dead_connection(
    monkeypatch: pytest.MonkeyPatch, idle_seconds: float
) -> AsyncIterator[tuple[AsyncEngine, int]]:
    """An engine whose one pooled connection's server process was terminated (as when
    PostgreSQL restarts), and that process's pid."""
    monkeypatch.setattr(get_settings(), "database_ping_idle_seconds", idle_seconds)
    engine = build_engine()
    other = build_engine()
    try:
        pid = await _backend_pid(engine)
        async with other.connect() as conn:
            await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        yield engine, pid
    finally:
        await other.dispose()
        await engine.dispose()


async def test_a_connection_idle_past_the_threshold_is_pinged_and_replaced(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _pool_with_a_dead_connection(monkeypatch, 0.05) as (engine, pid):
        await asyncio.sleep(0.1)
        # The dead connection is idle past the threshold: pinged, found dead, replaced.
        assert await _backend_pid(engine) != pid


async def test_a_connection_in_steady_use_is_not_pinged_and_fails_once(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _pool_with_a_dead_connection(monkeypatch, 3600) as (engine, pid):
        # Not idle long enough to be pinged: the statement meets the dead connection...
        with pytest.raises(exc.DBAPIError) as failed:
            await _backend_pid(engine)
        assert failed.value.connection_invalidated
        # ...which invalidates it, and the next checkout connects afresh.
        assert await _backend_pid(engine) != pid
