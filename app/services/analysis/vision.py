"""Analysis of one image by a vision model through the LLM gateway (the offline analyser is
the other engine: app.services.engines picks one).

Tall pages are cut into tiles (app.services.analysis.tiling), each tile analysed in its
own request (in parallel, bounded per provider), and the answers merged in page order.
A tile whose answer cannot be repaired is asked once more; then the analysis fails.
"""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.session import unit_of_work
from app.llm.registry import ModelInfo
from app.llm.types import CallContext, LLMRequest, LLMResponse
from app.schemas.analysis import Analysis
from app.services.analysis import prompt as prompts
from app.services.analysis.boxes import to_page_boxes
from app.services.analysis.merge import TileResult, merge_tiles
from app.services.analysis.repair import InvalidOutput, parse_json, to_analysis
from app.services.analysis.tiling import Prepared, limits_for, prepare, request_images

log = structlog.get_logger(__name__)

CallFn = Callable[..., Awaitable[LLMResponse]]
MAX_OUTPUT_TOKENS = 16384
REASKS = 1


async def _gateway_call(
    session: AsyncSession, request: LLMRequest, *, model_id: str | None, context: CallContext
) -> LLMResponse:
    from app.services.model_gateway import gateway

    return await gateway.call(session, request, model_id=model_id, context=context)


def _tile_result(raw: Any, index: int) -> TileResult:
    """A tile's answer as normalised sections; a tile may legitimately hold no text."""
    try:
        analysis = to_analysis(raw)
    except InvalidOutput:
        if isinstance(raw, dict) and isinstance(raw.get("sections"), list):
            # The right shape but no text at all (an image band): nothing to contribute.
            return TileResult(sections=[], layout_type=raw.get("layout_type"), index=index)
        raise
    first = raw["sections"][0] if isinstance(raw, dict) and raw.get("sections") else {}
    continues = bool(isinstance(first, dict) and first.get("continues") is True)
    sections = [s.model_dump(mode="json", exclude_none=True) for s in analysis.sections]
    return TileResult(
        sections=sections,
        layout_type=raw.get("layout_type") if isinstance(raw, dict) else None,
        continues_first=continues,
        index=index,
    )


async def _ask(
    session: AsyncSession,
    call: CallFn,
    request: LLMRequest,
    *,
    model: ModelInfo,
    context: CallContext,
) -> tuple[Any, str]:
    """Call, parse; on unusable output ask again once with the problem stated.
    Returns the parsed answer and the id of the model that answered (after fallbacks)."""
    problem = ""
    for attempt in range(REASKS + 1):
        ask = request
        if attempt:
            ask = LLMRequest(
                prompt=prompts.reask_prompt(request.prompt, problem),
                purpose=request.purpose,
                system=request.system,
                images=request.images,
                json_schema=request.json_schema,
                max_output_tokens=request.max_output_tokens,
                temperature=0.0,
            )
        response = await call(session, ask, model_id=model.id, context=context)
        try:
            raw = response.data if response.data is not None else parse_json(response.text)
            if not isinstance(raw, dict | list):
                raise InvalidOutput("the answer is not a JSON object")
            return raw, response.model_id
        except InvalidOutput as exc:
            problem = str(exc)
            log.warning("analysis.invalid_output", attempt=attempt + 1, problem=problem)
    raise InvalidOutput(problem)


def _request(text: str, images: tuple[Any, ...]) -> LLMRequest:
    return LLMRequest(
        prompt=text,
        purpose="analysis",
        system=prompts.SYSTEM,
        images=images,
        json_schema=prompts.response_schema(),
        max_output_tokens=MAX_OUTPUT_TOKENS,
        temperature=0.1,
    )


async def analyze_with_model(
    session: AsyncSession,
    image: Image.Image,
    *,
    model: ModelInfo,
    context: CallContext,
    call: CallFn | None = None,
) -> Analysis:
    """Raises InvalidOutput, or the gateway's typed errors (ProviderError, PoolExhausted...)."""
    call = call or _gateway_call
    limits = limits_for(model.provider)
    prepared: Prepared = await asyncio.to_thread(prepare, image, limits)
    layout = prepared.plan
    if not layout.tiled:
        raw, used = await _ask(
            session,
            call,
            _request(prompts.page_prompt(), prepared.tiles),
            model=model,
            context=context,
        )
        where = {"width": layout.width, "top": 0, "band": layout.height}
        return to_analysis(to_page_boxes(raw, height=layout.height, **where), model=used)

    gate = asyncio.Semaphore(limits.parallel)
    parallel = limits.parallel > 1

    async def one(index: int) -> tuple[TileResult, str]:
        box = layout.tiles[index]
        images = request_images(prepared, index, limits)
        text = prompts.tile_prompt(
            index,
            len(layout.tiles),
            box.top,
            box.bottom,
            layout.height,
            with_overview=len(images) > 1,
        )
        request = _request(text, images)
        async with gate:
            if not parallel:
                raw, used = await _ask(session, call, request, model=model, context=context)
            else:
                # An AsyncSession cannot serve concurrent tasks: each parallel tile call
                # records its usage-ledger rows in its own short unit of work.
                async with unit_of_work() as tile_session:
                    raw, used = await _ask(
                        tile_session, call, request, model=model, context=context
                    )
        raw = to_page_boxes(
            raw, width=layout.width, top=box.top, band=box.bottom - box.top, height=layout.height
        )
        return _tile_result(raw, index), used

    answers = await asyncio.gather(*(one(i) for i in range(len(layout.tiles))))
    used_models = Counter(used for _, used in answers)
    log.info("analysis.tiles_merged", tiles=len(answers), provider=model.provider)
    merged = merge_tiles([result for result, _ in answers])
    return to_analysis(merged, model=used_models.most_common(1)[0][0])


def decode(data: bytes) -> Image.Image:
    image: Image.Image = Image.open(io.BytesIO(data))
    image.load()
    if image.mode in ("RGB", "L"):
        return image
    rgba = image.convert("RGBA")
    # Transparent areas read as white (a page background), not black.
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat
