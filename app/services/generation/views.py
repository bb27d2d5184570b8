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
from app.services.responses import from_row

API_PREFIX = "/api/v1/generations"


def links(generation: Generation) -> GenerationLinks:
    base = f"{API_PREFIX}/{generation.id}"
    return GenerationLinks(self=base, events=f"{base}/events", export=f"{base}/export")


def accepted(generation: Generation) -> GenerationAccepted:
    return GenerationAccepted(id=generation.id, status=generation.status, links=links(generation))


def feedback_out(feedback: Feedback) -> FeedbackOut:
    return from_row(FeedbackOut, feedback)


def generation_out(generation: Generation, *, feedback: Feedback | None = None) -> GenerationOut:
    completed = generation.status == GenerationStatus.COMPLETED
    return from_row(
        GenerationOut,
        generation,
        model=generation.model_id,
        result=generation.result if completed else None,
        cost_usd=Decimal(generation.cost_usd or 0),
        stage_timings=dict(generation.stage_timings or {}),
        links=links(generation),
        feedback=feedback_out(feedback) if feedback else None,
    )


def summary(generation: Generation) -> GenerationSummary:
    result = generation.result if generation.status == GenerationStatus.COMPLETED else None
    totals = (result or {}).get("totals") or {}
    return from_row(
        GenerationSummary,
        generation,
        business_name=(generation.business_context or {}).get("business_name"),
        model=generation.model_id,
        in_range_pct=totals.get("in_range_pct"),
    )
