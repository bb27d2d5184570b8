"""Where every element of an analysis sits on its screenshot: element boxes (clipped to the
image), section bounds, and the new copy each box gets in a preview.

Element ids and indices come from the one place that names elements
(generation.prompt.build_elements), so a preview pairs a generation's copy with the boxes of
the same elements. Pure functions over the analysis JSON; no image work here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.words import count_words, word_range
from app.services.generation.prompt import ElementSpec, build_elements

Rect = tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive), in image pixels
CROP_MARGIN = 48  # px shown above and below a section in a `?section=N` image


@dataclass(frozen=True)
class Element:
    id: str
    position: int  # section position
    section_type: str
    label: str  # "main_title", "feature_cards 2 title", "footer_columns 1 links 3"
    word_range: str
    original: str
    rect: Rect | None  # None: no box, or a box outside the image


@dataclass(frozen=True)
class SectionBounds:
    position: int
    type: str
    rect: Rect  # the union of its elements' boxes
    elements: int  # elements with a box


def _as_box(value: Any) -> tuple[float, float, float, float] | None:
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    return float(value[0]), float(value[1]), float(value[2]), float(value[3])


def clip(value: Any, width: int, height: int) -> Rect | None:
    """An [x, y, w, h] box as a rect inside the image; None when missing, empty or outside."""
    box = _as_box(value)
    if box is None:
        return None
    x, y, w, h = box
    x0, y0 = max(0, int(x)), max(0, int(y))
    x1, y1 = min(width, round(x + w)), min(height, round(y + h))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return x0, y0, x1, y1


def _raw_box(section: dict[str, Any], spec: ElementSpec) -> Any:
    components = section.get("components") or []
    if spec.component_index >= len(components):
        return None
    comp = components[spec.component_index]
    if spec.card_index is None:
        return comp.get("box")
    boxes = comp.get("item_boxes") or []
    if spec.card_index >= len(boxes) or not isinstance(boxes[spec.card_index], dict):
        return None
    entry = boxes[spec.card_index].get(spec.field)
    if spec.list_index is None:
        return entry
    if isinstance(entry, list) and spec.list_index < len(entry):
        candidate = entry[spec.list_index]
        return candidate if isinstance(candidate, list | tuple) else None
    return None


def _label(spec: ElementSpec) -> str:
    if spec.card_index is None:
        return spec.element
    label = f"{spec.element} {spec.card_index + 1} {spec.field}"
    if spec.list_index is not None:
        label += f" {spec.list_index + 1}"
    return label


def elements(analysis: dict[str, Any], *, width: int, height: int) -> list[Element]:
    """Every text element of the analysis in page order, with its box clipped to the image."""
    by_position: dict[int, dict[str, Any]] = {}
    for section in analysis.get("sections") or []:
        by_position.setdefault(int(section["position"]), section)
    out: list[Element] = []
    for spec in build_elements(analysis):
        section = by_position[spec.position]
        if spec.card_index is None:
            comp = (section.get("components") or [])[spec.component_index]
            rng = str(comp.get("word_range") or word_range(count_words(spec.original)))
        else:
            rng = word_range(count_words(spec.original))
        out.append(
            Element(
                id=spec.id,
                position=spec.position,
                section_type=spec.section_type,
                label=_label(spec),
                word_range=rng,
                original=spec.original,
                rect=clip(_raw_box(section, spec), width, height),
            )
        )
    return out


def sections(items: list[Element]) -> list[SectionBounds]:
    """Each section that has at least one boxed element, with the union of those boxes."""
    found: dict[int, SectionBounds] = {}
    for item in items:
        if item.rect is None:
            continue
        x0, y0, x1, y1 = item.rect
        seen = found.get(item.position)
        if seen is not None:
            a0, b0, a1, b1 = seen.rect
            x0, y0, x1, y1 = min(x0, a0), min(y0, b0), max(x1, a1), max(y1, b1)
        count = seen.elements + 1 if seen else 1
        found[item.position] = SectionBounds(
            item.position, item.section_type, (x0, y0, x1, y1), count
        )
    return [found[p] for p in sorted(found)]


def crop_rect(bounds: SectionBounds, width: int, height: int) -> Rect:
    """The full-width band a `?section=N` image shows: the section and a margin around it."""
    _, y0, _, y1 = bounds.rect
    return 0, max(0, y0 - CROP_MARGIN), width, min(height, y1 + CROP_MARGIN)


def texts_by_id(result: dict[str, Any]) -> dict[str, str]:
    """A completed generation's copy keyed by element id (the ids build_elements gives)."""
    out: dict[str, str] = {}
    for section in result.get("sections") or []:
        for comp in section.get("components") or []:
            if "items" not in comp:
                if comp.get("id"):
                    out[str(comp["id"])] = str(comp.get("content") or "")
                continue
            ids = [str(i) for i in comp.get("ids") or []]
            if not ids:
                continue
            # Card ids are "<grid prefix>.card_<n>"; items are in card order.
            prefix = ids[0].rsplit(".card_", 1)[0]
            for index, item in enumerate(comp.get("items") or []):
                base = f"{prefix}.card_{index + 1}"
                for field, value in item.items():
                    if isinstance(value, list):
                        for li, entry in enumerate(value):
                            out[f"{base}.{field}_{li + 1}"] = str(entry)
                    else:
                        out[f"{base}.{field}"] = str(value)
    return out
