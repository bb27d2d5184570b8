"""Anthropic Messages API through the anthropic SDK (max_retries=0; the router decides)."""

from __future__ import annotations

import base64
from typing import Any

import anthropic

from app.core.config import get_settings
from app.llm.providers.base import (
    ProviderFailure,
    ProviderResult,
    malformed_failure,
    retry_after_from_headers,
    safety_failure,
    status_failure,
)
from app.llm.providers.transport import transport_failure
from app.llm.registry import ModelInfo
from app.llm.types import LLMRequest

_clients: dict[tuple[str, str | None, float], anthropic.AsyncAnthropic] = {}


def _client(api_key: str, timeout: float) -> anthropic.AsyncAnthropic:
    base_url = get_settings().anthropic_base_url
    ident = (api_key, base_url, timeout)
    if ident not in _clients:
        _clients[ident] = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url, max_retries=0, timeout=timeout
        )
    return _clients[ident]


def reset_clients() -> None:
    _clients.clear()


def _error_type(body: Any) -> str:
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("type", ""))
    return ""


def classify(exc: anthropic.APIStatusError) -> ProviderFailure:
    status = exc.status_code
    kind = _error_type(exc.body)
    spend_cap = kind == "billing_error" or status == 402
    return status_failure(
        status,
        retry_after=retry_after_from_headers(exc.response.headers),
        spend_cap=spend_cap,
        detail=f"HTTP {status} {kind}".strip(),
    )


class AnthropicProvider:
    async def generate(
        self, request: LLMRequest, *, model: ModelInfo, api_key: str | None, timeout: float
    ) -> ProviderResult:
        if not api_key:
            raise ProviderFailure("bad_key", "PROVIDER_AUTH", detail="no key")
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
        try:
            message = await _client(api_key, timeout).messages.create(**kwargs)
        except anthropic.APIStatusError as exc:
            raise classify(exc) from None
        except Exception as exc:
            raise transport_failure(exc) or malformed_failure() from None
        if message.stop_reason == "refusal":
            raise safety_failure()
        text = "".join(getattr(block, "text", "") for block in message.content)
        return ProviderResult(
            text=text, tokens_in=message.usage.input_tokens, tokens_out=message.usage.output_tokens
        )
