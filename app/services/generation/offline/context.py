"""The business context as the offline writer's slots: name, offering (keywords), audience,
place, action, tone. Only what the user wrote; nothing is invented here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

TONES = ("professional", "friendly", "authoritative", "conversational", "inspirational")

# Words a verb may stand alone as a button ("Book", "Book now") without its object.
_LONE_VERBS = {
    "apply", "book", "browse", "buy", "call", "contact", "discover", "donate", "download",
    "enrol", "enroll", "explore", "join", "learn", "order", "register", "reserve", "shop",
    "start", "subscribe", "try", "visit", "begin", "sign up", "get started", "request",
    "schedule", "claim", "plan", "ask", "hire", "compare", "see",
}  # fmt: skip
_PARTICLES = {"up", "in", "out", "on", "off", "back", "down", "over", "started"}
_PLACE = re.compile(r"\b(?:in|across|around|near|from)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())


def lower_first(text: str) -> str:
    """ "Book an assessment" -> "book an assessment"; acronyms ("SEO audit") stay."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class OfflineContext:
    name: str
    description: str
    audience: str
    action: str
    tone: str
    keywords: tuple[str, ...] = ()
    place: str | None = None

    @classmethod
    def from_dict(cls, ctx: dict[str, Any]) -> OfflineContext:
        name = _clean(ctx.get("business_name")) or "Our business"
        description = _clean(ctx.get("business_description"))
        audience = lower_first(_clean(ctx.get("target_audience")).rstrip(".")) or "our customers"
        tone = _clean(ctx.get("tone")).lower()
        keywords: list[str] = []
        for raw in ctx.get("keywords") or []:
            keyword = _clean(raw).strip(".,;:")
            if keyword and keyword.lower() not in {k.lower() for k in keywords}:
                keywords.append(keyword)
        place = None
        texts = [description, _clean(ctx.get("additional_context")), _clean(audience)]
        for match in _PLACE.finditer(" ".join(texts)):
            candidate = match.group(1)
            if candidate not in name:
                place = candidate
                break
        return cls(
            name=name,
            description=description,
            audience=audience,
            action=upper_first(_clean(ctx.get("call_to_action")).rstrip(".!")) or "Get in touch",
            tone=tone if tone in TONES else "professional",
            keywords=tuple(keywords),
            place=place,
        )

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "", self.name.lower()) or "business"

    @property
    def offering(self) -> list[str]:
        """What the business offers, as noun phrases: the keywords (lower-cased start)."""
        return [lower_first(k) for k in self.keywords] or ["what we do"]

    def owner_sentences(self) -> list[str]:
        """The user's own description, sentence by sentence: facts we may repeat."""
        parts = re.split(r"(?<=[.!?])\s+", self.description)
        out = []
        for part in parts:
            part = part.strip()
            if len(part.split()) < 4:
                continue
            out.append(part if part[-1] in ".!?" else part + ".")
        return out

    def verb_and_object(self) -> tuple[str, str]:
        words = self.action.split()
        if len(words) > 1 and words[1].lower() in _PARTICLES:
            return " ".join(words[:2]), " ".join(words[2:])
        return words[0], " ".join(words[1:])

    def short_action(self) -> str:
        """The action without articles, for buttons too short for all of it."""
        kept = [w for w in self.action.split() if w.lower() not in ("a", "an", "the")]
        return " ".join(kept) or self.action

    def yours(self) -> str | None:
        """ "Book an assessment" -> "Book your assessment"."""
        verb, obj = self.verb_and_object()
        head, _, rest = obj.partition(" ")
        return f"{verb} your {rest}" if head.lower() in ("a", "an", "the") and rest else None

    def lone_verb(self) -> str | None:
        verb, _ = self.verb_and_object()
        return verb if verb.lower() in _LONE_VERBS else None
