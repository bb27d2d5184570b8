"""Per-section assembly: the hero, contact, cta/about and grid sections between the
navigation and the footer (frame.py), in page order."""

from __future__ import annotations

import re

from app.services.analysis.offline.classify import (
    _EMAIL,
    _PHONE,
    Page,
    field_words,
    grid_section,
    heading_index,
    is_copyright,
    item_fields,
    single_testimonial,
    words,
)
from app.services.analysis.offline.frame import (
    Component,
    Section,
    component,
    footer,
    header_of_bands,
    header_rows,
    is_footer_body,
    is_top_bar,
    link_row,
    merge_footer,
    navigation,
    split_footer,
    split_nav,
    text_rows,
)
from app.services.analysis.offline.grid import PRICE, READ_ON, columns, split_items
from app.services.analysis.offline.layout import Block, box_of


def _free_text(blocks: list[Block], page: Page, title: str, body: str) -> list[Component]:
    """subtitle / heading / description / buttons / small print for a non-grid section."""
    comps: list[Component] = []
    if not blocks:
        return comps
    hi = heading_index(blocks, page)
    seen_button = False
    for i, b in enumerate(blocks):
        if i == hi:
            comps.append(component(title, b))
        elif i > hi and field_words([b]) and words(b.text) <= 3:
            comps.append(component("form_label", b))  # an input ("Your email", "Email here")
        elif b.button:
            seen_button = True
            comps.append(component("cta_button", b))
        elif i < hi:
            comps.append(component("subtitle" if words(b.text) <= 10 else body, b))
        elif seen_button or (b.h < 0.9 * page.em and words(b.text) <= 25 and i > hi + 1):
            comps.append(component("small_print", b))
        elif words(b.text) <= 4 and len(b.lines) == 1 and i > hi + 1:
            comps.append(component("cta_button", b))
        else:
            comps.append(component(body, b))
    return comps


def contact(blocks: list[Block], page: Page) -> Section:
    """A contact section's components; a form and the contact details side by side may
    each have a heading of the same size ("Online Reservation" beside "Contact Us")."""
    comps: list[Component] = []
    big = max(blocks, key=lambda b: b.h)
    heads = [i for i, b in enumerate(blocks) if b.h >= 1.25 * page.em and b.h >= 0.9 * big.h] or [
        -1
    ]
    hi = heads[0]
    details = [b for b in blocks if _EMAIL.search(b.text) or _PHONE.search(b.text)]
    for i, b in enumerate(blocks):
        t = b.text
        if i in heads:
            comps.append(component("section_heading", b))
        elif b.button and not (field_words([b]) and words(t) <= 3):  # an input box
            comps.append(component("cta_button", b))
        elif _EMAIL.search(t) or _PHONE.search(t):
            comps.append(component("contact_detail", b))
        elif words(t) <= 5 and "," not in t and any(_labels(b, d, page) for d in details):
            comps.append(component("subtitle", b))  # "Phone Number" over the number
        elif field_words([b]) and not b.button:  # a field's label or placeholder
            comps.append(component("form_label", b))
        elif i < hi:
            comps.append(component("subtitle", b))
        elif "," in t and words(t) <= 8 and not t.rstrip().endswith((".", "!", "?")):
            comps.append(component("contact_detail", b))  # an address: "Main St, Springfield"
        elif words(t) <= 5:
            comps.append(component("form_label", b))
        else:
            comps.append(component("section_description", b))
    return {"type": "contact", "components": comps}


def _labels(label: Block, detail: Block, page: Page) -> bool:
    """`label` sits right over `detail`, overlapping it: the detail's caption."""
    return 0 <= detail.y0 - label.y1 <= 1.5 * page.em and min(label.x1, detail.x1) > max(
        label.x0, detail.x0
    )


_CONTACT_HEADING = re.compile(r"\bcontact\b|\bget in touch\b|\breach us\b", re.I)
# a sign-up's heading: a newsletter asks for an e-mail address, it does not give one
_SIGN_UP = re.compile(r"\bnewsletter\b|\bsubscribe\b|\bsign up\b|\binbox\b", re.I)


