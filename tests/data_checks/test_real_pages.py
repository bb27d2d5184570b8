"""The real landing pages of tests/data/real, real_more, real_holdout, real_fresh, real_fresh2,
real_fresh3, real_fresh4, real_fresh5 and real_fresh6: complete, licensed, and truth valid for the
schema.

Each page is a PNG, its DOM extract and its hand-labelled truth (README.md in tests/data/real says
how they were built; the other sets use the same tools with `--set ../real_more`). These
checks keep every truth file exactly what make_truth.py writes from the spec and the DOM, valid
for the analysis schema and the shared scorer, and every page's provenance and licence on
record. The templates' own files are not committed: prepare.py rebuilds each set's src/
from the pinned commits and npm packages.
"""

from __future__ import annotations

import importlib.util
import json
import re
import struct
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.core.words import count_words, range_bounds, word_range
from app.schemas.analysis import LAYOUT_TYPES, SECTION_TYPES, Analysis
from tests.support.eval_data import EVAL_DIR

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "real"
# page set -> (folder, page id pattern, at least this many pages)
SETS: dict[str, tuple[Path, str, int]] = {
    "real": (REAL, r"page_2\d\d", 14),
    "real_more": (ROOT / "tests" / "data" / "real_more", r"page_3\d\d", 11),
    "real_holdout": (ROOT / "tests" / "data" / "real_holdout", r"page_4\d\d", 6),
    "real_fresh": (ROOT / "tests" / "data" / "real_fresh", r"page_5\d\d", 6),
    "real_fresh2": (ROOT / "tests" / "data" / "real_fresh2", r"page_6\d\d", 4),
    "real_fresh3": (ROOT / "tests" / "data" / "real_fresh3", r"page_7\d\d", 4),
    "real_fresh4": (ROOT / "tests" / "data" / "real_fresh4", r"page_8\d\d", 4),
    "real_fresh5": (ROOT / "tests" / "data" / "real_fresh5", r"page_9\d\d", 5),
    "real_fresh6": (ROOT / "tests" / "data" / "real_fresh6", r"page_10\d\d", 5),
}
PAGES: dict[str, dict[str, dict[str, Any]]] = {
    name: json.loads((folder / "pages.json").read_text()) for name, (folder, _, _) in SETS.items()
}
IDS = [(name, pid) for name in SETS for pid in sorted(PAGES[name])]
WIDTH = 1440
PERMISSIVE = {
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "CC0-1.0",
    "CC-BY-3.0",
    "CC-BY-4.0",
}
TEXT_ELEMENTS = {
    "logo", "nav_link", "cta_button", "subtitle", "main_title", "description", "small_print",
    "section_heading", "section_description", "contact_detail", "form_label", "copyright",
}  # fmt: skip
GRID_ELEMENTS = {
    "feature_cards", "steps", "stats", "testimonial_cards", "pricing_cards", "faq_items",
    "logo_list", "team_cards", "footer_columns",
}  # fmt: skip


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _module("pw_eval_score_real", EVAL_DIR / "score.py")


def _folder(name: str) -> Path:
    return SETS[name][0]


def _truth(name: str, pid: str) -> dict[str, Any]:
    path = _folder(name) / f"{pid}.truth.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _dom(name: str, pid: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (_folder(name) / f"{pid}.dom.json").read_text(encoding="utf-8")
    )
    return data


