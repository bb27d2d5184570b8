"""The provider-neutral call contract: what every analysis and writing step sends and gets."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.tiers import FREE

Purpose = Literal["analysis", "generation", "repair", "probe"]


@dataclass(frozen=True)
class LLMImage:
    data: bytes
    mime_type: str  # image/png, image/jpeg, image/webp


@dataclass(frozen=True)
class LLMRequest:
    prompt: str
    purpose: Purpose
    system: str | None = None
    images: tuple[LLMImage, ...] = ()
    json_schema: dict[str, Any] | None = None  # ask for JSON matching this schema
    max_output_tokens: int = 8192
    temperature: float = 0.4


@dataclass(frozen=True)
class CallContext:
    """Who the call is for; drives tier policy and the usage ledger."""

    tier: str = FREE
    user_id: uuid.UUID | None = None
    generation_id: uuid.UUID | None = None
    screenshot_id: uuid.UUID | None = None


@dataclass
class LLMResponse:
    text: str
    provider: str
    model_id: str
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0
    key_label: str | None = None
    data: Any = None  # parsed JSON when the request carried a json_schema and it parsed
    cost_usd: float = 0.0
    attempts: list[dict[str, Any]] = field(default_factory=list)  # fallbacks tried, in order
