"""A word box placed from the recogniser's steps can start or end inside a glyph; the OCR
widens each box a little (up to halfway to the next word) before shrinking it to its ink, so
a word's edges are its glyphs' edges."""

from __future__ import annotations

import numpy as np

from app.services.analysis.offline.ocr import Word, _widen, tighten


def _page(cd: int = 64) -> np.ndarray:
    """Two words of 20 px high glyphs on white: "ab" inked over x 20-59, "cd" from x `cd`
    to 109."""
    gray = np.full((40, 200), 255, dtype=np.int16)
    gray[10:30, 20:26] = 0  # a
    gray[10:30, 30:60] = 0  # b
    gray[10:30, cd:110] = 0  # cd
    return gray


def test_a_word_box_that_cuts_into_its_letters_ends_at_their_edges() -> None:
    words = [Word("ab", 22, 8, 58, 32, 99.0), Word("cd", 66, 8, 108, 32, 99.0)]
    found = tighten(_page(), _widen(words, 5, 195))
    assert [(w.x0, w.x1) for w in found] == [(20, 60), (64, 110)]


def test_a_widened_word_box_stops_halfway_to_the_next_word() -> None:
    """Words 2 px apart: "ab"'s box widens only to the middle of the gap and "cd"'s (cut 1 px
    into its first glyph) from there, so neither takes the other's ink."""
    words = [Word("ab", 20, 8, 60, 32, 99.0), Word("cd", 63, 8, 110, 32, 99.0)]
    widened = _widen(words, 0, 200)
    assert widened[0].x1 <= 61 <= widened[1].x0
    found = tighten(_page(cd=62), widened)
    assert [(w.x0, w.x1) for w in found] == [(20, 60), (62, 110)]
