"""The offline provider: deterministic text or JSON, no network. Drafts are labelled."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.llm.providers.base import ProviderResult
from app.llm.registry import ModelInfo
from app.llm.types import LLMRequest

OFFLINE_LABEL = "[offline draft]"


def instance_from_schema(schema: dict[str, Any], depth: int = 0) -> Any:
    """A small deterministic value that satisfies a (simple) JSON schema."""
    if depth > 12:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for combinator in ("anyOf", "oneOf", "allOf"):
        if schema.get(combinator):
            return instance_from_schema(schema[combinator][0], depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: instance_from_schema(sub, depth + 1) for name, sub in props.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [instance_from_schema(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "offline draft"


class OfflineProvider:
    async def generate(
        self, request: LLMRequest, *, model: ModelInfo, api_key: str | None, timeout: float
    ) -> ProviderResult:
        if request.json_schema:
            text = json.dumps(instance_from_schema(request.json_schema))
        else:
            digest = hashlib.sha256(request.prompt.encode()).hexdigest()[:8]
            text = f"{OFFLINE_LABEL} {digest}"
        return ProviderResult(text=text, tokens_in=0, tokens_out=0)
