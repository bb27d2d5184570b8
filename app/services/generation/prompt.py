"""Stable element ids built from the analysis, and the writing prompt that names every one.

Every text the model must write gets an id (`s2.hero.main_title`, `s3.features.card_2.title`,
`s9.footer.card_1.links_3`), a target word count (the original's) and a kind. The model is
asked for one flat JSON object with every id required, so the number of elements and cards
is right by construction; the result is rebuilt from the ids afterwards.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Any

from app.core.words import count_words, parse_range, tolerance_bounds
from app.llm.types import CallContext


@dataclass(frozen=True)
class ElementSpec:
    id: str
    position: int  # section position
    section_type: str
    element: str  # component element name (grid: the grid's name)
    component_index: int
    target: int
    original: str
    field: str | None = None  # grid item field ("title", "links")
    card_index: int | None = None  # 0-based
    list_index: int | None = None  # 0-based, for list fields

    @property
    def kind(self) -> str:
        """What the text is: the field name for card items, else the element name."""
        return self.field or self.element

    @property
    def bounds(self) -> tuple[int, int]:
        return tolerance_bounds(self.target)

    def target_phrase(self) -> str:
        low, high = self.bounds
        unit = "word" if self.target == 1 else "words"
        return f"exactly {self.target} {unit}, {low}-{high} allowed"


@dataclass(frozen=True)
class Brief:
    """What to write: the page's elements and everything the writer is told about them."""

    elements: list[ElementSpec]
    context: dict[str, Any]
    layout_type: str | None = None
    global_instructions: str | None = None
    local_instructions: str | None = None
    seed: int = 0
    avoid: tuple[str, ...] = ()  # sentences already on the page (a regenerate's kept parts)
    call_context: CallContext = dataclasses.field(default_factory=CallContext)


def _range_mid(text: str | None) -> int:
    parsed = parse_range(text or "")
    if not parsed:
        return 3
    return max(1, round((parsed[0] + parsed[1]) / 2))


def _grid_fields(component: dict[str, Any]) -> list[str]:
    fields: list[str] = []
    for item in component.get("items") or []:
        for name in item:
            if name not in fields:
                fields.append(name)
    for name in component.get("per_card") or {}:
        if name not in fields:
            fields.append(name)
    return fields


def build_elements(
    analysis: dict[str, Any], *, sections: set[int] | None = None
) -> list[ElementSpec]:
    """Every element to write, in page order; `sections` limits it to those positions."""
    specs: list[ElementSpec] = []
    for section in analysis.get("sections") or []:
        position = int(section["position"])
        if sections is not None and position not in sections:
            continue
        stype = str(section["type"])
        prefix = f"s{position}.{stype}"
        components = section.get("components") or []
        names = Counter(c["element"] for c in components if "items" not in c)
        grids = sum(1 for c in components if "items" in c)
        seen: Counter[str] = Counter()
        for index, comp in enumerate(components):
            element = str(comp["element"])
            # Where every text of this component sits; each text adds its id, target and card.
            spec = partial(
                ElementSpec,
                position=position,
                section_type=stype,
                element=element,
                component_index=index,
            )
            if "items" in comp:
                items: list[dict[str, Any]] = list(comp.get("items") or [])
                count = max(int(comp.get("count") or 0), len(items))
                grid_prefix = prefix if grids == 1 else f"{prefix}.{element}"
                per_card = comp.get("per_card") or {}
                for card in range(count):
                    item = items[card] if card < len(items) else {}
                    base = f"{grid_prefix}.card_{card + 1}"
                    for field in _grid_fields(comp):
                        value = item.get(field)
                        if isinstance(value, list):
                            for li, entry in enumerate(value):
                                specs.append(
                                    spec(
                                        id=f"{base}.{field}_{li + 1}",
                                        target=max(1, count_words(entry)),
                                        original=str(entry),
                                        field=field,
                                        card_index=card,
                                        list_index=li,
                                    )
                                )
                            continue
                        if value is None and card < len(items):
                            continue  # this card has no such field
                        text = str(value) if value is not None else ""
                        target = count_words(text) if text else _range_mid(per_card.get(field))
                        specs.append(
                            spec(
                                id=f"{base}.{field}",
                                target=max(1, target),
                                original=text,
                                field=field,
                                card_index=card,
                            )
                        )
                continue
            seen[element] += 1
            suffix = f"_{seen[element]}" if names[element] > 1 else ""
            text = str(comp.get("current_content") or "")
            target = int(comp.get("word_count") or count_words(text))
            specs.append(
                spec(id=f"{prefix}.{element}{suffix}", target=max(1, target), original=text)
            )
    return specs


