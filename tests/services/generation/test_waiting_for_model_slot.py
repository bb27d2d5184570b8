"""Waiting is visible: with every Gemini key cooling down (the fake upstream answers 429), the
screenshot's and the generation's answers and events carry waiting_for "model_slot" and
retry_at; with the offline fallback on, the job finishes offline and says so."""

from __future__ import annotations

import io
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from httpx import AsyncClient
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.redis import get_redis
from app.db.session import PendingTask, set_dispatcher
from app.integrations.storage import get_storage
from app.models import Generation, Screenshot, User
from app.services.billing.quota import reserve_slot
from app.services.generation import progress, runner
from app.workers.runtime import configure_dispatch, run_body
from app.workers.tasks.analysis import run_analysis
from tests.support.factories import auth_headers, create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings
from tests.support.generations import business_context, create_screenshot, sample_analysis

__all__ = ["fake_llm_fixture"]

KEYS = ["AIzaFAKE-wait-1", "AIzaFAKE-wait-2"]


@pytest.fixture
def sent() -> Any:
    captured: list[PendingTask] = []
    set_dispatcher(captured.append)
    yield captured
    configure_dispatch(inline=True)


def _cooling(fake_llm: FakeLLMServer, **overrides: Any) -> Any:
    fake_llm.fail_next("rate_limit", count=100, retry_after=30)
    return llm_settings(fake_llm, gemini_keys=KEYS, keypool_wait_deadline_seconds=0.2, **overrides)


async def _stored(session: AsyncSession, user: User) -> Screenshot:
    out = io.BytesIO()
    Image.new("RGB", (1280, 900), "white").save(out, "PNG")
    key = f"{user.id}/{uuid.uuid4().hex}.png"
    await get_storage().put(key, out.getvalue())
    shot = Screenshot(
        user_id=user.id,
        content_hash=uuid.uuid4().hex,
        storage_key=key,
        image_format="png",
        width=1280,
        height=900,
        size_bytes=len(out.getvalue()),
        analysis_status="pending",
    )
    session.add(shot)
    await session.commit()
    return shot


async def _generation(session: AsyncSession, user: User) -> Generation:
    shot = await create_screenshot(session, user, analysis=sample_analysis(2))
    gen = Generation(
        id=uuid.uuid4(),
        user_id=user.id,
        screenshot_id=shot.id,
        business_context=business_context(),
        model_id="gemini-2.5-flash",
        provider="gemini",
        stage_timings={},
        quota_day=await reserve_slot(session, user=user),
    )
    session.add(gen)
    await session.commit()
    return gen


def _future(value: str | None) -> bool:
    return value is not None and datetime.fromisoformat(value) > datetime.now(UTC)


async def test_waiting_analysis_shows_model_slot_and_retry_at(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer, sent: list[PendingTask]
) -> None:
    user = await create_user(session)
    shot = await _stored(session, user)
    headers = await auth_headers(session, user)
    await session.commit()
    with _cooling(fake_llm, model_slot_offline_fallback=False):
        await run_body("analysis.run", run_analysis.body, str(shot.id), None)  # type: ignore[attr-defined]

    answer = await client.get(f"/api/v1/screenshots/{shot.id}", headers=headers)
    body = answer.json()
    assert body["analysis_status"] == "pending"
    assert body["waiting_for"] == "model_slot" and _future(body["retry_at"])
    assert [t.name for t in sent] == ["analysis.run"]


async def test_waiting_generation_shows_model_slot_in_answer_and_events(
    client: AsyncClient, session: AsyncSession, fake_llm: FakeLLMServer, sent: list[PendingTask]
) -> None:
    user = await create_user(session)
    gen = await _generation(session, user)
    headers = await auth_headers(session, user)
    await session.commit()
    with _cooling(fake_llm, model_slot_offline_fallback=False):
        await runner.run(session, str(gen.id))

    answer = await client.get(f"/api/v1/generations/{gen.id}", headers=headers)
    body = answer.json()
    assert body["status"] == "queued"
    assert body["waiting_for"] == "model_slot" and _future(body["retry_at"])
    [(_, fields)] = await get_redis().xrevrange(progress.stream_key(gen.id), count=1)
    event = json.loads(fields["data"])
    assert event["waiting_for"] == "model_slot"
    assert datetime.fromisoformat(event["retry_at"]) == datetime.fromisoformat(body["retry_at"])
    assert [t.name for t in sent] == ["generation.run"]


