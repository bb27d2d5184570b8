"""Merging tile analyses: page order kept, overlap duplicates removed by text matching."""

from __future__ import annotations

from typing import Any

from app.services.analysis.merge import TileResult, merge_tiles, texts_match


def text(element: str, content: str) -> dict[str, Any]:
    return {"element": element, "current_content": content}


def section(kind: str, *components: dict[str, Any]) -> dict[str, Any]:
    return {"type": kind, "components": list(components)}


def test_texts_match_rules() -> None:
    assert texts_match("Start free trial", "start free trial!")
    assert texts_match("Our platform helps teams ship", "Our platform helps teams ship faster")
    assert not texts_match("Learn more", "Learn more about us")  # short texts: exact only
    assert not texts_match("Fast setup for teams", "Secure storage for files")


def test_section_split_across_tiles_is_fused_once() -> None:
    hero_a = section(
        "hero",
        text("main_title", "Copy that converts visitors"),
        text("description", "Write landing pages in"),
    )  # cut at the edge
    hero_b = section(
        "hero",
        text("description", "Write landing pages in minutes, not days"),
        text("cta_button", "Start free"),
    )
    features = section("features", text("section_heading", "Everything you need to launch"))
    merged = merge_tiles(
        [
            TileResult(sections=[section("navigation", text("logo", "Acme")), hero_a], index=0),
            TileResult(sections=[hero_b, features], index=1),
        ]
    )
    assert [s["type"] for s in merged["sections"]] == ["navigation", "hero", "features"]
    hero = merged["sections"][1]["components"]
    assert [c["current_content"] for c in hero] == [
        "Copy that converts visitors",
        "Write landing pages in minutes, not days",  # the longer reading wins
        "Start free",
    ]


def test_grid_items_in_the_overlap_are_not_doubled() -> None:
    def cards(*titles: str) -> dict[str, Any]:
        return {
            "element": "feature_cards",
            "items": [
                {"title": t, "description": f"{t} explained in a few more words"} for t in titles
            ],
        }

    merged = merge_tiles(
        [
            TileResult(
                sections=[
                    section(
                        "features",
                        text("section_heading", "Why teams pick us"),
                        cards("Fast setup", "Secure by default"),
                    )
                ],
                index=0,
            ),
            TileResult(
                sections=[
                    section("features", cards("Secure by default", "Great support")),
                    section("cta", text("section_heading", "Ready to get started")),
                ],
                index=1,
            ),
        ]
    )
    assert [s["type"] for s in merged["sections"]] == ["features", "cta"]
    items = merged["sections"][0]["components"][1]["items"]
    assert [i["title"] for i in items] == ["Fast setup", "Secure by default", "Great support"]


def test_repeated_short_text_does_not_fuse_different_sections() -> None:
    a = section(
        "features", text("section_heading", "Built for speed"), text("cta_button", "Learn more")
    )
    b = section(
        "about", text("section_heading", "Our story so far"), text("cta_button", "Learn more")
    )
    merged = merge_tiles([TileResult(sections=[a], index=0), TileResult(sections=[b], index=1)])
    assert [s["type"] for s in merged["sections"]] == ["features", "about"]


def test_continues_flag_fuses_a_section_without_shared_text() -> None:
    top = section("pricing", text("section_heading", "Simple pricing for everyone"))
    rest = section(
        "pricing", {"element": "pricing_cards", "items": [{"plan_name": "Pro", "price": "$29/mo"}]}
    )
    merged = merge_tiles(
        [
            TileResult(sections=[top], index=0),
            TileResult(sections=[rest], continues_first=True, index=1),
        ]
    )
    assert len(merged["sections"]) == 1
    assert len(merged["sections"][0]["components"]) == 2


def test_tiles_are_merged_in_index_order_and_layout_is_the_majority() -> None:
    merged = merge_tiles(
        [
            TileResult(
                sections=[section("footer", text("copyright", "© 2026 Acme Inc"))],
                layout_type="corporate",
                index=2,
            ),
            TileResult(
                sections=[section("hero", text("main_title", "Hello there friend"))],
                layout_type="creative",
                index=0,
            ),
            TileResult(sections=[], layout_type="creative", index=1),
        ]
    )
    assert [s["type"] for s in merged["sections"]] == ["hero", "footer"]
    assert merged["layout_type"] == "creative"
