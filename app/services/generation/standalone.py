"""Writing a page outside the generation pipeline (the CLI): the same prompt, writer,
targeted repair, offline writer and result shape, with no generation row."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.llm.registry import OFFLINE, ModelInfo
from app.llm.types import CallContext
from app.services.generation.offline import write_offline
from app.services.generation.prompt import build_elements
from app.services.generation.repair import repair
from app.services.generation.validate import assemble
from app.services.generation.writer import CallFn, Usage, default_call, write


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
    """The result (same shape as a generation's) and the usage. The offline writer needs no
    session; a model needs one (the gateway records usage)."""
    elements = build_elements(analysis)
    usage = Usage()
    rounds = 0
    offline = model.provider == OFFLINE
    if offline:
        texts = write_offline(context, elements, seed=seed)
    else:
        if session is None:
            raise ValueError("a model call needs a database session")
        call_context = CallContext(tier=tier)
        texts = await write(
            session,
            elements=elements,
            context=context,
            global_instructions=global_instructions,
            local_instructions=local_instructions,
            layout_type=analysis.get("layout_type"),
            model_id=model.id,
            call_context=call_context,
            usage=usage,
            call=call,
        )
        texts, rounds = await repair(
            session,
            elements=elements,
            texts=texts,
            context=context,
            local_instructions=local_instructions,
            model_id=model.id,
            call_context=call_context,
            usage=usage,
            rounds=get_settings().generation_repair_rounds,
            call=call,
        )
    result = assemble(
        analysis,
        elements,
        texts,
        keywords=list(context.get("keywords") or []),
        is_offline_draft=offline,
    )
    result["repair_rounds"] = rounds
    result["model"] = usage.model_id or model.id
    result["provider"] = usage.provider or model.provider
    return result, usage
