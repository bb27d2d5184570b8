"""A local fake LLM upstream speaking Gemini, Anthropic and OpenAI wire formats over HTTP.

The real SDKs (google-genai, anthropic, openai) talk to it through their base-URL settings,
so tests exercise the real client code. Usage::

    from tests.support.fake_llm import fake_llm_fixture, llm_settings  # noqa: F401
    # (fake_llm_fixture registers the fixture named "fake_llm"; `import fake_llm` works too)

    async def test_something(session, fake_llm):
        fake_llm.responder = lambda call: '{"title": "Hello"}'   # what the "model" writes
        with llm_settings(fake_llm, gemini_keys=["AIzaFAKE-1"], anthropic_key="sk-ant-x"):
            resp = await gateway.call(session, request, model_id=None, context=ctx)
        assert fake_llm.calls[0].provider == "gemini" and fake_llm.calls[0].images == 1

    fake_llm.fail_next("rate_limit", count=2, provider="gemini", retry_after=3)
    fake_llm.fail_next("server_error")           # kinds: rate_limit, spend_cap, server_error,
                                                 # timeout, bad_key, malformed, safety,
                                                 # disconnect (the answer breaks off)
    fake_llm.set_limit(rpm=5, window=10.0)       # per-key limit; 429 beyond it
    fake_llm.limit_429s                          # how many 429s the limit enforcement sent
    fake_llm.latency = 0.05                      # fixed service time from arrival (seconds)

FakeCall fields: provider ("gemini" | "anthropic" | "openai"), model, api_key, system,
prompt, images, json_schema, max_tokens, temperature, options, at (time.time()), status (HTTP
status answered), service_s.
Default responder: JSON matching the schema when one was sent (minimal instance),
otherwise "echo: <first 200 chars of the prompt>".
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import uvicorn
from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.llm.providers.offline import instance_from_schema

FAULT_KINDS = {
    "rate_limit",
    "spend_cap",
    "server_error",
    "timeout",
    "bad_key",
    "malformed",
    "safety",
    "disconnect",
}


class _DroppedResponse(Response):
    """Starts an answer, then the connection drops: the client sees a reset mid-body."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"4096")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"candidates": [', "more_body": True})
        # Returning unfinished makes the server close the connection.


@dataclass
class FakeCall:
    provider: str
    model: str
    api_key: str | None
    system: str | None
    prompt: str
    images: int
    json_schema: dict[str, Any] | None
    at: float = field(default_factory=time.time)
    status: int = 200
    service_s: float = 0.0  # arrival to the answer leaving (the fixed latency, when set)
    arrived_at: float = 0.0  # time.monotonic() at arrival (comparable across processes)
    max_tokens: int | None = None
    temperature: float | None = None
    options: dict[str, Any] = field(default_factory=dict)  # Gemini: generationConfig as sent


@dataclass
class _Fault:
    kind: str
    count: int
    provider: str | None
    api_key: str | None
    retry_after: float | None


def _words(text: str) -> int:
    return len(text.split())


def default_responder(call: FakeCall) -> str:
    if call.json_schema:
        return json.dumps(instance_from_schema(call.json_schema))
    return "echo: " + call.prompt[:200]


