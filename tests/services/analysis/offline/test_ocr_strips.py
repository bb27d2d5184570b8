"""ocr_page reads each strip with its long blank runs squeezed out (busy_rows) and maps the
words back to page rows (page_y): a fake engine that reports every dark block as a word."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.services.analysis.offline.ocr import _MARGIN, Word, busy_rows, ocr_page, page_y


class BlockEngine:
    """Each run of rows holding dark pixels is one word, in the given image's coordinates."""

    name = "blocks"

    def __init__(self) -> None:
        self.heights: list[int] = []

    def read_many(self, images: list[Image.Image]) -> list[list[Word]]:
        return [self.read(image) for image in images]

    def read(self, image: Image.Image) -> list[Word]:
        dark = (np.asarray(image.convert("L")) < 128).any(axis=1)
        self.heights.append(image.height)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], dark.view(np.int8), [0]))))
        return [
            Word(f"word{i}", 10, int(a), 200, int(b), 99.0)
            for i, (a, b) in enumerate(zip(edges[::2], edges[1::2], strict=True))
        ]

    def read_line(self, image: Image.Image) -> tuple[str, float]:
        return "", 0.0

    def read_lines(self, images: list[Image.Image]) -> list[tuple[str, float]]:
        return [self.read_line(image) for image in images]


def test_busy_rows_keeps_margins_and_drops_the_inside_of_long_blank_runs() -> None:
    profile = [0] * 10 + [50] * 5 + [0] * 100 + [50] * 5 + [0] * 10
    rows = busy_rows(profile, 0, len(profile)).tolist()
    assert rows[:15] == list(range(15))  # a short blank run is kept whole
    assert rows[15 : 15 + _MARGIN] == list(range(15, 15 + _MARGIN))
    assert 15 + 50 not in rows  # the middle of the 100-row run is gone
    assert rows[-15:] == list(range(len(profile) - 15, len(profile)))
    assert len(rows) == len(profile) - (100 - 2 * _MARGIN)
    assert page_y(np.asarray(rows), 15 + _MARGIN) == 115 - _MARGIN
    assert page_y(np.asarray(rows), 20 + 2 * _MARGIN, end=True) == 120


def test_words_come_back_in_page_rows_after_squeezing() -> None:
    page = Image.new("RGB", (400, 1300), "white")
    draw = ImageDraw.Draw(page)
    blocks = [(100, 120), (700, 731), (1200, 1215)]
    for top, bottom in blocks:
        draw.rectangle((10, top, 199, bottom - 1), fill="black")
    engine = BlockEngine()
    words = ocr_page(page, engine=engine)
    assert [(w.y0, w.y1) for w in words] == blocks
    assert sum(engine.heights) < page.height - 500  # the blank runs were not read
