"""The preview painter on a page drawn with known colours, weights, sizes and alignments:
what it measures, how it clears, and where it draws."""

from __future__ import annotations

import io

from PIL import Image, ImageChops

from app.services.preview import layout
from app.services.preview.paint import Job, measure, paint
from tests.support.preview_pages import synthetic_page


def _page() -> tuple[Image.Image, list[layout.Element]]:
    png, analysis = synthetic_page()
    img = Image.open(io.BytesIO(png)).convert("RGB")
    return img, layout.elements(analysis, width=img.width, height=img.height)


def _job(item: layout.Element, text: str | None = None) -> Job:
    assert item.rect is not None
    return Job(item.rect, text or item.original, item.original, "button" in item.label)


def _close(a: tuple[int, ...], b: tuple[int, ...], tol: int) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_measures_colours_alignment_weight_and_size() -> None:
    img, items = _page()
    by = {i.label: measure(img, _job(i)) for i in items}
    logo, title, desc = by["logo"], by["main_title"], by["description"]
    button, heading, body = by["cta_button"], by["section_heading"], by["section_description"]
    # Background: flat bands are flat with their exact colour; the gradient hero is not.
    assert logo.flat and logo.background == (255, 255, 255)
    assert heading.flat and heading.background == (243, 244, 246)
    assert button.flat and button.background == (250, 204, 21)
    assert not title.flat and not desc.flat
    # Text colour (the synthetic page's fills).
    assert _close(logo.colour, (17, 24, 39), 12)
    assert _close(title.colour, (255, 255, 255), 12)
    assert _close(button.colour, (17, 24, 39), 12)
    # Lines and alignment: the title and description are centred on two lines.
    assert len(title.lines) == 2 and title.align == "center"
    assert len(desc.lines) == 2 and desc.align == "center"
    assert heading.align == "left" and body.align == "left"
    # Weight from stroke width: bold headings heavier than body text.
    assert title.weight >= 700 and heading.weight >= 600
    assert body.weight <= 500 and desc.weight <= 500
    # Size within 20% of the drawn size.
    for m, drawn in ((title, 46), (desc, 20), (heading, 32), (body, 18), (logo, 22)):
        assert abs(m.size - drawn) <= 0.2 * drawn, (m.size, drawn)


def test_paint_replaces_text_inside_the_boxes_only() -> None:
    img, items = _page()
    # The same words in another order: as wide as the original, so each fits its box.
    jobs = [_job(i, " ".join(reversed(i.original.split()))) for i in items]
    out = paint(img, jobs)
    assert out.size == img.size
    diff = ImageChops.difference(out, img).convert("L").point(lambda v: 255 if v > 8 else 0)
    mask = Image.new("L", img.size, 0)
    for job in jobs:
        x0, y0, x1, y1 = job.rect
        mask.paste(255, (x0 - 3, y0 - 3, x1 + 3, y1 + 3))
    outside = ImageChops.subtract(diff, mask)
    assert outside.getbbox() is None  # nothing changed outside the (padded) boxes
    for job in jobs:
        assert diff.crop(job.rect).getbbox() is not None  # every box changed


def test_flat_areas_are_cleared_to_their_colour() -> None:
    img, items = _page()
    heading = next(i for i in items if i.label == "section_heading")
    assert heading.rect is not None
    out = paint(img, [Job(heading.rect, "", heading.original)])
    # No copy: the box is just cleared, every pixel the band's colour.
    colours = out.crop(heading.rect).getcolors()
    assert colours == [(colours[0][0], (243, 244, 246))]


def test_long_copy_shrinks_to_fit_and_stays_in_its_box() -> None:
    img, items = _page()
    title = next(i for i in items if i.label == "main_title")
    assert title.rect is not None
    long = "A much longer headline than the original one that must still fit its box " * 2
    out = paint(img, [Job(title.rect, long, title.original)])
    x0, y0, x1, y1 = title.rect
    diff = ImageChops.difference(out, img).convert("L").point(lambda v: 255 if v > 40 else 0)
    box = diff.getbbox()
    assert box is not None
    assert box[0] >= x0 - 3 and box[2] <= x1 + 3 and box[1] >= y0 - 3 and box[3] <= y1 + 3


def test_upper_case_originals_stay_upper_case() -> None:
    img, items = _page()
    eyebrow = next(i for i in items if i.label == "subtitle")
    assert eyebrow.original.isupper()
    lower = paint(img, [Job(eyebrow.rect, "bread for busy families", eyebrow.original)])  # type: ignore[arg-type]
    upper = paint(img, [Job(eyebrow.rect, "BREAD FOR BUSY FAMILIES", eyebrow.original)])  # type: ignore[arg-type]
    assert lower.tobytes() == upper.tobytes()


def test_one_line_labels_shrink_a_little_then_run_wider() -> None:
    img, items = _page()
    logo = next(i for i in items if i.label == "logo")
    assert logo.rect is not None
    _, y0, x1, y1 = logo.rect
    long = "Northwind Studio and Partners International"
    out = paint(img, [Job(logo.rect, long, logo.original)])
    diff = ImageChops.difference(out, img).convert("L").point(lambda v: 255 if v > 40 else 0)
    box = diff.getbbox()
    assert box is not None
    assert box[2] > x1 + 20  # wider than its box rather than unreadably small
    assert box[3] - box[1] >= 0.6 * (y1 - y0) * 0.6  # still one readable line


def test_odd_boxes_and_texts_never_break_the_painter() -> None:
    img, _ = _page()
    w, h = img.size
    rects = [
        (0, 0, w, h),  # the whole page: no ring to sample
        (0, 0, 2, 2),
        (w - 3, h - 3, w, h),
        (10, 10, 1000, 13),  # a hair-thin strip
        (500, 10, 503, 900),  # a tall needle
        (100, 300, 1100, 600),
    ]
    texts = ["", "   ", "x", "🍞 émigré — naïve 東京 مرحبا", "word " * 400, "A" * 300]
    jobs = [Job(r, t, t[:20]) for r in rects for t in texts]
    out = paint(img, jobs)
    assert out.size == img.size
