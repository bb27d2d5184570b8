"""The Gemini key pool, shared by every process through Redis.

acquire(): one Lua script checks and reserves a key atomically (sliding windows for requests
per minute and per day and tokens per minute; cool-downs; spend caps; circuit breakers with a
single half-open probe). It reads a per-pool index of when each key next has room and the
chosen key's own state, so its cost does not grow with the number of keys. Callers that find
no free key wait in arrival order: one dispatcher task per event loop sleeps until the next
slot and hands each freed slot to the longest waiter (waiting holds no Redis connection).
release(): a second script settles the token reservation and records the outcome. State is
keyed by a stable label (never the key), so adding or removing keys keeps the others' counters.
Every key of the pool carries one hash tag: on a Redis Cluster the pool lives in one slot.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

import structlog

from app.core.config import Settings, get_settings
from app.core.redis import get_redis, rkey
from app.core.scrub import register_secret
from app.llm.errors import PoolExhausted
from app.llm.keypool_lua import ACQUIRE, JOIN, RELEASE, SET_ENABLED, SYNC

log = structlog.get_logger("app.llm.keypool")

# Seconds a half-open probe holds the key before another process may probe instead.
PROBE_LEASE_EXTRA = 5.0
# When every key is disabled there is no "earliest slot"; tell callers to come back later.
NO_KEY_RETRY_AFTER = 300.0
# Keys the acquire script looks at beyond the index's first (a stale score, a key whose tokens
# are short for this request): a bound, so that the cost stays flat with the number of keys.
CANDIDATES = 3
# The dispatcher re-checks at least this often while callers wait: another process's answer
# (re-stamping a slot it held in flight) or an admin may free a key sooner than the pool said.
MAX_DISPATCH_SLEEP = 1.0
# Callers of one event loop that may ask the pool at once (directly, or the dispatcher for
# waiters while keys have room): enough for a burst, too few for a stampede.
MAX_DIRECT_TRIES = 8
# The hash tag in every key-pool key name: a script reads the index and any key's state in
# one atomic call, which a Redis Cluster allows only within one hash slot.
SLOT_TAG = "{keypool}"


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
    next_free: float = 0.0  # seconds until the pool's next key has room, as of this grant
    free_keys: int = 0  # keys with room after this grant

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


class Clock(Protocol):
    """Time for the waiting line (a stub in tests)."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float, wake: asyncio.Event) -> None:
        """Sleep `seconds`, or less when `wake` is set."""


class MonotonicClock:
    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float, wake: asyncio.Event) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout=max(0.0, seconds))
        wake.clear()


@dataclass(eq=False)
class _Waiter:
    future: asyncio.Future[Lease]
    est_tokens: int
    deadline: float
    arrived: float


@dataclass
class _WaitLine:
    """One event loop's callers waiting for a key, in arrival order, and its dispatcher."""

    waiters: deque[_Waiter] = field(default_factory=deque)
    free_at: float = 0.0  # clock time the pool last said its next key has room
    wake_at: float = math.inf  # when the dispatcher is due to wake
    trying: int = 0  # callers asking the pool directly right now
    free_keys: int = 0  # keys with room, as of the last grant
    ident: str = field(default_factory=lambda: uuid.uuid4().hex)  # this line in Redis
    ident_used: bool = False  # registered in Redis since it last emptied

    def age(self, position: int, now: float) -> float:
        """How long the waiter at `position` has waited (-1: there is none)."""
        if position >= len(self.waiters):
            return -1.0
        return max(0.0, now - self.waiters[position].arrived)

    wake: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None


