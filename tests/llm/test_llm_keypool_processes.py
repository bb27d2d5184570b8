"""Four OS processes, each with its own event loop and Redis client, hammer one pool on real
Redis through the real router and Gemini SDK; the fake upstream enforces the same per-key
limits and must never have to answer 429."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from bench.keypool import pool_env, run_processes
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture  # noqa: F401

KEYS = [f"AIzaSyProcessKey-{i}-00000000000000" for i in range(3)]
RPM = 4
WINDOW = 2


def _fresh_upstream(fake_llm: FakeLLMServer, *, latency: float) -> Callable[[], None]:
    """Forget the workers' warm-up calls (one per key, outside the pool) before the clock."""

    def fresh() -> None:
        fake_llm.reset()
        fake_llm.set_limit(RPM, window=float(WINDOW))
        fake_llm.latency = latency

    return fresh


def _hammer(
    fake_llm: FakeLLMServer,
    *,
    procs: int,
    mode: str,
    windows: int,
    load: int,
    latency: float,
    redis_url: str | None = None,
) -> tuple[dict[str, Any], float]:
    """Offer `load` times the pool's capacity for `windows` windows; (stats, capacity)."""
    fake_llm.set_limit(RPM, window=float(WINDOW))
    fake_llm.latency = latency
    env = pool_env(
        fake_llm.url,
        KEYS,
        rpm=RPM,
        window=WINDOW,
        margin=0.05,
        prefix=os.environ["REDIS_KEY_PREFIX"],
        redis_url=redis_url or os.environ["REDIS_URL"],
    )
    duration = windows * WINDOW
    capacity = len(KEYS) * RPM * duration / WINDOW
    stats = run_processes(
        procs=procs,
        mode=mode,
        env=env,
        keys=KEYS,
        rate=load * capacity / duration,
        duration=duration,
        latency=latency,
        before_start=_fresh_upstream(fake_llm, latency=latency),
    )
    return stats, capacity


async def test_four_processes_never_exceed_any_key_limit(
    fake_llm: FakeLLMServer, redis_backend: str
) -> None:
    # Four times the pool's capacity, spread over four processes (on one Redis, then on a
    # 3-master cluster).
    stats, capacity = _hammer(
        fake_llm, procs=4, mode="pool", windows=3, load=4, latency=0.01, redis_url=redis_backend
    )
    assert fake_llm.limit_429s == 0
    assert fake_llm.status_counts.get(429, 0) == 0
    for key in KEYS:
        assert 0 < fake_llm.max_in_window(key, float(WINDOW)) <= RPM
    assert stats["errors"] == 0
    assert stats["ok"] == len(fake_llm.calls)
    assert stats["ok"] + stats["shed"] == stats["offered"]
    # At four times the capacity every key serves at least its full limit once.
    assert stats["ok"] >= len(KEYS) * RPM
    assert stats["ok"] <= capacity + len(KEYS) * RPM


async def test_naive_round_robin_trips_the_same_limits(fake_llm: FakeLLMServer) -> None:
    """The control: without the pool the same offered load does get 429s."""
    stats, _ = _hammer(fake_llm, procs=2, mode="naive", windows=2, load=2, latency=0.0)
    assert fake_llm.limit_429s > 0
    assert stats["errors"] == fake_llm.limit_429s
