"""Per-section assembly: navigation, hero, footer, contact, cta/about and grid sections."""

from __future__ import annotations

import itertools
import re
from typing import Any

from app.services.analysis.offline.classify import (
    _EMAIL,
    _PHONE,
    _PRICE,
    Page,
    grid_section,
    is_copyright,
    single_testimonial,
    words,
)
from app.services.analysis.offline.grid import columns
from app.services.analysis.offline.layout import Block, Line, box_of, boxed, join_lines, joined

Component = dict[str, Any]
_HOURS = re.compile(r"\b\d{1,2}(:\d\d)?\s?(am|pm)\b|\bopening hours\b|\b\d{1,2}:\d\d\s?-", re.I)
Section = dict[str, Any]


def _text(element: str, block: Block | str) -> Component:
    return {"element": element, "current_content": block if isinstance(block, str) else block.text}


def split_nav(sections: list[list[Block]], width: int) -> list[list[Block]]:
    """Peel the top row of short items off the first section: the navigation bar (three
    items or more, or a brand and a link or button at opposite ends of the page top)."""
    if not sections or not sections[0]:
        return sections
    first = sections[0]
    top = min(first, key=lambda b: b.y0)
    row = [b for b in first if b.y0 < top.y1 + 0.5 * (top.y1 - top.y0) and len(b.lines) <= 2]
    if not all(words(b.text) <= 4 for b in row):
        return sections
    spread = max(b.x1 for b in row) - min(b.x0 for b in row) if row else 0
    if len(row) >= 3 or (len(row) == 2 and top.y0 < 150 and spread > 0.4 * width):
        rest = [b for b in first if b not in row]
        return [row] + ([rest] if rest else []) + sections[1:]
    return sections


def header_of_bands(sections: list[list[Block]]) -> bool:
    """A page header in several bands: strips at the very top (contact details, brand,
    a button) and, in the band after them, a row of four or more short links: the strips
    and the links are one navigation, peeled off that band."""
    for k in range(min(3, len(sections) - 1), 0, -1):  # the lowest link row first
        head, band = sections[:k], sections[k]
        if not band or not all(head):
            continue
        if max(b.y1 for sec in head for b in sec) > 350:
            continue
        if not all(words(b.text) <= 10 for sec in head for b in sec):
            continue
        top = min(band, key=lambda b: b.y0)
        row = [b for b in band if b.y0 < top.y1 + 0.5 * (top.y1 - top.y0) and len(b.lines) == 1]
        if top.y0 < 450 and len(row) >= 4 and all(words(b.text) <= 3 for b in row):
            rest = [b for b in band if b not in row]
            sections[: k + 1] = [[b for sec in head for b in sec] + row] + ([rest] if rest else [])
            return True
    return False


def _link_columns(blocks: list[Block], page: Page) -> bool:
    """Side-by-side columns of short lines (link lists): the body of a footer."""
    cols = columns(blocks, page.em)
    lines = [ln for b in blocks for ln in b.lines]
    if len(cols) < 2 or len(lines) < 5 or sum(bool(_PRICE.search(b.text)) for b in blocks) >= 2:
        return False  # a product grid: names and prices
    # two columns of links at least (a brand's blurb or a newsletter box may sit beside)
    if sum(_link_list([ln for b in col for ln in b.lines]) for col in cols) < 2 and not (
        _link_list(lines, 0.6)
    ):
        return False
    # a centred heading over the columns introduces a section (a team, a logo wall)
    big = max(blocks, key=lambda b: b.h)
    centred = abs(big.cx - page.width / 2) < 0.1 * page.width
    alone = all(b.y1 <= big.y0 or big.y1 <= b.y0 for b in blocks if b is not big)
    return not (big.h >= 1.4 * page.em and centred and alone)


def _link_list(lines: list[Line], share: float = 0.75) -> bool:
    """Short lines (links), not wrapped prose (which carries on in lowercase or ends a
    sentence)."""
    short = sum(words(ln.text) <= 4 for ln in lines)
    prose = sum(ln.text[:1].islower() or ln.text.rstrip().endswith(".") for ln in lines)
    return len(lines) >= 3 and short >= share * len(lines) and prose <= 0.2 * len(lines)


def merge_footer(sections: list[list[Block]], page: Page) -> list[list[Block]]:
    """A copyright line (or the page's last short row: legal links, a credit) in a band of
    its own: the link columns just above it join it."""
    last = sections[-1] if sections else []
    bottom_bar = bool(last) and (
        len(last) <= 2 or max(b.y1 for b in last) - min(b.y0 for b in last) < 3 * page.em
    )
    k = next(
        (
            k
            for k in range(len(sections) - 1, 0, -1)
            if any(is_copyright(b.text) for b in sections[k])
        ),
        len(sections) - 1 if len(sections) > 2 and bottom_bar else 0,
    )
    if k > 0 and _link_columns(sections[k - 1], page):
        return [*sections[: k - 1], sections[k - 1] + sections[k], *sections[k + 1 :]]
    return sections


