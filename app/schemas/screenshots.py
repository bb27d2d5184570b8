"""Request and response bodies of /api/v1/screenshots."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel

AnalysisStatus = Literal["pending", "running", "completed", "failed"]


class ScreenshotLinks(BaseModel):
    self: str
    image: str
    analysis: str


class AnalysisWarning(BaseModel):
    code: Literal["LOW_CONFIDENCE"]
    message: str
    confidence: float | None = None


class ScreenshotOut(BaseModel):
    """A screenshot's metadata and the state of its analysis."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    width: int
    height: int
    format: str = Field(description="png, jpeg or webp")
    content_type: str
    size_bytes: int
    original_filename: str | None
    analysis_status: AnalysisStatus
    analysis_model: str | None
    analysis_error_code: str | None
    analysis_error_message: str | None
    waiting_for: Literal["model_slot"] | None = Field(
        None, description='"model_slot" while every model slot is busy and the analysis waits.'
    )
    retry_at: datetime | None = Field(
        None, description="When the waiting analysis tries again (with waiting_for)."
    )
    analysis_warnings: list[AnalysisWarning] = Field(
        default_factory=list,
        description="Why the analysis may need checking (e.g. a low-confidence offline "
        "analysis: check the map, or analyse again with a vision model).",
    )
    created_at: datetime
    updated_at: datetime
    links: ScreenshotLinks


class ScreenshotCreated(ScreenshotOut):
    duplicate: bool = Field(
        description="True when this user had already uploaded the same image: the existing "
        "screenshot (and its analysis) is returned and nothing new is stored."
    )


class ScreenshotDetail(ScreenshotOut):
    analysis: dict[str, Any] | None = Field(
        None, description="The analysis (DESIGN.md format) once analysis_status is completed."
    )
    analysis_attempts: int
    analysis_started_at: datetime | None
    analysis_completed_at: datetime | None


class ScreenshotPage(BaseModel):
    items: list[ScreenshotOut]
    next_cursor: str | None = Field(
        None, description="Pass as ?cursor= for the next page; null on the last page."
    )


class AnalysisRequest(RequestModel):
    model_config = ConfigDict(extra="forbid")

    model: str | None = Field(
        None, max_length=100, description="Model id from GET /models; default: tier's default."
    )


class AnalysisQueued(BaseModel):
    id: uuid.UUID
    analysis_status: AnalysisStatus
    analysis_model: str | None
    links: ScreenshotLinks


class AnalysisOut(BaseModel):
    """GET links.analysis: the analysis and its state (POST the same URL to run it again)."""

    id: uuid.UUID
    analysis_status: AnalysisStatus
    analysis_model: str | None
    analysis_error_code: str | None
    analysis_error_message: str | None
    analysis_attempts: int
    analysis_started_at: datetime | None
    analysis_completed_at: datetime | None
    analysis: dict[str, Any] | None = Field(
        description="The analysis (DESIGN.md format) once analysis_status is completed."
    )
    links: ScreenshotLinks