def _tracked(path: Path) -> bool:
    """Whether git tracks any file under `path` (False outside a git checkout)."""
    out = subprocess.run(
        ["git", "ls-files", "--", str(path)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return out.returncode == 0 and bool(out.stdout.strip())


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("name", list(SETS))
def test_page_set_is_complete(name: str) -> None:
    folder, pattern, min_pages = SETS[name]
    ids = sorted(PAGES[name])
    assert len(ids) >= min_pages
    assert all(re.fullmatch(pattern, pid) for pid in ids), ids
    files = {p.name for p in folder.glob("page_*")}
    expected = {f"{pid}{ext}" for pid in ids for ext in (".png", ".dom.json", ".truth.json")}
    assert files == expected, (sorted(expected - files), sorted(files - expected))
    slugs = [PAGES[name][pid]["slug"] for pid in ids]
    assert len(set(slugs)) == len(slugs)
    # the templates' code is not committed (prepare.py rebuilds src/ from the pinned commits)
    assert not _tracked(folder / "src")


def test_the_sets_share_no_template() -> None:
    """No page is in two sets (same repository, folder and file): a held-out page stays unseen.

    One repository may hold several templates, each in its own folder (`subdir`)."""
    seen = [
        (p["repo"], p.get("subdir", ""), p["html"]) for name in SETS for p in PAGES[name].values()
    ]
    assert len(set(seen)) == len(seen), seen


@pytest.mark.parametrize(("name", "pid"), IDS)
def test_provenance_and_licence_are_on_record(name: str, pid: str) -> None:
    """What prepare.py needs to rebuild the page from its template: a pinned commit of a
    permissively licensed repository, the page's HTML file and the files it loads."""
    page = PAGES[name][pid]
    assert re.fullmatch(r"[0-9a-f]{40}", page["commit"])
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", page["repo"])
    assert page["licence"] in PERMISSIVE
    sub = page.get("subdir", "").strip("/")
    html = f"{sub}/{page['html']}" if sub else page["html"]
    assert page["only"] and all(isinstance(f, str) and ".." not in f for f in page["only"])
    assert html.endswith((".html", ".htm")), html
    readme = (_folder(name) / "README.md").read_text(encoding="utf-8")
    assert page["repo"] in readme and page["commit"] in readme, pid


@pytest.mark.parametrize(("name", "pid"), IDS)
def test_truth_is_valid_for_the_schema(name: str, pid: str) -> None:
    truth = _truth(name, pid)
    Analysis.model_validate(truth)
    assert SCORER.validate(truth) is None
    assert truth["layout_type"] in LAYOUT_TYPES
    total = 0
    for pos, section in enumerate(truth["sections"], 1):
        assert section["position"] == pos
        assert section["type"] in SECTION_TYPES
        assert section["components"], f"{pid}: empty section {pos}"
        for comp in section["components"]:
            if "current_content" in comp:
                text = comp["current_content"]
                assert comp["element"] in TEXT_ELEMENTS, comp["element"]
                n = count_words(text)
                assert n >= 1 and comp["word_count"] == n == SCORER.word_count(text), text
                assert comp["word_range"] == word_range(n) == SCORER.word_range(n)
                total += 1
                continue
            assert comp["element"] in GRID_ELEMENTS, comp["element"]
            items = comp["items"]
            assert items and comp["count"] == len(items)
            envelope: dict[str, tuple[int, int]] = {}
            for item in items:
                for field, value in item.items():
                    values = value if isinstance(value, list) else [value]
                    assert values and all(count_words(v) >= 1 for v in values), (field, value)
                    total += len(values)
                    for v in values:
                        lo, hi = range_bounds(count_words(v))
                        a, b = envelope.get(field, (lo, hi))
                        envelope[field] = (min(a, lo), max(b, hi))
            assert comp["per_card"] == {f: f"{a}-{b}" for f, (a, b) in envelope.items()}
    assert truth["total_text_elements"] == total


@pytest.mark.parametrize(("name", "pid"), IDS)
def test_truth_scores_one_against_itself(name: str, pid: str) -> None:
    truth = _truth(name, pid)
    result = SCORER.score_docs(truth, truth)
    assert result["overall"] == 1.0, result


@pytest.mark.parametrize(("name", "pid"), IDS)
def test_truth_is_what_the_spec_and_the_dom_give(name: str, pid: str) -> None:
    """Every truth text is what the page renders and every visible DOM block is labelled once."""
    make_truth = _module("pw_real_make_truth", REAL / "make_truth.py")
    assert make_truth.build(pid, str(_folder(name))) == _truth(name, pid)


@pytest.mark.parametrize(("name", "pid"), IDS)
def test_render_and_dom_extract_agree(name: str, pid: str) -> None:
    dom = _dom(name, pid)
    width, height = _png_size(_folder(name) / f"{pid}.png")
    assert width == WIDTH == dom["width"]
    assert height == dom["png_height"] == dom["height"]
    for block in dom["blocks"]:
        x0, y0, x1, y1 = block["box"]
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height, block
