"""The task body: resuming from a checkpoint, free-tier re-queue, failures, the sweeper."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.redis import get_redis, rkey
from app.db.session import PendingTask, commit, set_dispatcher
from app.llm.errors import PoolExhausted
from app.llm.types import CallContext, LLMRequest, LLMResponse
from app.models import Generation, Screenshot, UsageDaily, User
from app.models.base import utcnow
from app.services.analysis import runner as analysis_runner
from app.services.analysis.repair import InvalidOutput
from app.services.billing.quota import reserve_slot
from app.services.generation import runner, sweeper
from app.services.generation.prompt import build_elements
from app.workers.runtime import configure_dispatch
from tests.support.factories import create_user
from tests.support.generations import business_context, create_screenshot, sample_analysis, words


class Recorder:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.requests: list[LLMRequest] = []

    async def __call__(
        self,
        session: AsyncSession,
        request: LLMRequest,
        *,
        model_id: str | None,
        context: CallContext,
    ) -> LLMResponse:
        self.requests.append(request)
        if isinstance(self.answer, Exception):
            raise self.answer
        text = self.answer(request) if callable(self.answer) else self.answer
        return LLMResponse(
            text=text,
            provider="gemini",
            model_id=model_id or "x",
            tokens_in=10,
            tokens_out=5,
            cost_usd=0.0001,
        )


async def _generation(session: AsyncSession, user: User, **values: Any) -> Generation:
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
        **values,
    )
    session.add(gen)
    await session.commit()
    return gen


def _exact_answer(request: LLMRequest) -> str:
    schema = request.json_schema or {}
    analysis = sample_analysis(2)
    targets = {e.id: e.target for e in build_elements(analysis)}
    return json.dumps({k: words(targets[k]) for k in schema.get("required", [])})


async def test_redelivery_after_writing_resumes_without_calling_the_model(
    session: AsyncSession,
) -> None:
    user = await create_user(session)
    elements = build_elements(sample_analysis(2))
    texts = {e.id: words(e.target) for e in elements}
    gen = await _generation(
        session,
        user,
        status="writing",
        stage="writing",
        attempts=1,
        started_at=utcnow(),
        tokens_in=100,
        tokens_out=50,
        checkpoint={"texts": texts},
    )
    fake = Recorder(_exact_answer)
    await runner.run(session, str(gen.id), call=fake)
    await session.refresh(gen)
    assert gen.status == "completed"
    assert fake.requests == []  # writing was done: neither written nor charged again
    assert gen.tokens_in == 100 and gen.attempts == 2
    assert gen.result is not None and gen.result["totals"]["in_range_pct"] == 100.0
    # a further duplicate delivery of the finished work does nothing
    await runner.run(session, str(gen.id), call=fake)
    await session.refresh(gen)
    assert gen.attempts == 2


async def test_free_pool_exhausted_requeues_with_countdown_then_fails(
    session: AsyncSession,
) -> None:
    sent: list[PendingTask] = []
    set_dispatcher(sent.append)
    settings = get_settings()
    saved = settings.free_requeue_max
    settings.free_requeue_max = 1
    try:
        user = await create_user(session)
        gen = await _generation(session, user)
        fake = Recorder(PoolExhausted(retry_after=7))
        await runner.run(session, str(gen.id), call=fake)
        await session.refresh(gen)
        assert gen.status == "queued" and gen.stage_timings["requeues"] == 1
        assert [(t.name, t.args, t.countdown) for t in sent] == [
            ("generation.run", (str(gen.id),), 7.0)
        ]
        assert not gen.quota_released
        await runner.run(session, str(gen.id), call=fake)
        await session.refresh(gen)
        assert gen.status == "failed" and gen.error_code == "POOL_EXHAUSTED"
        assert gen.quota_released
        used = (await session.execute(select(UsageDaily.generations_used))).scalar_one()
        assert used == 0
    finally:
        settings.free_requeue_max = saved
        configure_dispatch(inline=True)


async def test_sweeper_fails_stuck_work_and_resends_lost_messages(
    session: AsyncSession,
) -> None:
    sent: list[PendingTask] = []
    set_dispatcher(sent.append)
    try:
        user = await create_user(session)
        stuck = await _generation(
            session,
            user,
            status="writing",
            stage="writing",
            attempts=1,
            local_instructions="secret plan",
        )
        lost = await _generation(session, user, status="queued", stage="queued")
        # Claimed, then its run died before it could write a result (the database went away).
        crashed = await _generation(session, user, status="queued", stage="queued", attempts=1)
        exhausted = await _generation(
            session,
            user,
            status="queued",
            stage="queued",
            attempts=get_settings().task_max_attempts,
        )
        fresh = await _generation(session, user, status="queued", stage="queued")
        long_ago = utcnow() - timedelta(minutes=get_settings().generation_stuck_minutes + 1)
        await session.execute(
            update(Generation).where(Generation.id == stuck.id).values(updated_at=long_ago)
        )
        await session.execute(
            update(Generation)
            .where(Generation.id.in_([lost.id, crashed.id, exhausted.id]))
            .values(updated_at=utcnow() - timedelta(minutes=5))
        )
        await session.commit()
        outcome = await sweeper.sweep_stuck(session)
        await commit(session)  # the task wrapper's boundary: sends the re-queued runs
        assert outcome == {"failed": 1, "resent": 2}
        await session.refresh(stuck)
        assert stuck.status == "failed" and stuck.error_code == "GENERATION_TIMEOUT"
        assert stuck.quota_released and stuck.local_instructions is None
        assert sorted(t.args for t in sent) == sorted([(str(lost.id),), (str(crashed.id),)])
        await session.refresh(fresh)
        assert fresh.status == "queued"
        used = (await session.execute(select(UsageDaily.generations_used))).scalar_one()
        assert used == 4
    finally:
        configure_dispatch(inline=True)


async def test_malformed_model_output_fails_with_a_code(session: AsyncSession) -> None:
    user = await create_user(session)
    gen = await _generation(session, user)
    await runner.run(session, str(gen.id), call=Recorder("I am not JSON at all"))
    await session.refresh(gen)
    assert gen.status == "failed" and gen.error_code == "GENERATION_ERROR"
    assert gen.quota_released


@pytest.fixture
def sent() -> Iterator[list[PendingTask]]:
    """The tasks sent (after commit) during the test, instead of running them."""
    captured: list[PendingTask] = []
    set_dispatcher(captured.append)
    yield captured
    configure_dispatch(inline=True)


class _Storage:
    async def get(self, key: str) -> bytes:
        return b"image bytes"


async def _unreadable(*_: Any, **__: Any) -> Any:
    raise InvalidOutput("no sections in the answer")


async def _waiting_generation(session: AsyncSession, user: User) -> Generation:
    """A generation that ran while its screenshot's analysis was pending: queued, waiting."""
    shot = await create_screenshot(session, user, status="pending")
    gen = await _generation(session, user)
    gen.screenshot_id = shot.id
    await session.commit()
    await runner.run(session, str(gen.id), call=Recorder(_exact_answer))
    await session.refresh(gen)
    assert (gen.status, gen.stage, gen.attempts) == ("queued", "analyzing", 0)
    return gen


