"""Buttons and numbered badges, found by pixel.

Boxes are connected components of "differs from the band background" on a half-size
image: a solid button-sized rectangle (filled) or a ring (outlined). A box that holds OCR
words is a button.
"""

from __future__ import annotations

from collections import deque

from PIL import Image, ImageChops, ImageDraw

from app.services.analysis.offline.layout import Band, color_bands, row_colors
from app.services.analysis.offline.ocr import Word, default_engine

_F = 2  # downscale factor for the component search


def _mask(rgb: Image.Image, bands: list[Band]) -> tuple[bytes, int, int, Image.Image]:
    small = rgb.reduce(_F)
    bg = Image.new("RGB", small.size)
    draw = ImageDraw.Draw(bg)
    for band in bands:
        draw.rectangle((0, band.y0 // _F, small.width, band.y1 // _F), fill=band.color)
    diff = ImageChops.difference(small, bg).convert("L")
    mask = diff.point(lambda v: 255 if v > 22 else 0)
    return mask.tobytes(), small.width, small.height, small


def find_boxes(rgb: Image.Image, bands: list[Band]) -> list[tuple[int, int, int, int, str]]:
    """(x0, y0, x1, y1, kind) in page px: "filled", "outlined", "badge" or "panel"."""
    data, w, _, small = _mask(rgb, bands)
    seen = bytearray(len(data))
    boxes: list[tuple[int, int, int, int, str]] = []
    px = small.load()
    start = 0
    while True:
        i = data.find(b"\xff", start)
        if i < 0:
            break
        start = i + 1
        if seen[i]:
            continue
        seen[i] = 1
        cells = [i]
        queue = deque([i])
        while queue:
            c = queue.popleft()
            x = c % w
            for n in (c - 1 if x else -1, c + 1 if x < w - 1 else -1, c - w, c + w):
                if 0 <= n < len(data) and not seen[n] and data[n]:
                    seen[n] = 1
                    cells.append(n)
                    queue.append(n)
        kind = _classify(cells, w, px)
        if kind:
            xs = [c % w for c in cells]
            ys = [c // w for c in cells]
            boxes.append((min(xs) * _F, min(ys) * _F, (max(xs) + 1) * _F, (max(ys) + 1) * _F, kind))
    return boxes


def _classify(cells: list[int], w: int, px: object) -> str:
    if len(cells) < 40:
        return ""
    xs = [c % w for c in cells]
    ys = [c // w for c in cells]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    bw, bh = (x1 - x0 + 1) * _F, (y1 - y0 + 1) * _F
    fill = len(cells) / ((x1 - x0 + 1) * (y1 - y0 + 1))
    panel = bh >= 100 and bw >= 240 and fill >= 0.8
    if not panel and not (22 <= bh <= 80 and 22 <= bw <= 520):
        return ""
    aspect = bw / bh
    if fill >= 0.7:
        # solid: must be one flat colour (not an image, avatar or gradient icon)
        cols = [px[c % w, c // w] for c in cells[:: max(1, len(cells) // 200)]]  # type: ignore[index]
        ref = max(set(cols), key=cols.count)
        flat = sum(1 for c in cols if sum(abs(a - b) for a, b in zip(c, ref, strict=True)) < 30)
        if flat < 0.6 * len(cols):
            return ""
        if panel:
            return "panel"
        if aspect >= 1.6 and bw >= 50:
            return "filled"
        if aspect <= 1.3 and bw <= 70:
            return "badge"
        return ""
    edge = sum(1 for x, y in zip(xs, ys, strict=True) if min(x - x0, x1 - x, y - y0, y1 - y) <= 1)
    if aspect >= 1.6 and bw >= 50 and edge >= 0.85 * len(cells) and fill < 0.5:
        return "outlined"
    return ""


def find_all_boxes(
    rgb: Image.Image, bands: list[Band]
) -> tuple[list[tuple[int, int, int, int, str]], list[tuple[int, int, int, int]]]:
    """Buttons and badges (also those inside coloured panels), and the panels themselves."""
    boxes = find_boxes(rgb, bands)
    panels = [b[:4] for b in boxes if b[4] == "panel"]
    out = [b for b in boxes if b[4] != "panel"]
    for x0, y0, x1, y1 in panels:
        crop = rgb.crop((x0, y0, x1, y1))
        inner = color_bands(row_colors(crop))
        for bx0, by0, bx1, by1, kind in find_boxes(crop, inner):
            if kind != "panel":
                out.append((bx0 + x0, by0 + y0, bx1 + x0, by1 + y0, kind))
    return out, panels


def read_badges(
    rgb: Image.Image, found_boxes: list[tuple[int, int, int, int, str]], words: list[Word]
) -> list[Word]:
    """Words plus the numbers of step badges that page OCR missed: a lone digit in a circle
    is too small for text detection, so each empty badge is recognised on its own."""
    out = list(words)
    for x0, y0, x1, y1, kind in found_boxes:
        if kind != "badge" or any(
            x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1 for w in words
        ):
            continue
        pad = max(3, int(0.18 * min(x1 - x0, y1 - y0)))  # clear of the circle's edge
        crop = rgb.crop((x0 + pad, y0 + pad, x1 - pad, y1 - pad))
        if crop.width < 6 or crop.height < 6:
            continue
        text, conf = default_engine().read_line(crop)
        text = text.strip(".)")
        if text.isdigit() and len(text) <= 2 and conf >= 80:
            out.append(Word(text, x0 + pad, y0 + pad, x1 - pad, y1 - pad, conf))
    out.sort(key=lambda w: (w.y0, w.x0))
    return out


def button_boxes(
    found_boxes: list[tuple[int, int, int, int, str]], words: list[Word]
) -> list[tuple[int, int, int, int]]:
    """The filled and outlined boxes that hold words: the page's buttons."""

    def inside(w: Word, box: tuple[int, int, int, int, str]) -> bool:
        return box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.y0 + w.y1) / 2 <= box[3]

    return [b[:4] for b in found_boxes if b[4] != "badge" and any(inside(w, b) for w in words)]
