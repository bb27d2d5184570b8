"""Rate limits: a slowapi Limiter (Redis storage when REDIS_URL is set, memory otherwise)
used through small FastAPI dependencies instead of decorators, so limits can key on the
client IP, the signed-in user, or an account named in the body.

- Limits come from settings at call time (`"10/minute"` strings or a callable).
- Every checked response carries X-RateLimit-Limit/-Remaining/-Reset (the tightest limit),
  error answers of the route too (kept on request.state for the error handlers); a refusal
  is the usual error shape, 429 RATE_LIMITED, with Retry-After.
- When the store is down the check fails open and logs `ratelimit.store_unavailable`.
- A Redis Cluster REDIS_URL (`redis+cluster://h1:p1,h2:p2`) is the `limits` package's own
  cluster scheme; each moving-window check is one key, so it needs no hash tag.
- settings.rate_limit_enabled=false turns every check off (the test suite's default).
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import structlog
from fastapi import Depends, Request, Response
from limits import RateLimitItem, parse
from redis.backoff import NoBackoff
from redis.retry import Retry
from slowapi import Limiter

from app.api.deps import client_ip, get_current_user
from app.core.config import get_settings, is_cluster_url
from app.core.errors import TooManyRequests
from app.core.redis import Breaker
from app.models import User

log = structlog.get_logger(__name__)
LimitSpec = str | Callable[[], str]

_limiter: Limiter | None = None
_limiter_lock = threading.Lock()
_storage_uri: str | None = None  # the store of the next limiter built (None: REDIS_URL)
# A store that failed is skipped (fail open at once) for a while: one timeout per interval.
store_breaker = Breaker("ratelimit", lambda: get_settings().redis_breaker_seconds)


def build_limiter(storage_uri: str | None = None) -> Limiter:
    settings = get_settings()
    uri = storage_uri or settings.redis_url or "memory://"
    options: dict[str, Any] = {}
    if uri.startswith(("redis://", "rediss://")) or is_cluster_url(uri):
        # Our prefix, so tests and operators find (and clean) the keys with the rest.
        # Short timeouts, no retries: a stalled store costs one timeout (then the breaker).
        timeout = settings.redis_request_timeout_seconds
        options = {
            "key_prefix": settings.redis_key_prefix + "ratelimit",
            "socket_timeout": timeout,
            "socket_connect_timeout": timeout,
            "retry": Retry(NoBackoff(), 0),
        }
    if uri.startswith("rediss+cluster://"):  # `limits` names TLS with an option instead
        uri, options["ssl"] = "redis+cluster://" + uri.split("://", 1)[1], True
    return Limiter(
        key_func=lambda: "unused",
        storage_uri=uri,
        storage_options=options,
        strategy="moving-window",
        headers_enabled=True,
    )


def get_limiter() -> Limiter:
    """The limiter, built on first use. Off the event loop: a cluster client connects (and
    may wait for a dead node) when it is made."""
    global _limiter
    limiter = _limiter
    if limiter is not None:  # every rate-limited request: no lock once it is built
        return limiter
    with _limiter_lock:
        if _limiter is None:
            _limiter = build_limiter(_storage_uri)
        return _limiter


def set_limiter(limiter: Limiter | None, *, storage_uri: str | None = None) -> None:
    """Use `limiter`, or (None) build one on first use, on `storage_uri` or REDIS_URL."""
    global _limiter, _storage_uri
    _limiter = limiter
    _storage_uri = storage_uri
    store_breaker.reset()


def _resolve(spec: LimitSpec) -> RateLimitItem:
    return parse(spec() if callable(spec) else spec)


def _hit(item: RateLimitItem, scope: str, key: str) -> tuple[bool, int, float]:
    strategy = get_limiter().limiter
    allowed = strategy.hit(item, scope, key)
    stats = strategy.get_window_stats(item, scope, key)
    return allowed, stats.remaining, stats.reset_time


async def enforce(
    request: Request, response: Response, spec: LimitSpec, *, scope: str, key: str
) -> None:
    """Count one hit of `key` in `scope` against `spec`; 429 when over."""
    if not get_settings().rate_limit_enabled:
        return
    item = _resolve(spec)
    if not store_breaker.allow():
        return  # the store is known to be down: fail open without waiting for it
    try:
        # limits' Redis storage is synchronous: keep it off the event loop (the in-memory
        # store of the embedded mode never fails, so it never trips the breaker).
        allowed, remaining, reset = await asyncio.to_thread(_hit, item, scope, key)
    except Exception:
        store_breaker.failed()
        log.warning("ratelimit.store_unavailable", scope=scope, exc_info=True)
        return
    store_breaker.succeeded()
    headers = {
        "X-RateLimit-Limit": str(item.amount),
        "X-RateLimit-Remaining": str(max(0, remaining)),
        "X-RateLimit-Reset": str(math.ceil(reset)),
    }
    if not allowed:
        retry_after = max(1, math.ceil(reset - time.time()))
        raise TooManyRequests(
            "Too many attempts; try again later.", retry_after=retry_after, headers=headers
        )
    current = response.headers.get("X-RateLimit-Remaining")
    if current is None or int(current) >= remaining:
        response.headers.update(headers)
        request.state.ratelimit_headers = headers  # for a 401/422 the route may still give


def account_key(value: str) -> str:
    """Keys name accounts by hash: no email addresses in Redis."""
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]


def limit_per_ip(spec: LimitSpec, scope: str) -> Callable[..., Awaitable[None]]:
    async def dependency(request: Request, response: Response) -> None:
        await enforce(
            request, response, spec, scope=f"{scope}:ip", key=client_ip(request) or "unknown"
        )

    return dependency


def limit_per_user(spec: LimitSpec, scope: str = "user") -> Callable[..., Awaitable[None]]:
    """For signed-in routes: `dependencies=[Depends(limit_per_user("30/minute", "gen"))]`."""

    async def dependency(
        request: Request, response: Response, user: Annotated[User, Depends(get_current_user)]
    ) -> None:
        await enforce(request, response, spec, scope=f"{scope}:user", key=str(user.id))

    return dependency


async def limit_account(request: Request, response: Response, scope: str, account: str) -> None:
    """Per-account limit on a route whose body names the account (login, reset, ...)."""
    await enforce(
        request,
        response,
        lambda: get_settings().rate_limit_auth_account,
        scope=f"{scope}:account",
        key=account_key(account),
    )


def _failures(checks: list[tuple[RateLimitItem, str]]) -> list[tuple[int, float]]:
    """(failures counted, window reset time) for each (limit, key) without counting one."""
    out = []
    for item, key in checks:
        stats = get_limiter().limiter.get_window_stats(item, "login-failures", key)
        out.append((item.amount - stats.remaining, stats.reset_time))
    return out


def _login_keys(request: Request, account: str) -> list[tuple[RateLimitItem, str]]:
    settings = get_settings()
    acct = account_key(account)
    address = client_ip(request) or "unknown"
    return [
        (_resolve(settings.rate_limit_login_failures_address), f"{acct}:{address}"),
        (_resolve(settings.rate_limit_login_failures_account), acct),
    ]


async def guard_login(request: Request, account: str) -> None:
    """Refuse a sign-in attempt from an address that has been failing on this account.

    No owner lockout: failures are counted, never attempts, and per account *and* address.
    An address is refused after its own failures pass the per-address limit, or after its
    first failure once the account as a whole has passed the per-account limit (credential
    stuffing from many addresses). The right password from an address that has not been
    failing on the account always gets through. See docs/accounts.md.
    """
    if not get_settings().rate_limit_enabled:
        return
    keys = _login_keys(request, account)
    try:
        (mine, mine_reset), (total, total_reset) = await asyncio.to_thread(_failures, keys)
    except Exception:
        log.warning("ratelimit.store_unavailable", scope="login-failures", exc_info=True)
        return
    per_address, per_account = keys[0][0].amount, keys[1][0].amount
    if mine >= per_address or (total >= per_account and mine > 0):
        reset = mine_reset if mine >= per_address else max(mine_reset, total_reset)
        log.info("auth.login.throttled", account=keys[1][1], failures=mine, account_failures=total)
        raise TooManyRequests(
            "Too many wrong passwords from here; try again later.",
            retry_after=max(1, math.ceil(reset - time.time())),
        )


async def record_login_failure(request: Request, account: str) -> None:
    if not get_settings().rate_limit_enabled:
        return
    keys = _login_keys(request, account)

    def hit_all() -> None:
        for item, key in keys:
            get_limiter().limiter.hit(item, "login-failures", key)

    try:
        await asyncio.to_thread(hit_all)
    except Exception:
        log.warning("ratelimit.store_unavailable", scope="login-failures", exc_info=True)


def auth_ip_limit(scope: str) -> Callable[..., Awaitable[None]]:
    return limit_per_ip(lambda: get_settings().rate_limit_auth_ip, scope)
