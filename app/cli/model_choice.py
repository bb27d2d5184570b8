"""The model a command-line run uses, from its --provider / --model / --tier flags."""

from __future__ import annotations

from app.llm.registry import OFFLINE, ModelInfo, all_models, get_model, provider_configured
from app.services.analysis.models import resolve_model as resolve_vision_model
from app.services.generation.writer import resolve_model as resolve_writer_model


def pick_model(provider: str | None, model_id: str | None, tier: str, *, vision: bool) -> ModelInfo:
    """--model wins (checked against the tier), then the first configured model of
    --provider (a vision one when `vision`), else the tier's default for the purpose."""
    resolve = resolve_vision_model if vision else resolve_writer_model
    if model_id:
        return resolve(model_id, tier=tier)
    if provider:
        if provider == OFFLINE:
            return get_model(OFFLINE)
        for model in all_models():
            if (
                model.provider == provider
                and provider_configured(provider)
                and (model.vision or not vision)
            ):
                return resolve(model.id, tier=tier)
        kind = "vision model" if vision else "model"
        raise SystemExit(f"no configured {kind} for provider {provider!r} (missing key?)")
    return resolve(None, tier=tier)
