"""Which model analyses a screenshot: the one asked for (checked) or the tier's default."""

from __future__ import annotations

from app.core.errors import BadRequest
from app.llm.registry import ModelInfo
from app.services.model_gateway.policy import resolve_model as resolve_for_tier


def resolve_model(model_id: str | None, *, tier: str) -> ModelInfo:
    """Raises UnknownModel, ModelNotAllowed, ModelUnavailable or MODEL_NO_VISION."""
    model = resolve_for_tier(model_id, tier=tier, purpose="analysis")
    if not model.vision:
        raise BadRequest(
            "This model cannot read images; choose a vision model.",
            error_code="MODEL_NO_VISION",
            details={"model": model.id},
        )
    return model
