"""The preview painter: each element's original text replaced by its new copy, in place.

For every box, on the original pixels:
  background: the most common exact colour of a thin ring around the box; when the ring is
              that colour all round (one side may differ) the area is flat and filled with
              it, otherwise (gradient or photo) the old text's pixels are inpainted with
              OpenCV (`fill_inpainted`) and the ring's mean serves for measuring;
  text colour: the mean of the pixels farthest from the background;
  lines:      the rows holding ink, split where blank rows (or, for tight lines, the
              sparsest rows) separate them;
  alignment:  which edge (left, centre, right) the original lines share;
  weight:     stroke width relative to the font size, matched against the bundled font's
              weights measured the same way;
  size:       the original line height, then shrunk until the new copy, wrapped to the box
              width, fits the box.
Every box is measured before any is cleared, so neighbours never see each other's paint.
Pillow and OpenCV work on an in-memory image; callers run it off the event loop.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import cv2  # imported with the module: the first preview request should not pay for it
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps, ImageStat

from app.services.preview.fonts import WEIGHTS, font
from app.services.preview.layout import Rect

RGB = tuple[int, int, int]
RING = 4  # px of background sampled around each box
CLEAR_PAD = 2  # px cleared beyond the box: anti-aliased edges of the old text
FLAT_SHARE = 0.9  # ring share of the background colour above which the area counts as flat
FLAT_NEAR = 2  # largest channel difference that still counts as "the same colour"
MIN_SIZE = 7
SHRINK = 0.93
INPAINT_CONTEXT = 12  # px around a box that the inpainting reads
INPAINT_GROW = 5  # px (odd): the text mask grown over anti-aliased edges
INPAINT_RADIUS = 3
ONE_LINE_FLOOR = 0.8  # a one-line element shrinks at most to this share of its size...
OVERFLOW = 1.6  # ...unless it would still be wider than this many times its box
MAX_SIZE = 300  # px: no text is drawn larger
CALIBRATION_TEXT = "Hamburgefonstiv quick brown"
CORE_SHARE = 0.15  # rows under this share of a band's densest row lie between lines


@dataclass(frozen=True)
class Job:
    rect: Rect
    text: str  # the new copy
    original: str  # the text being replaced (case and length hints)
    button: bool = False  # a button's label: centred in its box whatever the lines say


@dataclass(frozen=True)
class Measure:
    rect: Rect
    background: RGB
    flat: bool
    colour: RGB
    lines: list[tuple[int, int, int, int]]  # ink extents per line, relative to the box
    align: str  # left | center | right
    weight: int
    size: int
    pitch: float  # line pitch relative to size
    mask: Image.Image  # the old text's pixels over the box (255 = ink)


# --- measuring --------------------------------------------------------------------------


def _dominant(*images: Image.Image, bits: int = 5) -> RGB:
    """The most common colour over the images (posterized to `bits` per channel; 8 = exact)."""
    counts: dict[RGB, int] = {}
    for img in images:
        small = img if bits >= 8 else ImageOps.posterize(img, bits)
        for count, colour in small.getcolors(max(1, img.width * img.height)) or []:
            key = cast(RGB, tuple(colour))  # type: ignore[arg-type]
            counts[key] = counts.get(key, 0) + count
    if not counts:
        return (255, 255, 255)
    return max(counts.items(), key=lambda kv: kv[1])[0]


def _distance(img: Image.Image, colour: RGB) -> Image.Image:
    """Per pixel, the largest channel difference from `colour` (an "L" image)."""
    diff = ImageChops.difference(img, Image.new("RGB", img.size, colour))
    r, g, b = diff.split()
    return ImageChops.lighter(ImageChops.lighter(r, g), b)


def _share_near(img: Image.Image, colour: RGB) -> float:
    dist = _distance(img, colour)
    hist = dist.histogram()
    near = sum(hist[: FLAT_NEAR + 1])
    return near / max(1, img.width * img.height)


def _mean(img: Image.Image, mask: Image.Image | None = None) -> RGB:
    stat = ImageStat.Stat(img, mask)
    if not stat.count or not stat.count[0]:
        return (0, 0, 0)
    r, g, b = stat.mean[:3]
    return int(r), int(g), int(b)


def _ring(img: Image.Image, rect: Rect) -> list[Image.Image]:
    x0, y0, x1, y1 = rect
    width, height = img.size
    parts = []
    for box in (
        (x0, max(0, y0 - RING), x1, y0),
        (x0, y1, x1, min(height, y1 + RING)),
        (max(0, x0 - RING), y0, x0, y1),
        (x1, y0, min(width, x1 + RING), y1),
    ):
        if box[2] > box[0] and box[3] > box[1]:
            parts.append(img.crop(box))
    return parts


def _flat(ring: list[Image.Image]) -> tuple[bool, RGB | None]:
    """Whether a ring is (nearly) one exact colour, and that colour. One side of four may
    differ (an icon or a neighbour's edge beside the text); a gradient or a photo makes
    two or more sides differ."""
    ring = [part for part in ring if part.width and part.height]
    if not ring:
        return False, None
    colour = _dominant(*ring, bits=8)
    sides = sum(_share_near(part, colour) >= FLAT_SHARE for part in ring)
    return sides >= (len(ring) - 1 if len(ring) == 4 else len(ring)), colour


def _runs(values: list[int], threshold: int, min_gap: int) -> list[tuple[int, int]]:
    """Runs of indexes whose value exceeds threshold; gaps shorter than min_gap are bridged."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, v in enumerate(values):
        if v > threshold and start is None:
            start = i
        elif v <= threshold and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(values)))
    merged: list[tuple[int, int]] = []
    for run in runs:
        if merged and run[0] - merged[-1][1] < min_gap:
            merged[-1] = (merged[-1][0], run[1])
        else:
            merged.append(run)
    return merged


