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

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import AppError
from app.db.session import after_commit
from app.integrations.storage import StorageError, get_storage
from app.llm.errors import PoolExhausted, ProviderError
from app.llm.types import CallContext
from app.models import Screenshot, User
from app.models.base import utcnow
from app.repositories import screenshots as repo
from app.services.analysis import vision
from app.services.analysis.models import resolve_model
from app.services.analysis.repair import InvalidOutput
from app.services.analytics.events import record

log = structlog.get_logger(__name__)

TASK = "analysis.run"
TERMINAL = ("completed", "failed")


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
    shot.analysis_status = "running"
    shot.analysis_started_at = utcnow()
    shot.analysis_attempts += 1
    shot.analysis_error_code = None
    shot.analysis_error_message = None
    await session.flush()
    return shot


def _fail(shot: Screenshot, code: str, message: str) -> Outcome:
    # The previous successful result, if any, is kept in `analysis`.
    shot.analysis_status = "failed"
    shot.analysis_error_code = code
    shot.analysis_error_message = message[:1000]
    shot.analysis_completed_at = utcnow()
    return Outcome("failed", code)


async def execute(
    session: AsyncSession,
    shot: Screenshot,
    *,
    model_id: str | None = None,
    call: vision.CallFn | None = None,
) -> Outcome:
    """Analyse a claimed (running) screenshot and store the result or the failure."""
    settings = get_settings()
    user = await session.get(User, shot.user_id)
    tier = user.effective_tier if user is not None else "free"
    outcome: Outcome
    try:
        model = resolve_model(model_id, tier=tier)
        data = await get_storage().get(shot.storage_key)
        context = CallContext(tier=tier, user_id=shot.user_id, screenshot_id=shot.id)
        analysis = await vision.analyze(session, data, model=model, context=context, call=call)
    except InvalidOutput as exc:
        outcome = _fail(
            shot,
            "ANALYSIS_INVALID_OUTPUT",
            f"The model's answer could not be read as a page analysis: {exc}",
        )
    except PoolExhausted as exc:
        if shot.analysis_attempts < settings.free_requeue_max:
            shot.analysis_status = "pending"
            after_commit(session, TASK, str(shot.id), model_id, countdown=exc.retry_after or 5)
            outcome = Outcome("requeued", exc.error_code)
        else:
            outcome = _fail(shot, "POOL_EXHAUSTED", exc.message)
    except ProviderError as exc:
        outcome = _fail(shot, exc.error_code or "PROVIDER_ERROR", exc.message)
    except StorageError:
        outcome = _fail(shot, "IMAGE_MISSING", "The stored image could not be read.")
    except AppError as exc:  # unknown / unavailable / not allowed model
        outcome = _fail(shot, exc.error_code, exc.message)
    else:
        shot.analysis = analysis.model_dump(mode="json", exclude_none=True)
        shot.analysis_model = analysis.model or model.id
        shot.analysis_status = "completed"
        shot.analysis_completed_at = utcnow()
        outcome = Outcome("completed")
    await session.flush()
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
    return outcome
