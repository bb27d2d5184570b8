"""Buttons and numbered badges: find boxes by pixel, OCR each one on its own.

Page-level Tesseract thresholds the whole strip at once, so light text on a filled button
(and text inside an outlined box) is often lost. Boxes are found as connected components
of "differs from the band background" on a half-size image: a solid button-sized
rectangle (filled) or a ring (outlined). Each box is then OCRed as a single line.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import ThreadPoolExecutor

from PIL import Image, ImageChops, ImageDraw, ImageOps

from app.services.analysis.offline.layout import Band, color_bands, row_colors
from app.services.analysis.offline.ocr import Word, _parse_tsv, _run_tesseract

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


def _prepare(gray: Image.Image, box: tuple[int, int, int, int, str]) -> Image.Image | None:
    """The box's inside, dark text on white, with a white margin (page scale)."""
    x0, y0, x1, y1, kind = box
    pad = 3 if kind != "outlined" else 4
    if kind == "badge":  # keep clear of the round corners outside a circle
        pad = max(3, int(0.18 * min(x1 - x0, y1 - y0)))
    crop = gray.crop((x0 + pad, y0 + pad, x1 - pad, y1 - pad))
    if crop.width < 6 or crop.height < 6:
        return None
    hist = crop.histogram()
    if max(range(256), key=lambda v: hist[v]) < 128:  # light label on a dark fill
        crop = ImageOps.invert(crop)
    return ImageOps.expand(ImageOps.autocontrast(crop), border=_MARGIN, fill=255)


_MARGIN = 12
_SCALE = 3


def _ocr_boxes(gray: Image.Image, boxes: list[tuple[int, int, int, int, str]]) -> list[list[Word]]:
    """OCR many boxes with few Tesseract runs: labels stacked into one image (one per line);
    badges (single digits) one by one, as single-character reads."""
    results: list[list[Word]] = [[] for _ in boxes]
    crops: dict[int, Image.Image] = {}
    for i, b in enumerate(boxes):
        crop = _prepare(gray, b) if b[4] != "read" else None
        if crop is not None:
            crops[i] = crop
    labels = [i for i in crops if boxes[i][4] != "badge"]
    badges = [i for i in crops if boxes[i][4] == "badge"]

    def place(i: int, found: list[Word], top: int) -> None:
        x0, y0, _, _, kind = boxes[i]
        pad = 3 if kind != "outlined" else 4
        dx = x0 + pad - _MARGIN
        dy = y0 + pad - _MARGIN - top
        results[i] = [
            Word(w.text, w.x0 + dx, w.y0 + dy, w.x1 + dx, w.y1 + dy, w.conf) for w in found
        ]

    def stacked() -> None:
        if not labels:
            return
        width = max(crops[i].width for i in labels)
        height = sum(crops[i].height for i in labels)
        sheet = Image.new("L", (width, height), 255)
        tops = []
        y = 0
        for i in labels:
            sheet.paste(crops[i], (0, y))
            tops.append(y)
            y += crops[i].height
        sheet = sheet.resize((width * _SCALE, height * _SCALE), Image.Resampling.BICUBIC)
        found = _parse_tsv(_run_tesseract(sheet, "6"), 0, _SCALE)
        for i, top in zip(labels, tops, strict=True):
            h = crops[i].height
            mine = [w for w in found if top <= (w.y0 + w.y1) / 2 < top + h]
            place(i, mine, top)

    def badge_row() -> None:
        """Badges side by side on one sheet; sparse-text mode finds lone digits."""
        if not badges:
            return
        gap = 24
        width = sum(crops[i].width + gap for i in badges)
        height = max(crops[i].height for i in badges)
        sheet = Image.new("L", (width, height), 255)
        lefts = []
        x = 0
        for i in badges:
            sheet.paste(crops[i], (x, 0))
            lefts.append(x)
            x += crops[i].width + gap
        sheet = sheet.resize((width * _SCALE, height * _SCALE), Image.Resampling.BICUBIC)
        found = _parse_tsv(_run_tesseract(sheet, "11"), 0, _SCALE)
        for i, left in zip(badges, lefts, strict=True):
            w = crops[i].width
            x0, y0, x1, y1, _ = boxes[i]
            pad = max(3, int(0.18 * min(x1 - x0, y1 - y0)))
            dx, dy = x0 + pad - _MARGIN - left, y0 + pad - _MARGIN
            results[i] = [
                Word(t.text, t.x0 + dx, t.y0 + dy, t.x1 + dx, t.y1 + dy, t.conf)
                for t in found
                if left <= (t.x0 + t.x1) / 2 < left + w
            ]

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: job(), [stacked, badge_row]))
    return results


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


def read_boxes(
    gray: Image.Image, found_boxes: list[tuple[int, int, int, int, str]], words: list[Word]
) -> tuple[list[Word], list[tuple[int, int, int, int]]]:
    """Words with every box's text replaced by its own OCR; also the button boxes."""

    def inside(w: Word, box: tuple[int, int, int, int, str]) -> bool:
        return box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.y0 + w.y1) / 2 <= box[3]

    boxes = []
    for box in found_boxes:
        held = [w for w in words if inside(w, box)]
        if box[4] == "badge" and any(w.h > 0.5 * (box[3] - box[1]) for w in held):
            continue  # a bold glyph of ordinary text, not a badge
        if box[4] != "badge" and held and all(w.conf >= 85 for w in held):
            boxes.append((*box[:4], "read"))  # already read well: only mark it a button
            continue
        boxes.append(box)
    results = _ocr_boxes(gray, boxes)
    out = list(words)
    button_boxes = []
    for box, found in zip(boxes, results, strict=True):
        if box[4] == "read":
            button_boxes.append(box[:4])
            continue
        good = [w for w in found if any(ch.isalnum() for ch in w.text) and w.conf >= 55]
        # box edges read as stray one-letter tokens at either end
        while len(good) > 1 and len(good[0].text) == 1 and not good[0].text.isdigit():
            good = good[1:]
        while len(good) > 1 and len(good[-1].text) == 1 and not good[-1].text.isdigit():
            good = good[:-1]
        if not good:
            continue
        if box[4] == "badge":
            if not all(w.text.strip(".)").isdigit() for w in good):
                continue
            for w in good:
                w.text = w.text.strip(".)")
        x0, y0, x1, y1, _ = box
        out = [
            w for w in out if not (x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1)
        ]
        out.extend(good)
        if box[4] != "badge":
            button_boxes.append((x0, y0, x1, y1))
    out.sort(key=lambda w: (w.y0, w.x0))
    return out, button_boxes
