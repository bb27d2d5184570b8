"""The small inconsistencies a newcomer met (issue 18, item 6), each pinned by a test."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.logging import configure_logging
from app.db.session import commit, rollback
from app.llm.errors import ProviderError
from app.llm.keypool import get_pool, key_label
from app.llm.providers import get_provider
from app.llm.registry import get_model
from app.llm.types import CallContext, LLMRequest
from app.models import Generation, UsageLog
from app.services.generation.export import render
from app.services.model_gateway import gateway
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401
from tests.support.generations import create_screenshot, sample_analysis

KEY = "AIzaSyConsistencyKey-000000000000001"


async def test_get_on_links_analysis_answers_the_analysis(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    shot = await create_screenshot(session, user, analysis=sample_analysis())
    detail = (await client.get(f"/api/v1/screenshots/{shot.id}", headers=headers)).json()
    r = await client.get(detail["links"]["analysis"], headers=headers)
    assert r.status_code == 200
    body = r.json()
    assert body["analysis_status"] == "completed"
    assert body["analysis"] == detail["analysis"] and body["links"] == detail["links"]
    other = await auth_headers(session, await create_user(session, email="other@example.com"))
    assert (await client.get(detail["links"]["analysis"], headers=other)).status_code == 404


async def test_thumbs_down_without_comment_names_the_comment_field(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session)
    headers = await auth_headers(session, user)
    url = f"/api/v1/generations/{uuid.uuid4()}/feedback"
    for body in ({"rating": "down"}, {"rating": "down", "comment": "   "}):
        r = await client.post(url, headers=headers, json=body)
        assert r.status_code == 422
        assert_error_shape(r.json(), "VALIDATION_ERROR")
        fields = r.json()["details"]["fields"]
        assert [f["field"] for f in fields] == ["comment"], fields
        assert "thumbs down" in fields[0]["message"]


async def test_admin_generations_say_model_like_the_user_routes(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_user(session, email="admin@example.com", is_admin=True)
    user = await create_user(session)
    shot = await create_screenshot(session, user, analysis=sample_analysis())
    session.add(
        Generation(
            user_id=user.id,
            screenshot_id=shot.id,
            business_context={},
            status="completed",
            stage="completed",
            model_id="gemini-2.5-flash",
        )
    )
    await session.commit()
    headers = await auth_headers(session, admin)
    items = (await client.get("/api/v1/admin/generations", headers=headers)).json()["items"]
    assert items[0]["model"] == "gemini-2.5-flash" and "model_id" not in items[0]
    filtered = await client.get(
        "/api/v1/admin/generations", headers=headers, params={"model": "gemini-2.5-flash"}
    )
    assert len(filtered.json()["items"]) == 1
    detail = (await client.get(f"/api/v1/admin/users/{user.id}", headers=headers)).json()
    assert detail["recent_generations"][0]["model"] == "gemini-2.5-flash"


def _export_text(result: dict[str, Any], fmt: str) -> str:
    generation = Generation(
        status="completed", result=result, business_context={"business_name": "Green Leaf"}
    )
    return render(generation, fmt)[0]


def test_export_labels_read_like_words() -> None:
    result = {
        "sections": [
            {
                "type": "faq",
                "position": 1,
                "components": [
                    {"element": "cta_button", "content": "Order now"},
                    {
                        "element": "pricing_cards",
                        "items": [{"plan_name": "Starter", "price": "$9"}],
                    },
                ],
            },
            {"type": "how_it_works", "position": 2, "components": []},
        ],
        "totals": {"elements": 3, "in_range": 3},
    }
    for fmt in ("text", "markdown", "html"):
        text = _export_text(result, fmt)
        assert "CTA button" in text and "1. FAQ" in text and "2. How it works" in text, fmt
        assert "Pricing cards 1: Plan name" in text, fmt
        assert "Cta" not in text and "Faq" not in text and "plan_name" not in text, fmt


async def test_failed_attempts_stay_in_the_ledger_and_agree_with_the_live_key_view(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    """A generation that fails rolls its transaction back; the attempts it made must still
    be in usage_logs, so admin analytics and /admin/llm/keys count the same errors."""
    fake_llm.fail_next("server_error", count=10)
    with llm_settings(fake_llm, gemini_keys=[KEY], llm_max_retries=2):
        with pytest.raises(ProviderError):
            await gateway.call(
                session,
                LLMRequest(prompt="p", purpose="generation"),
                model_id="gemini-2.5-flash",
                context=CallContext(tier="free"),
            )
        await rollback(session)  # what the pipeline does when a stage fails
        await commit(session)
        (status,) = [s for s in await get_pool().status() if s.label == key_label(KEY)]
    rows = (await session.execute(select(UsageLog))).scalars().all()
    errors = [r for r in rows if r.key_label == key_label(KEY) and r.outcome != "success"]
    assert len(errors) == 3 == status.errors
    assert len(fake_llm.calls) == 3


def test_gemini_calls_do_not_log_afc_at_info(fake_llm: FakeLLMServer) -> None:
    import asyncio

    configure_logging()  # once per process: sets the levels of the chatty libraries
    seen: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    root = logging.getLogger()
    handler, level = Keep(level=logging.DEBUG), root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)  # the suite runs at WARNING; production runs at INFO
    try:
        with llm_settings(fake_llm, gemini_keys=[KEY]):
            asyncio.run(
                get_provider("gemini").generate(
                    LLMRequest(prompt="hello", purpose="generation"),
                    model=get_model("gemini-2.5-flash"),
                    api_key=KEY,
                    timeout=2,
                )
            )
        logging.getLogger("app.check").info("still logging at INFO")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    messages = [r.getMessage() for r in seen]
    assert "still logging at INFO" in messages
    assert fake_llm.calls, "the Gemini call reached the fake"
    assert not [m for m in messages if "AFC is enabled" in m], messages