def _reading_order(blocks: list[Block]) -> list[Block]:
    """Rows (blocks overlapping the row's first block vertically), each left to right."""
    rows: list[list[Block]] = []
    for b in sorted(blocks, key=lambda b: b.y0):
        if rows and b.y0 < (rows[-1][0].y0 + rows[-1][0].y1) / 2:
            rows[-1].append(b)
        else:
            rows.append([b])
    return [b for row in rows for b in sorted(row, key=lambda b: b.x0)]


def link_row(blocks: list[Block], page: Page) -> bool:
    """Four or more short one-line texts of one size side by side, close together: a row
    of links (a logo wall spreads its names over the width)."""
    items = sorted(blocks, key=lambda b: b.x0)
    return (
        len(items) >= 4
        and all(len(b.lines) == 1 and words(b.text) <= 3 for b in items)
        and max(b.y0 for b in items) < min(b.y1 for b in items)
        and max(b.h for b in items) <= 1.2 * min(b.h for b in items)
        and all(b.x0 - a.x1 < 3 * page.em for a, b in itertools.pairwise(items))
    )


def navigation(blocks: list[Block], page: Page) -> Section:
    items = _reading_order(blocks)
    if link_row(items, page):  # links only: the brand is elsewhere (a hero above them)
        return {
            "type": "navigation",
            "components": [_text("cta_button" if b.button else "nav_link", b) for b in items],
        }
    # the brand: the first short name, unless a bigger one follows (a header whose top
    # strip holds opening hours or contact details over the brand's row)
    names = [b for b in items if words(b.text) <= 3 and not _contact_detail(b.text)]
    big = max(names, key=lambda b: b.h, default=items[0])
    brand = big if big.h >= 1.3 * items[0].h else items[0]
    comps: list[Component] = []
    for b in items:
        if b is brand:
            comps.append(_text("logo", boxed(_strip_icon(b.text), box_of(b.text))))
        elif _contact_detail(b.text):
            comps.append(_text("contact_detail", b))
        else:  # a button is the bar's call to action; a plain last link stays a link
            comps.append(_text("cta_button" if b.button else "nav_link", b))
    return {"type": "navigation", "components": comps}


def _contact_detail(text: str) -> bool:
    """An e-mail address, a phone number or opening hours (a header's top strip)."""
    return bool(_EMAIL.search(text) or _PHONE.search(text) or _HOURS.search(text))


def _strip_icon(text: str) -> str:
    """A logo mark left of the brand name often OCRs as a stray 1-2 character token."""
    toks = text.split()
    if len(toks) > 1 and len(toks[0]) <= 2 and not toks[0].isalpha():
        toks = toks[1:]
    return " ".join(toks)


def _free_text(blocks: list[Block], page: Page, title: str, body: str) -> list[Component]:
    """subtitle / heading / description / buttons / small print for a non-grid section."""
    comps: list[Component] = []
    if not blocks:
        return comps
    big = max(blocks, key=lambda b: b.h)
    hi = blocks.index(big) if big.h >= 1.25 * page.em else -1
    seen_button = False
    for i, b in enumerate(blocks):
        if i == hi:
            comps.append(_text(title, b))
        elif b.button:
            seen_button = True
            comps.append(_text("cta_button", b))
        elif i < hi:
            comps.append(_text("subtitle" if words(b.text) <= 10 else body, b))
        elif seen_button or (b.h < 0.9 * page.em and words(b.text) <= 25 and i > hi + 1):
            comps.append(_text("small_print", b))
        elif words(b.text) <= 4 and len(b.lines) == 1 and i > hi + 1:
            comps.append(_text("cta_button", b))
        else:
            comps.append(_text(body, b))
    return comps


