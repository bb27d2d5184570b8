"""Generation use cases: create (idempotent, quota and budget in the same transaction as the
row), read, list (cursor), delete, regenerate. The work itself is
runner.run (app.services.generation.runner)."""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import GENERATION_PRIORITY_QUEUE
from app.core.errors import Conflict, NotFound, PlanRequired, ValidationFailed
from app.core.tiers import get_tier
from app.db.session import after_commit
from app.llm.registry import ModelInfo
from app.models import Generation, GenerationStatus, Screenshot, User
from app.models.base import utcnow
from app.repositories import business_profiles as profiles_repo
from app.repositories import generations as repo
from app.schemas.generation import GenerationCreate, RegenerateRequest
from app.services import pagination as cursors
from app.services.analytics.events import ClientMeta, record
from app.services.billing.budget import ensure_token_budget
from app.services.billing.quota import reserve_slot
from app.services.generation.writer import resolve_model
from app.services.preview.cache import forget_generation
from app.services.screenshots import service as screenshots

log = structlog.get_logger(__name__)

RUN_TASK = task_names.GENERATION_RUN


@dataclass(frozen=True)
class Created:
    generation: Generation
    replayed: bool  # an Idempotency-Key replay: the same generation, nothing new used


def not_found() -> NotFound:
    return NotFound("Generation not found.", error_code="GENERATION_NOT_FOUND")


