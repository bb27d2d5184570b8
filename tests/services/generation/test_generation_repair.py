"""Validation and the targeted repair loop with an injected fake model call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.words import count_words
from app.llm.types import CallContext, LLMRequest, LLMResponse
from app.services.generation.prompt import Brief, build_elements
from app.services.generation.repair import repair
from app.services.generation.validate import assemble, check, keyword_report
from app.services.generation.writer import ModelCall, Usage, write
from tests.support.generations import business_context, length_writer, misses, sample_analysis


@dataclass
class Recorded:
    prompt: str
    schema: dict[str, Any] | None
    purpose: str


class FakeCall:
    def __init__(self, responder: Any) -> None:
        self.responder = responder
        self.calls: list[Recorded] = []

    async def __call__(
        self, session: Any, request: LLMRequest, *, model_id: str | None, context: CallContext
    ) -> LLMResponse:
        self.calls.append(Recorded(request.prompt, request.json_schema, request.purpose))
        text = self.responder(self.calls[-1])
        return LLMResponse(
            text=text,
            provider="fake",
            model_id=model_id or "fake",
            tokens_in=100,
            tokens_out=50,
            cost_usd=0.001,
        )


async def test_repair_sends_only_failing_elements_and_reaches_98_percent() -> None:
    analysis = sample_analysis(5)
    elements = build_elements(analysis)
    fake = FakeCall(length_writer(0.3))
    usage = Usage()
    model = ModelCall("fake", CallContext(), usage, fake)
    brief = Brief(elements=elements, context=business_context(), layout_type="modern_saas")
    texts = await write(None, brief, model)
    first = check(elements, texts)
    failed_first = {r.id for r in first if not r.in_range}
    assert failed_first == {e.id for e in elements if misses(e.id)}
    assert 0.2 < len(failed_first) / len(elements) < 0.4

    texts, rounds = await repair(None, brief, texts, model, rounds=2)
    assert rounds == 1
    assert len(fake.calls) == 2
    repair_call = fake.calls[1]
    assert repair_call.purpose == "repair"
    assert set(repair_call.schema["required"]) == failed_first  # type: ignore[index]
    for e in elements:
        assert (e.id in repair_call.prompt) == (e.id in failed_first)
    result = assemble(analysis, elements, texts, keywords=[], is_offline_draft=False)
    assert result["totals"]["in_range_pct"] >= 98.0
    assert usage.calls == 2 and usage.tokens_in == 200


async def test_what_still_fails_is_kept_and_flagged_after_two_rounds() -> None:
    analysis = sample_analysis(1)
    elements = build_elements(analysis)
    stubborn = elements[3].id

    def respond(call: Recorded) -> str:
        import json

        return json.dumps(
            {
                k: (
                    "far too many words in this one " * 3
                    if k == stubborn
                    else " ".join(["ok"] * e.target)
                )
                for e in elements
                for k in [e.id]
                if k in (call.schema or {}).get("required", [])
            }
        )

    fake = FakeCall(respond)
    usage = Usage()
    model = ModelCall("fake", CallContext(), usage, fake)
    brief = Brief(elements=elements, context=business_context())
    texts = await write(None, brief, model)
    texts, rounds = await repair(None, brief, texts, model, rounds=2)
    assert rounds == 2 and len(fake.calls) == 3
    assert all(list((c.schema or {})["required"]) == [stubborn] for c in fake.calls[1:])
    result = assemble(analysis, elements, texts, keywords=[], is_offline_draft=False)
    flagged = [r for r in result["report"] if not r["in_range"]]
    assert [r["id"] for r in flagged] == [stubborn]
    assert flagged[0]["words"] == count_words(texts[stubborn])


async def test_unreadable_answer_counts_as_missing_elements() -> None:
    elements = build_elements(sample_analysis(2))
    fake = FakeCall(lambda call: '```json\n{"' + elements[0].id + '": "Hello there",}\n```')
    model = ModelCall("fake", CallContext(), Usage(), fake)
    brief = Brief(elements=elements, context=business_context())
    texts = await write(None, brief, model)
    assert texts == {elements[0].id: "Hello there"}  # fences and trailing comma repaired


def test_keywords_are_matched_on_word_boundaries() -> None:
    used, missing = keyword_report(
        ["bread", "Organic flour", "app"], ["Fresh BREAD daily", "organic   flour", "happy people"]
    )
    assert used == ["bread", "Organic flour"]
    assert missing == ["app"]