def footer(blocks: list[Block], page: Page) -> Section:
    comps: list[Component] = []
    copy_i = next((i for i, b in enumerate(blocks) if is_copyright(b.text)), -1)
    main = blocks[:copy_i] if copy_i >= 0 else blocks
    tail = blocks[copy_i:] if copy_i >= 0 else []
    cols = columns(main, page.em) if main else []
    grid_items: list[dict[str, Any]] = []
    tops = [col[0].y0 for col in cols]
    heads = sorted(col[0].h for col in cols)
    for ci, col in enumerate(cols):
        brand = ci == 0 and len(cols) >= 3 and words(col[0].text) <= 3
        if brand and col[0].h >= 1.3 * heads[len(heads) // 2]:
            # the brand in big type over its blurb (icons read as letters dropped)
            comps.append(_text("logo", boxed(_strip_icon(col[0].text), box_of(col[0].text))))
            comps.extend(_text("description", b) for b in col[1:] if words(b.text) >= 3)
            continue
        # a column: a short heading line, then one link per line, or a paragraph
        lines = [ln for b in col for ln in b.lines]
        first_long = words(col[0].text) >= 6 and not all(words(ln.text) <= 4 for ln in lines)
        level = any(abs(t - tops[ci]) < 0.5 * page.em for i, t in enumerate(tops) if i != ci)
        if len(lines) == 1 and words(lines[0].text) <= 3 and level:
            # a column head level with the others, its links not read (icons)
            grid_items.append({"heading": lines[0].text})
            continue
        if len(lines) < 2 or words(lines[0].text) > 4 or first_long:
            comps.extend(_text("description", b) for b in col)
            continue
        rest = lines[1:]
        if all(words(ln.text) <= 5 for ln in rest):
            grid_items.append({"heading": lines[0].text, "links": [ln.text for ln in rest]})
        else:
            body = [b for b in col if b.lines[0] is not lines[0]]
            text = (
                join_lines([ln.text for ln in rest]) if not body else joined([b.text for b in body])
            )
            grid_items.append({"heading": lines[0].text, "description": text})
    if grid_items:
        comps.append({"element": "footer_columns", "items": grid_items})
    for i, b in enumerate(sorted(tail, key=lambda b: (b.y0, b.x0))):
        # beside the copyright line: legal and site links, or a longer credit
        kind = "copyright" if i == 0 else "nav_link" if words(b.text) <= 3 else "small_print"
        comps.append(_text(kind, b))
    return {"type": "footer", "components": comps}


def contact(blocks: list[Block], page: Page) -> Section:
    comps: list[Component] = []
    big = max(blocks, key=lambda b: b.h)
    hi = blocks.index(big) if big.h >= 1.25 * page.em else -1
    for i, b in enumerate(blocks):
        t = b.text
        if i == hi:
            comps.append(_text("section_heading", b))
        elif b.button and not (_field_words([b]) and words(t) <= 3):  # an input box
            comps.append(_text("cta_button", b))
        elif _EMAIL.search(t) or _PHONE.search(t):
            comps.append(_text("contact_detail", b))
        elif _field_words([b]) and not b.button:  # a field's label or placeholder
            comps.append(_text("form_label", b))
        elif i < hi:
            comps.append(_text("subtitle", b))
        elif words(t) <= 5:
            comps.append(_text("form_label", b))
        else:
            comps.append(_text("section_description", b))
    return {"type": "contact", "components": comps}


_FIELD = re.compile(
    r"\b(name|e-?mail|phone|message|subject|password|company|address|website)\b", re.I
)
_CONTACT_HEADING = re.compile(r"\bcontact\b|\bget in touch\b|\breach us\b", re.I)


def _field_words(blocks: list[Block]) -> set[str]:
    """The distinct field names a form's labels and placeholders carry ("Your Name",
    "E-mail"), one per label ("Email address" is one field)."""
    found: set[str] = set()
    for b in blocks:
        if words(b.text) <= 4 and not b.text.rstrip().endswith("?"):
            m = _FIELD.search(b.text)
            if m:
                found.add(m.group(1).lower().replace("-", ""))
    return found


def is_contact(blocks: list[Block], page: Page) -> bool:
    """An e-mail address or phone number among short lines, a form of two fields or more,
    or a first heading that says so."""
    big = max(blocks, key=lambda b: b.h)
    first = min((b for b in blocks if b.h >= 1.25 * page.em), key=lambda b: b.y0, default=big)
    return (
        (
            any(_EMAIL.search(b.text) or _PHONE.search(b.text) for b in blocks)
            and sum(words(b.text) <= 5 and not b.button for b in blocks) >= 3
        )
        or len(_field_words(blocks)) >= 2
        or (words(first.text) <= 5 and bool(_CONTACT_HEADING.search(first.text)))
    )


def split_form(blocks: list[Block], page: Page) -> list[list[Block]]:
    """A form (two fields, or a field and its button) under its own heading at the foot of
    a section (a sign-up card under a feature row on one background) is a section of its
    own."""
    blocks = sorted(blocks, key=lambda b: (b.y0, b.x0))
    first = next((i for i, b in enumerate(blocks) if _field_words([b])), None)
    if first is None or not (
        len(_field_words(blocks[first:])) >= 2 or any(b.button for b in blocks[first:])
    ):
        return [blocks]
    head = next((i for i in range(first - 1, -1, -1) if blocks[i].h >= 1.25 * page.em), None)
    if head is None or head < 2:
        return [blocks]
    above, rest = blocks[:head], blocks[head:]
    if rest[0].y0 - max(b.y1 for b in above) < 2 * page.em:
        return [blocks]
    return [above, rest]


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
        any(b.button and any(ch.isalpha() for ch in b.text) for b in short)  # not a step's "01"
        and len(short) <= 4
        and len(rest) - len(short) <= 2
        and sum(words(b.text) for b in blocks) < 60
    )


