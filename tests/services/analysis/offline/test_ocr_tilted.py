"""Text on a slant is a tilted picture's (phone screens fanned across a hero): the OCR drops
lines whose detected box is turned 12 to 78 degrees, and reads level lines as before."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from app.services.analysis.offline.ocr import default_engine, tilted


def _quad(cx: float, cy: float, long: float, short: float, degrees: float) -> np.ndarray:
    """A detection box: top-left, top-right, bottom-right, bottom-left."""
    a = np.radians(degrees)
    along, across = np.array([np.cos(a), np.sin(a)]), np.array([-np.sin(a), np.cos(a)])
    centre = np.array([cx, cy])
    half_l, half_s = along * long / 2, across * short / 2
    return np.array(
        [
            centre - half_l - half_s,
            centre + half_l - half_s,
            centre + half_l + half_s,
            centre - half_l + half_s,
        ]
    )


def test_a_long_line_turned_past_twelve_degrees_is_tilted() -> None:
    assert not tilted(_quad(300, 100, 400, 30, 0))
    assert not tilted(_quad(300, 100, 400, 30, 5))
    assert tilted(_quad(300, 100, 400, 30, -25))
    assert tilted(_quad(300, 100, 200, 40, 30))
    # a short word's box turns by a few degrees either way: no direction to trust
    assert not tilted(_quad(300, 100, 38, 20, 20))
    assert not tilted(_quad(300, 100, 300, 30, 90))  # (upright: not a slant)


def test_the_ocr_reads_level_lines_and_drops_tilted_ones() -> None:
    font = ImageFont.load_default(size=28)
    page = Image.new("RGB", (1200, 700), "white")
    ImageDraw.Draw(page).text((60, 40), "Launch your website today", fill="black", font=font)
    card = Image.new("RGB", (560, 60), "white")
    ImageDraw.Draw(card).text((10, 10), "Reliable hosting for teams", fill="black", font=font)
    turned = card.rotate(25, expand=True, fillcolor="white")
    page.paste(turned, (300, 250))
    words = {w.text.lower() for w in default_engine().read(page)}
    assert {"launch", "website", "today"} <= words
    assert not words & {"reliable", "hosting", "teams"}
