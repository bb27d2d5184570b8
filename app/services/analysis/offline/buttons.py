"""Buttons and numbered badges, found by pixel.

Boxes are connected components of "differs from the band background" on a half-size
image: a solid button-sized rectangle (filled) or a ring (outlined). A box that holds OCR
words is a button.
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from app.services.analysis.offline.layout import Band, Line, color_bands, group_lines, row_colors
from app.services.analysis.offline.ocr import Word, default_engine

_F = 2  # downscale factor for the component search


def _mask(rgb: Image.Image, bands: list[Band]) -> tuple[np.ndarray, np.ndarray]:
    """The half-size image and its "differs from the band background" mask (0 / 255)."""
    small = rgb.reduce(_F)
    bg = Image.new("RGB", small.size)
    draw = ImageDraw.Draw(bg)
    for band in bands:
        draw.rectangle((0, band.y0 // _F, small.width, band.y1 // _F), fill=band.color)
    diff = np.asarray(ImageChops.difference(small, bg).convert("L"))
    return np.asarray(small), np.where(diff > 22, 255, 0).astype(np.uint8)


def find_boxes(rgb: Image.Image, bands: list[Band]) -> list[tuple[int, int, int, int, str]]:
    """(x0, y0, x1, y1, kind) in page px: "filled", "outlined", "badge" or "panel"."""
    pixels, mask = _mask(rgb, bands)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    boxes: list[tuple[int, int, int, int, str]] = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        kind = _classify(labels[y : y + h, x : x + w], i, area, pixels[y : y + h, x : x + w])
        if kind in ("filled", "outlined", "badge") and (y == 0 or x == 0 or x + w == mask.shape[1]):
            continue  # cut by the image's edge: a strip or a picture, not a whole button
        if kind:
            boxes.append((x * _F, y * _F, (x + w) * _F, (y + h) * _F, kind))
    return boxes


def _classify(labels: np.ndarray, label: int, area: int, pixels: np.ndarray) -> str:
    """What component `label` is, from the labels and pixels of its bounding box."""
    if area < 40:
        return ""
    bh, bw = labels.shape[0] * _F, labels.shape[1] * _F
    fill = area / labels.size
    panel = bh >= 100 and bw >= 240 and fill >= 0.8
    if not panel and not (22 <= bh <= 80 and 22 <= bw <= 520):
        return ""
    aspect = bw / bh
    cells = labels == label
    if fill >= 0.7:
        # solid: must be one flat colour (not an image, avatar or gradient icon)
        cols = pixels[cells][:: max(1, area // 200)].astype(np.int16)
        values, counts = np.unique(cols, axis=0, return_counts=True)
        ref = values[int(counts.argmax())]
        flat = int((np.abs(cols - ref).sum(axis=1) < 30).sum())
        if flat < 0.6 * len(cols):
            return ""
        if panel:
            return "panel"
        if aspect >= 1.6 and bw >= 50:
            return "filled"
        if aspect <= 1.3 and bw <= 70:
            return "badge"
        return ""
    edge = area - int(cells[2:-2, 2:-2].sum())  # cells within a pixel of the bounding box
    if aspect >= 1.6 and bw >= 50 and edge >= 0.85 * area and fill < 0.5:
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
    spots = []
    for x0, y0, x1, y1, kind in found_boxes:
        if kind != "badge" or any(
            x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1 for w in words
        ):
            continue
        pad = max(3, int(0.18 * min(x1 - x0, y1 - y0)))  # clear of the circle's edge
        spot = (x0 + pad, y0 + pad, x1 - pad, y1 - pad)
        if spot[2] - spot[0] >= 6 and spot[3] - spot[1] >= 6:
            spots.append(spot)
    read = default_engine().read_lines([rgb.crop(spot) for spot in spots])
    for spot, (text, conf) in zip(spots, read, strict=True):
        text = text.strip(".)")
        if text.isdigit() and len(text) <= 2 and conf >= 80:
            out.append(Word(text, *spot, conf))
    out.sort(key=lambda w: (w.y0, w.x0))
    return out


_FIGURE = re.compile(r"^[$€£]?\d[\d.,]*\s?[%+kKM]?\+?$")  # a counter's figure: "0", "250+"


def read_counters(rgb: Image.Image, words: list[Word]) -> list[Word]:
    """Words plus the figures of a row of counters that page OCR missed: a lone digit
    ("0", as a counter stands before its animation runs) is easily missed by text
    detection. Where one label of a row of labels has its figure above it, the same spot
    above each other label of the row is recognised on its own. Lines are grouped only
    around the page's figures (grouping the whole page again would cost ~0.1 s)."""
    out = list(words)
    for w in words:
        if not _FIGURE.match(w.text):
            continue
        fig = next((ln for ln in group_lines(_rows(words, w.y0, w.y1)) if w in ln.words), None)
        if fig is None or fig.words[0] is not w or not _FIGURE.match(fig.text):
            continue  # (a figure line is looked at once, from its first word)
        tall = fig.y1 - fig.y0
        lines = group_lines(_rows(words, fig.y1, fig.y1 + 2 * tall + 4))
        cx = (fig.x0 + fig.x1) / 2
        label = next(
            (
                ln
                for ln in lines
                if 0 <= ln.y0 - fig.y1 <= 2 * tall
                and ln.x0 <= cx <= ln.x1
                and not _FIGURE.match(ln.text)
            ),
            None,
        )
        if label is None:
            continue
        rise, shift = label.y0 - fig.y0, cx - (label.x0 + label.x1) / 2
        for other in lines:
            if other is label or abs(other.y0 - label.y0) > 3 or not _apart(other, label):
                continue
            ox = (other.x0 + other.x1) / 2 + shift
            half = 1.5 * (fig.x1 - fig.x0) + fig.h
            box = (
                round(max(0, ox - half)),
                max(0, other.y0 - rise - 4),
                round(min(rgb.width, ox + half)),
                max(0, other.y0 - rise + tall + 4),
            )
            if any(
                box[0] <= (o.x0 + o.x1) / 2 <= box[2] and box[1] <= o.y1 and o.y0 <= box[3]
                for o in out
            ):
                continue  # its figure was read
            text, conf = default_engine().read_line(rgb.crop(box))
            if conf >= 60 and _FIGURE.match(text.strip()):  # (a lone digit reads at 75-85)
                x0, y0 = round(ox - (fig.x1 - fig.x0) / 2), fig.y0 + other.y0 - label.y0
                out.append(Word(text.strip(), x0, y0, x0 + fig.x1 - fig.x0, y0 + tall, conf))
    out.sort(key=lambda o: (o.y0, o.x0))
    return out


def _rows(words: list[Word], top: int, bottom: int) -> list[Word]:
    """The words that reach into rows top..bottom."""
    return [w for w in words if w.y0 <= bottom and w.y1 >= top]


def _apart(a: Line, b: Line) -> bool:
    return a.x1 < b.x0 or b.x1 < a.x0


def button_boxes(
    found_boxes: list[tuple[int, int, int, int, str]], words: list[Word]
) -> list[tuple[int, int, int, int]]:
    """The filled and outlined boxes that hold words: the page's buttons."""

    def inside(w: Word, box: tuple[int, int, int, int, str]) -> bool:
        return box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.y0 + w.y1) / 2 <= box[3]

    return [b[:4] for b in found_boxes if b[4] != "badge" and any(inside(w, b) for w in words)]
