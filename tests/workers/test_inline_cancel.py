"""In-process tasks that outlive their caller's patience are cancelled and unwind, so a
test's leftover work cannot hold locks into the next test's clean-up."""

from __future__ import annotations

import pytest

from app import main as app_main
from app.core import tasks as task_names
from app.core.redis import get_redis, rkey
from app.db.session import PendingTask
from app.workers import runtime


async def test_cancel_ends_what_drain_left_running_and_it_never_runs() -> None:
    runtime.inline_dispatcher(
        PendingTask(task_names.SYSTEM_ECHO, args=("late", "1"), countdown=3600)
    )
    runtime.inline_dispatcher(PendingTask(task_names.SYSTEM_ECHO, args=("now", "2")))
    await runtime.drain_inline_tasks(timeout=1)
    left = set(runtime._inline_tasks)
    assert len(left) == 1  # the hour-long countdown is still waiting
    await runtime.cancel_inline_tasks()
    assert not runtime._inline_tasks
    assert all(job.cancelled() for job in left)
    assert await get_redis().get(rkey("echo", "now")) is not None
    assert await get_redis().get(rkey("echo", "late")) is None


async def test_shutdown_cancels_what_the_drain_left_before_closing_connections(
    app, monkeypatch: pytest.MonkeyPatch
) -> None:
    drain = runtime.drain_inline_tasks
    monkeypatch.setattr(app_main, "drain_inline_tasks", lambda timeout: drain(timeout=0.1))
    async with app.router.lifespan_context(app):
        runtime.inline_dispatcher(
            PendingTask(task_names.SYSTEM_ECHO, args=("shutdown", "1"), countdown=3600)
        )
        left = set(runtime._inline_tasks)
    assert left and all(job.cancelled() for job in left)
    assert not runtime._inline_tasks
