"""Sustained mixed load on the production-like stack (`make load`).

    uv run --group bench python bench/load.py [--users 40] [--minutes 10] [--webhooks 500]

Starts the stack of scripts/stack (private PostgreSQL and Redis, two APIs, two workers, beat,
fake providers at zero latency, S3 on moto), registers --users accounts, then runs Locust
headless (bench/locustfile.py: sign in, upload, generate, poll or follow the SSE stream,
history, export) for --minutes. After the first minute it posts --webhooks signed Stripe
webhooks spread over 60 s from its own thread. Every 10 s it samples PostgreSQL's connections
(pg_stat_activity, the stack's database) and the resident memory of each API process.

Prints: throughput, p50/p95/p99 and failures per route (Locust's figures), the 5xx count,
the webhook burst's statuses and latencies, PostgreSQL connections and API RSS over time,
and checks the targets (0 5xx, status-poll p95 < 300 ms, connections within the pools).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.stack import flow  # noqa: E402
from scripts.stack.check import make_stack  # noqa: E402
from scripts.stack.stack import WEBHOOK_SECRET  # noqa: E402
from tests.support.fake_stripe import make_event, sign, subscription_object  # noqa: E402

POOL_SIZE = 10  # DATABASE_POOL_SIZE default; max_overflow is the same again


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def webhook_burst(base: str, count: int, seconds: float, out: dict[str, object]) -> None:
    statuses: dict[int, int] = {}
    latencies: list[float] = []
    start = time.monotonic()
    with httpx.Client(base_url=base, timeout=30) as client:
        for i in range(count):
            due = start + i * seconds / count
            time.sleep(max(0.0, due - time.monotonic()))
            sub = subscription_object(f"sub_load_{i}", customer=f"cus_load_{i % 50}")
            event = make_event(
                "customer.subscription.updated", sub, event_id=f"evt_{uuid.uuid4().hex}"
            )
            body = json.dumps(event)
            t0 = time.perf_counter()
            answer = client.post(
                flow.API + "/webhooks/stripe",
                content=body,
                headers={
                    "Content-Type": "application/json",
                    "Stripe-Signature": sign(body, WEBHOOK_SECRET),
                },
            )
            latencies.append(time.perf_counter() - t0)
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
    out.update(
        statuses=statuses,
        seconds=round(time.monotonic() - start, 1),
        p50_ms=round(_pct(latencies, 0.5) * 1000),
        p95_ms=round(_pct(latencies, 0.95) * 1000),
        p99_ms=round(_pct(latencies, 0.99) * 1000),
    )


def sampler(stack: object, stop: threading.Event, samples: list[dict[str, object]]) -> None:
    started = time.monotonic()
    while not stop.wait(10):
        rows = flow.psql(
            stack.dsn,  # type: ignore[attr-defined]
            "SELECT count(*), count(*) FILTER (WHERE state = 'active') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        rss = stack.rss()  # type: ignore[attr-defined]
        samples.append(
            {
                "t": round(time.monotonic() - started),
                "pg": int(rows[0][0]),
                "pg_active": int(rows[0][1]),
                "api1_mb": rss.get("api1", 0) // 2**20,
                "api2_mb": rss.get("api2", 0) // 2**20,
                "workers_mb": (rss.get("worker1", 0) + rss.get("worker2", 0)) // 2**20,
                "load1": os.getloadavg()[0],
            }
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--webhooks", type=int, default=500)
    parser.add_argument("--webhook-after", type=float, default=60.0)
    args = parser.parse_args()

    stack = make_stack()
    out_dir = stack.workdir / "load"
    out_dir.mkdir(parents=True)
    print(f"stack work directory: {stack.workdir}", flush=True)
    try:
        stack.up()
        emails = [f"load{i}@example.com" for i in range(args.users)]
        flow.create_users(stack.api_url(0), stack.dsn, emails)
        samples: list[dict[str, object]] = []
        stop = threading.Event()
        threading.Thread(target=sampler, args=(stack, stop, samples), daemon=True).start()
        burst: dict[str, object] = {}

        def later() -> None:
            if not stop.wait(args.webhook_after):
                webhook_burst(stack.api_url(1), args.webhooks, 60.0, burst)

        burst_thread = threading.Thread(target=later, daemon=True)
        burst_thread.start()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "LOAD_USERS": ",".join(emails),
            "LOAD_APIS": f"{stack.api_url(0)},{stack.api_url(1)}",
            "LOAD_STATUS_FILE": str(out_dir / "statuses.json"),
        }
        seconds = int(args.minutes * 60)
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(ROOT / "bench" / "locustfile.py"),
                "--headless",
                "-u",
                str(args.users),
                "-r",
                "4",
                "-t",
                f"{seconds}s",
                "--csv",
                str(out_dir / "load"),
                "--only-summary",
                "--stop-timeout",
                "30",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            check=False,
        )
        elapsed = time.monotonic() - started
        stop.set()
        burst_thread.join(timeout=120)
        settle_deadline = time.monotonic() + 120
        while time.monotonic() < settle_deadline and any(flow.unsettled(stack.dsn).values()):
            time.sleep(2)
        report(out_dir, elapsed, samples, burst, stack)
    finally:
        stack.down()


def report(
    out_dir: Path,
    elapsed: float,
    samples: list[dict[str, object]],
    burst: dict[str, object],
    stack: object,
) -> None:
    with open(out_dir / "load_stats.csv") as handle:
        rows = list(csv.DictReader(handle))
    fails = []
    if (out_dir / "load_failures.csv").exists():
        with open(out_dir / "load_failures.csv") as handle:
            fails = list(csv.DictReader(handle))
    print(f"\nLocust, {elapsed / 60:.1f} min:")
    print(f"{'route':52} {'reqs':>7} {'fail':>5} {'rps':>6} {'p50':>6} {'p95':>6} {'p99':>6}")
    poll_p95 = None
    for row in rows:
        label = row["Name"] if row["Name"] != "Aggregated" else "all routes"
        print(
            f"{label[:52]:52} {row['Request Count']:>7} {row['Failure Count']:>5} "
            f"{float(row['Requests/s']):6.1f} {row['50%']:>6} {row['95%']:>6} {row['99%']:>6}"
        )
        if "(poll)" in row["Name"]:
            poll_p95 = float(row["95%"])
    total = next((r for r in rows if r["Name"] == "Aggregated"), None)
    statuses: dict[str, int] = json.loads((out_dir / "statuses.json").read_text())
    five = sum(n for key, n in statuses.items() if key.rsplit(" ", 1)[1].startswith("5"))
    print("answers by route and status: " + json.dumps(statuses, sort_keys=True))
    for failure in fails:
        print(
            f"  failure: {failure['Method']} {failure['Name']}: {failure['Error'][:120]} "
            f"x{failure['Occurrences']}"
        )
    if total:
        rate = int(total["Failure Count"]) / max(1, int(total["Request Count"]))
        print(
            f"throughput {float(total['Requests/s']):.1f} req/s, error rate {rate:.3%}, 5xx {five}"
        )
    print(f"webhook burst: {burst}")
    unsettled = flow.unsettled(stack.dsn)  # type: ignore[attr-defined]
    done = flow.psql(
        stack.dsn,  # type: ignore[attr-defined]
        "SELECT status, count(*) FROM generations GROUP BY 1 ORDER BY 1",
    )
    print(
        f"generations by status: {dict((s, int(n)) for s, n in done)}; unsettled after 2 min: "
        f"{unsettled}; quota mismatches: {len(flow.quota_mismatches(stack.dsn))}"
    )  # type: ignore[attr-defined]
    print("\n  t(s)  pg conns (active)  api1 MB  api2 MB  workers MB  machine load (1 min)")
    for sample in samples[:: max(1, len(samples) // 20)]:
        print(
            f"{sample['t']:>6} {sample['pg']:>9} ({sample['pg_active']:>3}) "
            f"{sample['api1_mb']:>9} {sample['api2_mb']:>8} {sample['workers_mb']:>11} "
            f"{sample['load1']:>8.1f}"
        )
    peak_pg = max((int(s["pg"]) for s in samples), default=0)  # type: ignore[call-overload]
    processes = 2 + 2 * 2 + 1  # APIs, worker children (2 workers x -c 2), beat
    limit = processes * POOL_SIZE * 2
    print(
        f"peak PostgreSQL connections {peak_pg} (pool limit {limit}: {processes} processes x "
        f"(pool {POOL_SIZE} + overflow {POOL_SIZE}))"
    )
    checks = {
        "0 5xx": five == 0 and all(int(k) < 500 for k in burst.get("statuses", {})),  # type: ignore[attr-defined]
        "status-poll p95 < 300 ms": poll_p95 is not None and poll_p95 < 300,
        "PG connections within pool limits": peak_pg <= limit,
    }
    for name, passed in checks.items():
        print(f"target {name}: {'met' if passed else 'NOT met'}")


if __name__ == "__main__":
    main()
