"""Section splitting and typing rules found on real pages, checked on hand-built blocks
(no OCR)."""

from __future__ import annotations

from PIL import Image

from app.services.analysis.offline.classify import Page
from app.services.analysis.offline.layout import (
    Band,
    Block,
    Line,
    local_contrast,
    split_sections,
)
from app.services.analysis.offline.ocr import Word, row_profiles
from app.services.analysis.offline.sections import assemble

WIDTH = 1440


def _block(text: str, *, x0: int = 100, y0: int = 100, h: int = 20, button: bool = False) -> Block:
    words = [
        Word(t, x0 + 70 * j, y0, x0 + 70 * j + 60, y0 + h, 95.0) for j, t in enumerate(text.split())
    ]
    ln = Line(words)
    ln.update()
    ln.ink = 40.0
    b = Block([ln], button=button)
    b.update()
    return b


def _body(y0: int, n: int = 6) -> list[Block]:
    """Plain paragraphs at body size: they set the page's em to 20."""
    return [_block("some plain body text of the page here", y0=y0 + 40 * i) for i in range(n)]


def _types(groups: list[list[Block]]) -> list[str]:
    blocks = [b for g in groups for b in g]
    return [s["type"] for s in assemble(groups, Page(blocks, WIDTH))]


def test_a_soft_gradient_between_texts_is_blank_space() -> None:
    # a glow: every row spans dark to light (max - min is high), neighbours differ little
    gray = Image.new("L", (WIDTH, 900))
    gray.putdata([40 + x * 150 // WIDTH for _ in range(900) for x in range(WIDTH)])
    top, below = _block("Brand", y0=40), _block("A big title", y0=400, h=50)
    band = [Band(0, 900, (40, 40, 40))]
    assert max(row_profiles(gray)) > 100
    assert split_sections([top, below], band, local_contrast(gray), WIDTH) == [[top], [below]]


def test_a_brand_alone_at_the_page_top_is_the_navigation() -> None:
    brand = _block("Rainblur", y0=34, h=42)
    title = _block("Main hero message", y0=240, h=50)
    assert _types([[brand], [title, *_body(320)]]) == ["navigation", "hero"]


def test_buttons_over_the_copyright_line_are_a_call_to_action_after_the_hero() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    closing = [
        _block("Download our app:", x0=640, y0=755),
        _block("App Store", x0=600, y0=810, button=True),
        _block("Google play", x0=780, y0=810, button=True),
    ]
    mark = _block("© App 2020", y0=914)
    brand = _block("Rainblur", y0=34, h=42)
    assert _types([[brand], [*hero, *closing, mark]]) == ["navigation", "hero", "cta", "footer"]


def test_a_heading_over_a_field_and_its_button_is_a_call_to_action() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    signup = [
        _block("Ready to get started? Sign up now!", x0=480, y0=1000, h=31),
        _block("Email Address", x0=425, y0=1080),
        _block("Submit", x0=956, y0=1080, button=True),
    ]
    assert _types([hero, signup])[1] == "cta"
