"""Vision analysis end to end through the gateway and the real SDKs against the local fake
upstream: repaired and recounted results, clean failures, tiling of tall pages, offline."""

from __future__ import annotations

import io
import json
import re
import uuid
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.words import count_words, word_range
from app.db.session import PendingTask, set_dispatcher
from app.integrations.storage import get_storage
from app.llm.registry import all_models, default_model_id
from app.models import Screenshot, UsageLog, User
from app.schemas.analysis import Analysis
from app.workers.runtime import configure_dispatch, run_body
from app.workers.tasks.analysis import run_analysis
from tests.support.eval_data import SCREENS
from tests.support.factories import create_pro_user, create_user
from tests.support.fake_llm import FakeCall, FakeLLMServer, fake_llm, llm_settings

__all__ = ["fake_llm"]  # the fixture

GEMINI_KEYS = ["AIzaFAKE-test-key-1", "AIzaFAKE-test-key-2"]


def model_of(provider: str) -> str:
    """A registry model of this provider (ids are configuration, not test literals)."""
    return next(m.id for m in all_models() if m.provider == provider and m.vision)


async def stored_screenshot(
    session: AsyncSession, user: User, image: Image.Image | None = None
) -> Screenshot:
    image = image or Image.new("RGB", (1280, 900), "white")
    out = io.BytesIO()
    image.save(out, "PNG")
    data = out.getvalue()
    key = f"{user.id}/{uuid.uuid4().hex}.png"
    await get_storage().put(key, data)
    shot = Screenshot(
        user_id=user.id,
        content_hash=uuid.uuid4().hex,
        storage_key=key,
        image_format="png",
        width=image.width,
        height=image.height,
        size_bytes=len(data),
        analysis_status="pending",
    )
    session.add(shot)
    await session.commit()
    return shot


async def run(session: AsyncSession, shot: Screenshot, model: str | None = None) -> Screenshot:
    await run_body("analysis.run", run_analysis.body, str(shot.id), model)  # type: ignore[attr-defined]
    result = await session.execute(
        select(Screenshot).where(Screenshot.id == shot.id).execution_options(populate_existing=True)
    )
    return result.scalar_one()


SLIGHTLY_WRONG = """Here is the structure:
```json
{"layout_type": "corporate",
 "sections": [
  {"type": "nav", "position": 3, "components": [
     {"element": "logo", "current_content": "Northwind", "word_count": 4},
     {"element": "nav_link", "content": "Solutions"},
     {"element": "cta_button", "current_content": "Contact sales", "word_range": "1-1"},]},
  {"type": "hero", "components": [
     {"element": "subtitle", "current_content": "TRUSTED BY 4,000 TEAMS"},
     {"element": "main_title",
      "current_content": "Logistics software that keeps every shipment on time",
      "word_count": 3, "word_range": "2-4"},
     {"element": "description"},
     {"element": "cta_button", "current_content": "Book a demo",}]},
  {"type": "testimonials", "components": [
     {"element": "testimonial_cards", "count": 7,
      "items": [{"quote": "We cut late deliveries by half in one quarter.", "name": "Ana Ruiz",
                 "role": "COO, Fleetly"},
                {"quote": "Setup took an afternoon.", "name": "Tom Berg", "role": "Ops lead"},]}]},
 ],
 "total_text_elements": 3,}
```"""


def assert_recounted(analysis: Analysis) -> None:
    for position, section in enumerate(analysis.sections, start=1):
        assert section.position == position
        for comp in section.components:
            if hasattr(comp, "current_content"):
                assert comp.word_count == count_words(comp.current_content)
                assert comp.word_range == word_range(comp.word_count)


async def test_slightly_wrong_json_gives_a_valid_recounted_analysis(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user)
    fake_llm.responder = lambda call: SLIGHTLY_WRONG
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS):
        default_model = default_model_id("free", "analysis")
        shot = await run(session, shot)
    assert shot.analysis_status == "completed", shot.analysis_error_message
    assert shot.analysis_model == default_model != "offline"
    analysis = Analysis.model_validate(shot.analysis)
    assert [s.type for s in analysis.sections] == ["navigation", "hero", "testimonials"]
    assert_recounted(analysis)
    title = analysis.sections[1].components[1]
    assert title.word_count == 8  # type: ignore[union-attr]
    grid = analysis.sections[2].components[0]
    assert grid.count == 2  # type: ignore[union-attr]
    assert analysis.total_text_elements == 3 + 3 + 6
    assert analysis.source == "vision" and analysis.layout_type == "corporate"
    # One call, the real Gemini SDK over HTTP, with the image, the prompt's rules and schema.
    [call] = fake_llm.calls
    assert call.provider == "gemini" and call.images == 1
    assert "every text element" in call.prompt.lower()
    assert call.json_schema is not None
    ledger = (await session.execute(select(UsageLog))).scalars().all()
    assert [entry.screenshot_id for entry in ledger] == [shot.id]


