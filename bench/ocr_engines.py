"""Compare OCR engines on the page sets: text recall and precision, word-count error,
seconds per page and peak memory, every engine in the same run.

    uv run python bench/ocr_engines.py [--sets synthetic,shared_real,own_real] [--limit N]

Engines: RapidOCR (the project's engine, `app.services.analysis.offline.ocr`, with the int8
models of app/assets/ocr), the same with the wheel's float models (`rapidocr-float`, what
the int8 ones were quantised from) and, when a
`tesseract` binary is on PATH, Tesseract 5 (`--psm 3`, grayscale, 2x upscale, strips as
the former Tesseract path did). Each engine runs in its own child process per set, so peak
RSS is the engine's own.

Text truth: every text of the page's truth file. Recall = share of truth words (lower-case
alphanumeric tokens, as a multiset) that the engine read; precision = share of the engine's
words that are truth words; word-count error = |engine words - truth words| / truth words.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from bench.eval_offline import SETS  # noqa: E402

_TOKEN = re.compile(r"[a-z0-9]+")


def truth_words(truth: dict[str, Any]) -> Counter[str]:
    out: Counter[str] = Counter()

    def add(value: Any) -> None:
        for v in value if isinstance(value, list) else [value]:
            out.update(_TOKEN.findall(str(v).lower()))

    for section in truth["sections"]:
        for comp in section["components"]:
            if "items" in comp:
                for item in comp["items"]:
                    for value in item.values():
                        add(value)
            else:
                add(comp["current_content"])
    return out


def rapidocr_words(png: Path) -> list[str]:
    from app.services.analysis.offline.ocr import ocr_page

    with Image.open(png) as img:
        return [w.text for w in ocr_page(img.convert("RGB"))]


@cache
def _float_engine() -> Any:
    from app.services.analysis.offline.ocr import RapidOcrEngine

    return RapidOcrEngine.wheel_models()


def rapidocr_float_words(png: Path) -> list[str]:
    """RapidOCR with the wheel's float models (what the int8 ones were made from)."""
    from app.services.analysis.offline.ocr import ocr_page

    with Image.open(png) as img:
        return [w.text for w in ocr_page(img.convert("RGB"), engine=_float_engine())]


def tesseract_words(png: Path) -> list[str]:
    """Tesseract as the former offline path ran it: 2x grayscale strips of ~900 rows."""
    with Image.open(png) as img:
        gray = img.convert("L")
    words: list[str] = []
    for top in range(0, gray.height, 900):
        crop = gray.crop((0, top, gray.width, min(gray.height, top + 900)))
        crop = crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.BICUBIC)
        buf = io.BytesIO()
        crop.save(buf, format="PNG")
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "--psm", "3", "-l", "eng", "tsv"],
            input=buf.getvalue(),
            capture_output=True,
            env=dict(os.environ, OMP_THREAD_LIMIT="1"),
            timeout=300,
            check=False,
        )
        rows = csv.DictReader(
            io.StringIO(proc.stdout.decode("utf-8", "replace")),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
        for row in rows:
            text = (row.get("text") or "").strip()
            try:
                conf = float(row.get("conf") or -1)
            except ValueError:
                continue
            if text and conf >= 30:
                words.append(text)
    return words


ENGINES = {
    "rapidocr": rapidocr_words,
    "rapidocr-float": rapidocr_float_words,
    "tesseract": tesseract_words,
}


def _child(engine: str, pngs: list[str], queue: Any) -> None:
    read = ENGINES[engine]
    rows = []
    for png in pngs:
        start = time.perf_counter()
        found = read(Path(png))
        secs = time.perf_counter() - start
        rows.append((png, found, secs))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, kids) / 1024
    queue.put((rows, rss))


def measure(engine: str, pngs: list[Path]) -> tuple[list[dict[str, Any]], float]:
    queue: Any = multiprocessing.get_context("spawn").Queue()
    proc = multiprocessing.get_context("spawn").Process(
        target=_child, args=(engine, [str(p) for p in pngs], queue)
    )
    proc.start()
    rows, rss = queue.get()
    proc.join()
    out = []
    for png, found, secs in rows:
        truth = truth_words(json.loads(Path(png.replace(".png", ".truth.json")).read_text()))
        mine: Counter[str] = Counter()
        for word in found:
            mine.update(_TOKEN.findall(word.lower()))
        hit = sum((truth & mine).values())
        out.append(
            {
                "page": Path(png).stem,
                "recall": hit / max(sum(truth.values()), 1),
                "precision": hit / max(sum(mine.values()), 1),
                "wc_err": abs(sum(mine.values()) - sum(truth.values()))
                / max(sum(truth.values()), 1),
                "seconds": secs,
            }
        )
    return out, rss


def main(argv: list[str]) -> int:
    names = list(SETS)
    limit = 0
    if "--sets" in argv:
        names = argv[argv.index("--sets") + 1].split(",")
    if "--limit" in argv:
        limit = int(argv[argv.index("--limit") + 1])
    engines = [e for e in ENGINES if e != "tesseract" or shutil.which("tesseract")]
    summary = []
    for name in names:
        pngs = sorted(SETS[name].glob("page_*.png"))
        pngs = [p for p in pngs if p.with_name(f"{p.stem}.truth.json").is_file()]
        pngs = pngs[:limit] if limit else pngs
        for engine in engines:
            rows, rss = measure(engine, pngs)
            for r in rows:
                print(
                    f"{name:<11} {engine:<14} {r['page']}  recall {r['recall']:.3f}  "
                    f"precision {r['precision']:.3f}  wc_err {r['wc_err']:.3f}  "
                    f"{r['seconds']:.2f}s",
                    flush=True,
                )
            n = len(rows)
            line = {
                "set": name,
                "engine": engine,
                "pages": n,
                "recall": round(sum(r["recall"] for r in rows) / n, 3),
                "precision": round(sum(r["precision"] for r in rows) / n, 3),
                "wc_err": round(sum(r["wc_err"] for r in rows) / n, 3),
                "seconds_per_page": round(sum(r["seconds"] for r in rows) / n, 2),
                "peak_rss_mb": round(rss),
            }
            summary.append(line)
            print(json.dumps(line), flush=True)
    print(json.dumps({"engines": summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
