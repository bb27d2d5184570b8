"""Anthropic Messages API through the anthropic SDK (max_retries=0; the router decides)."""

from __future__ import annotations

import base64
from typing import Any

import anthropic

from app.core.config import get_settings
from app.llm.providers.base import ProviderFailure, ProviderResult, require_key, safety_failure
from app.llm.providers.sdk import SDKClients, sdk_call, sdk_status_failure
from app.llm.registry import ModelInfo
from app.llm.types import LLMRequest

_clients = SDKClients(anthropic.AsyncAnthropic)


def reset_clients() -> None:
    _clients.clear()


def _error_type(body: Any) -> str:
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("type", ""))
    return ""


def classify(exc: anthropic.APIStatusError) -> ProviderFailure:
    kind = _error_type(exc.body)
    spend_cap = kind == "billing_error" or exc.status_code == 402
    return sdk_status_failure(exc, code=kind, spend_cap=spend_cap)


class AnthropicProvider:
    async def generate(
        self, request: LLMRequest, *, model: ModelInfo, api_key: str | None, timeout: float
    ) -> ProviderResult:
        api_key = require_key(api_key)
        content: list[dict[str, Any]] = [
            {
                "type": "image",
                "source": {
                    "type": "base64",
                    "media_type": img.mime_type,
                    "data": base64.b64encode(img.data).decode(),
                },
            }
            for img in request.images
        ]
        content.append({"type": "text", "text": request.prompt})
        kwargs: dict[str, Any] = {
            "model": model.provider_model,
            "max_tokens": request.max_output_tokens,
            "messages": [{"role": "user", "content": content}],
        }
        if request.system:
            kwargs["system"] = request.system
        # This SDK's Messages API takes no temperature (newer Claude models fix sampling).
        if request.json_schema is not None:
            kwargs["output_config"] = {
                "format": {"type": "json_schema", "schema": request.json_schema}
            }
        base_url = get_settings().anthropic_base_url
        message = await sdk_call(
            lambda: _clients.get(api_key, base_url, timeout).messages.create(**kwargs),
            status_error=anthropic.APIStatusError,
            classify=classify,
        )
        if message.stop_reason == "refusal":
            raise safety_failure()
        text = "".join(getattr(block, "text", "") for block in message.content)
        return ProviderResult(
            text=text, tokens_in=message.usage.input_tokens, tokens_out=message.usage.output_tokens
        )
