"""What hostile input may not carry, decided once for every entry point.

- Text: no NUL, no other C0/C1 control character except tab, newline and carriage return,
  no lone UTF-16 surrogate. PostgreSQL refuses NUL in text and JSON, bcrypt refuses it,
  and surrogates cannot be encoded to UTF-8; the other controls are never meant.
- Time: every instant that comes from outside (cursors, query dates, token claims,
  webhook timestamps) lies within [EARLIEST, LATEST], where every arithmetic and every
  time zone conversion we do stays in range.
- JSON: parsed with a depth bound, so deep nesting is a clean error, never a RecursionError.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, date, datetime
from typing import Any

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
MAX_JSON_DEPTH = 64
TEXT_RULE = "must not contain NUL, control characters or unpaired surrogates"


def text_is_clean(value: str) -> bool:
    return _FORBIDDEN.search(value) is None


def first_unclean(value: Any, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The path of the first string (or key) in `value` that breaks the text rule."""
    if isinstance(value, str):
        return None if text_is_clean(value) else path
    if isinstance(value, dict):
        for key, item in value.items():
            name = str(key)
            if isinstance(key, str) and not text_is_clean(key):
                return (*path, name)
            found = first_unclean(item, (*path, name))
            if found is not None:
                return found
    elif isinstance(value, list | tuple | set | frozenset):
        for index, item in enumerate(value):
            found = first_unclean(item, (*path, str(index)))
            if found is not None:
                return found
    return None


def check_text(value: Any) -> Any:
    """Pydantic-style validator: ValueError when any string in `value` breaks the rule."""
    found = first_unclean(value)
    if found is not None:
        where = ".".join(found)
        raise ValueError(f"{where + ' ' if where else ''}{TEXT_RULE}".strip())
    return value


def check_instant(value: datetime) -> datetime:
    """`value` as an aware UTC datetime; ValueError outside [EARLIEST, LATEST]."""
    try:
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        utc = aware.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise ValueError("date and time out of range") from exc
    if not EARLIEST <= utc <= LATEST:
        raise ValueError(
            f"date and time must lie between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d}"
        )
    return utc


def check_day(value: date) -> date:
    if not EARLIEST.date() <= value <= LATEST.date():
        raise ValueError(f"date must lie between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d}")
    return value


def from_timestamp(value: Any) -> datetime:
    """A Unix timestamp from outside as a UTC datetime; ValueError when not one in range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("timestamp is not a number")
    if not math.isfinite(value) or not EARLIEST.timestamp() <= value <= LATEST.timestamp():
        raise ValueError("timestamp out of range")
    return datetime.fromtimestamp(value, UTC)


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in item)
    return deepest


def loads_json(data: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """json.loads that refuses bad UTF-8, deep nesting and NaN/Infinity with ValueError."""

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    try:
        value = json.loads(data, parse_constant=no_constants)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {max_depth} levels") from None
    except UnicodeDecodeError:
        raise ValueError("the body is not UTF-8") from None
    if _depth(value) > max_depth:
        raise ValueError(f"JSON nested deeper than {max_depth} levels")
    return value
