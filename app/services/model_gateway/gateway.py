"""The one entry point for provider calls: resolve the model, enforce tier access, route along
the policy's fallback chain, record every attempt (usage ledger + Prometheus), and return the
text with parsed JSON when a schema was asked for (callers repair; nothing is repaired here).
"""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest
from app.core.observability import LLM_CALLS, LLM_LATENCY, LLM_TOKENS
from app.llm.providers.base import parse_json_text
from app.llm.registry import ModelInfo
from app.llm.router import Attempt, route
from app.llm.types import CallContext, LLMRequest, LLMResponse
from app.repositories import usage_logs as usage_logs_repo
from app.services.model_gateway.policy import build_chain, resolve_model


async def call(
    session: AsyncSession, request: LLMRequest, *, model_id: str | None, context: CallContext
) -> LLMResponse:
    model = resolve_model(model_id, tier=context.tier, purpose=request.purpose)
    if request.images and not model.vision:
        raise BadRequest(
            "This model cannot read images.",
            error_code="MODEL_NO_VISION",
            details={"model": model.id},
        )
    chain = build_chain(model, tier=context.tier, needs_vision=bool(request.images))

    async def record(attempt: Attempt, used: ModelInfo) -> None:
        await _record(session, request, context, attempt, used)

    routed = await route(request, chain, on_attempt=record)
    result, used = routed.result, routed.model
    data = parse_json_text(result.text) if request.json_schema is not None else None
    # The provider's answer (text and token counts), and who gave it after which attempts.
    return LLMResponse(
        **asdict(result),
        provider=used.provider,
        model_id=used.id,
        latency_ms=routed.latency_ms,
        key_label=routed.key_label,
        data=data,
        cost_usd=used.cost(result.tokens_in, result.tokens_out),
        attempts=[
            {
                "provider": a.provider,
                "model": a.model_id,
                "key": a.key_label,
                "outcome": a.outcome,
                "error_code": a.error_code,
                "latency_ms": a.latency_ms,
            }
            for a in routed.attempts
        ],
    )


async def _record(
    session: AsyncSession,
    request: LLMRequest,
    context: CallContext,
    attempt: Attempt,
    model: ModelInfo,
) -> None:
    # The ledger row is the attempt itself, priced, with whom and what it was for.
    await usage_logs_repo.record_call(
        session,
        **asdict(attempt),
        cost_usd=model.cost(attempt.tokens_in, attempt.tokens_out),
        purpose=request.purpose,
        user_id=context.user_id,
        generation_id=context.generation_id,
        screenshot_id=context.screenshot_id,
    )
    LLM_CALLS.labels(
        attempt.provider, attempt.model_id, attempt.key_label or "-", attempt.outcome
    ).inc()
    if attempt.tokens_in:
        LLM_TOKENS.labels(attempt.provider, attempt.model_id, "in").inc(attempt.tokens_in)
    if attempt.tokens_out:
        LLM_TOKENS.labels(attempt.provider, attempt.model_id, "out").inc(attempt.tokens_out)
    if attempt.outcome != "pool_exhausted":
        LLM_LATENCY.labels(attempt.provider).observe(attempt.latency_ms / 1000)
