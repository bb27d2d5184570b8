"""Regenerating a section offline (issue 15): new copy for that section only, a new seed on
the row, and a quota slot used like any generation (docs/generation.md)."""

from __future__ import annotations

import uuid

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Generation, UsageDaily
from app.services.generation.validate import section_texts
from app.workers.runtime import drain_inline_tasks
from tests.support.factories import auth_headers, create_user
from tests.support.generations import business_context, create_screenshot, sample_analysis


async def test_regenerating_a_section_offline_rewrites_only_that_section(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, analysis=sample_analysis(5))
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": str(shot.id), "business_context": business_context()},
    )
    assert resp.status_code == 202, resp.text
    await drain_inline_tasks()
    gid = resp.json()["id"]
    parent = (await client.get(f"/api/v1/generations/{gid}", headers=headers)).json()
    assert parent["status"] == "completed" and parent["result"]["is_offline_draft"] is True

    hero, features = 2, 4
    resp = await client.post(
        f"/api/v1/generations/{gid}/regenerate", headers=headers, json={"sections": [features]}
    )
    assert resp.status_code == 202, resp.text
    await drain_inline_tasks()
    child = (await client.get(f"/api/v1/generations/{resp.json()['id']}", headers=headers)).json()
    assert child["status"] == "completed"

    old = {s["position"]: s for s in parent["result"]["sections"]}
    new = {s["position"]: s for s in child["result"]["sections"]}
    for position in old:
        if position != features:
            assert new[position] == old[position]
    before, after = section_texts(old[features]), section_texts(new[features])
    assert len(before) == len(after)
    # sentences of 8+ words are all new (the parent's sentences are avoided)
    long_pairs = [(b, a) for b, a in zip(before, after, strict=True) if len(b.split()) >= 8]
    assert long_pairs and all(b != a for b, a in long_pairs)
    assert sum(b != a for b, a in zip(before, after, strict=True)) > len(before) // 2
    assert child["result"]["totals"]["in_range_pct"] == 100.0
    # the rewritten section repeats no sentence of the kept ones
    kept = " ".join(t for p, s in new.items() if p != features for t in section_texts(s))
    assert all(a not in kept for a in after if len(a.split()) >= 8)
    assert hero in new

    rows = (await session.execute(select(Generation))).scalars().all()
    seeds = {row.id: row.seed for row in rows}
    assert seeds[uuid.UUID(gid)] is not None and seeds[uuid.UUID(child["id"])] is not None
    assert seeds[uuid.UUID(gid)] != seeds[uuid.UUID(child["id"])]
    usage = (await session.execute(select(UsageDaily))).scalar_one()
    assert usage.generations_used == 2  # a regenerate is a generation: it uses a slot
