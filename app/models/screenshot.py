from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPk


class Screenshot(UUIDPk, Timestamps, Base):
    __tablename__ = "screenshots"
    __table_args__ = (
        UniqueConstraint("user_id", "content_hash"),
        Index("ix_screenshots_user_id_created_at", "user_id", "created_at"),
        Index("ix_screenshots_analysis_status", "analysis_status"),
        Index("ix_screenshots_user_id_upload_hash", "user_id", "upload_hash"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    content_hash: Mapped[str] = mapped_column(String(64))
    # sha256 of the bytes as uploaded: a duplicate is found before anything is decoded.
    upload_hash: Mapped[str | None] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(500))
    image_format: Mapped[str] = mapped_column(String(10))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(Integer)
    original_filename: Mapped[str | None] = mapped_column(String(255))
    # pending -> running -> completed | failed
    analysis_status: Mapped[str] = mapped_column(String(20), default="pending")
    analysis: Mapped[dict[str, Any] | None]
    analysis_model: Mapped[str | None] = mapped_column(String(100))
    analysis_error_code: Mapped[str | None] = mapped_column(String(64))
    analysis_error_message: Mapped[str | None] = mapped_column(String(1000))
    analysis_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Runs put back because every model slot was busy (not counted against the attempt limit).
    analysis_requeues: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    analysis_waiting_for: Mapped[str | None] = mapped_column(String(20))  # "model_slot"
    analysis_retry_at: Mapped[datetime | None]
    analysis_started_at: Mapped[datetime | None]
    analysis_completed_at: Mapped[datetime | None]
