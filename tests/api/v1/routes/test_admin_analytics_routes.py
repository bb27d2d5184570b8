"""GET /admin/analytics on seeded data: every figure equals what Python computes from the rows."""

from __future__ import annotations

import random
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AnalyticsEvent, Feedback, Generation, Subscription, UsageLog, User
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_admin

STATUSES = ["queued", "analyzing", "writing", "validating", "completed", "failed"]
MODELS = ["gemini-2.5-flash", "claude-sonnet", "gpt-4o", None]
METHODS = ["email", "google", "magic_link"]
COUNTRIES = ["US", "DE", "FR", "BR", None]


@dataclass
class Seed:
    users: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    generations: list[dict[str, Any]] = field(default_factory=list)
    usage: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)
    subscriptions: list[dict[str, Any]] = field(default_factory=list)


def midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def build_seed(now: datetime, rng: random.Random) -> Seed:
    seed = Seed()
    first = midnight(now.date() - timedelta(days=40))
    span = (now - first).total_seconds()

    def when() -> datetime:
        return first + timedelta(seconds=rng.uniform(0, span))

    boundaries = [midnight(now.date() - timedelta(days=d)) for d in (20, 1, 0)]
    for i in range(80):
        created = boundaries[i] if i < len(boundaries) else when()
        seed.users.append(
            {
                "id": uuid.uuid4(),
                "email": f"u{i}@seed.example",
                "auth_provider": rng.choice(METHODS),
                "subscription_tier": rng.choice(["free", "free", "pro"]),
                "tier_override": rng.choice([None, None, None, "pro", "free"]),
                "country": rng.choice(COUNTRIES),
                "created_at": created,
            }
        )
    for _ in range(250):
        user = rng.choice([*seed.users, None])
        seed.events.append(
            {
                "user_id": user["id"] if user else None,
                "event_type": rng.choice(["auth.login", "generation.created"]),
                "country": rng.choice(COUNTRIES),
                "created_at": when(),
            }
        )
    for _ in range(400):
        user = rng.choice(seed.users)
        status = rng.choice(STATUSES)
        duration = (
            rng.randint(800, 60_000) if status == "completed" and rng.random() > 0.1 else None
        )
        seed.generations.append(
            {
                "id": uuid.uuid4(),
                "user_id": user["id"],
                "status": status,
                "model_id": rng.choice(MODELS),
                "duration_ms": duration,
                "created_at": when(),
            }
        )
    # Exactly on the range's edges: start is in, end is out.
    edge_user = seed.users[3]["id"]
    for day_offset in (20, 1):
        seed.generations.append(
            {
                "id": uuid.uuid4(),
                "user_id": edge_user,
                "status": "completed",
                "model_id": "gpt-4o",
                "duration_ms": 1000,
                "created_at": midnight(now.date() - timedelta(days=day_offset)),
            }
        )
    for _ in range(300):
        provider, model = rng.choice(
            [("gemini", "gemini-2.5-flash"), ("anthropic", "claude-sonnet"), ("openai", "gpt-4o")]
        )
        seed.usage.append(
            {
                "provider": provider,
                "model_id": model,
                "key_label": rng.choice(["k1", "k2", None]) if provider == "gemini" else None,
                "tokens_in": rng.randint(0, 5000),
                "tokens_out": rng.randint(0, 2000),
                "cost_usd": Decimal(rng.randint(0, 10**6)) / Decimal(10**6),
                "outcome": rng.choice(["ok", "ok", "rate_limited", "error"]),
                "created_at": when(),
            }
        )
    for gen in rng.sample(seed.generations, 120):
        seed.feedback.append(
            {
                "generation_id": gen["id"],
                "user_id": gen["user_id"],
                "rating": rng.choice(["up", "up", "down"]),
                "created_at": when(),
            }
        )
    for i, user in enumerate(seed.users[:30]):
        seed.subscriptions.append(
            {
                "user_id": user["id"],
                "stripe_subscription_id": f"sub_{i}",
                "stripe_customer_id": f"cus_{i}",
                "status": rng.choice(["active", "trialing", "past_due", "canceled", "incomplete"]),
            }
        )
    return seed


async def insert(session: AsyncSession, seed: Seed) -> None:
    session.add_all(User(**u) for u in seed.users)
    await session.flush()
    session.add_all(AnalyticsEvent(**e) for e in seed.events)
    session.add_all(Generation(business_context={}, **g) for g in seed.generations)
    await session.flush()
    session.add_all(UsageLog(purpose="generation", **u) for u in seed.usage)
    session.add_all(Feedback(**f) for f in seed.feedback)
    session.add_all(Subscription(**s) for s in seed.subscriptions)
    await session.commit()


def percentile_cont(values: list[int], q: float) -> float:
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    lo = int(pos)
    if lo + 1 >= len(ordered):
        return float(ordered[lo])
    return ordered[lo] + (pos - lo) * (ordered[lo + 1] - ordered[lo])


