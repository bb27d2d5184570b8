"""Key-pool benchmark: the Redis pool vs a naive round-robin, against the local fake upstream.

    uv run python -m bench.keypool            # needs Redis (REDIS_URL or redis://127.0.0.1:6379/13)

5 Gemini keys, each limited by the fake upstream to --rpm requests per sliding --window seconds
(shortened from a minute so a run takes under two minutes). Worker processes (2, then 4), each
with its own event loop and Redis client, offer twice the pool's capacity as an open-loop
stream. Pool mode goes through the real router and Gemini SDK with a zero wait deadline (a
request finding no free key is shed at once: PoolExhausted, which the free tier re-queues);
naive mode sends the same stream round-robin over the keys. One JSON line per configuration:

  utilisation      successful calls / theoretical capacity (keys * rpm * duration / window)
  upstream_429s    429s the fake upstream answered (its limits were hit)
  errors           caller-visible failures other than shedding
  added_ms_p50/95  end-to-end latency minus the upstream's fixed latency (successful calls):
                   the router, the SDK, HTTP over loopback and the fake's request parsing
  router_ms_p50/95 end-to-end minus the time inside the provider call (SDK + HTTP +
                   upstream): the router's own added latency (acquire, bookkeeping)
  acquire_ms_*     time inside the pool's acquire script call alone (release_ms_p95 too;
                   a success's release runs after the caller has its answer)
  upstream_ms_*    the fake's own service time, arrival to answer, as it measured it: the
                   fixed latency holds (it answers `--latency` after a request arrives)
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import json
import multiprocessing as mp
import os
import statistics
import time
import uuid
from collections.abc import Callable
from typing import Any


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


async def _run_worker(cfg: dict[str, Any]) -> dict[str, Any]:
    from app.llm.errors import PoolExhausted, ProviderError
    from app.llm.keypool import get_pool
    from app.llm.providers import ProviderFailure, get_provider
    from app.llm.registry import get_model
    from app.llm.router import route
    from app.llm.types import LLMRequest

    model = get_model("gemini-2.5-flash")
    request = LLMRequest(
        prompt="bench " + uuid.uuid4().hex[:6], purpose="probe", max_output_tokens=64
    )
    keys = cfg["keys"]
    stats: dict[str, Any] = {
        "ok": 0,
        "shed": 0,
        "errors": 0,
        "added": [],
        "pool": [],
        "release": [],
        "router": [],
    }
    pool = get_pool()
    # Time spent in the pool's scripts: wrap acquire/release of this process's pool.
    original_try, original_release = pool.try_acquire, pool.release

    async def timed_try(est: int, *line: Any) -> Any:
        started = time.perf_counter()
        try:
            return await original_try(est, *line)
        finally:
            stats["pool"].append((time.perf_counter() - started) * 1000)

    async def timed_release(lease: Any, **kwargs: Any) -> str:
        started = time.perf_counter()
        try:
            return await original_release(lease, **kwargs)
        finally:
            stats["release"].append((time.perf_counter() - started) * 1000)

    pool.try_acquire = timed_try  # type: ignore[method-assign]
    pool.release = timed_release  # type: ignore[method-assign]
    counter = cfg["index"]
    # Time inside the provider call (SDK + HTTP + upstream), per request, so that the router's
    # own share can be told apart from the SDK's.
    upstream: contextvars.ContextVar[list[float]] = contextvars.ContextVar("upstream")
    provider = get_provider("gemini")
    original_generate = provider.generate

    async def timed_generate(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return await original_generate(*args, **kwargs)
        finally:
            upstream.get()[0] += (time.perf_counter() - started) * 1000

    provider.generate = timed_generate  # type: ignore[method-assign]
    # Warm up outside the measured window: SDK clients and a Redis connection.
    from app.core.redis import get_redis

    await get_redis().ping()
    for key in keys:
        # One real call per key outside the pool: a client's first call opens its connection
        # and initialises the SDK (about 5 ms more than a warm call), which is start-up, not
        # routing. The parent resets the upstream's counters before the clock starts.
        await original_generate(request, model=model, api_key=key, timeout=cfg["timeout"])
    # Every process is ready before the clock starts (interpreter start-up is slow on a busy
    # machine and must not eat into the measured windows).
    cfg["ready"].put(cfg["index"])
    cfg["t0"] = await asyncio.to_thread(cfg["start"].get, True, 120)

    async def one() -> None:
        nonlocal counter
        upstream.set([0.0])
        started = time.perf_counter()
        try:
            if cfg["mode"] == "pool":
                await route(request, [model])
            else:
                key = keys[counter % len(keys)]
                counter += 1
                await get_provider("gemini").generate(
                    request, model=model, api_key=key, timeout=cfg["timeout"]
                )
        except PoolExhausted:
            stats["shed"] += 1
            return
        except (ProviderError, ProviderFailure):
            stats["errors"] += 1
            return
        except Exception as exc:  # e.g. Redis unreachable: caller-visible, counted, not fatal
            stats["errors"] += 1
            stats.setdefault("error_types", []).append(type(exc).__name__)
            return
        stats["ok"] += 1
        total = (time.perf_counter() - started) * 1000
        stats["added"].append(total - cfg["latency"] * 1000)
        stats["router"].append(total - upstream.get()[0])

    interval = 1.0 / cfg["rate"]
    start = cfg["t0"] + cfg["index"] * interval / cfg["procs"]  # interleave the processes
    await asyncio.sleep(max(0.0, start - time.time()))
    tasks = []
    n = 0
    while True:
        at = start + n * interval
        if at >= cfg["t0"] + cfg["duration"]:
            break
        await asyncio.sleep(max(0.0, at - time.time()))
        tasks.append(asyncio.create_task(one()))
        n += 1
    await asyncio.gather(*tasks)
    from app.llm.keypool import settle_releases

    await settle_releases()
    stats["offered"] = n
    return stats


def worker_main(cfg: dict[str, Any], out: Any, ready: Any, start: Any) -> None:
    """Entry point of one worker process (spawned: its own interpreter, loop and Redis client)."""
    os.environ.update(cfg["env"])
    from app.core.logging import configure_logging

    configure_logging()
    out.put(asyncio.run(_run_worker({**cfg, "ready": ready, "start": start})))


def run_processes(
    *,
    procs: int,
    mode: str,
    env: dict[str, str],
    keys: list[str],
    rate: float,
    duration: float,
    latency: float,
    timeout: float = 5.0,
    before_start: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Spawn `procs` workers offering `rate` requests/s in total; merge their stats.
    `before_start` runs once every worker has warmed up, just before the clock starts."""
    ctx = mp.get_context("spawn")
    out, ready, start = ctx.Queue(), ctx.Queue(), ctx.Queue()
    workers = [
        ctx.Process(
            target=worker_main,
            args=(
                {
                    "env": env,
                    "keys": keys,
                    "mode": mode,
                    "index": i,
                    "procs": procs,
                    "rate": rate / procs,
                    "duration": duration,
                    "latency": latency,
                    "timeout": timeout,
                },
                out,
                ready,
                start,
            ),
        )
        for i in range(procs)
    ]
    for w in workers:
        w.start()
    for _ in workers:
        ready.get(timeout=120)
    if before_start is not None:
        before_start()
    t0 = time.time() + 0.5
    for _ in workers:
        start.put(t0)
    results = [out.get(timeout=duration + 60) for _ in workers]
    for w in workers:
        w.join(timeout=10)
    merged: dict[str, Any] = {
        "ok": 0,
        "shed": 0,
        "errors": 0,
        "offered": 0,
        "added": [],
        "pool": [],
        "release": [],
        "router": [],
    }
    for r in results:
        for name in ("ok", "shed", "errors", "offered"):
            merged[name] += r[name]
        merged["added"] += r["added"]
        merged["pool"] += r["pool"]
        merged["release"] += r["release"]
        merged["router"] += r["router"]
    return merged


