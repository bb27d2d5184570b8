"""The real landing pages (shared development set and this repository's own), analysed once
per test run and shared by the tests that measure boxes and confidence on them."""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from PIL import Image

from app.services.analysis.offline import analyze_image
from tests.support.eval_data import EVAL_DIR

ROOT = Path(__file__).resolve().parents[3]
REAL_SETS = [EVAL_DIR / "real", ROOT / "tests" / "data" / "real"]


def real_pages() -> list[Path]:
    pngs = [p for d in REAL_SETS if d.is_dir() for p in sorted(d.glob("page_*.png"))]
    return [p for p in pngs if p.with_name(f"{p.stem}.truth.json").is_file()]


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pw_eval_score", EVAL_DIR / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def analysed(png: Path) -> dict[str, Any]:
    with Image.open(png) as img:
        return analyze_image(img).model_dump(mode="json")


def score(png: Path) -> float:
    truth = json.loads(png.with_name(f"{png.stem}.truth.json").read_text())
    return float(scorer().score_docs(analysed(png), truth)["overall"])


def tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def boxed_elements(analysis: dict[str, Any]) -> list[tuple[str, list[int] | None]]:
    """(text, [x, y, w, h] or None) for every text element and every grid item entry."""
    out: list[tuple[str, list[int] | None]] = []
    for section in analysis["sections"]:
        for comp in section["components"]:
            if "items" not in comp:
                out.append((comp["current_content"], comp.get("box")))
                continue
            boxes = comp.get("item_boxes") or [{} for _ in comp["items"]]
            for item, item_boxes in zip(comp["items"], boxes, strict=True):
                for field, value in item.items():
                    got = item_boxes.get(field)
                    if isinstance(value, list):
                        got = got if isinstance(got, list) else [None] * len(value)
                        out.extend(zip(value, got, strict=True))
                    else:
                        out.append((value, got))
    return out


def iou(a: list[int], b: list[int]) -> float:
    """IoU of two [x0, y0, x1, y1] boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    area = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / area
