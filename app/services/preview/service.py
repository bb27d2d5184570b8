"""Use cases for the two derived images: the annotated screenshot and a generation's
preview, each whole or cropped to one section.

Cache: a rendering is stored through the storage interface under a key that holds a digest
of everything drawn (renderer version, image, boxes, labels, copy, section). A new analysis
or new copy is a new key; the same inputs are served from storage without rendering. Keys
live under "<user>/derived/<screenshot>/", removed with the screenshot (forget_screenshot).

Rendering runs in a worker thread, a bounded number at a time per process, and one
rendering per key at a time (a second request for the same key waits and reads the cache).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
import weakref
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import Conflict, NotFound
from app.integrations.storage import Storage, StorageError, get_storage
from app.models import Generation, GenerationStatus, Screenshot, User
from app.services.generation import service as generations
from app.services.preview import layout, render
from app.services.preview.cache import derived_prefix, preview_prefix
from app.services.preview.paint import Job
from app.services.screenshots import service as screenshots

log = structlog.get_logger(__name__)

# Bump when the drawing changes, so cached images are rendered again.
RENDER_VERSION = "1"


@dataclass(frozen=True)
class ImageRequest:
    """What a client asks of a derived image: one section (None: the whole page), and the
    ETag it already holds (If-None-Match), answered with not_modified when it still holds."""

    section: int | None = None
    if_none_match: str | None = None


@dataclass(frozen=True)
class Rendered:
    data: bytes  # PNG; empty when not_modified
    etag: str
    drawn: int  # elements drawn
    skipped: int  # elements left out: no box, or a box outside the image
    cached: bool = False
    not_modified: bool = False


@dataclass(frozen=True)
class _Plan:
    shot: Screenshot
    name: str  # "annotated-all", "preview-all", "preview-3" (for the logs)
    prefix: str  # the key up to the digest
    digest: str
    drawn: int
    skipped: int

    def key(self) -> str:
        return f"{self.prefix}{self.digest}.png"

    @property
    def etag(self) -> str:
        return f'"{self.digest}"'


def _digest(*parts: Any) -> str:
    blob = json.dumps([RENDER_VERSION, *parts], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:40]


_slots: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}
_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()


def _slot() -> asyncio.Semaphore:
    loop = asyncio.get_running_loop()
    slot = _slots.get(loop)
    if slot is None:
        slot = _slots[loop] = asyncio.Semaphore(get_settings().preview_render_slots)
    return slot


def _lock(key: str) -> asyncio.Lock:
    lock = _locks.get(key)
    if lock is None:
        lock = asyncio.Lock()
        _locks[key] = lock
    return lock


async def _read(storage: Storage, key: str) -> bytes | None:
    try:
        return await storage.get(key)
    except StorageError:
        return None


async def _serve(
    plan: _Plan, storage: Storage, if_none_match: str | None, draw: Any, *args: Any, **kw: Any
) -> Rendered:
    """The cached image for the plan, or a new rendering stored under its key."""
    if if_none_match and plan.etag in {t.strip() for t in if_none_match.split(",")}:
        return Rendered(b"", plan.etag, plan.drawn, plan.skipped, not_modified=True)
    key = plan.key()
    data = await _read(storage, key)
    if data is not None:
        return Rendered(data, plan.etag, plan.drawn, plan.skipped, cached=True)
    async with _lock(key):
        data = await _read(storage, key)  # rendered while we waited
        if data is not None:
            return Rendered(data, plan.etag, plan.drawn, plan.skipped, cached=True)
        try:
            source = await storage.get(plan.shot.storage_key)
            async with _slot():
                png: bytes = await asyncio.to_thread(draw, source, *args, **kw)
        except (StorageError, OSError) as exc:  # gone from storage, or no longer decodable
            log.warning("preview.source_unreadable", screenshot_id=str(plan.shot.id))
            raise Conflict(
                "The stored image of this screenshot is missing or unreadable; upload it again.",
                error_code="IMAGE_MISSING",
            ) from exc
        await storage.put(key, png)
    log.info("preview.rendered", image=plan.name, bytes=len(png), drawn=plan.drawn)
    return Rendered(png, plan.etag, plan.drawn, plan.skipped)


def _section_bounds(
    analysis: dict[str, Any], bounds: list[layout.SectionBounds], section: int
) -> layout.SectionBounds:
    known = sorted({int(s["position"]) for s in analysis.get("sections") or []})
    if section not in known:
        raise NotFound(
            "This page's analysis has no such section.",
            error_code="SECTION_NOT_FOUND",
            details={"section": section, "known_sections": known},
        )
    for b in bounds:
        if b.position == section:
            return b
    raise Conflict(
        "No element of this section has a box, so it cannot be shown on the image.",
        error_code="SECTION_HAS_NO_BOXES",
        details={"section": section},
    )


def _analysis_of(shot: Screenshot) -> dict[str, Any]:
    if not shot.analysis:
        raise Conflict(
            "The screenshot has no analysis yet.",
            error_code="ANALYSIS_NOT_COMPLETED",
            details={"analysis_status": shot.analysis_status},
        )
    return shot.analysis


async def annotated(
    session: AsyncSession,
    *,
    user: User,
    screenshot_id: uuid.UUID,
    asked: ImageRequest,
    storage: Storage | None = None,
) -> Rendered:
    section = asked.section
    shot = await screenshots.get(session, user=user, screenshot_id=screenshot_id)
    analysis = _analysis_of(shot)
    items = layout.elements(analysis, width=shot.width, height=shot.height)
    bounds = layout.sections(items)
    if section is not None:
        _section_bounds(analysis, bounds, section)
        items = [i for i in items if i.position == section]
    boxed = [i for i in items if i.rect is not None]
    name = f"annotated-{section or 'all'}"
    plan = _Plan(
        shot=shot,
        name=name,
        prefix=f"{derived_prefix(shot.user_id, shot.id)}{name}-",
        digest=_digest(
            "annotated",
            shot.content_hash,
            section,
            [(i.id, i.rect, i.label, i.word_range, i.section_type) for i in boxed],
        ),
        drawn=len(boxed),
        skipped=len(items) - len(boxed),
    )
    return await _serve(
        plan,
        storage or get_storage(),
        asked.if_none_match,
        render.annotated_png,
        boxed,
        layout.sections(boxed),
        section=section,
    )


def _is_button(item: layout.Element) -> bool:
    """Buttons centre their labels: a "*button*" element or a card's "cta" field."""
    words = item.label.split()
    return "button" in words[0] or (len(words) >= 3 and words[2] == "cta")