async def test_hopeless_output_fails_cleanly_after_one_reask(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user)
    fake_llm.responder = lambda call: "I'm sorry, but I can't describe this page."
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS):
        shot = await run(session, shot)
    assert shot.analysis_status == "failed"
    assert shot.analysis_error_code == "ANALYSIS_INVALID_OUTPUT"
    assert shot.analysis_error_message
    assert shot.analysis is None
    assert len(fake_llm.calls) == 2
    assert "could not be used" in fake_llm.calls[1].prompt


async def test_a_reask_can_rescue_the_analysis(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user)
    answers = iter(['{"sections": [', SLIGHTLY_WRONG])
    fake_llm.responder = lambda call: next(answers)
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS):
        shot = await run(session, shot)
    assert shot.analysis_status == "completed"
    assert len(fake_llm.calls) == 2


async def test_provider_failure_fails_with_a_provider_code(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_pro_user(session)
    shot = await stored_screenshot(session, user)
    fake_llm.fail_next("server_error", count=50)
    with llm_settings(fake_llm, anthropic_key="sk-ant-fake-secret"):
        shot = await run(session, shot, model_of("anthropic"))
    assert shot.analysis_status == "failed"
    assert shot.analysis_error_code is not None
    assert shot.analysis_error_code.startswith("PROVIDER_")
    assert "sk-ant" not in (shot.analysis_error_message or "")
    assert len(fake_llm.calls) >= 2  # the router retried before giving up


@pytest.mark.parametrize(("requeue_max", "expected"), [(3, "pending"), (0, "failed")])
async def test_exhausted_pool_requeues_then_fails(
    session: AsyncSession,
    fake_llm: FakeLLMServer,
    monkeypatch: pytest.MonkeyPatch,
    requeue_max: int,
    expected: str,
) -> None:
    sent: list[PendingTask] = []
    set_dispatcher(sent.append)
    try:
        user = await create_user(session)
        shot = await stored_screenshot(session, user)
        fake_llm.fail_next("bad_key", count=50)  # every key refused: the pool runs dry
        with llm_settings(
            fake_llm,
            gemini_keys=GEMINI_KEYS,
            keypool_wait_deadline_seconds=0.2,
            free_requeue_max=requeue_max,
        ):
            shot = await run(session, shot)
    finally:
        configure_dispatch(inline=True)
    assert shot.analysis_status == expected
    if expected == "pending":
        [task] = sent
        assert task.name == "analysis.run" and task.args[0] == str(shot.id)
        assert task.countdown is not None and task.countdown > 0
    else:
        assert sent == []
        assert shot.analysis_error_code == "POOL_EXHAUSTED"


async def test_redelivered_task_does_nothing_once_completed(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user)
    fake_llm.responder = lambda call: SLIGHTLY_WRONG
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS):
        first = await run(session, shot)
        again = await run(session, shot)
    assert first.analysis_status == again.analysis_status == "completed"
    assert again.analysis_attempts == 1
    assert len(fake_llm.calls) == 1


async def test_pro_user_can_pick_claude(session: AsyncSession, fake_llm: FakeLLMServer) -> None:
    user = await create_pro_user(session)
    shot = await stored_screenshot(session, user)
    fake_llm.responder = lambda call: SLIGHTLY_WRONG
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS, anthropic_key="sk-ant-fake"):
        shot = await run(session, shot, model_of("anthropic"))
    assert shot.analysis_status == "completed"
    assert shot.analysis_model == model_of("anthropic")
    assert [c.provider for c in fake_llm.calls] == ["anthropic"]


# --- a tall page: tiles answered per tile, merged in order without duplicates ----------------
PAGE_HEIGHT = 12000
SECTION_TYPES = [
    "navigation",
    "hero",
    "features",
    "stats",
    "how_it_works",
    "testimonials",
    "pricing",
    "faq",
    "cta",
    "footer",
]
WORDS = [
    "amber",
    "birch",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "grove",
    "harbor",
    "indigo",
    "juniper",
]


