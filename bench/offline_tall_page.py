"""Offline analysis of one 1440 x 5000 page: seconds, CPU seconds and peak RSS.

    uv run python bench/offline_tall_page.py [--rounds N] [PNG]

The page is the top 5000 rows of a real page (default: the tallest page of
../shared/eval/real, stacked with the next ones when shorter). Each run is its own process
(so peak RSS is that run's), and the analyser is warmed up on the page's top 600 rows first
(model load is per process, not per page). Six variants, alternating for N rounds
(default 3): the analyser as shipped (the int8 OCR models of app/assets/ocr on a CPU with
VNNI, the float ones elsewhere; recognition on one worker per core beside detection); as
baselines, session 12's OCR (the same models, one pipeline on every core, each strip
detected and then recognised) and the shipped analyser with the wheel's own float models
(whose recogniser still has its 18,710 classes, CJK among them); and the shipped analyser
with the int8 models and with the float models, whatever the CPU (`int8_is_exact` in the
OCR module says which ones ship here); and the float models reading lines 48 px high, as
they did before session 17 (they now read them 40 px high). Printed per run: wall and CPU
seconds, the OCR call alone (with the page's shape analysis beside it), peak RSS and the RSS
before analysis; then each variant's range.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path
from queue import Empty
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

import app.services.analysis.offline as offline  # noqa: E402
from app.services.analysis.offline.ocr import RapidOcrEngine  # noqa: E402

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


# the analyser as shipped (int8 models on a CPU with VNNI, float elsewhere); session 12's
# OCR (the same models, one pipeline on every core: each strip detected, then recognised);
# the wheel's own models (all 18,710 classes); the shipped analyser with the int8 models,
# and with the float ones, whatever the CPU; the float ones reading lines 48 px high
VARIANTS = {
    "shipped": lambda: RapidOcrEngine(),
    "one-pipeline": lambda: RapidOcrEngine(workers=1),
    "wheel-models": lambda: RapidOcrEngine.wheel_models(),
    "int8": lambda: RapidOcrEngine.int8_models(),
    "float": lambda: RapidOcrEngine.float_models(),
    "float-48px": lambda: RapidOcrEngine.float_models(rec_height=48),
}


def run(variant: str, path: Path | None) -> dict[str, Any]:
    """One analysis of the tall page, in this (fresh) process."""
    img = page(path)
    engine = VARIANTS[variant]()
    inner, spent = offline.ocr_page, [0.0]

    def timed(rgb: Image.Image, profile: list[int] | None = None) -> list[Any]:
        start = time.perf_counter()
        try:
            return inner(rgb, profile, engine=engine)
        finally:
            spent[0] += time.perf_counter() - start

    offline.ocr_page = timed  # type: ignore[assignment]
    offline.analyze_image(img.crop((0, 0, WIDTH, 600)))  # load the models, warm up
    before, spent[0] = rss_mb(), 0.0
    start, cpu0 = time.perf_counter(), cpu()
    analysis = offline.analyze_image(img)
    secs, cpu_secs = time.perf_counter() - start, cpu() - cpu0
    return {
        "variant": variant,
        "page": f"{img.width}x{img.height}",
        "seconds": round(secs, 2),
        "cpu_seconds": round(cpu_secs, 2),
        "ocr_seconds": round(spent[0], 2),
        "peak_rss_mb": round(rss_mb()),
        "rss_after_model_load_mb": round(before),
        "sections": len(analysis.sections),
        "elements": analysis.total_text_elements,
    }


def _child(variant: str, path: Path | None, queue: Any) -> None:
    queue.put(run(variant, path))


def main(argv: list[str]) -> int:
    rounds = 3
    if "--rounds" in argv:
        i = argv.index("--rounds")
        rounds = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    if argv and (argv[0].startswith("-") or not Path(argv[0]).is_file()):
        print(__doc__)
        return 2
    path = Path(argv[0]) if argv else None
    ctx = multiprocessing.get_context("spawn")
    results: dict[str, list[dict[str, Any]]] = {v: [] for v in VARIANTS}
    for _ in range(rounds):
        for variant in VARIANTS:
            queue = ctx.Queue()
            child = ctx.Process(target=_child, args=(variant, path, queue))
            child.start()
            child.join()  # (a run's result is small: the queue does not hold the child up)
            try:
                row = queue.get(timeout=10)
            except Empty:
                raise SystemExit(f"{variant} run failed (exit code {child.exitcode})") from None
            results[variant].append(row)
            print(json.dumps(row), flush=True)
    for variant, rows in results.items():
        span = {
            k: f"{min(r[k] for r in rows)}-{max(r[k] for r in rows)}"
            for k in ("seconds", "ocr_seconds", "peak_rss_mb", "sections", "elements")
        }
        print(f"{variant:<13} " + "  ".join(f"{k} {v}" for k, v in span.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
