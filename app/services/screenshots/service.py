"""Screenshot use cases: upload (verify, clean, dedupe, store, queue analysis), list, read,
delete, and asking for a new analysis."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from dataclasses import dataclass
from datetime import timedelta

import structlog
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import tasks as task_names
from app.core.config import get_settings
from app.core.errors import Conflict, NotFound
from app.db.session import after_commit
from app.integrations.storage import Storage, StorageError, get_storage
from app.models import Screenshot, User
from app.models.base import utcnow
from app.repositories import screenshots as repo
from app.services import pagination as cursors
from app.services.analytics.events import ClientMeta, record
from app.services.preview.cache import forget_screenshot
from app.services.screenshots.images import MIME_TYPES, decode_slot, sanitize
from app.services.screenshots.intake import Upload

log = structlog.get_logger(__name__)

ANALYSIS_TASK = task_names.ANALYSIS_RUN


@dataclass(frozen=True)
class Created:
    screenshot: Screenshot
    duplicate: bool


def mime_type(shot: Screenshot) -> str:
    return MIME_TYPES.get(shot.image_format.upper(), "application/octet-stream")


def not_found() -> NotFound:
    return NotFound("Screenshot not found.", error_code="SCREENSHOT_NOT_FOUND")


async def create(
    session: AsyncSession,
    *,
    user: User,
    upload: Upload,
    meta: ClientMeta | None = None,
    storage: Storage | None = None,
) -> Created:
    """Verify and clean the image, then store it once per user and content.

    The same image again (same cleaned bytes) returns the existing screenshot and its
    analysis: nothing is stored twice and no second analysis runs.
    """
    settings = get_settings()
    storage = storage or get_storage()
    upload_hash = hashlib.sha256(upload.data).hexdigest()
    # The same bytes again: found before anything is decoded.
    existing = await repo.get_by_upload_hash(session, user.id, upload_hash)
    clean = None
    digest = None
    if existing is None:
        async with decode_slot():
            clean = await asyncio.to_thread(
                sanitize,
                upload.data,
                max_pixels=settings.upload_max_pixels,
                max_width=settings.upload_max_width,
            )
        digest = hashlib.sha256(clean.data).hexdigest()
        existing = await repo.get_by_hash(session, user.id, digest)
    if existing is not None:
        await record(
            session,
            "screenshot.duplicate",
            user_id=user.id,
            properties={"screenshot_id": str(existing.id)},
            meta=meta,
        )
        return Created(existing, duplicate=True)

    assert clean is not None and digest is not None
    # The key is derived from the content, so a racing duplicate writes the same file.
    key = f"{user.id}/{digest}.{clean.extension}"
    shot = Screenshot(
        id=uuid.uuid4(),
        user_id=user.id,
        content_hash=digest,
        upload_hash=upload_hash,
        storage_key=key,
        image_format=clean.format.lower(),
        width=clean.width,
        height=clean.height,
        size_bytes=len(clean.data),
        original_filename=upload.filename,
        analysis_status="pending",
    )
    try:
        async with session.begin_nested():
            await repo.add(session, shot)
    except IntegrityError:
        # A concurrent upload of the same image won the insert.
        existing = await repo.get_by_hash(session, user.id, digest)
        if existing is None:
            raise
        return Created(existing, duplicate=True)
    await storage.put(key, clean.data, content_type=MIME_TYPES.get(clean.format))
    after_commit(session, ANALYSIS_TASK, str(shot.id))
    await record(
        session,
        "screenshot.uploaded",
        user_id=user.id,
        properties={
            "screenshot_id": str(shot.id),
            "format": shot.image_format,
            "width": shot.width,
            "height": shot.height,
            "size_bytes": shot.size_bytes,
        },
        meta=meta,
    )
    log.info("screenshot.uploaded", screenshot_id=str(shot.id), size_bytes=shot.size_bytes)
    return Created(shot, duplicate=False)


async def get(
    session: AsyncSession, *, user: User, screenshot_id: uuid.UUID, for_update: bool = False
) -> Screenshot:
    """The user's screenshot (locked with `for_update`); 404 for another user's or none."""
    shot = await repo.get_for_user(session, screenshot_id, user.id, for_update=for_update)
    if shot is None:
        raise not_found()
    return shot


async def list_page(
    session: AsyncSession, *, user: User, limit: int, cursor: str | None = None
) -> cursors.Page[Screenshot]:
    return await cursors.paginate(
        lambda after, n: repo.list_page(session, user.id, limit=n, after=after),
        cursor=cursor,
        limit=limit,
    )


@dataclass(frozen=True)
class StoredImage:
    """Where a client gets the image: a presigned URL (S3_PRESIGN_SECONDS) or the bytes."""

    media_type: str
    url: str | None = None
    data: bytes = b""


async def read_image(
    session: AsyncSession, *, user: User, screenshot_id: uuid.UUID, storage: Storage | None = None
) -> StoredImage:
    shot = await get(session, user=user, screenshot_id=screenshot_id)
    storage = storage or get_storage()
    url = await storage.url_for(shot.storage_key)
    if url is not None:
        return StoredImage(mime_type(shot), url=url)
    try:
        data = await storage.get(shot.storage_key)
    except StorageError as exc:
        raise NotFound("The stored image is missing.", error_code="IMAGE_NOT_FOUND") from exc
    return StoredImage(mime_type(shot), data=data)


async def delete(
    session: AsyncSession,
    *,
    user: User,
    screenshot_id: uuid.UUID,
    meta: ClientMeta | None = None,
    storage: Storage | None = None,
) -> None:
    shot = await get(session, user=user, screenshot_id=screenshot_id, for_update=True)
    key = shot.storage_key
    await repo.delete(session, shot)
    await record(
        session,
        "screenshot.deleted",
        user_id=user.id,
        properties={"screenshot_id": str(screenshot_id)},
        meta=meta,
    )
    # Keys are per user and content, so no other row shares this file.
    if await repo.count_with_storage_key(session, key) == 0:
        await (storage or get_storage()).delete(key)
    await forget_screenshot(user_id=user.id, screenshot_id=screenshot_id, storage=storage)


async def request_analysis(
    session: AsyncSession,
    *,
    user: User,
    screenshot_id: uuid.UUID,
    model_id: str | None = None,
    meta: ClientMeta | None = None,
) -> Screenshot:
    """Queue a new analysis (a re-run). The previous result stays until the new one lands."""
    from app.services.analysis.models import resolve_model

    shot = await get(session, user=user, screenshot_id=screenshot_id, for_update=True)
    if model_id is not None:
        resolve_model(model_id, tier=user.effective_tier)  # refuse unknown/forbidden models now
    # A queued or running analysis is left alone unless it looks abandoned (lost message,
    # killed worker): then a re-run takes over.
    stale_before = utcnow() - timedelta(seconds=get_settings().task_time_limit)
    since = shot.analysis_started_at or shot.updated_at
    if shot.analysis_status in ("pending", "running") and since > stale_before:
        raise Conflict(
            "An analysis of this screenshot is already queued or running.",
            error_code="ANALYSIS_IN_PROGRESS",
        )
    shot.analysis_status = "pending"
    shot.analysis_error_code = None
    shot.analysis_error_message = None
    shot.analysis_started_at = None
    # A re-run is a new job: it gets its own attempt limit.
    shot.analysis_attempts = 0
    shot.analysis_requeues = 0
    shot.analysis_waiting_for = None
    shot.analysis_retry_at = None
    await session.flush()
    after_commit(session, ANALYSIS_TASK, str(shot.id), model_id)
    await record(
        session,
        "screenshot.analysis_requested",
        user_id=user.id,
        properties={"screenshot_id": str(shot.id), "model": model_id},
        meta=meta,
    )
    return shot
