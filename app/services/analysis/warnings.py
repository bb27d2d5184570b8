"""Warnings a user sees beside a finished analysis (`analysis_warnings`)."""

from __future__ import annotations

from typing import Any

from app.core.config import get_settings
from app.schemas.screenshots import AnalysisWarning


def analysis_warnings(analysis: dict[str, Any] | None) -> list[AnalysisWarning]:
    """A low confidence (the offline analyser's prediction of its own quality) is flagged."""
    if not isinstance(analysis, dict):
        return []
    confidence = analysis.get("confidence")
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        return []
    if confidence >= get_settings().analysis_warn_below:
        return []
    return [
        AnalysisWarning(
            code="LOW_CONFIDENCE",
            message="This analysis is unsure of the page's structure: check the sections and "
            "texts before writing, or analyse the screenshot again with a vision model.",
            confidence=float(confidence),
        )
    ]
