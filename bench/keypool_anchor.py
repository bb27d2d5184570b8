"""The key pool against its anchors, in one command: Pagewright's router, a naive round-robin
client and (when it is installed) LiteLLM's router, on the same fake Gemini upstream.

    uv run python -m bench.keypool_anchor              # all scenarios, 12 windows each (~40 min)
    uv run python -m bench.keypool_anchor --loads 2 --procs 1 --keys 5 --windows 3

Needs Redis (REDIS_URL, default redis://127.0.0.1:6379/13). The fake upstream enforces
--rpm requests per sliding --window seconds per key and answers --latency after arrival;
the run offers --loads times the pool's capacity (open loop) from --procs processes with
--keys keys, for --windows windows. Pagewright waits with the default deadline (20 s). LiteLLM
is not a dependency of the project: `uv pip install litellm` into the environment to add it.

One JSON line first: a key's first use in a fresh process against a warm call on another key
(`first_use_ms_over_warm`, p50 / p95), beside the baseline of building an SDK client for a
new key (what a first use cost with a client per key). Then one line per scenario; per mode:

  utilisation        calls the upstream accepted inside the run / its capacity in the run
  upstream_429s      429s the upstream answered (its limits were hit)
  errors             caller-visible failures by kind (POOL_EXHAUSTED, PROVIDER_*, exception
                     class names such as MaxConnectionsError)
  added_ms_p50/p95   Pagewright and LiteLLM: end-to-end minus time spent waiting for a key,
                     minus the naive client's end-to-end, same scenario (what routing adds
                     when a key is free); naive: its own end-to-end minus the upstream latency
  wait_s_p50/p95     time spent waiting for a key (Pagewright)
  fifo_inversions    within a process, callers that got a key before one that arrived earlier
  scripts_per_req    acquire scripts run per offered request (Pagewright)
  acquire_ms_p50/95  the acquire script's round trip as the client saw it
  client_cpu_ms_per_req  worker processes' CPU time per offered request
  redis_cpu_ms_per_req   the Redis server's CPU time per offered request (shared server:
                     other clients count too; read it beside the same run's naive figure)
  redis_script_us_per_call  the server's time per EVALSHA call (commandstats; shared too)
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
from collections import Counter
from itertools import pairwise
from typing import Any

from bench.keypool import _percentile, drop_keys, pool_env

MODES = ("pagewright", "naive", "litellm")


def _litellm_available() -> bool:
    try:
        import litellm  # noqa: F401
    except ImportError:
        return False
    return True


async def _litellm_router(cfg: dict[str, Any]) -> Any:
    """LiteLLM's router over the same keys, usage-based routing v2, limits shared in Redis."""
    import litellm
    from redis.asyncio import Redis

    redis_url = cfg["env"]["REDIS_URL"]
    info = Redis.from_url(redis_url).connection_pool.connection_kwargs
    return litellm.Router(
        model_list=[
            {
                "model_name": "gemini",
                "litellm_params": {
                    "model": "gemini/gemini-2.5-flash",
                    "api_key": key,
                    "api_base": cfg["server_url"],
                    "rpm": cfg["rpm_per_minute"],
                },
            }
            for key in cfg["keys"]
        ],
        routing_strategy="usage-based-routing-v2",
        redis_host=info.get("host", "127.0.0.1"),
        redis_port=info.get("port", 6379),
        num_retries=0,
        timeout=cfg["timeout"],
    )


