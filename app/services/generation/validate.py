"""Recount every element with the one counting rule; within tolerance passes. Then rebuild
the result in the analysis's shape with the per-element report and totals."""

from __future__ import annotations

import copy
import re
from dataclasses import asdict, dataclass
from typing import Any

from app.core.words import count_words, in_tolerance
from app.services.generation.prompt import ElementSpec


@dataclass(frozen=True)
class ElementReport:
    id: str
    target: int
    words: int
    in_range: bool


def clean_text(value: Any) -> str:
    """What the model gave for one key, as one line of text."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return " ".join(str(value).split())


def check(elements: list[ElementSpec], texts: dict[str, str]) -> list[ElementReport]:
    reports = []
    for spec in elements:
        words = count_words(texts.get(spec.id, ""))
        reports.append(ElementReport(spec.id, spec.target, words, in_tolerance(words, spec.target)))
    return reports


def failing(elements: list[ElementSpec], texts: dict[str, str]) -> list[ElementSpec]:
    by_id = {r.id: r for r in check(elements, texts)}
    return [e for e in elements if not by_id[e.id].in_range]


def keyword_report(keywords: list[str], texts: list[str]) -> tuple[list[str], list[str]]:
    """Which keywords appear (case-insensitive, on word boundaries) anywhere in the copy."""
    corpus = " ".join(" ".join(texts).split()).lower()
    used: list[str] = []
    missing: list[str] = []
    for keyword in keywords:
        word = " ".join(keyword.split()).lower()
        if not word:
            continue
        pattern = r"(?<![\w])" + re.escape(word) + r"(?![\w])"
        (used if re.search(pattern, corpus) else missing).append(keyword)
    return used, missing


def assemble(
    analysis: dict[str, Any],
    elements: list[ElementSpec],
    texts: dict[str, str],
    *,
    keywords: list[str],
    is_offline_draft: bool,
    parent_sections: dict[int, dict[str, Any]] | None = None,
    parent_report: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The result mirrors the analysis: sections -> components -> content per element (card
    items per field, list fields as lists). Sections not rewritten come from the parent."""
    by_pos: dict[int, list[ElementSpec]] = {}
    for spec in elements:
        by_pos.setdefault(spec.position, []).append(spec)
    sections_out: list[dict[str, Any]] = []
    report: list[dict[str, Any]] = []
    parent_by_id = {r["id"]: r for r in parent_report or []}
    for section in analysis.get("sections") or []:
        position = int(section["position"])
        specs = by_pos.get(position)
        if specs is None and parent_sections and position in parent_sections:
            kept = copy.deepcopy(parent_sections[position])
            sections_out.append(kept)
            prefix = f"s{position}."
            report += [r for rid, r in parent_by_id.items() if rid.startswith(prefix)]
            continue
        if specs is None:
            continue
        components: list[dict[str, Any]] = []
        for index, comp in enumerate(section.get("components") or []):
            mine = [s for s in specs if s.component_index == index]
            if "items" in comp:
                items: list[dict[str, Any]] = []
                for spec in mine:
                    assert spec.card_index is not None and spec.field is not None
                    while len(items) <= spec.card_index:
                        items.append({})
                    item = items[spec.card_index]
                    text = texts.get(spec.id, "")
                    if spec.list_index is not None:
                        item.setdefault(spec.field, []).append(text)
                    else:
                        item[spec.field] = text
                components.append(
                    {
                        "element": comp["element"],
                        "count": len(items),
                        "items": items,
                        "ids": sorted({s.id.rsplit(".", 1)[0] for s in mine}),
                    }
                )
            else:
                spec = mine[0]
                components.append(
                    {"element": comp["element"], "id": spec.id, "content": texts.get(spec.id, "")}
                )
        sections_out.append(
            {"type": section["type"], "position": position, "components": components}
        )
    report += [asdict(r) for r in check(elements, texts)]
    passed = sum(1 for r in report if r["in_range"])
    total = len(report)
    all_texts = [texts.get(e.id, "") for e in elements]
    for kept_section in sections_out:
        if not by_pos.get(int(kept_section["position"])):
            all_texts += section_texts(kept_section)
    used, missing = keyword_report(keywords, all_texts)
    return {
        "sections": sections_out,
        "layout_type": analysis.get("layout_type"),
        "report": report,
        "totals": {
            "elements": total,
            "in_range": passed,
            "in_range_pct": round(100.0 * passed / total, 1) if total else 100.0,
        },
        "keywords_used": used,
        "keywords_missing": missing,
        "is_offline_draft": is_offline_draft,
    }


def section_texts(section: dict[str, Any]) -> list[str]:
    texts: list[str] = []
    for comp in section.get("components") or []:
        if "items" in comp:
            for item in comp["items"]:
                for value in item.values():
                    texts += value if isinstance(value, list) else [value]
        else:
            texts.append(comp.get("content", ""))
    return texts