def is_contact(blocks: list[Block], page: Page) -> bool:
    """An e-mail address or phone number among short lines, a form of two fields or more,
    or a first heading that says so; not under a sign-up's heading ("Subscribe to our
    newsletter": a call to action)."""
    big = max(blocks, key=lambda b: b.h)
    first = min((b for b in blocks if b.h >= 1.25 * page.em), key=lambda b: b.y0, default=big)
    if _SIGN_UP.search(first.text) and not _CONTACT_HEADING.search(first.text):
        return False
    return (
        (
            any(_EMAIL.search(b.text) or _PHONE.search(b.text) for b in blocks)
            and sum(words(b.text) <= 5 and not b.button for b in blocks) >= 3
        )
        or len(field_words(blocks)) >= 2
        or (words(first.text) <= 5 and bool(_CONTACT_HEADING.search(first.text)))
    )


def split_form(blocks: list[Block], page: Page) -> list[list[Block]]:
    """A form (two fields, or a field and its button) under its own heading at the foot of
    a section (a sign-up card under a feature row on one background) is a section of its
    own."""
    blocks = sorted(blocks, key=lambda b: (b.y0, b.x0))
    first = next((i for i, b in enumerate(blocks) if field_words([b])), None)
    if first is None or not (
        len(field_words(blocks[first:])) >= 2 or any(b.button for b in blocks[first:])
    ):
        return [blocks]
    head = next((i for i in range(first - 1, -1, -1) if blocks[i].h >= 1.25 * page.em), None)
    if head is None or head < 2:
        return [blocks]
    above, rest = blocks[:head], blocks[head:]
    if rest[0].y0 - max(b.y1 for b in above) < 2 * page.em:
        return [blocks]
    return [above, rest]


def _asks(b: Block) -> bool:
    """A button that asks for an action: not a step's "01", nor a link to read on ("Learn
    more" under a text is about something, not a call to action)."""
    return b.button and any(ch.isalpha() for ch in b.text) and not READ_ON.search(b.text)


def is_cta(blocks: list[Block], page: Page) -> bool:
    """A heading with at most a lead paragraph and a note and a few short texts among which a button
    (store badges, a sign-up field and its button): a call to action, however the short
    texts line up. Without a big heading the first line leads ("Download our app:")."""
    big = max(blocks, key=lambda b: b.h)
    if big.h < 1.25 * page.em:
        big = min(blocks, key=lambda b: b.y0)
    if words(big.text) < 2:  # a step's number in a circle
        return False
    # beside or below the heading: a form may stand on the heading's row
    rest = [b for b in blocks if b is not big and b.y1 > big.y0]
    short = [b for b in rest if words(b.text) <= 4 and len(b.lines) == 1]
    return (
        any(_asks(b) for b in short)
        and len(short) <= 4
        and len(rest) - len(short) <= 2
        and sum(words(b.text) for b in blocks) < 60
    )


_ABOUT = re.compile(r"\babout (us|me|the company)\b|^about$|\bwho we are\b|\bour story\b", re.I)


def _says_about(blocks: list[Block]) -> bool:
    """The section's eyebrow or heading (its first two short texts) says it is about us."""
    top = [b for b in sorted(blocks, key=lambda b: b.y0) if words(b.text) <= 8][:2]
    return any(_ABOUT.search(b.text.strip()) for b in top)


def point_list(blocks: list[Block], page: Page) -> list[Component] | None:
    """A heading and text closing on a list of three or more short points, one line each,
    one under the other in one type (a feature list beside a picture): cards of a title."""
    blocks = sorted(blocks, key=lambda b: (b.y0, b.x0))
    run: list[Block] = []
    for b in reversed(blocks):
        short = len(b.lines) == 1 and words(b.text) <= 6 and not b.button
        if not short or (
            run and (abs(b.x0 - run[-1].x0) > 3 * page.em or not _one_type(b, run[-1]))
        ):
            break
        run.append(b)
    head = blocks[: len(blocks) - len(run)]
    if len(run) < 3 or not any(b.h >= 1.25 * page.em for b in head):
        return None
    comps = _free_text(head, page, "section_heading", "section_description")
    items = [{"title": b.text} for b in reversed(run)]
    return [*comps, {"element": "feature_cards", "items": items}]


