"""A generation's stages on its row: analysis (ready, or wait for it) -> start -> writing ->
validating + repair -> completed | failed.

Each stage changes the row and its checkpoint (`generation.checkpoint`: the written texts,
an offline fallback, whether repair ran, since when it waits) and at most flushes; progress
events are announced to go out after the commit. The runner (app.services.generation.runner)
commits after every stage, so a redelivered task continues where the last run stopped and
never calls the model, charges or writes twice for a finished stage. The writing itself is
the shared stages (app.services.generation.stages) on the model's engine.

A generation whose screenshot analysis is not finished does not wait in a worker: it stays
queued (stage "analyzing", the analysis's waiting_for mirrored) and the analysis task queues
it again when the analysis ends (`wake_waiting`); the sweeper re-sends one whose wake-up was
lost and fails it with ANALYSIS_TIMEOUT once it waited settings.analysis_wait_seconds.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.core.errors import AppError
from app.core.tiers import get_tier
from app.db.session import after_commit
from app.llm.errors import PoolExhausted
from app.llm.registry import OFFLINE, get_model
from app.llm.types import CallContext
from app.models import Generation, GenerationStatus, Screenshot, User
from app.models.base import utcnow
from app.repositories import generations as repo
from app.repositories import screenshots as screenshots_repo
from app.services.billing.quota import release_slot
from app.services.engines import Engine, engine_for
from app.services.generation import progress, stages
from app.services.generation.prompt import Brief, build_elements
from app.services.generation.service import record_event, run_queue
from app.services.generation.validate import section_texts
from app.services.generation.writer import CallFn, Usage, default_call

log = structlog.get_logger(__name__)

Status = GenerationStatus


class GenerationFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Waiting(Exception):
    """The screenshot's analysis is not finished: the generation stays queued until the
    analysis task wakes it."""


class Requeue(Exception):
    """The free pool is dry: put the run back on the queue after `countdown` seconds."""

    def __init__(self, countdown: float) -> None:
        super().__init__(f"requeue in {countdown}s")
        self.countdown = countdown


@dataclass
class Job:
    """What one run's stages share."""

    generation: Generation
    call: CallFn = default_call
    analysis: dict[str, Any] = field(default_factory=dict)
    user: User | None = None
    tier_name: str = "free"
    engine: Engine | None = None
    brief: Brief | None = None
    texts: dict[str, str] | None = None
    rounds: int = 0
    parent_sections: dict[int, dict[str, Any]] | None = None
    parent_report: list[dict[str, Any]] | None = None

    @property
    def checkpoint(self) -> dict[str, Any]:
        return dict(self.generation.checkpoint or {})

    def save(self, **values: Any) -> None:
        self.generation.checkpoint = {**self.checkpoint, **values}

    @property
    def fallback(self) -> str | None:
        value = self.checkpoint.get("fallback")
        return str(value) if value else None

    @property
    def offline(self) -> bool:
        return bool(self.engine and self.engine.offline) or self.fallback == "writing"


Stage = Callable[[AsyncSession, Job], Awaitable[None]]


def requeues(generation: Generation) -> int:
    return int((generation.stage_timings or {}).get("requeues", 0))


def _ms_since(start: float) -> int:
    return int((time.perf_counter() - start) * 1000)


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


# --- the stages, in order ------------------------------------------------------------------


async def analysis(session: AsyncSession, job: Job) -> None:
    """The screenshot's analysis when it is done; else wait for it (raises Waiting)."""
    generation = job.generation
    if generation.started_at is None:
        generation.started_at = utcnow()
        _timing(generation, "queue_ms", _ms_between(generation.queued_at, generation.started_at))
    # Locked until the runner commits: an analysis that ends meanwhile waits for this row's
    # wait to be committed, then finds it and wakes it (no lost wake-up).
    shot = None
    if generation.screenshot_id is not None:
        shot = await screenshots_repo.get(session, generation.screenshot_id, for_update=True)
    if shot is None:
        raise GenerationFailed("SCREENSHOT_NOT_FOUND", "The screenshot was deleted.")
    if shot.analysis_status == "completed" and shot.analysis:
        job.analysis = shot.analysis
        _end_wait(job)
        return
    if shot.analysis_status == "failed":
        raise GenerationFailed(
            "ANALYSIS_FAILED",
            "The page could not be analysed: "
            + (shot.analysis_error_message or "unknown reason")
            + ".",
        )
    _wait(session, job, shot)