async def _run_worker(cfg: dict[str, Any]) -> dict[str, Any]:
    from app.core.redis import get_redis
    from app.llm.errors import PoolExhausted, ProviderError
    from app.llm.keypool import get_pool, settle_releases
    from app.llm.providers import ProviderFailure, get_provider
    from app.llm.registry import get_model
    from app.llm.router import route
    from app.llm.types import LLMRequest

    model = get_model("gemini-2.5-flash")
    request = LLMRequest(prompt="anchor " + uuid.uuid4().hex[:6], purpose="probe")
    keys, mode = cfg["keys"], cfg["mode"]
    provider = get_provider("gemini")
    pool = get_pool()
    waited: contextvars.ContextVar[list[float]] = contextvars.ContextVar("waited")
    acquire_ms: list[float] = []
    original_acquire, original_try = pool.acquire, pool.try_acquire

    async def timed_acquire(est: int, **kwargs: Any) -> Any:
        lease = await original_acquire(est, **kwargs)
        waited.get()[0] += lease.waited
        return lease

    async def timed_try(est: int, *line: Any) -> Any:
        started = time.perf_counter()
        try:
            return await original_try(est, *line)
        finally:
            acquire_ms.append((time.perf_counter() - started) * 1000)

    pool.acquire = timed_acquire  # type: ignore[method-assign]
    pool.try_acquire = timed_try  # type: ignore[method-assign]
    router = await _litellm_router(cfg) if mode == "litellm" else None
    # Warm up outside the clock: a Redis connection, the pool's index, one upstream connection.
    await get_redis().ping()
    if mode == "pagewright":
        await pool._sync()
    await provider.generate(request, model=model, api_key=keys[0], timeout=cfg["timeout"])
    cfg["ready"].put(cfg["index"])
    t0 = await asyncio.to_thread(cfg["start"].get, True, 120)
    rows: list[tuple[float, float, float, str]] = []  # arrival, e2e, waited, outcome
    counter = cfg["index"]

    async def one() -> None:
        nonlocal counter
        waited.set([0.0])
        arrived = time.perf_counter()
        outcome = "ok"
        try:
            if mode == "pagewright":
                await route(request, [model])
            elif mode == "naive":
                key = keys[counter % len(keys)]
                counter += 1
                await provider.generate(request, model=model, api_key=key, timeout=cfg["timeout"])
            else:
                assert router is not None
                await router.acompletion(
                    model="gemini", messages=[{"role": "user", "content": request.prompt}]
                )
        except PoolExhausted:
            outcome = "POOL_EXHAUSTED"
        except ProviderError as exc:
            outcome = exc.error_code
        except ProviderFailure as exc:
            outcome = exc.code
        except Exception as exc:  # connection pool errors and the like: counted by class
            outcome = type(exc).__name__
        rows.append((arrived, time.perf_counter() - arrived, waited.get()[0], outcome))

    interval = cfg["procs"] / cfg["rate"]
    start = t0 + cfg["index"] * interval / cfg["procs"]
    await asyncio.sleep(max(0.0, start - time.time()))
    cpu0 = time.process_time()
    scripts0 = pool.script_calls
    tasks, n = [], 0
    while (at := start + n * interval) < t0 + cfg["duration"]:
        await asyncio.sleep(max(0.0, at - time.time()))
        tasks.append(asyncio.create_task(one()))
        n += 1
    await asyncio.gather(*tasks)
    await settle_releases()
    return {
        "rows": rows,
        "offered": n,
        "cpu_s": time.process_time() - cpu0,
        "scripts": pool.script_calls - scripts0,
        "acquire_ms": acquire_ms,
    }


def _worker_main(cfg: dict[str, Any], out: Any, ready: Any, start: Any) -> None:
    os.environ.update(cfg["env"])
    from app.core.logging import configure_logging

    configure_logging()
    out.put(asyncio.run(_run_worker({**cfg, "ready": ready, "start": start})))


def _redis_figures(redis_url: str) -> tuple[float, int, int]:
    """(server CPU seconds, EVALSHA calls, EVALSHA microseconds) so far."""
    import redis

    client = redis.Redis.from_url(redis_url)
    cpu = client.info("cpu")
    stats = client.info("commandstats").get("cmdstat_evalsha", {})
    return (
        float(cpu["used_cpu_sys"]) + float(cpu["used_cpu_user"]),
        int(stats.get("calls", 0)),
        int(stats.get("usec", 0)),
    )


