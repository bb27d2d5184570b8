"""The router: runs one request along a chain of models, with the key pool for Gemini.

Per model: transient failures (5xx, timeouts, connection errors, unreadable bodies) retry with
exponential backoff and jitter up to LLM_MAX_RETRIES; a pooled key that is rate limited,
spend-capped or refused is reported to the pool and another key is tried at once; permanent
failures (400, safety blocks) stop the whole chain (another model would refuse it too).
Anything else moves on to the next model of the chain. Every attempt is reported to
`on_attempt` (the gateway writes it to the usage ledger and metrics).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog

from app.core.config import get_settings
from app.core.scrub import register_secret
from app.llm.errors import PoolExhausted, ProviderError
from app.llm.keypool import estimate_tokens, get_pool
from app.llm.providers import ProviderFailure, ProviderResult, get_provider
from app.llm.registry import ModelInfo
from app.llm.types import LLMRequest

log = structlog.get_logger("app.llm.router")

MAX_BACKOFF_SECONDS = 10.0


@dataclass
class Attempt:
    provider: str
    model_id: str
    key_label: str | None
    outcome: str  # success | rate_limited | spend_cap | transient | bad_key | permanent |
    #               malformed | pool_exhausted
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0
    error_code: str | None = None


@dataclass
class RouteResult:
    result: ProviderResult
    model: ModelInfo
    key_label: str | None
    attempts: list[Attempt]
    latency_ms: int


AttemptHook = Callable[[Attempt, ModelInfo], Awaitable[None]]


def to_error(failure: ProviderFailure) -> ProviderError:
    transient = failure.kind in ("transient", "malformed", "rate_limited")
    return ProviderError(
        failure.code,
        retryable=transient,
        status=503 if transient else 502,
        kind=failure.kind,
        retry_after=failure.retry_after,
    )


def backoff_delay(retry: int) -> float:
    base = get_settings().llm_backoff_base_seconds
    return min(MAX_BACKOFF_SECONDS, base * (2**retry) + random.uniform(0, base))


class _GiveUp(Exception):
    """This model failed in a way another model might not; carry the error along the chain."""

    def __init__(self, error: ProviderError | PoolExhausted) -> None:
        self.error = error


async def _noop(_attempt: Attempt, _model: ModelInfo) -> None:
    return None


async def route(
    request: LLMRequest, chain: list[ModelInfo], *, on_attempt: AttemptHook = _noop
) -> RouteResult:
    if not chain:
        raise ProviderError("PROVIDER_ERROR", message="No model is available for this request.")
    attempts: list[Attempt] = []
    last: ProviderError | PoolExhausted | None = None
    for index, model in enumerate(chain):
        try:
            return await _run_model(request, model, attempts, on_attempt)
        except _GiveUp as give_up:
            last = give_up.error
            if index + 1 < len(chain):
                log.info(
                    "llm.router.fallback",
                    model=model.id,
                    next=chain[index + 1].id,
                    error_code=last.error_code,
                )
    assert last is not None
    raise last


async def _run_model(
    request: LLMRequest, model: ModelInfo, attempts: list[Attempt], on_attempt: AttemptHook
) -> RouteResult:
    settings = get_settings()
    provider = get_provider(model.provider)
    pool = get_pool() if model.is_pool else None
    est = estimate_tokens(
        request.prompt, request.system, len(request.images), request.max_output_tokens
    )
    retries = 0
    key_switches = 0
    while True:
        lease = None
        api_key: str | None = None
        if pool is not None:
            try:
                lease = await pool.acquire(est)
            except PoolExhausted as exc:
                attempt = Attempt(
                    model.provider, model.id, None, "pool_exhausted", error_code=exc.error_code
                )
                attempts.append(attempt)
                await on_attempt(attempt, model)
                raise _GiveUp(exc) from None
            api_key = lease.key.secret
        elif model.provider == "anthropic" and settings.anthropic_api_key is not None:
            api_key = settings.anthropic_api_key.get_secret_value()
        elif model.provider == "openai" and settings.openai_api_key is not None:
            api_key = settings.openai_api_key.get_secret_value()
        if api_key and lease is None:
            register_secret(api_key)  # the log scrubber redacts it wherever it shows up
        label = lease.label if lease else None
        started = time.perf_counter()
        try:
            result = await provider.generate(
                request, model=model, api_key=api_key, timeout=settings.llm_timeout_seconds
            )
        except ProviderFailure as failure:
            latency = int((time.perf_counter() - started) * 1000)
            if lease is not None and pool is not None:
                await pool.release(
                    lease,
                    outcome=failure.kind,
                    retry_after=failure.retry_after,
                    detail=failure.detail or failure.code,
                )
            attempt = Attempt(
                model.provider,
                model.id,
                label,
                failure.kind,
                latency_ms=latency,
                error_code=failure.code,
            )
            attempts.append(attempt)
            await on_attempt(attempt, model)
            log.warning(
                "llm.router.attempt_failed",
                provider=model.provider,
                model=model.id,
                key=label,
                kind=failure.kind,
                code=failure.code,
                status=failure.status,
            )
            if failure.kind == "permanent":
                raise to_error(failure) from None
            if pool is not None and failure.kind in ("rate_limited", "spend_cap", "bad_key"):
                # The pool now knows this key is out; another key may serve at once.
                key_switches += 1
                if key_switches <= len(pool.keys) + settings.llm_max_retries:
                    continue
                raise _GiveUp(to_error(failure)) from None
            if failure.kind in ("transient", "malformed") and retries < settings.llm_max_retries:
                await asyncio.sleep(backoff_delay(retries))
                retries += 1
                continue
            raise _GiveUp(to_error(failure)) from None
        latency = int((time.perf_counter() - started) * 1000)
        if lease is not None and pool is not None:
            tokens = result.tokens_in + result.tokens_out
            if lease.probing:  # a probe's answer reopens the key for everyone: say so now
                await pool.release(lease, outcome="success", tokens=tokens)
            else:
                pool.release_soon(lease, tokens=tokens)
        attempt = Attempt(
            model.provider, model.id, label, "success", result.tokens_in, result.tokens_out, latency
        )
        attempts.append(attempt)
        await on_attempt(attempt, model)
        return RouteResult(result, model, label, attempts, latency)