def split_footer(blocks: list[Block], page: Page) -> list[list[Block]]:
    """The sections that share the footer's background, the footer last: a closing CTA
    under its heading (cut at the widest gap below the heading), and a closing row of
    buttons set apart over the copyright line (a one-band page)."""
    blocks = sorted(blocks, key=lambda b: (b.y0, b.x0))
    out: list[list[Block]] = []
    before, blocks = _cut_under_heading(blocks, page)
    if before:
        out.append(before)
    above, blocks = _cut_over_copyright(blocks, page)
    if above:
        out.append(above)
    return [*out, blocks]


def _cut_under_heading(blocks: list[Block], page: Page) -> tuple[list[Block], list[Block]]:
    heads = [i for i, b in enumerate(blocks) if b.h >= 1.5 * page.em]
    if not heads or heads[0] == len(blocks) - 1:
        return [], blocks
    best_gap, cut = -1, len(blocks)
    bottom = blocks[heads[0]].y1
    for i in range(heads[0] + 1, len(blocks)):
        gap = blocks[i].y0 - bottom
        if gap > best_gap:
            best_gap, cut = gap, i
        bottom = max(bottom, blocks[i].y1)
    if cut < 2 or best_gap < 2 * page.em or _link_columns(blocks[:cut], page):
        return [], blocks
    return blocks[:cut], blocks[cut:]


def _cut_over_copyright(blocks: list[Block], page: Page) -> tuple[list[Block], list[Block]]:
    """Buttons (store badges, a sign-up) over the copyright line, a gap apart, are a call
    to action of their own, not footer links."""
    mark = next((b for b in blocks if is_copyright(b.text)), None)
    if mark is None:
        return [], blocks
    above = [b for b in blocks if b.y1 <= mark.y0]
    if (
        not above
        or not any(b.button for b in above)
        or mark.y0 - max(b.y1 for b in above) < 2 * page.em
        or _link_columns(above, page)
    ):
        return [], blocks
    return above, [b for b in blocks if b not in above]


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


def _one_type(a: Block, b: Block) -> bool:
    return max(a.h, b.h) <= 1.15 * min(a.h, b.h)


def body_section(blocks: list[Block], page: Page) -> Section:
    """Any section between the hero and the footer."""
    if is_contact(blocks, page):
        return contact(blocks, page)
    if is_cta(blocks, page):
        return {
            "type": "cta",
            "components": _free_text(blocks, page, "section_heading", "description"),
        }
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
    has_button = any(b.button for b in blocks)
    kind = "cta" if has_button and total < 60 else "about"
    return {"type": kind, "components": _free_text(blocks, page, "section_heading", "description")}


def is_footer_body(blocks: list[Block], page: Page) -> bool:
    """The page's last section is a footer when it holds columns: three or more, link
    lists, or two or more under no section heading (small column heads only)."""
    cols = len(columns(blocks, page.em))
    return (
        cols >= 3
        or _link_columns(blocks, page)
        or (cols >= 2 and all(b.h < 1.25 * page.em for b in blocks))
    )


def is_top_bar(blocks: list[Block], page: Page) -> bool:
    """A first section of short items in one low row at the page top: a navigation bar,
    or a brand name alone whose links were not read (icons, faint text)."""
    return (
        blocks[0].y0 < 150
        and all(words(b.text) <= 4 for b in blocks)
        and (len(blocks) >= 2 or (len(blocks[0].lines) == 1 and words(blocks[0].text) <= 3))
        and max(b.y1 for b in blocks) - blocks[0].y0 < 4 * page.em
    )


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
            out.append(hero(blocks, page))
            hero_done = True
            continue
        out.extend(body_section(part, page) for part in split_form(blocks, page))
    return out


def out_has_nav(out: list[Section]) -> bool:
    return any(s["type"] == "navigation" for s in out)


def hero(blocks: list[Block], page: Page) -> Section:
    return {"type": "hero", "components": _free_text(blocks, page, "main_title", "description")}
