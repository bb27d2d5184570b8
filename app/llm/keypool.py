"""The Gemini key pool, shared by every process through Redis.

acquire(): one Lua script checks and reserves a key atomically (sliding windows for requests
per minute and per day and tokens per minute; cool-downs; spend caps; circuit breakers with a
single half-open probe) and picks the eligible key with the most headroom, or says when the
earliest key frees up. release(): a second script settles the token reservation and records the
outcome. State is keyed by a stable label (never the key), so adding or removing keys in
settings keeps the others' counters.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import structlog

from app.core.config import Settings, get_settings
from app.core.redis import get_redis, rkey
from app.core.scrub import register_secret
from app.llm.errors import PoolExhausted
from app.llm.keypool_lua import ACQUIRE, RELEASE

log = structlog.get_logger("app.llm.keypool")

# Seconds a half-open probe holds the key before another process may probe instead.
PROBE_LEASE_EXTRA = 5.0
# When every key is disabled there is no "earliest slot"; tell callers to come back later.
NO_KEY_RETRY_AFTER = 300.0


def key_label(secret: str) -> str:
    return "k-" + hashlib.sha256(secret.encode()).hexdigest()[:8]


def mask_key(secret: str) -> str:
    if len(secret) <= 12:
        return "…" + secret[-2:]
    return f"{secret[:4]}…{secret[-4:]}"


@dataclass(frozen=True)
class PoolKey:
    label: str
    masked: str
    rpm: int
    rpd: int
    tpm: int
    secret: str = field(repr=False)


@dataclass
class Lease:
    key: PoolKey
    request_id: str
    est_tokens: int
    probing: bool
    waited: float = 0.0

    @property
    def label(self) -> str:
        return self.key.label


@dataclass
class KeyStatus:
    label: str
    masked: str
    state: str  # ok | cooling_down | circuit_open | half_open | disabled | spend_cap
    until: float | None
    requests_last_minute: int
    requests_last_day: int
    tokens_last_minute: int
    errors: int
    successes: int
    consecutive_failures: int
    last_error: str | None
    last_error_at: float | None
    disabled_reason: str | None
    limits: dict[str, int]


def build_keys(settings: Settings) -> list[PoolKey]:
    overrides: dict[str, dict[str, int]] = json.loads(settings.keypool_key_limits or "{}")
    keys: list[PoolKey] = []
    seen: set[str] = set()
    for secret in settings.gemini_api_keys:
        secret = secret.strip()
        if not secret:
            continue
        label = key_label(secret)
        if label in seen:
            continue
        seen.add(label)
        register_secret(secret)
        limits = overrides.get(label, {})
        keys.append(
            PoolKey(
                label=label,
                masked=mask_key(secret),
                rpm=int(limits.get("rpm", settings.keypool_rpm)),
                rpd=int(limits.get("rpd", settings.keypool_rpd)),
                tpm=int(limits.get("tpm", settings.keypool_tpm)),
                secret=secret,
            )
        )
    return keys


class KeyPool:
    def __init__(self, keys: list[PoolKey], settings: Settings | None = None) -> None:
        self.keys = keys
        self.by_label = {k.label: k for k in keys}
        self.settings = settings or get_settings()
        self.prefix = rkey("keypool", "")
        self._scripts: dict[int, tuple[Any, Any]] = {}
        # The acquire script's per-key arguments, encoded once rather than on every call
        # (they change only with settings, which rebuild the pool).
        self._key_args = [
            str(value).encode() for k in keys for value in (k.label, k.rpm, k.rpd, k.tpm)
        ]

    def _redis_scripts(self) -> tuple[Any, Any, Any]:
        client = get_redis()
        scripts = self._scripts.get(id(client))
        if scripts is None:
            scripts = (client.register_script(ACQUIRE), client.register_script(RELEASE))
            self._scripts[id(client)] = scripts
        return client, scripts[0], scripts[1]

    async def try_acquire(self, est_tokens: int) -> Lease | float:
        """A lease on the best key now, or the seconds until the earliest key frees up."""
        if not self.keys:
            return NO_KEY_RETRY_AFTER
        _, acquire, _ = self._redis_scripts()
        s = self.settings
        rid = uuid.uuid4().hex[:16]
        args: list[Any] = [
            self.prefix,
            rid,
            0,
            s.keypool_minute_window_seconds,
            s.keypool_day_window_seconds,
            s.keypool_window_margin_seconds,
            s.llm_timeout_seconds + PROBE_LEASE_EXTRA,
            len(self.keys),
            max(0, int(est_tokens)),
            *self._key_args,
        ]
        result = await acquire(keys=[], args=args)
        if int(result[0]) == 1:
            key = self.by_label[str(result[1])]
            return Lease(
                key=key,
                request_id=rid,
                est_tokens=int(float(result[3])),
                probing=int(result[2]) == 1,
            )
        wait = float(result[1])
        return NO_KEY_RETRY_AFTER if wait < 0 else max(0.0, wait)

    async def acquire(self, est_tokens: int, *, deadline: float | None = None) -> Lease:
        """Wait (bounded) for a key. Raises PoolExhausted(retry_after) when none frees up in
        time; it does not sleep towards a slot that lies past the deadline."""
        budget = self.settings.keypool_wait_deadline_seconds if deadline is None else deadline
        start = time.monotonic()
        end = start + budget
        while True:
            result = await self.try_acquire(est_tokens)
            if isinstance(result, Lease):
                result.waited = time.monotonic() - start
                return result
            now = time.monotonic()
            if now + result > end:
                log.debug(
                    "llm.keypool.exhausted", retry_after=round(result, 3), keys=len(self.keys)
                )
                raise PoolExhausted(retry_after=result)
            # A little jitter so that waiters woken by the same slot do not stampede.
            await asyncio.sleep(result + random.uniform(0.0, 0.005))

    async def release(
        self,
        lease: Lease,
        *,
        outcome: str,
        tokens: int = 0,
        retry_after: float | None = None,
        detail: str = "",
    ) -> str:
        """Settle the reservation; outcome is success or a ProviderFailure kind."""
        _, _, release = self._redis_scripts()
        s = self.settings
        state = await release(
            keys=[],
            args=[
                self.prefix,
                lease.label,
                lease.request_id,
                lease.est_tokens,
                max(0, int(tokens)),
                outcome,
                retry_after if retry_after is not None else 0,
                s.keypool_cooldown_seconds,
                s.keypool_breaker_threshold,
                s.keypool_breaker_cooloff_seconds,
                detail[:200],
                1 if lease.probing else 0,
            ],
        )
        if state != "ok":
            log.warning("llm.keypool.key_state", key=lease.label, state=state, outcome=outcome)
        return str(state)

    def release_soon(self, lease: Lease, *, tokens: int) -> None:
        """Settle a success after the caller has its answer: the bookkeeping round trip is
        off the caller's path. `settle_releases()` waits for these at task ends and shutdown.
        Until it lands, the pool counts the estimate at the acquire time (conservative)."""
        task = asyncio.get_running_loop().create_task(
            self.release(lease, outcome="success", tokens=tokens)
        )
        _settling.add(task)
        task.add_done_callback(_settled)

    # --- admin ----------------------------------------------------------------------------
    async def status(self) -> list[KeyStatus]:
        client = get_redis()
        s = self.settings
        now_s, now_us = await client.time()
        now = float(now_s) + float(now_us) / 1e6
        mwin = s.keypool_minute_window_seconds + s.keypool_window_margin_seconds
        dwin = s.keypool_day_window_seconds + s.keypool_window_margin_seconds
        out = []
        for key in self.keys:
            base = self.prefix + key.label
            async with client.pipeline(transaction=False) as pipe:
                pipe.hgetall(base + ":state")
                pipe.zcount(base + ":req", f"({now - mwin}", "+inf")
                pipe.zcount(base + ":req", f"({now - dwin}", "+inf")
                pipe.zrangebyscore(base + ":tok", f"({now - mwin}", "+inf")
                st, minute, day, toks = await pipe.execute()
            tokens = sum(int(m.rsplit(":", 1)[1]) for m in toks if ":" in m)
            state, until = _state(st, now)
            out.append(
                KeyStatus(
                    label=key.label,
                    masked=key.masked,
                    state=state,
                    until=until,
                    requests_last_minute=int(minute),
                    requests_last_day=int(day),
                    tokens_last_minute=tokens,
                    errors=int(st.get("errors", 0)),
                    successes=int(st.get("ok", 0)),
                    consecutive_failures=int(st.get("fails", 0)),
                    last_error=st.get("last_error") or None,
                    last_error_at=float(st["last_error_at"]) if st.get("last_error_at") else None,
                    disabled_reason=st.get("disabled_reason") or None,
                    limits={"rpm": key.rpm, "rpd": key.rpd, "tpm": key.tpm},
                )
            )
        return out

    async def set_enabled(self, label: str, enabled: bool, *, reason: str = "admin") -> None:
        """Enable clears every hold (disable, spend cap, cool-down, breaker)."""
        state_key = self.prefix + label + ":state"
        client = get_redis()
        if enabled:
            await client.hset(state_key, mapping={"disabled": "0", "fails": "0"})
            await client.hdel(
                state_key,
                "disabled_reason",
                "spend_until",
                "cool_until",
                "open_until",
                "probe_until",
            )
        else:
            await client.hset(state_key, mapping={"disabled": "1", "disabled_reason": reason})


def _state(st: dict[str, str], now: float) -> tuple[str, float | None]:
    def num(name: str) -> float:
        try:
            return float(st.get(name) or 0)
        except ValueError:
            return 0.0

    if st.get("disabled") == "1":
        return "disabled", None
    if num("spend_until") > now:
        return "spend_cap", num("spend_until")
    if num("open_until") > now:
        return "circuit_open", num("open_until")
    if num("open_until") > 0:
        return "half_open", None
    if num("cool_until") > now:
        return "cooling_down", num("cool_until")
    return "ok", None


_settling: set[asyncio.Task[str]] = set()


def _settled(task: asyncio.Task[str]) -> None:
    _settling.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.warning("llm.keypool.release_failed", error=type(task.exception()).__name__)


async def settle_releases(timeout: float = 5.0) -> None:
    """Wait for this loop's success releases still in flight."""
    loop = asyncio.get_running_loop()
    pending = [task for task in _settling if task.get_loop() is loop]
    if pending:
        await asyncio.wait(pending, timeout=timeout)


def estimate_tokens(prompt: str, system: str | None, images: int, max_output: int) -> int:
    """A cheap upper-ish estimate reserved at acquire (settled to the actual count after)."""
    chars = len(prompt) + len(system or "")
    return math.ceil(chars / 4) + 300 * images + min(max_output, 1024)


_pool: KeyPool | None = None
_pool_ident: tuple[Any, ...] | None = None


def get_pool() -> KeyPool:
    """The pool for the current settings (rebuilt when keys or limits change)."""
    global _pool, _pool_ident
    s = get_settings()
    ident = (
        tuple(s.gemini_api_keys),
        s.keypool_key_limits,
        s.keypool_rpm,
        s.keypool_rpd,
        s.keypool_tpm,
        s.redis_key_prefix,
        id(s),
    )
    if _pool is None or ident != _pool_ident:
        _pool = KeyPool(build_keys(s), s)
        _pool_ident = ident
    return _pool


def reset_pool() -> None:
    global _pool, _pool_ident
    _pool = None
    _pool_ident = None