def request_hash(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def _context_from_profile(
    session: AsyncSession, *, user: User, profile_id: uuid.UUID
) -> dict[str, Any]:
    if not get_tier(user.effective_tier).business_profiles:
        raise PlanRequired(
            "Saved business profiles are a Pro feature.",
            details={
                "feature": "business_profiles",
                "upgrade": "Upgrade to Pro to save and reuse business profiles.",
            },
        )
    profile = await profiles_repo.get_for_user(session, profile_id, user.id)
    if profile is None:
        raise NotFound("Business profile not found.", error_code="BUSINESS_PROFILE_NOT_FOUND")
    return dict(profile.business_context)


def _check_analysis_usable(shot: Screenshot) -> None:
    if shot.analysis_status == "failed":
        raise Conflict(
            "This screenshot's analysis failed; ask for a new analysis first.",
            error_code="ANALYSIS_FAILED",
            details={"screenshot_id": str(shot.id), "reason": shot.analysis_error_code},
        )


def new_seed() -> int:
    """A fresh seed for the offline writer (fits a 32-bit signed column)."""
    return secrets.randbelow(2**31)


def run_queue(user: User) -> str | None:
    """The priority queue for tiers that have one; None leaves the task's routed queue."""
    return GENERATION_PRIORITY_QUEUE if get_tier(user.effective_tier).priority_queue else None


async def _insert(
    session: AsyncSession, *, user: User, generation: Generation, key: str | None
) -> Generation | None:
    """Reserve the quota slot and insert the row in one savepoint: a racing duplicate key
    undoes both (None is returned so the caller replays the winner)."""
    await ensure_token_budget(session, user=user)
    try:
        async with session.begin_nested():
            generation.quota_day = await reserve_slot(session, user=user)
            await repo.add(session, generation)
    except IntegrityError:
        if key is None:
            raise
        return None
    after_commit(session, RUN_TASK, str(generation.id), queue=run_queue(user))
    return generation


def _queued(
    *,
    user: User,
    shot: Screenshot,
    model: ModelInfo,
    context: dict[str, Any],
    local_instructions: str | None,
    **fields: Any,
) -> Generation:
    """A new generation row waiting for a worker (create and regenerate differ in `fields`:
    business profile, idempotency key and hash, parent and sections)."""
    return Generation(
        id=uuid.uuid4(),
        user_id=user.id,
        screenshot_id=shot.id,
        status=GenerationStatus.QUEUED,
        stage=GenerationStatus.QUEUED,
        progress=0,
        message="Waiting for a worker.",
        business_context=context,
        local_instructions=local_instructions or None,
        model_id=model.id,
        provider=model.provider,
        seed=new_seed(),
        stage_timings={},
        queued_at=utcnow(),
        **fields,
    )


async def record_event(
    session: AsyncSession,
    event: str,
    generation: Generation,
    *,
    meta: ClientMeta | None = None,
    **properties: Any,
) -> None:
    """An analytics event about `generation`, on its owner: every one names the generation,
    its model and its provider."""
    await record(
        session,
        event,
        user_id=generation.user_id,
        properties={
            "generation_id": str(generation.id),
            "model": generation.model_id,
            "provider": generation.provider,
            **properties,
        },
        meta=meta,
    )


async def create(
    session: AsyncSession,
    *,
    user: User,
    data: GenerationCreate,
    idempotency_key: str | None = None,
    meta: ClientMeta | None = None,
) -> Created:
    body = data.model_dump(mode="json")
    digest = request_hash(body)
    if idempotency_key:
        existing = await repo.by_idempotency_key(session, user_id=user.id, key=idempotency_key)
        if existing is not None:
            return _replay(existing, digest)
    shot = await screenshots.get(session, user=user, screenshot_id=data.screenshot_id)
    _check_analysis_usable(shot)
    if data.business_profile_id is not None:
        context = await _context_from_profile(
            session, user=user, profile_id=data.business_profile_id
        )
    else:
        assert data.business_context is not None
        context = data.business_context.model_dump(mode="json")
    model = resolve_model(data.model, tier=user.effective_tier)
    generation = _queued(
        user=user,
        shot=shot,
        model=model,
        context=context,
        local_instructions=data.local_instructions,
        business_profile_id=data.business_profile_id,
        idempotency_key=idempotency_key,
        request_hash=digest,
    )
    inserted = await _insert(session, user=user, generation=generation, key=idempotency_key)
    if inserted is None:
        assert idempotency_key is not None
        winner = await repo.by_idempotency_key(session, user_id=user.id, key=idempotency_key)
        if winner is None:
            raise Conflict("Please retry the request.", error_code="IDEMPOTENCY_CONFLICT")
        return _replay(winner, digest)
    await record_event(
        session,
        "generation.created",
        generation,
        meta=meta,
        screenshot_id=str(shot.id),
        from_profile=data.business_profile_id is not None,
    )
    log.info("generation.created", generation_id=str(generation.id), model=model.id)
    return Created(generation, replayed=False)


def _replay(existing: Generation, digest: str) -> Created:
    if existing.request_hash != digest:
        raise Conflict(
            "This Idempotency-Key was used with a different request body.",
            error_code="IDEMPOTENCY_CONFLICT",
            details={"generation_id": str(existing.id)},
        )
    return Created(existing, replayed=True)


async def get(session: AsyncSession, *, user: User, generation_id: uuid.UUID) -> Generation:
    generation = await repo.get_for_user(session, generation_id, user.id)
    if generation is None:
        raise not_found()
    return generation


def ensure_completed(generation: Generation, message: str) -> dict[str, Any]:
    """The result of a completed generation; 409 GENERATION_NOT_COMPLETED otherwise."""
    if generation.status != GenerationStatus.COMPLETED or not generation.result:
        raise Conflict(
            message, error_code="GENERATION_NOT_COMPLETED", details={"status": generation.status}
        )
    return generation.result


async def screenshot_of(session: AsyncSession, *, user: User, generation: Generation) -> Screenshot:
    """The generation's screenshot; 409 SCREENSHOT_NOT_FOUND once it was deleted."""
    if generation.screenshot_id is None:
        raise Conflict(
            "The screenshot of this generation was deleted.", error_code="SCREENSHOT_NOT_FOUND"
        )
    return await screenshots.get(session, user=user, screenshot_id=generation.screenshot_id)


async def list_page(
    session: AsyncSession,
    *,
    user: User,
    limit: int,
    cursor: str | None = None,
    status: str | None = None,
) -> cursors.Page[Generation]:
    return await cursors.paginate(
        lambda before, n: repo.page_for_user(
            session, user_id=user.id, limit=n, status=status, before=before
        ),
        cursor=cursor,
        limit=limit,
    )


async def delete(session: AsyncSession, *, user: User, generation_id: uuid.UUID) -> None:
    generation = await get(session, user=user, generation_id=generation_id)
    await repo.delete_one(session, generation)
    await forget_generation(generation=generation)
    await record_event(session, "generation.deleted", generation)


async def regenerate(
    session: AsyncSession,
    *,
    user: User,
    generation_id: uuid.UUID,
    data: RegenerateRequest,
    meta: ClientMeta | None = None,
) -> Generation:
    """A new generation from a finished one: the same screenshot, analysis and context; only
    the chosen sections are rewritten (the rest is copied from the parent when it runs)."""
    parent = await get(session, user=user, generation_id=generation_id)
    ensure_completed(parent, "Only a completed generation can be regenerated.")
    shot = await screenshot_of(session, user=user, generation=parent)
    sections = sorted(set(data.sections)) if data.sections else None
    if sections:
        known = {int(s["position"]) for s in (shot.analysis or {}).get("sections") or []}
        unknown = [p for p in sections if p not in known]
        if unknown:
            raise ValidationFailed(
                "Some sections do not exist in this page's analysis.",
                details={
                    "fields": [
                        {
                            "field": "sections",
                            "message": f"unknown section positions: {unknown}",
                            "type": "value_error",
                        }
                    ],
                    "known_sections": sorted(known),
                },
            )
    model = resolve_model(data.model or parent.model_id, tier=user.effective_tier)
    generation = _queued(
        user=user,
        shot=shot,
        model=model,
        context=dict(parent.business_context),
        local_instructions=data.local_instructions,
        business_profile_id=parent.business_profile_id,
        parent_id=parent.id,
        sections=sections,
    )
    await _insert(session, user=user, generation=generation, key=None)
    await record_event(
        session,
        "generation.created",
        generation,
        meta=meta,
        parent_id=str(parent.id),
        sections=sections,
    )
    return generation
