"""OpenAI chat completions (and OpenAI-compatible endpoints) through the openai SDK."""

from __future__ import annotations

import base64
from typing import Any

import openai

from app.core.config import get_settings
from app.llm.providers.base import (
    ProviderFailure,
    ProviderResult,
    malformed_failure,
    require_key,
    safety_failure,
)
from app.llm.providers.sdk import SDKClients, sdk_call, sdk_status_failure
from app.llm.registry import ModelInfo, compat_endpoints
from app.llm.types import LLMRequest

_clients = SDKClients(openai.AsyncOpenAI)


def reset_clients() -> None:
    _clients.clear()


def classify(exc: openai.APIStatusError) -> ProviderFailure:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error", body) if isinstance(body.get("error", body), dict) else {}
    code = str(getattr(exc, "code", None) or inner.get("code") or inner.get("type") or "")
    return sdk_status_failure(exc, code=code, spend_cap=code == "insufficient_quota")


def _messages(request: LLMRequest) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    if request.system:
        messages.append({"role": "system", "content": request.system})
    content: list[dict[str, Any]] = [
        {
            "type": "image_url",
            "image_url": {
                "url": f"data:{img.mime_type};base64,{base64.b64encode(img.data).decode()}"
            },
        }
        for img in request.images
    ]
    content.append({"type": "text", "text": request.prompt})
    messages.append({"role": "user", "content": content})
    return messages


class OpenAIProvider:
    """provider "openai" or "compat:<name>" (base URL and optional key from the endpoint)."""

    async def generate(
        self, request: LLMRequest, *, model: ModelInfo, api_key: str | None, timeout: float
    ) -> ProviderResult:
        settings = get_settings()
        compat = model.provider.startswith("compat:")
        if compat:
            endpoint = compat_endpoints(settings).get(model.provider.split(":", 1)[1], {})
            base_url = endpoint.get("base_url")
            api_key = endpoint.get("api_key") or "not-needed"  # local servers take any key
        else:
            base_url = settings.openai_base_url
        api_key = require_key(api_key)
        kwargs: dict[str, Any] = {"model": model.provider_model, "messages": _messages(request)}
        # Local OpenAI-compatible servers know max_tokens; OpenAI's newer models want this.
        kwargs["max_tokens" if compat else "max_completion_tokens"] = request.max_output_tokens
        if model.temperature:
            kwargs["temperature"] = request.temperature
        if request.json_schema is not None:
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "output", "schema": request.json_schema, "strict": False},
            }
        completion = await sdk_call(
            lambda: _clients.get(api_key, base_url, timeout).chat.completions.create(**kwargs),
            status_error=openai.APIStatusError,
            classify=classify,
        )
        if not completion.choices:
            raise malformed_failure()
        choice = completion.choices[0]
        if choice.finish_reason == "content_filter" or getattr(choice.message, "refusal", None):
            raise safety_failure()
        usage = completion.usage
        return ProviderResult(
            text=choice.message.content or "",
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
        )
