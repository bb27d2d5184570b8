"""Merging per-tile analyses back into one page, in page order.

Neighbouring tiles overlap, so the section at a tile's bottom edge reappears (whole or in
part) at the top of the next tile. Such sections are recognised by shared text and fused:
their components are united, duplicate elements and grid items dropped (the longer
reading of a text wins, since an element cut by the tile edge reads shorter).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
LOOKBACK = 2  # sections at the end of the page so far that the overlap can touch
LOOKAHEAD = 2  # sections at the start of a tile that can repeat the previous tile


@dataclass
class TileResult:
    """One tile's sections (already normalised dicts), top to bottom."""

    sections: list[dict[str, Any]]
    layout_type: str | None = None
    continues_first: bool = False  # the model said the first section is cut at the top
    index: int = 0
    errors: list[str] = field(default_factory=list)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _contains(small: list[str], big: list[str]) -> bool:
    """`small` occurs in `big` as a run of whole tokens."""
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def texts_match(a: str, b: str) -> bool:
    """Same element seen twice: equal words, or (3+ words) one reading is a run of the
    other's words (cut by the tile edge), or (10+ words) nearly the same words. Kept strict
    because templated cards ("Starter card ...", "Pro card ...") differ by a word or two."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = sorted((ta, tb), key=len)
    if len(short) >= 3 and _contains(short, long_):
        return True
    if len(short) < 10:
        return False
    common = sum((Counter(ta) & Counter(tb)).values())
    return 2 * common / (len(ta) + len(tb)) >= 0.9


def _values(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def items_match(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same card: no shared field disagrees, and a field of 3+ words (or every shared
    field) agrees. A card cut by the tile edge shows fewer fields, or shorter ones."""
    shared = [k for k in a if k in b]
    if not shared:
        return False
    strong = False
    for key in shared:
        va, vb = " ".join(_values(a[key])), " ".join(_values(b[key]))
        if not texts_match(va, vb):
            return False
        strong = strong or min(len(tokens(va)), len(tokens(vb))) >= 3
    return strong or len(shared) == len(a) == len(b)


def _item_text(item: dict[str, Any]) -> str:
    parts: list[str] = []
    for value in item.values():
        parts.extend(_values(value))
    return " ".join(parts)


def _texts(section: dict[str, Any]) -> list[str]:
    comps = section.get("components", [])
    return [str(c.get("current_content", "")) for c in comps if "items" not in c]


def _items(section: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for c in section.get("components", []) if "items" in c for i in c["items"]]


def overlap_score(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How strongly two sections share content; 0 means they are different sections.

    One shared short text ("Learn more") is not enough: it takes a shared text of 3+
    words, a shared card, or two shared texts."""
    texts_a = _texts(a)
    shared = [t for t in _texts(b) if tokens(t) and any(texts_match(t, u) for u in texts_a)]
    items_a = _items(a)
    cards = sum(1 for i in _items(b) if any(items_match(i, j) for j in items_a))
    if cards or len(shared) >= 2 or any(len(tokens(t)) >= 3 for t in shared):
        return len(shared) + cards
    return 0


def _longer(a: str, b: str) -> bool:
    return len(tokens(b)) > len(tokens(a))


def _merge_items(target: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Incoming cards join the target grid; `item_boxes` (parallel lists) follow them."""
    items: list[dict[str, Any]] = target["items"]
    boxes: list[dict[str, Any]] = target.get("item_boxes") or [{} for _ in items]
    incoming_boxes = list(incoming.get("item_boxes") or [])
    incoming_boxes += [{}] * (len(incoming["items"]) - len(incoming_boxes))
    for item, item_boxes in zip(incoming["items"], incoming_boxes, strict=False):
        text = _item_text(item)
        for pos, existing in enumerate(items):
            if items_match(existing, item):
                if _longer(_item_text(existing), text):
                    items[pos] = copy.deepcopy(item)
                    boxes[pos] = copy.deepcopy(item_boxes)
                break
        else:
            items.append(copy.deepcopy(item))
            boxes.append(copy.deepcopy(item_boxes))
    if any(boxes):
        target["item_boxes"] = boxes


def merge_section(target: dict[str, Any], incoming: dict[str, Any]) -> None:
    """Fuse `incoming` (the same section seen in the next tile) into `target`."""
    if target.get("type") == "other" and incoming.get("type") not in (None, "other"):
        target["type"] = incoming["type"]
    components: list[dict[str, Any]] = target.setdefault("components", [])
    for comp in incoming.get("components", []):
        if "items" in comp:
            grids = [c for c in components if "items" in c]
            same = [g for g in grids if g.get("element") == comp.get("element")]
            host = same[0] if same else (grids[0] if len(grids) == 1 else None)
            if host is not None:
                _merge_items(host, comp)
            else:
                components.append(copy.deepcopy(comp))
            continue
        text = str(comp.get("current_content", ""))
        for pos, existing in enumerate(components):
            if "items" in existing:
                continue
            if texts_match(str(existing.get("current_content", "")), text):
                if _longer(str(existing.get("current_content", "")), text):
                    components[pos] = copy.deepcopy(comp)
                break
        else:
            components.append(copy.deepcopy(comp))


def merge_tiles(tiles: list[TileResult]) -> dict[str, Any]:
    """One raw analysis for the page (still to be normalised: counts, positions, totals)."""
    merged: list[dict[str, Any]] = []
    layouts: Counter[str] = Counter()
    for tile in sorted(tiles, key=lambda t: t.index):
        if tile.layout_type:
            layouts[tile.layout_type] += 1
        boundary = len(merged)  # sections before this tile
        floor = max(0, boundary - LOOKBACK)  # matches only move forward (page order)
        for j, section in enumerate(tile.sections):
            target_index: int | None = None
            if j < LOOKAHEAD and boundary:
                scores = [(overlap_score(merged[k], section), k) for k in range(floor, boundary)]
                best, k = max(scores, default=(0, -1))
                if best > 0:
                    target_index = k
                elif j == 0 and tile.continues_first:
                    target_index = boundary - 1
            if target_index is not None and target_index >= floor:
                merge_section(merged[target_index], section)
                floor = target_index
            else:
                merged.append(copy.deepcopy(section))
                if j < LOOKAHEAD:
                    floor = boundary  # a new section: later ones cannot go back before it
    layout = layouts.most_common(1)[0][0] if layouts else "modern_saas"
    return {"sections": merged, "layout_type": layout}
