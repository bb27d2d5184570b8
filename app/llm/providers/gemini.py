"""Gemini through the google-genai SDK (SDK retries off; the router decides)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from google import genai
from google.genai import errors as genai_errors
from google.genai import types as gtypes

from app.core.config import get_settings
from app.core.loop_scoped import loop_scoped, loop_scoped_all
from app.llm.providers.base import (
    ProviderFailure,
    ProviderResult,
    malformed_failure,
    parse_duration,
    require_key,
    retry_after_from_headers,
    safety_failure,
    status_failure,
)
from app.llm.providers.transport import transport_failure
from app.llm.registry import ModelInfo
from app.llm.types import LLMRequest

# The SDK's async transport is aiohttp (the google-genai[aiohttp] extra), on a session we own
# per event loop: the SDK's own sessions trust the environment, which costs two thread hops per
# request (netrc and proxy lookups; bench/keypool_stages.py measures each stage of the call).
# Proxies from the environment are resolved once per client instead.
#
# Every key shares one client per loop: the key travels per request (the x-goog-api-key header
# in the call's http_options), so a key's first use costs what a warm call costs instead of a
# client build (tens of ms of CPU each; bench/keypool_anchor.py prints the first-use figure).
# The client's own key is a placeholder the SDK needs to build URLs; it never reaches a request.
_PLACEHOLDER_KEY = "per-request"


@dataclass
class _LoopClients:
    session: aiohttp.ClientSession
    clients: dict[tuple[str | None, int], genai.Client] = field(default_factory=dict)


@asynccontextmanager
async def _open_session() -> AsyncIterator[_LoopClients]:
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    try:
        yield _LoopClients(session)
    finally:
        await session.close()


async def _loop_clients() -> _LoopClients:
    return await loop_scoped("gemini", _open_session, usable=lambda e: not e.session.closed)


def _proxy_args(base_url: str | None) -> dict[str, Any]:
    parts = urlsplit(base_url or "https://generativelanguage.googleapis.com/")
    if proxy_bypass(parts.hostname or ""):
        return {}
    proxy = getproxies().get(parts.scheme)
    return {"proxy": proxy} if proxy else {}


async def _client(timeout: float) -> genai.Client:
    base_url = get_settings().gemini_base_url
    ident = (base_url, int(timeout * 1000))
    entry = await _loop_clients()
    client = entry.clients.get(ident)
    if client is None:
        client = genai.Client(
            api_key=_PLACEHOLDER_KEY,
            http_options=gtypes.HttpOptions(
                base_url=base_url,
                api_version="v1beta",  # responseJsonSchema and systemInstruction live here
                timeout=int(timeout * 1000),
                retry_options=gtypes.HttpRetryOptions(attempts=1),
                aiohttp_client=entry.session,
                async_client_args=_proxy_args(base_url),
            ),
        )
        entry.clients[ident] = client
    return client


def reset_clients() -> None:
    """Forget clients (settings changed); each loop keeps its session."""
    for entry in loop_scoped_all("gemini"):
        entry.clients.clear()


def _gemini_details(body: Any) -> tuple[float | None, bool, str]:
    """(RetryInfo delay, looks like a spend cap, message) from a Gemini error body."""
    error = body.get("error", body) if isinstance(body, dict) else {}
    details = error.get("details") or [] if isinstance(error, dict) else []
    message = str(error.get("message", "")) if isinstance(error, dict) else ""
    retry_delay = None
    per_day = False
    for item in details:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("@type", ""))
        if kind.endswith("RetryInfo"):
            retry_delay = parse_duration(str(item.get("retryDelay", "")))
        if kind.endswith("QuotaFailure"):
            for violation in item.get("violations", []):
                if "PerDay" in str(violation.get("quotaId", "")):
                    per_day = True
        if kind.endswith("ErrorInfo") and item.get("reason") == "API_KEY_INVALID":
            return None, False, "API_KEY_INVALID"
    # A rate limit says when to retry; a used-up daily or billing quota does not.
    spend_cap = retry_delay is None and (per_day or "billing" in message.lower())
    return retry_delay, spend_cap, message


def classify(exc: genai_errors.APIError) -> ProviderFailure:
    retry_delay, spend_cap, message = _gemini_details(exc.details)
    if message == "API_KEY_INVALID":
        return ProviderFailure("bad_key", "PROVIDER_AUTH", status=exc.code, detail="invalid key")
    headers = getattr(getattr(exc, "response", None), "headers", None)
    retry_after = retry_delay if retry_delay is not None else retry_after_from_headers(headers)
    status = int(exc.code or 500)
    return status_failure(
        status,
        retry_after=retry_after,
        spend_cap=status == 429 and spend_cap,
        detail=f"HTTP {status} {exc.status or ''}".strip(),
    )


def _contents(request: LLMRequest) -> list[gtypes.ContentDict]:
    """The SDK's TypedDicts, not its model instances: it validates plain dicts several times
    faster than it re-validates its own models."""
    parts: list[gtypes.PartDict] = [
        {"inline_data": {"data": img.data, "mime_type": img.mime_type}} for img in request.images
    ]
    parts.append({"text": request.prompt})
    return [{"role": "user", "parts": parts}]


class _Config(gtypes.GenerateContentConfig):
    """The SDK's request config, made for one call, without two costs the SDK adds to it.

    - The SDK builds the request body by asking `name in config` for each of the config's
      45 or so fields. A pydantic model has no `__contains__`, so Python walks its (name,
      value) pairs, and a name never equals a pair: the answer is always False, after about
      2,000 comparisons. This gives the same answer without the walk.
    - The SDK deep-copies a config it is given, so that it may change it without touching
      the caller's object. This one is built for a single call and never used again, so
      the copy can be the object itself.

    Together they take about 40% off the SDK's request building in a warm process (the
    `sdk_build` stage of bench/keypool_stages.py).
    """

    def __contains__(self, key: object) -> bool:
        return False

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> _Config:
        return self


def _config(request: LLMRequest, model: ModelInfo, api_key: str) -> _Config:
    config = _Config(
        max_output_tokens=request.max_output_tokens,
        should_return_http_response=True,
        http_options=gtypes.HttpOptions(headers={"x-goog-api-key": api_key}),
    )
    if request.system:
        config.system_instruction = request.system
    if model.temperature:
        config.temperature = request.temperature
    if request.json_schema is not None:
        config.response_mime_type = "application/json"
        config.response_json_schema = request.json_schema
    return config


def _read_answer(body: str | None) -> ProviderResult:
    """A generateContent answer, read from the wire.

    The SDK hands the body over unparsed (`should_return_http_response`): its response
    models cost more CPU than the rest of the call, and four fields are all we need.
    Thought parts are not the answer; thinking tokens are billed as output.
    """
    try:
        data = json.loads(body or "")
        feedback = data.get("promptFeedback") or {}
        candidates = data.get("candidates") or []
        candidate = candidates[0] if candidates else None
        finish = str(candidate.get("finishReason") or "") if candidate is not None else ""
        parts = ((candidate or {}).get("content") or {}).get("parts") or []
        text = "".join(
            part["text"]
            for part in parts
            if isinstance(part.get("text"), str) and not part.get("thought")
        )
        usage = data.get("usageMetadata") or {}
        tokens_in = int(usage.get("promptTokenCount") or 0)
        tokens_out = int(usage.get("candidatesTokenCount") or 0) + int(
            usage.get("thoughtsTokenCount") or 0
        )
    except (ValueError, TypeError, AttributeError):
        raise malformed_failure() from None
    if feedback.get("blockReason") or candidate is None:
        raise safety_failure()
    if any(word in finish for word in ("SAFETY", "PROHIBITED", "BLOCKLIST", "SPII")):
        raise safety_failure()
    return ProviderResult(text=text, tokens_in=tokens_in, tokens_out=tokens_out)


class GeminiProvider:
    async def generate(
        self, request: LLMRequest, *, model: ModelInfo, api_key: str | None, timeout: float
    ) -> ProviderResult:
        api_key = require_key(api_key)
        try:
            async with asyncio.timeout(timeout + 1):
                client = await _client(timeout)
                response = await client.aio.models.generate_content(
                    model=model.provider_model,
                    contents=_contents(request),
                    config=_config(request, model, api_key),
                )
        except genai_errors.APIError as exc:
            raise classify(exc) from None
        except ProviderFailure:
            raise
        except Exception as exc:  # transport errors, unreadable bodies
            raise transport_failure(exc) or malformed_failure() from None
        raw = response.sdk_http_response
        return _read_answer(raw.body if raw is not None else None)
