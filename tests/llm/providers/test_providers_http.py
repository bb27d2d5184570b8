"""Each real SDK talks to the local fake over HTTP; answers, usage and failures map right."""

from __future__ import annotations

import asyncio

import pytest

from app.llm.errors import ProviderError
from app.llm.providers import ProviderFailure, get_provider
from app.llm.registry import get_model
from app.llm.types import LLMImage, LLMRequest
from tests.support.fake_llm import FakeLLMServer, fake_llm_fixture, llm_settings  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SCHEMA = {"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]}
KEYS = {
    "gemini": "AIzaFAKEgeminiKey0000000001",
    "anthropic": "sk-ant-fake-0000000000001",
    "openai": "sk-fake-openai-00000000001",
}
MODELS = {"gemini": "gemini-2.5-flash", "anthropic": "claude-sonnet-4-6", "openai": "gpt-4.1"}


def _settings(server: FakeLLMServer):  # type: ignore[no-untyped-def]
    return llm_settings(
        server,
        gemini_keys=[KEYS["gemini"]],
        anthropic_key=KEYS["anthropic"],
        openai_key=KEYS["openai"],
    )


@pytest.mark.parametrize("provider", ["gemini", "anthropic", "openai"])
async def test_sdk_sends_text_images_schema_and_reads_usage(
    fake_llm: FakeLLMServer, provider: str
) -> None:
    fake_llm.responder = lambda call: '{"title": "Fresh bread daily"}'
    request = LLMRequest(
        prompt="Describe this page",
        purpose="analysis",
        system="Be brief",
        images=(LLMImage(PNG, "image/png"),),
        json_schema=SCHEMA,
    )
    with _settings(fake_llm):
        model = get_model(MODELS[provider])
        result = await get_provider(provider).generate(
            request, model=model, api_key=KEYS[provider], timeout=2
        )
    assert result.text == '{"title": "Fresh bread daily"}'
    call = fake_llm.calls[-1]
    assert call.provider == provider
    assert call.model == model.provider_model
    assert call.api_key == KEYS[provider]
    assert call.images == 1
    assert call.system == "Be brief"
    assert "Describe this page" in call.prompt
    assert call.json_schema == SCHEMA
    assert call.max_tokens == request.max_output_tokens
    if provider == "gemini":  # only API fields go on the wire, nothing of the SDK's own
        assert set(call.options) == {
            "maxOutputTokens",
            "temperature",
            "responseMimeType",
            "responseJsonSchema",
        }
    # Sampling temperature goes wherever the model takes one (Claude's SDK call sends none).
    expected = request.temperature if model.temperature and provider != "anthropic" else None
    assert call.temperature == expected
    assert result.tokens_in == 3 + 2 + 258  # words of prompt + system, one image
    assert result.tokens_out == 4


@pytest.mark.parametrize(
    ("provider", "kind", "expected", "retry_after"),
    [
        ("gemini", "rate_limit", "rate_limited", 12.0),
        ("anthropic", "rate_limit", "rate_limited", 12.0),
        ("openai", "rate_limit", "rate_limited", 12.0),
        ("gemini", "spend_cap", "spend_cap", None),
        ("anthropic", "spend_cap", "spend_cap", None),
        ("openai", "spend_cap", "spend_cap", None),
        ("gemini", "server_error", "transient", None),
        ("anthropic", "server_error", "transient", None),
        ("openai", "server_error", "transient", None),
        ("gemini", "bad_key", "bad_key", None),
        ("anthropic", "bad_key", "bad_key", None),
        ("openai", "bad_key", "bad_key", None),
        ("gemini", "malformed", "malformed", None),
        ("anthropic", "malformed", "malformed", None),
        ("openai", "malformed", "malformed", None),
        ("gemini", "safety", "permanent", None),
        ("anthropic", "safety", "permanent", None),
        ("openai", "safety", "permanent", None),
        ("gemini", "timeout", "transient", None),
        ("anthropic", "timeout", "transient", None),
        ("openai", "timeout", "transient", None),
        ("gemini", "disconnect", "transient", None),
        ("anthropic", "disconnect", "transient", None),
        ("openai", "disconnect", "transient", None),
    ],
)
async def test_failures_are_classified_per_provider(
    fake_llm: FakeLLMServer, provider: str, kind: str, expected: str, retry_after: float | None
) -> None:
    fake_llm.timeout_sleep = 1.5
    fake_llm.fail_next(kind, retry_after=12 if kind == "rate_limit" else None)
    request = LLMRequest(prompt="hello", purpose="generation")
    # A short client timeout only where the fault is a stall; a loaded machine (coverage on,
    # 2 cores) must not turn another fault into a timeout.
    timeout = 0.5 if kind == "timeout" else 5.0
    with _settings(fake_llm), pytest.raises(ProviderFailure) as info:
        await get_provider(provider).generate(
            request, model=get_model(MODELS[provider]), api_key=KEYS[provider], timeout=timeout
        )
    failure = info.value
    assert failure.kind == expected, (failure.code, failure.detail)
    if retry_after is not None:
        assert failure.retry_after is not None
        assert abs(failure.retry_after - retry_after) < 1.5
    if kind == "safety":
        assert failure.code == "PROVIDER_SAFETY_BLOCK"
    if kind == "timeout":
        assert failure.code == "PROVIDER_TIMEOUT"
    if kind == "disconnect":
        assert failure.code == "PROVIDER_UNAVAILABLE"
    for secret in KEYS.values():
        assert secret not in str(failure) and secret not in failure.detail
    assert not isinstance(failure, ProviderError)


@pytest.mark.parametrize("provider", ["gemini", "anthropic", "openai"])
async def test_a_refused_connection_is_transient(fake_llm: FakeLLMServer, provider: str) -> None:
    import socket

    with socket.socket() as probe:  # a port that was just free: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    closed = f"http://127.0.0.1:{port}"
    with (
        llm_settings(
            fake_llm,
            gemini_keys=[KEYS["gemini"]],
            anthropic_key=KEYS["anthropic"],
            openai_key=KEYS["openai"],
            gemini_base_url=closed + "/",
            anthropic_base_url=closed,
            openai_base_url=closed + "/v1",
        ),
        pytest.raises(ProviderFailure) as info,
    ):
        await get_provider(provider).generate(
            LLMRequest(prompt="hello", purpose="generation"),
            model=get_model(MODELS[provider]),
            api_key=KEYS[provider],
            timeout=2,
        )
    assert (info.value.kind, info.value.code) == ("transient", "PROVIDER_UNAVAILABLE")


async def test_openai_compatible_endpoint_by_base_url(fake_llm: FakeLLMServer) -> None:
    import json

    from app.llm.registry import models_for_tier

    endpoints = json.dumps([{"name": "local", "base_url": fake_llm.url + "/v1"}])
    models = json.dumps(
        [
            {
                "id": "llama-local",
                "provider": "compat:local",
                "provider_model": "llama3.1:8b",
                "vision": False,
                "tiers": ["free", "pro"],
            }
        ]
    )
    with llm_settings(fake_llm, openai_compatible_endpoints=endpoints, llm_models=models):
        assert [m.id for m in models_for_tier("free")] == ["llama-local", "offline"]
        model = get_model("llama-local")
        result = await get_provider(model.provider).generate(
            LLMRequest(prompt="hello there", purpose="generation"),
            model=model,
            api_key=None,
            timeout=2,
        )
    # this request's call (the shared fake may also hear a previous test's late call)
    call = next(c for c in reversed(fake_llm.calls) if c.prompt == "hello there")
    assert (call.provider, call.model) == ("openai", "llama3.1:8b")
    assert call.api_key == "not-needed"  # local servers take any key
    assert result.text == "echo: hello there"


def test_gemini_sessions_are_per_loop_and_close_with_their_loop(fake_llm: FakeLLMServer) -> None:

    from app.llm.providers import gemini

    async def call() -> object:
        await get_provider("gemini").generate(
            LLMRequest(prompt="hello", purpose="generation"),
            model=get_model(MODELS["gemini"]),
            api_key=KEYS["gemini"],
            timeout=2,
        )
        return (await gemini._loop_clients()).session

    with _settings(fake_llm):
        first = asyncio.run(call())
        second = asyncio.run(call())
    assert first is not second  # a session belongs to one loop
    assert first.closed and second.closed  # closed as each loop shut down  # type: ignore[attr-defined]


async def test_gemini_keys_share_one_client_and_each_request_carries_its_own_key(
    fake_llm: FakeLLMServer,
) -> None:
    from app.llm.providers import gemini

    keys = [f"AIzaFAKEsharedClientKey{i:04d}" for i in range(3)]
    with llm_settings(fake_llm, gemini_keys=keys):
        for key in keys + keys[::-1]:
            await get_provider("gemini").generate(
                LLMRequest(prompt="hi", purpose="probe"),
                model=get_model(MODELS["gemini"]),
                api_key=key,
                timeout=2,
            )
        # No client per key: a key's first use builds nothing.
        assert len((await gemini._loop_clients()).clients) == 1
    # (an earlier test's stalled call may still land in the fake's log: count ours)
    assert [call.api_key for call in fake_llm.calls if call.api_key in keys] == keys + keys[::-1]


def test_gemini_proxies_come_from_the_environment_once_per_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.llm.providers.gemini import _proxy_args

    for name in ("http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert _proxy_args(None) == {"proxy": "http://proxy.internal:3128"}
    monkeypatch.setenv("NO_PROXY", "generativelanguage.googleapis.com")
    assert _proxy_args(None) == {}
    assert _proxy_args("http://127.0.0.1:9/") == {}  # no HTTP_PROXY set


def test_gemini_answers_are_read_from_the_wire_format() -> None:
    import json

    from app.llm.providers.gemini import _read_answer

    body = {
        "candidates": [
            {
                "content": {
                    "role": "model",
                    "parts": [
                        {"text": "planning…", "thought": True},
                        {"text": "Hello"},
                        {"text": "!"},
                    ],
                },
                "finishReason": "STOP",
            }
        ],
        "usageMetadata": {
            "promptTokenCount": 7,
            "candidatesTokenCount": 2,
            "thoughtsTokenCount": 5,
        },
    }
    result = _read_answer(json.dumps(body))
    assert (result.text, result.tokens_in, result.tokens_out) == ("Hello!", 7, 7)
    blocked = {"candidates": [{"content": {"parts": []}, "finishReason": "PROHIBITED_CONTENT"}]}
    for unsafe in ({"promptFeedback": {"blockReason": "OTHER"}}, blocked, {"candidates": []}):
        with pytest.raises(ProviderFailure) as info:
            _read_answer(json.dumps(unsafe))
        assert info.value.code == "PROVIDER_SAFETY_BLOCK"
    for broken in ("", "[1, 2]", '{"candidates": [{"content": "text"}]}', '{"usageMetadata": 5}'):
        with pytest.raises(ProviderFailure) as info:
            _read_answer(broken)
        assert info.value.kind == "malformed", broken


async def test_a_call_still_stalled_at_reset_is_not_among_the_next_tests_calls(
    fake_llm: FakeLLMServer,
) -> None:
    """A "timeout" fault answers after its client gave up: the fake records it only if no
    reset (the fixture's, between tests) came since it arrived, so no test reads an earlier
    test's late call as its own (it once failed the OpenAI-compatible test in CI)."""
    fake_llm.timeout_sleep = 0.6
    fake_llm.fail_next("timeout")
    with _settings(fake_llm), pytest.raises(ProviderFailure):
        await get_provider("openai").generate(
            LLMRequest(prompt="stalled", purpose="generation"),
            model=get_model(MODELS["openai"]),
            api_key=KEYS["openai"],
            timeout=0.2,
        )
    fake_llm.reset()  # the next test begins
    await asyncio.sleep(1.2)  # the stalled answer is written meanwhile
    assert not [call for call in fake_llm.calls if "stalled" in call.prompt]