class _OneWritePerTurn:
    """A transport that hands the socket everything written in one loop turn as one write.

    uvicorn writes a response's head and body separately, so a small answer leaves as two
    segments and the client wakes twice; real upstreams send small answers whole."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self._pending:
            asyncio.get_running_loop().call_soon(self._flush)
        self._pending.append(bytes(data))

    def _flush(self) -> None:
        data = b"".join(self._pending)
        self._pending.clear()
        if data and not self._transport.is_closing():
            self._transport.write(data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _Protocol(HttpToolsProtocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(_OneWritePerTurn(transport))  # type: ignore[arg-type]


class FakeLLMServer:
    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.timeout_sleep = 5.0  # how long a "timeout" fault stalls (beyond client timeouts)
        self._thread: threading.Thread | None = None
        self._server: uvicorn.Server | None = None
        self._lock = threading.Lock()
        self.reset()

    # --- programming ----------------------------------------------------------------------
    def reset(self) -> None:
        with getattr(self, "_lock", threading.Lock()):
            # a request still in flight from before (a stalled "timeout" answers after its
            # test ended) is not recorded among the next test's calls
            self._epoch = getattr(self, "_epoch", 0) + 1
            self.responder: Callable[[FakeCall], str] = default_responder
            self.calls: list[FakeCall] = []
            self.started = 0  # requests that arrived (counted before the artificial latency)
            self.latency = 0.0
            self.limit_429s = 0
            self.status_counts: dict[int, int] = defaultdict(int)
            self._faults: list[_Fault] = []
            self._limits: dict[str | None, tuple[int, float]] = {}
            self._accepted: dict[str, deque[float]] = defaultdict(deque)
            self.accepted_log: dict[str, list[float]] = defaultdict(list)

    def fail_next(
        self,
        kind: str,
        count: int = 1,
        provider: str | None = None,
        api_key: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        with self._lock:
            self._faults.append(_Fault(kind, count, provider, api_key, retry_after))

    def set_limit(self, rpm: int, window: float = 60.0, api_key: str | None = None) -> None:
        """Per-key request limit in a sliding window (api_key None = every key)."""
        with self._lock:
            self._limits[api_key] = (rpm, window)

    def max_in_window(self, api_key: str, window: float) -> int:
        """The most accepted requests for one key inside any sliding window of this length."""
        times = sorted(self.accepted_log.get(api_key, []))
        best, start = 0, 0
        for end, t in enumerate(times):
            while t - times[start] >= window:
                start += 1
            best = max(best, end - start + 1)
        return best

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- lifecycle ------------------------------------------------------------------------
    def start(self) -> FakeLLMServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app(),
            log_level="error",
            access_log=False,
            lifespan="off",
            http=_Protocol,
            timeout_keep_alive=30,
            backlog=2048,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.time() + 10
        while not self._server.started:
            if time.time() > deadline:
                raise RuntimeError("fake LLM server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)

    # --- request handling -----------------------------------------------------------------
    def _take_fault(self, provider: str, api_key: str | None) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.count <= 0:
                    continue
                if fault.provider not in (None, provider):
                    continue
                if fault.api_key not in (None, api_key):
                    continue
                fault.count -= 1
                return fault
        return None

    def _over_limit(self, api_key: str | None) -> bool:
        limit = self._limits.get(api_key) or self._limits.get(None)
        key = api_key or ""
        now = time.time()
        with self._lock:
            if limit is not None:
                rpm, window = limit
                log = self._accepted[key]
                while log and now - log[0] >= window:
                    log.popleft()
                if len(log) >= rpm:
                    self.limit_429s += 1
                    return True
                log.append(now)
            self.accepted_log[key].append(now)
        return False

    async def _handle(self, provider: str, call: FakeCall, request: Request) -> Response:
        with self._lock:
            self.started += 1
            epoch = self._epoch
        # The answer is decided on arrival (limits count arrivals, as upstreams do) and sent
        # after a fixed service time: it leaves `latency` after the request arrived, however
        # long parsing and building took, so that benchmarks can subtract it exactly.
        fault = self._take_fault(provider, call.api_key)
        if fault is None and self._over_limit(call.api_key):
            fault = _Fault("rate_limit", 1, provider, call.api_key, None)
        response = self._respond(provider, call, fault)
        arrived: float = request.scope["state"]["arrived"]
        call.arrived_at = arrived
        if self.latency:
            # Sleep to 2 ms short of the deadline, then yield until it: a sleeping thread
            # wakes up to a millisecond late, which would make the fixed latency jitter.
            deadline = arrived + self.latency
            await asyncio.sleep(max(0.0, deadline - time.monotonic() - 0.002))
            while time.monotonic() < deadline:
                await asyncio.sleep(0)
        if fault is not None and fault.kind == "timeout":
            await asyncio.sleep(self.timeout_sleep)
        call.service_s = time.monotonic() - arrived
        with self._lock:
            if epoch == self._epoch:
                self.calls.append(call)
        return self._finish(call, response)

    def _respond(self, provider: str, call: FakeCall, fault: _Fault | None) -> Response:
        if fault is not None and fault.kind == "disconnect":
            return _DroppedResponse()
        if fault is not None and fault.kind == "malformed":
            return Response(b'{"candidates": [ {"oops', 200, media_type="application/json")
        if fault is not None and fault.kind not in ("safety", "timeout"):
            return ERRORS[provider](fault)
        safety = fault is not None and fault.kind == "safety"
        text = "" if safety else self.responder(call)
        tokens_in = _words((call.system or "") + " " + call.prompt) + 258 * call.images
        return JSONResponse(BODIES[provider](call, text, tokens_in, _words(text), safety))

    def _finish(self, call: FakeCall, response: Response) -> Response:
        call.status = response.status_code
        with self._lock:
            self.status_counts[response.status_code] += 1
        return response

    def app(self) -> ASGIApp:
        async def gemini(request: Request) -> Response:
            model, _, _action = request.path_params["rest"].partition(":")
            key = request.headers.get("x-goog-api-key") or request.query_params.get("key")
            body = await request.json()
            texts, images = [], 0
            for content in body.get("contents", []):
                for part in content.get("parts", []):
                    if "text" in part:
                        texts.append(part["text"])
                    if "inlineData" in part or "inline_data" in part:
                        images += 1
            system = None
            if body.get("systemInstruction"):
                system = " ".join(p.get("text", "") for p in body["systemInstruction"]["parts"])
            cfg = body.get("generationConfig", {})
            schema = cfg.get("responseJsonSchema") or cfg.get("responseSchema")
            call = FakeCall("gemini", model, key, system, "\n".join(texts), images, schema)
            call.max_tokens, call.temperature = cfg.get("maxOutputTokens"), cfg.get("temperature")
            call.options = cfg
            return await self._handle("gemini", call, request)

        async def anthropic(request: Request) -> Response:
            body = await request.json()
            texts, images = [], 0
            for message in body.get("messages", []):
                content = message["content"]
                if isinstance(content, str):
                    texts.append(content)
                    continue
                for block in content:
                    if block.get("type") == "text":
                        texts.append(block["text"])
                    elif block.get("type") == "image":
                        images += 1
            system = body.get("system")
            if isinstance(system, list):
                system = " ".join(b.get("text", "") for b in system)
            fmt = (body.get("output_config") or {}).get("format") or {}
            schema = fmt.get("schema")
            key = request.headers.get("x-api-key")
            auth = request.headers.get("authorization", "")
            if key is None and auth.lower().startswith("bearer "):
                key = auth[7:]  # newer SDKs send the key as a bearer token
            call = FakeCall(
                "anthropic", body.get("model", ""), key, system, "\n".join(texts), images, schema
            )
            call.max_tokens, call.temperature = body.get("max_tokens"), body.get("temperature")
            return await self._handle("anthropic", call, request)

        async def openai(request: Request) -> Response:
            body = await request.json()
            auth = request.headers.get("authorization", "")
            key = auth[7:] if auth.lower().startswith("bearer ") else None
            texts, images, system = [], 0, None
            for message in body.get("messages", []):
                content = message["content"]
                parts = [{"type": "text", "text": content}] if isinstance(content, str) else content
                for part in parts:
                    if part.get("type") == "text":
                        if message["role"] == "system":
                            system = part["text"]
                        else:
                            texts.append(part["text"])
                    elif part.get("type") == "image_url":
                        images += 1
            fmt = body.get("response_format") or {}
            schema = (fmt.get("json_schema") or {}).get("schema")
            if schema is None and fmt.get("type") == "json_object":
                schema = {"type": "object"}
            call = FakeCall(
                "openai", body.get("model", ""), key, system, "\n".join(texts), images, schema
            )
            call.max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
            call.temperature = body.get("temperature")
            return await self._handle("openai", call, request)

        app = Starlette(
            routes=[
                Route("/v1beta/models/{rest:path}", gemini, methods=["POST"]),
                Route("/v1/models/{rest:path}", gemini, methods=["POST"]),
                Route("/v1/messages", anthropic, methods=["POST"]),
                Route("/v1/chat/completions", openai, methods=["POST"]),
            ]
        )

        async def stamped(scope: Scope, receive: Receive, send: Send) -> None:
            scope.setdefault("state", {})["arrived"] = time.monotonic()
            await app(scope, receive, send)

        return stamped


# --- wire formats ----------------------------------------------------------------------------
def _gemini_body(call: FakeCall, text: str, tin: int, tout: int, safety: bool) -> dict[str, Any]:
    usage = {"promptTokenCount": tin, "candidatesTokenCount": tout, "totalTokenCount": tin + tout}
    if safety:
        return {
            "promptFeedback": {"blockReason": "SAFETY"},
            "usageMetadata": usage,
            "modelVersion": call.model,
        }
    return {
        "candidates": [
            {
                "content": {"parts": [{"text": text}], "role": "model"},
                "finishReason": "STOP",
                "index": 0,
            }
        ],
        "usageMetadata": usage,
        "modelVersion": call.model,
    }


def _anthropic_body(call: FakeCall, text: str, tin: int, tout: int, safety: bool) -> dict[str, Any]:
    return {
        "id": "msg_" + uuid.uuid4().hex[:20],
        "type": "message",
        "role": "assistant",
        "model": call.model,
        "content": [] if safety else [{"type": "text", "text": text}],
        "stop_reason": "refusal" if safety else "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": tin, "output_tokens": tout},
    }


def _openai_body(call: FakeCall, text: str, tin: int, tout: int, safety: bool) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None if safety else text}
    if safety:
        message["refusal"] = "I can't help with that."
    return {
        "id": "chatcmpl-" + uuid.uuid4().hex[:20],
        "object": "chat.completion",
        "created": int(time.time()),
        "model": call.model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "content_filter" if safety else "stop",
            }
        ],
        "usage": {"prompt_tokens": tin, "completion_tokens": tout, "total_tokens": tin + tout},
    }


BODIES = {"gemini": _gemini_body, "anthropic": _anthropic_body, "openai": _openai_body}


def _gemini_error(fault: _Fault) -> Response:
    if fault.kind == "rate_limit":
        delay = fault.retry_after if fault.retry_after is not None else 7
        body = {
            "error": {
                "code": 429,
                "status": "RESOURCE_EXHAUSTED",
                "message": "You exceeded your current quota. Please retry later.",
                "details": [
                    {
                        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                        "violations": [
                            {"quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}
                        ],
                    },
                    {
                        "@type": "type.googleapis.com/google.rpc.RetryInfo",
                        "retryDelay": f"{delay:g}s",
                    },
                ],
            }
        }
        return JSONResponse(body, 429)
    if fault.kind == "spend_cap":
        body = {
            "error": {
                "code": 429,
                "status": "RESOURCE_EXHAUSTED",
                "message": "You exceeded your current quota, please check your plan "
                "and billing details.",
                "details": [
                    {
                        "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                        "violations": [
                            {"quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"}
                        ],
                    }
                ],
            }
        }
        return JSONResponse(body, 429)
    if fault.kind == "bad_key":
        return JSONResponse(
            {
                "error": {
                    "code": 403,
                    "status": "PERMISSION_DENIED",
                    "message": "Permission denied: API key not valid.",
                }
            },
            403,
        )
    return JSONResponse(
        {"error": {"code": 503, "status": "UNAVAILABLE", "message": "The model is overloaded."}},
        503,
    )


def _anthropic_error(fault: _Fault) -> Response:
    def err(
        kind: str, message: str, status: int, headers: dict[str, str] | None = None
    ) -> Response:
        return JSONResponse(
            {"type": "error", "error": {"type": kind, "message": message}}, status, headers=headers
        )

    if fault.kind == "rate_limit":
        delay = fault.retry_after if fault.retry_after is not None else 7
        reset = (datetime.now(UTC) + timedelta(seconds=delay)).isoformat().replace("+00:00", "Z")
        return err(
            "rate_limit_error",
            "Number of requests has exceeded your rate limit.",
            429,
            {"retry-after": str(round(delay)), "anthropic-ratelimit-requests-reset": reset},
        )
    if fault.kind == "spend_cap":
        return err("billing_error", "Your credit balance is too low to access the API.", 402)
    if fault.kind == "bad_key":
        return err("authentication_error", "invalid x-api-key", 401)
    return err("overloaded_error", "Overloaded", 529)


def _openai_error(fault: _Fault) -> Response:
    def err(
        code: str, message: str, status: int, headers: dict[str, str] | None = None
    ) -> Response:
        return JSONResponse(
            {"error": {"message": message, "type": code, "param": None, "code": code}},
            status,
            headers=headers,
        )

    if fault.kind == "rate_limit":
        delay = fault.retry_after if fault.retry_after is not None else 7
        return err(
            "rate_limit_exceeded",
            "Rate limit reached for requests.",
            429,
            {"retry-after-ms": str(int(delay * 1000)), "x-ratelimit-reset-requests": f"{delay:g}s"},
        )
    if fault.kind == "spend_cap":
        return err(
            "insufficient_quota",
            "You exceeded your current quota, please check your plan and billing details.",
            429,
        )
    if fault.kind == "bad_key":
        return err("invalid_api_key", "Incorrect API key provided.", 401)
    return err("server_error", "The server had an error processing your request.", 500)


ERRORS = {"gemini": _gemini_error, "anthropic": _anthropic_error, "openai": _openai_error}

# --- pytest glue -----------------------------------------------------------------------------
_SERVER: FakeLLMServer | None = None


def get_server() -> FakeLLMServer:
    """The process-wide fake, started on first use (a thread on 127.0.0.1, free port)."""
    global _SERVER
    if _SERVER is None:
        _SERVER = FakeLLMServer().start()
    return _SERVER


@pytest.fixture(name="fake_llm")
def fake_llm_fixture() -> Iterator[FakeLLMServer]:
    server = get_server()
    server.reset()
    yield server
    server.reset()


# Both names register the fixture "fake_llm"; import fake_llm_fixture to keep ruff's F811
# quiet when a test takes `fake_llm` as a parameter.
fake_llm = fake_llm_fixture


@contextmanager
def llm_settings(
    server: FakeLLMServer,
    *,
    gemini_keys: list[str] | None = None,
    anthropic_key: str | None = None,
    openai_key: str | None = None,
    **overrides: Any,
) -> Iterator[Any]:
    """Point Settings at the fake (base URLs, keys, any other LLM setting), then restore.

    Resets cached SDK clients and the key pool's view so the new settings take effect.
    """
    from app.core.config import get_settings
    from app.llm import reset_caches

    settings = get_settings()
    values: dict[str, Any] = {
        "gemini_base_url": server.url + "/",
        "anthropic_base_url": server.url,
        "openai_base_url": server.url + "/v1",
        "gemini_api_keys": list(gemini_keys or []),
        "anthropic_api_key": SecretStr(anthropic_key) if anthropic_key else None,
        "openai_api_key": SecretStr(openai_key) if openai_key else None,
        "llm_timeout_seconds": 2.0,
        "llm_backoff_base_seconds": 0.01,
    }
    values.update(overrides)
    saved = {name: getattr(settings, name) for name in values}
    for name, value in values.items():
        setattr(settings, name, value)
    reset_caches()
    try:
        yield settings
    finally:
        for name, value in saved.items():
            setattr(settings, name, value)
        reset_caches()
