from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPk, utcnow


class GenerationStatus(StrEnum):
    QUEUED = "queued"
    ANALYZING = "analyzing"  # a stage; older rows may still hold it as their status
    WRITING = "writing"
    VALIDATING = "validating"
    COMPLETED = "completed"
    FAILED = "failed"

    @property
    def finished(self) -> bool:
        return self in TERMINAL_STATUSES


TERMINAL_STATUSES = frozenset({GenerationStatus.COMPLETED, GenerationStatus.FAILED})
ACTIVE_STATUSES = tuple(s for s in GenerationStatus if s not in TERMINAL_STATUSES)


class Generation(UUIDPk, Timestamps, Base):
    __tablename__ = "generations"
    __table_args__ = (
        CheckConstraint(
            "status IN ('queued', 'analyzing', 'writing', 'validating', 'completed', 'failed')",
            name="status",
        ),
        UniqueConstraint("user_id", "idempotency_key"),
        Index("ix_generations_user_id_created_at", "user_id", "created_at"),
        Index("ix_generations_status_updated_at", "status", "updated_at"),
        Index("ix_generations_created_at", "created_at"),
        Index("ix_generations_screenshot_id", "screenshot_id"),
        Index("ix_generations_parent_id", "parent_id"),
        # The exact p95 of durations walks completed durations upward from one bucket.
        Index(
            "ix_generations_completed_duration",
            "duration_ms",
            "created_at",
            postgresql_where=text("status = 'completed' AND duration_ms IS NOT NULL"),
            sqlite_where=text("status = 'completed' AND duration_ms IS NOT NULL"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    screenshot_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("screenshots.id", ondelete="SET NULL")
    )
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("generations.id", ondelete="SET NULL")
    )
    business_profile_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("business_profiles.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), default=GenerationStatus.QUEUED)
    stage: Mapped[str] = mapped_column(String(20), default=GenerationStatus.QUEUED)
    progress: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    message: Mapped[str | None] = mapped_column(String(500))
    business_context: Mapped[dict[str, Any]]
    local_instructions: Mapped[str | None] = mapped_column(Text)
    sections: Mapped[list[Any] | None]  # regenerate only these section positions
    # The offline writer's seed: the same seed gives the same draft; each generation (and so
    # each regenerate) gets a new one. Null on rows made before it existed (read as 0).
    seed: Mapped[int | None] = mapped_column(Integer)
    model_id: Mapped[str | None] = mapped_column(String(100))
    provider: Mapped[str | None] = mapped_column(String(50))
    result: Mapped[dict[str, Any] | None]  # the finished page only (see checkpoint)
    # What a redelivered run resumes from (written texts, fallback, repaired, waiting since);
    # written by the runner at each stage boundary, cleared when the generation ends.
    checkpoint: Mapped[dict[str, Any] | None]
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(String(1000))
    idempotency_key: Mapped[str | None] = mapped_column(String(255))
    request_hash: Mapped[str | None] = mapped_column(String(64))
    tokens_in: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    tokens_out: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cost_usd: Mapped[Decimal] = mapped_column(
        Numeric(12, 6), default=Decimal(0), server_default="0"
    )
    stage_timings: Mapped[dict[str, Any] | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    waiting_for: Mapped[str | None] = mapped_column(String(20))  # "model_slot" while requeued
    retry_at: Mapped[datetime | None]
    quota_day: Mapped[date | None] = mapped_column(Date)
    quota_released: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    duration_ms: Mapped[int | None] = mapped_column(Integer)


class Feedback(UUIDPk, Timestamps, Base):
    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("rating IN ('up', 'down')", name="rating"),
        Index("ix_feedback_created_at", "created_at"),
    )

    generation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("generations.id", ondelete="CASCADE"), unique=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    rating: Mapped[str] = mapped_column(String(4))
    comment: Mapped[str | None] = mapped_column(Text)


class BusinessProfile(UUIDPk, Timestamps, Base):
    __tablename__ = "business_profiles"
    __table_args__ = (UniqueConstraint("user_id", "name"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    business_context: Mapped[dict[str, Any]]
