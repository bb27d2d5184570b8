"""A real Celery worker runs generations; a worker process killed with SIGKILL mid-writing
gets its task redelivered, and the generation completes once and counts once."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from pathlib import Path

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AnalyticsEvent, Generation, UsageDaily
from app.workers.runtime import configure_dispatch
from tests.support.factories import auth_headers, create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm, llm_settings  # noqa: F401
from tests.support.generations import (
    business_context,
    create_screenshot,
    length_writer,
    sample_analysis,
    wait_for,
)
from tests.support.worker import celery_worker, worker_env

pytestmark = pytest.mark.worker


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


async def test_generation_runs_in_a_real_worker_with_the_offline_writer(
    client: AsyncClient, session: AsyncSession
) -> None:
    configure_dispatch(inline=False)
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, analysis=sample_analysis(8))
    with celery_worker(queues="generation", name="gen-offline"):
        resp = await client.post(
            "/api/v1/generations",
            headers=headers,
            json={"screenshot_id": str(shot.id), "business_context": business_context()},
        )
        assert resp.status_code == 202
        gid = resp.json()["id"]
        # SSE reads Redis, so it follows a worker on another process too.
        events = await client.get(
            f"/api/v1/generations/{gid}/events", headers={**headers, "Last-Event-ID": "0-0"}
        )
    statuses = [
        line.split(": ", 1)[1] for line in events.text.splitlines() if line.startswith("event: ")
    ]
    assert statuses == ["progress", "progress", "completed"]
    row = await wait_for(session, gid)
    assert row.status == "completed" and row.result is not None
    assert row.result["totals"]["in_range_pct"] == 100.0


async def test_sigkill_mid_generation_is_redelivered_and_completes_once(
    client: AsyncClient,
    session: AsyncSession,
    fake_llm: FakeLLMServer,  # noqa: F811
) -> None:
    configure_dispatch(inline=False)
    fake_llm.responder = length_writer(0.0)
    fake_llm.latency = 4.0
    keys = ["AIzaFAKE-worker-1"]
    env = worker_env(
        GEMINI_API_KEYS=",".join(keys),
        GEMINI_BASE_URL=fake_llm.url + "/",
        GENERATION_LEASE_SECONDS="3",
        LLM_TIMEOUT_SECONDS="20",
    )
    with llm_settings(fake_llm, gemini_keys=keys):
        user = await create_user(session)
        headers = await auth_headers(session, user)
        shot = await create_screenshot(session, user, analysis=sample_analysis(9))
        with celery_worker(queues="generation", name="gen-kill", env=env) as proc:
            resp = await client.post(
                "/api/v1/generations",
                headers=headers,
                json={"screenshot_id": str(shot.id), "business_context": business_context()},
            )
            gid = uuid.UUID(resp.json()["id"])
            await wait_for(session, gid, statuses=("writing",), timeout=60)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 10
            # `started` counts a request on arrival, before the 4 s latency: the call is in
            # flight (`calls` only fills once the answer is on its way).
            while not fake_llm.started and loop.time() < deadline:
                await asyncio.sleep(0.05)
            assert fake_llm.started and not fake_llm.calls, "the worker never reached the model"
            children = _children(proc.pid)
            assert children, "no pool process to kill"
            for child in children:
                os.kill(child, signal.SIGKILL)  # the process running the task dies mid-call
            fake_llm.latency = 0.0
            row = await wait_for(session, gid, timeout=90)
    assert row.status == "completed", (row.error_code, row.error_message)
    assert row.attempts == 2  # the first run died; the redelivered one finished
    used = (await session.execute(select(UsageDaily.generations_used))).scalar_one()
    assert used == 1
    completed = (
        await session.execute(
            select(func.count())
            .select_from(AnalyticsEvent)
            .where(AnalyticsEvent.event_type == "generation.completed")
        )
    ).scalar_one()
    assert completed == 1
    assert len((await session.execute(select(Generation))).scalars().all()) == 1
    assert row.result is not None and row.result["totals"]["in_range_pct"] == 100.0


async def test_pro_generations_go_to_the_priority_queue(
    client: AsyncClient, session: AsyncSession
) -> None:
    """A worker that drains only the priority queue runs the pro user's generation and
    never sees the free user's, which waits on the ordinary generation queue."""
    configure_dispatch(inline=False)
    pro = await create_user(session, subscription_tier="pro")
    free = await create_user(session)
    ids = {}
    for name, user in (("pro", pro), ("free", free)):
        shot = await create_screenshot(session, user, analysis=sample_analysis(4))
        resp = await client.post(
            "/api/v1/generations",
            headers=await auth_headers(session, user),
            json={"screenshot_id": str(shot.id), "business_context": business_context()},
        )
        assert resp.status_code == 202
        ids[name] = resp.json()["id"]
    with celery_worker(queues="generation_priority", name="gen-priority"):
        done = await wait_for(session, ids["pro"], timeout=60)
        assert done.status == "completed"
        await asyncio.sleep(1.0)
        waiting = await wait_for(session, ids["free"], statuses=("queued",), timeout=5)
    assert waiting.status == "queued"
