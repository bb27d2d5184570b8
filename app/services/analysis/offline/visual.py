"""Pixel probes around text: is a short label inside a button (filled or outlined box)?"""

from __future__ import annotations

from PIL import Image

from app.services.analysis.offline.layout import Block


def _diff(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) + abs(a[2] - b[2])


def _edge_within(
    rgb: Image.Image, x: int, y: int, dx: int, dy: int, start: int, limit: int
) -> bool:
    """Walk outwards from the text; True when the colour changes sharply within `limit` px."""
    w, h = rgb.size
    sx, sy = x + dx * start, y + dy * start
    if not (0 <= sx < w and 0 <= sy < h):
        return False
    ref = rgb.getpixel((sx, sy))
    for d in range(start + 1, limit):
        px, py = x + dx * d, y + dy * d
        if not (0 <= px < w and 0 <= py < h):
            return False
        if _diff(rgb.getpixel((px, py)), ref) > 60:  # type: ignore[arg-type]
            return True
    return False


def is_button(rgb: Image.Image, block: Block, em: float) -> bool:
    """A short label (one line, or a store badge's caption over its name) with a box edge
    close on all four sides."""
    if len(block.lines) > 2 or len(block.text.split()) > 5:
        return False
    cy = (block.y0 + block.y1) // 2
    cx = int(block.cx)
    hpad = int(max(30, 2.6 * em))
    vpad = int(max(16, 1.5 * em))
    return (
        _edge_within(rgb, block.x0, cy, -1, 0, 4, hpad)
        and _edge_within(rgb, block.x1, cy, 1, 0, 4, hpad)
        and _edge_within(rgb, cx, block.y0, 0, -1, 3, vpad)
        and _edge_within(rgb, cx, block.y1, 0, 1, 3, vpad)
    )


def has_input_below(rgb: Image.Image, block: Block, em: float) -> bool:
    """Form label: an input box edge (horizontal rule) shortly below the label."""
    x = block.x0 + 2
    return _edge_within(rgb, x, block.y1, 0, 1, 2, int(max(14, 1.3 * em))) and _edge_within(
        rgb, x + 40, block.y1, 0, 1, 2, int(max(14, 1.3 * em))
    )
