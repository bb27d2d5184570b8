"""Helpers for generation tests: a valid business context, a screenshot row with a known
analysis (the sample pages' truth files are valid analyses), and waiting on a generation."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Generation, Screenshot, User
from tests.support.eval_data import SCREENS

LOCAL_SCREENS = Path(__file__).resolve().parents[2] / "examples"

DESCRIPTION = (
    "Green Leaf Bakery bakes organic sourdough bread, pastries and celebration cakes every "
    "morning in Leeds. We deliver fresh loaves to homes, offices and cafes across the city "
    "before breakfast. Everything is made by hand from local flour, with no additives, and "
    "customers can order daily, weekly or whenever they like through a simple subscription."
)


def business_context(**overrides: Any) -> dict[str, Any]:
    context: dict[str, Any] = {
        "business_name": "Green Leaf Bakery",
        "business_description": DESCRIPTION,
        "page_purpose": "homepage",
        "call_to_action": "Order fresh bread",
        "target_audience": "busy families in Leeds",
        "tone": "friendly",
        "keywords": ["sourdough", "organic bread", "delivery"],
    }
    context.update(overrides)
    return context


def sample_analysis(page: int = 1) -> dict[str, Any]:
    path = SCREENS / f"page_{page:02d}.truth.json"
    return json.loads(path.read_text())  # type: ignore[no-any-return]


def small_analysis() -> dict[str, Any]:
    """Three sections: hero, features grid, footer with list fields."""
    return {
        "sections": [
            {
                "type": "hero",
                "position": 1,
                "components": [
                    {
                        "element": "main_title",
                        "current_content": "Ship websites twice as fast",
                        "word_count": 5,
                        "word_range": "4-6",
                    },
                    {
                        "element": "description",
                        "current_content": " ".join(["word"] * 20),
                        "word_count": 20,
                        "word_range": "16-24",
                    },
                    {
                        "element": "cta_button",
                        "current_content": "Start free trial",
                        "word_count": 3,
                        "word_range": "2-4",
                    },
                ],
            },
            {
                "type": "features",
                "position": 2,
                "components": [
                    {
                        "element": "section_heading",
                        "current_content": "Why teams pick us",
                        "word_count": 4,
                        "word_range": "3-5",
                    },
                    {
                        "element": "feature_cards",
                        "count": 3,
                        "per_card": {"title": "2-4 words", "description": "8-14 words"},
                        "items": [
                            {"title": f"Feature {i} title", "description": " ".join(["x"] * 11)}
                            for i in range(1, 4)
                        ],
                    },
                ],
            },
            {
                "type": "footer",
                "position": 3,
                "components": [
                    {
                        "element": "footer_columns",
                        "count": 2,
                        "per_card": {"heading": "1-2 words", "links": "1-3 words"},
                        "items": [
                            {"heading": "Company", "links": ["About us", "Careers"]},
                            {"heading": "Legal", "links": ["Privacy", "Terms of use"]},
                        ],
                    },
                    {
                        "element": "copyright",
                        "current_content": "© 2025 Acme Inc.",
                        "word_count": 3,
                        "word_range": "2-4",
                    },
                ],
            },
        ],
        "layout_type": "modern_saas",
        "total_text_elements": 17,
    }


async def create_screenshot(
    session: AsyncSession,
    user: User,
    *,
    analysis: dict[str, Any] | None = None,
    status: str = "completed",
) -> Screenshot:
    shot = Screenshot(
        id=uuid.uuid4(),
        user_id=user.id,
        content_hash=uuid.uuid4().hex + uuid.uuid4().hex,
        storage_key=f"{user.id}/test.png",
        image_format="png",
        width=1280,
        height=4000,
        size_bytes=1000,
        analysis_status=status,
        analysis=analysis if status == "completed" else None,
    )
    session.add(shot)
    await session.commit()
    return shot


async def wait_for(
    session: AsyncSession,
    generation_id: uuid.UUID | str,
    *,
    statuses: tuple[str, ...] = ("completed", "failed"),
    timeout: float = 60.0,
) -> Generation:
    gid = uuid.UUID(str(generation_id))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        session.expire_all()
        row = await session.get(Generation, gid, populate_existing=True)
        await session.commit()
        if row is not None and row.status in statuses:
            return row
        if loop.time() > deadline:
            raise AssertionError(f"generation {gid} is {row.status if row else None}")
        await asyncio.sleep(0.1)


_LINE = re.compile(r"^- (s\d+\.[\w.]+) \[[^\]]*\].*?exactly (\d+)")


def targets_in(prompt: str) -> dict[str, int]:
    """The element ids and exact targets a writing or repair prompt asks for."""
    found = {}
    for line in prompt.splitlines():
        match = _LINE.match(line)
        if match:
            found[match.group(1)] = int(match.group(2))
    return found


def misses(element_id: str, rate: float = 0.3) -> bool:
    return zlib.crc32(element_id.encode()) % 1000 < rate * 1000


def words(n: int, seed: str = "fresh") -> str:
    return " ".join(f"{seed}{i}" for i in range(n))


def length_writer(rate: float = 0.3) -> Callable[[Any], str]:
    """A fake model: on the first (writing) prompt it misses the target on ~rate of the
    elements; asked to repair, it hits every target."""

    def respond(call: Any) -> str:
        wanted = targets_in(call.prompt)
        repairing = "you wrote" in call.prompt
        out = {}
        for element_id, target in wanted.items():
            if not repairing and misses(element_id, rate):
                out[element_id] = words(target + 3 + target // 2, "long")
            else:
                out[element_id] = words(target)
        return json.dumps(out)

    return respond
