"""Turn a loosely shaped analysis (from a model or the offline analyser) into a valid one.

Nothing the producer says about lengths is trusted: word counts, ranges, per-card
envelopes, positions and totals are recomputed here with the one counting rule.
"""

from __future__ import annotations

from typing import Any

from app.core.words import count_words, range_bounds, word_range
from app.schemas.analysis import LAYOUT_TYPES, SECTION_TYPES, Analysis

_TYPE_ALIASES = {
    "header": "navigation",
    "nav": "navigation",
    "navbar": "navigation",
    "menu": "navigation",
    "logos": "social_proof",
    "logo_cloud": "social_proof",
    "clients": "social_proof",
    "call_to_action": "cta",
    "benefits": "features",
    "services": "features",
    "process": "how_it_works",
    "steps": "how_it_works",
    "reviews": "testimonials",
    "plans": "pricing",
    "questions": "faq",
    "numbers": "stats",
    "metrics": "stats",
}


class AnalysisShapeError(ValueError):
    """The input cannot be made into an analysis."""


def normalize_section_type(value: Any) -> str:
    name = str(value or "other").strip().lower().replace("-", "_").replace(" ", "_")
    name = _TYPE_ALIASES.get(name, name)
    return name if name in SECTION_TYPES else "other"


def _clean_text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _item_value(value: Any) -> str | list[str] | None:
    if isinstance(value, list):
        entries = [_clean_text(v) for v in value if _clean_text(v)]
        return entries or None
    text = _clean_text(value)
    return text or None


def _envelope(items: list[dict[str, Any]]) -> dict[str, str]:
    per_card: dict[str, str] = {}
    fields: dict[str, list[int]] = {}
    for item in items:
        for field, value in item.items():
            texts = value if isinstance(value, list) else [value]
            fields.setdefault(field, []).extend(count_words(t) for t in texts)
    for field, counts in fields.items():
        low = min(range_bounds(c)[0] for c in counts)
        high = max(range_bounds(c)[1] for c in counts)
        per_card[field] = f"{low}-{high} words"
    return per_card


def _component(raw: Any) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        return None
    element = _clean_text(raw.get("element") or raw.get("type") or "text").lower()
    element = element.replace(" ", "_")[:64] or "text"
    items_raw = raw.get("items")
    if isinstance(items_raw, list):
        items = []
        boxes_raw = raw.get("item_boxes")
        boxes_raw = boxes_raw if isinstance(boxes_raw, list) else []
        item_boxes = []
        for i, item in enumerate(items_raw):
            if not isinstance(item, dict):
                value = _item_value(item)
                item = {"text": value} if value else {}
            cleaned = {
                str(k): v
                for k, v in ((k, _item_value(v)) for k, v in item.items())
                if v is not None
            }
            if cleaned:
                items.append(cleaned)
                item_boxes.append(
                    _item_boxes(boxes_raw[i] if i < len(boxes_raw) else None, cleaned)
                )
        if not items:
            return None
        grid: dict[str, Any] = {
            "element": element,
            "count": len(items),
            "per_card": _envelope(items),
            "items": items,
        }
        if any(item_boxes):
            grid["item_boxes"] = item_boxes
        return grid
    text = _clean_text(raw.get("current_content", raw.get("content", raw.get("text"))))
    if not text or count_words(text) == 0:
        return None
    n = count_words(text)
    comp = {
        "element": element,
        "current_content": text,
        "word_count": n,
        "word_range": word_range(n),
    }
    box = _box(raw.get("box"))
    if box is not None:
        comp["box"] = box
    return comp


def _box(value: Any) -> list[int] | None:
    """[x, y, width, height] of non-negative whole pixels, else None (boxes are optional)."""
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    box = [round(v) for v in value]
    return box if min(box) >= 0 and box[2] > 0 and box[3] > 0 else None


def _item_boxes(raw: Any, item: dict[str, Any]) -> dict[str, Any]:
    """An item's boxes for the fields it kept: a box, or a list parallel to a list field."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Any] = {}
    for field, value in item.items():
        got = raw.get(field)
        if isinstance(value, list):
            if isinstance(got, list) and len(got) == len(value):
                boxes = [_box(b) for b in got]
                if all(b is not None for b in boxes):
                    out[field] = boxes
        elif (box := _box(got)) is not None:
            out[field] = box
    return out


def count_text_elements(sections: list[dict[str, Any]]) -> int:
    total = 0
    for section in sections:
        for comp in section["components"]:
            if "items" in comp:
                for item in comp["items"]:
                    for value in item.values():
                        total += len(value) if isinstance(value, list) else 1
            else:
                total += 1
    return total


def normalize(
    raw: Any,
    *,
    source: str | None = None,
    confidence: float | None = None,
    model: str | None = None,
) -> Analysis:
    """Recount, renumber and validate. Raises AnalysisShapeError if nothing usable remains."""
    if isinstance(raw, list):
        raw = {"sections": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("sections"), list):
        raise AnalysisShapeError("analysis has no list of sections")
    sections: list[dict[str, Any]] = []
    for sec in raw["sections"]:
        if not isinstance(sec, dict):
            continue
        comps = [c for c in (_component(c) for c in sec.get("components") or []) if c]
        if not comps:
            continue
        sections.append(
            {
                "type": normalize_section_type(sec.get("type")),
                "position": len(sections) + 1,
                "components": comps,
            }
        )
    if not sections:
        raise AnalysisShapeError("analysis has no section with text")
    layout = str(raw.get("layout_type") or "modern_saas").strip().lower()
    if layout not in LAYOUT_TYPES:
        layout = "modern_saas"
    return Analysis.model_validate(
        {
            "sections": sections,
            "layout_type": layout,
            "total_text_elements": count_text_elements(sections),
            "source": source,
            "confidence": confidence,
            "model": model,
        }
    )