def _wait(session: AsyncSession, job: Job, shot: Screenshot) -> None:
    generation = job.generation
    since = job.checkpoint.get("waiting_since")
    now = utcnow()
    if since is None:
        job.save(waiting_since=now.isoformat())
    elif now - datetime.fromisoformat(since) >= timedelta(
        seconds=get_settings().analysis_wait_seconds
    ):
        raise GenerationFailed(
            "ANALYSIS_TIMEOUT", "The page analysis did not finish in time; try again."
        )
    # The analysis waits for a model slot: so does this generation, visibly.
    progress.change(
        session,
        generation,
        status=Status.QUEUED,
        stage=Status.ANALYZING,
        progress=10,
        message="Every model slot is busy; the page analysis retries shortly."
        if shot.analysis_waiting_for
        else "Reading the layout of your page.",
        waiting_for=shot.analysis_waiting_for,
        retry_at=shot.analysis_retry_at,
    )
    raise Waiting()


def _end_wait(job: Job) -> None:
    checkpoint = job.checkpoint
    since = checkpoint.pop("waiting_since", None)
    if since is None:
        return
    generation = job.generation
    _timing(generation, "analysis_wait_ms", _ms_between(datetime.fromisoformat(since), utcnow()))
    generation.checkpoint = checkpoint
    generation.waiting_for = None  # a wait mirrored from the analysis is over
    generation.retry_at = None


async def start(session: AsyncSession, job: Job) -> None:
    """Count the attempt (committed before any model call) and gather what writing needs."""
    generation = job.generation
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
    user = await session.get(User, generation.user_id)
    if user is None:
        raise GenerationFailed("USER_NOT_FOUND", "The account no longer exists.")
    tier = get_tier(user.effective_tier)
    sections = set(generation.sections) if generation.sections else None
    elements = build_elements(job.analysis, sections=sections)
    if not elements:
        raise GenerationFailed("NOTHING_TO_WRITE", "The page has no text elements to write.")
    job.parent_sections, job.parent_report = await _parent_parts(session, generation)
    # A regenerate repeats none of the parent's sentences: not those of the kept sections
    # (one page), not the old version of the rewritten ones (new copy).
    seen = [t for sec in (job.parent_sections or {}).values() for t in section_texts(sec)]
    job.user = user
    job.tier_name = tier.name
    job.engine = engine_for(get_model(generation.model_id or OFFLINE), call=job.call)
    job.brief = Brief(
        elements=elements,
        context=dict(generation.business_context),
        layout_type=job.analysis.get("layout_type"),
        global_instructions=user.global_instructions if tier.global_instructions else None,
        local_instructions=generation.local_instructions,
        seed=generation.seed or 0,
        avoid=tuple(seen),
        call_context=CallContext(
            tier=tier.name,
            user_id=user.id,
            generation_id=generation.id,
            screenshot_id=generation.screenshot_id,
        ),
    )


async def begin_writing(session: AsyncSession, job: Job) -> None:
    job.texts = job.checkpoint.get("texts")
    if job.texts is None:
        assert job.brief is not None
        progress.change(
            session,
            job.generation,
            status=Status.WRITING,
            progress=35,
            message=f"Writing copy for {len(job.brief.elements)} elements.",
        )


async def write(session: AsyncSession, job: Job) -> None:
    if job.texts is not None:
        return  # written by an earlier run (checkpoint)
    assert job.engine is not None and job.brief is not None
    start_at = time.perf_counter()
    usage = Usage()
    fallback = job.fallback
    try:
        texts = await stages.write(session, job.engine, job.brief, usage=usage)
    except PoolExhausted as exc:
        _unless_fallback_due(job, exc)
        log.info("generation.offline_fallback", stage="writing")
        texts = await stages.write(session, _offline_engine(), job.brief, usage=usage)
        job.generation.provider = OFFLINE
        fallback = "writing"
    _timing(job.generation, "writing_ms", _ms_since(start_at))
    _charge(job.generation, usage)
    job.texts = texts
    job.save(texts=texts, fallback=fallback)


async def begin_validating(session: AsyncSession, job: Job) -> None:
    progress.change(
        session,
        job.generation,
        status=Status.VALIDATING,
        progress=75,
        message="Checking every element's length.",
    )


async def validate(session: AsyncSession, job: Job) -> None:
    assert job.engine is not None and job.brief is not None and job.texts is not None
    start_at = time.perf_counter()
    if not job.offline and not job.checkpoint.get("repaired"):
        usage = Usage()
        try:
            job.texts, job.rounds = await stages.validate(
                session, job.engine, job.brief, job.texts, usage=usage
            )
        except PoolExhausted as exc:
            _unless_fallback_due(job, exc)
            log.info("generation.offline_fallback", stage="repair")
            job.save(fallback="repair")  # the written texts stand, checked and reported
        _charge(job.generation, usage)
        job.save(texts=job.texts, repaired=True)
    _timing(job.generation, "validating_ms", _ms_since(start_at))