def expected(seed: Seed, from_date: date, to_date: date, now: datetime) -> dict[str, Any]:
    start, end = midnight(from_date), midnight(to_date + timedelta(days=1))
    days = [from_date + timedelta(days=i) for i in range((to_date - from_date).days + 1)]

    def inside(t: datetime) -> bool:
        return start <= t < end

    existing = [u for u in seed.users if u["created_at"] < end]
    activity = [(e["user_id"], e["created_at"]) for e in seed.events if e["user_id"]] + [
        (g["user_id"], g["created_at"]) for g in seed.generations
    ]

    def active(window: int) -> int:
        return len({uid for uid, t in activity if end - timedelta(days=window) <= t < end})

    by_tier = Counter({"free": 0, "pro": 0})
    by_tier.update(u["tier_override"] or u["subscription_tier"] for u in existing)
    signups = {d: dict.fromkeys(METHODS, 0) for d in days}
    for u in seed.users:
        if inside(u["created_at"]):
            signups[u["created_at"].date()][u["auth_provider"]] += 1
    geo: Counter[str] = Counter()
    for u in existing:
        country = u["country"]
        if country is None:
            mine = [e for e in seed.events if e["user_id"] == u["id"] and e["country"]]
            country = max(mine, key=lambda e: e["created_at"])["country"] if mine else "unknown"
        geo[country] += 1

    gens = [g for g in seed.generations if inside(g["created_at"])]
    per_day = {
        d: {"day": d.isoformat(), "total": 0, "by_status": Counter(), "by_model": Counter()}
        for d in days
    }
    for g in gens:
        entry = per_day[g["created_at"].date()]
        entry["total"] += 1
        entry["by_status"][g["status"]] += 1
        entry["by_model"][g["model_id"] or "unknown"] += 1
    status_counts = Counter(g["status"] for g in gens)
    durations = [
        g["duration_ms"]
        for g in gens
        if g["status"] == "completed" and g["duration_ms"] is not None
    ]
    finished = status_counts["completed"] + status_counts["failed"]
    today = [g for g in seed.generations if g["created_at"].date() == now.date()]

    usage_rows: dict[tuple[str, str, str], list[Any]] = defaultdict(lambda: [0, 0, 0, Decimal(0)])
    totals: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, 0, 0, Decimal(0)])
    keys: dict[str, dict[str, Any]] = {}
    for u in seed.usage:
        if not inside(u["created_at"]):
            continue
        for acc in (
            usage_rows[(u["created_at"].date().isoformat(), u["provider"], u["model_id"])],
            totals[(u["provider"], u["model_id"])],
        ):
            acc[0] += 1
            acc[1] += u["tokens_in"]
            acc[2] += u["tokens_out"]
            acc[3] += u["cost_usd"]
        if u["provider"] == "gemini":
            label = u["key_label"] or "unlabelled"
            k = keys.setdefault(
                label,
                {
                    "key_label": label,
                    "calls": 0,
                    "tokens_in": 0,
                    "tokens_out": 0,
                    "outcomes": Counter(),
                    "last": None,
                },
            )
            k["calls"] += 1
            k["tokens_in"] += u["tokens_in"]
            k["tokens_out"] += u["tokens_out"]
            k["outcomes"][u["outcome"]] += 1
            k["last"] = max(filter(None, [k["last"], u["created_at"]]))
    paying = Counter(
        s["status"] for s in seed.subscriptions if s["status"] in ("active", "trialing")
    )
    fb = Counter(f["rating"] for f in seed.feedback if inside(f["created_at"]))

    def money(d: Decimal) -> float:
        return float(round(d, 6))

    return {
        "users": {
            "total": len(existing),
            "new_in_range": sum(1 for u in existing if u["created_at"] >= start),
            "active": {"daily": active(1), "weekly": active(7), "monthly": active(30)},
            "by_tier": dict(by_tier),
            "signups_per_day": [
                {"day": d.isoformat(), "total": sum(m.values()), "by_method": m}
                for d, m in signups.items()
            ],
            "geography": [
                {"country": c, "users": n}
                for c, n in sorted(geo.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
        },
        "generations": {
            "today": {"total": len(today), "by_status": dict(Counter(g["status"] for g in today))},
            "total": len(gens),
            "by_status": dict(status_counts),
            "by_model": dict(Counter(g["model_id"] or "unknown" for g in gens)),
            "per_day": [
                {**e, "by_status": dict(e["by_status"]), "by_model": dict(e["by_model"])}
                for e in per_day.values()
            ],
            "duration": {
                "completed_count": len(durations),
                "avg_ms": round(float(Fraction(sum(durations), len(durations))), 3)
                if durations
                else None,
                "p95_ms": round(percentile_cont(durations, 0.95), 3) if durations else None,
            },
            "success_rate": status_counts["completed"] / finished if finished else None,
        },
        "usage": {
            "per_day": [
                {
                    "day": d,
                    "provider": p,
                    "model": m,
                    "calls": a[0],
                    "tokens_in": a[1],
                    "tokens_out": a[2],
                    "cost_usd": money(a[3]),
                }
                for (d, p, m), a in sorted(usage_rows.items())
            ],
            "totals": [
                {
                    "provider": p,
                    "model": m,
                    "calls": a[0],
                    "tokens_in": a[1],
                    "tokens_out": a[2],
                    "cost_usd": money(a[3]),
                }
                for (p, m), a in sorted(totals.items())
            ],
            "total_cost_usd": money(sum((a[3] for a in totals.values()), Decimal(0))),
        },
        "revenue": {
            "active_pro_subscriptions": sum(paying.values()),
            "by_status": {"active": paying["active"], "trialing": paying["trialing"]},
            "price_usd_month": 29.99,
            "mrr_usd": float(Decimal("29.99") * sum(paying.values())),
        },
        "feedback": {
            "up": fb["up"],
            "down": fb["down"],
            "up_ratio": fb["up"] / (fb["up"] + fb["down"]) if fb else None,
        },
        "key_pool": [
            {
                "key_label": k["key_label"],
                "calls": k["calls"],
                "tokens_in": k["tokens_in"],
                "tokens_out": k["tokens_out"],
                "outcomes": dict(k["outcomes"]),
                "last_used_at": k["last"],
            }
            for _, k in sorted(keys.items())
        ],
    }


def _parse_key_pool(keys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**k, "last_used_at": datetime.fromisoformat(k["last_used_at"])} for k in keys]


async def test_every_analytics_figure_matches_the_seeded_rows(
    client: AsyncClient, session: AsyncSession
) -> None:
    now = datetime.now(UTC)
    seed = build_seed(now, random.Random(8))
    await insert(session, seed)
    admin = await create_admin(session, email="admin@seed.example", created_at=now)
    seed.users.append(
        {
            "id": admin.id,
            "email": admin.email,
            "auth_provider": "email",
            "subscription_tier": "free",
            "tier_override": None,
            "country": None,
            "created_at": admin.created_at,
        }
    )
    headers = await auth_headers(session, admin)
    # Both geography fallbacks occur: a user without a country but with a located event,
    # and one with neither ("unknown": the admin).
    located = {e["user_id"] for e in seed.events if e["country"]}
    assert any(u["country"] is None and u["id"] in located for u in seed.users)

    for from_date, to_date, params in (
        (
            now.date() - timedelta(days=20),
            now.date() - timedelta(days=1),
            {
                "from": (now.date() - timedelta(days=20)).isoformat(),
                "to": (now.date() - timedelta(days=1)).isoformat(),
            },
        ),
        (now.date() - timedelta(days=29), now.date(), {}),  # the default: last 30 days
    ):
        r = await client.get("/api/v1/admin/analytics", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        want = expected(seed, from_date, to_date, now)
        assert body["range"]["from_date"] == from_date.isoformat()
        assert body["range"]["to_date"] == to_date.isoformat()
        assert body["users"] == want["users"]
        assert body["generations"] == want["generations"]
        assert body["usage"] == want["usage"]
        assert body["revenue"] == want["revenue"]
        assert body["feedback"] == want["feedback"]
        assert _parse_key_pool(body["key_pool"]["keys"]) == want["key_pool"]
        # the seed is rich enough that each figure is really exercised
        assert want["generations"]["total"] > 50 and want["users"]["active"]["monthly"] > 10
        assert want["usage"]["per_day"] and want["feedback"]["up"] and want["feedback"]["down"]


async def test_range_errors_are_400(client: AsyncClient, session: AsyncSession) -> None:
    headers = await auth_headers(session, await create_admin(session))
    r = await client.get(
        "/api/v1/admin/analytics",
        params={"from": "2026-02-10", "to": "2026-02-01"},
        headers=headers,
    )
    assert r.status_code == 400
    assert_error_shape(r.json(), "INVALID_DATE_RANGE")
    r = await client.get(
        "/api/v1/admin/analytics",
        params={"from": "2020-01-01", "to": "2026-01-01"},
        headers=headers,
    )
    assert r.status_code == 400
    r = await client.get("/api/v1/admin/analytics", params={"from": "yesterday"}, headers=headers)
    assert r.status_code == 422
    assert_error_shape(r.json(), "VALIDATION_ERROR")


async def test_empty_database_gives_zeros_not_errors(
    client: AsyncClient, session: AsyncSession
) -> None:
    headers = await auth_headers(session, await create_admin(session))
    r = await client.get("/api/v1/admin/analytics", headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["generations"]["duration"] == {"completed_count": 0, "avg_ms": None, "p95_ms": None}
    assert body["generations"]["success_rate"] is None
    assert body["feedback"]["up_ratio"] is None
    assert body["revenue"]["mrr_usd"] == 0
    assert len(body["generations"]["per_day"]) == 30
