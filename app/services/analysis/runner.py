"""Running the analysis of a stored screenshot: status transitions and failure codes.

pending -> running -> completed | failed. A task redelivered for a screenshot whose
analysis is completed or failed does nothing; a re-run (services.screenshots) first puts
the row back to pending. A run that finds the row "running" leaves it alone unless the
run looks abandoned (older than the task time limit).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.core.errors import AppError
from app.db.session import after_commit, rollback
from app.integrations.storage import StorageError, get_storage
from app.llm.errors import PoolExhausted, ProviderError
from app.llm.registry import OFFLINE, get_model
from app.llm.types import CallContext
from app.models import Screenshot, User
from app.models.base import utcnow
from app.repositories import screenshots as repo
from app.services import engines
from app.services.analysis.models import resolve_model
from app.services.analysis.repair import InvalidOutput
from app.services.analytics.events import record
from app.services.generation.pipeline import wake_waiting

log = structlog.get_logger(__name__)

TERMINAL = ("completed", "failed")  # analysis statuses


@dataclass(frozen=True)
class Outcome:
    status: str  # completed | failed | requeued | skipped
    error_code: str | None = None


async def claim(session: AsyncSession, screenshot_id: uuid.UUID) -> Screenshot | None:
    """Mark the screenshot running if there is work to do; None when there is not."""
    shot = await repo.get(session, screenshot_id, for_update=True)
    if shot is None:
        log.info("analysis.skipped", reason="deleted", screenshot_id=str(screenshot_id))
        return None
    if shot.analysis_status in TERMINAL:
        log.info("analysis.skipped", reason=shot.analysis_status, screenshot_id=str(shot.id))
        return None
    stale = utcnow() - timedelta(seconds=get_settings().task_time_limit)
    if shot.analysis_status == "running" and (
        shot.analysis_started_at is not None and shot.analysis_started_at > stale
    ):
        log.info("analysis.skipped", reason="running", screenshot_id=str(shot.id))
        return None
    if await claim_exhausted(session, shot):
        return None
    shot.analysis_status = "running"
    shot.analysis_started_at = utcnow()
    shot.analysis_waiting_for = None
    shot.analysis_retry_at = None
    shot.analysis_attempts += 1
    shot.analysis_error_code = None
    shot.analysis_error_message = None
    await session.flush()
    return shot


async def claim_exhausted(session: AsyncSession, shot: Screenshot) -> bool:
    """Fail the job if it has used every run it gets (re-queues on a busy pool not counted);
    True when it did."""
    if shot.analysis_attempts - shot.analysis_requeues < get_settings().task_max_attempts:
        return False
    _fail(
        shot,
        "ANALYSIS_ATTEMPTS_EXHAUSTED",
        f"The analysis was stopped after {shot.analysis_attempts} attempts; re-run it to "
        "try again.",
    )
    await session.flush()
    await wake_waiting(session, shot.id)
    log.warning("analysis.attempts_exhausted", screenshot_id=str(shot.id))
    return True


def _fail(shot: Screenshot, code: str, message: str) -> Outcome:
    # The previous successful result, if any, is kept in `analysis`.
    shot.analysis_status = "failed"
    shot.analysis_error_code = code
    shot.analysis_error_message = message[:1000]
    shot.analysis_completed_at = utcnow()
    shot.analysis_waiting_for = None
    shot.analysis_retry_at = None
    return Outcome("failed", code)


async def execute(
    session: AsyncSession,
    shot: Screenshot,
    *,
    model_id: str | None = None,
    call: engines.CallFn | None = None,
) -> Outcome:
    """Analyse a claimed (running) screenshot and store the result or the failure."""
    settings = get_settings()
    user = await session.get(User, shot.user_id)
    tier = user.effective_tier if user is not None else "free"
    outcome: Outcome
    screenshot_id = shot.id
    try:
        model = resolve_model(model_id, tier=tier)
        data = await get_storage().get(shot.storage_key)
        context = CallContext(tier=tier, user_id=shot.user_id, screenshot_id=shot.id)
        analysis = await engines.analyze(session, data, model=model, context=context, call=call)
    except InvalidOutput as exc:
        outcome = _fail(
            shot,
            "ANALYSIS_INVALID_OUTPUT",
            f"The model's answer could not be read as a page analysis: {exc}",
        )
    except PoolExhausted as exc:
        if (
            settings.offline_fallback_enabled
            and shot.analysis_requeues >= settings.model_slot_fallback_after
        ):
            outcome = await _offline_fallback(session, shot, tier=tier)
        elif shot.analysis_requeues < settings.free_requeue_max:
            countdown = float(exc.retry_after or 5)
            shot.analysis_status = "pending"
            shot.analysis_requeues += 1
            shot.analysis_waiting_for = "model_slot"
            shot.analysis_retry_at = utcnow() + timedelta(seconds=countdown)
            after_commit(
                session, task_names.ANALYSIS_RUN, str(shot.id), model_id, countdown=countdown
            )
            outcome = Outcome("requeued", exc.error_code)
        else:
            outcome = _fail(shot, "POOL_EXHAUSTED", exc.message)
    except ProviderError as exc:
        outcome = _fail(shot, exc.error_code or "PROVIDER_ERROR", exc.message)
    except StorageError:
        outcome = _fail(shot, "IMAGE_MISSING", "The stored image could not be read.")
    except AppError as exc:  # unknown / unavailable / not allowed model
        outcome = _fail(shot, exc.error_code, exc.message)
    except Exception as exc:
        # Anything else ends the job too: a row left "running" would be re-run forever.
        return await _fail_unexpected(session, screenshot_id, exc)
    else:
        outcome = _complete(shot, analysis.model_dump(mode="json", exclude_none=True), model.id)
    await session.flush()
    # Ended, or waiting for a model slot: the generations waiting on it run (or show the wait).
    await wake_waiting(session, shot.id)
    await _record_outcome(session, shot, outcome, model_id)
    return outcome


def _complete(shot: Screenshot, analysis: dict[str, Any], model_id: str) -> Outcome:
    shot.analysis = analysis
    shot.analysis_model = analysis.get("model") or model_id
    shot.analysis_status = "completed"
    shot.analysis_completed_at = utcnow()
    shot.analysis_waiting_for = None
    shot.analysis_retry_at = None
    return Outcome("completed")


async def _offline_fallback(session: AsyncSession, shot: Screenshot, *, tier: str) -> Outcome:
    """Every model slot stayed busy through settings.model_slot_fallback_after re-queues:
    finish with the offline analyser, labelled (`source: offline`, `fallback`)."""
    offline = get_model(OFFLINE)
    try:
        data = await get_storage().get(shot.storage_key)
        context = CallContext(tier=tier, user_id=shot.user_id, screenshot_id=shot.id)
        analysis = await engines.analyze(session, data, model=offline, context=context)
    except AppError as exc:
        return _fail(
            shot,
            exc.error_code,
            "Every model slot stayed busy and the offline analyser could not read the page: "
            + exc.message,
        )
    except StorageError:
        return _fail(shot, "IMAGE_MISSING", "The stored image could not be read.")
    except Exception:
        # Raised inside execute's handler, so its catch-all would not see it: end here.
        log.exception("analysis.offline_fallback_failed", screenshot_id=str(shot.id))
        return _fail(
            shot,
            "OFFLINE_FALLBACK_FAILED",
            "Every model slot stayed busy and the offline analyser could not run.",
        )
    log.info("analysis.offline_fallback", screenshot_id=str(shot.id))
    data_out = analysis.model_dump(mode="json", exclude_none=True)
    data_out["fallback"] = {"reason": "model_slot", "requeues": shot.analysis_requeues}
    return _complete(shot, data_out, offline.id)


async def _fail_unexpected(
    session: AsyncSession, screenshot_id: uuid.UUID, exc: Exception
) -> Outcome:
    if type(exc).__name__ == "SoftTimeLimitExceeded":
        code, message = "ANALYSIS_TIMEOUT", "The analysis took too long and was stopped."
    else:
        log.exception("analysis.crashed", screenshot_id=str(screenshot_id))
        code, message = "ANALYSIS_ERROR", "Something went wrong while analysing; re-run it."
    # The session may hold a half-done change or a failed statement: start clean.
    await rollback(session)
    shot = await repo.get(session, screenshot_id, for_update=True)
    if shot is None or shot.analysis_status in TERMINAL:
        return Outcome("skipped")
    outcome = _fail(shot, code, message)
    await session.flush()
    await wake_waiting(session, shot.id)
    await _record_outcome(session, shot, outcome, None)
    return outcome


async def _record_outcome(
    session: AsyncSession, shot: Screenshot, outcome: Outcome, model_id: str | None
) -> None:
    await record(
        session,
        f"analysis.{outcome.status}",
        user_id=shot.user_id,
        properties={
            "screenshot_id": str(shot.id),
            "model": shot.analysis_model if outcome.status == "completed" else model_id,
            "error_code": outcome.error_code,
            "attempt": shot.analysis_attempts,
        },
    )
    log.info(
        "analysis.finished",
        screenshot_id=str(shot.id),
        status=outcome.status,
        error_code=outcome.error_code,
    )
