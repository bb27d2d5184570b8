#!/usr/bin/env python3
"""Write page_NNN.truth.json from truth_spec.py and the DOM extracts (page_NNN.dom.json).

Usage:
    python3 make_truth.py [page_NNN ...]        check and write the truth files
                                                (default: every page in truth_spec.SPEC)
    python3 make_truth.py --check [page_NNN ...]  check only, write nothing
    python3 make_truth.py --blocks page_NNN     list the page's DOM blocks with their
                                                indices, to label a new page by hand
    python3 make_truth.py --set DIR ...         the same for another page set: the folder
                                                DIR holds the DOM extracts, the truth files
                                                and its own truth_spec.py (default: this
                                                folder; e.g. --set ../real_more)

Another set's truth_spec.py imports the reference forms and helpers from this folder's
truth_spec.py (`from truth_spec import J, S, IMG, ...`), which stays importable.

truth_spec.py labels the page by hand: sections in page order, each with its type
and components; a component refers to the DOM blocks of build.py by index, so the
texts are exactly what the page renders.  Reference forms:
    7                 the whole text of block 7
    J(7, 8)           blocks 7 and 8 joined with a space (one visual element split in the DOM)
    JN(7, 8)          blocks 7 and 8 joined without a space (one word split over inline blocks)
    S(7, "text")      part of block 7 (one DOM block that shows as two visual elements)
    IMG("Microsoft")  text that is only in an image (brand logos, logo strips, app badges);
                      not in the DOM
A grid is (name, [ {field: ref or [refs]}, ... ]).

Checks: every DOM block with at least one word is used exactly once (whole, or
completely covered by its S() parts) or listed in the page's `ignore` with a reason;
every S() text occurs in its block.  Word counts, ranges, per-card envelopes, counts,
positions and totals follow the rules of the shared eval README (the scorer's own
functions, imported from score.py in $PAGEWRIGHT_EVAL_DIR, else ../shared/eval beside the
repository, else /work/shared/eval).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))  # tests/data/real -> repository root
EVAL_DIRS = [
    os.environ.get("PAGEWRIGHT_EVAL_DIR", ""),
    os.path.join(os.path.dirname(REPO), "shared", "eval"),
    "/work/shared/eval",
]
EVAL_DIR = next((d for d in EVAL_DIRS if d and os.path.isfile(os.path.join(d, "score.py"))), None)
if EVAL_DIR is None:
    raise SystemExit("score.py not found: set PAGEWRIGHT_EVAL_DIR to the shared eval folder")
sys.path.insert(0, EVAL_DIR)
sys.path.insert(0, HERE)
import truth_spec  # noqa: E402
from score import word_count, word_range, word_range_bounds  # noqa: E402
from truth_spec import IMG, JN, J, S  # noqa: E402


def norm(t: str) -> str:
    return " ".join(t.split())


def spec_module(folder: str = HERE) -> ModuleType:
    """The truth_spec module of a page set: this folder's, or <folder>/truth_spec.py."""
    if os.path.abspath(folder) == HERE:
        return truth_spec
    path = os.path.join(folder, "truth_spec.py")
    name = "truth_spec_" + os.path.basename(os.path.abspath(folder))
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no truth_spec.py in {folder}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Page:
    def __init__(self, pid: str, folder: str = HERE):
        self.pid = pid
        self.dom = json.loads(Path(folder, f"{pid}.dom.json").read_text(encoding="utf-8"))
        self.blocks = self.dom["blocks"]
        self.used: dict[int, list[str]] = {}
        self.errors: list[str] = []

    def text(self, ref) -> str:
        if isinstance(ref, int):
            self.used.setdefault(ref, []).append(None)
            return norm(self.blocks[ref]["text"])
        if isinstance(ref, J):
            return " ".join(self.text(i) for i in ref.idx)
        if isinstance(ref, JN):
            return "".join(self.text(i) for i in ref.idx)
        if isinstance(ref, S):
            full = norm(self.blocks[ref.i]["text"])
            part = norm(ref.text)
            if part not in full:
                self.errors.append(f"S({ref.i}): {part!r} not in {full!r}")
            self.used.setdefault(ref.i, []).append(part)
            return part
        if isinstance(ref, IMG):
            return norm(ref.text)
        raise TypeError(f"bad ref {ref!r}")

    def check_coverage(self, ignore: dict) -> None:
        for b in self.blocks:
            i = b["i"]
            if word_count(b["text"]) == 0:
                continue
            uses = self.used.get(i)
            if i in ignore:
                if uses:
                    self.errors.append(f"block {i} both used and ignored")
                continue
            if not uses:
                self.errors.append(f"block {i} unused: {b['text'][:70]!r}")
                continue
            if None in uses:
                if len(uses) > 1:
                    self.errors.append(f"block {i} used {len(uses)} times")
                continue
            # only parts: together they must cover every word of the block
            rest = norm(b["text"])
            for part in uses:
                rest = rest.replace(part, " ", 1)
            if word_count(rest):
                self.errors.append(f"block {i}: parts leave {norm(rest)!r}")


