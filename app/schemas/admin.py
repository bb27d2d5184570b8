"""Request and response bodies of the admin routes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel

# --- analytics -------------------------------------------------------------------------


class AnalyticsRange(BaseModel):
    from_date: date
    to_date: date
    start: datetime = Field(description="Inclusive UTC start: from_date 00:00.")
    end: datetime = Field(description="Exclusive UTC end: the day after to_date, 00:00.")
    generated_at: datetime
    cached: bool = False


class ActiveUsers(BaseModel):
    daily: int = Field(description="Distinct users active in [end - 1 day, end).")
    weekly: int = Field(description="Distinct users active in [end - 7 days, end).")
    monthly: int = Field(description="Distinct users active in [end - 30 days, end).")


class SignupDay(BaseModel):
    day: date
    total: int
    by_method: dict[str, int]


class CountryCount(BaseModel):
    country: str
    users: int


class UserFigures(BaseModel):
    total: int = Field(description="Users created before the range's end.")
    new_in_range: int
    active: ActiveUsers
    by_tier: dict[str, int] = Field(description="Effective tier: override, else subscription.")
    signups_per_day: list[SignupDay]
    geography: list[CountryCount]


class GenerationDay(BaseModel):
    day: date
    total: int
    by_status: dict[str, int]
    by_model: dict[str, int]


class StatusCounts(BaseModel):
    total: int
    by_status: dict[str, int]


class DurationFigures(BaseModel):
    completed_count: int
    avg_ms: float | None
    p95_ms: float | None


class GenerationFigures(BaseModel):
    today: StatusCounts = Field(description="Generations created on the current UTC day.")
    total: int
    by_status: dict[str, int]
    by_model: dict[str, int]
    per_day: list[GenerationDay]
    duration: DurationFigures
    success_rate: float | None = Field(description="completed / (completed + failed).")


class UsageTotal(BaseModel):
    provider: str
    model: str
    calls: int
    tokens_in: int
    tokens_out: int
    cost_usd: float


class UsageRow(UsageTotal):
    day: date


class UsageFigures(BaseModel):
    per_day: list[UsageRow]
    totals: list[UsageTotal]
    total_cost_usd: float


class RevenueFigures(BaseModel):
    active_pro_subscriptions: int = Field(description="Subscriptions in active or trialing.")
    by_status: dict[str, int]
    price_usd_month: float
    mrr_usd: float


class FeedbackFigures(BaseModel):
    up: int
    down: int
    up_ratio: float | None = Field(description="up / (up + down); null without feedback.")


class KeyUsage(BaseModel):
    key_label: str
    calls: int
    tokens_in: int
    tokens_out: int
    outcomes: dict[str, int]
    last_used_at: datetime | None


class KeyPoolFigures(BaseModel):
    source: Literal["keypool", "usage_logs"]
    configured_keys: int
    keys: list[KeyUsage] = Field(description="Per-key calls in the range, from the usage ledger.")
    live: dict[str, Any] | None = Field(
        None, description="The key pool's own live summary (state, limits), when available."
    )


class AnalyticsOut(BaseModel):
    range: AnalyticsRange
    users: UserFigures
    generations: GenerationFigures
    usage: UsageFigures
    revenue: RevenueFigures
    feedback: FeedbackFigures
    key_pool: KeyPoolFigures


# --- users -----------------------------------------------------------------------------


class AdminUserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    full_name: str | None
    auth_provider: str
    email_verified: bool
    is_active: bool
    is_admin: bool
    subscription_tier: str
    tier_override: str | None
    tier_override_reason: str | None
    effective_tier: str
    country: str | None
    created_at: datetime
    last_login_at: datetime | None
    last_active_at: datetime | None


class AdminUserPage(BaseModel):
    items: list[AdminUserOut]
    next_cursor: str | None


class UserUsage(BaseModel):
    generations_total: int
    generations_by_status: dict[str, int]
    generations_today: int = Field(description="Quota slots used today (quota time zone).")
    tokens_in: int
    tokens_out: int
    period_start: datetime = Field(
        description="Start of the user's current billing period (the subscription's, else the "
        "1st of the month, UTC): the same period as GET /users/me/usage and the token budget."
    )
    tokens_this_period: int = Field(
        description="Tokens in + out since period_start: what the user sees on their usage "
        "page and what the pro token budget counts."
    )
    tokens_this_month: int = Field(
        deprecated=True,
        description="Deprecated: the same figure as tokens_this_period (the billing period, "
        "no longer the calendar month); use tokens_this_period.",
    )
    cost_usd: float
    last_generation_at: datetime | None


class SubscriptionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: str
    stripe_subscription_id: str
    stripe_price_id: str | None
    current_period_start: datetime | None
    current_period_end: datetime | None
    cancel_at_period_end: bool
    canceled_at: datetime | None


class AdminGenerationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    user_id: uuid.UUID
    user_email: str | None = None
    status: str
    stage: str
    # Named like the user routes' `model`; read from the row's model_id column.
    model: str | None = Field(validation_alias=AliasChoices("model", "model_id"))
    provider: str | None
    tokens_in: int
    tokens_out: int
    cost_usd: float
    duration_ms: int | None
    error_code: str | None
    error_message: str | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None


class AdminUserDetail(BaseModel):
    user: AdminUserOut
    usage: UserUsage
    subscription: SubscriptionOut | None
    recent_generations: list[AdminGenerationOut]


class AdminUserUpdate(RequestModel):
    """Only the fields sent are changed. `tier_override: null` clears the override."""

    model_config = ConfigDict(extra="forbid")

    tier_override: str | None = Field(None, max_length=20)
    reason: str | None = Field(
        None, max_length=500, description="Required when tier_override is sent; audited."
    )
    is_active: bool | None = None
    is_admin: bool | None = None


class AdminGenerationPage(BaseModel):
    items: list[AdminGenerationOut]
    next_cursor: str | None


# --- audit log -------------------------------------------------------------------------


class AuditEntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    admin_id: uuid.UUID | None
    action: str
    resource_type: str
    resource_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    ip_address: str | None
    user_agent: str | None
    created_at: datetime


class AuditPage(BaseModel):
    items: list[AuditEntryOut]
    next_cursor: str | None
