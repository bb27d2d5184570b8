"""Tier policy: which model a call resolves to, whether the tier may use it, and the fallback
chain. Free: the chosen free model (the Gemini pool), optionally a cheap premium fallback.
Pro: the chosen model, then one model of each other premium provider, then the Gemini pool.
"""

from __future__ import annotations

from app.core.config import get_settings
from app.core.tiers import FREE, PRO, get_tier
from app.llm.errors import ModelNotAllowed, ModelUnavailable
from app.llm.registry import (
    OFFLINE,
    ModelInfo,
    available_models,
    default_model_id,
    get_model,
    provider_configured,
)
from app.schemas.llm import ModelOut


def is_premium(model: ModelInfo) -> bool:
    return FREE not in model.tiers


def may_use(model: ModelInfo, tier: str) -> bool:
    return get_tier(tier).may_use(model)


def resolve_model(model_id: str | None, *, tier: str, purpose: str = "generation") -> ModelInfo:
    """The model a call will start with; 403 MODEL_NOT_ALLOWED, 400 UNKNOWN_MODEL or
    MODEL_UNAVAILABLE otherwise. Routes call this to refuse a bad choice before queueing."""
    model = get_model(model_id or default_model_id(tier, purpose))
    if not may_use(model, tier):
        raise ModelNotAllowed(details={"model": model.id, "tier": tier})
    if not provider_configured(model.provider):
        raise ModelUnavailable(details={"model": model.id})
    return model


def build_chain(model: ModelInfo, *, tier: str, needs_vision: bool) -> list[ModelInfo]:
    if model.provider == OFFLINE:
        return [model]
    usable = [
        m for m in available_models() if m.provider != OFFLINE and (m.vision or not needs_vision)
    ]
    chain = [model]
    if not get_tier(tier).paid or not may_use(model, PRO):
        if get_settings().free_premium_fallback:
            premium = sorted(
                (m for m in usable if is_premium(m) and m.provider != model.provider),
                key=lambda m: m.price_in_per_mtok + m.price_out_per_mtok,
            )
            chain += premium[:1]
        return chain
    used = {model.provider}
    for candidate in _preferred(usable, tier):
        if is_premium(candidate) and candidate.provider not in used and may_use(candidate, tier):
            chain.append(candidate)
            used.add(candidate.provider)
    if "gemini" not in used:
        pool_models = [m for m in _preferred(usable, FREE) if m.provider == "gemini"]
        chain += pool_models[:1]
    return chain


def _preferred(models: list[ModelInfo], tier: str) -> list[ModelInfo]:
    """Registry order, with the tier's preferred defaults first."""
    return sorted(models, key=lambda m: 0 if tier in m.default_for else 1)


def model_out(model: ModelInfo, *, default: bool) -> ModelOut:
    return ModelOut(
        id=model.id,
        label=model.label,
        provider=model.provider,
        vision=model.vision,
        default=default,
        premium=is_premium(model),
    )


def models_for_user(tier: str) -> list[tuple[ModelInfo, bool]]:
    """Configured models the tier may pick, each with whether it is the tier's default."""
    default = default_model_id(tier, "generation")
    return [(m, m.id == default) for m in available_models() if may_use(m, tier)]