def question_list(blocks: list[Block], page: Page) -> list[Component] | None:
    """Three or more questions one under the other, left-aligned, each maybe followed by its
    answer (an accordion, open or closed): FAQ items under whatever heading comes first."""
    blocks = sorted(blocks, key=lambda b: (b.y0, b.x0))
    asks = [
        i for i, b in enumerate(blocks) if b.text.rstrip().endswith("?") and words(b.text) <= 20
    ]
    if (
        len(asks) < 3
        or max(blocks[i].x0 for i in asks) - min(blocks[i].x0 for i in asks) > 2 * page.em
    ):
        return None
    body = blocks[asks[0] :]
    if len(asks) < len(body) / 2:
        return None
    ends = [*asks[1:], len(blocks)]
    items = [item_fields("faq_items", blocks[i:end]) for i, end in zip(asks, ends, strict=True)]
    comps = _free_text(blocks[: asks[0]], page, "section_heading", "section_description")
    return [*comps, {"element": "faq_items", "items": items}]


def _one_type(a: Block, b: Block) -> bool:
    return max(a.h, b.h) <= 1.15 * min(a.h, b.h)


def _top(comp: Component) -> float:
    box = box_of(comp.get("current_content", ""))
    return box[1] if box else float("inf")


def tab_row(blocks: list[Block], page: Page) -> list[Block] | None:
    """A row of filter tabs over a gallery or a tabbed panel ("All", "Branding", "Web"):
    three or more short labels of one size in one row, close together, with nothing right
    under any of them (a row of card titles has its cards' text below)."""
    for row in text_rows(blocks):
        # labels, not the words of a line the OCR read apart ("Head", "of AI,", "Apple")
        labels = all(b.text[:1].isupper() and not b.text.endswith(",") for b in row)
        tabs = labels and link_row(row, page, gap=6, least=3)
        if not tabs or any(ch.isdigit() for b in row for ch in b.text):
            continue
        bottom = max(b.y1 for b in row)
        under = [
            b
            for b in blocks
            if b not in row
            and 0 <= b.y0 - bottom < 2 * page.em
            and any(min(b.x1, t.x1) > max(b.x0, t.x0) for t in row)
        ]
        if not under:
            return row
    return None


def body_section(blocks: list[Block], page: Page) -> Section:
    """Any section between the hero and the footer; filter tabs are links in it."""
    tabs = tab_row(blocks, page)
    if tabs is None:
        return _body_section(blocks, page)
    rest = [b for b in blocks if b not in tabs]
    links = [component("nav_link", b) for b in sorted(tabs, key=lambda b: b.x0)]
    if not rest:
        return {"type": "features", "components": links}
    section = _body_section(rest, page)
    comps = section["components"]
    top = min(t.y0 for t in tabs)
    head = [b for b in rest if b.y1 <= top]
    at = next((i for i, c in enumerate(comps) if "items" in c or _top(c) >= top), len(comps))
    section["components"] = comps[:at] + links + comps[at:]
    if section["type"] in ("about", "cta", "social_proof") and head:
        section["type"] = "features"  # a gallery or a tabbed panel under its heading
    return section


def _body_section(blocks: list[Block], page: Page) -> Section:
    if is_contact(blocks, page):
        return contact(blocks, page)
    if is_cta(blocks, page):
        return {
            "type": "cta",
            "components": _free_text(blocks, page, "section_heading", "description"),
        }
    asked = question_list(blocks, page)
    if asked is not None:
        return {"type": "faq", "components": asked}
    graded = grid_section(blocks, page)
    if graded is not None:
        # cards under "About us" (who we are, in three points) are the about section
        kind = "about" if _says_about(blocks) and graded[0] == "features" else graded[0]
        return {"type": kind, "components": graded[1]}
    quoted = single_testimonial(blocks, page)
    if quoted is not None:
        return {"type": "testimonials", "components": quoted}
    listed = point_list(blocks, page)
    if listed is not None:
        return {"type": "features", "components": listed}
    total = sum(words(b.text) for b in blocks)
    has_button = any(_asks(b) for b in blocks)
    kind = "cta" if has_button and total < 60 else "about"
    return {"type": kind, "components": _free_text(blocks, page, "section_heading", "description")}


