"""GET /api/v1/config: what a front end may offer before anyone signs in."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.schemas.llm import ModelOut


class SignInMethods(BaseModel):
    password: bool = Field(description="Email and password (register, login, reset)")
    magic_link: bool = Field(description="Emailed single-use sign-in links")
    google: bool = Field(description="Google sign-in is configured; hide the button when false")
    google_client_id: str | None = Field(
        description="The OAuth client id the Google button must use (public by design)"
    )


class TierOut(BaseModel):
    name: str
    daily_generations: int
    monthly_tokens: int | None
    price_usd_month: float
    global_instructions: bool
    business_profiles: bool
    models: list[str] = Field(description="Ids of the configured models this tier may pick")
    default_model: str = Field(description="Used when a generation names no model")


class BillingOut(BaseModel):
    enabled: bool = Field(description="Stripe is configured: checkout and portal work")
    tiers: list[TierOut]


class UploadRules(BaseModel):
    max_bytes: int
    max_pixels: int
    formats: list[str]


class PublicConfig(BaseModel):
    environment: str
    sign_in: SignInMethods
    billing: BillingOut
    models: list[ModelOut] = Field(description="Every configured model, premium ones flagged")
    offline_only: bool = Field(description="No provider key is set: the offline analyser/writer")
    uploads: UploadRules
