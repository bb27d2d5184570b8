"""Offline analysis of one 1440 x 5000 page: seconds, CPU seconds and peak RSS.

    uv run python bench/offline_tall_page.py [PNG]

The page is the top 5000 rows of a real page (default: the tallest page of
../shared/eval/real, stacked with the next ones when shorter). The engine is warmed up on a
small image first (model load is per process, not per page). Printed beside it, from the
same run: the OCR call alone (the part no layout heuristic can save) and the process's
RSS before analysis.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

import app.services.analysis.offline as offline  # noqa: E402

REAL = ROOT.parent / "shared" / "eval" / "real"
WIDTH, HEIGHT = 1440, 5000


def page(path: Path | None) -> Image.Image:
    sources = (
        [path] if path else sorted(REAL.glob("page_*.png"), key=lambda p: -Image.open(p).height)
    )
    out = Image.new("RGB", (WIDTH, HEIGHT), "white")
    y = 0
    for src in sources:
        with Image.open(src) as img:
            part = img.convert("RGB").crop((0, 0, WIDTH, min(img.height, HEIGHT - y)))
        out.paste(part, (0, y))
        y += part.height
        if y >= HEIGHT:
            break
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def main(argv: list[str]) -> int:
    img = page(Path(argv[0]) if argv else None)
    offline.analyze_image(Image.new("RGB", (400, 120), "white"))  # load the models
    before = rss_mb()
    inner, spent = offline.ocr_page, [0.0]

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    offline.ocr_page = timed  # type: ignore[assignment]
    start, cpu0 = time.perf_counter(), cpu()
    analysis = offline.analyze_image(img)
    secs, cpu_secs = time.perf_counter() - start, cpu() - cpu0
    print(
        json.dumps(
            {
                "page": f"{img.width}x{img.height}",
                "seconds": round(secs, 2),
                "cpu_seconds": round(cpu_secs, 2),
                "ocr_seconds": round(spent[0], 2),
                "peak_rss_mb": round(rss_mb()),
                "rss_after_model_load_mb": round(before),
                "sections": len(analysis.sections),
                "elements": analysis.total_text_elements,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
