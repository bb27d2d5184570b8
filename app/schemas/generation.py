"""Requests and responses of the generation routes (business context, generations, feedback)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.words import count_words

PagePurpose = Literal["homepage", "about", "service", "product_landing", "other"]
Tone = Literal["professional", "friendly", "authoritative", "conversational", "inspirational"]
PAGE_PURPOSES: tuple[str, ...] = PagePurpose.__args__  # type: ignore[attr-defined]
TONES: tuple[str, ...] = Tone.__args__  # type: ignore[attr-defined]

DESCRIPTION_MIN_WORDS = 50
DESCRIPTION_MAX_WORDS = 200
INSTRUCTIONS_MAX_CHARS = 500
MAX_KEYWORDS = 20


class BusinessContext(BaseModel):
    """The answers to the business questions (GET /questions describes each field)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    business_name: Annotated[str, Field(min_length=1, max_length=120)]
    business_description: Annotated[str, Field(min_length=1, max_length=2000)]
    page_purpose: PagePurpose = "homepage"
    call_to_action: Annotated[str, Field(min_length=1, max_length=120)]
    target_audience: Annotated[str, Field(min_length=1, max_length=300)]
    tone: Tone = "professional"
    keywords: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=60)]], Field(max_length=MAX_KEYWORDS)
    ] = []
    additional_context: Annotated[str | None, Field(max_length=2000)] = None

    @field_validator("business_description")
    @classmethod
    def _description_words(cls, value: str) -> str:
        words = count_words(value)
        if words < DESCRIPTION_MIN_WORDS or words > DESCRIPTION_MAX_WORDS:
            raise ValueError(
                f"describe the business in {DESCRIPTION_MIN_WORDS}-{DESCRIPTION_MAX_WORDS} "
                f"words (this has {words})"
            )
        return value

    @field_validator("keywords")
    @classmethod
    def _unique_keywords(cls, value: list[str]) -> list[str]:
        seen: list[str] = []
        for keyword in value:
            if keyword.lower() not in (k.lower() for k in seen):
                seen.append(keyword)
        return seen


LocalInstructions = Annotated[str | None, Field(max_length=INSTRUCTIONS_MAX_CHARS)]


class GenerationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    screenshot_id: uuid.UUID
    business_context: BusinessContext | None = None
    business_profile_id: uuid.UUID | None = None
    local_instructions: LocalInstructions = None
    model: Annotated[str | None, Field(max_length=100)] = None

    @model_validator(mode="after")
    def _one_context(self) -> GenerationCreate:
        if (self.business_context is None) == (self.business_profile_id is None):
            raise ValueError("send exactly one of business_context or business_profile_id")
        return self


class RegenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sections: Annotated[list[Annotated[int, Field(ge=1)]] | None, Field(min_length=1)] = None
    local_instructions: LocalInstructions = None
    model: Annotated[str | None, Field(max_length=100)] = None


class GenerationLinks(BaseModel):
    self: str
    events: str
    export: str


class GenerationAccepted(BaseModel):
    id: uuid.UUID
    status: str
    links: GenerationLinks


class StageTiming(BaseModel):
    model_config = ConfigDict(extra="allow")


class GenerationOut(BaseModel):
    id: uuid.UUID
    status: str
    stage: str
    progress: int
    message: str | None
    screenshot_id: uuid.UUID | None
    parent_id: uuid.UUID | None
    business_profile_id: uuid.UUID | None
    business_context: dict[str, Any]
    sections: list[int] | None
    model: str | None
    provider: str | None
    result: dict[str, Any] | None
    error_code: str | None
    error_message: str | None
    tokens_in: int
    tokens_out: int
    cost_usd: Decimal
    stage_timings: dict[str, Any]
    attempts: int
    queued_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    duration_ms: int | None
    created_at: datetime
    links: GenerationLinks
    feedback: FeedbackOut | None = None


class GenerationSummary(BaseModel):
    id: uuid.UUID
    status: str
    progress: int
    screenshot_id: uuid.UUID | None
    parent_id: uuid.UUID | None
    business_name: str | None
    model: str | None
    error_code: str | None
    in_range_pct: float | None
    created_at: datetime
    completed_at: datetime | None
    duration_ms: int | None


class GenerationPage(BaseModel):
    items: list[GenerationSummary]
    next_cursor: str | None


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    rating: Literal["up", "down"]
    comment: Annotated[str | None, Field(max_length=2000)] = None

    @model_validator(mode="after")
    def _comment_for_down(self) -> FeedbackIn:
        if self.rating == "down" and not self.comment:
            raise ValueError("a comment is required with a thumbs down")
        return self


class FeedbackOut(BaseModel):
    generation_id: uuid.UUID
    rating: str
    comment: str | None
    created_at: datetime
    updated_at: datetime


ExportFormat = Literal["json", "markdown", "text", "html", "zip"]

GenerationOut.model_rebuild()
