from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.tiers import FREE, PRO
from app.models.base import Base, Timestamps, UUIDPk


class User(UUIDPk, Timestamps, Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"subscription_tier IN ('{FREE}', '{PRO}')", name="tier"),
        CheckConstraint("auth_provider IN ('email', 'google', 'magic_link')", name="provider"),
        Index("ix_users_created_at", "created_at"),
    )

    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    full_name: Mapped[str | None] = mapped_column(String(200))
    avatar_url: Mapped[str | None] = mapped_column(String(1000))
    auth_provider: Mapped[str] = mapped_column(String(20), default="email")
    google_sub: Mapped[str | None] = mapped_column(String(255), unique=True)
    email_verified: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    subscription_tier: Mapped[str] = mapped_column(String(20), default=FREE, server_default=FREE)
    tier_override: Mapped[str | None] = mapped_column(String(20))
    tier_override_reason: Mapped[str | None] = mapped_column(String(500))
    stripe_customer_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    global_instructions: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    last_login_at: Mapped[datetime | None]
    last_active_at: Mapped[datetime | None]

    @property
    def effective_tier(self) -> str:
        return self.tier_override or self.subscription_tier