def _line_bands(rows: list[int], min_gap: int) -> list[tuple[int, int]]:
    """Text lines from the ink per row. Lines set tight touch (one line's descenders reach
    the next one's ascenders): inside a band, dense cores (the x-height zones) separated by
    sparse rows are lines of their own, cut at the sparsest row between them."""
    out: list[tuple[int, int]] = []
    for top, bottom in _runs(rows, 0, min_gap):
        band = rows[top:bottom]
        cores = _runs(band, int(max(band) * CORE_SHARE), 1)
        tallest = max((b - a for a, b in cores), default=0)
        cores = [c for c in cores if c[1] - c[0] >= 0.4 * tallest]
        cuts = [top]
        for (_, end), (start, _) in itertools.pairwise(cores):
            between = range(top + end, top + start)
            cuts.append(min(between, key=rows.__getitem__) if between else top + end)
        cuts.append(bottom)
        out += [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    return out


def _stroke_ratio(mask: Image.Image) -> float:
    """Mean stroke width of the ink in a binary mask: twice the area over the outline."""
    area = mask.histogram()[255]
    edges = mask.filter(ImageFilter.FIND_EDGES).histogram()
    outline = sum(edges[128:])
    return 2.0 * area / outline if outline else 0.0


@lru_cache(maxsize=256)
def _weight_strokes(size: int) -> dict[int, float]:
    """Stroke width of each bundled weight at `size`, measured as the originals are."""
    out = {}
    for weight in WEIGHTS:
        face = font(weight, size)
        left, top, right, bottom = (int(v) for v in face.getbbox(CALIBRATION_TEXT))
        img = Image.new("L", (right - left + 4, bottom - top + 4), 0)
        ImageDraw.Draw(img).text((2 - left, 2 - top), CALIBRATION_TEXT, font=face, fill=255)
        out[weight] = _stroke_ratio(img.point(lambda v: 255 if v >= 128 else 0))
    return out


@lru_cache(maxsize=1024)
def _ink_height_ratio(text: str) -> float:
    """Ink height of one line of `text` in the bundled font, per pixel of font size."""
    sample = text.strip() or CALIBRATION_TEXT
    face = font(400, 100)
    _, top, _, bottom = face.getbbox(sample[:80], anchor="ls")
    return max(0.5, (bottom - top) / 100.0)


def _align(lines: list[tuple[int, int, int, int]], rect: Rect, page_width: int) -> str:
    if len(lines) >= 2:
        lefts = [ln[0] for ln in lines]
        rights = [ln[2] for ln in lines]
        centres = [(ln[0] + ln[2]) / 2 for ln in lines]
        spread = {
            "left": max(lefts) - min(lefts),
            "center": max(centres) - min(centres),
            "right": max(rights) - min(rights),
        }
        best = min(spread.values())
        for name in ("left", "center", "right"):  # ties go to the most common alignment
            if spread[name] <= best + 2:
                return name
    x0, _, x1, _ = rect
    if lines:
        left_gap, right_gap = lines[0][0], (x1 - x0) - lines[0][2]
        if abs(left_gap - right_gap) > 6:
            return "left" if left_gap < right_gap else "right"
    # One tight line: centred when the box sits on the page's centre line.
    return "center" if abs((x0 + x1) / 2 - page_width / 2) < page_width * 0.03 else "left"


def measure(img: Image.Image, job: Job) -> Measure:
    rect = job.rect
    crop = img.crop(rect)
    ring = _ring(img, rect)
    # Flat: one exact colour all around the box (a gradient or a photo fails on some side).
    # A box that reaches the edge of its button or card has another colour outside: then
    # the colour just inside the box's edges decides.
    flat, around = _flat(ring)
    if not flat:
        flat, around = _flat(_ring(crop, (RING, RING, crop.width - RING, crop.height - RING)))
    if around is not None and flat:
        background = around
    elif ring:
        # Gradient or photo: the ring's mean colour. (Inside the box the text itself may be
        # the most common colour.)
        sums = [0.0, 0.0, 0.0]
        count = 0
        for part in ring:
            n = part.width * part.height
            for c, v in enumerate(_mean(part)):
                sums[c] += v * n
            count += n
        background = cast(RGB, tuple(int(v / count) for v in sums))
    else:
        background = _dominant(crop)

    dist = _distance(crop, background)
    peak = int(cast(tuple[int, int], dist.getextrema())[1])
    if peak < 24:  # nothing readable in the box
        mask = ink = Image.new("L", crop.size, 0)
        colour = (0, 0, 0) if sum(background) > 382 else (255, 255, 255)
    else:
        mask = dist.point(lambda v: 255 if v >= peak * 0.5 else 0)
        # What inpainting rebuilds: every pixel the old text tinted, faint edges included.
        ink = dist.point(lambda v: 255 if v >= peak * 0.25 else 0)
        core = dist.point(lambda v: 255 if v >= peak * 0.8 else 0)
        colour = _mean(crop, core)

    w, h = crop.size
    rows = list(mask.resize((1, h), Image.Resampling.BOX).tobytes())
    lines: list[tuple[int, int, int, int]] = []
    for top, bottom in _line_bands(rows, max(2, h // 40)):
        if bottom - top < 3:
            continue
        band = mask.crop((0, top, w, bottom))
        cols = list(band.resize((w, 1), Image.Resampling.BOX).tobytes())
        inked = [i for i, v in enumerate(cols) if v > 0]
        if inked:
            lines.append((inked[0], top, inked[-1] + 1, bottom))
    if not lines:
        lines = [(0, 0, w, h)]

    heights = sorted(ln[3] - ln[1] for ln in lines)
    ink_h = heights[len(heights) // 2]
    size = max(MIN_SIZE, round(ink_h / _ink_height_ratio(job.original)))
    step = 0.0
    if len(lines) >= 2:
        tops = [ln[1] for ln in lines]
        steps = [b - a for a, b in itertools.pairwise(tops)]
        step = sorted(steps)[len(steps) // 2]
    size = min(size, max(MIN_SIZE, h), MAX_SIZE)
    pitch = step / size if step else 1.3
    stroke = _stroke_ratio(mask) if peak >= 24 else 0.0
    strokes = _weight_strokes(size)
    weight = min(strokes, key=lambda wt: abs(strokes[wt] - stroke))
    return Measure(
        rect=rect,
        background=background,
        flat=flat,
        colour=colour,
        lines=lines,
        align="center" if job.button else _align(lines, rect, img.width),
        weight=weight,
        size=size,
        pitch=min(2.2, max(1.0, pitch)),
        mask=ink,
    )


# --- clearing ---------------------------------------------------------------------------


# A box to fill, and its text mask (255 = the old text's pixels) over the same area.
Filler = Callable[[Image.Image, list[tuple[Rect, Image.Image]]], None]


def fill_inpainted(img: Image.Image, areas: list[tuple[Rect, Image.Image]]) -> None:
    """Gradients and photos: the old text's pixels (grown over their anti-aliased edges)
    rebuilt from their surroundings by OpenCV's inpainting (Telea); the rest of the
    background is kept as it is."""
    width, height = img.size
    for rect, mask in areas:
        x0, y0, x1, y1 = rect
        # Some context around the box for the inpainting to draw from.
        cx0, cy0 = max(0, x0 - INPAINT_CONTEXT), max(0, y0 - INPAINT_CONTEXT)
        cx1, cy1 = min(width, x1 + INPAINT_CONTEXT), min(height, y1 + INPAINT_CONTEXT)
        full = Image.new("L", (cx1 - cx0, cy1 - cy0), 0)
        full.paste(mask.filter(ImageFilter.MaxFilter(INPAINT_GROW)), (x0 - cx0, y0 - cy0))
        region = np.asarray(img.crop((cx0, cy0, cx1, cy1)))
        filled = cv2.inpaint(region, np.asarray(full), INPAINT_RADIUS, cv2.INPAINT_TELEA)
        img.paste(Image.fromarray(filled), (cx0, cy0))


def _grow(rect: Rect, pad: int, width: int, height: int) -> Rect:
    x0, y0, x1, y1 = rect
    return max(0, x0 - pad), max(0, y0 - pad), min(width, x1 + pad), min(height, y1 + pad)


# --- drawing ----------------------------------------------------------------------------


def _case(text: str, original: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return text.upper()
    return text


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Greedy word wrap. Each word is measured once (kerning across a space is ignored), so
    a long text costs one pass, not one measure per word per line."""
    space = face.getlength(" ")
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in text.split():
        w = face.getlength(word)
        if line and used + space + w > width:
            lines.append(" ".join(line))
            line, used = [word], w
        else:
            used += (space if line else 0.0) + w
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def _fit(m: Measure, text: str) -> tuple[int, list[str], float]:
    """The largest size (not above the original's) at which the wrapped text fits the box.

    A one-line original (a link, a button, a label) stays on one line and shrinks at most
    to ONE_LINE_FLOOR of its size: past that it runs wider than its box (up to OVERFLOW
    times) rather than becoming unreadable. Paragraphs shrink as far as MIN_SIZE to stay
    inside their box.
    """
    x0, y0, x1, y1 = m.rect
    box_w, box_h = (x1 - x0) * 1.02, (y1 - y0) * 1.08
    one_line = len(m.lines) == 1 and box_h < 2 * m.size * m.pitch
    floor = max(MIN_SIZE, int(m.size * ONE_LINE_FLOOR)) if one_line else MIN_SIZE
    size = m.size
    while True:
        face = font(m.weight, size)
        lines = [text] if one_line else wrap(text, face, box_w)
        pitch = size * m.pitch
        _, top, _, bottom = face.getbbox("Hg", anchor="ls")
        height = (len(lines) - 1) * pitch + (bottom - top)
        widest = max((face.getlength(line) for line in lines), default=0.0)
        fits = height <= box_h and widest <= box_w
        # Below the floor only when far too wide (a huge word): never draw past OVERFLOW.
        if fits or size <= MIN_SIZE or (size <= floor and widest <= box_w * OVERFLOW):
            return size, lines, pitch
        size = max(MIN_SIZE, int(size * SHRINK))


def draw_text(draw: ImageDraw.ImageDraw, m: Measure, text: str, original: str) -> None:
    text = _case(" ".join(text.split()), original)
    if not text:
        return
    size, lines, pitch = _fit(m, text)
    face = font(m.weight, size)
    x0, y0, x1, y1 = m.rect
    _, cap_top, _, desc = face.getbbox("Hg", anchor="ls")
    block = (len(lines) - 1) * pitch + (desc - cap_top)
    top: float
    if len(m.lines) >= 2:
        top = y0 + m.lines[0][1]
        top = min(top, y1 - block) if block <= (y1 - y0) else y0
    else:
        top = y0 + ((y1 - y0) - block) / 2
    baseline = top - cap_top
    for line in lines:
        w = face.getlength(line)
        if m.align == "center":
            x = x0 + ((x1 - x0) - w) / 2
        elif m.align == "right":
            x = x1 - w
        else:
            x = x0 + (m.lines[0][0] if m.lines else 0)
            x = min(x, x1 - w) if w <= (x1 - x0) else x0
        draw.text((x, baseline), line, font=face, fill=m.colour, anchor="ls")
        baseline += pitch


def paint(img: Image.Image, jobs: list[Job], *, filler: Filler = fill_inpainted) -> Image.Image:
    """The image with every job's box cleared and its new text drawn (a new image)."""
    out = img.convert("RGB")
    if out is img:
        out = img.copy()
    width, height = out.size
    measures = [measure(out, job) for job in jobs]
    draw = ImageDraw.Draw(out)
    rough: list[tuple[Rect, Image.Image]] = []
    for m in measures:
        cleared = _grow(m.rect, CLEAR_PAD, width, height)
        if m.flat:
            draw.rectangle(
                (cleared[0], cleared[1], cleared[2] - 1, cleared[3] - 1), fill=m.background
            )
        else:
            mask = Image.new("L", (cleared[2] - cleared[0], cleared[3] - cleared[1]), 0)
            mask.paste(m.mask, (m.rect[0] - cleared[0], m.rect[1] - cleared[1]))
            rough.append((cleared, mask))
    if rough:
        filler(out, rough)
    for m, job in zip(measures, jobs, strict=True):
        draw_text(draw, m, job.text, job.original)
    return out
