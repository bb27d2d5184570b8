"""Annotated images: one outline per section and one box per element of the analysis,
counted from the drawing calls and found again on the pixels by colour."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.services.preview import layout
from app.services.preview.annotate import COLOURS, annotate
from tests.support.preview_pages import real_analysis, real_png, synthetic_page


def _load(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img.convert("RGB")


def _edge_share(
    img: Image.Image, rect: tuple[int, int, int, int], colour: tuple[int, ...]
) -> float:
    """Share of the outline's top and left edge pixels that have exactly `colour`."""
    x0, y0, x1, y1 = rect
    pixels = img.load()
    assert pixels is not None
    points = [(x, y0) for x in range(x0, x1 + 1)] + [(x0, y) for y in range(y0, y1 + 1)]
    hits = sum(1 for p in points if pixels[p] == colour)
    return hits / len(points)


@pytest.mark.parametrize("page", [0, 101, 105, 110, 112])
def test_one_outline_per_section_and_one_box_per_element(page: int) -> None:
    if page == 0:
        png, analysis = synthetic_page()
    else:
        png, analysis = real_png(page), real_analysis(page)
    img = _load(png)
    items = layout.elements(analysis, width=img.width, height=img.height)
    boxed = [i for i in items if i.rect is not None]
    bounds = layout.sections(items)
    out, shapes = annotate(img, items, bounds)

    sections = [s for s in shapes if s.kind == "section"]
    elements = [s for s in shapes if s.kind == "element"]
    # Every section with a boxed element is outlined once; every boxed element is framed once.
    with_boxes = {i.position for i in boxed}
    assert len(sections) == len(with_boxes) == len(bounds)
    assert len(elements) == len(boxed)
    assert len(boxed) >= 0.7 * len(items)  # the DOM gives most elements a box
    types = {s["position"]: s["type"] for s in analysis["sections"]}
    assert sorted(s.label for s in sections) == sorted(
        f"{p} · {types[p].replace('_', ' ')}" for p in with_boxes
    )
    # ...and each is on the image in its section type's colour. Labels may cover part of an
    # edge, so most (not all) of it must carry the colour.
    for shape in shapes:
        assert shape.colour == COLOURS[types[shape.position]]
        assert _edge_share(out, shape.rect, shape.colour) > 0.5, shape


def test_colours_differ_per_section_type() -> None:
    assert len(set(COLOURS.values())) == len(COLOURS)


def test_section_crop_draws_only_that_section() -> None:
    png, analysis = synthetic_page()
    img = _load(png)
    items = layout.elements(analysis, width=img.width, height=img.height)
    bounds = layout.sections(items)
    out, shapes = annotate(img, items, bounds, section=2)
    hero = [i for i in items if i.position == 2]
    assert [s.kind for s in shapes].count("section") == 1
    assert [s.kind for s in shapes].count("element") == len(hero)
    band = layout.crop_rect(bounds[1], img.width, img.height)
    assert out.size == (band[2] - band[0], band[3] - band[1])


def test_boxes_outside_the_image_are_skipped() -> None:
    _, analysis = synthetic_page()
    comps = analysis["sections"][0]["components"]
    comps[0]["box"] = [5000, 10, 100, 20]  # beyond the right edge
    items = layout.elements(analysis, width=1200, height=990)
    assert items[0].rect is None
    assert all(i.rect is not None for i in items[1:])
    # A box partly outside is clipped to the image.
    assert layout.clip([1150, 980, 100, 40], 1200, 990) == (1150, 980, 1200, 990)
    assert layout.clip([1, 2, 3], 1200, 990) is None
    assert layout.clip([True, 2, 3, 4], 1200, 990) is None
