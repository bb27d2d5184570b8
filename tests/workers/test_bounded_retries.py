"""Bounded retries: any exception ends the row failed with a code, runs that keep dying are
stopped after settings.task_max_attempts with the quota slot returned once, the sweepers do
not re-send exhausted rows, and no task can be sent with a countdown past the visibility
timeout."""

from __future__ import annotations

import ast
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.db.session import PendingTask, after_commit, commit, set_dispatcher
from app.llm.errors import PoolExhausted
from app.models import Generation, Screenshot, UsageDaily, User
from app.models.base import utcnow
from app.services.analysis import runner
from app.services.analysis import sweeper as analysis_sweeper
from app.services.billing.quota import reserve_slot
from app.services.generation import pipeline
from app.services.generation import runner as generation_runner
from app.services.generation import sweeper as generation_sweeper
from app.workers.celery_app import celery_app
from app.workers.runtime import configure_dispatch, run_body
from tests.support.factories import create_user
from tests.support.generations import business_context, create_screenshot, sample_analysis

APP_DIR = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture
def sent() -> Any:
    captured: list[PendingTask] = []
    set_dispatcher(captured.append)
    yield captured
    configure_dispatch(inline=True)


def _boom(*_: Any, **__: Any) -> Any:
    raise RuntimeError("an exception nobody expected")


async def _used(session: AsyncSession) -> int:
    return (await session.execute(select(UsageDaily.generations_used))).scalar_one()


async def _generation(session: AsyncSession, user: User, **values: Any) -> Generation:
    shot = await create_screenshot(session, user, analysis=sample_analysis(2))
    gen = Generation(
        id=uuid.uuid4(),
        user_id=user.id,
        screenshot_id=shot.id,
        business_context=business_context(),
        model_id="gemini-2.5-flash",
        provider="gemini",
        quota_day=await reserve_slot(session, user=user),
        **{"stage_timings": {}, **values},
    )
    session.add(gen)
    await session.commit()
    return gen


async def test_analysis_that_raises_anything_ends_failed_and_is_not_resent(
    session: AsyncSession, sent: list[PendingTask], monkeypatch: pytest.MonkeyPatch
) -> None:
    user = await create_user(session)
    shot = await create_screenshot(session, user, status="pending")
    monkeypatch.setattr(runner, "resolve_model", _boom)
    body = celery_app.tasks["analysis.run"].body

    await run_body("analysis.run", body, str(shot.id))

    await session.refresh(shot)
    assert shot.analysis_status == "failed"
    assert shot.analysis_error_code == "ANALYSIS_ERROR"
    assert "nobody expected" not in (shot.analysis_error_message or "")
    # Long after, the sweeper leaves it alone.
    await session.execute(
        update(Screenshot)
        .where(Screenshot.id == shot.id)
        .values(updated_at=utcnow() - timedelta(hours=2))
    )
    await session.commit()
    assert await analysis_sweeper.sweep_stalled(session) == 0
    await commit(session)
    assert sent == []


async def test_analysis_whose_worker_keeps_dying_is_failed_not_resent(
    session: AsyncSession, sent: list[PendingTask]
) -> None:
    limit = get_settings().task_max_attempts
    user = await create_user(session)
    dying = await create_screenshot(session, user, status="running")
    retry = await create_screenshot(session, user, status="running")
    long_ago = utcnow() - timedelta(hours=2)
    await session.execute(
        update(Screenshot)
        .where(Screenshot.id == dying.id)
        .values(analysis_attempts=limit, analysis_started_at=long_ago, updated_at=long_ago)
    )
    await session.execute(
        update(Screenshot)
        .where(Screenshot.id == retry.id)
        .values(analysis_attempts=limit - 1, analysis_started_at=long_ago, updated_at=long_ago)
    )
    await session.commit()

    assert await analysis_sweeper.sweep_stalled(session) == 1
    await commit(session)

    assert [t.args for t in sent] == [(str(retry.id),)]
    await session.refresh(dying)
    assert dying.analysis_status == "failed"
    assert dying.analysis_error_code == "ANALYSIS_ATTEMPTS_EXHAUSTED"
    # A redelivered message for it does nothing more.
    assert await runner.claim(session, dying.id) is None


async def test_generation_that_raises_anything_fails_once_and_is_not_resent(
    session: AsyncSession, sent: list[PendingTask], monkeypatch: pytest.MonkeyPatch
) -> None:
    user = await create_user(session)
    gen = await _generation(session, user)
    monkeypatch.setattr(pipeline, "build_elements", _boom)
    assert await _used(session) == 1

    await generation_runner.run(session, str(gen.id))
    await generation_runner.run(session, str(gen.id))  # a duplicate delivery

    await session.refresh(gen)
    assert gen.status == "failed" and gen.error_code == "GENERATION_ERROR"
    assert gen.quota_released and await _used(session) == 0
    await session.execute(
        update(Generation)
        .where(Generation.id == gen.id)
        .values(updated_at=utcnow() - timedelta(hours=2))
    )
    await session.commit()
    assert await generation_sweeper.sweep_stuck(session) == {"failed": 0, "resent": 0}
    await commit(session)
    assert sent == [] and await _used(session) == 0


