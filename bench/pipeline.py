"""The platform's own overhead per generation, end to end through the API and a real Celery
worker, with a zero-latency fake model provider (so every millisecond measured is ours).

    uv run python bench/pipeline.py [-n 30] [--page 5] [--concurrency 1]

Needs PostgreSQL (127.0.0.1:5432, user postgres) and Redis (127.0.0.1:6379) like the test
suite; it creates and drops its own database. Prints one JSON object: per generation p50 /
p95 / mean of the end-to-end time (POST -> completed row) and its breakdown by stage
(API create, queue wait, writing, validating + repair, finishing + notice).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUN = uuid.uuid4().hex[:8]
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_HOSTPORT = os.environ.get("BENCH_PG_HOSTPORT", "127.0.0.1:5432")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
DB = f"pagewright_bench_{RUN}"


def _env(fake_url: str) -> None:
    os.environ.update(
        {
            "ENVIRONMENT": "test",
            "DATABASE_URL": f"postgresql+asyncpg://postgres@{PG_HOSTPORT}/{DB}",
            "REDIS_URL": f"{REDIS}/13",
            "CELERY_BROKER_URL": f"{REDIS}/12",
            "REDIS_KEY_PREFIX": f"pwbench{RUN}:",
            "TASK_INLINE": "false",
            "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
            "DATA_DIR": f"/tmp/pagewright-bench-{RUN}",
            "LOG_LEVEL": "WARNING",
            "RATE_LIMIT_ENABLED": "false",
            "GEMINI_API_KEYS": "AIzaBENCH-1,AIzaBENCH-2,AIzaBENCH-3",
            "GEMINI_BASE_URL": fake_url + "/",
            "KEYPOOL_RPM": "100000",
            "KEYPOOL_RPD": "1000000",
            "KEYPOOL_TPM": "1000000000",
            "TIERS": json.dumps(
                {
                    "free": {"daily_generations": 100000, "providers": ["gemini", "offline"]},
                    "pro": {"daily_generations": 100000, "providers": None},
                }
            ),
        }
    )


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))], 1)

    return {"p50": pct(0.5), "p95": pct(0.95), "mean": round(statistics.fmean(ordered), 1)}


async def _one(
    client: Any, headers: dict[str, str], shot_id: str, context: dict[str, Any]
) -> dict[str, float]:
    from app.db.engine import get_sessionmaker
    from app.models import Generation

    start = time.perf_counter()
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": shot_id, "business_context": context},
    )
    created = time.perf_counter()
    if resp.status_code != 202:
        raise SystemExit(f"create failed: {resp.status_code} {resp.text}")
    gid = uuid.UUID(resp.json()["id"])
    while True:
        async with get_sessionmaker()() as session:
            row = await session.get(Generation, gid)
            if row is not None and row.status in ("completed", "failed"):
                break
        await asyncio.sleep(0.005)
    done = time.perf_counter()
    if row.status != "completed":
        raise SystemExit(f"generation failed: {row.error_code} {row.error_message}")
    timings = row.stage_timings or {}
    total = (done - start) * 1000
    inner = sum(float(timings.get(k, 0)) for k in ("queue_ms", "writing_ms", "validating_ms"))
    return {
        "total": total,
        "api_create": (created - start) * 1000,
        "queue": float(timings.get("queue_ms", 0)),
        "writing": float(timings.get("writing_ms", 0)),
        "validating": float(timings.get("validating_ms", 0)),
        "finish_and_notice": max(0.0, total - (created - start) * 1000 - inner),
    }


async def main(args: argparse.Namespace) -> dict[str, Any]:
    import asyncpg

    from tests.support.fake_llm import FakeLLMServer
    from tests.support.generations import business_context, length_writer, sample_analysis

    fake = FakeLLMServer().start()
    fake.responder = length_writer(0.0)
    _env(fake.url)
    from app.core.config import get_settings

    get_settings.cache_clear()  # in case an import read the settings before _env
    conn = await asyncpg.connect(PG_ADMIN)
    await conn.execute(f'CREATE DATABASE "{DB}"')
    await conn.close()
    try:
        from httpx import ASGITransport, AsyncClient

        from app.db.engine import dispose_engine, get_sessionmaker
        from app.main import create_app
        from app.workers.runtime import configure_dispatch
        from tests.support.db import alembic_upgrade
        from tests.support.factories import auth_headers, create_user
        from tests.support.generations import create_screenshot
        from tests.support.worker import celery_worker

        await alembic_upgrade(os.environ["DATABASE_URL"], "head")
        configure_dispatch(inline=False)
        async with get_sessionmaker()() as session:
            user = await create_user(session)
            headers = await auth_headers(session, user)
            shot = await create_screenshot(session, user, analysis=sample_analysis(args.page))
        app = create_app()
        samples: list[dict[str, float]] = []
        with celery_worker(queues="generation", concurrency=args.concurrency, name="bench"):
            transport = ASGITransport(app=app, client=("203.0.113.7", 50000))
            async with AsyncClient(transport=transport, base_url="https://testserver") as client:
                await _one(client, headers, str(shot.id), business_context())  # warm up
                calls_before = len(fake.calls)
                for _ in range(0, args.n, args.concurrency):
                    batch = [
                        _one(client, headers, str(shot.id), business_context())
                        for _ in range(args.concurrency)
                    ]
                    samples += await asyncio.gather(*batch)
        await dispose_engine()
        return {
            "generations": len(samples),
            "page": args.page,
            "elements": len(
                __import__("app.services.generation.prompt", fromlist=["x"]).build_elements(
                    sample_analysis(args.page)
                )
            ),
            "concurrency": args.concurrency,
            "provider_calls": len(fake.calls) - calls_before,
            "provider_latency_ms": 0,
            "overhead_ms": _stats([s["total"] for s in samples]),
            "stages_ms": {
                name: _stats([s[name] for s in samples])
                for name in ("api_create", "queue", "writing", "validating", "finish_and_notice")
            },
        }
    finally:
        fake.stop()
        conn = await asyncpg.connect(PG_ADMIN)
        await conn.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
        await conn.close()
        from bench.keypool import drop_keys

        for index in (12, 13):
            drop_keys(f"{REDIS}/{index}", f"pwbench{RUN}:")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=30, help="generations to measure")
    parser.add_argument("--page", type=int, default=5, help="sample page (1-12) to write")
    parser.add_argument("--concurrency", type=int, default=1, help="worker processes / batch")
    print(json.dumps(asyncio.run(main(parser.parse_args())), indent=2))
