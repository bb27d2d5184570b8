"""Subscription tiers: their names, limits, features and which models they may use.

Configuration, not literals: the TIERS setting (JSON) replaces DEFAULT_TIERS. Every other
module names a tier through FREE / PRO (or TierName in schemas) and asks the Tier object
for its rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, Literal, Protocol

from app.core.config import get_settings

FREE: Final = "free"  # every account starts here; the tier an unknown name falls back to
PRO: Final = "pro"  # what an active subscription grants
TierName = Literal["free", "pro"]  # the same names, for schemas (mypy needs literals)
PaidTierName = Literal["pro"]


class _Model(Protocol):
    @property
    def provider(self) -> str: ...
    @property
    def tiers(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Tier:
    name: str
    daily_generations: int
    monthly_tokens: int | None
    providers: tuple[str, ...] | None  # None = every provider
    global_instructions: bool
    business_profiles: bool
    priority_queue: bool
    price_usd_month: float

    @property
    def paid(self) -> bool:
        return self.name != FREE

    def may_use(self, model: _Model) -> bool:
        """The model lists this tier and the tier allows the model's provider."""
        allowed = self.providers
        provider_ok = (
            allowed is None
            or model.provider in allowed
            or (model.provider.startswith("compat:") and "compat" in allowed)
        )
        return self.name in model.tiers and provider_ok


DEFAULT_TIERS: dict[str, dict[str, Any]] = {
    FREE: {
        "daily_generations": 5,
        "monthly_tokens": None,
        "providers": ["gemini", "offline"],
        "global_instructions": False,
        "business_profiles": False,
        "priority_queue": False,
        "price_usd_month": 0.0,
    },
    PRO: {
        "daily_generations": 100,
        "monthly_tokens": 500_000,
        "providers": None,
        "global_instructions": True,
        "business_profiles": True,
        "priority_queue": True,
        "price_usd_month": 29.99,
    },
}


@lru_cache
def all_tiers() -> dict[str, Tier]:
    raw = get_settings().tiers
    spec = json.loads(raw) if raw else DEFAULT_TIERS
    tiers = {}
    for name, values in spec.items():
        providers = values.get("providers")
        tiers[name] = Tier(
            name=name,
            daily_generations=int(values["daily_generations"]),
            monthly_tokens=values.get("monthly_tokens"),
            providers=tuple(providers) if providers is not None else None,
            global_instructions=bool(values.get("global_instructions", False)),
            business_profiles=bool(values.get("business_profiles", False)),
            priority_queue=bool(values.get("priority_queue", False)),
            price_usd_month=float(values.get("price_usd_month", 0.0)),
        )
    return tiers


def get_tier(name: str) -> Tier:
    tiers = all_tiers()
    return tiers.get(name) or tiers[FREE]
