"""Running async task bodies: on a per-process event loop in Celery, inline in embedded mode.

A task body is `async def body(session, *args)`; the wrapper opens a unit of work, so the
body only flushes and the commit (then the after-commit sends) happen at the boundary.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import structlog
from celery import Task

from app.core.config import get_settings
from app.core.observability import TASKS_TOTAL, init_sentry
from app.core.redis import Breaker
from app.db.session import PendingTask, set_dispatcher, unit_of_work
from app.llm.keypool import settle_releases
from app.workers.celery_app import celery_app

log = structlog.get_logger(__name__)
T = TypeVar("T")
Body = Callable[..., Awaitable[Any]]

_loop: asyncio.AbstractEventLoop | None = None
_loop_lock = threading.Lock()
_inline_tasks: set[asyncio.Task[Any]] = set()


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on this worker process's own long-lived loop (pools stay valid)."""
    global _loop
    with _loop_lock:
        if _loop is None or _loop.is_closed():
            _loop = asyncio.new_event_loop()
            asyncio.set_event_loop(_loop)
        return _loop.run_until_complete(coro)


async def run_body(name: str, body: Body, *args: Any, **kwargs: Any) -> Any:
    structlog.contextvars.bind_contextvars(task=name)
    try:
        async with unit_of_work() as session:
            result = await body(session, *args, **kwargs)
        TASKS_TOTAL.labels(task=name, outcome="ok").inc()
        return result
    except Exception:
        TASKS_TOTAL.labels(task=name, outcome="error").inc()
        raise
    finally:
        # Key-pool bookkeeping left running off the model calls' path lands before the task
        # ends (a worker's loop sleeps between tasks).
        await settle_releases()
        structlog.contextvars.unbind_contextvars("task")


def task(name: str, **options: Any) -> Callable[[Body], Task]:
    """Register `body` as Celery task `name` (its queue comes from the name's prefix, see
    task_routes); `task.body` stays callable for inline runs."""

    def decorate(body: Body) -> Task:
        def run(*args: Any, **kwargs: Any) -> Any:
            return run_sync(run_body(name, body, *args, **kwargs))

        run.__name__ = body.__name__
        run.__doc__ = body.__doc__
        registered: Task = celery_app.task(name=name, **options)(run)
        registered.body = body  # type: ignore[attr-defined]
        return registered

    return decorate


class BrokerUnavailable(Exception):
    pass


# A broker that failed is skipped for a while (one publish timeout per interval); what is
# not published waits in PostgreSQL for the sweepers.
broker_breaker = Breaker("broker", lambda: get_settings().redis_breaker_seconds)


def celery_dispatcher(pending: PendingTask) -> None:
    if not broker_breaker.allow():
        raise BrokerUnavailable("broker breaker open")
    options: dict[str, Any] = {"queue": pending.queue} if pending.queue else {}
    try:
        celery_app.send_task(
            pending.name,
            args=list(pending.args),
            kwargs=pending.kwargs,
            countdown=pending.countdown,
            **options,
        )
    except Exception:
        broker_breaker.failed()
        raise
    broker_breaker.succeeded()


def inline_dispatcher(pending: PendingTask) -> None:
    """Embedded mode: run the same task body in-process on the running event loop."""
    registered = celery_app.tasks[pending.name]
    body: Body = registered.body  # type: ignore[attr-defined]

    async def run() -> None:
        if pending.countdown:
            await asyncio.sleep(pending.countdown)
        try:
            await run_body(pending.name, body, *pending.args, **pending.kwargs)
        except Exception:
            log.exception("tasks.inline_failed", task=pending.name)

    job = asyncio.get_running_loop().create_task(run())
    _inline_tasks.add(job)
    job.add_done_callback(_inline_tasks.discard)


async def drain_inline_tasks(timeout: float = 30.0) -> None:
    """Wait for in-process tasks (used at shutdown and by the CLI)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while _inline_tasks and asyncio.get_running_loop().time() < deadline:
        await asyncio.wait(
            set(_inline_tasks), timeout=max(0.0, deadline - asyncio.get_running_loop().time())
        )


async def cancel_inline_tasks(timeout: float = 10.0) -> None:
    """Cancel the in-process tasks still running and wait for them to unwind (their sessions
    roll back; recovery or the sweepers resume the work they leave unfinished)."""
    left = set(_inline_tasks)
    for job in left:
        job.cancel()
    if left:
        await asyncio.wait(left, timeout=timeout)


async def recover_inline_work() -> dict[str, int]:
    """In-process mode at start: send again what a dead process left unfinished."""
    from app.services.system.recovery import resume_unfinished

    async with unit_of_work() as session:
        return await resume_unfinished(session)


def configure_dispatch(*, inline: bool) -> None:
    celery_app.loader.import_default_modules()
    if inline:
        set_dispatcher(inline_dispatcher)
    else:
        set_dispatcher(celery_dispatcher, blocking=True)


def _start_heartbeat_thread() -> None:
    """Each worker process marks itself alive in Redis; /health/ready reads the mark.

    The only writer of the key: a thread, not a beat task, so the mark means "a worker
    process is up" whether or not beat runs and however long the queues are.
    """
    import time

    from app.core.redis import make_client, rkey
    from app.services.system.health import (
        HEARTBEAT_EVERY_SECONDS,
        HEARTBEAT_KEY,
        HEARTBEAT_TTL_SECONDS,
    )

    settings = get_settings()
    if not settings.redis_url:
        return
    url = settings.redis_url
    key = rkey(*HEARTBEAT_KEY)

    def beat() -> None:
        client = None
        while True:
            try:
                # Made here: a cluster client connects when made, and Redis may be down now.
                client = client or make_client(url, sync=True, socket_timeout=5)
                client.set(key, str(time.time()), ex=HEARTBEAT_TTL_SECONDS)
            except Exception:
                log.warning("worker.heartbeat_failed")
            time.sleep(HEARTBEAT_EVERY_SECONDS)

    threading.Thread(target=beat, name="heartbeat", daemon=True).start()


def _on_worker_process_init(**_: Any) -> None:
    # Connections inherited through fork are not safe to share; start fresh.
    from app.core.redis import set_redis
    from app.db.engine import forget_engine

    forget_engine()
    set_redis(None)
    set_dispatcher(celery_dispatcher, blocking=True)
    _start_heartbeat_thread()


def _on_celeryd_init(**_: Any) -> None:
    """Sentry in the worker (before it forks its pool): task errors are reported like the
    API's, through the same scrubbing before_send."""
    init_sentry(get_settings())


def _setup_worker() -> None:
    from celery.signals import celeryd_init, worker_process_init

    from app.core.logging import configure_logging

    configure_logging()
    celeryd_init.connect(_on_celeryd_init, weak=False)
    worker_process_init.connect(_on_worker_process_init, weak=False)
    set_dispatcher(celery_dispatcher, blocking=True)


_setup_worker()
