"""Analyses with boxes for preview tests: a real page's hand-made truth plus the boxes of its
DOM text blocks (../shared/eval/real/page_1NN.dom.json), and a synthetic page drawn here with
known boxes."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import uuid
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.words import count_words, word_range
from app.integrations.storage import get_storage
from app.models import Screenshot, User
from app.services.preview.fonts import font
from tests.support.eval_data import EVAL_DIR, SCREENS

REAL = EVAL_DIR / "real"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _norm(text: str) -> str:
    return " ".join(text.split())


class _Blocks:
    """DOM text blocks by text, handed out in page order (repeated texts get the next one)."""

    def __init__(self, dom: dict[str, Any]) -> None:
        self.blocks = [b for b in dom["blocks"] if b.get("kind", "text") == "text"]
        self.by_text: dict[str, deque[dict[str, Any]]] = defaultdict(deque)
        for block in self.blocks:
            self.by_text[_norm(block["text"])].append(block)
        self.by_index = {b["i"]: b for b in self.blocks}

    def box(self, text: str) -> list[int] | None:
        """[x, y, w, h] of the block showing `text` (or two adjacent blocks joined)."""
        key = _norm(text)
        queue = self.by_text.get(key)
        if queue:
            x0, y0, x1, y1 = queue.popleft()["box"]
            return [x0, y0, x1 - x0, y1 - y0]
        for block in self.blocks:
            nxt = self.by_index.get(block["i"] + 1)
            if nxt and _norm(block["text"] + " " + nxt["text"]) == key:
                x0 = min(block["box"][0], nxt["box"][0])
                y0 = min(block["box"][1], nxt["box"][1])
                x1 = max(block["box"][2], nxt["box"][2])
                y1 = max(block["box"][3], nxt["box"][3])
                return [x0, y0, x1 - x0, y1 - y0]
        return None  # text inside an image, or part of a block: no box


def boxed_analysis(truth: dict[str, Any], dom: dict[str, Any]) -> dict[str, Any]:
    """`truth` with a box on every element that `dom` shows as a text block (or two)."""
    blocks = _Blocks(dom)
    analysis = copy.deepcopy(truth)
    for section in analysis["sections"]:
        for comp in section["components"]:
            if "items" not in comp:
                box = blocks.box(comp["current_content"])
                if box:
                    comp["box"] = box
                continue
            item_boxes: list[dict[str, Any]] = []
            for item in comp["items"]:
                entry: dict[str, Any] = {}
                for field, value in item.items():
                    if isinstance(value, list):
                        found = [blocks.box(v) for v in value]
                        if all(found):
                            entry[field] = found
                    else:
                        box = blocks.box(value)
                        if box:
                            entry[field] = box
                item_boxes.append(entry)
            comp["item_boxes"] = item_boxes
    return analysis


def real_analysis(page: int) -> dict[str, Any]:
    """The truth of real page `page` with the boxes of its DOM text blocks."""
    truth = json.loads((REAL / f"page_{page}.truth.json").read_text())
    return boxed_analysis(truth, json.loads((REAL / f"page_{page}.dom.json").read_text()))


def demo_analysis() -> dict[str, Any]:
    """The demo page (examples/landing.png, the eval set's page_01) with DOM boxes
    (examples/landing.dom.json, from rendering page_01.html as the real pages are)."""
    truth = json.loads((SCREENS / "page_01.truth.json").read_text())
    return boxed_analysis(truth, json.loads((EXAMPLES / "landing.dom.json").read_text()))


def demo_png() -> bytes:
    return (EXAMPLES / "landing.png").read_bytes()


def real_png(page: int) -> bytes:
    return (REAL / f"page_{page}.png").read_bytes()


# --- a synthetic page: flat bands, a gradient band, known boxes -------------------------

_SYNTH: list[tuple[str, list[tuple[str, str, int, int, str]]]] = [
    # (section type, [(element, text, weight, size, align)])
    ("navigation", [("logo", "Northwind Studio", 700, 22, "left")]),
    (
        "hero",
        [
            ("subtitle", "DESIGN PARTNERS FOR GROWING TEAMS", 600, 15, "center"),
            ("main_title", "Websites that turn visitors into loyal customers", 800, 46, "center"),
            (
                "description",
                "We plan, write and build fast marketing sites for small companies that "
                "want more leads without hiring a full agency.",
                400,
                20,
                "center",
            ),
            ("cta_button", "Book a free call", 600, 18, "center"),
        ],
    ),
    (
        "features",
        [
            ("section_heading", "Everything your launch needs", 700, 32, "left"),
            (
                "section_description",
                "Strategy, copy, design and development handled by one small senior team.",
                400,
                18,
                "left",
            ),
        ],
    ),
    ("footer", [("copyright", "Copyright 2026 Northwind Studio Limited", 400, 14, "left")]),
]
SYNTH_WIDTH = 1200


def _wrap(text: str, face: Any, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and face.getlength(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def synthetic_page() -> tuple[bytes, dict[str, Any]]:
    """A PNG of four bands (white nav, dark-blue gradient hero with a button, light-grey
    features, dark footer) and its analysis with exact boxes."""
    bands = [(80, (255, 255, 255)), (520, None), (300, (243, 244, 246)), (90, (17, 24, 39))]
    height = sum(h for h, _ in bands)
    img = Image.new("RGB", (SYNTH_WIDTH, height), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    top = 0
    for band_height, fill in bands:
        if fill is None:  # vertical gradient
            for y in range(band_height):
                t = y / band_height
                draw.line(
                    [(0, top + y), (SYNTH_WIDTH, top + y)],
                    fill=(int(30 + 40 * t), int(41 + 30 * t), int(99 + 80 * t)),
                )
        else:
            draw.rectangle([0, top, SYNTH_WIDTH, top + band_height], fill=fill)
        top += band_height
    colours = {"navigation": (17, 24, 39), "hero": (255, 255, 255), "features": (31, 41, 55)}
    sections: list[dict[str, Any]] = []
    tops = [0, 80, 600, 900]
    for position, ((stype, comps), band_top) in enumerate(zip(_SYNTH, tops, strict=True), 1):
        y = band_top + 26
        components = []
        for element, text, weight, size, align in comps:
            face = font(weight, size)
            max_w = 760 if align == "center" else 640
            lines = _wrap(text, face, max_w)
            pitch = int(size * 1.3)
            widths = [int(face.getlength(line)) for line in lines]
            block_w = max(widths)
            x0 = (SYNTH_WIDTH - block_w) // 2 if align == "center" else 80
            if element == "cta_button":
                pad = 18
                draw.rounded_rectangle(
                    [x0 - 2 * pad, y - pad, x0 + block_w + 2 * pad, y + pitch + pad],
                    radius=8,
                    fill=(250, 204, 21),
                )
            colour = (
                (17, 24, 39) if element == "cta_button" else colours.get(stype, (229, 231, 235))
            )
            for index, (line, w) in enumerate(zip(lines, widths, strict=True)):
                lx = x0 + (block_w - w) // 2 if align == "center" else x0
                draw.text((lx, y + index * pitch), line, font=face, fill=colour)
            box = [x0, y, block_w, pitch * len(lines)]
            n = count_words(text)
            components.append(
                {
                    "element": element,
                    "current_content": text,
                    "word_count": n,
                    "word_range": word_range(n),
                    "box": box,
                }
            )
            y += pitch * len(lines) + (44 if element != "subtitle" else 18)
        sections.append({"type": stype, "position": position, "components": components})
    total = sum(len(s["components"]) for s in sections)
    out = io.BytesIO()
    img.save(out, "PNG")
    analysis = {"sections": sections, "layout_type": "modern_saas", "total_text_elements": total}
    return out.getvalue(), analysis


async def stored_screenshot(
    session: AsyncSession, user: User, png: bytes, analysis: dict[str, Any] | None
) -> Screenshot:
    """A screenshot row whose image is really in storage, with `analysis` completed (or
    pending when None)."""
    digest = hashlib.sha256(png).hexdigest()
    key = f"{user.id}/{digest}.png"
    row_hash = hashlib.sha256(png + uuid.uuid4().bytes).hexdigest()  # rows may share an image
    await get_storage().put(key, png)
    with Image.open(io.BytesIO(png)) as img:
        width, height = img.size
    shot = Screenshot(
        id=uuid.uuid4(),
        user_id=user.id,
        content_hash=row_hash,
        storage_key=key,
        image_format="png",
        width=width,
        height=height,
        size_bytes=len(png),
        analysis_status="completed" if analysis else "pending",
        analysis=analysis,
    )
    session.add(shot)
    await session.commit()
    return shot
