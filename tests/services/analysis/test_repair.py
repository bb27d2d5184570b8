"""Model output repair: fences, prose, trailing commas, truncation; never trusting counts."""

from __future__ import annotations

import json

import pytest

from app.core.words import count_words, word_range
from app.services.analysis.repair import InvalidOutput, parse_json, repair_analysis

SLIGHTLY_WRONG = """Sure! Here is the analysis of the page:

```json
{
  "layout_type": "Modern_SaaS",
  "sections": [
    {"type": "header", "position": 7, "components": [
      {"element": "logo", "current_content": "Acme", "word_count": 3},
      {"element": "nav_link", "content": "Pricing", },
    ]},
    {"type": "hero", "components": [
      {"element": "main_title", "current_content": "Ship  copy\\nthat converts — fast",
       "word_count": 12, "word_range": "1-100"},
      {"element": "cta_button", "current_content": "Start free", "word_range": "9-9"},
    ]},
    {"type": "features", "components": [
      {"element": "feature_cards", "count": 9, "per_card": {"title": "1-1 words"},
       "items": [{"title": "Fast setup", "description": "Be live in 24/7 minutes."},
                 {"title": "Secure", "description": "SOC 2 & GDPR"},],
      },
    ]},
  ],
  "total_text_elements": 99,
}
```
Let me know if you need anything else."""


def test_slightly_wrong_answer_is_repaired_and_recounted() -> None:
    analysis = repair_analysis(SLIGHTLY_WRONG, model="m1")
    assert [s.type for s in analysis.sections] == ["navigation", "hero", "features"]
    assert [s.position for s in analysis.sections] == [1, 2, 3]
    nav, hero, features = analysis.sections
    logo = nav.components[0]
    assert logo.current_content == "Acme" and logo.word_count == 1  # type: ignore[union-attr]
    assert nav.components[1].current_content == "Pricing"  # type: ignore[union-attr]
    title = hero.components[0]
    assert title.current_content == "Ship copy that converts — fast"  # type: ignore[union-attr]
    assert title.word_count == 5 and title.word_range == word_range(5)  # type: ignore[union-attr]
    grid = features.components[0]
    assert grid.count == 2  # type: ignore[union-attr]
    assert grid.per_card == {"title": "1-3 words", "description": "2-6 words"}  # type: ignore[union-attr]
    assert analysis.total_text_elements == 2 + 2 + 4
    assert analysis.layout_type == "modern_saas"
    assert analysis.source == "vision" and analysis.model == "m1"
    for section in analysis.sections:
        for comp in section.components:
            if hasattr(comp, "current_content"):
                assert comp.word_count == count_words(comp.current_content)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": [1, 2, 3,],}', {"a": [1, 2, 3]}),
        ("```\n[1, 2]\n```", [1, 2]),
        ('Here: {"a": {"b": 1}} and then {"c": 2}', {"a": {"b": 1}}),
        ('{"a": True, "b": None, "c": False}', {"a": True, "b": None, "c": False}),
        ('{"a": 1, // the answer\n "b": /* two */ 2}', {"a": 1, "b": 2}),
        (
            '{"s": "keeps } and ] and , inside", "t": "x"}',
            {"s": "keeps } and ] and , inside", "t": "x"},
        ),
        ('{"s": "line one\nline two"}', {"s": "line one\nline two"}),
        ('\ufeff{"a": 1}', {"a": 1}),
    ],
)
def test_parse_json_repairs(text: str, expected: object) -> None:
    assert parse_json(text) == expected


def test_truncated_answer_keeps_complete_elements() -> None:
    full = {
        "sections": [
            {
                "type": "hero",
                "components": [
                    {"element": "main_title", "current_content": "Build better pages today"},
                    {
                        "element": "description",
                        "current_content": "A long description that got cut",
                    },
                ],
            }
        ]
    }
    text = json.dumps(full)
    cut = text[: text.index("got cut")]
    parsed = parse_json(cut)
    comps = parsed["sections"][0]["components"]
    assert comps[0] == full["sections"][0]["components"][0]  # type: ignore[index]
    analysis = repair_analysis(cut)
    assert analysis.sections[0].components[0].current_content == "Build better pages today"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "I'm sorry, I can't analyse this image.",
        '{"sections": "none"}',
        '{"sections": []}',
        '{"sections": [{"type": "hero", "components": '
        '[{"element": "x", "current_content": "—"}]}]}',
        '{"unrelated": {"keys": 1}}',
        "[1, 2, 3]",
    ],
)
def test_hopeless_output_raises_invalid_output(text: str) -> None:
    with pytest.raises(InvalidOutput):
        repair_analysis(text)


def test_wrapped_answer_is_unwrapped() -> None:
    text = json.dumps(
        {
            "analysis": {
                "sections": [
                    {
                        "type": "cta",
                        "components": [{"element": "cta_button", "current_content": "Book a demo"}],
                    }
                ]
            }
        }
    )
    assert repair_analysis(text).sections[0].type == "cta"
