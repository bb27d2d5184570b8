"""The flow through the HTTP API with the real SDKs talking to the local fake providers."""

from __future__ import annotations

import uuid

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.words import count_words
from app.models import Generation, UsageDaily, UsageLog
from app.services.generation.prompt import build_elements
from app.workers.runtime import drain_inline_tasks
from tests.support.factories import auth_headers, create_pro_user, create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm, llm_settings  # noqa: F401
from tests.support.generations import (
    business_context,
    create_screenshot,
    length_writer,
    misses,
    sample_analysis,
    targets_in,
    wait_for,
)


async def test_free_user_on_gemini_with_a_sloppy_model_ends_in_range(
    client: AsyncClient,
    session: AsyncSession,
    fake_llm: FakeLLMServer,  # noqa: F811
) -> None:
    fake_llm.responder = length_writer(0.3)
    analysis = sample_analysis(6)
    elements = build_elements(analysis)
    with llm_settings(fake_llm, gemini_keys=["AIzaFAKE-gen-1"]):
        user = await create_user(session)
        headers = await auth_headers(session, user)
        shot = await create_screenshot(session, user, analysis=analysis)
        resp = await client.post(
            "/api/v1/generations",
            headers=headers,
            json={"screenshot_id": str(shot.id), "business_context": business_context()},
        )
        assert resp.status_code == 202, resp.text
        await drain_inline_tasks()
        data = (
            await client.get(f"/api/v1/generations/{resp.json()['id']}", headers=headers)
        ).json()
    assert data["status"] == "completed", data
    assert data["provider"] == "gemini" and data["model"].startswith("gemini")
    result = data["result"]
    assert result["is_offline_draft"] is False
    assert result["totals"]["elements"] == len(elements)
    assert result["totals"]["in_range_pct"] >= 98.0
    assert [c.provider for c in fake_llm.calls] == ["gemini", "gemini"]
    first, second = fake_llm.calls
    assert set(targets_in(first.prompt)) == {e.id for e in elements}
    assert first.json_schema is not None
    failing = {e.id for e in elements if misses(e.id)}
    assert failing and set(targets_in(second.prompt)) == failing
    for element_id in failing:
        assert element_id in second.prompt
    assert "you wrote" in second.prompt
    assert data["tokens_in"] > 0 and data["tokens_out"] > 0
    assert float(data["cost_usd"]) > 0
    assert result["repair_rounds"] == 1
    logs = (await session.execute(select(UsageLog))).scalars().all()
    assert len(logs) == 2


async def test_pro_user_instructions_reach_the_prompt_and_local_ones_are_dropped(
    client: AsyncClient,
    session: AsyncSession,
    fake_llm: FakeLLMServer,  # noqa: F811
) -> None:
    fake_llm.responder = length_writer(0.0)
    with llm_settings(fake_llm, anthropic_key="sk-ant-fake-gen"):
        user = await create_pro_user(session)
        headers = await auth_headers(session, user)
        resp = await client.put(
            "/api/v1/users/me/instructions",
            headers=headers,
            json={"global_instructions": "Always write in British English."},
        )
        assert resp.status_code == 200
        shot = await create_screenshot(session, user, analysis=sample_analysis(2))
        anthropic_model = "claude-sonnet-4-6"
        from app.llm.registry import all_models

        anthropic_model = next(m.id for m in all_models() if m.provider == "anthropic")
        resp = await client.post(
            "/api/v1/generations",
            headers=headers,
            json={
                "screenshot_id": str(shot.id),
                "business_context": business_context(),
                "local_instructions": "Mention the spring opening.",
                "model": anthropic_model,
            },
        )
        assert resp.status_code == 202, resp.text
        await drain_inline_tasks()
    row = await wait_for(session, uuid.UUID(resp.json()["id"]))
    assert row.status == "completed", (row.error_code, row.error_message)
    assert row.provider == "anthropic"
    prompt = fake_llm.calls[0].prompt
    assert "Always write in British English." in prompt
    assert "Mention the spring opening." in prompt
    assert prompt.index("British English") < prompt.index("spring opening")
    assert len(fake_llm.calls) == 1  # everything in range: no repair call
    assert row.local_instructions is None
    assert row.result is not None and row.result["totals"]["in_range_pct"] == 100.0
    assert all(count_words(r["id"]) >= 1 for r in row.result["report"])


async def test_provider_failure_fails_with_a_code_and_returns_the_slot(
    client: AsyncClient,
    session: AsyncSession,
    fake_llm: FakeLLMServer,  # noqa: F811
) -> None:
    fake_llm.fail_next("bad_key", count=10)
    with llm_settings(fake_llm, gemini_keys=["AIzaFAKE-gen-bad"], free_requeue_max=0):
        user = await create_user(session)
        headers = await auth_headers(session, user)
        shot = await create_screenshot(session, user, analysis=sample_analysis(1))
        resp = await client.post(
            "/api/v1/generations",
            headers=headers,
            json={"screenshot_id": str(shot.id), "business_context": business_context()},
        )
        await drain_inline_tasks()
    row = await wait_for(session, uuid.UUID(resp.json()["id"]))
    assert row.status == "failed"
    assert row.error_code and row.error_code.startswith(("PROVIDER", "POOL"))
    assert row.quota_released
    usage = (await session.execute(select(UsageDaily))).scalar_one()
    await session.refresh(usage)
    assert usage.generations_used == 0
    assert (await session.execute(select(Generation))).scalar_one().result is None
