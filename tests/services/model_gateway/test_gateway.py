"""The gateway: model resolution and tier access, the policy's fallback chain, retries,
usage ledger rows and metrics, parsed JSON, and keys kept out of logs and errors."""

from __future__ import annotations

import logging
import time

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import AppError
from app.llm.errors import ModelNotAllowed, PoolExhausted, ProviderError, UnknownModel
from app.llm.keypool import get_pool, key_label
from app.llm.types import CallContext, LLMRequest
from app.models import UsageLog
from app.services.model_gateway import gateway
from tests.support.factories import create_user
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401

G1 = "AIzaSyGatewayKeyOne-00000000000001"
G2 = "AIzaSyGatewayKeyTwo-00000000000002"
ANT = "sk-ant-gateway-secret-0000000001"
OAI = "sk-openai-gateway-secret-000001"
SCHEMA = {
    "type": "object",
    "properties": {"headline": {"type": "string"}},
    "required": ["headline"],
}
REQ = LLMRequest(prompt="Write a headline for a bakery", purpose="generation")


def _all(server: FakeLLMServer, **overrides: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {"gemini_keys": [G1, G2], "anthropic_key": ANT, "openai_key": OAI}
    values.update(overrides)
    return llm_settings(server, **values)  # type: ignore[arg-type]


async def _rows(session: AsyncSession) -> list[UsageLog]:
    result = await session.execute(select(UsageLog).order_by(UsageLog.created_at))
    return list(result.scalars())


async def test_free_default_goes_through_the_gemini_pool_and_is_recorded(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    fake_llm.responder = lambda call: '{"headline": "Bread worth waking up for"}'
    request = LLMRequest(prompt="Write a headline", purpose="generation", json_schema=SCHEMA)
    before = (
        REGISTRY.get_sample_value(
            "pagewright_llm_calls_total",
            {
                "provider": "gemini",
                "model": "gemini-2.5-flash",
                "key": key_label(G1),
                "outcome": "success",
            },
        )
        or 0.0
    )
    with _all(fake_llm, gemini_keys=[G1]):
        response = await gateway.call(
            session, request, model_id=None, context=CallContext(tier="free", user_id=user.id)
        )
    assert response.provider == "gemini" and response.model_id == "gemini-2.5-flash"
    assert response.data == {"headline": "Bread worth waking up for"}
    assert response.key_label == key_label(G1)
    assert response.tokens_in == 3 and response.tokens_out == 6
    assert response.cost_usd == pytest.approx((3 * 0.30 + 6 * 2.50) / 1e6)
    (row,) = await _rows(session)
    assert (row.provider, row.model_id, row.key_label, row.outcome) == (
        "gemini",
        "gemini-2.5-flash",
        key_label(G1),
        "success",
    )
    assert (row.tokens_in, row.tokens_out, row.user_id) == (3, 6, user.id)
    assert float(row.cost_usd) == pytest.approx(response.cost_usd, abs=1e-6)
    after = REGISTRY.get_sample_value(
        "pagewright_llm_calls_total",
        {
            "provider": "gemini",
            "model": "gemini-2.5-flash",
            "key": key_label(G1),
            "outcome": "success",
        },
    )
    assert after == before + 1


async def test_unparseable_json_is_returned_as_text_without_data(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    fake_llm.responder = lambda call: '```json\n{"headline": "x",}\n```'
    request = LLMRequest(prompt="p", purpose="generation", json_schema=SCHEMA)
    with _all(fake_llm):
        response = await gateway.call(
            session, request, model_id=None, context=CallContext(tier="free")
        )
    assert response.data is None
    assert response.text.startswith("```json")


async def test_free_user_asking_for_a_premium_model_is_refused(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    with _all(fake_llm), pytest.raises(ModelNotAllowed) as info:
        await gateway.call(
            session, REQ, model_id="claude-sonnet-4-6", context=CallContext(tier="free")
        )
    assert info.value.status_code == 403 and info.value.error_code == "MODEL_NOT_ALLOWED"
    assert fake_llm.calls == []
    with _all(fake_llm), pytest.raises(UnknownModel):
        await gateway.call(session, REQ, model_id="no-such-model", context=CallContext(tier="pro"))


async def test_without_keys_the_offline_model_answers(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    with llm_settings(fake_llm):
        response = await gateway.call(session, REQ, model_id=None, context=CallContext(tier="pro"))
    assert response.provider == "offline" and response.model_id == "offline"
    assert response.text.startswith("[offline draft]")
    assert fake_llm.calls == []


async def test_transient_errors_retry_with_backoff_then_succeed(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    fake_llm.fail_next("server_error", count=2)
    with _all(fake_llm, llm_max_retries=3):
        response = await gateway.call(
            session, REQ, model_id="gemini-2.5-flash", context=CallContext(tier="free")
        )
    assert response.provider == "gemini"
    assert [a["outcome"] for a in response.attempts] == ["transient", "transient", "success"]
    assert [r.outcome for r in await _rows(session)] == ["transient", "transient", "success"]
    assert len(fake_llm.calls) == 3


async def test_permanent_errors_do_not_retry_or_fall_back(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    fake_llm.fail_next("safety")
    with _all(fake_llm), pytest.raises(ProviderError) as info:
        await gateway.call(
            session, REQ, model_id="claude-sonnet-4-6", context=CallContext(tier="pro")
        )
    assert info.value.error_code == "PROVIDER_SAFETY_BLOCK"
    assert len(fake_llm.calls) == 1


async def test_a_rate_limited_key_cools_down_and_another_key_serves_at_once(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    fake_llm.fail_next("rate_limit", count=1, provider="gemini", retry_after=9)
    with _all(fake_llm):
        response = await gateway.call(session, REQ, model_id=None, context=CallContext(tier="free"))
        states = {s.label: s for s in await get_pool().status()}
    first, second = fake_llm.calls[0].api_key, fake_llm.calls[1].api_key
    assert first != second
    assert response.key_label == key_label(second or "")
    cooled = states[key_label(first or "")]
    assert cooled.state == "cooling_down" and cooled.errors == 1
    # The cool-down is the 9 s Gemini's RetryInfo asked for, not the 30 s default.
    assert cooled.until is not None and 7.5 < cooled.until - time.time() <= 9.5


@pytest.mark.parametrize("chosen", ["claude-sonnet-4-6", "gpt-5-mini"])
async def test_pro_fallbacks_follow_policy_order(
    session: AsyncSession, fake_llm: FakeLLMServer, chosen: str
) -> None:
    fake_llm.fail_next("server_error", count=10, provider="anthropic")
    fake_llm.fail_next("server_error", count=10, provider="openai")
    with _all(fake_llm, llm_max_retries=1):
        response = await gateway.call(
            session, REQ, model_id=chosen, context=CallContext(tier="pro")
        )
    providers = [c.provider for c in fake_llm.calls]
    first = "anthropic" if chosen.startswith("claude") else "openai"
    other = "openai" if first == "anthropic" else "anthropic"
    assert providers == [first, first, other, other, "gemini"]
    assert response.provider == "gemini" and response.model_id == "gemini-2.5-flash"
    assert [r.provider for r in await _rows(session)] == providers


async def test_free_pool_exhausted_is_raised_for_the_caller_to_requeue(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    with _all(fake_llm, gemini_keys=[G1], keypool_rpm=1, keypool_wait_deadline_seconds=0.2):
        await gateway.call(session, REQ, model_id=None, context=CallContext(tier="free"))
        with pytest.raises(PoolExhausted) as info:
            await gateway.call(session, REQ, model_id=None, context=CallContext(tier="free"))
    assert info.value.retry_after > 50
    assert [r.outcome for r in await _rows(session)] == ["success", "pool_exhausted"]


async def test_free_premium_fallback_setting_uses_the_cheapest_premium_model(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    with _all(
        fake_llm,
        gemini_keys=[G1],
        keypool_rpm=1,
        keypool_wait_deadline_seconds=0.2,
        free_premium_fallback=True,
    ):
        await gateway.call(session, REQ, model_id=None, context=CallContext(tier="free"))
        response = await gateway.call(session, REQ, model_id=None, context=CallContext(tier="free"))
    assert response.model_id == "gpt-5-mini"


async def test_keys_never_appear_in_logs_or_errors(
    session: AsyncSession,
    fake_llm: FakeLLMServer,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    fake_llm.fail_next("bad_key", provider="gemini")
    fake_llm.fail_next("rate_limit", provider="gemini", retry_after=3)
    fake_llm.fail_next("bad_key", provider="anthropic")
    fake_llm.fail_next("spend_cap", provider="openai")
    errors: list[AppError] = []
    with _all(fake_llm, gemini_keys=[G1, G2], keypool_wait_deadline_seconds=0.1):
        for model_id, tier in [("gemini-2.5-flash", "free"), ("claude-sonnet-4-6", "pro")]:
            try:
                await gateway.call(session, REQ, model_id=model_id, context=CallContext(tier=tier))
            except AppError as exc:
                errors.append(exc)
        statuses = await get_pool().status()
    assert errors, "the scripted failures should surface as typed errors"
    captured = capsys.readouterr()
    text = caplog.text + captured.out + captured.err
    text += " ".join(f"{e} {e.message} {e.details} {e.headers}" for e in errors)
    text += " ".join(repr(s) for s in statuses)
    for secret in (G1, G2, ANT, OAI):
        assert secret not in text
        assert secret[4:-4] not in text
    assert "llm.router.attempt_failed" in text  # the failures were logged, by label
