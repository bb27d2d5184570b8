"""Element boxes from a vision model's answer, in page pixels.

Models are asked for Gemini's native form: `box_2d` = [ymin, xmin, ymax, xmax] on a 0-1000
scale of the image they read. Each box is mapped back through the tile it came from (the
tile's band of the page, whatever its scale) to the stored image's [x, y, width, height]
(DESIGN.md §1). A box that is malformed or empty is dropped: boxes are optional.
"""

from __future__ import annotations

from typing import Any

SCALE = 1000


def page_box(value: Any, *, width: int, top: int, band: int, height: int) -> list[int] | None:
    """One box_2d of a band [top, top + band) of a page `width` x `height` -> [x, y, w, h]."""
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    ymin, xmin, ymax, xmax = (min(max(float(v), 0.0), SCALE) for v in value)
    if ymax <= ymin or xmax <= xmin:
        return None
    x0, x1 = round(xmin * width / SCALE), round(xmax * width / SCALE)
    y0 = min(height - 1, top + round(ymin * band / SCALE))
    y1 = min(height, top + round(ymax * band / SCALE))
    if x1 <= x0 or y1 <= y0:
        return None
    return [x0, y0, x1 - x0, y1 - y0]


def _field_boxes(value: Any, **where: int) -> Any:
    """An item's field box: one box_2d, or a list of them for a list field."""
    if isinstance(value, list | tuple) and value and isinstance(value[0], list | tuple):
        return [page_box(v, **where) for v in value]
    return page_box(value, **where)


def to_page_boxes(raw: Any, *, width: int, top: int, band: int, height: int) -> Any:
    """The answer with every `box_2d` replaced by `box` (page px), in place; grids'
    `item_boxes` entries mapped the same way."""
    sections = raw.get("sections") if isinstance(raw, dict) else raw
    if not isinstance(sections, list):
        return raw
    where = {"width": width, "top": top, "band": band, "height": height}
    for section in sections:
        comps = section.get("components") if isinstance(section, dict) else None
        for comp in comps if isinstance(comps, list) else []:
            if not isinstance(comp, dict):
                continue
            # only box_2d is asked for; a "box" of the model's own is in unknown units
            comp["box"] = page_box(comp.pop("box_2d", None), **where)
            boxes = comp.get("item_boxes")
            if isinstance(boxes, list):
                comp["item_boxes"] = [
                    {str(k): _field_boxes(v, **where) for k, v in entry.items()}
                    if isinstance(entry, dict)
                    else {}
                    for entry in boxes
                ]
    return raw
