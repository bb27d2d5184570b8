"""Password hashing, JWT access tokens and opaque tokens. No I/O here."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from jose import JWTError, jwt
from passlib.context import CryptContext

from app.core.bounds import from_timestamp
from app.core.config import get_settings

JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"
# Claims every signed token we accept must carry (ours and Google's ID tokens).
REQUIRED_CLAIMS = {
    "require_exp": True,
    "require_iat": True,
    "require_sub": True,
    "require_aud": True,
    "require_iss": True,
}
# bcrypt reads at most 72 bytes. Rule: a password's UTF-8 form may be at most 72 bytes
# (checked at the API as a 422); longer input never reaches bcrypt, so no silent truncation.
BCRYPT_MAX_BYTES = 72


@lru_cache
def _password_context() -> CryptContext:
    rounds = get_settings().bcrypt_rounds
    return CryptContext(schemes=["bcrypt"], bcrypt__rounds=rounds, deprecated="auto")


def hash_password(password: str) -> str:
    if len(password.encode()) > BCRYPT_MAX_BYTES:
        raise ValueError("password longer than 72 bytes")
    return _password_context().hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Constant work whether or not the user exists: unknown users check a dummy hash."""
    if len(password.encode()) > BCRYPT_MAX_BYTES:
        password = password.encode()[:BCRYPT_MAX_BYTES].decode(errors="ignore")
    target = password_hash or _dummy_hash()
    try:
        ok = _password_context().verify(password, target)
    except ValueError:
        return False
    return bool(ok) and password_hash is not None


@lru_cache
def _dummy_hash() -> str:
    return _password_context().hash(secrets.token_urlsafe(16))


def new_opaque_token() -> tuple[str, str]:
    """A 256-bit random token and the SHA-256 hash we store instead of it."""
    raw = secrets.token_urlsafe(32)
    return raw, hash_token(raw)


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    session_id: uuid.UUID
    expires_at: datetime


class InvalidToken(Exception):
    pass


def create_access_token(
    *, user_id: uuid.UUID, session_id: uuid.UUID, now: datetime | None = None
) -> tuple[str, int]:
    settings = get_settings()
    now = now or datetime.now(UTC)
    lifetime = timedelta(minutes=settings.access_token_minutes)
    claims: dict[str, Any] = {
        "sub": str(user_id),
        "sid": str(session_id),
        "type": ACCESS_TOKEN_TYPE,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm=JWT_ALGORITHM)
    return token, int(lifetime.total_seconds())


def decode_access_token(token: str) -> AccessClaims:
    settings = get_settings()
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != JWT_ALGORITHM:
            raise InvalidToken("unexpected algorithm")
        claims = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[JWT_ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options=REQUIRED_CLAIMS,
        )
        if claims.get("type") != ACCESS_TOKEN_TYPE or "sid" not in claims:
            raise InvalidToken("not an access token")
        return AccessClaims(
            user_id=uuid.UUID(claims["sub"]),
            session_id=uuid.UUID(claims["sid"]),
            expires_at=from_timestamp(claims["exp"]),
        )
    except (JWTError, ValueError, KeyError, TypeError, OverflowError) as exc:
        raise InvalidToken(str(exc)) from exc


def sign(value: str) -> str:
    """HMAC-SHA256 of value with the secret key (CSRF tokens, idempotency)."""
    key = get_settings().secret_key.get_secret_value().encode()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def constant_time_equals(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
