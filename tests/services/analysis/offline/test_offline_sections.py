"""Section splitting and typing rules found on real pages, checked on hand-built blocks
(no OCR)."""

from __future__ import annotations

from PIL import Image

from app.services.analysis.offline.layout import (
    Band,
    Block,
    Line,
    local_contrast,
    split_sections,
)
from app.services.analysis.offline.ocr import Word, row_profiles

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


def test_a_soft_gradient_between_texts_is_blank_space() -> None:
    # a glow: every row spans dark to light (max - min is high), neighbours differ little
    gray = Image.new("L", (WIDTH, 900))
    gray.putdata([40 + x * 150 // WIDTH for _ in range(900) for x in range(WIDTH)])
    top, below = _block("Brand", y0=40), _block("A big title", y0=400, h=50)
    band = [Band(0, 900, (40, 40, 40))]
    assert max(row_profiles(gray)) > 100
    assert split_sections([top, below], band, local_contrast(gray), WIDTH) == [[top], [below]]
