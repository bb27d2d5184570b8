from __future__ import annotations

from httpx import AsyncClient

from app.schemas.generation import BusinessContext


async def test_questions_describe_every_business_context_field(client: AsyncClient) -> None:
    resp = await client.get("/api/v1/questions")
    assert resp.status_code == 200
    questions = {q["id"]: q for q in resp.json()["questions"]}
    fields = set(BusinessContext.model_fields)
    assert fields <= set(questions)
    assert "local_instructions" in questions
    description = questions["business_description"]
    assert (description["min_words"], description["max_words"]) == (50, 200)
    assert description["required"] is True
    tone = questions["tone"]
    assert tone["type"] == "select"
    assert [o["value"] for o in tone["options"]] == [
        "professional",
        "friendly",
        "authoritative",
        "conversational",
        "inspirational",
    ]
    purposes = [o["value"] for o in questions["page_purpose"]["options"]]
    assert purposes == ["homepage", "about", "service", "product_landing", "other"]
    assert questions["keywords"]["type"] == "tags" and not questions["keywords"]["required"]
    assert questions["local_instructions"]["max_length"] == 500
    assert all(
        q["label"] and q["help_text"] and q["tier"] in ("free", "pro") for q in questions.values()
    )
