"""Tesseract OCR of a page screenshot, in horizontal strips run in parallel.

Tesseract is a subprocess, so a small thread pool parallelises it. Each strip is cut at a
blank row (so no text line is split), upscaled 2x (small labels and light-on-dark text
read much better) and OCRed in grayscale; word boxes come back in page coordinates.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image, ImageOps

TESSERACT = os.environ.get("TESSERACT_CMD", "tesseract")
_SCALE = float(os.environ.get("PW_OCR_SCALE", "2"))
_STRIP = 900  # target strip height (page px): small enough to spread over the workers
_WORKERS = 2


@dataclass
class Word:
    text: str
    x0: int
    y0: int
    x1: int
    y1: int
    conf: float

    @property
    def h(self) -> int:
        return self.y1 - self.y0


def row_profiles(gray: Image.Image) -> list[int]:
    """Per-row contrast (max - min of a horizontally box-averaged row): ~0 means blank."""
    w, h = gray.size
    small = gray.resize((max(8, w // 8), h), Image.Resampling.BOX)
    sw = small.width
    data = small.tobytes()
    return [max(data[r * sw : (r + 1) * sw]) - min(data[r * sw : (r + 1) * sw]) for r in range(h)]


def _cut_points(profile: list[int], top: int, bottom: int) -> list[int]:
    """Strip boundaries in [top, bottom] at blank rows, roughly every _STRIP rows."""
    cuts = [top]
    y = top + _STRIP
    while y < bottom - _STRIP // 3:
        best = None
        # the closest blank row to y within half a strip
        for d in range(0, _STRIP // 2):
            for cand in (y + d, y - d):
                if cuts[-1] + 100 < cand < bottom - 50 and profile[cand] <= 3:
                    best = cand
                    break
            if best is not None:
                break
        if best is None:
            break
        cuts.append(best)
        y = best + _STRIP
    cuts.append(bottom)
    return cuts


def strips(
    profile: list[int], height: int, breaks: list[int] | None = None
) -> list[tuple[int, int]]:
    """Strips cut at background changes (one background per strip) and blank rows."""
    edges = sorted({0, height, *[b for b in breaks or [] if 0 < b < height]})
    spans: list[tuple[int, int]] = []
    for top, bottom in itertools.pairwise(edges):
        cuts = _cut_points(profile, top, bottom)
        spans.extend(itertools.pairwise(cuts))
    return spans


def _run_tesseract(img: Image.Image, psm: str = "3") -> str:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    proc = subprocess.run(
        [TESSERACT, "stdin", "stdout", "--psm", psm, "-l", "eng", "tsv"],
        input=buf.getvalue(),
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    return proc.stdout.decode("utf-8", errors="replace")


def _parse_tsv(tsv: str, dy: int, scale: float, dx: int = 0) -> list[Word]:
    words: list[Word] = []
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        x, y = int(row["left"]), int(row["top"])
        w, h = int(row["width"]), int(row["height"])
        words.append(
            Word(
                text,
                round(x / scale) + dx,
                round(y / scale) + dy,
                round((x + w) / scale) + dx,
                round((y + h) / scale) + dy,
                conf,
            )
        )
    return words


def ocr_region(gray: Image.Image, box: tuple[int, int, int, int]) -> list[Word]:
    """OCR one region (a strip or a coloured panel) with its own polarity, at 2x."""
    crop = gray.crop(box)
    hist = crop.histogram()
    if max(range(256), key=lambda v: hist[v]) < 110:
        # light text on a dark background: Tesseract reads dark-on-light far better
        crop = ImageOps.invert(crop)
    size = (round(crop.width * _SCALE), round(crop.height * _SCALE))
    crop = crop.resize(size, Image.Resampling.BICUBIC)
    return _parse_tsv(_run_tesseract(crop), box[1], crop.width / (box[2] - box[0]), box[0])


def _plausible(word: Word) -> bool:
    """Drop OCR noise: symbol-only or very unsure short tokens (image edges, icons)."""
    if not any(ch.isalnum() for ch in word.text):
        return word.conf >= 60 and word.text in {"©", "—", "&", "-", "/", "+"}
    if word.conf < 30 and len(word.text) <= 2:
        return False
    if len(word.text) == 1 and word.text.isalpha() and word.text not in "aAI" and word.conf < 85:
        return False  # stray letters from logos, icons and image edges
    return word.conf >= 15


def ocr_page(
    gray: Image.Image,
    profile: list[int] | None = None,
    breaks: list[int] | None = None,
    regions: list[tuple[int, int, int, int]] | None = None,
) -> list[Word]:
    """OCR a grayscale page; words sorted top to bottom, left to right.

    `breaks` are rows where the background changes; strips never straddle them.
    `regions` (coloured panels, already blanked out of `gray`'s strips by the caller) are
    OCRed on their own, each with its own polarity.
    """
    profile = profile if profile is not None else row_profiles(gray)
    spans = [s for s in strips(profile, gray.height, breaks) if s[1] - s[0] >= 8]
    blanked = gray
    if regions:
        blanked = gray.copy()
        for x0, y0, x1, y1 in regions:
            outside = gray.getpixel((max(0, x0 - 4), (y0 + y1) // 2))
            blanked.paste(
                int(outside) if isinstance(outside, int | float) else 255, (x0, y0, x1, y1)
            )
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        strip_results = pool.map(lambda s: ocr_region(blanked, (0, s[0], gray.width, s[1])), spans)
        region_results = pool.map(lambda box: ocr_region(gray, box), regions or [])
        results = list(strip_results) + list(region_results)
    words = [w for chunk in results for w in chunk if _plausible(w)]
    words.sort(key=lambda w: (w.y0, w.x0))
    return words
