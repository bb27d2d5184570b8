"""The generation task body: analysis (wait or run) -> writing -> validating + repair ->
completed | failed.

Idempotent and resumable: each finished stage is committed as a checkpoint (the analysis is
on the screenshot, the written texts in the row's `_checkpoint`), so a redelivered task
continues where the last run stopped and never calls the model, charges or writes twice for
a finished stage. A Redis lease keeps two deliveries of one message from running at once.
Any failure ends the generation as failed with an error code and gives the quota slot back
exactly once.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import AppError
from app.core.redis import get_redis, rkey
from app.db.session import after_commit, commit, rollback
from app.llm.registry import OFFLINE, get_model
from app.llm.types import CallContext
from app.models import Generation, Screenshot, User
from app.models.base import utcnow
from app.repositories import generations as repo
from app.services.analytics.events import record
from app.services.billing.quota import release_slot
from app.services.billing.tiers import get_tier
from app.services.generation import progress
from app.services.generation.offline import write_offline
from app.services.generation.prompt import build_elements
from app.services.generation.repair import repair
from app.services.generation.validate import assemble, section_texts
from app.services.generation.writer import CallFn, Usage, default_call, write

log = structlog.get_logger(__name__)

RUN_TASK = "generation.run"
TERMINAL = ("completed", "failed")


class GenerationFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Requeued(Exception):
    """The free pool is dry: the run was put back on the queue with a countdown."""


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


def _ms_since(start: float) -> int:
    return int((time.perf_counter() - start) * 1000)


def _checkpoint(generation: Generation) -> dict[str, Any]:
    if generation.status in TERMINAL or not generation.result:
        return {}
    return dict(generation.result.get("_checkpoint") or {})


def _save_checkpoint(generation: Generation, **values: Any) -> None:
    checkpoint = _checkpoint(generation)
    checkpoint.update(values)
    generation.result = {"_checkpoint": checkpoint}


def _timing(generation: Generation, name: str, ms: int) -> None:
    timings = dict(generation.stage_timings or {})
    timings[name] = timings.get(name, 0) + ms
    generation.stage_timings = timings


def _charge(generation: Generation, usage: Usage) -> None:
    generation.tokens_in += usage.tokens_in
    generation.tokens_out += usage.tokens_out
    generation.cost_usd = Decimal(generation.cost_usd or 0) + Decimal(str(round(usage.cost_usd, 6)))
    if usage.provider:
        generation.provider = usage.provider
    if usage.model_id:
        generation.model_id = usage.model_id


async def run(session: AsyncSession, generation_id: str, *, call: CallFn = default_call) -> None:
    gid = uuid.UUID(generation_id)
    async with lease(gid) as held:
        if not held:
            log.info("generation.run.busy", generation_id=generation_id)
            return
        generation = await repo.get(session, gid)
        if generation is None or generation.status in TERMINAL:
            return  # deleted, or a duplicate delivery of finished work
        structlog.contextvars.bind_contextvars(generation_id=generation_id)
        try:
            await _run(session, generation, call)
        except Requeued:
            return
        except GenerationFailed as exc:
            await _fail_fresh(session, gid, exc.code, exc.message)
        except AppError as exc:
            await _fail_fresh(session, gid, exc.error_code, exc.message)
        except Exception as exc:
            if type(exc).__name__ == "SoftTimeLimitExceeded":
                await _fail_fresh(
                    session,
                    gid,
                    "GENERATION_TIMEOUT",
                    "The generation took too long and was stopped.",
                )
            else:
                log.exception("generation.crashed")
                await _fail_fresh(
                    session,
                    gid,
                    "GENERATION_ERROR",
                    "Something went wrong while writing; please try again.",
                )
        finally:
            structlog.contextvars.unbind_contextvars("generation_id")


async def _fail_fresh(session: AsyncSession, gid: uuid.UUID, code: str, message: str) -> None:
    await rollback(session)
    generation = await repo.get(session, gid)
    if generation is not None and generation.status not in TERMINAL:
        await fail(session, generation, code=code, message=message)


async def fail(session: AsyncSession, generation: Generation, *, code: str, message: str) -> None:
    """End as failed: error code, slot given back once, local instructions dropped."""
    now = utcnow()
    generation.error_code = code
    generation.error_message = message[:1000]
    generation.waiting_for = None
    generation.retry_at = None
    generation.result = None
    generation.local_instructions = None
    generation.completed_at = now
    generation.duration_ms = int((now - generation.queued_at).total_seconds() * 1000)
    progress.set_stage(generation, status="failed", progress=100, message=message[:500])
    await release_slot(session, generation=generation)
    await record(
        session,
        "generation.failed",
        user_id=generation.user_id,
        properties={
            "generation_id": str(generation.id),
            "error_code": code,
            "model": generation.model_id,
            "provider": generation.provider,
        },
    )
    await commit(session)
    await progress.publish(generation)
    log.info("generation.failed", error_code=code)


async def _analysis(session: AsyncSession, generation: Generation) -> dict[str, Any]:
    """The screenshot's analysis: at once when done, else wait for it (running it here when
    nothing else will), bounded by settings.analysis_wait_seconds."""
    settings = get_settings()
    if generation.screenshot_id is None:
        raise GenerationFailed("SCREENSHOT_NOT_FOUND", "The screenshot was deleted.")
    shot = await session.get(Screenshot, generation.screenshot_id, populate_existing=True)
    if shot is None:
        raise GenerationFailed("SCREENSHOT_NOT_FOUND", "The screenshot was deleted.")
    if shot.analysis_status == "completed" and shot.analysis:
        return shot.analysis
    start = time.perf_counter()
    await progress.update(
        session,
        generation,
        status="analyzing",
        progress=10,
        message="Reading the layout of your page.",
    )
    deadline = time.monotonic() + settings.analysis_wait_seconds
    tried_inline = False
    while True:
        shot = await session.get(Screenshot, generation.screenshot_id, populate_existing=True)
        if shot is None:
            raise GenerationFailed("SCREENSHOT_NOT_FOUND", "The screenshot was deleted.")
        if shot.analysis_status == "completed" and shot.analysis:
            _timing(generation, "analysis_wait_ms", _ms_since(start))
            generation.waiting_for = None  # a wait mirrored from the analysis is over
            generation.retry_at = None
            return shot.analysis
        if shot.analysis_status == "failed":
            raise GenerationFailed(
                "ANALYSIS_FAILED",
                "The page could not be analysed: "
                + (shot.analysis_error_message or "unknown reason")
                + ".",
            )
        if shot.analysis_status == "pending" and not tried_inline and settings.tasks_inline:
            # Embedded mode: nobody else will run it; do it here.
            tried_inline = True
            await _run_analysis_inline(session, shot.id)
            continue
        if (shot.analysis_waiting_for, shot.analysis_retry_at) != (
            generation.waiting_for,
            generation.retry_at,
        ):
            # The analysis waits for a model slot: so does this generation, visibly.
            generation.waiting_for = shot.analysis_waiting_for
            generation.retry_at = shot.analysis_retry_at
            await progress.update(
                session,
                generation,
                status="analyzing",
                progress=10,
                message="Every model slot is busy; the page analysis retries shortly."
                if shot.analysis_waiting_for
                else "Reading the layout of your page.",
            )
        if time.monotonic() > deadline:
            raise GenerationFailed(
                "ANALYSIS_TIMEOUT", "The page analysis did not finish in time; try again."
            )
        await session.commit()  # end the read transaction so the next poll sees new rows
        await asyncio.sleep(1.0)


async def _run_analysis_inline(session: AsyncSession, screenshot_id: uuid.UUID) -> None:
    from app.services.analysis import runner

    shot = await runner.claim(session, screenshot_id)
    if shot is not None:
        await runner.execute(session, shot)
    await commit(session)


def requeues(generation: Generation) -> int:
    return int((generation.stage_timings or {}).get("requeues", 0))


async def _run(session: AsyncSession, generation: Generation, call: CallFn) -> None:
    settings = get_settings()
    if generation.attempts - requeues(generation) >= settings.task_max_attempts:
        # Earlier runs died with their worker (or were killed): stop instead of looping.
        raise GenerationFailed(
            "GENERATION_ATTEMPTS_EXHAUSTED",
            f"The generation was stopped after {generation.attempts} attempts; your quota "
            "slot was given back.",
        )
    generation.attempts += 1
    generation.waiting_for = None
    generation.retry_at = None
    if generation.started_at is None:
        generation.started_at = utcnow()
        _timing(
            generation,
            "queue_ms",
            int((generation.started_at - generation.queued_at).total_seconds() * 1000),
        )
    await commit(session)
    user = await session.get(User, generation.user_id)
    if user is None:
        raise GenerationFailed("USER_NOT_FOUND", "The account no longer exists.")
    tier = get_tier(user.effective_tier)
    analysis = await _analysis(session, generation)
    sections = set(generation.sections) if generation.sections else None
    elements = build_elements(analysis, sections=sections)
    if not elements:
        raise GenerationFailed("NOTHING_TO_WRITE", "The page has no text elements to write.")
    model = get_model(generation.model_id or OFFLINE)
    offline = model.provider == OFFLINE
    context = dict(generation.business_context)
    call_context = CallContext(
        tier=tier.name,
        user_id=user.id,
        generation_id=generation.id,
        screenshot_id=generation.screenshot_id,
    )
    global_instructions = user.global_instructions if tier.global_instructions else None
    checkpoint = _checkpoint(generation)
    fallback: str | None = checkpoint.get("fallback")
    offline = offline or fallback == "writing"
    parent_sections, parent_report = await _parent_parts(session, generation)

    texts: dict[str, str] | None = checkpoint.get("texts")
    if texts is None:
        await progress.update(
            session,
            generation,
            status="writing",
            progress=35,
            message=f"Writing copy for {len(elements)} elements.",
        )
        start = time.perf_counter()
        usage = Usage()
        try:
            # A regenerate repeats none of the parent's sentences: not those of the kept
            # sections (one page), not the old version of the rewritten ones (new copy).
            seen = [t for sec in (parent_sections or {}).values() for t in section_texts(sec)]
            if offline:
                texts = write_offline(context, elements, seed=generation.seed or 0, avoid=seen)
            else:
                texts = await write(
                    session,
                    elements=elements,
                    context=context,
                    global_instructions=global_instructions,
                    local_instructions=generation.local_instructions,
                    layout_type=analysis.get("layout_type"),
                    model_id=model.id,
                    call_context=call_context,
                    usage=usage,
                    call=call,
                )
        except Exception as exc:
            if not _offline_fallback_due(generation, exc, tier_name=tier.name):
                await _maybe_requeue(session, generation, exc, tier_name=tier.name)
                raise
            log.info("generation.offline_fallback", stage="writing")
            texts = write_offline(context, elements, seed=generation.seed or 0, avoid=seen)
            offline = True
            generation.provider = OFFLINE
            fallback = "writing"
        _timing(generation, "writing_ms", _ms_since(start))
        _charge(generation, usage)
        _save_checkpoint(generation, texts=texts, fallback=fallback)
        await commit(session)

    await progress.update(
        session,
        generation,
        status="validating",
        progress=75,
        message="Checking every element's length.",
    )
    start = time.perf_counter()
    rounds = 0
    if not offline and not checkpoint.get("repaired"):
        usage = Usage()
        try:
            texts, rounds = await repair(
                session,
                elements=elements,
                texts=texts,
                context=context,
                local_instructions=generation.local_instructions,
                model_id=model.id,
                call_context=call_context,
                usage=usage,
                rounds=settings.generation_repair_rounds,
                call=call,
            )
        except Exception as exc:
            if not _offline_fallback_due(generation, exc, tier_name=tier.name):
                await _maybe_requeue(session, generation, exc, tier_name=tier.name)
                raise
            log.info("generation.offline_fallback", stage="repair")
            fallback = "repair"  # the written texts stand, checked and reported as they are
        _charge(generation, usage)
        _save_checkpoint(generation, texts=texts, repaired=True)
    _timing(generation, "validating_ms", _ms_since(start))

    result = assemble(
        analysis,
        elements,
        texts,
        keywords=list(context.get("keywords") or []),
        is_offline_draft=offline,
        parent_sections=parent_sections,
        parent_report=parent_report,
    )
    result["repair_rounds"] = rounds
    result["model"] = OFFLINE if fallback == "writing" else generation.model_id
    result["provider"] = generation.provider
    if fallback:
        # Labelled: every model slot stayed busy, so this part was done without a model.
        result["fallback"] = {"reason": "model_slot", "stage": fallback}
    await _complete(session, generation, result)


def _offline_fallback_due(generation: Generation, exc: Exception, *, tier_name: str) -> bool:
    """A free job that has waited settings.model_slot_fallback_after re-queues for a model
    slot finishes offline instead, when the fallback is on."""
    from app.llm.errors import PoolExhausted

    settings = get_settings()
    return (
        isinstance(exc, PoolExhausted)
        and tier_name == "free"
        and settings.offline_fallback_enabled
        and requeues(generation) >= settings.model_slot_fallback_after
    )


async def _maybe_requeue(
    session: AsyncSession, generation: Generation, exc: Exception, *, tier_name: str
) -> None:
    """Free tier on a dry key pool: back on the queue with a countdown, a bounded number of
    times, instead of failing."""
    from app.llm.errors import PoolExhausted

    if not isinstance(exc, PoolExhausted) or tier_name != "free":
        return
    settings = get_settings()
    done = requeues(generation)
    if done >= settings.free_requeue_max:
        return
    gid = generation.id
    await rollback(session)
    fresh = await repo.get(session, gid)
    if fresh is None:
        raise Requeued()
    timings = dict(fresh.stage_timings or {})
    timings["requeues"] = done + 1
    fresh.stage_timings = timings
    countdown = min(max(1.0, float(exc.retry_after)), settings.max_countdown_seconds)
    fresh.waiting_for = "model_slot"
    fresh.retry_at = utcnow() + timedelta(seconds=countdown)
    progress.set_stage(
        fresh,
        status="queued",
        progress=fresh.progress,
        message=f"Every free model slot is busy; retrying in {int(countdown)}s.",
    )
    after_commit(session, RUN_TASK, str(fresh.id), countdown=countdown)
    await commit(session)
    await progress.publish(fresh)
    raise Requeued()


async def _parent_parts(
    session: AsyncSession, generation: Generation
) -> tuple[dict[int, dict[str, Any]] | None, list[dict[str, Any]] | None]:
    if not generation.sections or generation.parent_id is None:
        return None, None
    parent = await repo.get(session, generation.parent_id)
    if parent is None or not parent.result:
        return None, None
    by_pos = {int(s["position"]): s for s in parent.result.get("sections") or []}
    return by_pos, list(parent.result.get("report") or [])


async def _complete(session: AsyncSession, generation: Generation, result: dict[str, Any]) -> None:
    now = datetime.now(UTC)
    generation.result = result
    generation.local_instructions = None
    generation.completed_at = now
    generation.duration_ms = int((now - generation.queued_at).total_seconds() * 1000)
    generation.error_code = None
    generation.error_message = None
    generation.waiting_for = None
    generation.retry_at = None
    totals = result["totals"]
    label = " (offline draft)" if result.get("is_offline_draft") else ""
    progress.set_stage(
        generation,
        status="completed",
        progress=100,
        message=f"Done{label}: {totals['in_range']} of {totals['elements']} elements at the "
        "right length.",
    )
    await record(
        session,
        "generation.completed",
        user_id=generation.user_id,
        properties={
            "generation_id": str(generation.id),
            "duration_ms": generation.duration_ms,
            "model": generation.model_id,
            "provider": generation.provider,
            "in_range_pct": totals["in_range_pct"],
            "offline": bool(result.get("is_offline_draft")),
        },
    )
    await commit(session)
    await progress.publish(generation)
    log.info("generation.completed", duration_ms=generation.duration_ms)
