"""The one word-counting rule and the two length tolerances (DESIGN.md §1).

A word is a whitespace-separated token holding at least one letter or digit:
"24/7" and "$49/mo" are one word each; "—", "&" and "©" are none.
"""

from __future__ import annotations

import math

_EPS = 1e-9


def count_words(text: str | None) -> int:
    if not text:
        return 0
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def range_bounds(n: int) -> tuple[int, int]:
    """Every count c with |c - n| <= max(1, 0.2 n), never below 1 (the analysis range)."""
    n = max(int(n), 0)
    slack = max(1.0, 0.2 * n)
    return max(1, math.ceil(n - slack - _EPS)), math.floor(n + slack + _EPS)


def word_range(n: int) -> str:
    low, high = range_bounds(n)
    return f"{low}-{high}"


def tolerance_bounds(target: int) -> tuple[int, int]:
    """Generated copy passes when |c - target| <= max(1, 0.1 target), never below 1."""
    target = max(int(target), 1)
    slack = max(1.0, 0.1 * target)
    return max(1, math.ceil(target - slack - _EPS)), math.floor(target + slack + _EPS)


def in_tolerance(count: int, target: int) -> bool:
    low, high = tolerance_bounds(target)
    return low <= count <= high


def parse_range(text: str) -> tuple[int, int] | None:
    """Parse "3-5" or "3-5 words" into (3, 5); None when it is not a range."""
    head = text.strip().split()[0] if text and text.strip() else ""
    low, sep, high = head.partition("-")
    if not sep or not low.isdigit() or not high.isdigit():
        return None
    return int(low), int(high)
