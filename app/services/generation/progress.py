"""Progress: stage, percentage and message on the row, and an event in a Redis Stream per
generation so that SSE readers on any API process can follow (and replay from Last-Event-ID)
whether the work runs inline or in a worker on another machine."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.redis import RedisUnavailable, get_redis, on_request_path, rkey
from app.db.session import after_commit_hook
from app.models import Generation, GenerationStatus
from app.models.base import utcnow
from app.models.generation import TERMINAL_STATUSES

log = structlog.get_logger(__name__)

STREAM_MAXLEN = 200
STREAM_TTL_SECONDS = 24 * 3600


def stream_key(generation_id: uuid.UUID | str) -> str:
    return rkey("generation", str(generation_id), "events")


def snapshot(generation: Generation) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": str(generation.id),
        "status": generation.status,
        "stage": generation.stage,
        "progress": generation.progress,
        "message": generation.message,
        "at": utcnow().isoformat(),
    }
    if generation.waiting_for:
        data["waiting_for"] = generation.waiting_for
        data["retry_at"] = generation.retry_at.isoformat() if generation.retry_at else None
    if generation.status == GenerationStatus.FAILED:
        data["error_code"] = generation.error_code
        data["error_message"] = generation.error_message
    if generation.status == GenerationStatus.COMPLETED and generation.result:
        data["totals"] = generation.result.get("totals")
    return data


async def publish(generation: Generation) -> str | None:
    """Append the row's current state to its stream; a Redis hiccup never fails the work
    (readers fall back to polling the row)."""
    try:
        client = get_redis()
        key = stream_key(generation.id)
        event_id = await client.xadd(
            key,
            {"data": json.dumps(snapshot(generation))},
            maxlen=STREAM_MAXLEN,
            approximate=True,
        )
        await client.expire(key, STREAM_TTL_SECONDS)
        return str(event_id)
    except Exception:
        log.warning(
            "generation.progress.publish_failed", generation_id=str(generation.id), exc_info=True
        )
        return None


def announce(session: AsyncSession, generation: Generation) -> None:
    """Publish the row's state once the boundary has committed it (never before: a reader
    must not see an event for a change that was rolled back)."""
    after_commit_hook(session, f"generation:{generation.id}:progress", lambda: publish(generation))


def _visible(generation: Generation) -> tuple[Any, ...]:
    return (
        generation.status,
        generation.stage,
        generation.progress,
        generation.message,
        generation.waiting_for,
        generation.retry_at,
    )


def change(
    session: AsyncSession,
    generation: Generation,
    *,
    status: str,
    progress: int,
    message: str | None = None,
    stage: str | None = None,
    waiting_for: str | None = None,
    retry_at: datetime | None = None,
) -> None:
    """Change the row's state, published after the commit when a reader would see a
    difference. `stage` differs from `status` only while a queued generation waits for its
    screenshot's analysis (status queued, stage analyzing); `waiting_for` and `retry_at` say
    that the job waits for a model slot, and every change that does not say so ends the wait."""
    before = _visible(generation)
    generation.status = status
    generation.stage = stage or status
    generation.progress = max(0, min(100, progress))
    generation.message = message
    generation.waiting_for = waiting_for
    generation.retry_at = retry_at
    if _visible(generation) != before:
        announce(session, generation)


def _event(event_id: str, data: dict[str, Any]) -> str:
    name = data["status"] if data["status"] in TERMINAL_STATUSES else "progress"
    return f"id: {event_id}\nevent: {name}\ndata: {json.dumps(data)}\n\n"


async def latest_event_id(generation_id: uuid.UUID) -> str:
    try:
        entries = await on_request_path(
            lambda client: client.xrevrange(stream_key(generation_id), count=1)
        )
    except RedisUnavailable:
        return "0-0"
    return str(entries[0][0]) if entries else "0-0"


async def _read_row(generation_id: uuid.UUID) -> Generation | None:
    from app.db.engine import get_sessionmaker

    async with get_sessionmaker()() as session:
        return await session.get(Generation, generation_id)


async def sse_events(
    initial: Generation,
    *,
    last_event_id: str | None = None,
    block_ms: int = 2000,
    keepalive_seconds: float = 15.0,
    max_seconds: float = 3600.0,
) -> AsyncIterator[str]:
    """Server-Sent Events: the current state first (unless resuming), then every change,
    ending after the `completed` or `failed` event. Resuming with Last-Event-ID replays
    what came after it. When the stream is silent the row is re-read, so a lost event or a
    Redis outage only delays the reader."""
    gid = initial.id
    client: Any = get_redis()
    key = stream_key(gid)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max_seconds
    cursor = last_event_id or await latest_event_id(gid)
    last_state = None
    if not last_event_id:
        state = snapshot(initial)
        last_state = (state["status"], state["progress"])
        yield _event(cursor, state)
        if initial.status in TERMINAL_STATUSES:
            return
    else:
        yield "retry: 2000\n\n"
    quiet_since = loop.time()
    while loop.time() < deadline:
        try:
            batches = await client.xread({key: cursor}, count=50, block=block_ms)
        except Exception:
            batches = []
            await asyncio.sleep(block_ms / 1000)
        delivered = False
        for _stream, entries in batches or []:
            for entry_id, fields in entries:
                cursor = entry_id
                data = json.loads(fields["data"])
                last_state = (data["status"], data["progress"])
                delivered = True
                yield _event(entry_id, data)
                if data["status"] in TERMINAL_STATUSES:
                    return
        if delivered:
            quiet_since = loop.time()
            continue
        # Nothing new in the stream: trust the row (events can be trimmed or lost).
        row = await _read_row(gid)
        if row is None:
            yield _event(
                cursor,
                {
                    "id": str(gid),
                    "status": GenerationStatus.FAILED,
                    "stage": GenerationStatus.FAILED,
                    "progress": 100,
                    "message": "The generation was deleted.",
                    "error_code": "GENERATION_NOT_FOUND",
                },
            )
            return
        state = snapshot(row)
        if (state["status"], state["progress"]) != last_state:
            last_state = (state["status"], state["progress"])
            yield _event(cursor, state)
            if row.status in TERMINAL_STATUSES:
                return
        elif loop.time() - quiet_since > keepalive_seconds:
            quiet_since = loop.time()
            yield ": keep-alive\n\n"
