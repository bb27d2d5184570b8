"""Google ID token verification: RS256 signature against Google's JWKS (fetched with httpx,
cached per Cache-Control max-age, one refetch when a key id is unknown), then iss, aud,
exp and email_verified."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from typing import Any

import httpx
import structlog
from jose import JWTError, jwt

from app.core.config import get_settings
from app.core.security import REQUIRED_CLAIMS

log = structlog.get_logger(__name__)
_MAX_AGE = re.compile(r"max-age=(\d+)")
DEFAULT_CACHE_SECONDS = 300


class GoogleTokenError(Exception):
    """The ID token is not acceptable; `reason` is safe to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class GoogleUnavailable(Exception):
    """Google's key endpoint could not be reached or answered nonsense."""


class GoogleNotConfigured(Exception):
    """No GOOGLE_CLIENT_ID: Google sign-in is off on this deployment (not a passing outage)."""


@dataclass(frozen=True)
class GoogleIdentity:
    sub: str
    email: str
    email_verified: bool
    name: str | None
    picture: str | None


class JwksCache:
    def __init__(self) -> None:
        self._keys: dict[str, dict[str, Any]] = {}
        self._expires_at = 0.0
        self._url: str | None = None
        self._lock = asyncio.Lock()

    def clear(self) -> None:
        self._keys, self._expires_at, self._url = {}, 0.0, None

    async def _fetch(self, url: str) -> None:
        try:
            async with httpx.AsyncClient(timeout=5.0) as client:
                response = await client.get(url)
                response.raise_for_status()
                body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise GoogleUnavailable("could not fetch Google's signing keys") from exc
        keys = {k["kid"]: k for k in body.get("keys", []) if isinstance(k, dict) and "kid" in k}
        match = _MAX_AGE.search(response.headers.get("cache-control", ""))
        max_age = int(match.group(1)) if match else DEFAULT_CACHE_SECONDS
        self._keys, self._url = keys, url
        self._expires_at = time.monotonic() + max_age
        log.info("google.jwks_fetched", keys=len(keys), max_age=max_age)

    async def key(self, kid: str) -> dict[str, Any] | None:
        url = get_settings().google_jwks_url
        async with self._lock:
            fresh = False
            if url != self._url or time.monotonic() >= self._expires_at:
                await self._fetch(url)
                fresh = True
            if kid not in self._keys and not fresh:
                # Google rotates keys; an unknown kid earns exactly one refetch.
                await self._fetch(url)
            return self._keys.get(kid)


jwks_cache = JwksCache()


async def verify_id_token(id_token: str) -> GoogleIdentity:
    settings = get_settings()
    if not settings.google_client_id:
        raise GoogleNotConfigured("Google sign-in is not configured")
    try:
        header = jwt.get_unverified_header(id_token)
    except JWTError as exc:
        raise GoogleTokenError("malformed token") from exc
    if header.get("alg") != "RS256" or not isinstance(header.get("kid"), str):
        raise GoogleTokenError("unexpected token algorithm")
    key = await jwks_cache.key(header["kid"])
    if key is None:
        raise GoogleTokenError("unknown signing key")
    try:
        claims = jwt.decode(
            id_token,
            key,
            algorithms=["RS256"],
            audience=settings.google_client_id,
            options={**REQUIRED_CLAIMS, "verify_at_hash": False},
        )
    except JWTError as exc:
        raise GoogleTokenError("invalid signature or claims") from exc
    if claims.get("iss") not in settings.google_issuers:
        raise GoogleTokenError("wrong issuer")
    email = claims.get("email")
    if not isinstance(email, str) or not email:
        raise GoogleTokenError("no email in token")
    verified = claims.get("email_verified") in (True, "true")
    if not verified:
        raise GoogleTokenError("email not verified by Google")
    return GoogleIdentity(
        sub=str(claims["sub"]),
        email=email,
        email_verified=verified,
        name=claims.get("name"),
        picture=claims.get("picture"),
    )
