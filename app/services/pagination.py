"""Opaque keyset cursors for every list route: newest first, by (created_at, id)."""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from app.core.bounds import check_instant
from app.core.errors import BadRequest
from app.repositories.base import DatedPage

Cursor = tuple[datetime, uuid.UUID]

MAX_LIMIT = 100

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


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


@dataclass(frozen=True)
class DayWindow:
    """A dated list's query: `from`/`to` UTC days (both included), cursor and page size."""

    from_date: date | None = None
    to_date: date | None = None
    cursor: str | None = None
    limit: int = 50


async def paginate_days(
    fetch: Callable[[DatedPage], Awaitable[Sequence[T]]], window: DayWindow
) -> Page[T]:
    """paginate() over rows created within the window's days: fetch(part of the list).
    A window whose `from` is after its `to` is 400 INVALID_DATE_RANGE."""
    if window.from_date and window.to_date and window.from_date > window.to_date:
        raise BadRequest("`from` must not be after `to`.", error_code="INVALID_DATE_RANGE")
    since, until = day_bounds(window.from_date, window.to_date)
    return await paginate(
        lambda after, n: fetch(DatedPage(limit=n, since=since, until=until, after=after)),
        cursor=window.cursor,
        limit=window.limit,
    )


def _row_key(row: Any) -> Any:
    """The row whose (created_at, id) orders the page: the row, or a tuple's first item."""
    return row[0] if isinstance(row, tuple) else row


async def paginate(
    fetch: Callable[[Cursor | None, int], Awaitable[Sequence[T]]],
    *,
    cursor: str | None,
    limit: int,
) -> Page[T]:
    """One keyset page: fetch(after, limit + 1) newest first, keep `limit`, and the cursor
    of the last kept row when a further row exists."""
    rows = list(await fetch(decode(cursor), limit + 1))
    items = rows[:limit]
    more = len(rows) > limit and bool(items)
    last = _row_key(items[-1]) if more else None
    return Page(items, encode(last.created_at, last.id) if last is not None else None)


def day_bounds(
    from_date: date | None, to_date: date | None
) -> tuple[datetime | None, datetime | None]:
    """A list filter's `from`/`to` days (UTC, both included) as [since, until) instants."""
    since = datetime.combine(from_date, time.min, tzinfo=UTC) if from_date else None
    until = datetime.combine(to_date + timedelta(days=1), time.min, tzinfo=UTC) if to_date else None
    return since, until
