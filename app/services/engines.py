"""The one engine choice: what reads a page and writes its copy for a registry model.

A model whose provider is "offline" gets the offline analyser (OCR + layout) and the offline
writer (template banks); any other gets the vision model and the writer through the LLM
gateway. Both sit behind the same interface (`Engine`), so the analysis runner, the
generation pipeline and the CLI never ask which one they hold: `engine_for` is the only
place that looks at the provider.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.llm.registry import OFFLINE, ModelInfo
from app.llm.types import CallContext
from app.schemas.analysis import Analysis
from app.services.analysis import vision
from app.services.analysis.repair import InvalidOutput
from app.services.analysis.structure import AnalysisShapeError
from app.services.generation import repair as repairs
from app.services.generation import writer
from app.services.generation.offline import write_offline
from app.services.generation.prompt import Brief
from app.services.generation.writer import CallFn, ModelCall, Usage


class Engine(Protocol):
    @property
    def model(self) -> ModelInfo: ...

    @property
    def offline(self) -> bool: ...

    async def analyze(
        self, session: AsyncSession | None, image: Image.Image, *, context: CallContext
    ) -> Analysis: ...

    async def write(
        self, session: AsyncSession | None, brief: Brief, *, usage: Usage
    ) -> dict[str, str]: ...

    async def repair(
        self, session: AsyncSession | None, brief: Brief, texts: dict[str, str], *, usage: Usage
    ) -> tuple[dict[str, str], int]: ...


@dataclass(frozen=True)
class OfflineEngine:
    """No key, no network, no session; deterministic for a seed; labelled a draft."""

    model: ModelInfo

    @property
    def offline(self) -> bool:
        return True

    async def analyze(
        self, session: AsyncSession | None, image: Image.Image, *, context: CallContext
    ) -> Analysis:
        try:
            return await asyncio.to_thread(analyze_offline, image)
        except AnalysisShapeError as exc:
            raise InvalidOutput(str(exc)) from None

    async def write(
        self, session: AsyncSession | None, brief: Brief, *, usage: Usage
    ) -> dict[str, str]:
        return write_offline(brief.context, brief.elements, seed=brief.seed, avoid=brief.avoid)

    async def repair(
        self, session: AsyncSession | None, brief: Brief, texts: dict[str, str], *, usage: Usage
    ) -> tuple[dict[str, str], int]:
        return texts, 0  # the offline writer lands every element in range by construction


@dataclass(frozen=True)
class ModelEngine:
    """A registry model through the LLM gateway (usage recorded, so a session is needed)."""

    model: ModelInfo
    call: CallFn | None = None  # tests and benchmarks put a fake gateway here

    @property
    def offline(self) -> bool:
        return False

    async def analyze(
        self, session: AsyncSession | None, image: Image.Image, *, context: CallContext
    ) -> Analysis:
        return await vision.analyze_with_model(
            _needs(session), image, model=self.model, context=context, call=self.call
        )

    def _asking(self, brief: Brief, usage: Usage) -> ModelCall:
        return ModelCall(self.model.id, brief.call_context, usage, self.call or writer.default_call)

    async def write(
        self, session: AsyncSession | None, brief: Brief, *, usage: Usage
    ) -> dict[str, str]:
        return await writer.write(_needs(session), brief, self._asking(brief, usage))

    async def repair(
        self, session: AsyncSession | None, brief: Brief, texts: dict[str, str], *, usage: Usage
    ) -> tuple[dict[str, str], int]:
        rounds = get_settings().generation_repair_rounds
        return await repairs.repair(
            _needs(session), brief, texts, self._asking(brief, usage), rounds=rounds
        )


def engine_for(model: ModelInfo, *, call: CallFn | None = None) -> Engine:
    """The engine for `model`: the only place that tells offline from a real model."""
    if model.provider == OFFLINE:
        return OfflineEngine(model)
    return ModelEngine(model, call)


def engines_by_model(models: Iterable[ModelInfo]) -> dict[str, str]:
    """Which engine each model gets (the registry test lists them)."""
    return {m.id: type(engine_for(m)).__name__ for m in models}


def analyze_offline(image: Image.Image) -> Analysis:
    """The offline analyser (OCR + layout); CPU-bound, no key, no network."""
    from app.services.analysis.offline import analyze_image

    analysis = analyze_image(image)
    return analysis.model_copy(update={"source": "offline", "model": OFFLINE})


async def analyze(
    session: AsyncSession | None,
    data: bytes,
    *,
    model: ModelInfo,
    context: CallContext,
    call: CallFn | None = None,
) -> Analysis:
    """Analyse stored image bytes with `model`'s engine."""
    image = await asyncio.to_thread(vision.decode, data)
    return await engine_for(model, call=call).analyze(session, image, context=context)


def _needs(session: AsyncSession | None) -> AsyncSession:
    if session is None:
        raise ValueError("a model call needs a database session (the gateway records usage)")
    return session
