"""Image bytes in, PNG bytes out: the two renderings, synchronous (run in a worker thread).

What to draw is decided by the caller (service.py) from the analysis and the generation, so
that the cache key and the response headers are known before any pixel is touched.
"""

from __future__ import annotations

import io

from PIL import Image

from app.services.preview.annotate import annotate
from app.services.preview.layout import Element, SectionBounds, crop_rect
from app.services.preview.paint import Filler, Job, fill_inpainted, paint
from app.services.screenshots.images import PNG_LEVEL


def _decode(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        return img.convert("RGB")


def _encode(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=PNG_LEVEL)
    return out.getvalue()


def annotated_png(
    data: bytes,
    items: list[Element],
    bounds: list[SectionBounds],
    *,
    section: int | None = None,
) -> bytes:
    img, _ = annotate(_decode(data), items, bounds, section=section)
    return _encode(img)


def preview_png(
    data: bytes,
    jobs: list[Job],
    *,
    crop: SectionBounds | None = None,
    filler: Filler = fill_inpainted,
) -> bytes:
    img = _decode(data)
    if crop is not None:
        # Only the band is shown: paint it alone (boxes are in page coordinates).
        band = crop_rect(crop, img.width, img.height)
        img = img.crop(band)
        dx, dy = band[0], band[1]
        jobs = [
            Job(
                rect=(j.rect[0] - dx, j.rect[1] - dy, j.rect[2] - dx, j.rect[3] - dy),
                text=j.text,
                original=j.original,
                button=j.button,
            )
            for j in jobs
        ]
    return _encode(paint(img, jobs, filler=filler))
