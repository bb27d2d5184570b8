"""The model registry: configuration, not literals. LLM_MODELS (JSON list) replaces the defaults.

A model is offered only when its provider is configured (a key, or an endpoint for
"compat:<name>"); the "offline" model is always there and is the default when a tier's
providers have no key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.core.config import Settings, get_settings
from app.core.tiers import FREE, PRO
from app.llm.errors import UnknownModel

OFFLINE = "offline"


@dataclass(frozen=True)
class ModelInfo:
    id: str
    provider: str  # gemini | anthropic | openai | compat:<name> | offline
    provider_model: str
    vision: bool = True
    tiers: tuple[str, ...] = (PRO,)
    price_in_per_mtok: float = 0.0
    price_out_per_mtok: float = 0.0
    label: str = ""
    default_for: tuple[str, ...] = ()  # tiers that prefer this model when none is chosen
    temperature: bool = True  # some models (gpt-5 family) only take the default temperature
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_pool(self) -> bool:
        """Served through the Redis key pool (Gemini)."""
        return self.provider == "gemini"

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        return (tokens_in * self.price_in_per_mtok + tokens_out * self.price_out_per_mtok) / 1e6


DEFAULT_MODELS: list[dict[str, Any]] = [
    {
        "id": "gemini-2.5-flash",
        "provider": "gemini",
        "provider_model": "gemini-2.5-flash",
        "vision": True,
        "tiers": [FREE, PRO],
        "price_in_per_mtok": 0.30,
        "price_out_per_mtok": 2.50,
        "label": "Gemini 2.5 Flash",
        "default_for": [FREE],
    },
    {
        "id": "gemini-2.5-flash-lite",
        "provider": "gemini",
        "provider_model": "gemini-2.5-flash-lite",
        "vision": True,
        "tiers": [FREE, PRO],
        "price_in_per_mtok": 0.10,
        "price_out_per_mtok": 0.40,
        "label": "Gemini 2.5 Flash-Lite",
    },
    {
        "id": "claude-sonnet-4-6",
        "provider": "anthropic",
        "provider_model": "claude-sonnet-4-6",
        "vision": True,
        "tiers": [PRO],
        "price_in_per_mtok": 3.0,
        "price_out_per_mtok": 15.0,
        "label": "Claude Sonnet 4.6",
        "default_for": [PRO],
    },
    {
        "id": "gpt-5-mini",
        "provider": "openai",
        "provider_model": "gpt-5-mini",
        "vision": True,
        "tiers": [PRO],
        "price_in_per_mtok": 0.25,
        "price_out_per_mtok": 2.0,
        "label": "GPT-5 mini",
        "default_for": [PRO],
        "temperature": False,
    },
    {
        "id": "gpt-4.1",
        "provider": "openai",
        "provider_model": "gpt-4.1",
        "vision": True,
        "tiers": [PRO],
        "price_in_per_mtok": 2.0,
        "price_out_per_mtok": 8.0,
        "label": "GPT-4.1",
    },
    {
        "id": OFFLINE,
        "provider": OFFLINE,
        "provider_model": OFFLINE,
        "vision": True,
        "tiers": [FREE, PRO],
        "label": "Offline draft (no AI)",
    },
]


def _model(spec: dict[str, Any]) -> ModelInfo:
    known = {f for f in ModelInfo.__dataclass_fields__ if f != "extra"}
    values = {k: v for k, v in spec.items() if k in known}
    for name in ("tiers", "default_for"):
        if name in values:
            values[name] = tuple(values[name])
    values.setdefault("provider_model", spec["id"])
    values.setdefault("label", spec["id"])
    return ModelInfo(**values, extra={k: v for k, v in spec.items() if k not in known})


@lru_cache(maxsize=8)
def _parse(raw: str | None) -> tuple[ModelInfo, ...]:
    specs = json.loads(raw) if raw else DEFAULT_MODELS
    models = [_model(s) for s in specs]
    if not any(m.provider == OFFLINE for m in models):
        models.append(_model(DEFAULT_MODELS[-1]))  # the flow must always run without keys
    return tuple(models)


def compat_endpoints(settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    settings = settings or get_settings()
    raw = json.loads(settings.openai_compatible_endpoints or "[]")
    return {e["name"]: e for e in raw if e.get("name") and e.get("base_url")}


def provider_configured(provider: str, settings: Settings | None = None) -> bool:
    settings = settings or get_settings()
    if provider == OFFLINE:
        return True
    if provider == "gemini":
        return bool(settings.gemini_api_keys)
    if provider == "anthropic":
        return settings.anthropic_api_key is not None
    if provider == "openai":
        return settings.openai_api_key is not None
    if provider.startswith("compat:"):
        return provider.split(":", 1)[1] in compat_endpoints(settings)
    return False


def all_models() -> tuple[ModelInfo, ...]:
    """Every registered model, configured or not."""
    return _parse(get_settings().llm_models)


def available_models() -> list[ModelInfo]:
    settings = get_settings()
    return [m for m in all_models() if provider_configured(m.provider, settings)]


def get_model(model_id: str) -> ModelInfo:
    for model in all_models():
        if model.id == model_id:
            return model
    raise UnknownModel(details={"model": model_id})


def models_for_tier(tier: str) -> list[ModelInfo]:
    return [m for m in available_models() if tier in m.tiers]


def default_model_id(tier: str, purpose: str = "generation") -> str:
    """The tier's preferred configured model (vision-capable for analysis); offline last."""
    candidates = [m for m in models_for_tier(tier) if m.vision or purpose != "analysis"]
    real = [m for m in candidates if m.provider != OFFLINE]
    for model in real:
        if tier in model.default_for:
            return model.id
    if real:
        return real[0].id
    return OFFLINE
