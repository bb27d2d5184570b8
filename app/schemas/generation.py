"""Requests and responses of the generation routes (business context, generations, feedback)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.core.words import count_words
from app.schemas.base import RequestModel

PagePurpose = Literal["homepage", "about", "service", "product_landing", "other"]
Tone = Literal["professional", "friendly", "authoritative", "conversational", "inspirational"]
PAGE_PURPOSES: tuple[str, ...] = PagePurpose.__args__  # type: ignore[attr-defined]
TONES: tuple[str, ...] = Tone.__args__  # type: ignore[attr-defined]

DESCRIPTION_MIN_WORDS = 50
DESCRIPTION_MAX_WORDS = 200
INSTRUCTIONS_MAX_CHARS = 500
MAX_KEYWORDS = 20


def _document_business_rules(schema: dict[str, Any]) -> None:
    """The rules the validators below enforce, stated in the OpenAPI schema (kept out of the
    field definitions)."""
    props = schema.get("properties", {})
    if "business_description" in props:
        props["business_description"].update(
            description=(
                f"{DESCRIPTION_MIN_WORDS}-{DESCRIPTION_MAX_WORDS} words (a word is a "
                "whitespace-separated token holding a letter or digit)."
            ),
            **{"x-min-words": DESCRIPTION_MIN_WORDS, "x-max-words": DESCRIPTION_MAX_WORDS},
        )
    if "tone" in props:
        props["tone"]["description"] = "One of: " + ", ".join(TONES) + "."
    if "keywords" in props:
        props["keywords"]["description"] = (
            f"At most {MAX_KEYWORDS}, 1-60 characters each; duplicates (any case) are dropped."
        )


class BusinessContext(RequestModel):
    """The answers to the business questions (GET /questions describes each field)."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, json_schema_extra=_document_business_rules
    )

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


class GenerationCreate(RequestModel):
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


class RegenerateRequest(RequestModel):
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
    waiting_for: Literal["model_slot"] | None = Field(
        None, description='"model_slot" while every model slot is busy and the job waits.'
    )
    retry_at: datetime | None = Field(
        None, description="When the waiting job tries again (with waiting_for)."
    )
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


class FeedbackIn(RequestModel):
    # validate_default: the comment rule must run when the comment is left out, so that the
    # error names the `comment` field (a model-level check would name no field).
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_default=True)

    rating: Literal["up", "down"]
    comment: Annotated[str | None, Field(max_length=2000)] = None

    @field_validator("comment")
    @classmethod
    def _comment_for_down(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("rating") == "down" and not value:
            raise ValueError("a comment is required with a thumbs down")
        return value


class FeedbackOut(BaseModel):
    generation_id: uuid.UUID
    rating: str
    comment: str | None
    created_at: datetime
    updated_at: datetime


ExportFormat = Literal["json", "markdown", "text", "html", "zip"]

GenerationOut.model_rebuild()
