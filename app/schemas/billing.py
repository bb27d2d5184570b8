"""Request and response bodies of the billing, webhook and usage routes."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from app.core.tiers import PRO, PaidTierName
from app.schemas.base import RequestModel


class CheckoutRequest(RequestModel):
    plan: PaidTierName = Field(PRO, description="The plan to subscribe to.")


class CheckoutSessionOut(BaseModel):
    id: str = Field(description="Stripe Checkout session id.")
    url: str = Field(description="Redirect the browser here.")


class PortalSessionOut(BaseModel):
    url: str = Field(description="Redirect the browser to Stripe's billing portal.")


class SubscriptionOut(BaseModel):
    plan: str = Field(description="The tier the account has now (free or pro).")
    status: str = Field(
        description="Stripe status (active, trialing, past_due, canceled, unpaid, ...) or 'none'."
    )
    current_period_start: datetime | None = None
    current_period_end: datetime | None = None
    cancel_at_period_end: bool = False
    canceled_at: datetime | None = None
    past_due_since: datetime | None = None
    grace_until: datetime | None = Field(
        None, description="While past_due: pro is kept until this time."
    )
    has_billing_account: bool = Field(description="A Stripe customer exists (portal usable).")
    billing_enabled: bool = Field(description="Stripe is configured (checkout/portal usable).")


class WebhookAck(BaseModel):
    received: bool = True
    duplicate: bool = Field(False, description="This event id was stored before.")
    ignored: str | None = Field(
        None,
        description="Signed but never storable (not an event, fields too long, control "
        "characters, created out of range): acknowledged so Stripe stops retrying; not stored.",
    )


class UsageOut(BaseModel):
    tier: str
    day: date = Field(description="Today's date in the quota time zone.")
    generations_used: int
    generations_limit: int
    generations_remaining: int
    resets_at: datetime = Field(description="When today's counter starts again (UTC).")
    period_start: datetime = Field(description="Start of this billing period.")
    tokens_used: int = Field(description="Tokens used in this billing period.")
    tokens_limit: int | None = Field(description="Token budget per period; null = none.")
