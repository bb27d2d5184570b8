"""Score the offline analyser, and a naive baseline in the same run, on every page set.

    uv run python bench/eval_offline.py [--out DIR] [--ocr-cache DIR]
        [--sets synthetic,shared_real,own_real,more_real,holdout,fresh,fresh2,fresh3,fresh4,fresh5,
                fresh6]

Sets: the 12 synthetic pages (../shared/eval/screens), the shared real pages
(../shared/eval/real), this repository's real pages (tests/data/real) and its second set of
real pages (tests/data/real_more: templates of other makers and designs, first held out, see
its README), a first held-out set (tests/data/real_holdout, opened for development in session
8), the first fresh set (tests/data/real_fresh, a development set since session 9), the second
(tests/data/real_fresh2, opened for development in session 15), the third (tests/data/real_fresh3,
opened in session 16), the fourth (tests/data/real_fresh4, opened in session 18), the fifth
(tests/data/real_fresh5, opened in session 20) and the sixth fresh held-out set
(tests/data/real_fresh6, built the same way in session 20), labelled without looking at the
analyser's output: measure on it, never tune to it. Per page: the score
(../shared/eval/score.py) and its parts, word-count error (mean absolute, matched elements),
wall and CPU seconds, and the process's peak RSS so far; the same for the naive baseline.
Per set: the means. Ends with one JSON summary line.

The naive baseline is OCR plus the obvious heuristics: the same OCR words (taken from the
analyser's own OCR call, so its seconds are that call's plus its own), lines and
paragraphs, a new section at every large vertical gap, the biggest text of a section its
heading, everything else a description; the first section is the hero, the last the footer.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import pickle
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

import app.services.analysis.offline as offline  # noqa: E402
from app.services.analysis.offline.layout import group_blocks, group_lines  # noqa: E402
from app.services.analysis.offline.ocr import Word, plausible  # noqa: E402
from app.services.analysis.structure import normalize  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score.py"
SETS = {
    "synthetic": EVAL / "screens",
    "shared_real": EVAL / "real",
    "own_real": ROOT / "tests" / "data" / "real",
    "more_real": ROOT / "tests" / "data" / "real_more",
    "holdout": ROOT / "tests" / "data" / "real_holdout",
    "fresh": ROOT / "tests" / "data" / "real_fresh",
    "fresh2": ROOT / "tests" / "data" / "real_fresh2",
    "fresh3": ROOT / "tests" / "data" / "real_fresh3",
    "fresh4": ROOT / "tests" / "data" / "real_fresh4",
    "fresh5": ROOT / "tests" / "data" / "real_fresh5",
    "fresh6": ROOT / "tests" / "data" / "real_fresh6",
}
PARTS = ("type_acc", "recall", "precision", "in_range", "card_acc", "el_type", "layout")


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("pagewright_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


class _Recorder:
    """Wraps the analyser's OCR call: keeps its words and seconds for the naive baseline."""

    def __init__(self, cache: Path | None = None) -> None:
        self.inner = offline.ocr_page
        self.words: list[Word] = []
        self.seconds = 0.0
        self.cache = cache  # --ocr-cache: reuse OCR words across runs (layout work only)

    def __call__(self, rgb: Image.Image, *args: Any, **kwargs: Any) -> list[Word]:
        start = time.perf_counter()
        path = None
        if self.cache is not None:
            self.cache.mkdir(parents=True, exist_ok=True)
            path = self.cache / f"{hashlib.sha1(rgb.tobytes()).hexdigest()}.pickle"
        if path is not None and path.is_file():
            # own cache; the plausibility filter is applied again, so a stricter one counts
            self.words = [w for w in pickle.loads(path.read_bytes()) if plausible(w)]
        else:
            self.words = self.inner(rgb, *args, **kwargs)
            if path is not None:
                path.write_bytes(pickle.dumps(self.words))
        self.seconds = time.perf_counter() - start
        return [copy.copy(w) for w in self.words]


def naive(words: list[Word]) -> dict[str, Any]:
    """OCR paragraphs, cut into sections at large vertical gaps; biggest text = heading."""
    blocks = group_blocks(group_lines(words))
    if not blocks:
        return {"sections": []}
    em = statistics.median(b.h for b in blocks)
    groups: list[list[Any]] = [[blocks[0]]]
    bottom = blocks[0].y1
    for b in blocks[1:]:
        if b.y0 - bottom > 4 * em:
            groups.append([])
        groups[-1].append(b)
        bottom = max(bottom, b.y1)
    sections = []
    for i, group in enumerate(groups):
        kind = "hero" if i == 0 else "footer" if i == len(groups) - 1 else "features"
        big = max(group, key=lambda b: b.h)
        title = "main_title" if kind == "hero" else "section_heading"
        comps = [
            {"element": title if b is big else "description", "current_content": b.text}
            for b in group
        ]
        sections.append({"type": kind, "components": comps})
    return {"sections": sections, "layout_type": "modern_saas"}


def _score(scorer: ModuleType, cand: dict[str, Any], png: Path) -> dict[str, Any]:
    truth = json.loads(png.with_name(f"{png.stem}.truth.json").read_text())
    return dict(scorer.score_docs(cand, truth))


