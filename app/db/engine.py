"""One async engine per process (and per event loop: Celery workers run their own loop)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, exc, text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from app.core.config import get_settings

_engine: AsyncEngine | None = None
_sessionmaker: async_sessionmaker[Any] | None = None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _stamp_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in"] = time.monotonic()


def _ping_if_idle(idle_seconds: float) -> Callable[[Any, Any, Any], None]:
    """Pessimistic disconnect handling for connections that sat in the pool: a connection
    idle at least `idle_seconds` answers SELECT 1 before it is handed out, else it is
    replaced (the pool retries the checkout). A connection in steady use skips the ping
    (pool_pre_ping pinged on every checkout: three round trips, about a tenth of the event
    loop's CPU under `make load`); if the server went away under it, the first statement
    fails as a disconnect and SQLAlchemy invalidates every older connection of the pool."""

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        checked_in = record.info.get("checked_in")
        if checked_in is None or time.monotonic() - checked_in < idle_seconds:
            return
        try:
            dbapi_connection.ping()
        except Exception as error:
            raise exc.DisconnectionError() from error

    return checkout


def build_engine(url: str | None = None) -> AsyncEngine:
    settings = get_settings()
    url = url or settings.effective_database_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_async_engine(
        url,
        pool_size=settings.database_pool_size,
        max_overflow=settings.database_pool_size,
        pool_recycle=1800,
    )
    event.listen(engine.sync_engine.pool, "checkin", _stamp_checkin)
    event.listen(
        engine.sync_engine.pool, "checkout", _ping_if_idle(settings.database_ping_idle_seconds)
    )
    return engine


def get_engine() -> AsyncEngine:
    global _engine
    if _engine is None:
        _engine = build_engine()
    return _engine


def get_sessionmaker() -> async_sessionmaker[Any]:
    global _sessionmaker
    if _sessionmaker is None:
        _sessionmaker = async_sessionmaker(get_engine(), expire_on_commit=False)
    return _sessionmaker


def forget_engine() -> None:
    """Drop the engine without closing it: a forked worker child must not touch the parent's
    pooled connections (closing them would close the parent's sockets); the next
    get_engine() builds a fresh one."""
    global _engine, _sessionmaker
    _engine = None
    _sessionmaker = None


async def ping() -> str:
    """Run SELECT 1 on a fresh connection; the dialect's name when it answers."""
    async with get_engine().connect() as conn:
        await conn.execute(text("SELECT 1"))
    return get_engine().dialect.name


async def dispose_engine() -> None:
    global _engine, _sessionmaker
    if _engine is not None:
        await _engine.dispose()
    _engine = None
    _sessionmaker = None
