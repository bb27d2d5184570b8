"""Where a pooled Gemini call spends its time, stage by stage, on one worker process.

    uv run python -m bench.keypool_stages            # needs Redis (REDIS_URL or db 13)

One worker process sends --requests calls through the real router, key pool and
google-genai SDK to the local fake upstream (fixed --latency from arrival), one every --gap
seconds (an idle process between calls, as in bench/keypool.py). Clocks are time.monotonic(),
shared by the worker and the fake. Prints one JSON line of p50 / p95 per stage (ms):

  acquire            route() entry to a lease (the acquire script's round trip)
  sdk_build          provider entry to the HTTP request starting (the SDK builds the body)
  send_to_arrival    HTTP request start to the fake's arrival stamp (aiohttp, loopback, parsing)
  upstream           the fake's own service time (the fixed latency)
  answer_to_headers  the answer leaving the fake to aiohttp having the response head
  headers_to_return  response head to the provider returning (body, reading the answer)
  after_provider     provider return to route() return (the router's bookkeeping)
  added              end-to-end minus the fixed latency (what bench/keypool.py reports)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import time
import uuid
from typing import Any

from bench.keypool import _percentile, drop_keys, pool_env


def _worker(env: dict[str, str], requests: int, gap: float, out: Any) -> None:
    os.environ.update(env)
    from app.core.logging import configure_logging

    configure_logging()
    out.put(asyncio.run(_measure(requests, gap)))


async def _measure(requests: int, gap: float) -> list[dict[str, float | str]]:
    import aiohttp

    from app.core.redis import get_redis
    from app.llm.keypool import get_pool, settle_releases
    from app.llm.providers import get_provider
    from app.llm.registry import get_model
    from app.llm.router import route
    from app.llm.types import LLMRequest

    model = get_model("gemini-2.5-flash")
    pool, provider = get_pool(), get_provider("gemini")
    marks: dict[str, float] = {}
    try_acquire, generate = pool.try_acquire, provider.generate
    send = aiohttp.ClientSession._request

    async def timed_try_acquire(est: int, *line: Any) -> Any:
        result = await try_acquire(est, *line)
        marks["acquired"] = time.monotonic()
        return result

    async def timed_generate(*args: Any, **kwargs: Any) -> Any:
        marks["provider_in"] = time.monotonic()
        result = await generate(*args, **kwargs)
        marks["provider_out"] = time.monotonic()
        return result

    async def timed_send(self: aiohttp.ClientSession, *args: Any, **kwargs: Any) -> Any:
        marks["send"] = time.monotonic()
        response = await send(self, *args, **kwargs)
        marks["headers"] = time.monotonic()
        return response

    pool.try_acquire = timed_try_acquire  # type: ignore[method-assign]
    provider.generate = timed_generate  # type: ignore[method-assign]
    aiohttp.ClientSession._request = timed_send  # type: ignore[method-assign]
    await get_redis().ping()
    rows: list[dict[str, float | str]] = []
    warm_up = 5  # first calls open connections and load code; not measured
    for index in range(requests + warm_up):
        rid = uuid.uuid4().hex[:12]
        marks.clear()
        started = time.monotonic()
        await route(
            LLMRequest(prompt="stage " + rid, purpose="probe", max_output_tokens=64), [model]
        )
        ended = time.monotonic()
        if index >= warm_up:
            rows.append({"rid": rid, "start": started, "end": ended, **marks})
        await asyncio.sleep(gap)
    await settle_releases()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--gap", type=float, default=0.08, help="seconds idle between calls")
    parser.add_argument("--latency", type=float, default=0.02, help="upstream fixed latency")
    args = parser.parse_args()

    from tests.support.fake_llm import FakeLLMServer

    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13")
    server = FakeLLMServer().start()
    server.latency = args.latency
    server.responder = lambda call: "ok"
    keys = [f"AIzaStage{i:02d}-{uuid.uuid4().hex}" for i in range(5)]
    prefix = f"stages{uuid.uuid4().hex[:8]}:"
    env = pool_env(
        server.url, keys, rpm=100_000, window=10, margin=0.05, prefix=prefix, redis_url=redis_url
    )
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    worker = ctx.Process(target=_worker, args=(env, args.requests, args.gap, out))
    worker.start()
    rows = out.get(timeout=args.requests * (args.gap + 1) + 120)
    worker.join(timeout=10)
    server.stop()
    drop_keys(redis_url, prefix)

    calls = {call.prompt.split()[-1]: call for call in server.calls}
    stages: dict[str, list[float]] = {}

    def add(name: str, seconds: float) -> None:
        stages.setdefault(name, []).append(seconds * 1000)

    for row in rows:
        call = calls[str(row["rid"])]
        left = call.arrived_at + call.service_s
        add("acquire", float(row["acquired"]) - float(row["start"]))
        add("sdk_build", float(row["send"]) - float(row["provider_in"]))
        add("send_to_arrival", call.arrived_at - float(row["send"]))
        add("upstream", call.service_s)
        add("answer_to_headers", float(row["headers"]) - left)
        add("headers_to_return", float(row["provider_out"]) - float(row["headers"]))
        add("after_provider", float(row["end"]) - float(row["provider_out"]))
        add("added", float(row["end"]) - float(row["start"]) - args.latency)
    line: dict[str, Any] = {"requests": len(rows), "gap_s": args.gap, "latency_s": args.latency}
    for name, values in stages.items():
        line[name] = [round(_percentile(values, 50), 3), round(_percentile(values, 95), 3)]
    print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