def page_truth() -> list[dict[str, Any]]:
    """Ten sections of 1200 px; each has a heading, a description and three cards, each
    element with its y position on the page."""
    sections = []
    for n, kind in enumerate(SECTION_TYPES):
        top, word = n * 1200, WORDS[n]
        sections.append(
            {
                "type": kind,
                "top": top,
                "bottom": top + 1200,
                "texts": [
                    (top + 80, "section_heading", f"The {word} heading for section {n + 1}"),
                    (
                        top + 250,
                        "description",
                        f"A {word} description that explains part {n + 1} "
                        "of this page in a few plain words",
                    ),
                ],
                "items": [
                    (
                        top + 500 + 230 * i,
                        {
                            "title": f"{word.title()} card {i + 1} title",
                            "description": f"The {word} card number {i + 1} body "
                            "text with some detail",
                        },
                    )
                    for i in range(3)
                ],
            }
        )
    return sections


def tile_responder(call: FakeCall) -> str:
    """Answers with what a model would see in the band named in the prompt."""
    match = re.search(r"pixels (\d+)-(\d+) of (\d+)", call.prompt)
    assert match, "a tile prompt names its band"
    top, bottom = int(match.group(1)), int(match.group(2))
    sections = []
    for sec in page_truth():
        comps: list[dict[str, Any]] = [
            {"element": el, "current_content": txt, "word_count": 1}
            for y, el, txt in sec["texts"]
            if top <= y < bottom
        ]
        items = [item for y, item in sec["items"] if top <= y < bottom]
        if items:
            comps.append({"element": "feature_cards", "count": 99, "items": items})
        if comps:
            entry: dict[str, Any] = {"type": sec["type"], "components": comps}
            if sec["top"] < top:
                entry["continues"] = True
            sections.append(entry)
    body = json.dumps({"layout_type": "modern_saas", "sections": sections}, indent=1)
    return "```json\n" + body.replace("}\n", "},\n") + "\n```"  # fences + trailing commas


async def test_tall_page_is_tiled_and_merged_in_order_without_duplicates(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user, Image.new("RGB", (1440, PAGE_HEIGHT), "white"))
    fake_llm.responder = tile_responder
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS, keypool_rpm=1000):
        shot = await run(session, shot)
    assert shot.analysis_status == "completed", shot.analysis_error_message
    assert len(fake_llm.calls) >= 6  # one request per tile
    assert all(call.images == 2 for call in fake_llm.calls)  # overview + tile
    parts = sorted(
        int(re.search(r"part (\d+) of", c.prompt).group(1))  # type: ignore[union-attr]
        for c in fake_llm.calls
    )
    assert parts == list(range(1, len(fake_llm.calls) + 1))

    # The overlaps really did show elements twice; the merge kept each once.
    seen = [
        t
        for call in fake_llm.calls
        for t in re.findall(r'"title": "([^"]+)"', tile_responder(call))
    ]
    assert len(seen) > len(set(seen)) == 30

    analysis = Analysis.model_validate(shot.analysis)
    assert_recounted(analysis)
    assert [s.type for s in analysis.sections] == SECTION_TYPES
    for section, truth in zip(analysis.sections, page_truth(), strict=True):
        texts = [c.current_content for c in section.components if hasattr(c, "current_content")]
        assert texts == [t for _, _, t in truth["texts"]]
        grids = [c for c in section.components if hasattr(c, "items")]
        assert len(grids) == 1
        assert grids[0].items == [item for _, item in truth["items"]]  # type: ignore[union-attr]
        assert grids[0].count == 3  # type: ignore[union-attr]
    assert analysis.total_text_elements == 10 * (2 + 3 * 2)


# --- offline ---------------------------------------------------------------------------------
async def test_offline_analysis_needs_no_api_key(session: AsyncSession) -> None:
    user = await create_user(session)
    page = Image.open(SCREENS / "page_01.png").convert("RGB")
    shot = await stored_screenshot(session, user, page)
    shot = await run(session, shot)
    assert shot.analysis_status == "completed", shot.analysis_error_message
    assert shot.analysis_model == "offline"
    analysis = Analysis.model_validate(shot.analysis)
    assert analysis.source == "offline" and len(analysis.sections) >= 3
    assert_recounted(analysis)


async def test_missing_stored_image_fails_cleanly(session: AsyncSession) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user)
    await get_storage().delete(shot.storage_key)
    shot = await run(session, shot)
    assert shot.analysis_status == "failed" and shot.analysis_error_code == "IMAGE_MISSING"


@pytest.mark.parametrize("model", ["no-such-model", "gpt-4.1"])
async def test_unusable_model_fails_with_its_code(session: AsyncSession, model: str) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user)
    shot = await run(session, shot, model)
    assert shot.analysis_status == "failed"
    assert shot.analysis_error_code in ("UNKNOWN_MODEL", "MODEL_NOT_ALLOWED", "MODEL_UNAVAILABLE")


