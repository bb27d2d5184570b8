"""Writing a page outside the generation pipeline (the CLI): the same stages
(app.services.generation.stages) and result shape, with no generation row."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.llm.registry import ModelInfo
from app.llm.types import CallContext
from app.services.engines import engine_for
from app.services.generation import stages
from app.services.generation.prompt import Brief, build_elements
from app.services.generation.writer import CallFn, Usage, default_call


def context_from_text(
    business: str,
    *,
    name: str | None = None,
    audience: str | None = None,
    tone: str | None = None,
    action: str | None = None,
    keywords: list[str] | None = None,
    purpose: str | None = None,
) -> dict[str, Any]:
    """A business context from one free-text description (the CLI's --business)."""
    text = " ".join(business.split())
    if not name:
        head = re.split(r":| - | — |,|\.", text, maxsplit=1)[0].strip()
        name = head if 0 < len(head.split()) <= 5 else " ".join(text.split()[:2])
    return {
        "business_name": name,
        "business_description": text,
        "page_purpose": purpose or "homepage",
        "call_to_action": action or "Get in touch",
        "target_audience": audience or "people who need what we offer",
        "tone": tone or "professional",
        "keywords": keywords or [],
    }


async def write_page(
    session: AsyncSession | None,
    *,
    analysis: dict[str, Any],
    context: dict[str, Any],
    model: ModelInfo,
    tier: str = "pro",
    global_instructions: str | None = None,
    local_instructions: str | None = None,
    call: CallFn = default_call,
    seed: int = 0,
) -> tuple[dict[str, Any], Usage]:
    """The result (same shape as a generation's) and the usage: the pipeline's stages in a
    row. The offline engine needs no session; a model needs one (the gateway records usage)."""
    engine = engine_for(model, call=call)
    brief = Brief(
        elements=build_elements(analysis),
        context=context,
        layout_type=analysis.get("layout_type"),
        global_instructions=global_instructions,
        local_instructions=local_instructions,
        seed=seed,
        call_context=CallContext(tier=tier),
    )
    usage = Usage()
    texts = await stages.write(session, engine, brief, usage=usage)
    texts, rounds = await stages.validate(session, engine, brief, texts, usage=usage)
    result = stages.assemble(
        analysis,
        brief,
        texts,
        offline=engine.offline,
        rounds=rounds,
        model=usage.model_id or model.id,
        provider=usage.provider or model.provider,
    )
    return result, usage
