"""The whole flow through the HTTP API with the offline writer (no keys): create, follow over
SSE, read, export; idempotency; validation; analysis still running."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import commit
from app.llm.registry import all_models
from app.models import AnalyticsEvent, Generation, Screenshot, UsageDaily
from app.services.generation.pipeline import wake_waiting
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.generations import (
    business_context,
    create_screenshot,
    sample_analysis,
    wait_for,
)


def parse_sse(body: str) -> list[dict[str, Any]]:
    events = []
    for block in body.strip().split("\n\n"):
        fields: dict[str, str] = {}
        for line in block.splitlines():
            if line.startswith(":"):
                continue
            name, _, value = line.partition(": ")
            fields[name] = value
        if "data" in fields:
            events.append(
                {
                    "id": fields.get("id"),
                    "event": fields.get("event"),
                    "data": json.loads(fields["data"]),
                }
            )
    return events


async def test_offline_generation_end_to_end(
    client: AsyncClient, session: AsyncSession, redis_backend: str
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, analysis=sample_analysis(3))
    body = {
        "screenshot_id": str(shot.id),
        "business_context": business_context(),
        "local_instructions": "Mention free delivery on Fridays.",
    }
    resp = await client.post("/api/v1/generations", json=body, headers=headers)
    assert resp.status_code == 202, resp.text
    created = resp.json()
    gid = created["id"]
    assert created["status"] == "queued"
    assert created["links"] == {
        "self": f"/api/v1/generations/{gid}",
        "events": f"/api/v1/generations/{gid}/events",
        "export": f"/api/v1/generations/{gid}/export",
    }
    await drain_inline_tasks()

    resp = await client.get(f"/api/v1/generations/{gid}", headers=headers)
    data = resp.json()
    assert data["status"] == "completed" and data["progress"] == 100, data
    assert data["model"] == "offline" and data["provider"] == "offline"
    result = data["result"]
    assert result["is_offline_draft"] is True
    assert result["totals"]["in_range_pct"] == 100.0
    assert [s["position"] for s in result["sections"]] == [
        s["position"] for s in sample_analysis(3)["sections"]
    ]
    assert result["keywords_used"] and "_checkpoint" not in result
    grid = next(c for s in result["sections"] for c in s["components"] if "items" in c)
    assert grid["count"] == len(grid["items"])
    assert data["started_at"] and data["completed_at"] and data["duration_ms"] is not None
    assert {"queue_ms", "writing_ms", "validating_ms"} <= set(data["stage_timings"])
    assert data["attempts"] == 1

    row = await wait_for(session, gid)
    assert row.local_instructions is None  # cleared when the generation ends
    types = (await session.execute(select(AnalyticsEvent.event_type))).scalars().all()
    assert {"generation.created", "generation.completed"} <= set(types)

    # SSE on a finished generation: the current state, then the end.
    resp = await client.get(f"/api/v1/generations/{gid}/events", headers=headers)
    assert resp.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(resp.text)
    assert [e["event"] for e in events] == ["completed"]
    # Last-Event-ID from the start replays every stage in order.
    resp = await client.get(
        f"/api/v1/generations/{gid}/events", headers={**headers, "Last-Event-ID": "0-0"}
    )
    statuses = [e["data"]["status"] for e in parse_sse(resp.text)]
    assert statuses == ["writing", "validating", "completed"]
    progress = [e["data"]["progress"] for e in parse_sse(resp.text)]
    assert progress == sorted(progress)

    for fmt, marker in (
        ("json", '"is_offline_draft": true'),
        ("markdown", "# Green Leaf"),
        ("text", "Green Leaf Bakery: website copy"),
        ("html", "<h1>"),
    ):
        resp = await client.get(f"/api/v1/generations/{gid}/export?format={fmt}", headers=headers)
        assert resp.status_code == 200, resp.text
        assert marker in resp.text
        assert "attachment" in resp.headers["content-disposition"]


async def _waiting_on_analysis(session: AsyncSession, gid: str) -> Generation:
    """The generation ran, found its analysis unfinished and waits queued (no worker held)."""
    row = await wait_for(session, gid, statuses=("queued",))
    for _ in range(600):
        if row.stage == "analyzing":
            return row
        await asyncio.sleep(0.1)
        row = await wait_for(session, gid, statuses=("queued",))
    raise AssertionError(f"generation {gid} never waited on its analysis: {row.stage}")


async def _end_analysis(session: AsyncSession, shot: Screenshot, **values: Any) -> None:
    """What the analysis task does when it ends: store the outcome, wake the waiting
    generations, commit (the wake-ups are sent after it)."""
    await session.refresh(shot)
    for name, value in values.items():
        setattr(shot, name, value)
    assert await wake_waiting(session, shot.id) == 1
    await commit(session)


async def test_sse_follows_a_generation_waiting_for_its_analysis(
    client: AsyncClient, session: AsyncSession, redis_backend: str
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, status="running")
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": str(shot.id), "business_context": business_context()},
    )
    gid = resp.json()["id"]
    waiting = await _waiting_on_analysis(session, gid)
    assert waiting.waiting_for is None and waiting.progress == 10

    stream = asyncio.create_task(client.get(f"/api/v1/generations/{gid}/events", headers=headers))
    await asyncio.sleep(0.3)
    await _end_analysis(session, shot, analysis=sample_analysis(7), analysis_status="completed")
    resp = await asyncio.wait_for(stream, timeout=30)
    events = parse_sse(resp.text)
    assert [(e["data"]["status"], e["data"]["stage"]) for e in events] == [
        ("queued", "analyzing"),
        ("writing", "writing"),
        ("validating", "validating"),
        ("completed", "completed"),
    ]
    assert events[-1]["event"] == "completed"
    ids = [e["id"] for e in events[1:]]
    assert ids == sorted(ids, key=lambda i: tuple(int(p) for p in i.split("-")))
    # Reconnecting after the second event replays only what came after it.
    resp = await client.get(
        f"/api/v1/generations/{gid}/events", headers={**headers, "Last-Event-ID": events[1]["id"]}
    )
    assert [e["data"]["status"] for e in parse_sse(resp.text)] == ["validating", "completed"]
    row = await wait_for(session, gid)
    assert row.stage_timings and row.stage_timings["analysis_wait_ms"] > 0
    assert row.checkpoint is None


async def test_idempotency_key_replays_and_conflicts(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = {**await auth_headers(session, user), "Idempotency-Key": "abc-123"}
    shot = await create_screenshot(session, user, analysis=sample_analysis(1))
    body = {"screenshot_id": str(shot.id), "business_context": business_context()}
    first = await client.post("/api/v1/generations", json=body, headers=headers)
    again = await client.post("/api/v1/generations", json=body, headers=headers)
    assert first.status_code == 202 and again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    other = {**body, "local_instructions": "Something else"}
    resp = await client.post("/api/v1/generations", json=other, headers=headers)
    assert resp.status_code == 409
    assert_error_shape(resp.json(), "IDEMPOTENCY_CONFLICT")
    await drain_inline_tasks()
    count = (await session.execute(select(Generation))).scalars().all()
    assert len(count) == 1
    usage = (await session.execute(select(UsageDaily))).scalar_one()
    assert usage.generations_used == 1
    row = count[0]
    assert row.request_hash and len(row.request_hash) == 64


async def test_validation_errors_are_clear_422s(client: AsyncClient, session: AsyncSession) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, analysis=sample_analysis(1))
    cases: list[tuple[dict[str, Any], str]] = [
        ({"screenshot_id": str(shot.id)}, ""),
        (
            {
                "screenshot_id": str(shot.id),
                "business_context": business_context(business_description="Too short."),
            },
            "business_context.business_description",
        ),
        (
            {"screenshot_id": str(shot.id), "business_context": business_context(tone="angry")},
            "business_context.tone",
        ),
        (
            {
                "screenshot_id": str(shot.id),
                "business_context": business_context(),
                "local_instructions": "x" * 501,
            },
            "local_instructions",
        ),
        ({"screenshot_id": "not-a-uuid", "business_context": business_context()}, "screenshot_id"),
    ]
    for body, field in cases:
        resp = await client.post("/api/v1/generations", json=body, headers=headers)
        assert resp.status_code == 422, (body, resp.text)
        err = resp.json()
        assert_error_shape(err, "VALIDATION_ERROR")
        assert any(f["field"] == field for f in err["details"]["fields"]), err
    assert (await session.execute(select(Generation))).first() is None
    assert (await session.execute(select(UsageDaily))).first() is None


async def test_unknown_screenshot_and_forbidden_model(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    body = {"screenshot_id": str(uuid.uuid4()), "business_context": business_context()}
    resp = await client.post("/api/v1/generations", json=body, headers=headers)
    assert resp.status_code == 404
    assert_error_shape(resp.json(), "SCREENSHOT_NOT_FOUND")
    shot = await create_screenshot(session, user, analysis=sample_analysis(1))
    body = {
        "screenshot_id": str(shot.id),
        "business_context": business_context(),
        "model": next(m.id for m in all_models() if "free" not in m.tiers),
    }
    resp = await client.post("/api/v1/generations", json=body, headers=headers)
    assert resp.status_code == 403
    assert_error_shape(resp.json(), "MODEL_NOT_ALLOWED")
    body["model"] = "no-such-model"
    resp = await client.post("/api/v1/generations", json=body, headers=headers)
    assert resp.status_code == 400
    assert_error_shape(resp.json(), "UNKNOWN_MODEL")
    assert (await session.execute(select(UsageDaily))).first() is None


async def test_daily_quota_applies_and_failed_analysis_gives_the_slot_back(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, status="running")
    body = {"screenshot_id": str(shot.id), "business_context": business_context()}
    resp = await client.post("/api/v1/generations", json=body, headers=headers)
    gid = resp.json()["id"]
    await _waiting_on_analysis(session, gid)
    await _end_analysis(
        session, shot, analysis_status="failed", analysis_error_message="the image is blank"
    )
    row = await wait_for(session, gid)
    assert row.status == "failed" and row.error_code == "ANALYSIS_FAILED"
    assert row.quota_released is True
    usage = (await session.execute(select(UsageDaily))).scalar_one()
    await session.refresh(usage)
    assert usage.generations_used == 0
    data = (await client.get(f"/api/v1/generations/{gid}", headers=headers)).json()
    assert data["error_code"] == "ANALYSIS_FAILED" and "blank" in data["error_message"]
    assert data["result"] is None


async def test_upload_then_generate_runs_the_offline_analyser_and_writer(
    client: AsyncClient, session: AsyncSession
) -> None:
    """The whole flow with no keys: upload, generate at once (the analysis is still
    running), the generation waits for it, then writes an offline draft."""
    from pathlib import Path

    user = await create_user(session)
    headers = await auth_headers(session, user)
    png = (Path(__file__).resolve().parents[4] / "examples" / "landing.png").read_bytes()
    resp = await client.post(
        "/api/v1/screenshots", headers=headers, files={"file": ("landing.png", png, "image/png")}
    )
    assert resp.status_code == 201, resp.text
    shot_id = resp.json()["id"]
    resp = await client.post(
        "/api/v1/generations",
        headers=headers,
        json={"screenshot_id": shot_id, "business_context": business_context()},
    )
    assert resp.status_code == 202, resp.text
    gid = resp.json()["id"]
    events = await client.get(
        f"/api/v1/generations/{gid}/events", headers={**headers, "Last-Event-ID": "0-0"}
    )
    await drain_inline_tasks(timeout=120)
    statuses = [e["data"]["status"] for e in parse_sse(events.text)]
    assert statuses[-1] == "completed" and statuses[-2:] == ["validating", "completed"]
    data = (await client.get(f"/api/v1/generations/{gid}", headers=headers)).json()
    assert data["status"] == "completed", data
    assert data["result"]["is_offline_draft"] is True
    assert data["result"]["totals"]["elements"] > 10
    assert data["result"]["totals"]["in_range_pct"] == 100.0
