"""The analysis format (DESIGN.md §1): what the vision step produces, validated."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SectionType = Literal[
    "hero",
    "navigation",
    "about",
    "features",
    "how_it_works",
    "stats",
    "testimonials",
    "pricing",
    "faq",
    "social_proof",
    "team",
    "cta",
    "contact",
    "footer",
    "other",
]
SECTION_TYPES: tuple[str, ...] = SectionType.__args__  # type: ignore[attr-defined]
LayoutType = Literal["modern_saas", "corporate", "creative", "ecommerce"]
LAYOUT_TYPES: tuple[str, ...] = LayoutType.__args__  # type: ignore[attr-defined]

ItemValue = str | list[str]
# [x, y, width, height] in the stored image's pixels (DESIGN.md §1); optional everywhere.
Box = tuple[
    Annotated[int, Field(ge=0)],
    Annotated[int, Field(ge=0)],
    Annotated[int, Field(ge=0)],
    Annotated[int, Field(ge=0)],
]
ItemBoxes = dict[str, Box | list[Box]]


class TextComponent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    element: Annotated[str, Field(min_length=1, max_length=64)]
    current_content: str
    word_count: Annotated[int, Field(ge=0)]
    word_range: str
    box: Box | None = None


class GridComponent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    element: Annotated[str, Field(min_length=1, max_length=64)]
    count: Annotated[int, Field(ge=0)]
    per_card: dict[str, str]
    items: list[dict[str, ItemValue]]
    # Parallel to `items`: each field's box (a list of boxes for list fields).
    item_boxes: list[ItemBoxes] | None = None


Component = TextComponent | GridComponent


class Section(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: SectionType
    position: Annotated[int, Field(ge=1)]
    components: list[Component]


class Analysis(BaseModel):
    model_config = ConfigDict(extra="ignore")

    sections: list[Section]
    layout_type: LayoutType = "modern_saas"
    total_text_elements: Annotated[int, Field(ge=0)]
    source: Literal["offline", "vision"] | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None
    model: str | None = None
