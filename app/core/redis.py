"""The Redis client: real Redis when REDIS_URL is set, an in-process stand-in otherwise.

The request path reaches Redis through `on_request_path(op)`: its own client with short
timeouts and no retries, behind a circuit breaker, so a stalled or dead Redis costs one
timeout per breaker interval, not one per request; callers catch RedisUnavailable and fall
back (the session check reads PostgreSQL, rate limits fail open, tasks wait for the sweeper).

Every Redis client is made by `make_client(url)`: `redis://` and `rediss://` give a Redis
client, `redis+cluster://h1:p1,h2:p2` (or `rediss+cluster://`) a RedisCluster client that
finds the other nodes itself; async unless `sync=True` (threads). Multi-key scripts hash-tag
their keys (`{...}`) so that each call stays in one slot (docs/deployment.md, Redis Cluster).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import redis as redis_sync
import structlog
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.cluster import ClusterNode as SyncClusterNode
from redis.cluster import RedisCluster as SyncRedisCluster
from redis.retry import Retry as SyncRetry

from app.core.config import get_settings, is_cluster_url

log = structlog.get_logger(__name__)
T = TypeVar("T")

_client: Any = None
_request_client: Any = None


class RedisUnavailable(Exception):
    """Redis did not answer in time (or the breaker is open): fall back."""


class Breaker:
    """Open for `interval` seconds after a failure; then the first caller probes, alone
    (the others keep skipping until the probe answers)."""

    def __init__(self, name: str, interval: Callable[[], float]) -> None:
        self.name = name
        self._interval = interval
        self.open_until = 0.0
        self.trips = 0  # failures seen (each cost at most one timeout)

    def allow(self) -> bool:
        now = time.monotonic()
        if now < self.open_until:
            return False
        if self.open_until:
            self.open_until = now + self._interval()  # this caller is the probe
        return True

    def failed(self) -> None:
        if self.open_until == 0.0:
            log.warning("redis.breaker.open", breaker=self.name)
        self.trips += 1
        self.open_until = time.monotonic() + self._interval()

    def succeeded(self) -> None:
        if self.open_until:
            log.info("redis.breaker.closed", breaker=self.name)
        self.open_until = 0.0

    def reset(self) -> None:
        self.open_until = 0.0
        self.trips = 0


request_breaker = Breaker("redis", lambda: get_settings().redis_breaker_seconds)


def cluster_nodes(url: str) -> tuple[list[tuple[str, int]], dict[str, Any]]:
    """The startup nodes of `redis+cluster://[user:password@]h1:p1,h2:p2[/0]`, and its
    credentials and TLS flag as client options."""
    parts = urlsplit(url)
    auth, _, hosts = parts.netloc.rpartition("@")
    nodes = []
    for host_port in hosts.split(","):
        host, _, port = host_port.strip().rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"a Redis Cluster URL lists host:port pairs, got {host_port!r}")
        nodes.append((host.strip("[]"), int(port)))
    if parts.path.strip("/") not in ("", "0"):
        raise ValueError("a Redis Cluster has database 0 only")
    options: dict[str, Any] = {"ssl": parts.scheme.lower().startswith("rediss")}
    if auth:
        user, has_password, password = auth.partition(":")
        options["username"] = unquote(user) or None
        options["password"] = unquote(password) if has_password else None
    return nodes, options


def make_client(
    url: str,
    *,
    sync: bool = False,
    max_connections: int | None = None,
    pool_timeout: float | None = None,
    retries: int | None = None,
    **options: Any,
) -> Any:
    """A client for `url`, standalone or cluster, async unless `sync`.

    `max_connections` caps the connections: standalone async, a blocking pool (past the cap
    a caller waits up to `pool_timeout` instead of failing with "Too many connections"); on
    a cluster, per node, and past it a call fails (redis-py's cluster client has no blocking
    pool). `retries=0` turns redis-py's retries off (the request path fails fast)."""
    if retries is not None:
        options["retry"] = (SyncRetry if sync else Retry)(NoBackoff(), retries)
    if is_cluster_url(url):
        hosts, auth = cluster_nodes(url)
        options.update(auth)
        if max_connections is not None:
            options["max_connections"] = max_connections
        if sync:
            nodes = [SyncClusterNode(host, port) for host, port in hosts]
            return SyncRedisCluster(startup_nodes=nodes, **options)
        return RedisCluster(startup_nodes=[ClusterNode(h, p) for h, p in hosts], **options)
    if sync:
        if max_connections is not None:
            options["max_connections"] = max_connections
        return redis_sync.Redis.from_url(url, **options)
    if max_connections is not None:
        pool = BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=pool_timeout, **options
        )
        return Redis.from_pool(pool)
    return Redis.from_url(url, **options)


def get_request_redis() -> Redis:
    """The request path's client: short timeouts, no retries (see on_request_path)."""
    global _request_client
    if _request_client is None:
        settings = get_settings()
        if not settings.redis_url:
            return get_redis()  # the in-process stand-in cannot stall
        timeout = settings.redis_request_timeout_seconds
        _request_client = make_client(
            settings.redis_url,
            decode_responses=True,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retries=0,
        )
    return _request_client  # type: ignore[no-any-return]


async def on_request_path(op: Callable[[Redis], Awaitable[T]]) -> T:
    """Run `op` with the request path's client; RedisUnavailable when the breaker is open
    or Redis fails (which opens it)."""
    if not request_breaker.allow():
        raise RedisUnavailable("redis breaker open")
    try:
        result = await op(get_request_redis())
    except Exception as exc:
        request_breaker.failed()
        raise RedisUnavailable(type(exc).__name__) from exc
    request_breaker.succeeded()
    return result


def get_redis() -> Redis:
    global _client
    if _client is None:
        settings = get_settings()
        if settings.redis_url:
            # Typed as Redis: the cluster client answers the same commands we use.
            _client = make_client(
                settings.redis_url,
                max_connections=settings.redis_max_connections,
                pool_timeout=settings.redis_pool_timeout_seconds,
                decode_responses=True,
                socket_timeout=5,
                socket_connect_timeout=2,
                health_check_interval=30,
            )
        else:
            import fakeredis

            _client = fakeredis.FakeAsyncRedis(decode_responses=True)
    return _client  # type: ignore[no-any-return]


def set_redis(client: Any) -> None:
    """Replace the client (tests, forked workers): the request path uses it too."""
    global _client, _request_client
    _client = client
    _request_client = client


def rkey(*parts: object) -> str:
    """A namespaced Redis key: rkey("keypool", "k1") -> "pw:keypool:k1"."""
    return get_settings().redis_key_prefix + ":".join(str(p) for p in parts)


async def close_redis() -> None:
    global _client, _request_client
    for client in (_client, _request_client):
        if client is not None:
            try:
                await client.aclose()
            except Exception:
                log.warning("redis.close_failed", exc_info=True)
    _client = None
    _request_client = None
    request_breaker.reset()
