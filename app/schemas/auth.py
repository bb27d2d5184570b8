"""Request and response bodies of /api/v1/auth."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from app.core.security import BCRYPT_MAX_BYTES
from app.schemas.base import RequestModel
from app.schemas.users import UserOut

Transport = Literal["bearer", "cookie"]
TRANSPORT_DOC = "'cookie': tokens are set as HTTP-only cookies and left out of the body."


def check_password_bytes(value: str) -> str:
    # bcrypt reads 72 bytes at most; we refuse longer input rather than silently truncate.
    if len(value.encode()) > BCRYPT_MAX_BYTES:
        raise ValueError(
            f"password must be at most {BCRYPT_MAX_BYTES} bytes in UTF-8 "
            "(fewer characters when using accents, non-Latin scripts or emoji)"
        )
    return value


class _Strict(RequestModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)


class RegisterIn(_Strict):
    email: EmailStr = Field(max_length=320)
    password: str = Field(min_length=8, max_length=128)
    full_name: str | None = Field(None, max_length=200)

    _bytes = field_validator("password")(check_password_bytes)


class LoginIn(_Strict):
    email: EmailStr = Field(max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    remember_me: bool = False
    transport: Transport = Field("bearer", description=TRANSPORT_DOC)


class RefreshIn(_Strict):
    refresh_token: str | None = Field(
        None, max_length=512, description="Omit in cookie mode: the refresh cookie is used."
    )
    transport: Transport | None = Field(
        None, description="Defaults to 'cookie' when the token came from the cookie."
    )


class GoogleIn(_Strict):
    id_token: str = Field(min_length=1, max_length=8192)
    remember_me: bool = False
    transport: Transport = Field("bearer", description=TRANSPORT_DOC)


class EmailIn(_Strict):
    email: EmailStr = Field(max_length=320)


class MagicLinkVerifyIn(_Strict):
    token: str = Field(min_length=1, max_length=512)
    remember_me: bool = False
    transport: Transport = Field("bearer", description=TRANSPORT_DOC)


class PasswordResetConfirmIn(_Strict):
    token: str = Field(min_length=1, max_length=512)
    new_password: str = Field(min_length=8, max_length=128)
    transport: Transport = Field("bearer", description=TRANSPORT_DOC)

    _bytes = field_validator("new_password")(check_password_bytes)


class AuthOut(BaseModel):
    user: UserOut
    access_token: str | None = Field(None, description="Null in cookie mode.")
    refresh_token: str | None = Field(None, description="Null in cookie mode.")
    token_type: Literal["bearer", "cookie"] = "bearer"
    expires_in: int = Field(description="Access token lifetime in seconds.")
    csrf_token: str | None = Field(
        None, description="Cookie mode: send it back in the X-CSRF-Token header."
    )


class AcceptedOut(BaseModel):
    message: str
