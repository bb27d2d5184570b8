"""The generation task's runner: the one place that commits a generation's work.

It holds a Redis lease (two deliveries of one message never run at once), runs the stages
of app.services.generation.pipeline in order and commits after each one: that commit is the
stage's checkpoint, and the progress events the stage announced go out right after it. A
failure rolls the half-done stage back and ends the generation as failed (quota slot given
back once); a dry free pool puts it back on the queue; a missing analysis leaves it queued
until the analysis task wakes it.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.redis import get_redis, rkey
from app.db.session import commit, rollback
from app.models import Generation
from app.models.generation import TERMINAL_STATUSES
from app.repositories import generations as repo
from app.services.generation import pipeline
from app.services.generation.writer import CallFn, default_call

log = structlog.get_logger(__name__)


async def run(session: AsyncSession, generation_id: str, *, call: CallFn = default_call) -> None:
    gid = uuid.UUID(generation_id)
    async with lease(gid) as held:
        if not held:
            log.info("generation.run.busy", generation_id=generation_id)
            return
        generation = await repo.get(session, gid)
        if generation is None or generation.status in TERMINAL_STATUSES:
            return  # deleted, or a duplicate delivery of finished work
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
async def lease(generation_id: uuid.UUID) -> AsyncIterator[bool]:
    """Hold a renewable Redis lease while running. A redelivery of a message whose worker
    died waits out the dead holder's lease (it expires: nobody renews it)."""
    settings = get_settings()
    ttl = max(2, settings.generation_lease_seconds)
    client = get_redis()
    key = rkey("generation", str(generation_id), "lease")
    token = uuid.uuid4().hex
    deadline = time.monotonic() + ttl + 1
    got = False
    while True:
        got = bool(await client.set(key, token, nx=True, ex=ttl))
        if got or time.monotonic() > deadline:
            break
        await asyncio.sleep(min(1.0, ttl / 4))

    async def renew() -> None:
        while True:
            await asyncio.sleep(ttl / 3)
            try:
                if await client.get(key) == token:
                    await client.expire(key, ttl)
            except Exception:
                log.warning("generation.lease.renew_failed", exc_info=True)

    renewer = asyncio.get_running_loop().create_task(renew()) if got else None
    try:
        yield got
    finally:
        if renewer is not None:
            renewer.cancel()
            try:
                if await client.get(key) == token:
                    await client.delete(key)
            except Exception:
                log.warning("generation.lease.release_failed", exc_info=True)
