"""The generation task's runner: the one place that commits a generation's work.

It holds a Redis lease (two deliveries of one message never run at once; a delivery that
finds the lease taken is sent again for when it ends, nothing waits), runs the stages
of app.services.generation.pipeline in order and commits after each one: that commit is the
stage's checkpoint, and the progress events the stage announced go out right after it. A
failure rolls the half-done stage back and ends the generation as failed (quota slot given
back once); a dry free pool puts it back on the queue; a missing analysis leaves it queued
until the analysis task wakes it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.core.redis import get_redis, rkey
from app.db.session import after_commit, commit, rollback
from app.models import Generation
from app.models.generation import TERMINAL_STATUSES
from app.repositories import generations as repo
from app.services.generation import pipeline
from app.services.generation.writer import CallFn, default_call

log = structlog.get_logger(__name__)


async def run(session: AsyncSession, generation_id: str, *, call: CallFn = default_call) -> None:
    gid = uuid.UUID(generation_id)
    async with lease(gid) as busy_for:
        generation = await repo.get(session, gid)
        if generation is None or generation.status in TERMINAL_STATUSES:
            return  # deleted, or a duplicate delivery of finished work
        if busy_for:
            # Another delivery runs it (or died holding the lease): try again once that
            # lease ends instead of waiting for it in this worker.
            log.info("generation.run.busy", generation_id=generation_id, retry_in=busy_for)
            after_commit(session, task_names.GENERATION_RUN, generation_id, countdown=busy_for)
            await commit(session)
            return
        structlog.contextvars.bind_contextvars(generation_id=generation_id)
        try:
            await _run_stages(session, pipeline.Job(generation, call=call))
        finally:
            structlog.contextvars.unbind_contextvars("generation_id")


async def _run_stages(session: AsyncSession, job: pipeline.Job) -> None:
    gid = job.generation.id
    try:
        for stage in pipeline.STAGES:
            await stage(session, job)
            await commit(session)
    except pipeline.Waiting:
        await commit(session)  # queued until the analysis task wakes it
    except pipeline.Requeue as exc:
        countdown = exc.countdown
        await _again(session, gid, lambda g: pipeline.requeue(session, g, countdown=countdown))
    except Exception as exc:
        code, message = pipeline.failure(exc)
        await _again(session, gid, lambda g: pipeline.fail(session, g, code=code, message=message))


async def _again(
    session: AsyncSession,
    gid: uuid.UUID,
    change: Callable[[Generation], Awaitable[None]],
) -> None:
    """Drop the interrupted stage's half-done changes, apply `change` to the fresh row (unless
    it ended meanwhile) and commit."""
    await rollback(session)
    generation = await repo.get(session, gid)
    if generation is not None and generation.status not in TERMINAL_STATUSES:
        await change(generation)
    await commit(session)


@asynccontextmanager
async def lease(generation_id: uuid.UUID) -> AsyncIterator[float]:
    """Hold a renewable Redis lease while running; yields 0 when held, else the seconds
    until the holder's lease ends (it expires when a dead worker stops renewing it)."""
    ttl = max(2, get_settings().generation_lease_seconds)
    client = get_redis()
    key = rkey("generation", str(generation_id), "lease")
    token = uuid.uuid4().hex
    if not await client.set(key, token, nx=True, ex=ttl):
        left_ms = await client.pttl(key)
        yield max(1.0, left_ms / 1000) if left_ms > 0 else 1.0
        return

    async def renew() -> None:
        while True:
            await asyncio.sleep(ttl / 3)
            try:
                if await client.get(key) == token:
                    await client.expire(key, ttl)
            except Exception:
                log.warning("generation.lease.renew_failed", exc_info=True)

    renewer = asyncio.get_running_loop().create_task(renew())
    try:
        yield 0.0
    finally:
        renewer.cancel()
        try:
            if await client.get(key) == token:
                await client.delete(key)
        except Exception:
            log.warning("generation.lease.release_failed", exc_info=True)
