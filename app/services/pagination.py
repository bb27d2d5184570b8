"""Opaque keyset cursors for every list route: newest first, by (created_at, id)."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime

from app.core.bounds import check_instant
from app.core.errors import BadRequest

Cursor = tuple[datetime, uuid.UUID]

MAX_LIMIT = 100


def encode(created_at: datetime, row_id: uuid.UUID) -> str:
    raw = f"{created_at.isoformat()}|{row_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None) -> Cursor | None:
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode()).decode()
        stamp, _, row_id = text.partition("|")
        at = datetime.fromisoformat(stamp)
        if at.tzinfo is None:
            raise ValueError("naive cursor time")
        return check_instant(at), uuid.UUID(row_id)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadRequest("The cursor is not valid.", error_code="INVALID_CURSOR") from exc
