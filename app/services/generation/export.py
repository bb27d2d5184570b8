"""Export a completed generation as JSON, Markdown, plain text, HTML (escaped, with the
preview image embedded) or a zip of the JSON, the Markdown and the preview PNG."""

from __future__ import annotations

import base64
import html
import io
import json
import zipfile
from typing import Any

from app.models import Generation
from app.services.generation.service import ensure_completed

MEDIA_TYPES = {
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "zip": "application/zip",
}
EXTENSIONS = {"json": "json", "markdown": "md", "text": "txt", "html": "html", "zip": "zip"}
# Formats that carry the preview image (the caller renders it and passes it in).
WITH_PREVIEW = ("html", "zip")


def _title(generation: Generation) -> str:
    name = (generation.business_context or {}).get("business_name") or "Page"
    return f"{name}: website copy"


# Abbreviations stay in capitals ("CTA button", not "Cta button").
_ACRONYMS = {"cta": "CTA", "faq": "FAQ", "faqs": "FAQs", "seo": "SEO", "url": "URL", "id": "ID"}


def _label(text: str) -> str:
    """A snake_case element, section or field name as a reader sees it: "plan_name" ->
    "Plan name", "cta_button" -> "CTA button", "faq" -> "FAQ"."""
    words = [w for w in text.split("_") if w]
    if not words:
        return text
    shown = [_ACRONYMS.get(w.lower(), w.lower()) for w in words]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _blocks(result: dict[str, Any]) -> list[tuple[str, list[tuple[str, str | list[str]]]]]:
    """(section heading, [(label, text or list)]) in page order."""
    out = []
    for section in result.get("sections") or []:
        rows: list[tuple[str, str | list[str]]] = []
        for comp in section.get("components") or []:
            if "items" in comp:
                for index, item in enumerate(comp["items"], start=1):
                    for field, value in item.items():
                        rows.append((f"{_label(comp['element'])} {index}: {_label(field)}", value))
            else:
                rows.append((_label(comp["element"]), comp.get("content", "")))
        out.append((f"{section['position']}. {_label(section['type'])}", rows))
    return out


def _footer(result: dict[str, Any]) -> str:
    totals = result.get("totals") or {}
    note = f"{totals.get('in_range', 0)} of {totals.get('elements', 0)} elements in range"
    if result.get("is_offline_draft"):
        note += " (offline draft: written without an AI model)"
    return note


def render(
    generation: Generation, fmt: str, *, preview: bytes | None = None
) -> tuple[str | bytes, str, str]:
    """(body, media type, file name). `preview` is the preview PNG, when there is one."""
    result = ensure_completed(generation, "Only a completed generation can be exported.")
    stem = f"generation-{generation.id}"
    filename = f"{stem}.{EXTENSIONS[fmt]}"
    body: str | bytes
    if fmt == "json":
        body = _json(generation, result)
    elif fmt == "markdown":
        body = _markdown(generation, result)
    elif fmt == "text":
        body = _text(generation, result)
    elif fmt == "zip":
        body = _zip(generation, result, stem, preview)
    else:
        body = _html(generation, result, preview)
    return body, MEDIA_TYPES[fmt], filename


def _json(generation: Generation, result: dict[str, Any]) -> str:
    return json.dumps(
        {
            "id": str(generation.id),
            "business_context": generation.business_context,
            "result": result,
        },
        indent=2,
        ensure_ascii=False,
    )


def _zip(generation: Generation, result: dict[str, Any], stem: str, preview: bytes | None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.json", _json(generation, result))
        archive.writestr(f"{stem}.md", _markdown(generation, result))
        if preview is not None:
            # PNG is compressed already.
            archive.writestr(f"{stem}-preview.png", preview, compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def _markdown(generation: Generation, result: dict[str, Any]) -> str:
    lines = [f"# {_md_escape(_title(generation))}", ""]
    for heading, rows in _blocks(result):
        lines += [f"## {_md_escape(heading)}", ""]
        for label, value in rows:
            if isinstance(value, list):
                lines.append(f"- **{_md_escape(label)}:**")
                lines += [f"  - {_md_escape(v)}" for v in value]
            else:
                lines.append(f"- **{_md_escape(label)}:** {_md_escape(value)}")
        lines.append("")
    lines.append(f"_{_md_escape(_footer(result))}_")
    return "\n".join(lines) + "\n"


def _text(generation: Generation, result: dict[str, Any]) -> str:
    lines = [_title(generation), "=" * len(_title(generation)), ""]
    for heading, rows in _blocks(result):
        lines += [heading, "-" * len(heading)]
        for label, value in rows:
            if isinstance(value, list):
                lines.append(f"{label}: " + " | ".join(value))
            else:
                lines.append(f"{label}: {value}")
        lines.append("")
    lines.append(_footer(result))
    return "\n".join(lines) + "\n"


def _html(generation: Generation, result: dict[str, Any], preview: bytes | None) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(_title(generation))}</title></head><body>",
        f"<h1>{e(_title(generation))}</h1>",
    ]
    if preview is not None:
        src = "data:image/png;base64," + base64.b64encode(preview).decode("ascii")
        parts.append(
            f'<figure><img src="{src}" alt="The page with this copy in place" '
            'style="max-width:100%;height:auto"><figcaption>Preview: the new copy painted '
            "over the original screenshot.</figcaption></figure>"
        )
    for heading, rows in _blocks(result):
        parts.append(f"<section><h2>{e(heading)}</h2><dl>")
        for label, value in rows:
            parts.append(f"<dt>{e(label)}</dt>")
            if isinstance(value, list):
                items = "".join(f"<li>{e(v)}</li>" for v in value)
                parts.append(f"<dd><ul>{items}</ul></dd>")
            else:
                parts.append(f"<dd>{e(value)}</dd>")
        parts.append("</dl></section>")
    parts.append(f"<footer><p>{e(_footer(result))}</p></footer></body></html>")
    return "\n".join(parts) + "\n"
