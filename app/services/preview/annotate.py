"""The annotated screenshot: every section outlined and labelled (position and type), every
boxed text element framed and labelled (element name and word range), one colour per
section type. Pure Pillow work on an in-memory image; callers run it off the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw

from app.services.preview.fonts import font
from app.services.preview.layout import Element, Rect, SectionBounds, crop_rect

# One colour per section type: saturated enough for white label text, distinct enough to
# tell neighbours apart (and for a test to count shapes by colour).
COLOURS: dict[str, tuple[int, int, int]] = {
    "navigation": (71, 85, 105),
    "hero": (220, 38, 38),
    "about": (37, 99, 235),
    "features": (22, 163, 74),
    "how_it_works": (8, 145, 178),
    "stats": (202, 138, 4),
    "testimonials": (147, 51, 234),
    "pricing": (219, 39, 119),
    "faq": (234, 88, 12),
    "social_proof": (13, 148, 136),
    "team": (79, 70, 229),
    "cta": (159, 18, 57),
    "contact": (77, 124, 15),
    "footer": (41, 37, 36),
    "other": (161, 98, 7),
}
SECTION_LINE = 4
SECTION_PAD = 10
SECTION_FONT = (700, 16)
ELEMENT_LINE = 2
ELEMENT_PAD = 3
ELEMENT_FONT = (600, 13)
LABEL_PAD = (6, 3)
TINT = 0.14  # how much of the section colour washes over an element box


@dataclass(frozen=True)
class Shape:
    kind: str  # "section" | "element"
    position: int  # the section's
    rect: Rect  # the outline as drawn
    colour: tuple[int, int, int]
    label: str


def colour_of(section_type: str) -> tuple[int, int, int]:
    return COLOURS.get(section_type, COLOURS["other"])


def _grow(rect: Rect, pad: int, width: int, height: int) -> Rect:
    x0, y0, x1, y1 = rect
    return max(0, x0 - pad), max(0, y0 - pad), min(width - 1, x1 + pad), min(height - 1, y1 + pad)


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Labels:
    """Label tabs placed so that they cover neither the page's text nor one another where
    a free spot exists nearby."""

    def __init__(self, width: int, height: int, obstacles: list[Rect]) -> None:
        self.width, self.height = width, height
        self.obstacles = list(obstacles)
        self.placed: list[tuple[Rect, str, tuple[int, int, int], tuple[int, int]]] = []

    def _free(self, rect: Rect, own: Rect) -> bool:
        if rect[0] < 0 or rect[1] < 0 or rect[2] > self.width or rect[3] > self.height:
            return False
        if any(_overlaps(rect, other[0]) for other in self.placed):
            return False
        return not any(_overlaps(rect, o) for o in self.obstacles if o != own)

    def add(
        self,
        outline: Rect,
        text: str,
        colour: tuple[int, int, int],
        size: tuple[int, int],
        own: Rect | None = None,
    ) -> None:
        face = font(*size)
        left, top, right, bottom = (int(v) for v in face.getbbox(text))
        w, h = right - left + 2 * LABEL_PAD[0], bottom - top + 2 * LABEL_PAD[1]
        x0, y0, x1, y1 = outline
        candidates = [
            (x0, y0 - h),  # above, left
            (x1 - w, y0 - h),  # above, right
            (x0, y1 + 1),  # below, left
            (x1 - w, y1 + 1),  # below, right
            (x1 + 1, y0),  # beside, right
            (x0 - w - 1, y0),  # beside, left
        ]
        chosen: Rect | None = None
        for cx, cy in candidates:
            rect = (cx, cy, cx + w, cy + h)
            if self._free(rect, own or outline):
                chosen = rect
                break
        if chosen is None:  # crowded: above (or inside at the top edge), left
            cx = min(max(0, x0), max(0, self.width - w))
            cy = y0 - h if y0 - h >= 0 else y0 + 1
            chosen = (cx, cy, cx + w, cy + h)
        self.placed.append((chosen, text, colour, size))

    def draw(self, draw: ImageDraw.ImageDraw) -> None:
        for rect, text, colour, size in self.placed:
            face = font(*size)
            draw.rectangle(rect, fill=colour)
            left, top, _, _ = face.getbbox(text)
            draw.text(
                (rect[0] + LABEL_PAD[0] - left, rect[1] + LABEL_PAD[1] - top),
                text,
                font=face,
                fill=(255, 255, 255),
            )


def annotate(
    image: Image.Image,
    items: list[Element],
    bounds: list[SectionBounds],
    *,
    section: int | None = None,
) -> tuple[Image.Image, list[Shape]]:
    """The annotated image (cropped to one section when `section` is given) and the shapes
    drawn on it, in image coordinates of the uncropped page."""
    img = image.convert("RGB")
    width, height = img.size
    shown = [b for b in bounds if section is None or b.position == section]
    positions = {b.position for b in shown}
    boxed = [e for e in items if e.rect is not None and e.position in positions]
    shapes: list[Shape] = []

    for item in boxed:
        assert item.rect is not None
        region = img.crop(item.rect)
        tint = Image.new("RGB", region.size, colour_of(item.section_type))
        img.paste(Image.blend(region, tint, TINT), item.rect[:2])

    draw = ImageDraw.Draw(img)
    labels = _Labels(width, height, [e.rect for e in boxed if e.rect is not None])
    for b in shown:
        colour = colour_of(b.type)
        outline = _grow(b.rect, SECTION_PAD + SECTION_LINE, width, height)
        draw.rectangle(outline, outline=colour, width=SECTION_LINE)
        text = f"{b.position} · {b.type.replace('_', ' ')}"
        shapes.append(Shape("section", b.position, outline, colour, text))
        labels.add(outline, text, colour, SECTION_FONT)
    for item in boxed:
        assert item.rect is not None
        colour = colour_of(item.section_type)
        outline = _grow(item.rect, ELEMENT_PAD, width, height)
        draw.rectangle(outline, outline=colour, width=ELEMENT_LINE)
        text = f"{item.label.replace('_', ' ')} · {item.word_range}"
        shapes.append(Shape("element", item.position, outline, colour, text))
        labels.add(outline, text, colour, ELEMENT_FONT, own=item.rect)
    labels.draw(draw)

    if section is not None and shown:
        img = img.crop(crop_rect(shown[0], width, height))
    return img, shapes
