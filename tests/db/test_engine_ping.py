"""The pool checks a connection that sat idle before handing it out, and a connection in
steady use only fails once before the pool replaces it (app.db.engine._ping_if_idle)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import exc, text

from app.core.config import get_settings
from app.db.engine import build_engine


async def _backend_pid(engine) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one())


async def _terminate(engine, pid: int) -> None:
    # From a second connection of the same pool (the first is checked in, so the pool
    # hands the one pooled connection back: open a fresh one outside it).
    async with engine.connect() as conn:
        assert int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one()) == pid
    other = build_engine()
    try:
        async with other.connect() as conn:
            await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await other.dispose()


async def test_a_connection_idle_past_the_threshold_is_pinged_and_replaced(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "database_ping_idle_seconds", 0.05)
    engine = build_engine()
    try:
        pid = await _backend_pid(engine)
        await _terminate(engine, pid)
        await asyncio.sleep(0.1)
        # The dead connection is idle past the threshold: pinged, found dead, replaced.
        new_pid = await _backend_pid(engine)
        assert new_pid != pid
    finally:
        await engine.dispose()


async def test_a_connection_in_steady_use_is_not_pinged_and_fails_once(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "database_ping_idle_seconds", 3600)
    engine = build_engine()
    try:
        pid = await _backend_pid(engine)
        await _terminate(engine, pid)
        # Not idle long enough to be pinged: the statement meets the dead connection...
        with pytest.raises(exc.DBAPIError) as failed:
            await _backend_pid(engine)
        assert failed.value.connection_invalidated
        # ...which invalidates it, and the next checkout connects afresh.
        assert await _backend_pid(engine) != pid
    finally:
        await engine.dispose()
