"""The offline writer (issue 15): each copy check of bench/offline_copy.py on a few pages and
business contexts, plus determinism per seed, tone, typed elements and placeholders."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from app.core.words import count_words
from app.services.generation.offline import banks, labels, write_offline
from app.services.generation.offline.writer import neutral_number
from app.services.generation.prompt import ElementSpec, build_elements
from app.services.generation.validate import assemble
from bench.offline_copy import CONTEXTS, PageReport, check_page, english
from tests.support.eval_data import EVAL_DIR
from tests.support.generations import business_context, sample_analysis

PAGES = ["screens/page_01", "screens/page_05", "screens/page_11", "real/page_101", "real/page_110"]
CASES = [(page, ctx) for page in PAGES for ctx in (0, 1, 6, 9)]


@cache
def _vocab() -> frozenset[str]:
    return frozenset(english())


@cache
def _analysis(page: str) -> Any:
    return json.loads((EVAL_DIR / f"{page}.truth.json").read_text())


def _draft(page: str, ctx: int, seed: int = 7) -> tuple[list[ElementSpec], dict[str, str]]:
    elements = build_elements(_analysis(page))
    return elements, write_offline(CONTEXTS[ctx], elements, seed=seed)


def _report(page: str, ctx: int) -> PageReport:
    elements, texts = _draft(page, ctx)
    return check_page(_analysis(page), elements, texts, CONTEXTS[ctx], set(_vocab()))


@pytest.mark.parametrize(("page", "ctx"), CASES)
def test_every_element_is_in_range(page: str, ctx: int) -> None:
    report = _report(page, ctx)
    assert report.in_range == report.elements, report.out_of_range


@pytest.mark.parametrize(("page", "ctx"), CASES)
def test_elements_are_whole_sentences(page: str, ctx: int) -> None:
    assert _report(page, ctx).broken == []


@pytest.mark.parametrize(("page", "ctx"), CASES)
def test_no_sentence_is_repeated_on_a_page(page: str, ctx: int) -> None:
    assert _report(page, ctx).duplicates == []


@pytest.mark.parametrize(("page", "ctx"), CASES)
def test_no_invented_token(page: str, ctx: int) -> None:
    assert _report(page, ctx).invented == []


@pytest.mark.parametrize(("page", "ctx"), CASES)
def test_name_in_hero_action_in_a_button_and_keywords_used(page: str, ctx: int) -> None:
    report = _report(page, ctx)
    assert report.name_in_hero
    assert report.cta_in_button  # word for word
    assert report.keywords_pct >= 80.0


def test_the_checks_catch_broken_copy() -> None:
    """The bench's checks fail on the kind of copy issue 15 describes."""
    elements = build_elements(_analysis("screens/page_05"))
    texts = {e.id: "Built around" for e in elements}
    texts[elements[0].id] = "GreenLeafBakery"
    report = check_page(_analysis("screens/page_05"), elements, texts, CONTEXTS[0], set(_vocab()))
    assert report.broken and report.duplicates and report.invented
    assert not report.name_in_hero and not report.cta_in_button
    assert report.in_range < report.elements


def test_same_seed_same_draft_new_seed_new_draft() -> None:
    elements = build_elements(sample_analysis(5))
    first = write_offline(business_context(), elements, seed=1)
    assert first == write_offline(business_context(), elements, seed=1)
    other = write_offline(business_context(), elements, seed=2)
    changed = [k for k in first if first[k] != other[k]]
    assert len(changed) > len(first) // 3


def test_tone_changes_the_wording() -> None:
    elements = build_elements(sample_analysis(5))
    friendly = write_offline(business_context(tone="friendly"), elements, seed=3)
    formal = write_offline(business_context(tone="authoritative"), elements, seed=3)
    sentences = {s for text in friendly.values() for s in text.split(". ")}
    others = {s for text in formal.values() for s in text.split(". ")}
    assert len(sentences - others) > 10
    tone_lines = [
        s.format(name="Green Leaf Bakery", kw="sourdough", audience="x")
        for s in banks.TONE_SENTENCES["authoritative"]
    ]
    assert any(line.rstrip(".") in " ".join(formal.values()) for line in tone_lines)


