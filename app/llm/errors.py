"""Typed LLM errors. Messages are fixed text: they never carry a key, a URL or an SDK string."""

from __future__ import annotations

import math
from typing import Any

from app.core.errors import AppError, BadRequest, Forbidden


class PoolExhausted(AppError):
    """Every Gemini key is busy past the wait deadline; retry after `retry_after` seconds."""

    status_code = 503
    error_code = "POOL_EXHAUSTED"
    message = "Every model key is busy right now; try again shortly."

    def __init__(self, retry_after: float, message: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = max(0.0, float(retry_after))
        seconds = max(1, math.ceil(self.retry_after))
        self.headers.setdefault("Retry-After", str(seconds))
        self.details.setdefault("retry_after", seconds)


class ProviderError(AppError):
    """A provider call failed after the router's retries and fallbacks."""

    status_code = 502
    error_code = "PROVIDER_ERROR"
    message = "The language model provider failed to answer."

    def __init__(
        self,
        code: str = "PROVIDER_ERROR",
        *,
        retryable: bool = False,
        status: int = 502,
        message: str | None = None,
        kind: str = "permanent",
        retry_after: float | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message or MESSAGES.get(code), error_code=code, **kwargs)
        self.status_code = status
        self.retryable = retryable
        self.kind = kind
        self.retry_after = retry_after
        if retry_after is not None:
            self.headers.setdefault("Retry-After", str(max(1, math.ceil(retry_after))))


MESSAGES = {
    "PROVIDER_ERROR": "The language model provider failed to answer.",
    "PROVIDER_TIMEOUT": "The language model provider did not answer in time.",
    "PROVIDER_SAFETY_BLOCK": "The language model refused this request (safety filter).",
    "PROVIDER_RATE_LIMITED": "The language model provider is rate limiting us; try again soon.",
    "PROVIDER_UNAVAILABLE": "The language model provider is unavailable; try again soon.",
    "PROVIDER_BAD_RESPONSE": "The language model provider sent a response we could not read.",
    "PROVIDER_AUTH": "The language model provider refused our credentials.",
    "PROVIDER_QUOTA": "The language model provider's quota is used up.",
    "PROVIDER_BAD_REQUEST": "The language model provider rejected the request.",
}


class ModelNotAllowed(Forbidden):
    error_code = "MODEL_NOT_ALLOWED"
    message = "Your plan does not include this model."


class UnknownModel(BadRequest):
    error_code = "UNKNOWN_MODEL"
    message = "There is no such model."


class ModelUnavailable(BadRequest):
    error_code = "MODEL_UNAVAILABLE"
    message = "This model is not configured on this server."