async def finish(session: AsyncSession, job: Job) -> None:
    assert job.brief is not None and job.texts is not None
    generation = job.generation
    result = stages.assemble(
        job.analysis,
        job.brief,
        job.texts,
        offline=job.offline,
        rounds=job.rounds,
        model=generation.model_id,
        provider=generation.provider,
        fallback=job.fallback,
        parent_sections=job.parent_sections,
        parent_report=job.parent_report,
    )
    await _complete(session, generation, result)


STAGES: tuple[Stage, ...] = (
    analysis,
    start,
    begin_writing,
    write,
    begin_validating,
    validate,
    finish,
)


# --- model slots: offline fallback or re-queue ----------------------------------------------


def _offline_engine() -> Engine:
    return engine_for(get_model(OFFLINE))


def _unless_fallback_due(job: Job, exc: PoolExhausted) -> None:
    """Return when the offline fallback is due; else re-raise as a re-queue (free tier, a
    bounded number of times) or as the pool error itself (which fails the generation).

    A free job that has waited settings.model_slot_fallback_after re-queues for a model slot
    finishes offline instead, when the fallback is on."""
    settings = get_settings()
    free = job.tier_name == "free"
    done = requeues(job.generation)
    if free and settings.offline_fallback_enabled and done >= settings.model_slot_fallback_after:
        return
    if free and done < settings.free_requeue_max:
        countdown = min(max(1.0, float(exc.retry_after)), settings.max_countdown_seconds)
        raise Requeue(countdown) from exc
    raise exc


async def requeue(session: AsyncSession, generation: Generation, *, countdown: float) -> None:
    """Free tier on a dry key pool: back on the queue with a countdown, visibly waiting."""
    timings = dict(generation.stage_timings or {})
    timings["requeues"] = requeues(generation) + 1
    generation.stage_timings = timings
    progress.change(
        session,
        generation,
        status=Status.QUEUED,
        progress=generation.progress,
        message=f"Every free model slot is busy; retrying in {int(countdown)}s.",
        waiting_for="model_slot",
        retry_at=utcnow() + timedelta(seconds=countdown),
    )
    after_commit(session, task_names.GENERATION_RUN, str(generation.id), countdown=countdown)


# --- the ends ------------------------------------------------------------------------------


def failure(exc: Exception) -> tuple[str, str]:
    """The error code and message a run that raised `exc` ends with."""
    if isinstance(exc, GenerationFailed):
        return exc.code, exc.message
    if isinstance(exc, AppError):
        return exc.error_code, exc.message
    if type(exc).__name__ == "SoftTimeLimitExceeded":
        return "GENERATION_TIMEOUT", "The generation took too long and was stopped."
    log.error("generation.crashed", exc_info=exc)
    return "GENERATION_ERROR", "Something went wrong while writing; please try again."


async def fail(session: AsyncSession, generation: Generation, *, code: str, message: str) -> None:
    """End as failed: error code, slot given back once, local instructions dropped."""
    now = utcnow()
    generation.error_code = code
    generation.error_message = message[:1000]
    generation.result = None
    generation.checkpoint = None
    generation.local_instructions = None
    generation.completed_at = now
    generation.duration_ms = _ms_between(generation.queued_at, now)
    progress.change(session, generation, status=Status.FAILED, progress=100, message=message[:500])
    await release_slot(session, generation=generation)
    await record_event(session, "generation.failed", generation, error_code=code)
    log.info("generation.failed", error_code=code)


async def _complete(session: AsyncSession, generation: Generation, result: dict[str, Any]) -> None:
    now = utcnow()
    generation.result = result
    generation.checkpoint = None
    generation.local_instructions = None
    generation.completed_at = now
    generation.duration_ms = _ms_between(generation.queued_at, now)
    generation.error_code = None
    generation.error_message = None
    totals = result["totals"]
    label = " (offline draft)" if result.get("is_offline_draft") else ""
    progress.change(
        session,
        generation,
        status=Status.COMPLETED,
        progress=100,
        message=f"Done{label}: {totals['in_range']} of {totals['elements']} elements at the "
        "right length.",
    )
    await record_event(
        session,
        "generation.completed",
        generation,
        duration_ms=generation.duration_ms,
        in_range_pct=totals["in_range_pct"],
        offline=bool(result.get("is_offline_draft")),
    )
    log.info("generation.completed", duration_ms=generation.duration_ms)


async def wake_waiting(session: AsyncSession, screenshot_id: uuid.UUID) -> int:
    """The analysis of `screenshot_id` changed (ended, or waits for a model slot): queue the
    generations waiting on it, sent after the analysis's commit."""
    woken = 0
    for generation, user in await repo.waiting_on_analysis(session, screenshot_id):
        after_commit(session, task_names.GENERATION_RUN, str(generation.id), queue=run_queue(user))
        woken += 1
    return woken


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


def _ms_between(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() * 1000)
