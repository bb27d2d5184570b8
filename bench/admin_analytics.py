"""Time GET /api/v1/admin/analytics on a large, realistic data set.

    uv run python bench/admin_analytics.py [--users 10000] [--generations 200000] [--runs 5]

Creates a scratch PostgreSQL database (postgres@127.0.0.1:5432, trust auth; BENCH_PG_ADMIN_DSN
to change), migrates it with Alembic, seeds ~90 days of users, generations, usage logs,
feedback, subscriptions and analytics events with COPY, then calls the endpoint through the
app (httpx ASGITransport): cold (Redis cache emptied before each call) and warm. Prints one
JSON object with the figures, and drops the database (unless --keep).

The seed's COPY fires the rollup triggers (one delta per row); the bench then folds them as
the beat task would (`fold_s`) and runs VACUUM ANALYZE, as autovacuum would on a live
database (the one-off fold of 740k deltas leaves that many dead rows; the minutely fold
leaves a handful). Last, `write_cost` times one-row status updates with the triggers on and
off (the baseline), in the same run.

Cold calls alternate between the rollups (the app's path; the very first call in the process
is one of these) and the raw-row queries (`compute_analytics(source="raw")`, the pre-rollup
path) as the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import math
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUN = uuid.uuid4().hex[:8]
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_HOSTPORT = os.environ.get("BENCH_PG_HOSTPORT", "127.0.0.1:5432")
DB = f"pagewright_bench_{RUN}"
# Settings are read from the environment at import: set them before importing the app.
os.environ.update(
    {
        "ENVIRONMENT": "development",
        "DATABASE_URL": f"postgresql+asyncpg://postgres@{PG_HOSTPORT}/{DB}",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
        "REDIS_KEY_PREFIX": f"pwbench{RUN}:",
        "TASK_INLINE": "true",
        "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
        "LOG_LEVEL": "WARNING",
        "RATE_LIMIT_ENABLED": "false",
    }
)

import asyncpg  # noqa: E402
from alembic.config import Config  # noqa: E402
from httpx import ASGITransport, AsyncClient  # noqa: E402

from alembic import command  # noqa: E402

METHODS = (["email"] * 6) + (["google"] * 3) + ["magic_link"]
COUNTRIES = (
    ["US"] * 30
    + ["GB"] * 8
    + ["DE"] * 8
    + ["FR"] * 6
    + ["IN"] * 10
    + ["BR"] * 6
    + [
        "CA",
        "AU",
        "NL",
        "ES",
        "IT",
        "JP",
        "MX",
        "PL",
        "SE",
        "NG",
    ]
)
MODELS = [
    ("gemini", "gemini-2.5-flash", 0.30, 2.50),
    ("gemini", "gemini-2.5-flash", 0.30, 2.50),
    ("gemini", "gemini-2.5-flash", 0.30, 2.50),
    ("gemini", "gemini-2.5-pro", 1.25, 10.0),
    ("anthropic", "claude-sonnet-4-5", 3.0, 15.0),
    ("openai", "gpt-4.1", 2.0, 8.0),
    ("offline", "offline-draft", 0.0, 0.0),
]
KEY_LABELS = [f"k-{i:08x}" for i in range(1, 6)]
TARGET_COLD_MS = 300


def when(rng: random.Random, now: datetime, days: int) -> datetime:
    # More activity lately: growth over the period.
    age = days * 86400 * (1 - math.sqrt(rng.random()))
    return now - timedelta(seconds=age)


def seed_rows(n_users: int, n_gens: int, days: int) -> dict[str, tuple[list[str], list[tuple]]]:
    rng = random.Random(20261122)
    now = datetime.now(UTC)
    users, user_ids, pro = [], [], []
    for i in range(n_users):
        uid = uuid.uuid4()
        created = when(rng, now, days)
        tier = "pro" if rng.random() < 0.15 else "free"
        override = rng.choice(["pro", "free"]) if rng.random() < 0.02 else None
        users.append(
            (
                uid,
                f"user{i}@bench.example",
                rng.choice(METHODS),
                True,
                rng.random() > 0.03,
                False,
                tier,
                override,
                rng.choice(COUNTRIES) if rng.random() < 0.6 else None,
                created,
                created,
                created,
            )
        )
        user_ids.append((uid, created))
        if tier == "pro":
            pro.append(uid)
    gens, usage, feedback = [], [], []
    statuses = (
        ["completed"] * 85 + ["failed"] * 8 + ["queued", "analyzing", "writing", "validating"] * 2
    )
    heavy = [rng.choice(user_ids) for _ in range(n_users // 10)]
    for _ in range(n_gens):
        uid, ucreated = rng.choice(heavy) if rng.random() < 0.5 else rng.choice(user_ids)
        created = ucreated + (now - ucreated) * rng.random()
        provider, model, pin, pout = rng.choice(MODELS)
        status = rng.choice(statuses)
        t_in, t_out = rng.randint(1500, 9000), rng.randint(300, 2500)
        cost = Decimal(round((t_in * pin + t_out * pout) / 1e6, 6))
        duration = int(rng.lognormvariate(9.6, 0.5)) if status in ("completed", "failed") else None
        gid = uuid.uuid4()
        done = created + timedelta(milliseconds=duration) if duration else None
        gens.append(
            (
                gid,
                uid,
                status,
                status,
                100 if status == "completed" else 40,
                "{}",
                model,
                provider,
                t_in,
                t_out,
                cost,
                1,
                created,
                created if status != "queued" else None,
                done,
                duration,
                created,
                done or created,
            )
        )
        if status != "queued":
            usage.append(
                (
                    uuid.uuid4(),
                    uid,
                    gid,
                    "generation",
                    provider,
                    model,
                    rng.choice(KEY_LABELS) if provider == "gemini" else None,
                    t_in,
                    t_out,
                    cost,
                    duration or 1000,
                    "ok" if status != "failed" else "error",
                    created,
                )
            )
        if status == "completed" and rng.random() < 0.2:
            rating = "up" if rng.random() < 0.75 else "down"
            feedback.append((uuid.uuid4(), gid, uid, rating, done, done))
    subs = []
    for i, uid in enumerate(pro):
        status = rng.choices(["active", "trialing", "past_due", "canceled"], [85, 5, 5, 5])[0]
        start = now - timedelta(days=rng.randint(0, 29))
        subs.append(
            (
                uuid.uuid4(),
                uid,
                f"sub_bench_{i}",
                f"cus_bench_{i}",
                "price_pro",
                status,
                start,
                start + timedelta(days=30),
                False,
                now,
                now,
            )
        )
    events = []
    for _ in range(n_gens * 3 // 4):
        uid, ucreated = rng.choice(user_ids)
        events.append(
            (
                uuid.uuid4(),
                uid if rng.random() < 0.95 else None,
                rng.choice(
                    [
                        "auth.login",
                        "auth.logout",
                        "generation.created",
                        "generation.completed",
                        "feedback.submitted",
                    ]
                ),
                "{}",
                f"198.51.100.{rng.randint(1, 254)}",
                "Mozilla/5.0 (bench)",
                rng.choice(COUNTRIES) if rng.random() < 0.8 else None,
                ucreated + (now - ucreated) * rng.random(),
            )
        )
    return {
        "users": (
            [
                "id",
                "email",
                "auth_provider",
                "email_verified",
                "is_active",
                "is_admin",
                "subscription_tier",
                "tier_override",
                "country",
                "created_at",
                "updated_at",
                "last_active_at",
            ],
            users,
        ),
        "generations": (
            [
                "id",
                "user_id",
                "status",
                "stage",
                "progress",
                "business_context",
                "model_id",
                "provider",
                "tokens_in",
                "tokens_out",
                "cost_usd",
                "attempts",
                "queued_at",
                "started_at",
                "completed_at",
                "duration_ms",
                "created_at",
                "updated_at",
            ],
            gens,
        ),
        "usage_logs": (
            [
                "id",
                "user_id",
                "generation_id",
                "purpose",
                "provider",
                "model_id",
                "key_label",
                "tokens_in",
                "tokens_out",
                "cost_usd",
                "latency_ms",
                "outcome",
                "created_at",
            ],
            usage,
        ),
        "feedback": (
            ["id", "generation_id", "user_id", "rating", "created_at", "updated_at"],
            feedback,
        ),
        "subscriptions": (
            [
                "id",
                "user_id",
                "stripe_subscription_id",
                "stripe_customer_id",
                "stripe_price_id",
                "status",
                "current_period_start",
                "current_period_end",
                "cancel_at_period_end",
                "created_at",
                "updated_at",
            ],
            subs,
        ),
        "analytics_events": (
            [
                "id",
                "user_id",
                "event_type",
                "properties",
                "ip_address",
                "user_agent",
                "country",
                "created_at",
            ],
            events,
        ),
    }


def migrate(url: str) -> None:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.attributes["database_url"] = url
    cfg.attributes["configure_logger"] = False
    command.upgrade(cfg, "head")


async def seed(args: argparse.Namespace) -> dict[str, Any]:
    t0 = time.perf_counter()
    tables = seed_rows(args.users, args.generations, args.days)
    built = time.perf_counter() - t0
    conn = await asyncpg.connect(f"postgresql://postgres@{PG_HOSTPORT}/{DB}")
    try:
        t1 = time.perf_counter()
        for table in (
            "users",
            "generations",
            "usage_logs",
            "feedback",
            "subscriptions",
            "analytics_events",
        ):
            columns, rows = tables[table]
            await conn.copy_records_to_table(table, records=rows, columns=columns)
        # A live database is autovacuumed; a freshly COPYed one is not until we ask.
        await conn.execute("VACUUM ANALYZE")
        copied = time.perf_counter() - t1
    finally:
        await conn.close()
    folded, fold_s = await fold_rollups()
    conn = await asyncpg.connect(f"postgresql://postgres@{PG_HOSTPORT}/{DB}")
    try:
        await conn.execute("VACUUM ANALYZE")  # the fold deleted every delta row
    finally:
        await conn.close()
    return {
        "rows": {name: len(rows) for name, (_, rows) in tables.items()},
        "build_s": round(built, 2),
        "copy_s": round(copied, 2),
        "deltas_folded": folded,
        "fold_s": round(fold_s, 2),
    }


async def fold_rollups() -> tuple[dict[str, int], float]:
    from app.db.engine import get_sessionmaker
    from app.repositories import rollups  # the service's fold, without its log line on stdout

    t = time.perf_counter()
    async with get_sessionmaker()() as session:
        folded = await rollups.fold(session)
        await session.commit()
    return folded, time.perf_counter() - t


async def timed(client: AsyncClient, headers: dict[str, str]) -> float:
    t = time.perf_counter()
    r = await client.get("/api/v1/admin/analytics", headers=headers)
    elapsed = (time.perf_counter() - t) * 1000
    if r.status_code != 200:
        raise SystemExit(f"analytics answered {r.status_code}: {r.text[:500]}")
    return elapsed


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    from app.core.redis import close_redis, get_redis
    from app.db.engine import dispose_engine, get_sessionmaker
    from app.main import create_app
    from app.models import User
    from app.services.auth.sessions import start_session

    async with get_sessionmaker()() as session:
        admin = User(email="bench-admin@bench.example", is_admin=True, email_verified=True)
        session.add(admin)
        await session.flush()
        tokens = await start_session(
            session, user=admin, method="password", user_agent="bench", ip_address="127.0.0.1"
        )
        await session.commit()
    headers = {"Authorization": f"Bearer {tokens.access_token}"}
    app = create_app()
    redis = get_redis()

    async def clear_cache() -> None:
        keys = [k async for k in redis.scan_iter(match=f"pwbench{RUN}:admin:*")]
        if keys:
            await redis.delete(*keys)

    from app.services.admin import analytics

    rollup_path = analytics.compute_analytics
    raw_path = functools.partial(rollup_path, source="raw")
    cold, raw, warm = [], [], []
    async with AsyncClient(transport=ASGITransport(app=app), base_url="https://bench") as client:
        for _ in range(args.runs):
            await clear_cache()
            cold.append(await timed(client, headers))
            analytics.compute_analytics = raw_path  # type: ignore[assignment]
            try:
                await clear_cache()
                raw.append(await timed(client, headers))
                await clear_cache()
                raw_body = (await client.get("/api/v1/admin/analytics", headers=headers)).json()
            finally:
                analytics.compute_analytics = rollup_path
        for _ in range(args.runs):
            warm.append(await timed(client, headers))
        body = (await client.get("/api/v1/admin/analytics", headers=headers)).json()
    keys = [k async for k in redis.scan_iter(match=f"pwbench{RUN}:*")]
    if keys:
        await redis.delete(*keys)
    await close_redis()
    await dispose_engine()
    for answer in (body, raw_body):
        answer["range"].pop("generated_at")
        answer["range"].pop("cached")
        answer["key_pool"].pop("live", None)
    return {
        "cold_ms": [round(x, 1) for x in cold],
        "cold_first_ms": round(cold[0], 1),
        "cold_median_ms": round(statistics.median(cold), 1),
        "cold_max_ms": round(max(cold), 1),
        "baseline_raw_cold_ms": [round(x, 1) for x in raw],
        "baseline_raw_cold_median_ms": round(statistics.median(raw), 1),
        "baseline_raw_cold_max_ms": round(max(raw), 1),
        "same_answer_as_raw": body == raw_body,
        "warm_ms": [round(x, 1) for x in warm],
        "warm_median_ms": round(statistics.median(warm), 1),
        "target_cold_ms": TARGET_COLD_MS,
        "cold_under_target": max(cold) < TARGET_COLD_MS,
        "sample": {
            "users_total": body["users"]["total"],
            "active": body["users"]["active"],
            "generations_in_range": body["generations"]["total"],
            "p95_ms": body["generations"]["duration"]["p95_ms"],
            "mrr_usd": body["revenue"]["mrr_usd"],
        },
    }


async def write_cost(n: int) -> dict[str, Any]:
    """What the rollup triggers cost writers: one-row status updates (the pipeline's commonest
    write), alternating batches with the triggers on and off (the baseline,
    `ALTER TABLE ... DISABLE TRIGGER USER`) on the same rows. The updates flip
    failed <-> completed, so the rollups stay true afterwards."""
    conn = await asyncpg.connect(f"postgresql://postgres@{PG_HOSTPORT}/{DB}")
    try:
        ids = [
            r["id"]
            for r in await conn.fetch(
                "SELECT id FROM generations WHERE status IN ('completed', 'failed') LIMIT $1", n
            )
        ]
        update = (
            "UPDATE generations SET status = CASE status WHEN 'completed' THEN 'failed' "
            "ELSE 'completed' END, progress = progress WHERE id = $1"
        )
        timings: dict[str, list[float]] = {"on": [], "off": []}
        batch = max(1, len(ids) // 10)
        for i in range(0, len(ids), batch):
            for mode in ("on", "off") if (i // batch) % 2 == 0 else ("off", "on"):
                verb = "ENABLE" if mode == "on" else "DISABLE"
                await conn.execute(f"ALTER TABLE generations {verb} TRIGGER USER")
                # One transaction per batch: the commit's fsync (milliseconds, the same with
                # or without triggers) stays out of the per-update figure.
                async with conn.transaction():
                    for gid in ids[i : i + batch]:
                        t = time.perf_counter()
                        await conn.execute(update, gid)
                        timings[mode].append((time.perf_counter() - t) * 1e6)
                        if mode == "off":  # undo, so that the rollups stay true
                            await conn.execute(update, gid)
        await conn.execute("ALTER TABLE generations ENABLE TRIGGER USER")
    finally:
        await conn.close()
    return {
        "status_updates": len(timings["on"]),
        "update_us_p50_with_triggers": round(statistics.median(timings["on"]), 1),
        "update_us_p50_without_triggers": round(statistics.median(timings["off"]), 1),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--generations", type=int, default=200_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writes", type=int, default=2000, help="Status updates timed")
    parser.add_argument("--keep", action="store_true", help="Keep the scratch database")
    args = parser.parse_args()
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{DB}"')
    await admin.close()
    try:
        await asyncio.get_running_loop().run_in_executor(None, migrate, os.environ["DATABASE_URL"])
        seeded = await seed(args)
        figures = await measure(args)
        figures["write_cost"] = await write_cost(args.writes)
    finally:
        if not args.keep:
            admin = await asyncpg.connect(PG_ADMIN)
            await admin.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
            await admin.close()
    machine = {"cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)}
    print(
        json.dumps(
            {"database": DB if args.keep else None, **machine, **seeded, **figures}, indent=2
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
