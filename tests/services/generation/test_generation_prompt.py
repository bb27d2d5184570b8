"""Element ids, targets and the writing/repair prompts."""

from __future__ import annotations

from app.services.generation.prompt import (
    Brief,
    build_elements,
    build_repair_prompt,
    build_writing_prompt,
    json_schema,
)
from tests.support.generations import business_context, sample_analysis, small_analysis


def test_element_ids_are_stable_and_cover_every_text() -> None:
    elements = build_elements(small_analysis())
    ids = [e.id for e in elements]
    assert ids[:3] == ["s1.hero.main_title", "s1.hero.description", "s1.hero.cta_button"]
    assert "s2.features.card_3.title" in ids and "s2.features.card_3.description" in ids
    assert "s3.footer.card_2.links_2" in ids and "s3.footer.copyright" in ids
    assert len(ids) == len(set(ids)) == 17
    by_id = {e.id: e for e in elements}
    assert by_id["s1.hero.main_title"].target == 5
    assert by_id["s3.footer.card_2.links_2"].target == 3  # "Terms of use"
    assert by_id["s1.hero.description"].bounds == (18, 22)


def test_repeated_elements_are_numbered() -> None:
    ids = [e.id for e in build_elements(sample_analysis(1))]
    assert "s1.navigation.nav_link_1" in ids and "s1.navigation.nav_link_5" in ids
    assert "s1.navigation.logo" in ids
    assert "s2.hero.cta_button_1" in ids and "s2.hero.cta_button_2" in ids
    assert len(ids) == len(set(ids))


def test_section_filter_keeps_only_chosen_positions() -> None:
    elements = build_elements(small_analysis(), sections={2})
    assert {e.position for e in elements} == {2}


def test_schema_requires_every_key() -> None:
    elements = build_elements(small_analysis())
    schema = json_schema(elements)
    assert schema["required"] == [e.id for e in elements]
    assert schema["additionalProperties"] is False


def test_prompt_states_each_exact_target_and_instructions_precedence() -> None:
    elements = build_elements(small_analysis())
    prompt = build_writing_prompt(
        Brief(
            elements=elements,
            context=business_context(),
            global_instructions="Use British English",
            local_instructions="Mention the summer sale",
            layout_type="modern_saas",
        )
    )
    assert "- s1.hero.main_title [hero main title]" in prompt
    assert "exactly 5 words, 4-6 allowed" in prompt
    assert "exactly 20 words, 18-22 allowed" in prompt
    assert prompt.index("Use British English") < prompt.index("Mention the summer sale")
    assert "take precedence" in prompt
    assert "sourdough, organic bread, delivery" in prompt
    assert "exactly these 17 keys" in prompt


def test_repair_prompt_names_only_the_failures_with_counts() -> None:
    elements = build_elements(small_analysis())
    title = elements[0]
    prompt = build_repair_prompt(
        Brief(elements=elements, context=business_context()),
        [(title, "one two three four five six seven eight nine")],
    )
    assert "you wrote 9 words, need 4-6" in prompt
    assert "s1.hero.description" not in prompt
    assert "exactly these 1 keys" in prompt
