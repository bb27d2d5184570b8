"""Round trip: the project's OCR engine reads the preview of a demo generation. Inside each
element's box it must find at least 90% of the generated words, and none of the original
words that the copy replaced: the demo page (a synthetic page of the eval set rendered from
HTML, examples/landing.png) and a real page (101)."""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

import pytest
from PIL import Image

from app.services.analysis.offline.ocr import Word, ocr_page
from app.services.generation.offline import write_offline
from app.services.generation.prompt import build_elements
from app.services.preview import layout
from app.services.preview.paint import Job, paint
from tests.support.generations import business_context
from tests.support.preview_pages import demo_analysis, demo_png, real_analysis, real_png

PAD = 6  # px around a box within which a word's centre counts as inside it


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t]


def _inside(word: Word, rect: tuple[int, int, int, int]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2
    x0, y0, x1, y1 = rect
    return x0 - PAD <= cx <= x1 + PAD and y0 - PAD <= cy <= y1 + PAD


def _round_trip(png: bytes, analysis: dict[str, Any]) -> tuple[int, int, list[str], int]:
    """(generated words read back, generated words, replaced words still read, boxes)."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    items = [i for i in layout.elements(analysis, width=img.width, height=img.height) if i.rect]
    texts = write_offline(business_context(), build_elements(analysis))
    jobs = [Job(i.rect, texts[i.id], i.original, "button" in i.label) for i in items]  # type: ignore[arg-type]
    words = ocr_page(paint(img, jobs))  # the whole preview, as the analyser reads a page
    found = total = 0
    leftovers: list[str] = []
    for job in jobs:
        read = Counter(_tokens(" ".join(w.text for w in words if _inside(w, job.rect))))
        wanted = Counter(_tokens(job.text))
        total += sum(wanted.values())
        found += sum(min(n, read[w]) for w, n in wanted.items())
        replaced = {w for w in _tokens(job.original) if len(w) >= 4} - set(wanted)
        leftovers += [f"{job.original!r}: {w}" for w in replaced if read[w]]
    return found, total, leftovers, len(jobs)


@pytest.mark.parametrize("page", ["demo", 101])
def test_ocr_reads_the_new_copy_and_none_of_the_old(page: str | int) -> None:
    if page == "demo":
        png, analysis = demo_png(), demo_analysis()
    else:
        png, analysis = real_png(int(page)), real_analysis(int(page))
    found, total, leftovers, boxes = _round_trip(png, analysis)
    assert boxes >= 8
    assert found >= 0.9 * total, f"read back {found} of {total} generated words"
    assert leftovers == []