class KeyPool:
    def __init__(
        self, keys: list[PoolKey], settings: Settings | None = None, clock: Clock | None = None
    ) -> None:
        self.keys = keys
        self.by_label = {k.label: k for k in keys}
        self.settings = settings or get_settings()
        self.clock: Clock = clock or MonotonicClock()
        self.prefix = rkey(SLOT_TAG, "")
        # The index and limits belong to this set of keys and limits: processes configured
        # alike share them; per-key state is shared by every configuration.
        config = json.dumps(sorted((k.label, k.rpm, k.rpd, k.tpm) for k in keys))
        pool_id = hashlib.sha256(config.encode()).hexdigest()[:12]
        self._index = f"{self.prefix}pool:{pool_id}:idx"
        self._limits = f"{self.prefix}pool:{pool_id}:lim"
        self._waiting = self._index + ":lines"
        self._scripts: dict[int, dict[str, Any]] = {}
        self._synced: set[int] = set()
        self._lines: dict[asyncio.AbstractEventLoop, _WaitLine] = {}
        self.script_calls = 0  # acquire scripts run by this process (benchmarks read it)

    def _script(self, name: str) -> tuple[Any, Any]:
        client = get_redis()
        scripts = self._scripts.get(id(client))
        if scripts is None:
            scripts = {
                "acquire": client.register_script(ACQUIRE),
                "release": client.register_script(RELEASE),
                "sync": client.register_script(SYNC),
                "set_enabled": client.register_script(SET_ENABLED),
                "join": client.register_script(JOIN),
            }
            self._scripts[id(client)] = scripts
        return client, scripts[name]

    def _script_keys(self) -> list[str]:
        """Every script's KEYS: the index, the limits and the waiting lines."""
        return [self._index, self._limits, self._waiting]

    def _common_args(self) -> list[Any]:
        s = self.settings
        margin = s.keypool_window_margin_seconds
        return [
            self.prefix,
            s.keypool_minute_window_seconds + margin,
            s.keypool_day_window_seconds + margin,
        ]

    async def _sync(self) -> None:
        """Write the keys' limits and score every key in the index (once per client)."""
        client, sync = self._script("sync")
        args = [*self._common_args(), len(self.keys)]
        for k in self.keys:
            args += [k.label, k.rpm, k.rpd, k.tpm]
        await sync(keys=self._script_keys(), args=args)
        self._synced.add(id(client))

    async def try_acquire(
        self, est_tokens: int, line: _WaitLine | None = None, position: int = 0
    ) -> Lease | float:
        """A lease on the best key now, or the seconds until the earliest key frees up (for
        this caller: the lines of other processes that waited longer are served first)."""
        if not self.keys:
            return NO_KEY_RETRY_AFTER
        client, acquire = self._script("acquire")
        if id(client) not in self._synced:
            await self._sync()
        if line is not None:
            line.ident_used = True
        s = self.settings
        rid = uuid.uuid4().hex[:16]
        args: list[Any] = [
            *self._common_args(),
            rid,
            s.llm_timeout_seconds + PROBE_LEASE_EXTRA,
            # A call cannot outlast its timeout (the provider adds one second of grace).
            s.llm_timeout_seconds + 1,
            max(0, int(est_tokens)),
            CANDIDATES,
            line.ident if line is not None else "",
            line.age(position, self.clock.now()) if line is not None else 0,
            self._line_stale_after(),
            line.age(position + 1, self.clock.now()) if line is not None else -1,
        ]
        self.script_calls += 1
        result = await acquire(keys=self._script_keys(), args=args)
        if int(result[0]) == 2:  # the index is gone (Redis flushed or restarted)
            await self._sync()
            self.script_calls += 1
            result = await acquire(keys=self._script_keys(), args=args)
        if int(result[0]) == 1:
            key = self.by_label[str(result[1])]
            next_free = float(result[4])
            return Lease(
                key=key,
                request_id=rid,
                est_tokens=int(float(result[3])),
                probing=int(result[2]) == 1,
                next_free=NO_KEY_RETRY_AFTER if next_free < 0 else next_free,
                free_keys=int(result[5]),
            )
        wait = float(result[1])
        return NO_KEY_RETRY_AFTER if wait < 0 else max(0.0, wait)

    async def acquire(self, est_tokens: int, *, deadline: float | None = None) -> Lease:
        """A key now, or after waiting in arrival order. Raises PoolExhausted(retry_after)
        when none frees up within the deadline; it does not wait for a slot that the pool
        already says lies past the deadline."""
        budget = self.settings.keypool_wait_deadline_seconds if deadline is None else deadline
        clock = self.clock
        start = clock.now()
        end = start + budget
        line = self._line()
        # Straight to the pool only while nobody waits and no key is known to be busy; a few
        # callers at a time, so that a burst does not become a stampede of scripts.
        if not line.waiters and line.free_at <= start and line.trying < MAX_DIRECT_TRIES:
            line.trying += 1
            try:
                result = await self.try_acquire(est_tokens)
            finally:
                line.trying -= 1
            now = clock.now()
            if isinstance(result, Lease):
                line.free_at = now + result.next_free
                line.free_keys = result.free_keys
                result.waited = now - start
                return result
            line.free_at = now + result
            if line.free_at > end:  # the pool's earliest slot lies past the deadline
                log.debug("llm.keypool.exhausted", retry_after=round(result, 3))
                raise PoolExhausted(retry_after=result)
        waiter = _Waiter(asyncio.get_running_loop().create_future(), est_tokens, end, start)
        line.waiters.append(waiter)
        if line.task is None:
            line.task = asyncio.get_running_loop().create_task(self._dispatch(line))
        elif end < line.wake_at:
            line.wake.set()  # this deadline comes before the dispatcher's next wake
        lease = await waiter.future
        lease.waited = clock.now() - start
        return lease

    def _line(self) -> _WaitLine:
        loop = asyncio.get_running_loop()
        line = self._lines.get(loop)
        if line is None:
            for stale in [other for other in self._lines if other.is_closed()]:
                del self._lines[stale]
            line = self._lines[loop] = _WaitLine()
        return line

    async def _dispatch(self, line: _WaitLine) -> None:
        """Hand freed slots to waiters in arrival order: one script call per freed slot (the
        grant says when the next key has room), none while nothing can free up."""
        clock = self.clock
        try:
            await self._join(line)
            while True:
                now = clock.now()
                kept: deque[_Waiter] = deque()
                for waiter in line.waiters:
                    if waiter.future.done():
                        continue  # its caller went away
                    if waiter.deadline <= now:
                        waiter.future.set_exception(
                            PoolExhausted(retry_after=max(0.0, line.free_at - now))
                        )
                        continue
                    kept.append(waiter)
                line.waiters = kept
                if not kept:
                    await self._leave(line)
                    if not line.waiters:
                        return
                    continue  # someone joined meanwhile
                if line.free_at <= now:
                    await self._serve(line, kept)
                    continue
                recheck = now + MAX_DISPATCH_SLEEP
                target = min(line.free_at, min(w.deadline for w in kept), recheck)
                line.wake_at = target
                await clock.sleep(target - now, line.wake)
                line.wake_at = math.inf
                if target == recheck and clock.now() >= recheck:
                    line.free_at = min(line.free_at, clock.now())
        finally:
            line.task = None
            for waiter in line.waiters:  # the loop is closing under us
                if not waiter.future.done():
                    waiter.future.cancel()

    async def _join(self, line: _WaitLine) -> None:
        """Someone waits here: other processes' callers now queue behind this line."""
        try:
            _, join = self._script("join")
            args = [*self._common_args(), line.ident, max(0.0, line.age(0, self.clock.now()))]
            await join(keys=self._script_keys(), args=[*args, self._line_stale_after()])
            line.ident_used = True
        except Exception:  # the line still registers with its first acquire
            log.warning("llm.keypool.line_join_failed")

    def _line_stale_after(self) -> float:
        """A line not refreshed for this long belongs to a process that went away."""
        return self.settings.keypool_wait_deadline_seconds + MAX_DISPATCH_SLEEP + 5

    async def _leave(self, line: _WaitLine) -> None:
        """Nobody waits here any more: stop counting this line ahead of other processes'."""
        if line.ident_used:
            line.ident_used = False
            try:
                await get_redis().zrem(self._waiting, line.ident)
            except Exception:  # it ages out of the set instead
                log.warning("llm.keypool.line_leave_failed")

    async def _serve(self, line: _WaitLine, waiters: deque[_Waiter]) -> None:
        """Ask the pool for the longest waiters: one try per key it last said has room (a few
        at a time), or one for the head of the line when none is known free."""
        batch = list(islice(waiters, max(1, min(line.free_keys, MAX_DIRECT_TRIES))))
        results = await asyncio.gather(
            *(self.try_acquire(w.est_tokens, line, i) for i, w in enumerate(batch)),
            return_exceptions=True,
        )
        waits, free_keys = [], 0
        for waiter, result in zip(batch, results, strict=True):
            if isinstance(result, float):
                waits.append(result)
                continue
            waiters.remove(waiter)
            if isinstance(result, Lease):
                waits.append(result.next_free)
                free_keys = result.free_keys
                if waiter.future.done():  # its caller went away meanwhile
                    try:
                        await self.release(result, outcome="unused")
                    except Exception:  # the slot stays held until its in-flight stamp ends
                        log.warning("llm.keypool.release_failed", key=result.label)
                else:
                    waiter.future.set_result(result)
            elif not waiter.future.done():  # Redis failed: this caller hears it, not all
                waiter.future.set_exception(result)
        line.free_at = self.clock.now() + (min(waits) if waits else 0.0)
        line.free_keys = free_keys

    async def release(
        self,
        lease: Lease,
        *,
        outcome: str,
        tokens: int = 0,
        retry_after: float | None = None,
        detail: str = "",
    ) -> str:
        """Settle the reservation; outcome is success, a ProviderFailure kind, or unused
        (the lease was never used: its reservation is dropped)."""
        _, release = self._script("release")
        s = self.settings
        result = await release(
            keys=self._script_keys(),
            args=[
                *self._common_args(),
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
        state, earliest = str(result[0]), float(result[1])
        # The answer re-stamped the slot: a key may have room sooner than the line thought.
        line = self._lines.get(asyncio.get_running_loop())
        if line is not None and earliest >= 0:
            line.free_at = min(line.free_at, self.clock.now() + earliest)
            if line.task is not None and line.free_at < line.wake_at:
                line.wake.set()
        if state != "ok":
            log.warning("llm.keypool.key_state", key=lease.label, state=state, outcome=outcome)
        return state

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
        client, set_enabled = self._script("set_enabled")
        if id(client) not in self._synced:
            await self._sync()
        args = [*self._common_args(), label, "1" if enabled else "0", reason]
        await set_enabled(keys=self._script_keys(), args=args)
        line = self._lines.get(asyncio.get_running_loop())
        if line is not None and line.task is not None:
            line.free_at = 0.0  # the key may have room now
            line.wake.set()


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
