"""Targeted repair: only the elements whose length fails go back, each with what was written
and the count it needs ("you wrote 9 words, need 5-7"); at most N rounds. What still fails
is kept and reported (in_range false), never hidden."""

from __future__ import annotations

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.words import count_words
from app.services.generation.prompt import Brief, ElementSpec, build_repair_prompt
from app.services.generation.validate import failing
from app.services.generation.writer import ModelCall, WriterOutputError

log = structlog.get_logger(__name__)


def _closer(old: str, new: str, spec: ElementSpec) -> str:
    """Keep whichever text is nearer the target (a worse rewrite never replaces a better)."""
    if not old:
        return new
    return (
        new if abs(count_words(new) - spec.target) <= abs(count_words(old) - spec.target) else old
    )


async def repair(
    session: AsyncSession,
    brief: Brief,
    texts: dict[str, str],
    model: ModelCall,
    *,
    rounds: int,
) -> tuple[dict[str, str], int]:
    """The repaired texts and the number of rounds used."""
    texts = dict(texts)
    used = 0
    for _ in range(max(0, rounds)):
        bad = failing(brief.elements, texts)
        if not bad:
            break
        used += 1
        try:
            fixed = await model.ask(
                session,
                prompt=build_repair_prompt(brief, [(spec, texts.get(spec.id, "")) for spec in bad]),
                purpose="repair",
                elements=bad,
                max_output_tokens=min(16_384, 512 + 40 * sum(e.target for e in bad)),
                temperature=0.4,
            )
        except WriterOutputError:
            log.warning("generation.repair.unreadable", round=used)
            continue
        for spec in bad:
            if spec.id in fixed:
                texts[spec.id] = _closer(texts.get(spec.id, ""), fixed[spec.id], spec)
    return texts, used
