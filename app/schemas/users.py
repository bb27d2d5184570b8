"""Bodies of /api/v1/users/me."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from app.schemas.base import RequestModel


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    full_name: str | None
    avatar_url: str | None
    auth_provider: str
    email_verified: bool
    subscription_tier: str
    effective_tier: str
    is_admin: bool
    created_at: datetime
    last_login_at: datetime | None


class UserUpdate(RequestModel):
    """Only the name and avatar; any other field (tier, is_admin, billing) is ignored."""

    model_config = ConfigDict(extra="ignore")

    full_name: str | None = Field(None, max_length=200)
    avatar_url: HttpUrl | None = Field(None, description="http(s) URL of a profile picture.")

    @field_validator("avatar_url")
    @classmethod
    def _short_enough(cls, value: HttpUrl | None) -> HttpUrl | None:
        if value is not None and len(str(value)) > 1000:
            raise ValueError("avatar_url is longer than 1000 characters")
        return value


class SessionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    method: str
    user_agent: str | None
    ip_address: str | None
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    current: bool = False
