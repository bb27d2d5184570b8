"""Offline analyser: screenshot -> Analysis with OCR (RapidOCR) and layout heuristics.

Used when no vision model is available. Pipeline: OCR words (strips at blank rows) ->
lines -> blocks -> background bands and whitespace -> sections -> typed components ->
`normalize` (which recounts words and validates).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import structlog
from PIL import Image

from app.schemas.analysis import Analysis
from app.services.analysis.offline.buttons import (
    button_boxes,
    find_all_boxes,
    read_badges,
    read_counters,
)
from app.services.analysis.offline.classify import Page, words
from app.services.analysis.offline.layout import (
    Band,
    Block,
    BoxXY,
    Line,
    box_of,
    color_bands,
    group_blocks,
    group_lines,
    is_paragraph,
    local_contrast,
    measure_ink,
    measure_tint,
    panels,
    row_colors,
    rules,
    split_sections,
)
from app.services.analysis.offline.ocr import (
    Word,
    drop_stray_glyphs,
    join_initials,
    ocr_page,
    row_profiles,
)
from app.services.analysis.offline.sections import assemble
from app.services.analysis.offline.visual import is_button
from app.services.analysis.structure import normalize

__all__ = ["analyze_image", "layout_guess"]

log = structlog.get_logger(__name__)

_TINY = 0.6
_NAV_BAR = 120  # page px: small capitals up here are navigation links, not a mock-up's text

# Words that mark a page's style, with weights: 1 for an unambiguous word, 0.5 for one that
# often appears elsewhere too ("App Store" badges, "design" on every software page). Each
# style counts its own words, modern_saas too (software, apps, pricing plans); a style
# other than modern_saas needs a weighted count of 4 and more than modern_saas's to win.
_LAYOUT_WORDS: dict[str, dict[str, float]] = {
    "ecommerce": {
        **dict.fromkeys(
            (
                "shop",
                "cart",
                "order",
                "orders",
                "shipping",
                "collection",
                "bestsellers",
                "sale",
                "checkout",
                "delivery",
                "returns",
                "products",
            ),
            1.0,
        ),
        "store": 0.5,
        "product": 0.5,
    },
    "creative": {
        **dict.fromkeys(
            (
                "studio",
                "creative",
                "portfolio",
                "agency",
                "gallery",
                "exhibitions",
                "craft",
                "photography",
                "photographer",
                "artists",
                "artist",
                "resume",
                "freelance",
                "freelancer",
                "designer",
                "illustrator",
                "me",
                "my",
                "i'm",
            ),
            1.0,
        ),
        **dict.fromkeys(("design", "projects", "education", "skills", "experience"), 0.5),
    },
    "corporate": {
        **dict.fromkeys(
            (
                "enterprise",
                "consulting",
                "compliance",
                "firm",
                "governance",
                "partners",
                "clients",
                "industries",
                "advisory",
                "corporate",
                "business",
                "businesses",
                "company",
                "companies",
                "conference",
                "construction",
                # local and professional businesses: restaurants, clinics, law firms
                "restaurant",
                "menu",
                "chef",
                "chefs",
                "reservation",
                "dishes",
                "hospital",
                "clinic",
                "doctors",
                "patients",
                "lawyers",
                "attorney",
                "insurance",
                "loan",
                "loans",
                "consultancy",
                "hotel",
                "property",
                "properties",
            ),
            1.0,
        ),
        **dict.fromkeys(("services", "solutions", "experts", "industry"), 0.5),
    },
    "modern_saas": {
        **dict.fromkeys(
            (
                "saas",
                "software",
                "platform",
                "api",
                "integrations",
                "dashboard",
                "analytics",
                "cloud",
                "trial",
                "subscription",
                "developers",
                "startup",
                "app",
                "apps",
                "automation",
                "workflow",
            ),
            1.0,
        ),
        **dict.fromkeys(("pricing", "features", "users", "download", "template"), 0.5),
    },
}


def layout_guess(text: str) -> str:
    """Coarse style guess from vocabulary; modern_saas is the default."""
    toks = [t.strip(".,:;!?()\"'“”‘’").lower().replace("’", "'") for t in text.split()]
    scores = {k: sum(wt * toks.count(w) for w, wt in v.items()) for k, v in _LAYOUT_WORDS.items()}
    saas = scores.pop("modern_saas")
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 4 and scores[best] > saas else "modern_saas"


def _blocks(
    rgb: Image.Image, gray: Image.Image, found: list[Word], boxes: list[tuple[int, int, int, int]]
) -> tuple[list[Block], Page]:
    lines = group_lines(found)
    measure_ink(gray, lines)
    measure_tint(rgb, lines)
    blocks = _one_per_button(_apart_at_boxes(group_blocks(lines), boxes), boxes)
    page = Page(blocks, rgb.width)
    for b in blocks:
        b.button = _in_box(b, boxes) is not None or is_button(rgb, b, page.em)
    return blocks, page


def _apart_at_boxes(blocks: list[Block], boxes: list[tuple[int, int, int, int]]) -> list[Block]:
    """A line inside a button or badge box and the lines outside it are texts of their own
    (a "Parallel session" pill over a talk's title, the title in the same grey)."""
    out: list[Block] = []
    for b in blocks:
        if len(b.lines) < 2:
            out.append(b)
            continue
        where = [_in_box(ln, boxes) for ln in b.lines]
        if all(w is None for w in where) or len(set(where)) == 1:
            out.append(b)
            continue
        run = [b.lines[0]]
        for prev, ln, w in zip(where[:-1], b.lines[1:], where[1:], strict=True):
            if w != prev:
                out.append(_block_of(run, b))
                run = []
            run.append(ln)
        out.append(_block_of(run, b))
    return out


def _block_of(lines: list[Line], like: Block) -> Block:
    part = Block(lines, kind=like.kind)
    part.update()
    return part


def _in_box(b: Block | Line, boxes: list[tuple[int, int, int, int]]) -> int | None:
    return next(
        (
            i
            for i, (x0, y0, x1, y1) in enumerate(boxes)
            if x0 <= (b.x0 + b.x1) / 2 <= x1 and y0 <= (b.y0 + b.y1) / 2 <= y1
        ),
        None,
    )


def _one_per_button(blocks: list[Block], boxes: list[tuple[int, int, int, int]]) -> list[Block]:
    """The lines inside one button box are one label (a store badge's small "GET IT ON"
    over its big "Google Play"), whatever their sizes."""
    out: list[Block] = []
    seen: dict[int, Block] = {}
    for b in blocks:
        i = _in_box(b, boxes)
        if i is None:
            out.append(b)
        elif i in seen:
            seen[i].lines = sorted(seen[i].lines + b.lines, key=lambda ln: (ln.y0, ln.x0))
            seen[i].update()
        else:
            seen[i] = b
            out.append(b)
    return out


def _xywh(text: Any, width: int, height: int) -> list[int] | None:
    """A text's box as [x, y, w, h], clipped to the image."""
    box = box_of(text) if isinstance(text, str) else None
    if box is None:
        return None
    x0, y0 = max(0, min(box[0], width - 1)), max(0, min(box[1], height - 1))
    x1, y1 = max(x0 + 1, min(box[2], width)), max(y0 + 1, min(box[3], height))
    return [x0, y0, x1 - x0, y1 - y0]


def attach_boxes(sections: list[dict[str, Any]], width: int, height: int) -> None:
    """Every text component gets `box`, every grid `item_boxes` (DESIGN.md §1)."""
    for section in sections:
        for comp in section["components"]:
            if "items" not in comp:
                comp["box"] = _xywh(comp["current_content"], width, height)
                continue
            comp["item_boxes"] = [
                {
                    field: (
                        [_xywh(v, width, height) for v in value]
                        if isinstance(value, list)
                        else _xywh(value, width, height)
                    )
                    for field, value in item.items()
                }
                for item in comp["items"]
            ]


def copy_blocks(blocks: list[Block], page: Page) -> list[Block]:
    """Text far smaller than the page's body text is a picture's (phone and dashboard
    mock-ups, screenshots), not copy; small capitals in the navigation bar are links. A
    block of symbols only (an accordion's "+", a lone "©") or of one letter (a social icon
    read as "f") is an icon, a token of one
    or two characters inside a longer text's box is a second reading of part of it (an
    outlined display headline's letter read as "0"), and a lone quote mark by a
    quotation is its decoration. A bare clock ("9:41", "LON 6:26") is a device's status bar
    or lock screen in a mock-up: copy gives a time with its words ("Open 9:00 - 17:00").
    A scrap of a word or two cut by the page's side edge is a picture's (a tilted phone
    running off the page): copy stays inside the page."""
    return [
        b
        for b in blocks
        if (b.h >= _TINY * page.em or b.button or b.y1 < _NAV_BAR)
        and not (words(b.text) <= 2 and (b.x0 <= 2 or b.x1 >= page.width - 2))
        and any(ch.isalnum() for ch in b.text)
        and not (len(b.text.strip()) == 1 and b.text.strip().isalpha())
        and not _device_clock(b.text)
        and not _misread_inside(b, blocks)
        and not _quote_mark(b, blocks, page.em)
    ]


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _device_clock(text: str) -> bool:
    """A clock time, alone or beside a city's or a day's code or a date ("SYD 3:26")."""
    tokens = text.split()
    return (
        0 < len(tokens) <= 3
        and any(_CLOCK.fullmatch(t) for t in tokens)
        and all(
            _CLOCK.fullmatch(t) or (t.isalpha() and t.isupper() and len(t) <= 3) or t.isdigit()
            for t in tokens
        )
    )


# a quotation's decorative quote marks (an icon font's) as the engine reads them
_QUOTE_MARKS = frozenset({"99", "66", "“", "”", '"', "„", "«", "»"})


def _quote_mark(b: Block, blocks: list[Block], em: float) -> bool:
    """A lone quote mark ("99") at a corner of a quotation of a few lines: decoration."""
    if b.text.strip() not in _QUOTE_MARKS:
        return False
    reach = 3 * em
    return any(
        is_paragraph(o)
        and o.x0 - reach <= b.x1
        and b.x0 <= o.x1 + reach
        and o.y0 - reach <= b.y1
        and b.y0 <= o.y1 + reach
        for o in blocks
        if o is not b
    )


def _misread_inside(b: Block, blocks: list[Block]) -> bool:
    if len(b.text.strip()) > 2:
        return False
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return any(
        o is not b and len(o.text.strip()) > 2 and o.x0 <= cx <= o.x1 and o.y0 <= cy <= o.y1
        for o in blocks
    )


def panel_rows(boxes: list[BoxXY], blocks: list[Block], width: int) -> list[int]:
    """The top and bottom rows of inset panels that stand alone across the page: a panel
    with text beside it (a form card beside contact details) is part of its section, and a
    full-width one is a band, which the edge colour sees (or rightly does not)."""
    rows: list[int] = []
    for x0, top, x1, bottom in boxes:
        if x0 <= 8 and x1 >= width - 8:
            continue
        beside = any(
            b.y1 > top and b.y0 < bottom and (b.x0 < x0 - 4 or b.x1 > x1 + 4) for b in blocks
        )
        if not beside:
            rows += [top, bottom]
    return rows


def picture_share(profile: list[int], found: list[Word]) -> float:
    """Share of the page's non-blank rows that hold no text read: photos, illustrations,
    gradients and mock-ups, where text is missed or read out of context."""
    texted = bytearray(len(profile))
    for w in found:
        texted[max(0, w.y0) : max(0, w.y1)] = b"\x01" * (max(0, w.y1) - max(0, w.y0))
    busy = [y for y, v in enumerate(profile) if v > 4]
    return sum(1 for y in busy if not texted[y]) / max(len(busy), 1)


def signals(
    found: list[Word],
    blocks: list[Block],
    sections: list[dict[str, Any]],
    height: int,
    profile: list[int] | None = None,
) -> dict[str, float]:
    """What the analyser can see of its own quality (inputs of `confidence`)."""
    comps = [c for s in sections for c in s["components"]]
    grids = [c for c in comps if "items" in c]
    cards = [c for c in grids if c["element"] != "logo_list"]  # (a logo's item is its name)
    placed = sum(len(c["items"]) for c in grids) + len(comps) - len(grids)
    return {
        "ocr": sum(w.conf for w in found) / len(found) / 100,
        # share of words the engine was unsure of (faint text, text in pictures)
        "unsure": sum(1 for w in found if w.conf < 85) / len(found),
        "typed": sum(1 for s in sections if s["type"] not in ("about", "other"))
        / max(len(sections), 1),
        # a tall page seen as few sections lost its boundaries
        "sections_per_kpx": 1000 * len(sections) / max(height, 1),
        "sections": float(len(sections)),
        "grid_share": sum(len(c["items"]) for c in grids) / max(placed, 1),
        "blocks": float(len(blocks)),
        "pictures": picture_share(profile, found) if profile else 0.0,
        # shapes the analyser is often wrong about: cards of one field (fragments of cards;
        # a logo list's items are one name each), big grids (text read inside pictures),
        # the first and last sections not found
        "thin_cards": sum(len(it) <= 1 for c in cards for it in c["items"])
        / max(sum(len(c["items"]) for c in cards), 1),
        "max_grid": float(max((len(c["items"]) for c in grids), default=0)),
        "ends": float(
            bool(sections and sections[0]["type"] == "navigation")
            + bool(sections and sections[-1]["type"] == "footer")
        ),
        "team": sum(s["type"] == "team" for s in sections) / max(len(sections), 1),
        # loose texts per section: sections merged, or cards not seen as cards
        "loose_per_section": (len(comps) - len(grids)) / max(len(sections), 1),
        "about": sum(s["type"] == "about" for s in sections) / max(len(sections), 1),
        "short_blocks": sum(words(b.text) <= 2 for b in blocks) / max(len(blocks), 1),
        "words": float(words(" ".join(b.text for b in blocks))),
    }


# Signs of a poor map, each counted the same: (signal, direction, mean, spread) over the
# 49 development real pages. Cards of one field are fragments of cards that were split or
# text read inside pictures (logo lists, whose items are a name each, do not count);
# sections typed `team` are mostly service or feature cards whose titles read as names;
# rows of ink without text read are pictures, where text is missed or read out of context;
# many loose texts per section mean sections merged or cards not seen as cards; fewer
# sections per 1000 px mean boundaries lost.
_SIGNS = (
    ("thin_cards", -1, 0.150, 0.197),
    ("team", -1, 0.028, 0.053),
    ("pictures", -1, 0.637, 0.100),
    ("loose_per_section", -1, 3.04, 1.111),
    ("sections_per_kpx", 1, 2.116, 0.603),
)


def confidence(sig: dict[str, float]) -> float:
    """A 0-1 prediction of the analysis' score from its signals.

    The sum of the standardised signs of a poor map (`_SIGNS`), equal weights, mapped onto
    the score by a least-squares line, so the figure reads as a score (compressed towards
    the middle: pages it puts under 0.8 are the ones to check). Equal weights rather than
    fitted ones (session 16): with ~50 pages the fitted three-signal lines changed with
    every rule that moved a few scores (leave-one-out rank correlation 0.40-0.53), while
    the equal-weight sum ranks the development pages at about 0.65 and every real page,
    held-out ones included, at about 0.58. bench/eval_offline.py prints
    confidence beside score and their rank correlation, the held-out set included. The
    OCR's own certainty hardly helps: the engine is as sure of text it reads in pictures.
    Few words means little was read at all."""
    if sig["words"] < 20:
        return 0.1
    if sig.get("rough"):
        return 0.2  # the layout stage failed: texts in reading order only
    value = 0.853 + 0.0207 * sum(d * (sig[k] - m) / s for k, d, m, s in _SIGNS)
    return round(max(0.05, min(0.95, value)), 2)


@dataclass
class _Look:
    """What the screenshot shows apart from its text: background bands, boxes (buttons,
    cards, badges), rules, inset panels and each row's contrast with its surroundings."""

    bands: list[Band]
    boxes: list[tuple[int, int, int, int, str]]  # x0, y0, x1, y1, kind
    rules: list[int]
    panels: list[BoxXY]
    contrast: list[int]


def _look(rgb: Image.Image, gray: Image.Image) -> _Look:
    bands = color_bands(row_colors(rgb))
    boxes, _ = find_all_boxes(rgb, bands)
    return _Look(bands, boxes, rules(gray), panels(gray), local_contrast(gray))


def analyze_signals(image: Image.Image) -> tuple[dict[str, Any], dict[str, float]]:
    """The loose analysis dict and its quality signals, before normalisation."""
    rgb = image.convert("RGB")
    gray = rgb.convert("L")
    profile = row_profiles(gray)
    with ThreadPoolExecutor(1) as side:  # the picture's shapes, beside the OCR
        looked = side.submit(_look, rgb, gray)
        found = join_initials(drop_stray_glyphs(ocr_page(rgb, profile)))
        look = looked.result()
    if not found:
        return {"sections": [], "layout_type": "modern_saas"}, {"words": 0.0}
    bands, boxes = look.bands, look.boxes
    found = read_counters(rgb, read_badges(rgb, boxes, found))
    buttons = button_boxes(boxes, found)
    rough = False
    try:
        blocks, page = _blocks(rgb, gray, found, buttons)
        blocks = copy_blocks(blocks, page)
        dividers = look.rules + panel_rows(look.panels, blocks, rgb.width)
        groups = split_sections(blocks, bands, look.contrast, rgb.width, dividers, page.em)
        sections = assemble(groups, page)
    except Exception as exc:  # a layout rule that breaks on a page nobody foresaw
        if type(exc).__name__ == "SoftTimeLimitExceeded":
            raise  # (the worker's time limit is the task's to handle, not a layout failure)
        log.warning("offline_layout_failed", error=type(exc).__name__, words=len(found))
        blocks = group_blocks(group_lines(found))
        sections, rough = [_plain(blocks)], True
    attach_boxes(sections, rgb.width, rgb.height)
    text = " ".join(b.text for b in blocks)
    raw = {"sections": sections, "layout_type": layout_guess(text)}
    sig = signals(found, blocks, sections, rgb.height, profile)
    sig["rough"] = float(rough)
    return raw, sig


def _plain(blocks: list[Block]) -> dict[str, Any]:
    """Every text in reading order as one section: the map when the layout stage fails
    (a rough map the user is warned of beats a failed analysis)."""
    ordered = sorted(blocks, key=lambda b: (b.y0, b.x0))
    return {
        "type": "other",
        "components": [{"element": "description", "current_content": b.text} for b in ordered],
    }


def analyze_raw(image: Image.Image) -> tuple[dict[str, Any], float]:
    """The loose analysis dict and a confidence figure, before normalisation."""
    raw, sig = analyze_signals(image)
    return raw, confidence(sig)


def analyze_image(image: Image.Image) -> Analysis:
    """Analyse a landing-page screenshot without a vision model."""
    raw, confidence = analyze_raw(image)
    if not raw["sections"]:
        raw = {
            "sections": [
                {
                    "type": "other",
                    "components": [
                        {"element": "description", "current_content": "(no text found)"}
                    ],
                }
            ]
        }
    return normalize(raw, source="offline", confidence=confidence)