def drop_keys(redis_url: str, prefix: str) -> None:
    """Delete a benchmark run's Redis keys."""
    from app.core.redis import make_client

    client = make_client(redis_url, sync=True)  # a cluster too: scans every node
    stale = list(client.scan_iter(match=prefix + "*", count=1000))
    if stale:
        client.delete(*stale)


def pool_env(
    server_url: str,
    keys: list[str],
    *,
    rpm: int,
    window: int,
    margin: float,
    prefix: str,
    redis_url: str,
) -> dict[str, str]:
    return {
        "REDIS_URL": redis_url,
        "REDIS_KEY_PREFIX": prefix,
        "GEMINI_API_KEYS": ",".join(keys),
        "GEMINI_BASE_URL": server_url + "/",
        "KEYPOOL_RPM": str(rpm),
        "KEYPOOL_RPD": "1000000",
        "KEYPOOL_TPM": "100000000",
        "KEYPOOL_MINUTE_WINDOW_SECONDS": str(window),
        "KEYPOOL_WINDOW_MARGIN_SECONDS": str(margin),
        "KEYPOOL_WAIT_DEADLINE_SECONDS": "0",
        "LLM_MAX_RETRIES": "0",
        "LLM_TIMEOUT_SECONDS": "5",
        "LOG_LEVEL": "WARNING",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=5)
    parser.add_argument("--rpm", type=int, default=10, help="requests per window per key")
    parser.add_argument("--window", type=int, default=10, help="seconds")
    parser.add_argument("--windows", type=int, default=2, help="run length in windows")
    parser.add_argument("--latency", type=float, default=0.02, help="upstream fixed latency")
    parser.add_argument("--margin", type=float, default=0.05, help="pool window margin")
    parser.add_argument("--procs", default="2,4")
    args = parser.parse_args()

    from tests.support.fake_llm import FakeLLMServer

    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13")
    server = FakeLLMServer().start()
    server.latency = args.latency
    server.responder = lambda call: "ok"
    keys = [f"AIzaBench{i:02d}-{uuid.uuid4().hex}" for i in range(args.keys)]
    duration = float(args.window * args.windows)
    capacity = args.keys * args.rpm * duration / args.window
    rate = 2 * capacity / duration
    for procs in [int(p) for p in args.procs.split(",")]:
        line: dict[str, Any] = {
            "procs": procs,
            "keys": args.keys,
            "rpm_per_window": args.rpm,
            "window_s": args.window,
            "duration_s": duration,
            "offered_rps": round(rate, 2),
            "capacity": int(capacity),
        }

        def fresh_upstream() -> None:
            server.reset()
            server.latency = args.latency
            server.responder = lambda call: "ok"
            server.set_limit(args.rpm, window=float(args.window))

        for mode in ("pool", "naive"):
            fresh_upstream()
            prefix = f"bench{uuid.uuid4().hex[:8]}:"
            env = pool_env(
                server.url,
                keys,
                rpm=args.rpm,
                window=args.window,
                margin=args.margin,
                prefix=prefix,
                redis_url=redis_url,
            )
            stats = run_processes(
                procs=procs,
                mode=mode,
                env=env,
                keys=keys,
                rate=rate,
                duration=duration,
                latency=args.latency,
                before_start=fresh_upstream,
            )
            drop_keys(redis_url, prefix)
            worst = max(server.max_in_window(k, float(args.window)) for k in keys)
            served = [c.service_s * 1000 for c in server.calls if c.status == 200]
            if mode == "pool":
                line.update(
                    {
                        "utilisation": round(stats["ok"] / capacity, 4),
                        "upstream_429s": server.limit_429s,
                        "errors": stats["errors"],
                        "shed": stats["shed"],
                        "offered": stats["offered"],
                        "ok": stats["ok"],
                        "max_per_key_per_window": worst,
                        "added_ms_p50": round(_percentile(stats["added"], 50), 2),
                        "added_ms_p95": round(_percentile(stats["added"], 95), 2),
                        "acquire_ms_p50": round(_percentile(stats["pool"], 50), 2),
                        "acquire_ms_p95": round(_percentile(stats["pool"], 95), 2),
                        "release_ms_p95": round(_percentile(stats["release"], 95), 2),
                        "router_ms_p50": round(_percentile(stats["router"], 50), 2),
                        "router_ms_p95": round(_percentile(stats["router"], 95), 2),
                        "upstream_ms_p50": round(_percentile(served, 50), 2),
                        "upstream_ms_p95": round(_percentile(served, 95), 2),
                    }
                )
            else:
                line.update(
                    {
                        "naive_upstream_429s": server.limit_429s,
                        "naive_utilisation": round(stats["ok"] / capacity, 4),
                        "naive_errors": stats["errors"],
                        "naive_added_ms_p50": round(_percentile(stats["added"], 50), 2),
                        "naive_added_ms_p95": round(_percentile(stats["added"], 95), 2),
                    }
                )
        print(json.dumps(line), flush=True)
    server.stop()


if __name__ == "__main__":
    main()
