"""Response shapes of generations (the checkpoint stays internal until completion)."""

from __future__ import annotations

from decimal import Decimal

from app.models import Feedback, Generation, GenerationStatus
from app.schemas.generation import (
    FeedbackOut,
    GenerationAccepted,
    GenerationLinks,
    GenerationOut,
    GenerationSummary,
)

API_PREFIX = "/api/v1/generations"


def links(generation: Generation) -> GenerationLinks:
    base = f"{API_PREFIX}/{generation.id}"
    return GenerationLinks(self=base, events=f"{base}/events", export=f"{base}/export")


def accepted(generation: Generation) -> GenerationAccepted:
    return GenerationAccepted(id=generation.id, status=generation.status, links=links(generation))


def feedback_out(feedback: Feedback) -> FeedbackOut:
    return FeedbackOut(
        generation_id=feedback.generation_id,
        rating=feedback.rating,
        comment=feedback.comment,
        created_at=feedback.created_at,
        updated_at=feedback.updated_at,
    )


def generation_out(generation: Generation, *, feedback: Feedback | None = None) -> GenerationOut:
    completed = generation.status == GenerationStatus.COMPLETED
    timings = {k: v for k, v in (generation.stage_timings or {}).items()}
    return GenerationOut(
        id=generation.id,
        status=generation.status,
        stage=generation.stage,
        progress=generation.progress,
        message=generation.message,
        waiting_for=generation.waiting_for,
        retry_at=generation.retry_at,
        screenshot_id=generation.screenshot_id,
        parent_id=generation.parent_id,
        business_profile_id=generation.business_profile_id,
        business_context=generation.business_context,
        sections=generation.sections,
        model=generation.model_id,
        provider=generation.provider,
        result=generation.result if completed else None,
        error_code=generation.error_code,
        error_message=generation.error_message,
        tokens_in=generation.tokens_in,
        tokens_out=generation.tokens_out,
        cost_usd=Decimal(generation.cost_usd or 0),
        stage_timings=timings,
        attempts=generation.attempts,
        queued_at=generation.queued_at,
        started_at=generation.started_at,
        completed_at=generation.completed_at,
        duration_ms=generation.duration_ms,
        created_at=generation.created_at,
        links=links(generation),
        feedback=feedback_out(feedback) if feedback else None,
    )


def summary(generation: Generation) -> GenerationSummary:
    result = generation.result if generation.status == GenerationStatus.COMPLETED else None
    totals = (result or {}).get("totals") or {}
    return GenerationSummary(
        id=generation.id,
        status=generation.status,
        progress=generation.progress,
        screenshot_id=generation.screenshot_id,
        parent_id=generation.parent_id,
        business_name=(generation.business_context or {}).get("business_name"),
        model=generation.model_id,
        error_code=generation.error_code,
        in_range_pct=totals.get("in_range_pct"),
        created_at=generation.created_at,
        completed_at=generation.completed_at,
        duration_ms=generation.duration_ms,
    )
