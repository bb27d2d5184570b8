"""The provider interface and the provider-neutral failure classification."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from app.llm.registry import ModelInfo
from app.llm.types import LLMRequest

FailureKind = Literal["rate_limited", "spend_cap", "transient", "bad_key", "permanent", "malformed"]


@dataclass
class ProviderResult:
    text: str
    tokens_in: int = 0
    tokens_out: int = 0


class ProviderFailure(Exception):
    """What went wrong, provider-neutral. `code` becomes the ProviderError error_code.

    The message is ours (never the SDK's text, which may echo a URL or a key).
    """

    def __init__(
        self,
        kind: FailureKind,
        code: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(f"{kind}:{code}:{status}")
        self.kind: FailureKind = kind
        self.code = code
        self.status = status
        self.retry_after = retry_after
        self.detail = detail  # short, safe summary for the admin view (no key, no URL)


def require_key(api_key: str | None) -> str:
    """The API key a provider call needs; without one the call fails as a bad key."""
    if not api_key:
        raise ProviderFailure("bad_key", "PROVIDER_AUTH", detail="no key")
    return api_key


class Provider(Protocol):
    async def generate(
        self, request: LLMRequest, *, model: ModelInfo, api_key: str | None, timeout: float
    ) -> ProviderResult: ...


_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")


def parse_duration(text: str | None) -> float | None:
    """'1s', '6m0s', '20ms', '1.5', '2h3m' (OpenAI resets, Gemini retryDelay) -> seconds."""
    if not text:
        return None
    text = text.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    parts = _DURATION.findall(text)
    if not parts:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    return sum(float(n) * scale[u] for n, u in parts)


def _reset_time(text: str) -> float | None:
    """An RFC 3339 instant (anthropic-ratelimit-*-reset) -> seconds from now."""
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return parse_duration(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - time.time())


def retry_after_from_headers(headers: Mapping[str, str] | None) -> float | None:
    """The provider's 'when to retry', most precise header first."""
    if not headers:
        return None
    lower = {k.lower(): v for k, v in headers.items()}
    if "retry-after-ms" in lower:
        try:
            return max(0.0, float(lower["retry-after-ms"]) / 1000)
        except ValueError:
            pass
    if "retry-after" in lower:
        after = parse_duration(lower["retry-after"])
        if after is not None:
            return after
    resets = []
    for name, text in lower.items():
        if name.startswith("anthropic-ratelimit-") and name.endswith("-reset"):
            seconds = _reset_time(text)
        elif name.startswith("x-ratelimit-reset-"):
            seconds = parse_duration(text)
        else:
            continue
        if seconds is not None:
            resets.append(seconds)
    # The request is blocked until every exhausted limit resets; without knowing which one
    # is exhausted, the latest reset is the safe answer.
    return max(resets) if resets else None


def parse_json_text(text: str) -> Any:
    """Parse the model's text as JSON; None when it is not JSON (callers repair)."""
    try:
        return json.loads(text)
    except (ValueError, TypeError):
        return None


def status_failure(
    status: int, *, retry_after: float | None = None, spend_cap: bool = False, detail: str = ""
) -> ProviderFailure:
    """Map an HTTP status to the neutral classification."""
    if status == 429 or spend_cap:
        if spend_cap:
            return ProviderFailure("spend_cap", "PROVIDER_QUOTA", status=status, detail=detail)
        return ProviderFailure(
            "rate_limited",
            "PROVIDER_RATE_LIMITED",
            status=status,
            retry_after=retry_after,
            detail=detail,
        )
    if status in (401, 403):
        return ProviderFailure("bad_key", "PROVIDER_AUTH", status=status, detail=detail)
    if status in (408, 409) or status >= 500:
        return ProviderFailure(
            "transient",
            "PROVIDER_UNAVAILABLE",
            status=status,
            retry_after=retry_after,
            detail=detail,
        )
    return ProviderFailure("permanent", "PROVIDER_BAD_REQUEST", status=status, detail=detail)


def timeout_failure() -> ProviderFailure:
    return ProviderFailure("transient", "PROVIDER_TIMEOUT", detail="timeout")


def connection_failure() -> ProviderFailure:
    return ProviderFailure("transient", "PROVIDER_UNAVAILABLE", detail="connection error")


def malformed_failure() -> ProviderFailure:
    return ProviderFailure("malformed", "PROVIDER_BAD_RESPONSE", detail="unreadable response")


def safety_failure() -> ProviderFailure:
    return ProviderFailure("permanent", "PROVIDER_SAFETY_BLOCK", detail="safety block")
