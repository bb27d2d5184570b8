"""One factory makes every Redis client: standalone or cluster, async or sync."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import redis
from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.cluster import RedisCluster

from app.core.redis import cluster_nodes, make_client

ROOT = Path(__file__).resolve().parents[2]


def test_cluster_urls_name_their_nodes_credentials_and_tls() -> None:
    nodes, options = cluster_nodes("redis+cluster://10.0.0.1:7001, 10.0.0.2:7002/0")
    assert nodes == [("10.0.0.1", 7001), ("10.0.0.2", 7002)]
    assert options == {"ssl": False}
    nodes, options = cluster_nodes("rediss+cluster://app:p%40ss@cache-1:6380,[::1]:6381")
    assert nodes == [("cache-1", 6380), ("::1", 6381)]
    assert options == {"ssl": True, "username": "app", "password": "p@ss"}
    with pytest.raises(ValueError, match="host:port"):
        cluster_nodes("redis+cluster://cache-1")
    with pytest.raises(ValueError, match="database 0 only"):
        cluster_nodes("redis+cluster://cache-1:7001/3")


async def test_the_factory_makes_a_cluster_client_for_a_cluster_url(redis_cluster: Any) -> None:
    client = make_client(redis_cluster.url, decode_responses=True, max_connections=8)
    assert isinstance(client, RedisCluster)
    try:
        # Keys of three different slots, each on its own node's answer.
        for key in ("pw:a", "pw:b", "pw:c"):
            await client.set(key, key, ex=30)
        assert [await client.get(k) for k in ("pw:a", "pw:b", "pw:c")] == ["pw:a", "pw:b", "pw:c"]
        assert len({client.keyslot(k) for k in ("pw:a", "pw:b", "pw:c")}) == 3
    finally:
        await client.aclose()
    sync = make_client(redis_cluster.url, sync=True)
    assert isinstance(sync, redis.cluster.RedisCluster)
    assert sync.get("pw:a") == b"pw:a"
    sync.close()


async def test_the_factory_keeps_the_standalone_clients() -> None:
    url = os.environ["REDIS_URL"]
    bounded = make_client(url, max_connections=3, pool_timeout=1.0)
    assert isinstance(bounded, Redis)
    assert isinstance(bounded.connection_pool, BlockingConnectionPool)
    assert bounded.connection_pool.max_connections == 3
    assert await bounded.ping()
    await bounded.aclose()
    assert make_client(url, sync=True).ping()


def test_nothing_else_makes_a_redis_client() -> None:
    """app/ makes Redis clients through make_client only (the rate limiter's client is made
    by the `limits` package from the same URL)."""
    maker = re.compile(r"\b(Redis|RedisCluster|StrictRedis)(\.from_url|\.from_pool)?\(")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "app").rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if maker.search(line) and path.name != "redis.py"
    ]
    assert offenders == []