def text_comp(el: str, t: str) -> dict:
    n = word_count(t)
    return {"element": el, "current_content": t, "word_count": n, "word_range": word_range(n)}


def grid_comp(page: Page, name: str, items: list[dict]) -> dict:
    out_items, env = [], {}
    for it in items:
        o = {}
        for field, ref in it.items():
            if isinstance(ref, list):
                vals = [page.text(r) for r in ref]
                o[field] = vals
            else:
                vals = [page.text(ref)]
                o[field] = vals[0]
            for v in vals:
                lo, hi = word_range_bounds(word_count(v))
                a, b = env.get(field, (lo, hi))
                env[field] = (min(a, lo), max(b, hi))
        out_items.append(o)
    return {
        "element": name,
        "count": len(out_items),
        "per_card": {f: f"{a}-{b}" for f, (a, b) in env.items()},
        "items": out_items,
    }


def build(pid: str, folder: str = HERE) -> dict:
    specs = spec_module(folder).SPEC
    if pid not in specs:
        raise SystemExit(f"{pid}: no entry in the SPEC of {folder}/truth_spec.py")
    spec = specs[pid]
    page = Page(pid, folder)
    sections = []
    for pos, (stype, comps) in enumerate(spec["sections"], 1):
        out = []
        for name, ref in comps:
            if isinstance(ref, list):
                out.append(grid_comp(page, name, ref))
            else:
                out.append(text_comp(name, page.text(ref)))
        sections.append({"type": stype, "position": pos, "components": out})
    page.check_coverage(spec.get("ignore", {}))
    if page.errors:
        raise SystemExit(f"{pid}:\n  " + "\n  ".join(page.errors))
    total = 0
    for s in sections:
        for c in s["components"]:
            if "current_content" in c:
                total += 1
            for it in c.get("items", []):
                for v in it.values():
                    total += len(v) if isinstance(v, list) else 1
    return {"sections": sections, "layout_type": spec["layout"], "total_text_elements": total}


def list_blocks(pid: str, folder: str = HERE) -> None:
    """Print the DOM blocks of one page: index, section, box, font, tag and text."""
    dom = json.loads(Path(folder, f"{pid}.dom.json").read_text(encoding="utf-8"))
    secs = dom["sections"]
    print(
        f"{pid}: {dom['width']}x{dom['height']}, {len(dom['blocks'])} blocks, "
        f"{len(secs)} section elements"
    )
    last = None
    for b in dom["blocks"]:
        if b["sec"] != last:
            s = secs[b["sec"]]
            print(f"-- section {b['sec']}: {s['desc']}  y {s['y0']}-{s['y1']}")
            last = b["sec"]
        x0, y0, x1, y1 = b["box"]
        words = word_count(b["text"])
        flag = "" if words else "  (no words: needs no label)"
        print(
            f"{b['i']:4d}  y{y0:5d}-{y1:<5d} x{x0:4d}-{x1:<4d} {b['fs']:4.0f}px/{b['fw']:<3} "
            f"{b['tag'][:40]:40s} "
            f"{b['text'][:90]!r}{flag}"
        )


def main(argv: list[str]) -> int:
    folder = HERE
    if argv[:1] == ["--set"]:
        folder, argv = os.path.abspath(argv[1]), argv[2:]
    if argv[:1] == ["--blocks"]:
        for pid in argv[1:]:
            list_blocks(pid, folder)
        return 0
    check_only = argv[:1] == ["--check"]
    if check_only:
        argv = argv[1:]
    ids = argv or sorted(spec_module(folder).SPEC)
    for pid in ids:
        truth = build(pid, folder)
        if not check_only:
            with open(os.path.join(folder, f"{pid}.truth.json"), "w", encoding="utf-8") as fh:
                json.dump(truth, fh, indent=1, ensure_ascii=False)
                fh.write("\n")
        grids = sum(1 for s in truth["sections"] for c in s["components"] if "items" in c)
        print(
            f"{pid}: {len(truth['sections'])} sections, "
            f"{truth['total_text_elements']} text elements, "
            f"{grids} grids, layout {truth['layout_type']}"
            + (" (checked, not written)" if check_only else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
