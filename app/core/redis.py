"""The Redis client: real Redis when REDIS_URL is set, an in-process stand-in otherwise."""

from __future__ import annotations

from typing import Any

from redis.asyncio import BlockingConnectionPool, Redis

from app.core.config import get_settings

_client: Any = None


def get_redis() -> Redis:
    global _client
    if _client is None:
        settings = get_settings()
        if settings.redis_url:
            # Bounded and blocking: past the cap a caller waits for a free connection (up to
            # the timeout) instead of failing with "Too many connections".
            pool = BlockingConnectionPool.from_url(
                settings.redis_url,
                max_connections=settings.redis_max_connections,
                timeout=settings.redis_pool_timeout_seconds,
                decode_responses=True,
                socket_timeout=5,
                socket_connect_timeout=2,
                health_check_interval=30,
            )
            _client = Redis.from_pool(pool)
        else:
            import fakeredis

            _client = fakeredis.FakeAsyncRedis(decode_responses=True)
    return _client  # type: ignore[no-any-return]


def set_redis(client: Any) -> None:
    global _client
    _client = client


def rkey(*parts: object) -> str:
    """A namespaced Redis key: rkey("keypool", "k1") -> "pw:keypool:k1"."""
    return get_settings().redis_key_prefix + ":".join(str(p) for p in parts)


async def close_redis() -> None:
    global _client
    if _client is not None:
        try:
            await _client.aclose()
        finally:
            _client = None
