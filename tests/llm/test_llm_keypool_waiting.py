"""Waiting for a key: callers are served in arrival order, one script call per freed slot,
deadlines are honoured, and waiting holds no Redis connection (the pool is bounded)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import pytest
import redis.exceptions
from redis.asyncio import BlockingConnectionPool

from app.core import redis as redis_module
from app.core.config import get_settings
from app.llm.errors import PoolExhausted
from app.llm.keypool import KeyPool, Lease, PoolKey, get_pool
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401


class StubClock:
    """Virtual time: a sleep jumps the clock to its end unless something wakes it first.
    Time stands still until `run()`, so that every caller arrives at t = 0."""

    def __init__(self) -> None:
        self.t = 0.0
        self.running = asyncio.Event()

    def now(self) -> float:
        return self.t

    def run(self) -> None:
        self.running.set()

    async def sleep(self, seconds: float, wake: asyncio.Event) -> None:
        await self.running.wait()
        await asyncio.sleep(0)
        if wake.is_set():
            wake.clear()
            return
        self.t += max(0.0, seconds)


class OneSlotPerSecond(KeyPool):
    """A pool whose single slot frees every second of virtual time; counts script calls."""

    def __init__(self, clock: StubClock) -> None:
        key = PoolKey(label="k-stub", masked="…", rpm=1, rpd=100, tpm=1000, secret="stub")
        super().__init__([key], get_settings(), clock=clock)
        self.next_slot = 1.0

    async def try_acquire(
        self, est_tokens: int, line: Any = None, position: int = 0
    ) -> Lease | float:
        self.script_calls += 1
        now = self.clock.now()
        if now >= self.next_slot:
            self.next_slot += 1.0
            return Lease(
                key=self.keys[0],
                request_id=str(self.script_calls),
                est_tokens=est_tokens,
                probing=False,
                next_free=self.next_slot - now,
            )
        return self.next_slot - now


async def _arrive(pool: KeyPool, name: str, deadline: float) -> tuple[str, Any]:
    try:
        return name, await pool.acquire(10, deadline=deadline)
    except PoolExhausted as exc:
        return name, exc


async def _arrive_in_order(
    pool: KeyPool, deadlines: list[float], clock: StubClock | None = None
) -> list[tuple[str, Any]]:
    tasks = []
    for i, deadline in enumerate(deadlines):
        tasks.append(asyncio.create_task(_arrive(pool, f"c{i}", deadline)))
        for _ in range(3):
            await asyncio.sleep(0)  # c{i} is in line before c{i+1} arrives
    if clock is not None:
        clock.run()
    return list(await asyncio.gather(*tasks))


def _opened(pool: BlockingConnectionPool) -> int:
    """Connections the pool has open (idle or in use)."""
    return len(pool._available_connections) + len(pool._in_use_connections)


async def test_waiters_are_served_in_arrival_order_one_script_per_freed_slot() -> None:
    clock = StubClock()
    pool = OneSlotPerSecond(clock)
    served_at: dict[str, float] = {}
    results = await _arrive_in_order(pool, [20.0] * 8, clock)
    order = []
    for name, lease in results:
        assert isinstance(lease, Lease), f"{name} got {lease!r}"
        served_at[name] = lease.waited
        order.append((lease.waited, name))
    # The k-th caller in line gets the k-th freed slot: its wait grows linearly with position.
    assert [name for _, name in sorted(order)] == [f"c{i}" for i in range(8)]
    assert [served_at[f"c{i}"] for i in range(8)] == [float(i + 1) for i in range(8)]
    # The first caller's own try, then one call per freed slot: no stampede.
    assert pool.script_calls == 1 + 8


async def test_a_deadline_is_honoured_while_others_are_served() -> None:
    clock = StubClock()
    pool = OneSlotPerSecond(clock)
    results = dict(await _arrive_in_order(pool, [20.0, 20.0, 2.5, 20.0, 20.0], clock))
    late = results["c2"]
    assert isinstance(late, PoolExhausted)
    # c2 was third in line: slots 1 and 2 went to c0 and c1, the third frees at 3.0 > 2.5.
    assert [results[c].waited for c in ("c0", "c1", "c3", "c4")] == [1.0, 2.0, 3.0, 4.0]
    assert late.retry_after == pytest.approx(0.5)


@asynccontextmanager
async def _used_up_pool(fake_llm: FakeLLMServer, *, slots: int) -> AsyncIterator[KeyPool]:
    """One real key with `slots` requests per 1-second window, all just used and answered."""
    with llm_settings(
        fake_llm,
        gemini_keys=["AIzaSyWaitingKeyNumberOne-0000001"],
        keypool_rpm=slots,
        keypool_minute_window_seconds=1,
        keypool_window_margin_seconds=0.0,
    ):
        pool = get_pool()
        for _ in range(slots):
            await pool.release(await pool.acquire(10), outcome="success")
        yield pool


async def test_a_deadline_stops_the_wait_on_the_real_clock(
    fake_llm: FakeLLMServer, redis_backend: str
) -> None:
    async with _used_up_pool(fake_llm, slots=1) as pool:
        started = time.monotonic()
        # The slot frees in about a second: the first waiter gets it, the second runs out.
        results = await _arrive_in_order(pool, [1.5, 1.5])
        elapsed = time.monotonic() - started
    assert isinstance(results[0][1], Lease)
    assert isinstance(results[1][1], PoolExhausted)
    assert 1.5 <= elapsed < 1.5 + 0.3  # honoured within 100 ms; slack for a loaded machine


async def test_lines_of_several_processes_are_served_in_arrival_order(
    fake_llm: FakeLLMServer,
    redis_backend: str,
) -> None:
    async with _used_up_pool(fake_llm, slots=1) as first:
        # Another process's pool: the same index in Redis, its own waiting line.
        second = KeyPool(first.keys, first.settings)
        done: list[str] = []

        async def arrive(pool: KeyPool, name: str) -> None:
            lease = await pool.acquire(10, deadline=5.0)
            done.append(name)
            await pool.release(lease, outcome="success")  # answered at once

        tasks = []
        for pool, name in ((first, "a"), (second, "b"), (first, "c"), (second, "d")):
            tasks.append(asyncio.create_task(arrive(pool, name)))
            await asyncio.sleep(0.1)
        await asyncio.gather(*tasks)
    # One slot a second: each goes to the longest waiter, whichever process it waits in.
    assert done == ["a", "b", "c", "d"]
    assert first.script_calls + second.script_calls <= 1 + 4 * 3


@contextmanager
def _bounded_redis(max_connections: int, timeout: float) -> Iterator[Any]:
    """get_redis() rebuilt from settings with a small connection cap."""
    settings = get_settings()
    saved = (redis_module._client, settings.redis_max_connections)
    saved_timeout = settings.redis_pool_timeout_seconds
    settings.redis_max_connections = max_connections
    settings.redis_pool_timeout_seconds = timeout
    redis_module._client = None
    try:
        yield redis_module.get_redis()
    finally:
        redis_module._client, settings.redis_max_connections = saved
        settings.redis_pool_timeout_seconds = saved_timeout


async def test_redis_pool_is_bounded_and_callers_wait_for_a_connection() -> None:
    with _bounded_redis(3, timeout=5.0) as client:
        pool = client.connection_pool
        assert isinstance(pool, BlockingConnectionPool) and pool.max_connections == 3
        # Ten slow commands at once on three connections: all served, none refused.
        results = await asyncio.gather(*(client.blpop(["pw-test-never"], 0.2) for _ in range(10)))
        assert results == [None] * 10
        assert _opened(pool) <= 3
        await client.aclose()
    with _bounded_redis(1, timeout=0.2) as client:
        held = asyncio.create_task(client.blpop(["pw-test-never"], 1.0))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(redis.exceptions.ConnectionError):
            await client.ping()  # no connection frees within the pool timeout
        assert time.monotonic() - started < 1.0
        await held
        await client.aclose()


async def test_hundreds_of_waiters_hold_no_redis_connection(fake_llm: FakeLLMServer) -> None:
    with _bounded_redis(4, timeout=2.0) as client:
        async with _used_up_pool(fake_llm, slots=2) as pool:
            connections = client.connection_pool
            in_use: list[int] = []

            async def sample() -> None:
                while True:
                    in_use.append(len(connections._in_use_connections))
                    await asyncio.sleep(0.005)

            sampler = asyncio.create_task(sample())
            results = await asyncio.gather(*(_arrive(pool, f"c{i}", 1.6) for i in range(300)))
            sampler.cancel()
            leases = [r for _, r in results if isinstance(r, Lease)]
            assert all(isinstance(r, (Lease, PoolExhausted)) for _, r in results)
            assert len(leases) == 2  # the two slots that freed after a second
            # The pool is known busy, so the burst joins the line without asking; one dispatcher
            # asks, once per freed slot (plus its once-a-second re-check): waiting holds no
            # connection and wakes nobody else.
            assert max(in_use) <= 1
            assert _opened(connections) <= 4
            assert pool.script_calls <= 2 + 2 + 2
            await client.aclose()
