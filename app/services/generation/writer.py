"""The writing step through the LLM gateway: one call for the whole page, a flat JSON object
keyed by element id (schema-constrained), parsed and cleaned; never trusted as is."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.llm.registry import ModelInfo
from app.llm.types import CallContext, LLMRequest, LLMResponse, Purpose
from app.services.generation.prompt import (
    SYSTEM_PROMPT,
    Brief,
    ElementSpec,
    build_writing_prompt,
    json_schema,
)
from app.services.generation.validate import clean_text

CallFn = Callable[..., Awaitable[LLMResponse]]


class WriterOutputError(ValueError):
    """The model's answer holds no usable JSON object."""


@dataclass
class Usage:
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    calls: int = 0
    provider: str | None = None
    model_id: str | None = None
    fallbacks: list[dict[str, Any]] = field(default_factory=list)

    def add(self, response: LLMResponse) -> None:
        self.tokens_in += response.tokens_in
        self.tokens_out += response.tokens_out
        self.cost_usd += response.cost_usd
        self.calls += 1
        self.provider = response.provider
        self.model_id = response.model_id
        self.fallbacks += response.attempts


def resolve_model(model_id: str | None, *, tier: str) -> ModelInfo:
    """The model asked for (checked against the tier) or the tier's default writer.
    Raises UnknownModel (400), ModelNotAllowed (403) or ModelUnavailable (400)."""
    from app.services.model_gateway.policy import resolve_model as policy_resolve

    return policy_resolve(model_id, tier=tier, purpose="generation")


async def default_call(
    session: AsyncSession, request: LLMRequest, *, model_id: str | None, context: CallContext
) -> LLMResponse:
    from app.services.model_gateway import gateway

    return await gateway.call(session, request, model_id=model_id, context=context)


def parse_object(response: LLMResponse) -> dict[str, str]:
    """The flat id -> text object from the answer (structured data first, else the text)."""
    from app.services.analysis.repair import parse_json

    data = response.data if isinstance(response.data, dict) else None
    if data is None:
        try:
            data = parse_json(response.text)
        except ValueError as exc:
            raise WriterOutputError(str(exc)) from None
    if not isinstance(data, dict):
        raise WriterOutputError("the model's answer is not a JSON object")
    return {str(k): clean_text(v) for k, v in data.items()}


@dataclass(frozen=True)
class ModelCall:
    """Who answers and who pays: the model, the call's context (tier, ledger ids), the tally
    every call adds its usage to, and the gateway call itself (tests put a fake here)."""

    model_id: str
    context: CallContext
    usage: Usage
    call: CallFn = default_call

    async def ask(
        self,
        session: AsyncSession,
        *,
        prompt: str,
        purpose: Purpose,
        elements: list[ElementSpec],
        max_output_tokens: int,
        temperature: float,
    ) -> dict[str, str]:
        """One schema-constrained call for `elements`: the texts it returned for them, keyed by
        element id. Usage is recorded even when the answer turns out unreadable."""
        request = LLMRequest(
            prompt=prompt,
            purpose=purpose,
            system=SYSTEM_PROMPT,
            json_schema=json_schema(elements),
            max_output_tokens=max_output_tokens,
            temperature=temperature,
        )
        response = await self.call(session, request, model_id=self.model_id, context=self.context)
        self.usage.add(response)
        wanted = {e.id for e in elements}
        return {k: v for k, v in parse_object(response).items() if k in wanted}


async def write(session: AsyncSession, brief: Brief, model: ModelCall) -> dict[str, str]:
    """Every element's text in one call, keyed by element id."""
    return await model.ask(
        session,
        prompt=build_writing_prompt(brief),
        purpose="generation",
        elements=brief.elements,
        max_output_tokens=min(32_768, 1024 + 40 * sum(e.target for e in brief.elements)),
        temperature=0.7,
    )