def _run_mode(server: Any, scenario: dict[str, Any], mode: str, args: Any) -> dict[str, Any]:
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13")
    keys, procs = scenario["key_list"], scenario["procs"]
    prefix = f"anchor{uuid.uuid4().hex[:8]}:"
    env = pool_env(
        server.url,
        keys,
        rpm=args.rpm,
        window=args.window,
        margin=0.0,
        prefix=prefix,
        redis_url=redis_url,
    )
    env["KEYPOOL_WAIT_DEADLINE_SECONDS"] = str(args.wait)
    duration = args.window * args.windows
    ctx = mp.get_context("spawn")
    out, ready, start = ctx.Queue(), ctx.Queue(), ctx.Queue()
    cfg = {
        "env": env,
        "keys": keys,
        "mode": mode,
        "procs": procs,
        "rate": scenario["rate"],
        "duration": duration,
        "timeout": 5.0,
        "server_url": server.url,
        "rpm_per_minute": int(args.rpm * 60 / args.window),
    }
    workers = [
        ctx.Process(target=_worker_main, args=({**cfg, "index": i}, out, ready, start))
        for i in range(procs)
    ]
    for w in workers:
        w.start()
    for _ in workers:
        ready.get(timeout=180)
    server.reset()
    server.latency = args.latency
    server.responder = lambda call: "ok"
    server.set_limit(args.rpm, window=float(args.window))
    cpu0, calls0, usec0 = _redis_figures(redis_url)
    t0 = time.time() + 0.5
    for _ in workers:
        start.put(t0)
    results = [out.get(timeout=duration + args.wait + 120) for _ in workers]
    cpu1, calls1, usec1 = _redis_figures(redis_url)
    for w in workers:
        w.join(timeout=10)
    drop_keys(redis_url, prefix)
    offered = sum(r["offered"] for r in results)
    rows = [row for r in results for row in r["rows"]]
    accepted = [c for c in server.calls if c.status == 200 and t0 <= c.at < t0 + duration]
    ok = [row for row in rows if row[3] == "ok"]
    inversions = 0
    for r in results:
        served = sorted((a, a + e) for a, e, _w, o in r["rows"] if o == "ok")
        inversions += sum(1 for x, y in pairwise(served) if y[1] < x[1])
    line: dict[str, Any] = {
        "utilisation": round(len(accepted) / scenario["capacity"], 4),
        "upstream_429s": server.limit_429s,
        "errors": dict(Counter(row[3] for row in rows if row[3] != "ok")),
        "ok": len(ok),
        "offered": offered,
        "service_ms": [(e - w) * 1000 for _a, e, w, _o in ok],
        "wait_s_p50": round(_percentile([w for *_, w, _o in ok], 50), 3),
        "wait_s_p95": round(_percentile([w for *_, w, _o in ok], 95), 3),
        "fifo_inversions": inversions,
        "client_cpu_ms_per_req": round(sum(r["cpu_s"] for r in results) * 1000 / offered, 3),
        "redis_cpu_ms_per_req": round((cpu1 - cpu0) * 1000 / offered, 3),
    }
    if mode == "pagewright":
        acquire = [ms for r in results for ms in r["acquire_ms"]]
        line["scripts_per_req"] = round(sum(r["scripts"] for r in results) / offered, 3)
        line["acquire_ms_p50"] = round(_percentile(acquire, 50), 3)
        line["acquire_ms_p95"] = round(_percentile(acquire, 95), 3)
        line["redis_script_us_per_call"] = round((usec1 - usec0) / max(1, calls1 - calls0), 1)
    return line