def test_typed_elements_keep_their_role() -> None:
    analysis = sample_analysis(5)
    elements = build_elements(analysis)
    texts = write_offline(business_context(), elements, seed=4)
    by_kind: dict[str, list[tuple[ElementSpec, str]]] = {}
    for spec in elements:
        by_kind.setdefault(spec.kind, []).append((spec, texts[spec.id]))
    assert all(t.endswith("?") for _, t in by_kind["question"])
    assert all(t.startswith("“") and t.endswith("”") for _, t in by_kind["quote"])
    # names of people are neutral placeholders, never invented people
    placeholders = ("Customer", "Team member", "Member", "Partner", *labels.PARTNERS)
    assert all(t.startswith(placeholders) for _, t in by_kind["name"])
    # figures keep their shape with zeros; step numbers stay
    for spec, text in by_kind["value"]:
        assert text == neutral_number(spec.original) and not any(c in "123456789" for c in text)
    for spec, text in by_kind["number"]:
        assert text == spec.original
    emails = [t for s, t in by_kind["contact_detail"] if "@" in s.original]
    assert emails and all(t == "hello@greenleafbakery.com" for t in emails)
    assert "Order fresh bread" in [t for s, t in by_kind["cta_button"]]
    assert all(t.startswith("©") for _, t in by_kind["copyright"])
    result = assemble(analysis, elements, texts, keywords=["sourdough"], is_offline_draft=True)
    assert result["is_offline_draft"] is True and result["totals"]["in_range_pct"] == 100.0


def test_answers_answer_their_question() -> None:
    elements = build_elements(sample_analysis(5))
    texts = write_offline(business_context(), elements, seed=5)
    context = business_context()
    from app.services.generation.offline.context import OfflineContext

    ctx = OfflineContext.from_dict(context)
    questions = [e for e in elements if e.kind == "question"]
    assert questions
    for spec in questions:
        answer = texts[spec.id.replace(".question", ".answer")]
        pair = next(
            p for p in banks.FAQ if texts[spec.id] in banks.fill(p[0], ctx, spec.card_index or 0)
        )
        openers = banks.fill(pair[1], ctx, spec.card_index or 0)
        assert any(answer.startswith(o) for o in openers), (texts[spec.id], answer)


def test_neutral_numbers_keep_shape() -> None:
    assert neutral_number("$61M") == "$00M"
    assert neutral_number("+1 (734) 555-2732") == "+0 (000) 000-0000"
    assert count_words(neutral_number("$ 25.00 Per Month")) == count_words("$ 25.00 Per Month")


def test_a_different_business_gives_different_copy() -> None:
    elements = build_elements(sample_analysis(2))
    one = write_offline(business_context(), elements)
    other = write_offline(
        business_context(business_name="Harbor Dental", keywords=["implants"]), elements
    )
    assert one != other
    assert any("Harbor Dental" in text for text in other.values())


def test_avoided_texts_are_not_repeated() -> None:
    elements = build_elements(sample_analysis(5))
    first = write_offline(business_context(), elements, seed=6)
    hero = [e for e in elements if e.section_type == "hero"]
    again = write_offline(business_context(), hero, seed=6, avoid=first.values())
    long_ones = [e.id for e in hero if count_words(first[e.id]) >= 8]
    assert long_ones and all(again[i] != first[i] for i in long_ones)


def test_an_action_longer_than_every_button_is_shortened_not_overflowed() -> None:
    """Page 101's buttons hold 1-3 words (DESIGN.md's tolerance): a 4-word action cannot be
    there word for word and stay in range, so its short form (no articles) stands in and
    every button stays in range; the same action on a page with room is there whole."""
    context = {**CONTEXTS[0], "call_to_action": "Start a free trial"}

    def report(page: str) -> PageReport:
        elements = build_elements(_analysis(page))
        texts = write_offline(context, elements, seed=7)
        return check_page(_analysis(page), elements, texts, context, set(_vocab()))

    tight = report("real/page_101")
    assert not tight.cta_fits and not tight.cta_in_button
    assert tight.cta_short_in_button and tight.in_range == tight.elements
    roomy = report("screens/page_01")
    assert roomy.cta_fits and roomy.cta_in_button
