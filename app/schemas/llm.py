"""Models list and the admin view of the Gemini key pool."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class ModelOut(BaseModel):
    id: str = Field(description="Public model id; send it as `model` when creating a generation")
    label: str
    provider: str = Field(description="gemini | anthropic | openai | compat:<name> | offline")
    vision: bool
    default: bool = Field(description="Used when the request names no model")
    premium: bool = Field(description="Needs a paid plan")


class ModelList(BaseModel):
    models: list[ModelOut]
    default: str


class KeyLimits(BaseModel):
    rpm: int
    rpd: int
    tpm: int


class KeyStatusOut(BaseModel):
    label: str = Field(description="Stable short label: k- + 8 hex of the key's SHA-256")
    masked_key: str = Field(description="First and last four characters only")
    state: str = Field(
        description="ok | cooling_down | circuit_open | half_open | disabled | spend_cap"
    )
    until: datetime | None = Field(None, description="When the current hold ends, if timed")
    requests_last_minute: int
    requests_last_day: int
    tokens_last_minute: int
    errors: int
    successes: int
    consecutive_failures: int
    last_error: str | None
    last_error_at: datetime | None
    disabled_reason: str | None
    limits: KeyLimits


class KeyList(BaseModel):
    keys: list[KeyStatusOut]