async def test_a_failed_analysis_fails_its_waiting_generations_once(
    session: AsyncSession, sent: list[PendingTask], monkeypatch: Any
) -> None:
    user = await create_user(session)
    gen = await _waiting_generation(session, user)
    assert sent == []  # waiting holds no worker and sends nothing
    claimed = await analysis_runner.claim(session, gen.screenshot_id)
    assert claimed is not None
    monkeypatch.setattr(analysis_runner, "get_storage", _Storage)
    monkeypatch.setattr(analysis_runner.engines, "analyze", _unreadable)
    outcome = await analysis_runner.execute(session, claimed)
    await commit(session)  # the analysis task's boundary: then the wake-ups go out
    assert outcome.status == "failed"
    assert [(t.name, t.args) for t in sent] == [("generation.run", (str(gen.id),))]

    await runner.run(session, str(gen.id))
    await runner.run(session, str(gen.id))  # a duplicate wake-up
    await session.refresh(gen)
    assert gen.status == "failed" and gen.error_code == "ANALYSIS_FAILED"
    assert "could not be read" in (gen.error_message or "")
    assert gen.quota_released and gen.checkpoint is None
    used = (await session.execute(select(UsageDaily.generations_used))).scalar_one()
    assert used == 0


async def test_sweeper_resends_a_generation_whose_wake_up_was_lost(
    session: AsyncSession, sent: list[PendingTask]
) -> None:
    user = await create_user(session)
    gen = await _waiting_generation(session, user)
    # The analysis ended but its wake-up never arrived (a lost message).
    await session.execute(
        update(Screenshot)
        .where(Screenshot.id == gen.screenshot_id)
        .values(analysis_status="completed", analysis=sample_analysis(2))
    )
    settings = get_settings()
    idle = min(settings.generation_resend_seconds, settings.analysis_wait_seconds)
    await session.execute(
        update(Generation)
        .where(Generation.id == gen.id)
        .values(updated_at=utcnow() - timedelta(seconds=idle + 1))
    )
    await session.commit()
    assert await sweeper.sweep_stuck(session) == {"failed": 0, "resent": 1}
    await commit(session)
    assert [(t.name, t.args) for t in sent] == [("generation.run", (str(gen.id),))]

    fake = Recorder(_exact_answer)
    await runner.run(session, str(gen.id), call=fake)
    await session.refresh(gen)
    assert gen.status == "completed" and len(fake.requests) == 1
    assert gen.attempts == 1 and gen.stage_timings["analysis_wait_ms"] > 0


async def test_a_delivery_that_finds_the_lease_taken_is_sent_again_instead_of_waiting(
    session: AsyncSession,
    sent: list[PendingTask],
) -> None:
    user = await create_user(session)
    gen = await _generation(session, user)
    ttl = get_settings().generation_lease_seconds
    key = rkey("generation", str(gen.id), "lease")
    await get_redis().set(key, "another-worker", ex=ttl)
    fake = Recorder(_exact_answer)
    await runner.run(session, str(gen.id), call=fake)
    await session.refresh(gen)
    assert gen.status == "queued" and gen.attempts == 0 and fake.requests == []
    [again] = sent
    assert (again.name, again.args) == ("generation.run", (str(gen.id),))
    assert again.countdown is not None and 1 <= again.countdown <= ttl
