"""A real Celery worker process on the Redis broker runs a task sent after commit."""

from __future__ import annotations

import time

import pytest
import redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import after_commit, commit, rollback
from app.workers.runtime import configure_dispatch
from tests.support.worker import celery_worker

pytestmark = pytest.mark.worker


def _wait_for(client: redis.Redis, key: str, timeout: float = 30.0) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = client.get(key)
        if value is not None:
            return value
        time.sleep(0.1)
    return None


async def test_task_sent_after_commit_runs_in_real_worker(
    session: AsyncSession, redis_sync: redis.Redis
) -> None:
    from app.core.redis import rkey

    configure_dispatch(inline=False)
    with celery_worker(queues="default"):
        after_commit(session, "system.echo", "committed", "yes")
        after_commit(session, "system.echo", "rolled", "no")
        session.info["pending_tasks"].pop()  # keep one, prove the other never leaves
        await commit(session)
        assert _wait_for(redis_sync, rkey("echo", "committed")) == "yes"
        after_commit(session, "system.echo", "after-rollback", "no")
        await rollback(session)
        time.sleep(1.0)
        assert redis_sync.get(rkey("echo", "after-rollback")) is None
        assert redis_sync.get(rkey("echo", "rolled")) is None


async def test_inline_mode_runs_the_same_task_in_process(
    session: AsyncSession, redis_sync: redis.Redis
) -> None:
    from app.core.redis import rkey
    from app.workers.runtime import drain_inline_tasks

    configure_dispatch(inline=True)
    after_commit(session, "system.echo", "inline", "ran")
    await commit(session)
    await drain_inline_tasks()
    assert redis_sync.get(rkey("echo", "inline")) == "ran"


def test_celery_configuration_is_safe() -> None:
    from app.workers.celery_app import celery_app

    conf = celery_app.conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert conf.task_soft_time_limit < conf.task_time_limit
    assert {q.name for q in conf.task_queues} == {
        "generation_priority",
        "analysis",
        "generation",
        "default",
    }
    assert "system.heartbeat" in {e["task"] for e in conf.beat_schedule.values()}


def test_priority_queue_is_drained_first() -> None:
    from app.core.config import GENERATION_PRIORITY_QUEUE
    from app.workers.celery_app import QUEUES, celery_app

    assert QUEUES[0] == GENERATION_PRIORITY_QUEUE
    assert celery_app.conf.broker_transport_options["queue_order_strategy"] == "priority"