async def _first_use(keys: list[str], timeout: float) -> dict[str, float]:
    from app.llm.providers import get_provider
    from app.llm.registry import get_model
    from app.llm.types import LLMRequest

    model, provider = get_model("gemini-2.5-flash"), get_provider("gemini")
    request = LLMRequest(prompt="first use", purpose="probe")

    async def call(key: str) -> float:
        started = time.perf_counter()
        await provider.generate(request, model=model, api_key=key, timeout=timeout)
        return (time.perf_counter() - started) * 1000

    for _ in range(3):  # the process's own start-up: imports, the session, a connection
        await call(keys[0])
    warm, first = [], []
    for key in keys[1:]:
        warm.append(await call(keys[0]))
        first.append(await call(key))
    # Baseline: what a key's first use cost when each key had its own SDK client.
    from google import genai
    from google.genai import types as gtypes

    builds = []
    for key in keys[1:6]:
        started = time.perf_counter()
        genai.Client(api_key=key, http_options=gtypes.HttpOptions(api_version="v1beta"))
        builds.append((time.perf_counter() - started) * 1000)
    return {
        "baseline_client_build_ms_p50": round(statistics.median(builds), 3),
        "warm_ms_p50": round(statistics.median(warm), 3),
        "first_use_ms_over_warm_p50": round(statistics.median(first) - statistics.median(warm), 3),
        "first_use_ms_over_warm_p95": round(_percentile(first, 95) - _percentile(warm, 95), 3),
    }


def _first_use_main(env: dict[str, str], keys: list[str], out: Any) -> None:
    os.environ.update(env)
    out.put(asyncio.run(_first_use(keys, 5.0)))


def first_use(server: Any, n_keys: int) -> dict[str, Any]:
    """A key's first call in a fresh process against a warm call on a used key."""
    server.reset()
    server.responder = lambda call: "ok"
    keys = [f"AIzaFirst{i:02d}-{uuid.uuid4().hex}" for i in range(n_keys)]
    env = {"GEMINI_API_KEYS": ",".join(keys), "GEMINI_BASE_URL": server.url + "/"}
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_first_use_main, args=(env, keys, out))
    proc.start()
    result: dict[str, Any] = out.get(timeout=300)
    proc.join(timeout=10)
    return {"first_use": True, "keys": n_keys, **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", default="1,2", help="offered load / capacity")
    parser.add_argument("--procs", default="1,2")
    parser.add_argument("--keys", default="5,50")
    parser.add_argument("--rpm", type=int, default=15, help="requests per window per key")
    parser.add_argument("--window", type=int, default=10, help="seconds")
    parser.add_argument("--windows", type=int, default=12, help="run length in windows")
    parser.add_argument("--latency", type=float, default=0.2, help="upstream fixed latency")
    parser.add_argument("--wait", type=float, default=20.0, help="Pagewright wait deadline")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--skip-first-use", action="store_true")
    args = parser.parse_args()

    from tests.support.fake_llm import FakeLLMServer

    server = FakeLLMServer().start()
    if not args.skip_first_use:
        print(json.dumps(first_use(server, 21)), flush=True)
    modes = [m for m in args.modes.split(",") if m]
    if "litellm" in modes and not _litellm_available():
        modes.remove("litellm")
        print(json.dumps({"litellm": "not installed: uv pip install litellm"}), flush=True)
    duration = args.window * args.windows
    for n_keys in [int(k) for k in args.keys.split(",")]:
        for procs in [int(p) for p in args.procs.split(",")]:
            for load in [float(x) for x in args.loads.split(",")]:
                capacity = n_keys * args.rpm * args.windows
                scenario = {
                    "procs": procs,
                    "capacity": capacity,
                    "rate": load * capacity / duration,
                    "key_list": [f"AIzaAnchor{i:02d}-{uuid.uuid4().hex}" for i in range(n_keys)],
                }
                line: dict[str, Any] = {
                    "keys": n_keys,
                    "procs": procs,
                    "load": load,
                    "windows": args.windows,
                    "capacity": capacity,
                }
                figures = {mode: _run_mode(server, scenario, mode, args) for mode in modes}
                naive = figures.get("naive", {}).get("service_ms", [])
                for mode, fig in figures.items():
                    service = fig.pop("service_ms")
                    if mode == "naive" or not naive:
                        fig["e2e_ms_p50"] = round(_percentile(service, 50), 2)
                        fig["e2e_ms_p95"] = round(_percentile(service, 95), 2)
                    else:
                        for q in (50, 95):
                            added = _percentile(service, q) - _percentile(naive, q)
                            fig[f"added_ms_p{q}"] = round(added, 2)
                    line[mode] = fig
                print(json.dumps(line), flush=True)
    server.stop()


if __name__ == "__main__":
    main()
