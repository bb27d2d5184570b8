"""Test harness: real PostgreSQL (a fresh database built by `alembic upgrade head`), real
Redis (an isolated database index), the app through httpx's ASGITransport.

Isolation: work commits at the boundary and real worker processes must see it, so each
test ends by truncating every table and flushing its Redis database (not by a rollback).
"""

from __future__ import annotations

import os
import socket
import uuid

RUN_ID = uuid.uuid4().hex[:8]
PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
TEST_DB = f"pagewright_test_{RUN_ID}"
PG_HOSTPORT = os.environ.get("TEST_PG_HOSTPORT", "127.0.0.1:5432")
REDIS_BASE = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")

os.environ.update(
    {
        "ENVIRONMENT": "test",
        "DATABASE_URL": f"postgresql+asyncpg://postgres@{PG_HOSTPORT}/{TEST_DB}",
        "REDIS_URL": f"{REDIS_BASE}/15",
        "CELERY_BROKER_URL": f"{REDIS_BASE}/14",
        "REDIS_KEY_PREFIX": f"pwtest{RUN_ID}:",
        "TASK_INLINE": "true",
        "SECRET_KEY": "test-secret-key-that-is-long-enough-0123456789",
        "EMAIL_BACKEND": "memory",
        "BCRYPT_ROUNDS": "4",
        "COOKIE_SECURE": "true",
        "DATA_DIR": f"/tmp/pagewright-test-{RUN_ID}",
        "LOG_LEVEL": "WARNING",
        "RATE_LIMIT_ENABLED": "false",
        "GOOGLE_CLIENT_ID": "test-client-id.apps.googleusercontent.com",
    }
)
for _name in list(os.environ):
    if _name.startswith(("GEMINI_API_KEY", "ANTHROPIC_", "OPENAI_", "STRIPE_", "SENTRY_")):
        del os.environ[_name]

# `make test-s3`: the whole suite with every stored object in a local S3 server (moto), which
# worker processes reach too (they inherit this environment).
if os.environ.get("PAGEWRIGHT_TEST_STORAGE") == "s3":
    from tests.support.fake_s3 import CREDENTIALS, start_moto_s3

    os.environ.update(
        {
            "STORAGE_BACKEND": "s3",
            "S3_ENDPOINT_URL": start_moto_s3("pagewright-suite"),
            "S3_BUCKET": "pagewright-suite",
            "S3_PREFIX": f"run-{RUN_ID}/",
            "S3_PATH_STYLE": "true",
            "S3_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
            "S3_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
        }
    )

import asyncpg  # noqa: E402
import pytest  # noqa: E402
import redis  # noqa: E402
from httpx import AsyncClient  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession  # noqa: E402


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def pytest_sessionstart(session: pytest.Session) -> None:
    host, port = PG_HOSTPORT.split(":")
    missing = []
    if not _reachable(host, int(port)):
        missing.append(f"PostgreSQL at {PG_HOSTPORT}")
    if not _reachable("127.0.0.1", 6379):
        missing.append("Redis at 127.0.0.1:6379")
    if missing:
        pytest.exit("the suite needs real services; unreachable: " + ", ".join(missing), 3)


@pytest.fixture(scope="session")
async def database() -> str:
    """Create the run's database and migrate it with Alembic; drop it at the end."""
    conn = await asyncpg.connect(PG_ADMIN_URL)
    await conn.execute(f'DROP DATABASE IF EXISTS "{TEST_DB}"')
    await conn.execute(f'CREATE DATABASE "{TEST_DB}"')
    await conn.close()
    from tests.support.db import alembic_upgrade

    await alembic_upgrade(os.environ["DATABASE_URL"], "head")
    yield os.environ["DATABASE_URL"]
    from app.db.engine import dispose_engine

    await dispose_engine()
    conn = await asyncpg.connect(PG_ADMIN_URL)
    await conn.execute(f'DROP DATABASE IF EXISTS "{TEST_DB}" WITH (FORCE)')
    await conn.close()


@pytest.fixture(autouse=True)
async def _clean_state(database: str):
    """Each test starts with empty tables, an empty Redis database and inline tasks."""
    from app.core.redis import get_redis, request_breaker
    from app.workers.runtime import (
        broker_breaker,
        cancel_inline_tasks,
        configure_dispatch,
        drain_inline_tasks,
    )

    configure_dispatch(inline=True)
    request_breaker.reset()  # a Redis failure staged by one test is not the next one's
    broker_breaker.reset()
    yield
    await drain_inline_tasks(timeout=30)
    # What a test left running past that (a slow host) is cancelled, not left holding row
    # locks that TRUNCATE would wait on while the task waits on TRUNCATE.
    await cancel_inline_tasks()
    from app.db.engine import get_engine
    from app.models import Base

    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    async with get_engine().begin() as conn:
        await conn.execute(text("SET LOCAL lock_timeout = '60s'"))  # an error, never a hang
        await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    # Only this run's keys: other test runs may share the Redis database.
    client = get_redis()
    keys = [
        k async for k in client.scan_iter(match=os.environ["REDIS_KEY_PREFIX"] + "*", count=1000)
    ]
    if keys:
        await client.delete(*keys)


@pytest.fixture
async def session(database: str) -> AsyncSession:
    """A session for arranging and checking state; commit explicitly when the app must see it."""
    from app.db.engine import get_sessionmaker

    async with get_sessionmaker()() as s:
        yield s


@pytest.fixture(scope="session")
def app(database: str):
    from app.main import create_app

    return create_app()


@pytest.fixture
async def client(app) -> AsyncClient:
    """The app over ASGITransport; every 4xx/5xx it returns is checked for the error shape."""
    from tests.support.error_shape import app_client

    async with app_client(app) as c:
        yield c


@pytest.fixture(scope="session")
def redis_sync() -> redis.Redis:
    return redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory):
    """A private 3-master Redis Cluster for the run (fails, never skips, without Redis)."""
    from tests.support.redis_cluster import OwnCluster

    cluster = OwnCluster(tmp_path_factory.mktemp("redis-cluster"))
    yield cluster
    cluster.stop()


@pytest.fixture(params=["single", "cluster"])
async def redis_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Run a test on the suite's Redis, then again with REDIS_URL naming a 3-master Redis
    Cluster (the app's clients, the rate limiter and the key pool rebuilt on it); yields the
    REDIS_URL in use, for worker processes. Celery's broker stays the plain Redis."""
    from app.core.redis import request_breaker

    failed = "a Redis call on the request path failed (the test may have passed on a fallback)"
    if request.param == "single":
        yield os.environ["REDIS_URL"]
        assert request_breaker.trips == 0, failed
        return
    from app.api import ratelimit
    from app.core import redis as redis_module
    from app.core.config import get_settings
    from app.llm.keypool import reset_pool
    from app.workers.runtime import drain_inline_tasks

    cluster = request.getfixturevalue("redis_cluster")
    saved = (redis_module._client, redis_module._request_client)
    monkeypatch.setattr(get_settings(), "redis_url", cluster.url)
    redis_module._client = redis_module._request_client = None
    ratelimit.set_limiter(None)
    reset_pool()
    try:
        yield cluster.url
        await drain_inline_tasks(timeout=30)
        assert request_breaker.trips == 0, failed
    finally:
        await drain_inline_tasks(timeout=30)
        await redis_module.close_redis()
        redis_module._client, redis_module._request_client = saved
        ratelimit.set_limiter(None)
        reset_pool()
        cluster.flush()
