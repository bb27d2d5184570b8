"""Score the offline analyser on the eval screenshots.

    uv run python bench/eval_offline.py [SCREENS_DIR] [--out KEEP_DIR]

Writes one candidate JSON per page to a temp dir, scores them with ../shared/eval/score.py
and prints per-page scores and seconds, ending with one JSON summary line.
"""

from __future__ import annotations

import importlib.util
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from app.services.analysis.offline import analyze_image  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEFAULT_SCREENS = ROOT.parent / "shared" / "eval" / "screens"


def _cpu_seconds() -> float:
    """CPU used by this process and its finished children (the Tesseract runs)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("pagewright_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(screens: Path, out_dir: Path, verbose: bool = True) -> dict[str, float]:
    scorer = load_scorer()
    pngs = sorted(screens.glob("page_*.png"))
    rows = []
    for png in pngs:
        start, cpu0 = time.perf_counter(), _cpu_seconds()
        with Image.open(png) as img:
            analysis = analyze_image(img)
        secs = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu0
        cand = analysis.model_dump(mode="json")
        (out_dir / f"{png.stem}.json").write_text(json.dumps(cand, indent=1))
        truth_path = png.with_name(f"{png.stem}.truth.json")
        res = scorer.score_files(str(out_dir / f"{png.stem}.json"), str(truth_path))
        rows.append((png.stem, res, secs, cpu))
        if verbose:
            print(
                f"{png.stem}  sec {res['n_truth_sec']:>2}/{res['n_cand_sec']:<2} "
                f"type {res['type_acc']:.2f}  rec {res['recall']:.2f}  prec {res['precision']:.2f}"
                f"  in_rng {res['in_range'] or 0:.2f}  cards {res['card_acc']:.2f}"
                f"  el {res['el_type']:.2f}  lay {res['layout']}  overall {res['overall']:.3f}"
                f"  {secs:5.2f}s (cpu {cpu:5.2f}s)",
                flush=True,
            )
    n = len(rows)
    secs_all = [r[2] for r in rows]
    return {
        "mean_overall": round(sum(r[1]["overall"] for r in rows) / n, 4) if n else 0.0,
        "pages": n,
        "mean_seconds": round(sum(secs_all) / n, 2) if n else 0.0,
        "max_seconds": round(max(secs_all), 2) if n else 0.0,
        # wall time suffers when the machine is busy; CPU / 2 is the 2-core figure
        "max_cpu_seconds": round(max(r[3] for r in rows), 2) if n else 0.0,
    }


def main(argv: list[str]) -> int:
    keep: Path | None = None
    if "--out" in argv:  # keep the candidates for inspection
        i = argv.index("--out")
        keep = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    screens = Path(argv[0]).resolve() if argv else DEFAULT_SCREENS
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        summary = run(screens, keep)
    else:
        with tempfile.TemporaryDirectory(prefix="pw_offline_") as tmp:
            summary = run(screens, Path(tmp))
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