def assemble(sections: list[list[Block]], page: Page) -> list[Section]:
    """Type every section and turn its blocks into components."""
    out: list[Section] = []
    sections = list(sections)
    banded_header = header_of_bands(sections)
    if not banded_header:
        sections = split_nav(sections, page.width)
    sections = merge_footer(sections, page)
    hero_done = False
    n = len(sections)
    for si, blocks in enumerate(sections):
        blocks = sorted(blocks, key=lambda b: (b.y0, b.x0))
        if si == 0 and (banded_header or (n > 1 and is_top_bar(blocks, page))):
            out.append(navigation(blocks, page))
            continue
        if si <= 2 and not out_has_nav(out) and link_row(blocks, page):
            out.append(navigation(blocks, page))
            continue
        if any(is_copyright(b.text) for b in blocks) or (
            si == n - 1 and si > 2 and is_footer_body(blocks, page)
        ):
            *before, rest = split_footer(blocks, page)
            for part in before:
                out.append(body_section(part, page) if hero_done else hero(part, page))
                hero_done = True
            out.append(footer(rest, page))
            continue
        if not hero_done:
            head, blocks = (
                header_rows(blocks, page, under_bar=out_has_nav(out)) if si <= 1 else ([], blocks)
            )
            if head:  # a header row under the top bar, or a brand and links over the hero
                nav = navigation(head, page)
                if out and out[-1]["type"] == "navigation":
                    bar = out[-1]["components"]
                    has_logo = any(c["element"] == "logo" for c in bar)
                    bar.extend(
                        {**c, "element": "nav_link"} if c["element"] == "logo" and has_logo else c
                        for c in nav["components"]
                    )
                else:
                    out.append(nav)
            if blocks:
                out.append(hero(blocks, page))
                hero_done = True
            continue
        out.extend(
            body_section(part, page)
            for side in split_sidebar(blocks, page)
            for part in split_form(side, page)
        )
    return out


def split_sidebar(blocks: list[Block], page: Page) -> list[list[Block]]:
    """An article column beside a narrow column of cards (a blog's sidebar of posts): the
    article, then the sidebar, as sections of their own. The article is 1.8 times as wide
    or more and holds prose; the sidebar holds two cards or more of two texts or more, and
    no form."""
    cols = columns(blocks, page.em)
    if len(cols) != 2:
        return [blocks]
    spans = [max(b.x1 for b in c) - min(b.x0 for b in c) for c in cols]
    wide, narrow = (0, 1) if spans[0] >= spans[1] else (1, 0)
    cards = split_items(cols[narrow], page.em)
    if (
        spans[wide] < 1.8 * spans[narrow]
        or not any(words(b.text) >= 25 for b in cols[wide])
        or len(cards) < 2
        or any(len(card) < 2 for card in cards)
        or field_words(cols[narrow])  # (a form beside its text: one contact section)
    ):
        return [blocks]
    return [cols[wide], cols[narrow]]


def out_has_nav(out: list[Section]) -> bool:
    return any(s["type"] == "navigation" for s in out)


def hero(blocks: list[Block], page: Page) -> Section:
    """The first section under the navigation; a pricing table under its title there is a
    pricing page's own section, not a hero. (Cards of other kinds stay in the hero: made
    sections of their own, they lowered fifteen development pages.) A grid is only read
    where a price is (a pricing table states one), not for every hero."""
    priced = any(PRICE.search(b.text) for b in blocks)
    graded = grid_section(blocks, page) if priced else None
    if graded is not None and graded[0] == "pricing":
        return {"type": "pricing", "components": graded[1]}
    return {"type": "hero", "components": _free_text(blocks, page, "main_title", "description")}
