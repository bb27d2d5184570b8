"""Response shapes of screenshots (the analysis itself only on the detail and analysis views)."""

from __future__ import annotations

import uuid
from typing import Any

from app.models import Screenshot
from app.schemas.screenshots import (
    AnalysisOut,
    AnalysisQueued,
    ScreenshotCreated,
    ScreenshotDetail,
    ScreenshotLinks,
    ScreenshotOut,
)
from app.services.analysis.warnings import analysis_warnings
from app.services.screenshots.service import Created, mime_type

API_PREFIX = "/api/v1/screenshots"


def links(shot_id: uuid.UUID) -> ScreenshotLinks:
    base = f"{API_PREFIX}/{shot_id}"
    return ScreenshotLinks(self=base, image=f"{base}/image", analysis=f"{base}/analysis")


def _fields(shot: Screenshot) -> dict[str, Any]:
    return {
        "id": shot.id,
        "width": shot.width,
        "height": shot.height,
        "format": shot.image_format,
        "content_type": mime_type(shot),
        "size_bytes": shot.size_bytes,
        "original_filename": shot.original_filename,
        "analysis_status": shot.analysis_status,
        "analysis_model": shot.analysis_model,
        "analysis_error_code": shot.analysis_error_code,
        "analysis_error_message": shot.analysis_error_message,
        "waiting_for": shot.analysis_waiting_for,
        "retry_at": shot.analysis_retry_at,
        "analysis_warnings": analysis_warnings(shot.analysis),
        "created_at": shot.created_at,
        "updated_at": shot.updated_at,
        "links": links(shot.id),
    }


def _analysis_fields(shot: Screenshot) -> dict[str, Any]:
    return {
        "analysis": shot.analysis,
        "analysis_attempts": shot.analysis_attempts,
        "analysis_started_at": shot.analysis_started_at,
        "analysis_completed_at": shot.analysis_completed_at,
    }


def summary(shot: Screenshot) -> ScreenshotOut:
    return ScreenshotOut(**_fields(shot))


def created(result: Created) -> ScreenshotCreated:
    return ScreenshotCreated(**_fields(result.screenshot), duplicate=result.duplicate)


def detail(shot: Screenshot) -> ScreenshotDetail:
    return ScreenshotDetail(**_fields(shot), **_analysis_fields(shot))


def analysis(shot: Screenshot) -> AnalysisOut:
    fields = _fields(shot)
    return AnalysisOut(
        **{name: fields[name] for name in AnalysisOut.model_fields if name in fields},
        **_analysis_fields(shot),
    )


def analysis_queued(shot: Screenshot, *, model_id: str | None) -> AnalysisQueued:
    return AnalysisQueued(
        id=shot.id,
        analysis_status=shot.analysis_status,
        analysis_model=model_id,
        links=links(shot.id),
    )
