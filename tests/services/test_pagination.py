"""paginate(): every row once, newest first, and no cursor after the last page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.services.pagination import Cursor, paginate


@dataclass
class Row:
    created_at: datetime
    id: uuid.UUID


ROWS = sorted(
    (Row(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=i), uuid.uuid4()) for i in range(7)),
    key=lambda r: (r.created_at, r.id),
    reverse=True,
)


async def _fetch(after: Cursor | None, n: int) -> list[Row]:
    rows = [r for r in ROWS if after is None or (r.created_at, r.id) < after]
    return rows[:n]


async def test_pages_walk_every_row_once_and_end_without_cursor() -> None:
    seen: list[Row] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = await paginate(_fetch, cursor=cursor, limit=3)
        seen += page.items
        pages += 1
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == ROWS
    assert pages == 3


async def test_an_exact_last_page_has_no_cursor_and_tuple_rows_page_by_their_first_item() -> None:
    async def fetch_pairs(after: Cursor | None, n: int) -> list[tuple[Row, str]]:
        return [(r, "x") for r in await _fetch(after, n)]

    first = await paginate(fetch_pairs, cursor=None, limit=4)
    assert [r for r, _ in first.items] == ROWS[:4]
    rest = await paginate(fetch_pairs, cursor=first.next_cursor, limit=3)
    assert [r for r, _ in rest.items] == ROWS[4:]
    assert rest.next_cursor is None