def _line(name: str, res: dict[str, Any], secs: float, cpu: float, rss: float) -> str:
    parts = "  ".join(f"{p[:4]} {res[p] or 0:.2f}" for p in PARTS)
    wc = res["wc_mae"]
    return (
        f"  {name:<8} overall {res['overall']:.3f}  sec {res['n_cand_sec']:>2}/"
        f"{res['n_truth_sec']:<2} {parts}  wc_mae {wc if wc is None else round(wc, 2)}"
        f"  {secs:5.2f}s cpu {cpu:5.2f}s  peak {rss:5.0f} MB"
    )


def run_set(
    name: str, folder: Path, out_dir: Path, scorer: ModuleType, rec: _Recorder
) -> dict[str, Any]:
    pngs = sorted(folder.glob("page_*.png"))
    pngs = [p for p in pngs if p.with_name(f"{p.stem}.truth.json").is_file()]
    print(f"== {name}: {folder} ({len(pngs)} pages)", flush=True)
    rows = []
    for png in pngs:
        with Image.open(png) as img:
            img.load()
            start, cpu0 = time.perf_counter(), _cpu()
            analysis = offline.analyze_image(img)
            secs, cpu = time.perf_counter() - start, _cpu() - cpu0
        cand = analysis.model_dump(mode="json")
        (out_dir / f"{png.stem}.json").write_text(json.dumps(cand, indent=1))
        res = _score(scorer, cand, png)
        start, cpu0 = time.perf_counter(), _cpu()
        base_raw = naive(rec.words)
        base = normalize(base_raw, source="offline") if base_raw["sections"] else {}
        base_secs = rec.seconds + time.perf_counter() - start
        base_cpu = _cpu() - cpu0
        base_cand = base.model_dump(mode="json") if base else {"sections": []}
        base_res = _score(scorer, base_cand, png)
        rss = peak_rss_mb()
        print(f"{png.stem}  {Image.open(png).size}  confidence {analysis.confidence}", flush=True)
        print(_line("analyser", res, secs, cpu, rss), flush=True)
        print(_line("naive", base_res, base_secs, base_cpu, rss), flush=True)
        rows.append((png.stem, res, secs, cpu, base_res, base_secs, analysis.confidence))
    n = len(rows)
    if not n:
        return {"set": name, "pages": 0}

    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    summary = {
        "set": name,
        "pages": n,
        "mean_overall": mean([r[1]["overall"] for r in rows]),
        "naive_mean_overall": mean([r[4]["overall"] for r in rows]),
        "wc_mae": mean([r[1]["wc_mae"] for r in rows if r[1]["wc_mae"] is not None]),
        "naive_wc_mae": mean([r[4]["wc_mae"] for r in rows if r[4]["wc_mae"] is not None]),
        "recall": mean([r[1]["recall"] for r in rows]),
        "precision": mean([r[1]["precision"] for r in rows]),
        "mean_seconds": mean([r[2] for r in rows]),
        "max_seconds": round(max(r[2] for r in rows), 2),
        "max_cpu_seconds": round(max(r[3] for r in rows), 2),
        "peak_rss_mb": round(peak_rss_mb()),
        "confidence_score": [(r[6], r[1]["overall"]) for r in rows],
    }
    print(
        f"-- {name}: analyser {summary['mean_overall']:.3f} vs naive "
        f"{summary['naive_mean_overall']:.3f}; wc_mae {summary['wc_mae']:.2f} vs "
        f"{summary['naive_wc_mae']:.2f}; mean {summary['mean_seconds']:.2f}s, max "
        f"{summary['max_seconds']:.2f}s (cpu {summary['max_cpu_seconds']:.2f}s); "
        f"peak RSS {summary['peak_rss_mb']} MB",
        flush=True,
    )
    return summary


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2  # ties share their mean rank
        i = j + 1
    return out


def spearman(a: list[float], b: list[float]) -> float:
    """Rank correlation: does the analyser's confidence order pages like their scores?"""
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


def main(argv: list[str]) -> int:
    keep: Path | None = None
    names = list(SETS)
    if "--out" in argv:  # keep the candidates for inspection
        i = argv.index("--out")
        keep = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    cache: Path | None = None
    if "--ocr-cache" in argv:
        i = argv.index("--ocr-cache")
        cache = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    if "--sets" in argv:
        i = argv.index("--sets")
        names = argv[i + 1].split(",")
    scorer = load_scorer()
    rec = _Recorder(cache)
    offline.ocr_page = rec  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="pw_offline_") as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        summaries = [run_set(n, SETS[n], out, scorer, rec) for n in names]
    pairs = [
        (c, sc)
        for summary in summaries
        if summary["set"] != "synthetic"
        for c, sc in summary.get("confidence_score", [])
        if c is not None
    ]
    if len(pairs) >= 3:
        rho = spearman([c for c, _ in pairs], [sc for _, sc in pairs])
        print(f"-- confidence vs score on real pages: Spearman {rho:.3f} over {len(pairs)} pages")
    print(json.dumps({"sets": summaries}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
