"""Every ORM model, imported so that Base.metadata knows all tables (Alembic, tests)."""

from app.models.analytics import AdminAuditLog, AnalyticsEvent
from app.models.auth import AuthSession, LoginToken, RefreshToken
from app.models.base import Base
from app.models.billing import StripeEvent, Subscription
from app.models.generation import BusinessProfile, Feedback, Generation, GenerationStatus
from app.models.rollups import (
    RollupActivity,
    RollupActivityDelta,
    RollupDuration,
    RollupGeneration,
    RollupGenerationDelta,
    RollupUsage,
    RollupUsageDelta,
)
from app.models.screenshot import Screenshot
from app.models.usage import UsageDaily, UsageLog
from app.models.user import User

__all__ = [
    "AdminAuditLog",
    "AnalyticsEvent",
    "AuthSession",
    "Base",
    "BusinessProfile",
    "Feedback",
    "Generation",
    "GenerationStatus",
    "LoginToken",
    "RefreshToken",
    "RollupActivity",
    "RollupActivityDelta",
    "RollupDuration",
    "RollupGeneration",
    "RollupGenerationDelta",
    "RollupUsage",
    "RollupUsageDelta",
    "Screenshot",
    "StripeEvent",
    "Subscription",
    "UsageDaily",
    "UsageLog",
    "User",
]