def json_schema(elements: list[ElementSpec]) -> dict[str, Any]:
    """A flat object with one required string per element id."""
    return {
        "type": "object",
        "properties": {e.id: {"type": "string"} for e in elements},
        "required": [e.id for e in elements],
        "additionalProperties": False,
    }


SYSTEM_PROMPT = (
    "You are a senior conversion copywriter. You write new website copy for the user's own "
    "business, element by element, so that it fits an existing page layout. Word counts are "
    "hard constraints: a word is any whitespace-separated token containing a letter or digit. "
    "Never copy the original wording; it only shows the element's role. Answer with one JSON "
    "object and nothing else."
)

_CONTEXT_LABELS = (
    ("business_name", "Business name"),
    ("business_description", "What the business does"),
    ("page_purpose", "Page purpose"),
    ("call_to_action", "Action visitors should take"),
    ("target_audience", "Target audience"),
    ("tone", "Tone of voice"),
    ("additional_context", "Additional context"),
)


def context_block(context: dict[str, Any]) -> str:
    lines = []
    for key, label in _CONTEXT_LABELS:
        value = context.get(key)
        if value:
            lines.append(f"- {label}: {value}")
    keywords = [k for k in context.get("keywords") or [] if k]
    if keywords:
        lines.append("- Keywords to work in naturally: " + ", ".join(keywords))
    return "\n".join(lines)


def _role(spec: ElementSpec) -> str:
    role = f"{spec.section_type} {spec.element}".replace("_", " ")
    if spec.field:
        role += f", card {(spec.card_index or 0) + 1} {spec.field}".replace("_", " ")
        if spec.list_index is not None:
            role += f" entry {spec.list_index + 1}"
    return role


def _quote(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def element_line(spec: ElementSpec) -> str:
    original = f' (was: "{_quote(spec.original)}")' if spec.original else ""
    return f"- {spec.id} [{_role(spec)}]{original}: {spec.target_phrase()}"


def build_writing_prompt(brief: Brief) -> str:
    elements = brief.elements
    parts = ["Write new copy for every element of this page.", "", "## Business", ""]
    parts.append(context_block(brief.context))
    if brief.global_instructions:
        parts += [
            "",
            "## Account guidelines (follow as guidance)",
            "",
            brief.global_instructions.strip(),
        ]
    if brief.local_instructions:
        parts += [
            "",
            "## Instructions for this page (these take precedence over the guidelines above)",
            "",
            brief.local_instructions.strip(),
        ]
    if brief.layout_type:
        parts += ["", f"Layout style: {brief.layout_type.replace('_', ' ')}."]
    parts += [
        "",
        "## Elements",
        "",
        "Each line gives an element id, its role, the original text for reference, and its "
        "exact word target. Hit each target exactly; the allowed range is the only tolerance. "
        "Buttons are short action phrases, headings are titles, prices stay prices, names "
        "look like names, quotes sound like real customers.",
        "",
    ]
    parts += [element_line(e) for e in elements]
    parts += [
        "",
        f"Return one flat JSON object with exactly these {len(elements)} keys (every key is "
        "required, each value a string).",
    ]
    return "\n".join(parts)


def build_repair_prompt(brief: Brief, failures: list[tuple[ElementSpec, str]]) -> str:
    """Only the failing elements, each with what was written and the count it needs."""
    parts = [
        "Some texts you wrote for this page have the wrong length. Rewrite only these, keeping "
        "their meaning and role, and hit each word target exactly.",
        "",
        "## Business",
        "",
        context_block(brief.context),
    ]
    if brief.local_instructions:
        parts += ["", "## Instructions for this page", "", brief.local_instructions.strip()]
    parts += ["", "## Texts to fix", ""]
    for spec, text in failures:
        low, high = spec.bounds
        words = count_words(text)
        parts.append(
            f"- {spec.id} [{_role(spec)}]: you wrote {words} words, need {low}-{high} "
            f'(aim for exactly {spec.target}). Your text: "{_quote(text, 400)}"'
        )
    parts += [
        "",
        f"Return one flat JSON object with exactly these {len(failures)} keys, each value the "
        "rewritten string.",
    ]
    return "\n".join(parts)
