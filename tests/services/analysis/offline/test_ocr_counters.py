"""A row of counters whose lone digits text detection misses is read a second time."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.services.analysis.offline.buttons import read_counters
from app.services.analysis.offline.ocr import ocr_page, row_profiles

# four counters at "0" (before their animation runs) over their labels, on a dark band
PAGE = Path(__file__).resolve().parents[3] / "data" / "real" / "page_206.png"
LABELS = (
    ("TOTAL", "PROJECTS"),
    ("STAFF", "MEMBERS"),
    ("HOURS", "WORK"),
    ("COUNTRIES", "EXPERIENCE"),
)


def test_each_label_of_a_counter_row_gets_its_figure() -> None:
    with Image.open(PAGE) as img:
        row = img.convert("RGB").crop((0, 1650, 1440, 1800))
    found = ocr_page(row, row_profiles(row.convert("L")))
    spans = [[next(w for w in found if w.text == t) for t in label] for label in LABELS]
    zeros = [w for w in found if w.text == "0"]
    # on the whole page, detection reads only the last one: keep that one
    found = [w for w in found if w.text != "0" or w is zeros[-1]]
    figures = [w for w in read_counters(row, found) if w.text == "0"]
    assert len(figures) == 4
    for first, last in spans:  # one figure right above the middle of each label
        assert any(
            first.x0 < (f.x0 + f.x1) / 2 < last.x1 and 0 < first.y0 - f.y1 < 60 for f in figures
        )
    # with every figure read, nothing more is read or added
    assert len(read_counters(row, read_counters(row, found))) == len(read_counters(row, found))
