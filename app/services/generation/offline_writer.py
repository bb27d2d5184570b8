"""The offline writer: a deterministic draft from the business context, no model, no key.

Every element gets exactly its target word count (so the draft is always 100% in range) and
text suited to its role: buttons are action phrases, headings titles, prices stay prices,
nav links short, quotes read like quotes, names look like names. Variation comes from a
hash of the element id, so the same input always gives the same draft. It is labelled as an
offline draft in the result.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.core.words import count_words
from app.services.generation.prompt import ElementSpec

OFFLINE_MODEL_ID = "offline-draft"

_STOP = {
    "a",
    "an",
    "and",
    "the",
    "of",
    "to",
    "for",
    "with",
    "in",
    "on",
    "or",
    "at",
    "by",
    "your",
    "our",
    "is",
    "are",
    "from",
    "that",
    "who",
    "we",
    "you",
    "it",
    "as",
    "be",
    "about",
    "behind",
    "into",
    "than",
    "so",
    "can",
}
_FIRST = [
    "Maya",
    "Daniel",
    "Priya",
    "Lucas",
    "Amara",
    "Noah",
    "Sofia",
    "Ethan",
    "Leila",
    "Oliver",
    "Hannah",
    "Mateo",
    "Grace",
    "Samuel",
    "Yuki",
    "Isaac",
]
_LAST = [
    "Thompson",
    "Okafor",
    "Lindqvist",
    "Moreno",
    "Patel",
    "Fischer",
    "Nakamura",
    "Reyes",
    "Campbell",
    "Haddad",
    "Novak",
    "Bennett",
    "Kowalski",
    "Silva",
]
_COMPANIES = [
    "Northwind",
    "Brightline",
    "Cedar & Co",
    "Bluepeak",
    "Lumen Works",
    "Harbor",
    "Quill",
    "Fernway",
    "Atlas Partners",
    "Summit Labs",
    "Oakridge",
    "Kestrel",
]
_ROLES = [
    "Founder and Creative Director",
    "Head of Customer Experience",
    "Director of Operations, Bluepeak Labs",
    "Head of Growth at Northwind Studio",
    "Founder",
    "Operations Lead",
    "Head of Marketing",
    "Owner",
    "Product Manager",
    "Customer since 2021",
    "Managing Director",
    "Community Manager",
]
_NAV = [
    "Home",
    "About",
    "Services",
    "Pricing",
    "Contact",
    "Blog",
    "Features",
    "Reviews",
    "FAQ",
    "Careers",
    "Support",
    "Login",
    "Our story",
    "How it works",
    "Get in touch",
    "Privacy policy",
    "Terms of service",
    "Help centre",
    "Case studies",
    "Our team",
]
_COLUMN = ["Company", "Product", "Resources", "Support", "Legal", "Explore", "Connect"]
_LABELS = [
    "Your name",
    "Email address",
    "Phone number",
    "Company name",
    "Your message",
    "How can we help?",
    "Preferred date",
    "Budget range",
]
_STAT_LABELS = [
    "Happy customers",
    "Years of experience",
    "Projects delivered",
    "Average rating",
    "Cities served",
    "Repeat clients",
    "Customers who come back every month",
    "Orders delivered on time, every time, since we opened",
]
_BADGES = ["Most popular", "Best value", "New", "Recommended"]
_PLANS = ["Starter", "Growth", "Professional", "Enterprise"]
_ACTIONS = {
    "professional": ["Get started", "Request a consultation", "Book a call today"],
    "friendly": ["Say hello", "Let's get started", "Come and see us"],
    "authoritative": ["Start now", "Get your plan", "Book your expert review"],
    "conversational": ["Let's talk", "See how it works", "Give it a try today"],
    "inspirational": ["Begin today", "Start your journey", "Make it happen now"],
}
_CLOSERS = {
    1: "Welcome.",
    2: "Start today.",
    3: "See the difference.",
    4: "We are here to help.",
    5: "Your next step starts here.",
    6: "Get in touch with us today.",
}


def _words(text: str) -> list[str]:
    return [t for t in text.split() if any(ch.isalnum() for ch in t)]


def _pick(options: list[str], key: str, offset: int = 0) -> list[str]:
    """The options rotated by a stable hash of the key: deterministic variety."""
    start = (zlib.crc32(key.encode()) + offset) % len(options)
    return options[start:] + options[:start]


@dataclass
class OfflineContext:
    name: str
    description: str
    audience: str
    action: str
    tone: str
    purpose: str
    keywords: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, ctx: dict[str, Any]) -> OfflineContext:
        name = " ".join(str(ctx.get("business_name") or "").split()) or "Our business"
        return cls(
            name=name,
            description=" ".join(str(ctx.get("business_description") or "").split()),
            audience=" ".join(str(ctx.get("target_audience") or "").split()) or "our customers",
            action=" ".join(str(ctx.get("call_to_action") or "").split()) or "Get started",
            tone=str(ctx.get("tone") or "professional").lower(),
            purpose=str(ctx.get("page_purpose") or "homepage"),
            keywords=[
                " ".join(str(k).split()) for k in ctx.get("keywords") or [] if str(k).strip()
            ],
        )

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "", self.name.lower()) or "business"

    def filler(self) -> list[str]:
        """Content words to pad with, in a stable order."""
        pool = []
        for text in [*self.keywords, self.description, self.audience, self.name]:
            for word in _words(text):
                bare = word.strip(".,;:!?\"'()").lower()
                if bare and bare not in _STOP and bare not in pool:
                    pool.append(bare)
        return pool or ["quality", "service", "care", "value"]


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _exact(tokens: list[str], n: int, filler: list[str]) -> list[str]:
    """Exactly n word tokens (symbols such as "©" kept, they count as none): trim, or pad
    from the filler (cycled; every filler entry is one word)."""
    out: list[str] = []
    words = 0
    for token in tokens:
        if _is_word(token):
            if words == n:
                break
            words += 1
        out.append(token)
    if words == n and n > 1 and out[-1].strip(".,;:!?").lower() in _STOP:
        # A phrase cut at "and"/"the" reads broken; swap the dangling word for content.
        out[-1] = filler[n % len(filler)]
    i = 0
    while words < n:
        out.append(filler[i % len(filler)])
        words += 1
        i += 1
    return out


def fit_phrase(
    candidates: list[str], n: int, filler: list[str], tails: tuple[str, ...] = ()
) -> str:
    """The candidate closest to n words: exact, else a candidate plus a natural tail
    ("for you", "every single day"), else a longer one cut, else one padded."""
    exact = [c for c in candidates if count_words(c) == n]
    if exact:
        return exact[0]
    for candidate in candidates:
        base = candidate.rstrip(".!?")
        for tail in tails:
            if count_words(base) + count_words(tail) == n:
                return f"{base} {tail}"
    longer = sorted((c for c in candidates if count_words(c) > n), key=count_words)
    base = longer[0] if longer else max(candidates, key=count_words)
    text = " ".join(_exact(base.split(), n, filler))
    return text[:1].upper() + text[1:]


def fit_sentences(sentences: list[str], n: int, filler: list[str]) -> str:
    """Whole sentences while they fit, then a short closer or a cut sentence to land on n."""
    out: list[str] = []
    total = 0
    pool = [s for s in sentences if count_words(s) > 0]
    for sentence in pool:
        words = count_words(sentence)
        if total + words <= n:
            out.append(sentence)
            total += words
    rest = n - total
    if rest in _CLOSERS and (out or rest >= 3):
        out.append(_CLOSERS[rest])
    elif rest > 0:
        source = pool[len(out) % len(pool)] if pool else ""
        cut = _exact(source.split(), rest, filler)
        sentence = " ".join(cut).rstrip(".,;:!?") + "."
        out.append(sentence[:1].upper() + sentence[1:])
    text = " ".join(out)
    if count_words(text) != n:  # guard: always exact
        text = " ".join(_exact(text.split(), n, filler)).rstrip(",;:") + "."
    return text


class OfflineWriter:
    def __init__(self, context: dict[str, Any]) -> None:
        self.ctx = OfflineContext.from_dict(context)
        self.filler = self.ctx.filler()
        self.year = datetime.now(UTC).year

    # --- building blocks -----------------------------------------------------------------
    def _sentences(self, key: str) -> list[str]:
        c = self.ctx
        own = [s.strip() for s in re.split(r"(?<=[.!?])\s+", c.description) if s.strip()]
        own = [s if s[-1] in ".!?" else s + "." for s in own]
        keywords = c.keywords or ["quality"]
        made = [
            f"{c.name} helps {c.audience} get more done with less effort.",
            f"We focus on {keywords[0]} so you can focus on what matters.",
            f"Every detail is designed around {c.audience}.",
            f"{c.action} and see why people choose {c.name}.",
        ]
        made += [f"Expect {k} from the first day." for k in keywords[1:3]]
        return _pick(own, key) + made if own else _pick(made, key)

    def _title(self, key: str, section_type: str) -> list[str]:
        c = self.ctx
        kw = c.keywords[0] if c.keywords else c.name
        by_section = {
            "hero": [
                f"{kw.capitalize()} for {c.audience}",
                f"{c.name}: {kw} made simple",
                f"The better way to {c.action.lower()}",
                f"{kw.capitalize()} that {c.audience} can rely on, made simple by {c.name}",
            ],
            "features": [
                f"Why {c.audience} choose {c.name}",
                "Everything you need in one place",
                "What you get",
                f"Everything {c.audience} need from {kw}, in one place",
            ],
            "about": [
                f"The story behind {c.name}",
                "Who we are",
                "About us",
                f"Built by people who care about {kw} as much as you",
            ],
            "how_it_works": ["How it works", "Three simple steps to get started"],
            "testimonials": [
                f"What our customers say about {c.name}",
                "Loved by our customers",
                "Real stories",
                f"Why {c.audience} keep coming back to {c.name}",
            ],
            "pricing": ["Simple, honest pricing", "Plans for every stage"],
            "faq": ["Frequently asked questions", "Questions? We have answers"],
            "stats": [f"{c.name} in numbers", "The results speak for themselves"],
            "team": [
                "Meet the team",
                f"The people behind {c.name}",
                "Our people",
                f"The friendly faces who make {c.name} what it is",
            ],
            "social_proof": [f"Trusted by {c.audience}", "Trusted by teams everywhere"],
            "cta": [f"Ready to {c.action.lower()}?", "Start today"],
            "contact": [
                "Get in touch",
                f"Talk to the {c.name} team",
                "Contact us",
                f"We would love to hear from you, {c.audience}",
            ],
        }
        return _pick(by_section.get(section_type, [f"{kw.capitalize()} by {c.name}"]), key)

    def _tails(self) -> tuple[str, ...]:
        return (
            "today",
            "for you",
            "made simple",
            "every single day",
            f"for {self.ctx.audience}",
            "for you and your family",
        )

    def _eyebrow(self, key: str, section_type: str) -> list[str]:
        c = self.ctx
        kw = c.keywords[0] if c.keywords else "quality"
        labels = {
            "hero": [c.name, f"New from {c.name}", f"{kw.capitalize()}, done right"],
            "about": ["About us", "Our story so far", "Who we are today"],
            "features": ["Why us", "What you get", f"Why choose {c.name}"],
            "testimonials": ["Reviews", "Kind words", "What people are saying"],
            "faq": ["FAQ", "Good questions", "Questions and answers"],
            "team": ["Our team", "The people", "Meet the team behind"],
            "stats": ["By the numbers", "Results", "Our track record"],
            "pricing": ["Pricing", "Simple plans", "Plans and pricing"],
            "cta": ["Ready?", "Get started", "Take the next step"],
            "contact": ["Contact", "Get in touch", "We would love to hear"],
        }
        return _pick(labels.get(section_type, [c.name, "Learn more", "Find out more"]), key)

    def _phrase(self, spec: ElementSpec) -> str | None:
        """Short typed texts; None means "write sentences"."""
        c, n, key, kind = self.ctx, spec.target, spec.id, spec.kind
        card = spec.card_index or 0
        if kind in ("price", "value", "number") and any(ch.isdigit() for ch in spec.original):
            return spec.original if count_words(spec.original) == n else None
        if kind == "logo":
            joined = "".join(w[:1].upper() + w[1:] for w in _words(c.name))
            return fit_phrase([joined, c.name], n, self.filler)
        if kind == "name" and spec.section_type in ("social_proof",):
            return fit_phrase(_pick(_COMPANIES, key, card), n, self.filler)
        if kind == "name" or kind == "author":
            first = _pick(_FIRST, key)[card % len(_FIRST)]
            last = _pick(_LAST, key)[card % len(_LAST)]
            options = [first, f"{first} {last}", f"{first} {last[0]}. {last}"]
            return fit_phrase(options, n, [last, "Jr."])
        if kind in ("role", "position", "job_title"):
            return fit_phrase(_pick(_ROLES, key), n, _words(c.name))
        if kind in ("nav_link", "links", "link"):
            index = (spec.list_index or 0) + card * 7 + spec.component_index
            return fit_phrase(_NAV[index % len(_NAV) :] + _NAV, n, self.filler)
        if kind in ("cta_button", "cta", "button", "link_button"):
            options = [c.action, *_ACTIONS.get(c.tone, _ACTIONS["professional"])]
            return fit_phrase(_pick(options, key) if n > 1 else options, n, ["today", "now"])
        if kind == "heading" and spec.field:
            return fit_phrase(_pick(_COLUMN, key, card), n, self.filler)
        if kind in ("form_label", "label") and spec.section_type == "contact":
            return fit_phrase(
                _LABELS[spec.component_index % len(_LABELS) :] + _LABELS, n, ["please"]
            )
        if kind == "label":
            return fit_phrase(_pick(_STAT_LABELS, key, card), n, ["every", "year"])
        if kind == "badge":
            return fit_phrase(_pick(_BADGES, key), n, self.filler)
        if kind == "plan_name":
            return fit_phrase([_PLANS[card % len(_PLANS)]], n, ["plan", "edition"])
        if kind == "copyright":
            y, name = self.year, c.name
            options = [
                f"© {y} {name}",
                f"Copyright © {y} {name}",
                f"© {y} {name}. Rights reserved.",
                f"© {y} {name}. All rights reserved.",
                f"Copyright © {y} {name}. All rights reserved worldwide.",
            ]
            return fit_phrase(options, n, ["Worldwide."])
        if kind == "contact_detail":
            if "@" in spec.original:
                return fit_phrase([f"hello@{c.slug}.com"], n, ["(email)", "us"])
            if any(ch.isdigit() for ch in spec.original) and count_words(spec.original) == n:
                return spec.original
            return None
        if kind == "question":
            options = [
                f"How does {c.name} work?",
                f"Who is {c.name} for?",
                "How much does it cost?",
                "How do I get started?",
                f"Why choose {c.name} over the alternatives?",
                "Can I cancel anytime?",
            ]
            text = fit_phrase(options[card % len(options) :] + options, n, self.filler)
            return text.rstrip(".,;:?") + "?"
        if kind == "features":
            kws = [
                *c.keywords,
                "Priority support",
                "Unlimited updates",
                "Expert guidance",
                "Easy setup",
                "Monthly reports",
            ]
            index = (spec.list_index or 0) + card
            return fit_phrase(kws[index % len(kws) :] + kws, n, self.filler).capitalize()
        if kind == "subtitle" and n <= 4:
            return fit_phrase(self._eyebrow(key, spec.section_type), n, self.filler, self._tails())
        titles = ("title", "main_title", "section_heading", "subtitle", "heading", "tagline")
        if kind in titles and n <= 12:
            if kind == "title" and spec.field:
                focus_pool = c.keywords + self.filler
                focus = focus_pool[card % len(focus_pool)]
                options = [
                    f"{focus.capitalize()} that works",
                    f"{focus.capitalize()} for {c.audience}",
                    "Built around you",
                    f"Better {focus}",
                ]
                return fit_phrase(options, n, self.filler)
            return fit_phrase(self._title(key, spec.section_type), n, self.filler, self._tails())
        if kind == "quote":
            body = fit_sentences(self._quote_sentences(key), n, self.filler)
            return f"“{body}”"
        return None

    def _quote_sentences(self, key: str) -> list[str]:
        c = self.ctx
        return _pick(
            [
                f"Working with {c.name} was the best decision we made this year.",
                "The team listened, delivered on time and made everything simple.",
                f"I recommend {c.name} to anyone who cares about quality.",
                "We saw results in the very first month.",
            ],
            key,
        )

    def write_one(self, spec: ElementSpec) -> str:
        text = self._phrase(spec)
        if text is None or count_words(text) != spec.target:
            text = fit_sentences(self._sentences(spec.id), spec.target, self.filler)
        return text

    def write(self, elements: list[ElementSpec]) -> dict[str, str]:
        return {spec.id: self.write_one(spec) for spec in elements}


def write_offline(context: dict[str, Any], elements: list[ElementSpec]) -> dict[str, str]:
    return OfflineWriter(context).write(elements)
