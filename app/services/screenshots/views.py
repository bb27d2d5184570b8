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
from app.services.responses import from_row
from app.services.screenshots.service import Created, mime_type

API_PREFIX = "/api/v1/screenshots"


def links(shot_id: uuid.UUID) -> ScreenshotLinks:
    base = f"{API_PREFIX}/{shot_id}"
    return ScreenshotLinks(self=base, image=f"{base}/image", analysis=f"{base}/analysis")


def _given(shot: Screenshot) -> dict[str, Any]:
    """The summary's fields that are not a column of the same name."""
    return {
        "format": shot.image_format,
        "content_type": mime_type(shot),
        "waiting_for": shot.analysis_waiting_for,
        "retry_at": shot.analysis_retry_at,
        "analysis_warnings": analysis_warnings(shot.analysis),
        "links": links(shot.id),
    }


def summary(shot: Screenshot) -> ScreenshotOut:
    return from_row(ScreenshotOut, shot, **_given(shot))


def created(result: Created) -> ScreenshotCreated:
    shot = result.screenshot
    return from_row(ScreenshotCreated, shot, duplicate=result.duplicate, **_given(shot))


def detail(shot: Screenshot) -> ScreenshotDetail:
    return from_row(ScreenshotDetail, shot, **_given(shot))


def analysis(shot: Screenshot) -> AnalysisOut:
    return from_row(AnalysisOut, shot, links=links(shot.id))


def analysis_queued(shot: Screenshot, *, model_id: str | None) -> AnalysisQueued:
    return from_row(AnalysisQueued, shot, analysis_model=model_id, links=links(shot.id))
