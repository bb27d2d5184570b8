"""The key pool on one Redis and on a 3-master Redis Cluster, in one run.

    uv run python -m bench.keypool_cluster [--procs 2] [--keys 5] [--rpm 10] [--window 5]

Starts its own redis-server (free port) and its own 3-node cluster (free ports), then runs
bench.keypool's pool mode against each, one after the other, with the same workload:
--procs worker processes offer twice the pool's capacity for --windows windows through the
real router and Gemini SDK to the local fake upstream. One JSON line per backend with the
acquire script's round trip as the client saw it (acquire_ms_p50/p95), the router's added
latency and the checks that matter (upstream 429s, errors, utilisation). On the cluster the
pool's keys share one hash slot: one node serves every acquire, the client finds it by slot.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import uuid
from pathlib import Path
from typing import Any

from bench.keypool import _percentile, drop_keys, pool_env, run_processes


def _run(
    url: str, broker: str, args: argparse.Namespace, server: Any, keys: list[str]
) -> dict[str, Any]:
    duration = float(args.window * args.windows)
    capacity = args.keys * args.rpm * duration / args.window

    def fresh_upstream() -> None:
        server.reset()
        server.latency = args.latency
        server.responder = lambda call: "ok"
        server.set_limit(args.rpm, window=float(args.window))

    fresh_upstream()
    prefix = f"bench{uuid.uuid4().hex[:8]}:"
    env = pool_env(
        server.url, keys, rpm=args.rpm, window=args.window, margin=0.05, prefix=prefix,
        redis_url=url,
    )  # fmt: skip
    env["CELERY_BROKER_URL"] = broker  # a plain Redis: Celery cannot use the cluster
    stats = run_processes(
        procs=args.procs,
        mode="pool",
        env=env,
        keys=keys,
        rate=2 * capacity / duration,
        duration=duration,
        latency=args.latency,
        before_start=fresh_upstream,
    )
    drop_keys(url, prefix)
    return {
        "offered": stats["offered"],
        "ok": stats["ok"],
        "utilisation": round(stats["ok"] / capacity, 4),
        "upstream_429s": server.limit_429s,
        "errors": stats["errors"],
        "acquire_calls": len(stats["pool"]),
        "acquire_ms_p50": round(_percentile(stats["pool"], 50), 3),
        "acquire_ms_p95": round(_percentile(stats["pool"], 95), 3),
        "release_ms_p95": round(_percentile(stats["release"], 95), 3),
        "router_ms_p50": round(_percentile(stats["router"], 50), 3),
        "router_ms_p95": round(_percentile(stats["router"], 95), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--keys", type=int, default=5)
    parser.add_argument("--rpm", type=int, default=10, help="requests per window per key")
    parser.add_argument("--window", type=int, default=5, help="seconds")
    parser.add_argument("--windows", type=int, default=3, help="run length in windows")
    parser.add_argument("--latency", type=float, default=0.02, help="upstream fixed latency")
    args = parser.parse_args()

    from tests.support.fake_llm import FakeLLMServer
    from tests.support.own_redis import OwnRedis
    from tests.support.redis_cluster import OwnCluster

    server = FakeLLMServer().start()
    keys = [f"AIzaBench{i:02d}-{uuid.uuid4().hex}" for i in range(args.keys)]
    with tempfile.TemporaryDirectory(prefix="pw-bench-cluster-") as work:
        single = OwnRedis(Path(work))
        cluster = OwnCluster(Path(work) / "cluster")
        try:
            for name, url in (("single", single.url), ("cluster", cluster.url)):
                line = {"backend": name, "procs": args.procs, "keys": args.keys}
                line.update(_run(url, single.url, args, server, keys))
                print(json.dumps(line), flush=True)
        finally:
            single.stop()
            cluster.stop()
            server.stop()


if __name__ == "__main__":
    main()
