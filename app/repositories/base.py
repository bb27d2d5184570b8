"""Owner scoping, keyset pagination, locked reads and the dialect's INSERT, each in one
place: a user only ever sees rows whose user_id is theirs; every list pages newest first by
(created_at, id); a row read to be changed is locked and re-read."""

from __future__ import annotations

import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Date, Select, and_, cast, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

M = TypeVar("M")
S = TypeVar("S", bound=Select[Any])


def dialect(session: AsyncSession) -> str:
    """The database's dialect: "postgresql" in production, "sqlite" in the embedded default."""
    return session.bind.dialect.name if session.bind else "postgresql"


def insert_for(session: AsyncSession, table: Any) -> Any:
    """INSERT for the session's dialect, which has the ON CONFLICT clauses both support."""
    return (postgresql.insert if dialect(session) == "postgresql" else sqlite.insert)(table)


def utc_day(session: AsyncSession, column: Any) -> ColumnElement[Any]:
    """The UTC calendar day of a timestamp column."""
    if dialect(session) == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    # SQLite stores our timestamps as UTC text ("YYYY-MM-DD HH:MM:SS...").
    return func.date(column)


async def one_or_none(
    session: AsyncSession, stmt: Select[tuple[M]], *, for_update: bool = False
) -> M | None:
    """The one row `stmt` selects, or None. `for_update` locks it and re-reads its values
    (populate_existing): a locked read is for acting on the row, so it must see the row as
    the transaction it waited for left it, not a stale identity-map copy."""
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


def owned(model: type[M], user_id: uuid.UUID) -> Select[tuple[M]]:
    return select(model).where(model.user_id == user_id)  # type: ignore[attr-defined]


async def get_owned(
    session: AsyncSession,
    model: type[M],
    obj_id: uuid.UUID,
    user_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> M | None:
    stmt = owned(model, user_id).where(model.id == obj_id)  # type: ignore[attr-defined]
    return await one_or_none(session, stmt, for_update=for_update)


Filter = tuple[Any, Callable[[Any, Any], Any], object]


def where_given(stmt: S, *filters: Filter) -> S:
    """Add `op(column, value)` for each (column, op, value) whose value was given: not None
    and not an empty string (False is a value)."""
    for column, op, value in filters:
        if value is not None and value != "":
            stmt = stmt.where(op(column, value))
    return stmt


def created_within(column: Any, since: datetime | None, until: datetime | None) -> list[Filter]:
    """where_given filters for since <= column < until."""
    return [(column, operator.ge, since), (column, operator.lt, until)]


@dataclass(frozen=True)
class DatedPage:
    """One page of a dated list: rows created in [since, until) (None: unbounded), strictly
    after the cursor row `after`, at most `limit`, newest first."""

    limit: int
    since: datetime | None = None
    until: datetime | None = None
    after: tuple[datetime, uuid.UUID] | None = None


def dated_page(stmt: S, created_at: Any, row_id: Any, part: DatedPage, *filters: Filter) -> S:
    """`stmt` with the given where_given filters, cut to `part` of a (created_at, id) list."""
    stmt = where_given(stmt, *filters, *created_within(created_at, part.since, part.until))
    return newest_first(stmt, created_at, row_id, part.after).limit(part.limit)


def newest_first(
    stmt: S, created_at: Any, row_id: Any, after: tuple[datetime, uuid.UUID] | None
) -> S:
    """Order by (created_at, id) descending and start strictly after the cursor row."""
    if after is not None:
        at, last_id = after
        stmt = stmt.where(or_(created_at < at, and_(created_at == at, row_id < last_id)))
    return stmt.order_by(created_at.desc(), row_id.desc())
