"""A real Celery worker process on the Redis broker runs a task sent after commit."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.db.session import after_commit, commit, rollback
from app.workers.runtime import configure_dispatch
from tests.support.worker import celery_worker, worker_env

pytestmark = pytest.mark.worker

SUCCEEDED = re.compile(r"Task system\.echo\[([0-9a-f-]+)\] succeeded")


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
    """A rolled-back unit of work sends nothing, even at the session's next commit."""
    from app.core.redis import rkey

    configure_dispatch(inline=False)
    with celery_worker(queues="default"):
        after_commit(session, "system.echo", "rolled", "no")
        await rollback(session)
        after_commit(session, "system.echo", "committed", "yes")
        await commit(session)
        assert _wait_for(redis_sync, rkey("echo", "committed")) == "yes"
        # One worker, one slot, one queue: had the rollback's task been sent (it would have
        # left at this commit, before "committed"), it would have run first.
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
    # One heartbeat: the worker process thread; beat does not write the key too.
    assert "system.heartbeat" not in {e["task"] for e in conf.beat_schedule.values()}


def _succeeded_in_order(log_path: Path, ids: set[str], timeout: float = 60.0) -> list[str]:
    deadline = time.monotonic() + timeout
    done: list[str] = []
    while time.monotonic() < deadline:
        text = log_path.read_text() if log_path.exists() else ""
        done = [i for i in SUCCEEDED.findall(text) if i in ids]
        if len(done) == len(ids):
            break
        time.sleep(0.2)
    return done


def test_priority_queue_is_drained_first(redis_sync: redis.Redis) -> None:
    """Pro generations go to generation_priority: a real worker with a backlog on both queues
    takes every priority message before any ordinary one."""
    from app.core.config import GENERATION_PRIORITY_QUEUE
    from app.workers.celery_app import celery_app

    env = worker_env()
    log_path = Path(env.get("DATA_DIR", "/tmp")) / "celery-prio.log"
    log_path.unlink(missing_ok=True)
    # The backlog is queued before the worker starts, ordinary messages first.
    ordinary = {
        celery_app.send_task("system.echo", args=[f"n{i}", "1"], queue="generation").id
        for i in range(3)
    }
    priority = {
        celery_app.send_task("system.echo", args=[f"p{i}", "1"], queue=GENERATION_PRIORITY_QUEUE).id
        for i in range(3)
    }
    with celery_worker(queues=f"{GENERATION_PRIORITY_QUEUE},generation", name="prio", env=env):
        order = _succeeded_in_order(log_path, ordinary | priority)
    assert len(order) == 6, order
    assert set(order[:3]) == priority and set(order[3:]) == ordinary


def test_the_worker_starts_sentry_before_it_forks(monkeypatch: pytest.MonkeyPatch) -> None:
    from celery.signals import celeryd_init

    from app.workers import runtime

    started: list[object] = []
    monkeypatch.setattr(runtime, "init_sentry", started.append)
    celeryd_init.send(sender="worker@test", instance=None, conf=None, options={})
    assert started == [get_settings()]
