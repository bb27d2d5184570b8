"""Unit of work: commit at the boundary, then send the tasks queued during it.

Services call `after_commit(session, "generation.run", str(gen.id))`; nothing is sent
until the boundary commits, and a rollback drops the queue (STYLE.md habits 1 and 2).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.db.engine import get_sessionmaker

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class PendingTask:
    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    countdown: float | None = None
    queue: str | None = None  # None: the queue task_routes gives the task's name


# Set once at start-up (app.main / worker): sends a task by name.
_dispatcher: Callable[[PendingTask], None] | None = None
_dispatcher_blocks = False


def set_dispatcher(
    dispatcher: Callable[[PendingTask], None] | None, *, blocking: bool = False
) -> None:
    """`blocking`: the dispatcher does network I/O (a broker publish), so it runs in a
    thread and a stalled broker never stalls the event loop."""
    global _dispatcher, _dispatcher_blocks
    _dispatcher = dispatcher
    _dispatcher_blocks = blocking


def after_commit(
    session: AsyncSession,
    name: str,
    *args: Any,
    countdown: float | None = None,
    queue: str | None = None,
    **kwargs: Any,
) -> None:
    if countdown is not None:
        # Capped for every task here, the one way tasks are sent (see max_countdown_seconds):
        # a longer wait re-runs early and finds its reason to wait again.
        countdown = min(countdown, get_settings().max_countdown_seconds)
    session.info.setdefault("pending_tasks", []).append(
        PendingTask(name, args, kwargs, countdown, queue)
    )


def after_commit_hook(session: AsyncSession, key: str, hook: Callable[[], Awaitable[Any]]) -> None:
    """Run `hook` after the boundary commits (a progress event for a row that changed);
    dropped on rollback. One hook per key and commit: the last one registered wins."""
    session.info.setdefault("commit_hooks", {})[key] = hook


async def _run_hooks(session: AsyncSession) -> None:
    hooks: dict[str, Callable[[], Awaitable[Any]]] = session.info.pop("commit_hooks", {})
    for key, hook in hooks.items():
        try:
            await hook()
        except Exception:
            log.warning("db.commit_hook_failed", hook=key, exc_info=True)


def dispatch_now(task: PendingTask) -> None:
    if _dispatcher is None:
        raise RuntimeError("no task dispatcher configured")
    _dispatcher(task)


async def flush_pending(session: AsyncSession) -> None:
    pending: list[PendingTask] = session.info.pop("pending_tasks", [])
    for task in pending:
        try:
            if _dispatcher_blocks:
                await asyncio.to_thread(dispatch_now, task)
            else:
                dispatch_now(task)
        except Exception as exc:
            # The row is committed (the jobs' rows are the outbox): the beat sweepers re-send
            # work whose message was not published (docs/reliability.md).
            log.warning("tasks.dispatch_failed", task=task.name, error=type(exc).__name__)


def keep_through_rollback(session: AsyncSession, make_row: Callable[[], Any]) -> None:
    """A row that records something that already happened outside the database (a provider
    call that was made and billed): a rollback of the work around it must not erase it.
    `rollback()` adds a fresh copy back, committed at the next boundary."""
    session.info.setdefault("kept_rows", []).append(make_row)


async def commit(session: AsyncSession) -> None:
    await session.commit()
    session.info.pop("kept_rows", None)
    await _run_hooks(session)
    await flush_pending(session)


async def rollback(session: AsyncSession) -> bool:
    """Roll back; rows kept with keep_through_rollback are added again (True if any)."""
    session.info.pop("pending_tasks", None)
    session.info.pop("commit_hooks", None)
    await session.rollback()
    kept: list[Callable[[], Any]] = session.info.pop("kept_rows", [])
    for make_row in kept:
        session.add(make_row())
    return bool(kept)


async def abort(session: AsyncSession) -> None:
    """End a failed unit of work: roll back, then commit only the kept rows, if any."""
    if not await rollback(session):
        return
    try:
        await session.commit()
    except Exception:
        log.warning("db.kept_rows_lost", exc_info=True)
        await session.rollback()


@asynccontextmanager
async def unit_of_work() -> AsyncIterator[AsyncSession]:
    """A session that commits (then sends queued tasks) on success, rolls back on error."""
    async with get_sessionmaker()() as session:
        try:
            yield session
        except BaseException:
            await abort(session)
            raise
        else:
            await commit(session)