async def test_with_the_fallback_on_the_generation_completes_offline_and_says_so(
    session: AsyncSession, fake_llm: FakeLLMServer, sent: list[PendingTask]
) -> None:
    user = await create_user(session)
    gen = await _generation(session, user)
    with _cooling(fake_llm, model_slot_offline_fallback=True, model_slot_fallback_after=1):
        await runner.run(session, str(gen.id))  # first: waits (one re-queue)
        await session.refresh(gen)
        assert gen.status == "queued" and gen.waiting_for == "model_slot"
        await runner.run(session, str(gen.id))  # the re-queued run: falls back

    await session.refresh(gen)
    assert gen.status == "completed", gen.error_message
    assert gen.result is not None
    assert gen.result["is_offline_draft"] is True
    assert gen.result["fallback"] == {"reason": "model_slot", "stage": "writing"}
    assert gen.result["model"] == "offline"
    assert "offline draft" in (gen.message or "")
    assert gen.waiting_for is None and gen.retry_at is None
    assert not gen.quota_released


async def test_with_the_fallback_on_the_analysis_goes_to_the_offline_analyser(
    session: AsyncSession, fake_llm: FakeLLMServer, sent: list[PendingTask]
) -> None:
    user = await create_user(session)
    shot = await _stored(session, user)
    with _cooling(fake_llm, model_slot_offline_fallback=True, model_slot_fallback_after=0):
        await run_body("analysis.run", run_analysis.body, str(shot.id), None)  # type: ignore[attr-defined]

    await session.refresh(shot)
    assert sent == []  # not re-queued: finished at once
    assert shot.analysis_waiting_for is None
    assert shot.analysis_status == "completed", shot.analysis_error_message
    assert shot.analysis is not None and shot.analysis["source"] == "offline"
    assert shot.analysis["fallback"]["reason"] == "model_slot"


async def test_generation_waiting_on_its_analysis_shows_the_analysis_wait(
    session: AsyncSession,
    fake_llm: FakeLLMServer,
    sent: list[PendingTask],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No worker waits: the generation stays queued, the analysis task wakes it when the
    analysis waits for a model slot (the wait is mirrored), and a wait past
    settings.analysis_wait_seconds ends in ANALYSIS_TIMEOUT with the slot given back."""
    user = await create_user(session)
    shot = await _stored(session, user)
    gen = Generation(
        id=uuid.uuid4(),
        user_id=user.id,
        screenshot_id=shot.id,
        business_context=business_context(),
        model_id="gemini-2.5-flash",
        provider="gemini",
        stage_timings={},
        quota_day=await reserve_slot(session, user=user),
    )
    session.add(gen)
    await session.commit()

    await runner.run(session, str(gen.id))  # the analysis is pending: wait, queued
    await session.refresh(gen)
    assert (gen.status, gen.stage, gen.waiting_for, gen.attempts) == (
        "queued",
        "analyzing",
        None,
        0,
    )
    assert gen.checkpoint and "waiting_since" in gen.checkpoint
    assert sent == []

    with _cooling(fake_llm, model_slot_offline_fallback=False):
        await run_body("analysis.run", run_analysis.body, str(shot.id), None)  # type: ignore[attr-defined]
    assert sorted(t.name for t in sent) == ["analysis.run", "generation.run"]
    assert [t.args for t in sent if t.name == "generation.run"] == [(str(gen.id),)]

    await runner.run(session, str(gen.id))  # woken: mirrors the analysis's wait
    await session.refresh(gen)
    await session.refresh(shot)
    assert gen.status == "queued" and gen.waiting_for == "model_slot"
    assert gen.retry_at == shot.analysis_retry_at and gen.retry_at is not None
    [(_, fields)] = await get_redis().xrevrange(progress.stream_key(gen.id), count=1)
    assert json.loads(fields["data"])["waiting_for"] == "model_slot"

    monkeypatch.setattr(get_settings(), "analysis_wait_seconds", 0)
    await runner.run(session, str(gen.id))  # the sweeper's re-send, past the wait
    await session.refresh(gen)
    assert gen.status == "failed" and gen.error_code == "ANALYSIS_TIMEOUT"
    assert gen.waiting_for is None and gen.checkpoint is None
    assert gen.quota_released