# --- boxes: box_2d per tile (Gemini's form) back to page pixels through tiling and merge ------
BOX_X, BOX_W, BOX_H = 100, 600, 40  # every element's page box: [100, y, 600, 40]


def box_2d(y: int, top: int, bottom: int) -> list[int]:
    """Gemini's [ymin, xmin, ymax, xmax], 0-1000 of the tile, for the page box at y."""
    band = bottom - top
    return [
        round((y - top) * 1000 / band),
        round(BOX_X * 1000 / 1440),
        round((y + BOX_H - top) * 1000 / band),
        round((BOX_X + BOX_W) * 1000 / 1440),
    ]


def boxed_tile_responder(call: FakeCall) -> str:
    """The tile answer of `tile_responder`, with a box_2d on every text and card field."""
    match = re.search(r"pixels (\d+)-(\d+) of (\d+)", call.prompt)
    assert match, "a tile prompt names its band"
    top, bottom = int(match.group(1)), int(match.group(2))
    sections = []
    for sec in page_truth():
        comps: list[dict[str, Any]] = [
            {"element": el, "current_content": txt, "box_2d": box_2d(y, top, bottom)}
            for y, el, txt in sec["texts"]
            if top <= y and y + BOX_H <= bottom
        ]
        cards = [(y, item) for y, item in sec["items"] if top <= y and y + 2 * BOX_H <= bottom]
        if cards:
            comps.append(
                {
                    "element": "feature_cards",
                    "items": [item for _, item in cards],
                    "item_boxes": [
                        {
                            "title": box_2d(y, top, bottom),
                            "description": box_2d(y + BOX_H, top, bottom),
                        }
                        for y, _ in cards
                    ],
                }
            )
        if comps:
            entry: dict[str, Any] = {"type": sec["type"], "components": comps}
            if sec["top"] < top:
                entry["continues"] = True
            sections.append(entry)
    return json.dumps({"layout_type": "modern_saas", "sections": sections})


def near(box: Any, y: int) -> bool:
    """Within the 0-1000 scale's rounding of the page box [100, y, 600, 40]."""
    want = (BOX_X, y, BOX_W, BOX_H)
    return box is not None and all(abs(a - b) <= 4 for a, b in zip(box, want, strict=True))


async def test_tile_box_2d_answers_become_page_boxes_after_tiling_and_merge(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    user = await create_user(session)
    shot = await stored_screenshot(session, user, Image.new("RGB", (1440, PAGE_HEIGHT), "white"))
    fake_llm.responder = boxed_tile_responder
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS, keypool_rpm=1000):
        shot = await run(session, shot)
    assert shot.analysis_status == "completed", shot.analysis_error_message
    assert len(fake_llm.calls) >= 6
    schema = json.dumps(fake_llm.calls[0].json_schema)
    assert "box_2d" in schema and "item_boxes" in schema  # asked for, in schema and prompt
    assert "box_2d" in fake_llm.calls[0].prompt
    analysis = Analysis.model_validate(shot.analysis)
    assert [s.type for s in analysis.sections] == SECTION_TYPES
    for section, truth in zip(analysis.sections, page_truth(), strict=True):
        texts = [c for c in section.components if hasattr(c, "current_content")]
        for comp, (y, _, text) in zip(texts, truth["texts"], strict=True):
            assert comp.current_content == text
            assert near(comp.box, y), (text, comp.box, y)  # type: ignore[union-attr]
        grid = next(c for c in section.components if hasattr(c, "items"))
        assert grid.items == [item for _, item in truth["items"]]  # type: ignore[union-attr]
        boxes = grid.item_boxes  # type: ignore[union-attr]
        assert boxes is not None and len(boxes) == 3
        for item_boxes, (y, _) in zip(boxes, truth["items"], strict=True):
            assert near(item_boxes["title"], y) and near(item_boxes["description"], y + BOX_H)


async def test_answers_without_boxes_leave_boxes_out(
    session: AsyncSession, fake_llm: FakeLLMServer
) -> None:
    """Boxes are optional: a model that gives none yields an analysis without them."""
    user = await create_user(session)
    shot = await stored_screenshot(session, user, Image.new("RGB", (1440, PAGE_HEIGHT), "white"))
    fake_llm.responder = tile_responder
    with llm_settings(fake_llm, gemini_keys=GEMINI_KEYS, keypool_rpm=1000):
        shot = await run(session, shot)
    assert shot.analysis_status == "completed", shot.analysis_error_message
    analysis = Analysis.model_validate(shot.analysis)
    for section in analysis.sections:
        for comp in section.components:
            assert getattr(comp, "box", None) is None
            assert getattr(comp, "item_boxes", None) is None
