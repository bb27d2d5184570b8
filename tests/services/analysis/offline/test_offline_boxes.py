"""Boxes of the offline analysis against the DOM boxes of the real pages."""

from __future__ import annotations

import json

from tests.services.analysis.real_pages import analysed, boxed_elements, iou, real_pages, tokens


def test_every_element_has_a_box_inside_the_image() -> None:
    pages = real_pages()
    assert len(pages) >= 4
    for png in pages:
        analysis = analysed(png)
        dom = json.loads(png.with_name(f"{png.stem}.dom.json").read_text())
        for text, box in boxed_elements(analysis):
            assert box is not None, (png.name, text)
            x, y, w, h = box
            assert w > 0 and h > 0 and x + w <= dom["width"] and y + h <= dom["height"], box


def test_boxes_match_the_dom_boxes_of_real_pages() -> None:
    """IoU >= 0.5 with the DOM box of the same text for >= 90% of matched elements."""
    matched = good = 0
    misses = []
    for png in real_pages():
        dom = json.loads(png.with_name(f"{png.stem}.dom.json").read_text())
        # form fields' DOM boxes are the inputs, not their text
        blocks = [(tokens(b["text"]), b["box"]) for b in dom["blocks"] if b["kind"] == "text"]
        for text, box in boxed_elements(analysed(png)):
            mine = tokens(text)
            if not mine or box is None:
                continue
            x, y, w, h = box
            same = [
                dom_box
                for theirs, dom_box in blocks
                if len(mine & theirs) >= 0.8 * len(mine | theirs)
            ]
            if not same:
                continue  # no DOM block holds this text as one piece
            # the nearest block of the same text (a label may repeat down the page)
            best_box = min(
                same, key=lambda b: abs(b[0] + b[2] - 2 * x - w) + abs(b[1] + b[3] - 2 * y - h)
            )
            matched += 1
            if iou([x, y, x + w, y + h], best_box) >= 0.5:
                good += 1
            else:
                misses.append((png.stem, text[:40], box, best_box))
    assert matched >= 100, matched
    assert good >= 0.9 * matched, (good, matched, misses)
