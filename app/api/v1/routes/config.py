"""Public service configuration for front ends (no sign-in needed)."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import SettingsDep
from app.schemas.public_config import PublicConfig
from app.services.system.public_config import public_config

router = APIRouter(prefix="/config", tags=["config"])


@router.get(
    "",
    response_model=PublicConfig,
    summary="Sign-in methods, billing, tiers and models this deployment offers",
)
async def get_public_config(settings: SettingsDep) -> PublicConfig:
    return public_config(settings)
