"""The writing stages as plain steps: write, validate (+ targeted repair), assemble.

Shared by the generation pipeline (which checkpoints between them) and the standalone CLI
(which runs them in a row). No commits, no rows: an engine (app.services.engines), a brief,
texts in and texts out.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.llm.registry import OFFLINE
from app.services.engines import Engine
from app.services.generation.prompt import Brief
from app.services.generation.validate import assemble as assemble_page
from app.services.generation.writer import Usage


async def write(
    session: AsyncSession | None, engine: Engine, brief: Brief, *, usage: Usage
) -> dict[str, str]:
    """Every element's text, keyed by element id."""
    return await engine.write(session, brief, usage=usage)


async def validate(
    session: AsyncSession | None,
    engine: Engine,
    brief: Brief,
    texts: dict[str, str],
    *,
    usage: Usage,
) -> tuple[dict[str, str], int]:
    """Check every element's length and send the failing ones back (bounded rounds); what
    still fails is kept and reported by `assemble`. Returns the texts and the rounds used."""
    return await engine.repair(session, brief, texts, usage=usage)


def assemble(
    analysis: dict[str, Any],
    brief: Brief,
    texts: dict[str, str],
    *,
    offline: bool,
    rounds: int,
    model: str | None,
    provider: str | None,
    fallback: str | None = None,
    parent_sections: dict[int, dict[str, Any]] | None = None,
    parent_report: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The result shape every generation (and the CLI) answers with."""
    result = assemble_page(
        analysis,
        brief.elements,
        texts,
        keywords=list(brief.context.get("keywords") or []),
        is_offline_draft=offline,
        parent_sections=parent_sections,
        parent_report=parent_report,
    )
    result["repair_rounds"] = rounds
    result["model"] = OFFLINE if fallback == "writing" else model
    result["provider"] = provider
    if fallback:
        # Labelled: every model slot stayed busy, so this part was done without a model.
        result["fallback"] = {"reason": "model_slot", "stage": fallback}
    return result
