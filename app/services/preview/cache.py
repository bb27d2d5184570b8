"""Where derived images are stored, and their removal with what they were derived from.

Keys: "<user>/derived/<screenshot>/annotated-<all|N>-<digest>.png" and
"<user>/derived/<screenshot>/preview-<generation>-<all|N>-<digest>.png". Deleting a
screenshot removes its folder; deleting a generation removes its previews.
"""

from __future__ import annotations

import uuid

import structlog

from app.integrations.storage import Storage, StorageError, get_storage
from app.models import Generation

log = structlog.get_logger(__name__)


def derived_prefix(user_id: uuid.UUID, screenshot_id: uuid.UUID) -> str:
    return f"{user_id}/derived/{screenshot_id}/"


def preview_prefix(generation: Generation) -> str:
    assert generation.screenshot_id is not None
    return f"{derived_prefix(generation.user_id, generation.screenshot_id)}preview-{generation.id}-"


async def forget_generation(*, generation: Generation, storage: Storage | None = None) -> None:
    """Remove a generation's previews (it is being deleted)."""
    if generation.screenshot_id is None:
        return
    try:
        await (storage or get_storage()).delete_prefix(preview_prefix(generation))
    except StorageError:
        log.warning("preview.forget_failed", generation_id=str(generation.id))


async def forget_screenshot(
    *, user_id: uuid.UUID, screenshot_id: uuid.UUID, storage: Storage | None = None
) -> None:
    """Remove every derived image of a screenshot (it is being deleted)."""
    try:
        await (storage or get_storage()).delete_prefix(derived_prefix(user_id, screenshot_id))
    except StorageError:
        log.warning("preview.forget_failed", screenshot_id=str(screenshot_id))
