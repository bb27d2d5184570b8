"""The public configuration a front end reads at start-up (GET /api/v1/config)."""

from __future__ import annotations

from app.core.config import Settings
from app.core.tiers import FREE, all_tiers
from app.integrations import stripe_client
from app.llm.registry import OFFLINE, available_models, default_model_id
from app.schemas.public_config import (
    BillingOut,
    PublicConfig,
    SignInMethods,
    TierOut,
    UploadRules,
)
from app.services.model_gateway.policy import may_use, model_out
from app.services.screenshots.images import ALLOWED_FORMATS, MIME_TYPES


def public_config(settings: Settings) -> PublicConfig:
    models = available_models()
    tiers = [
        TierOut(
            name=tier.name,
            daily_generations=tier.daily_generations,
            monthly_tokens=tier.monthly_tokens,
            price_usd_month=tier.price_usd_month,
            global_instructions=tier.global_instructions,
            business_profiles=tier.business_profiles,
            models=[m.id for m in models if may_use(m, tier.name)],
            default_model=default_model_id(tier.name, "generation"),
        )
        for tier in all_tiers().values()
    ]
    free_default = default_model_id(FREE, "generation")
    return PublicConfig(
        environment=settings.environment,
        sign_in=SignInMethods(
            password=True,
            magic_link=True,
            google=bool(settings.google_client_id),
            google_client_id=settings.google_client_id or None,
        ),
        billing=BillingOut(enabled=stripe_client.is_configured(), tiers=tiers),
        models=[model_out(m, default=m.id == free_default) for m in models],
        offline_only=all(m.provider == OFFLINE for m in models),
        uploads=UploadRules(
            max_bytes=settings.upload_max_bytes,
            max_pixels=settings.upload_max_pixels,
            formats=[MIME_TYPES[f] for f in ALLOWED_FORMATS],
        ),
    )
