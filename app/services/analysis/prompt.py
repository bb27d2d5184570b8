"""The vision prompt: the product brief's rules, the vocabulary, and the response schema.

The model is asked only for structure and text; word counts, ranges, positions and
totals are ours to compute (app.services.analysis.structure), so they are not requested.
"""

from __future__ import annotations

from typing import Any

from app.schemas.analysis import LAYOUT_TYPES, SECTION_TYPES

ELEMENTS = """\
| section type | text elements | grid (item fields) |
| navigation | logo, nav_link, cta_button | - |
| hero | subtitle, main_title, description, cta_button, small_print | - |
| about | subtitle, section_heading, description | - |
| features | subtitle, section_heading, section_description | feature_cards (title, description) |
| how_it_works | same | steps (number, title, description) |
| stats | same | stats (value, label) |
| testimonials | same | testimonial_cards (quote, name, role) |
| pricing | same | pricing_cards (plan_name, price, description, features[list], cta, badge) |
| faq | same | faq_items (question, answer) |
| social_proof | section_heading | logo_list (name) |
| team | same as features | team_cards (name, role, bio) |
| cta | subtitle, section_heading, description, cta_button, small_print | - |
| contact | subtitle, section_heading, section_description, contact_detail, form_label, \
cta_button | - |
| footer | description, copyright, small_print | footer_columns (heading, links[list]) |"""

SYSTEM = """\
You map the structure and text of web page screenshots for a copywriting tool. You read \
every piece of text exactly as written and answer with JSON only: no prose, no code \
fences, no comments."""

RULES = f"""\
Map every section of the page from top to bottom and every text element in it.

Rules:
1. Every section, top to bottom, in the order it appears. Section "type" is one of: \
{", ".join(SECTION_TYPES)}.
2. Every text element whatever its size: eyebrow labels above headings, headings, \
paragraphs, buttons, links, small print, prices, names, roles, copyright lines. Skip only \
text inside photos or illustrations that is not part of the page's copy.
3. Copy each element's text exactly ("current_content"); the existing text is a \
placeholder that tells us the length to write, so transcribe it, do not summarise or \
rewrite it.
4. Repeated cards (features, steps, stats, testimonials, pricing plans, FAQ entries, \
logos, team members, footer columns) form ONE grid component with an "items" list, one \
item per card in reading order, each item with the same fields; list-valued fields \
(pricing features, footer links) are lists of strings.
5. Element and field names come from this table (use "text" if none fits):
{ELEMENTS}
6. "layout_type" is one of: {", ".join(LAYOUT_TYPES)}.
7. Do not count words; we count them ourselves.
8. Where each text is: every text element has "box_2d": [ymin, xmin, ymax, xmax], the \
box around its text, on a 0-1000 scale of the image you map (the part to read, not the \
overview). Every grid has "item_boxes", a list parallel to "items": for each item, each \
field's box_2d (a list of box_2d for list fields).

Answer with one JSON object:
{{"layout_type": "...", "sections": [{{"type": "hero", "components": [
  {{"element": "main_title", "current_content": "...", "box_2d": [120, 80, 160, 620]}},
  {{"element": "feature_cards", "items": [{{"title": "...", "description": "..."}}],
   "item_boxes": [{{"title": [300, 80, 320, 300], "description": [325, 80, 380, 300]}}]}}]}}]}}"""


def page_prompt() -> str:
    return RULES


def tile_prompt(
    index: int, count: int, top: int, bottom: int, height: int, *, with_overview: bool
) -> str:
    """The prompt for one horizontal band of a tall page."""
    overview = (
        "The first image is a small overview of the whole page, only for orientation; the "
        "second image is the part to read. "
        if with_overview
        else ""
    )
    return (
        f"{RULES}\n\n"
        f"This is part {index + 1} of {count} of a tall page (pixels {top}-{bottom} of "
        f"{height} from the top). {overview}Map ONLY the sections and text visible in this "
        "part, top to bottom. Neighbouring parts overlap a little; transcribe what you see "
        "anyway. Include text cut by the bottom edge as far as it is readable. If the first "
        'section continues from above the top edge, set "continues": true on it.'
    )


def reask_prompt(original: str, problem: str) -> str:
    return (
        f"{original}\n\nYour previous answer could not be used ({problem}). Answer again "
        "with a single JSON object exactly as specified, and nothing else."
    )


def response_schema() -> dict[str, Any]:
    """JSON schema of the answer (providers that support structured output enforce it)."""
    item_value: dict[str, Any] = {
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    }
    box_2d: dict[str, Any] = {
        "type": "array",
        "items": {"type": "integer"},
        "minItems": 4,
        "maxItems": 4,
        "description": "[ymin, xmin, ymax, xmax] on a 0-1000 scale of the image read",
    }
    field_box: dict[str, Any] = {"anyOf": [box_2d, {"type": "array", "items": box_2d}]}
    component = {
        "type": "object",
        "properties": {
            "element": {"type": "string"},
            "current_content": {"type": "string"},
            "box_2d": box_2d,
            "items": {
                "type": "array",
                "items": {"type": "object", "additionalProperties": item_value},
            },
            "item_boxes": {
                "type": "array",
                "items": {"type": "object", "additionalProperties": field_box},
            },
        },
        "required": ["element"],
    }
    section = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": list(SECTION_TYPES)},
            "continues": {"type": "boolean"},
            "components": {"type": "array", "items": component},
        },
        "required": ["type", "components"],
    }
    return {
        "type": "object",
        "properties": {
            "layout_type": {"type": "string", "enum": list(LAYOUT_TYPES)},
            "sections": {"type": "array", "items": section},
        },
        "required": ["sections"],
    }
