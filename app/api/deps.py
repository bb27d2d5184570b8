"""Dependency aliases for routes. The session dependency is the request's unit of work."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

import structlog
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.core.errors import Forbidden, Unauthorized
from app.core.security import constant_time_equals
from app.db.session import unit_of_work
from app.services.analytics.events import ClientMeta
from app.services.analytics.geo import resolve_country
from app.services.auth.csrf import verify_csrf_token
from app.services.auth.current import User, user_from_access_token


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """Commit when the route returns, roll back when it raises; send queued tasks after."""
    async with unit_of_work() as session:
        yield session


# scope="function": the commit happens before the response is sent, so a client that got
# 201/202 can read what it made at once, and a failed commit is an error answer, not a
# success followed by a lost write (FastAPI ends yield dependencies after the response by
# default).
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def client_ip(request: Request) -> str | None:
    """The client address; X-Forwarded-For is believed only from configured proxies."""
    peer = request.client.host if request.client else None
    settings = get_settings()
    if peer and peer in settings.trusted_proxies:
        forwarded = request.headers.get("x-forwarded-for", "")
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        # Walk from the nearest hop back; the first untrusted address is the client.
        for hop in reversed(hops):
            if hop not in settings.trusted_proxies:
                return hop
    return peer


ACCESS_COOKIE = "pw_access"
REFRESH_COOKIE = "pw_refresh"
CSRF_COOKIE = "pw_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Authenticated by their own signature, never by our cookies.
CSRF_EXEMPT_PATHS = frozenset({"/api/v1/webhooks/stripe"})


def cookie_name(base: str) -> str:
    settings = get_settings()
    return f"__Host-{base}" if settings.cookie_host_prefix and settings.cookie_secure else base


def client_meta(request: Request) -> ClientMeta:
    settings = get_settings()
    header = request.headers.get(settings.country_header) if settings.country_header else None
    ip = client_ip(request)
    return ClientMeta(
        ip_address=ip,
        user_agent=request.headers.get("user-agent"),
        country=resolve_country(header, ip),
    )


MetaDep = Annotated[ClientMeta, Depends(client_meta)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


async def get_current_user(request: Request, session: SessionDep) -> User:
    """Bearer header first (API clients), else the access cookie (browsers)."""
    token = _bearer(request)
    transport = "bearer"
    if token is None:
        token = request.cookies.get(cookie_name(ACCESS_COOKIE))
        transport = "cookie"
    if not token:
        raise Unauthorized()
    user, claims = await user_from_access_token(session, token)
    if transport == "cookie":
        check_csrf(request, claims.session_id)
    request.state.user_id = user.id
    request.state.session_id = claims.session_id
    request.state.auth_transport = transport
    structlog.contextvars.bind_contextvars(user_id=str(user.id))
    return user


def check_csrf(request: Request, session_id: uuid.UUID) -> None:
    """Cookie-authenticated state changes need the double-submitted CSRF token: the header
    must equal the CSRF cookie and carry a signature bound to this session. Bearer requests
    skip this (a browser never attaches an Authorization header on its own)."""
    if request.method in SAFE_METHODS or request.url.path in CSRF_EXEMPT_PATHS:
        return
    header = request.headers.get(CSRF_HEADER)
    cookie = request.cookies.get(cookie_name(CSRF_COOKIE))
    if (
        not header
        or not cookie
        or not constant_time_equals(header, cookie)
        or not verify_csrf_token(header, session_id)
    ):
        raise Forbidden(
            "Missing or invalid CSRF token; send the X-CSRF-Token header.",
            error_code="CSRF_FAILED",
        )


async def get_admin_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("Administrators only.", error_code="ADMIN_REQUIRED")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
AdminUser = Annotated[User, Depends(get_admin_user)]