async def _generation_inputs(
    session: AsyncSession, *, user: User, generation: Generation
) -> tuple[Screenshot, dict[str, Any], dict[str, Any]]:
    result = generations.ensure_completed(
        generation, "The preview is available once the generation has completed."
    )
    shot = await generations.screenshot_of(session, user=user, generation=generation)
    return shot, _analysis_of(shot), result


async def _preview_of(
    session: AsyncSession,
    *,
    user: User,
    generation: Generation,
    asked: ImageRequest,
    storage: Storage | None,
    only_if_drawn: bool = False,
) -> Rendered:
    section = asked.section
    shot, analysis, result = await _generation_inputs(session, user=user, generation=generation)
    items = layout.elements(analysis, width=shot.width, height=shot.height)
    texts = layout.texts_by_id(result)
    crop = None
    if section is not None:
        crop = _section_bounds(analysis, layout.sections(items), section)
        items = [i for i in items if i.position == section]
        texts = {k: v for k, v in texts.items() if k.startswith(f"s{section}.")}
    jobs = [
        Job(rect=i.rect, text=texts[i.id], original=i.original, button=_is_button(i))
        for i in items
        if i.rect is not None and i.id in texts
    ]
    plan = _Plan(
        shot=shot,
        name=f"preview-{section or 'all'}",
        prefix=f"{preview_prefix(generation)}{section or 'all'}-",
        digest=_digest(
            "preview",
            shot.content_hash,
            section,
            [(j.rect, j.text, j.original, j.button) for j in jobs],
        ),
        drawn=len(jobs),
        skipped=len(texts) - len(jobs),
    )
    if only_if_drawn and not jobs:
        return Rendered(b"", plan.etag, 0, plan.skipped)  # nothing to paint: no image
    return await _serve(
        plan, storage or get_storage(), asked.if_none_match, render.preview_png, jobs, crop=crop
    )


async def preview(
    session: AsyncSession,
    *,
    user: User,
    generation_id: uuid.UUID,
    asked: ImageRequest,
    storage: Storage | None = None,
) -> Rendered:
    generation = await generations.get(session, user=user, generation_id=generation_id)
    return await _preview_of(
        session, user=user, generation=generation, asked=asked, storage=storage
    )


async def preview_for_export(
    session: AsyncSession, *, user: User, generation: Generation, storage: Storage | None = None
) -> bytes | None:
    """The whole-page preview for an export, or None when there is none to show (the
    screenshot or its analysis is gone); a generation that is not completed still fails."""
    if generation.status != GenerationStatus.COMPLETED or not generation.result:
        return None  # the export itself refuses it with its own error
    try:
        rendered = await _preview_of(
            session,
            user=user,
            generation=generation,
            asked=ImageRequest(),
            storage=storage,
            only_if_drawn=True,
        )
    except (Conflict, NotFound):
        return None
    return rendered.data if rendered.drawn else None
