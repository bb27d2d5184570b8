"""The offline writer: every element exactly on target on the 12 sample pages, typed text."""

from __future__ import annotations

import pytest

from app.core.words import count_words
from app.services.generation.offline import write_offline
from app.services.generation.prompt import build_elements
from app.services.generation.validate import assemble
from tests.support.generations import business_context, sample_analysis


@pytest.mark.parametrize("page", range(1, 13))
def test_offline_draft_is_fully_in_range_on_sample_page(page: int) -> None:
    analysis = sample_analysis(page)
    elements = build_elements(analysis)
    texts = write_offline(business_context(), elements)
    assert set(texts) == {e.id for e in elements}
    for spec in elements:
        assert count_words(texts[spec.id]) == spec.target, (spec.id, texts[spec.id])
    result = assemble(analysis, elements, texts, keywords=["sourdough"], is_offline_draft=True)
    assert result["totals"]["in_range_pct"] == 100.0
    assert result["is_offline_draft"] is True
    assert result["keywords_used"] == ["sourdough"]


def test_offline_draft_is_deterministic_and_typed() -> None:
    analysis = sample_analysis(5)
    elements = build_elements(analysis)
    first = write_offline(business_context(), elements)
    assert first == write_offline(business_context(), elements)
    by_kind: dict[str, list[str]] = {}
    for spec in elements:
        by_kind.setdefault(spec.kind, []).append(first[spec.id])
    assert all(v.endswith("?") for v in by_kind["question"])
    assert all(v.startswith("“") and v.endswith("”") for v in by_kind["quote"])
    # names look like names: capitalised words, no sentence punctuation
    assert all(w[0].isupper() for v in by_kind["name"] for w in v.split() if w[0].isalpha())
    # stats values keep their numbers
    originals = {s.id: s.original for s in elements if s.kind == "value"}
    assert all(first[i] == original for i, original in originals.items())
    copyright_ids = [s.id for s in elements if s.kind == "copyright"]
    assert all(first[i].startswith("©") for i in copyright_ids)
    assert "Order fresh bread" in first["s2.hero.cta_button_1"] + first["s2.hero.cta_button_2"]


def test_a_different_business_gives_different_copy() -> None:
    elements = build_elements(sample_analysis(2))
    one = write_offline(business_context(), elements)
    other = write_offline(
        business_context(business_name="Harbor Dental", keywords=["implants"]), elements
    )
    assert one != other
    assert any("Harbor Dental" in text for text in other.values())