async def test_generation_whose_worker_keeps_dying_stops_at_the_attempt_limit(
    session: AsyncSession, sent: list[PendingTask]
) -> None:
    limit = get_settings().task_max_attempts
    user = await create_user(session)
    # Every earlier run died with its worker mid-writing (the redelivery comes straight back).
    gen = await _generation(
        session, user, status="writing", stage="writing", attempts=limit, started_at=utcnow()
    )

    await generation_runner.run(session, str(gen.id))

    await session.refresh(gen)
    assert gen.status == "failed" and gen.error_code == "GENERATION_ATTEMPTS_EXHAUSTED"
    assert gen.attempts == limit
    assert gen.quota_released and await _used(session) == 0
    assert sent == []


async def test_requeues_on_a_busy_pool_do_not_count_against_the_attempt_limit(
    session: AsyncSession, sent: list[PendingTask]
) -> None:
    limit = get_settings().task_max_attempts
    user = await create_user(session)
    gen = await _generation(
        session, user, attempts=limit, stage_timings={"requeues": limit}, started_at=utcnow()
    )

    await generation_runner.run(session, str(gen.id), call=_never_called)

    await session.refresh(gen)
    assert gen.error_code != "GENERATION_ATTEMPTS_EXHAUSTED"
    assert gen.attempts == limit + 1


async def _never_called(*_: Any, **__: Any) -> Any:
    raise PoolExhausted(retry_after=3)


# --- countdowns and the visibility timeout ------------------------------------------------


def _our_tasks() -> dict[str, Any]:
    celery_app.loader.import_default_modules()
    return {name: t for name, t in celery_app.tasks.items() if not name.startswith("celery.")}


def test_no_task_can_wait_past_the_visibility_timeout() -> None:
    settings = get_settings()
    visibility = celery_app.conf.broker_transport_options["visibility_timeout"]
    assert visibility == settings.broker_visibility_timeout
    tasks = _our_tasks()
    assert {"analysis.run", "generation.run", "billing.apply_event"} <= set(tasks)
    for name, registered in tasks.items():
        time_limit = registered.time_limit or celery_app.conf.task_time_limit
        # The longest a message of this task stays unacknowledged: its longest countdown,
        # then a run to the hard limit.
        assert settings.max_countdown_seconds + time_limit < visibility, name
        # No Celery-side retry can bring its own, unbounded, countdown.
        assert not getattr(registered, "autoretry_for", ()), name
        assert registered.max_retries is None or registered.max_retries <= 3, name


def test_after_commit_caps_every_countdown(session: AsyncSession) -> None:
    cap = get_settings().max_countdown_seconds
    for name in _our_tasks():
        after_commit(session, name, countdown=10 * get_settings().broker_visibility_timeout)
    pending = session.info.pop("pending_tasks")
    assert pending and all(t.countdown is not None and t.countdown <= cap for t in pending)


def test_tasks_are_only_sent_through_after_commit() -> None:
    """Every send goes through app.db.session (where countdowns are capped): no module calls
    apply_async / send_task / delay / retry with its own countdown or ETA."""
    offenders = []
    for path in APP_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr not in {"apply_async", "send_task", "delay", "retry"}:
                continue
            if path.as_posix().endswith("app/workers/runtime.py"):
                continue  # the dispatcher that after_commit's queue goes through
            offenders.append(f"{path}:{node.lineno}")
    assert offenders == []


class _Storage:
    async def get(self, key: str) -> bytes:
        return b"image bytes"


async def test_long_pool_waits_are_capped_for_analyses_and_generations(
    session: AsyncSession, sent: list[PendingTask], monkeypatch: pytest.MonkeyPatch
) -> None:
    cap = get_settings().max_countdown_seconds
    user = await create_user(session)
    gen = await _generation(session, user)
    await generation_runner.run(session, str(gen.id), call=_pool_dry_for_a_day)
    shot = await create_screenshot(session, user, status="pending")
    claimed = await runner.claim(session, shot.id)
    assert claimed is not None
    monkeypatch.setattr(runner, "get_storage", _Storage)
    monkeypatch.setattr(runner.engines, "analyze", _pool_dry_for_a_day)
    await runner.execute(session, claimed)
    await commit(session)

    assert {t.name for t in sent} == {"generation.run", "analysis.run"}
    assert all(t.countdown is not None and 0 < t.countdown <= cap for t in sent)


async def _pool_dry_for_a_day(*_: Any, **__: Any) -> Any:
    raise PoolExhausted(retry_after=86_400)
