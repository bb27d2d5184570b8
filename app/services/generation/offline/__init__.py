"""The offline writer: a draft from the business context alone, no model and no key.

Built from complete units (template banks per element role, slots from the business
context), combined to land every element in range without cutting or padding; coherent per
page; deterministic for a seed. Results are labelled as an offline draft.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.services.generation.offline.writer import OfflineWriter
from app.services.generation.prompt import ElementSpec

__all__ = ["OfflineWriter", "clear_caches", "write_offline"]


def write_offline(
    context: dict[str, Any],
    elements: list[ElementSpec],
    *,
    seed: int = 0,
    avoid: Iterable[str] = (),
) -> dict[str, str]:
    """Every element's text. `avoid`: texts already on the page (kept sections of a
    regenerate) whose sentences must not be repeated."""
    return OfflineWriter(context, seed=seed, avoid=avoid).write(elements)


def clear_caches() -> None:
    """Forget filled templates and counts (benchmarks time the cold path with it)."""
    from app.services.generation.offline import banks, compose

    banks.clear_cache()
    compose.clear_caches()
