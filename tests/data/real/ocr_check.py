#!/usr/bin/env python3
"""Check that each page's PNG shows its DOM text where the DOM extract says (a build check).

Usage:
    python3 ocr_check.py [page_NNN ...]     (default: every page in pages.json)

For every DOM block with a word, the box (plus a small margin) is cut out of the PNG and read
with Tesseract (pytesseract; needs the `tesseract` binary, which the tests do not).  A block
is listed when fewer than half of its words are read there: a render and a DOM extract that
disagree (a layout that moved during the capture), text hidden under another element, or
text Tesseract cannot read (light-on-light, tiny, icon fonts), to be looked at by eye.
Blocks the truth ignores are marked.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytesseract
from PIL import Image, ImageOps

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import truth_spec  # noqa: E402

MARGIN = 6


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 1 or w.isdigit()]


def read(img: Image.Image) -> set[str]:
    grey = ImageOps.grayscale(img)
    if grey.height < 40:  # small text reads better enlarged
        grey = grey.resize((grey.width * 2, grey.height * 2))
    seen: set[str] = set()
    for candidate in (grey, ImageOps.invert(grey)):  # dark-on-light and light-on-dark
        seen |= set(words(pytesseract.image_to_string(candidate, config="--psm 6")))
    return seen


def check(pid: str) -> list[str]:
    dom = json.loads(Path(HERE, f"{pid}.dom.json").read_text(encoding="utf-8"))
    png = Image.open(Path(HERE, f"{pid}.png")).convert("RGB")
    ignored = truth_spec.SPEC.get(pid, {}).get("ignore", {})
    out = []
    for b in dom["blocks"]:
        want = words(b["text"])
        if not want:
            continue
        x0, y0, x1, y1 = b["box"]
        crop = png.crop(
            (
                max(0, x0 - MARGIN),
                max(0, y0 - MARGIN),
                min(png.width, x1 + MARGIN),
                min(png.height, y1 + MARGIN),
            )
        )
        seen = read(crop)
        share = sum(w in seen for w in want) / len(want)
        if share < 0.5:
            mark = " (ignored in the truth)" if b["i"] in ignored else ""
            out.append(f"  block {b['i']:3d} y{y0}-{y1} read {share:.0%}{mark}: {b['text'][:70]!r}")
    return out


def main(argv: list[str]) -> int:
    pages = json.loads(Path(HERE, "pages.json").read_text())
    for pid in argv or list(pages):
        misses = check(pid)
        print(f"{pid}: {len(misses)} blocks read below 50%")
        for line in misses:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
