"""The offline writer: each element's role picks its template bank; whole phrases and
sentences are combined to land in range (see compose.py); the page state keeps the page
coherent. Names of people, numbers and addresses are neutral placeholders ("Customer one",
"$00", "Street address"): the draft never invents facts about the business."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from app.core.words import count_words, in_tolerance
from app.services.generation.offline import banks as b
from app.services.generation.offline import labels as lb
from app.services.generation.offline.compose import Page
from app.services.generation.offline.context import OfflineContext
from app.services.generation.prompt import ElementSpec

SENTENCE_KINDS = {"description", "section_description", "bio", "answer", "quote", "small_print"}
BUTTON_KINDS = {"cta_button", "cta", "button", "link_button"}
TITLE_KINDS = {"title", "main_title", "section_heading", "heading", "tagline", "subtitle"}
_FORM_FIELDS = (
    ("email", ["Email", "Email address", "Your email address"]),
    ("phone", ["Phone", "Phone number", "Your phone number"]),
    ("message", ["Message", "Your message", "Tell us what you need", "How can we help?"]),
    ("company", ["Company", "Company name", "Your company name"]),
    ("subject", ["Subject", "Topic", "What is it about?"]),
    ("date", ["Date", "Preferred date", "Your preferred date"]),
    ("name", ["Name", "Full name", "Your full name"]),
)
_SEND = ["Send", "Send message", "Send your message", "Send us a message"]
_TERMINAL = (".", "!", "?", "”", '"')


def neutral_number(original: str) -> str:
    """The original's shape with every digit a 0 ("$61M" -> "$00M"): a placeholder the owner
    fills in, never a made-up figure."""
    return re.sub(r"\d", "0", original)


class OfflineWriter:
    def __init__(self, context: dict[str, Any], *, seed: int = 0, avoid: Iterable[str] = ()):
        self.ctx = OfflineContext.from_dict(context)
        self.page = Page(seed, self.ctx.keywords, avoid)
        self.year = datetime.now(UTC).year
        self.faq: dict[tuple[int, int], int] = {}
        self.plans: dict[tuple[int, int], str] = {}
        self.named: set[int] = set()
        self.cta_home: str | None = None
        self.cards: dict[tuple[int, int], int] = {}  # (section, component) -> last card index
        self.columns: dict[tuple[int, int], str] = {}  # footer column -> its heading
        self._cache: dict[tuple[Any, ...], list[str]] = {}

    # --- helpers ---------------------------------------------------------------------------
    def _fill(self, templates: list[str], focus: int = 0, **extra: str) -> list[str]:
        return b.fill(templates, self.ctx, focus, **extra)

    def _all(self, templates: list[str]) -> list[str]:
        key = ("all", tuple(templates))
        if key not in self._cache:
            self._cache[key] = b.fill_all(templates, self.ctx)
        return self._cache[key]

    def _general(self) -> list[str]:
        return self._all(b.TONE_SENTENCES[self.ctx.tone]) + self._all(b.GENERAL)

    def _naming(self, spec: ElementSpec, options: list[str]) -> list[str]:
        """The options that name the business, while the hero has not named it yet."""
        if spec.section_type != "hero" or spec.position in self.named:
            return []
        return [o for o in options if self.ctx.name in o]

    def _titles(self, spec: ElementSpec) -> list[str]:
        """The section's titles, each also with a tail (" for {audience}") for length."""
        key = ("titles", spec.section_type)
        if key not in self._cache:
            base = self._all(b.TITLES.get(spec.section_type, b.GENERIC_TITLES))
            tails = [t[0].lower() + t[1:] for t in self._all(b.TITLE_TAILS)]
            # only noun-phrase titles about the business take a tail, and never twice a value
            nouns = [t for t in base if "?" not in t and self._about_business(t)]
            longer = [f"{t}{tail}" for t in nouns for tail in tails if tail.strip() not in t]
            longer = [t for t in longer if not self._repeats_a_slot(t)]
            self._cache[key] = b.drop_repeats(base + longer, self.ctx.place)
        return self._cache[key]

    def _about_business(self, title: str) -> bool:
        low = title.lower()
        return self.ctx.name.lower() in low or any(k.lower() in low for k in self.ctx.keywords)

    def _repeats_a_slot(self, text: str) -> bool:
        low = text.lower()
        slots = [self.ctx.name, self.ctx.audience, self.ctx.place or ""]
        return any(slot and low.count(slot.lower()) > 1 for slot in slots)

    # --- roles -----------------------------------------------------------------------------
    def _button(self, spec: ElementSpec) -> str | None:
        c, n = self.ctx, spec.target
        if spec.section_type == "contact":
            text = self.page.pick(spec.id, _SEND, n)
            if text:
                return text
        if spec.id == self.cta_home:
            text = c.action if in_tolerance(count_words(c.action), n) else c.short_action()
            self.page.remember(text)
            return text
        options = [c.action, f"{c.action} today", f"{c.action} now", f"{c.action} online"]
        options.append(f"{c.action} with {c.name}")
        yours = c.yours()
        if yours:
            options += [yours, f"{yours} today", f"{yours} now", f"{yours} online"]
        lone = c.lone_verb()
        if lone:
            options += [lone, f"{lone} now", f"{lone} today", f"{lone} online", f"{lone} here"]
        if c.tone in ("friendly", "conversational"):
            options.append(f"Let's {b.lower(c.action)}")
        if spec.section_type == "pricing":
            plan = self.plans.get((spec.position, spec.card_index or 0))
            options += [f"Choose {plan}", f"Choose the {plan} plan"] if plan else []
        more = self._all(lb.BUTTON_FALLBACK)
        return self.page.pick(spec.id, options, n, fallback=more) or self.page.pick(
            spec.id, more, n
        )

    def _title(self, spec: ElementSpec) -> str | None:
        key, n = spec.id, spec.target
        if spec.field == "title" and spec.section_type not in ("hero",):
            card = spec.card_index or 0
            if spec.section_type == "how_it_works":
                last = self.cards.get((spec.position, spec.component_index), card)
                stage = lb.STEPS_FIRST if card == 0 else lb.STEPS_LAST if card == last else []
                middle = self._fill(lb.STEPS_MIDDLE)
                text = self.page.pick(key, self._fill(stage) or middle, n, fallback=middle)
            else:
                options = self._fill(lb.CARD_TITLES, card)
                more = self._all(lb.CARD_TITLES)
                text = self.page.pick(key, options, n, fallback=more, strict=True)
            if text:
                return text
        if spec.kind == "heading" and spec.section_type == "footer":
            themes = list(lb.FOOTER_COLUMNS)
            theme = themes[(spec.card_index or 0) % len(themes)]
            text = self.page.pick(key, [theme], n, fallback=lb.FOOTER_HEADINGS)
            if text:
                self.columns[(spec.position, spec.card_index or 0)] = text
            return text
        options = self._titles(spec)
        if spec.kind == "subtitle" or n <= 2:
            eyebrows = self._all(b.EYEBROWS.get(spec.section_type, []))
            text = self.page.pick(key, eyebrows, n, strict=True)
            if text:
                return text
        generic = self._all(b.GENERIC_TITLES)
        naming = self._naming(spec, options + generic)
        return (naming and self.page.pick(key, naming, n, strict=True)) or self.page.pick(
            key, options, n, fallback=generic
        )

    def _long(self, spec: ElementSpec) -> str | None:
        c, key, n, kind = self.ctx, spec.id, spec.target, spec.kind
        card = spec.card_index or 0
        general = self._general()
        first: list[str] | None = None
        if kind == "quote":
            quotes = self._all(b.QUOTES)
            text = self.page.sentences(key, quotes, n) or self.page.sentences(
                key, quotes + general, n
            )
            return f"“{text}”" if text else None
        if kind == "answer":
            qa = self._qa_index(spec)
            first = self._fill(b.FAQ[qa][1], card)
            pool = self._all(b.FAQ_FOLLOW) + general
        elif kind == "bio":
            first = self._fill(b.BIOS[:1] + b.BIOS[4:], card)
            pool = self._fill(b.BIOS, card) + self._fill(b.FOCUS, card) + general
        elif kind == "small_print":
            pool = self._all(b.SMALL_PRINT) + general
        elif spec.card_index is not None:
            first = self._fill(b.FOCUS, card)
            pool = general + self._fill(b.FOCUS, card)
        else:
            pool = c.owner_sentences() + general
            # the owner's own words open the hero and about texts when they fit
            if spec.section_type in ("hero", "about"):
                first = c.owner_sentences()
            if spec.section_type == "hero" and spec.position not in self.named:
                first = [s for s in (first or []) + pool if c.name in s]
        text = self.page.sentences(key, pool, n, first=first or None)
        if text is None and first and kind != "answer":
            text = self.page.sentences(key, pool, n)
        if text is None and kind == "answer":  # still open by answering, from a wider pool
            wider = pool + self._all(b.FOCUS) + c.owner_sentences()
            text = self.page.sentences(key, wider, n, first=first)
        return text or self.page.sentences(key, pool + self._all(b.FOCUS), n)

    def _qa_index(self, spec: ElementSpec) -> int:
        slot = (spec.position, spec.card_index or 0)
        if slot not in self.faq:
            usable = [i for i, (qs, _) in enumerate(b.FAQ) if self._fill(qs)]
            taken = {v for (pos, _), v in self.faq.items() if pos == spec.position}
            order = [i for i in usable if i not in taken] or usable
            self.page.rng(f"faq:{spec.position}").shuffle(order)
            self.faq[slot] = order[0]
        return self.faq[slot]

    def _question(self, spec: ElementSpec) -> str | None:
        qa = self._qa_index(spec)
        text = self.page.pick(spec.id, self._fill(b.FAQ[qa][0], spec.card_index or 0), spec.target)
        if text is None:  # this pair has no question of this length: try the others
            for other in range(len(b.FAQ)):
                options = self._fill(b.FAQ[other][0])
                text = self.page.pick(spec.id, options, spec.target, strict=True)
                if text:
                    self.faq[(spec.position, spec.card_index or 0)] = other
                    break
        return text

    def _person(self, spec: ElementSpec) -> str | None:
        n, card = spec.target, spec.card_index or 0
        ordinal = lb.ORDINALS[card % len(lb.ORDINALS)]
        if spec.section_type == "social_proof":
            return self.page.pick(spec.id, [f"Partner {ordinal}", *lb.PARTNERS], n)
        who = "Team member" if spec.section_type == "team" else "Customer"
        options = [
            f"{who} {ordinal}",
            f"Member {ordinal}",
            f"{who} name {ordinal}",
            f"Name of {who.lower()} {ordinal}",
            f"Full name of {who.lower()} {ordinal}",
        ]
        return self.page.pick(spec.id, options, n)

    def _phrase(self, spec: ElementSpec) -> str | None:
        c, n, key, kind = self.ctx, spec.target, spec.id, spec.kind
        card = spec.card_index or 0
        digits = any(ch.isdigit() for ch in spec.original)
        if kind == "number" and digits:
            return spec.original  # a step's place in the sequence, not a claim
        if kind in ("price", "value") and digits:
            return neutral_number(spec.original)
        if kind == "price":
            return self.page.pick(key, ["Free", "On request", "Ask for a quote"], n, unique=False)
        if kind in ("value", "number"):
            return str(card + 1) if kind == "number" else "0"
        if kind == "logo":
            words = c.name.split()
            if len(words) > n + 1:  # a long name: its leading words, as a short logo
                return " ".join(words[: n + 1])
            titled = [" ".join(w[:1].upper() + w[1:] for w in k.split()) for k in c.keywords]
            longer = [f"{c.name} {k}" for k in titled] + (
                [f"{c.name} {c.place}"] if c.place else []
            )
            return self.page.pick(key, [c.name], n, fallback=longer, unique=False)
        if kind == "name":
            return self._person(spec)
        if kind in ("role", "position", "job_title"):
            if spec.section_type == "team":
                return self.page.pick(key, self._fill(lb.TEAM_ROLES, card), n)
            ordinal = lb.ORDINALS[card % len(lb.ORDINALS)]
            placeholders = [
                f"Role of customer {ordinal}",
                f"Job title of customer {ordinal}",
                f"Job title and company, customer {ordinal}",
                f"Job title and company of customer {ordinal}",
            ]
            return self.page.pick(key, self._fill(lb.CLIENT_ROLES, card), n, fallback=placeholders)
        if kind in ("nav_link", "links", "link"):
            bank = lb.NAV if spec.section_type == "navigation" else lb.FOOTER_LINKS
            kws = [k[:1].upper() + k[1:] for k in c.keywords]
            column = lb.FOOTER_COLUMNS.get(self.columns.get((spec.position, card), ""), [])
            if column:
                column = column + (kws if column is lb.FOOTER_COLUMNS["Explore"] else [])
                text = self.page.pick(key, column, n, strict=True)
                if text:
                    return text
            return self.page.pick(key, bank + kws, n) or self.page.pick(key, self._titles(spec), n)
        if kind in BUTTON_KINDS:
            return self._button(spec)
        if kind == "form_label":
            low = spec.original.lower()
            for word, labels in _FORM_FIELDS:
                if word in low:
                    text = self.page.pick(key, labels, n, strict=True)
                    if text:
                        return text
            return self.page.pick(key, lb.FORM_LABELS, n)
        if kind == "label":
            if spec.section_type == "pricing":
                return self.page.pick(
                    key,
                    [
                        "Includes",
                        "What you get",
                        "What is included",
                        "Included",
                        "Plan features",
                        "Highlights",
                        "In this plan",
                    ],
                    n,
                )
            return self.page.pick(key, self._fill(lb.STAT_LABELS, card), n)
        if kind == "badge":
            return self.page.pick(key, lb.BADGES, n)
        if kind == "plan_name":
            text = self.page.pick(key, lb.PLANS[card % len(lb.PLANS) :] + lb.PLANS, n)
            if text:
                self.plans[(spec.position, card)] = text
            return text
        if kind == "features":
            prev = self.plans.get((spec.position, card - 1))
            bank = [t for t in lb.PLAN_FEATURES if prev or "{prev}" not in t]
            focus = card + (spec.list_index or 0)
            options = self._fill(bank, focus, prev=prev or "")
            return self.page.pick(
                key, options, n, fallback=self._fill(bank, focus + 1, prev=prev or "")
            )
        if kind == "copyright":
            y, name = self.year, c.name
            options = [
                f"© {y} {name}",
                f"Copyright © {y} {name}",
                f"© {y} {name}. All rights reserved.",
                f"Copyright © {y} {name}. All rights reserved.",
                f"© {name} {y}. Thank you for visiting.",
            ]
            return self.page.pick(key, options, n)
        if kind == "contact_detail":
            return self._contact(spec)
        if kind == "date":
            ordinal = lb.ORDINALS[card % len(lb.ORDINALS)]
            options = [
                "Date",
                "Post date",
                f"Date of post {ordinal}",
                f"Add the date of post {ordinal}",
            ]
            return self.page.pick(key, options, n)
        if kind == "question":
            return self._question(spec)
        if kind in TITLE_KINDS and n <= 12:
            return self._title(spec)
        if n <= 3:
            return self.page.pick(
                key, self._all(b.EYEBROWS.get(spec.section_type, [])) + self._titles(spec), n
            )
        return None

    def _contact(self, spec: ElementSpec) -> str | None:
        original, n = spec.original, spec.target
        if "@" in original:
            return self.page.pick(
                spec.id, [f"hello@{self.ctx.slug}.com", f"Email hello@{self.ctx.slug}.com"], n
            )
        digits = sum(ch.isdigit() for ch in original)
        letters = sum(ch.isalpha() for ch in original)
        if digits >= 6 and letters <= 3:
            return neutral_number(original)
        options = [
            "Street address",
            "Your street address",
            "Street address and postcode",
            "Street address, town and postcode",
            "Building, street, town and postcode",
            "Opening hours go here",
            "Add your street address, town and postcode here",
            "Building name, street, town and postcode go here",
            *self._fill(["{place}", "Visit us in {place}", "Find us in {place}"]),
        ]
        return self.page.pick(spec.id, options, n)

    # --- the page --------------------------------------------------------------------------
    def write_one(self, spec: ElementSpec) -> str:
        text = None
        if spec.kind not in SENTENCE_KINDS or spec.target <= 3:
            text = self._phrase(spec)
        if text is None:
            text = self._long(spec)
        if text is None:  # a last resort that still reads: any fresh whole sentences
            pool = self._general() + self._all(b.FOCUS) + self._all(b.FAQ_FOLLOW)
            text = self.page.sentences(spec.id, pool, spec.target)
        if text is None:  # the page has used every fitting sentence: repeat rather than cut
            text = self.page.sentences(spec.id, self._general(), spec.target, reuse=True)
        if text is None:
            text = min(self._general(), key=lambda s: abs(count_words(s) - spec.target))
        if count_words(text) >= 8 and not text.endswith(_TERMINAL):
            text += "."
        if spec.section_type == "hero" and self.ctx.name in text:
            self.named.add(spec.position)
        return text

    def write(self, elements: list[ElementSpec]) -> dict[str, str]:
        self.cta_home = self._cta_home(elements)
        for spec in elements:
            if spec.card_index is not None:
                slot = (spec.position, spec.component_index)
                self.cards[slot] = max(self.cards.get(slot, 0), spec.card_index)
        return {spec.id: self.write_one(spec) for spec in elements}

    def _cta_home(self, elements: list[ElementSpec]) -> str | None:
        """The button that carries the call to action word for word: the first that can hold
        it, else the first that can hold it without articles ("Start free trial")."""
        buttons = [s for s in elements if s.kind in BUTTON_KINDS and s.section_type != "contact"]
        order = {"hero": 0, "cta": 1, "navigation": 3}  # the main button first, nav last
        buttons.sort(key=lambda s: order.get(s.section_type, 2))
        for text in (self.ctx.action, self.ctx.short_action()):
            for spec in buttons:
                if in_tolerance(count_words(text), spec.target):
                    return spec.id
        return None
