"""The page's frame: the navigation bar at the top, the footer at the bottom, and where
they end (link rows, link columns, the copyright line)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from app.services.analysis.offline.classify import (
    _EMAIL,
    _PHONE,
    Page,
    field_words,
    is_copyright,
    price_columns,
    words,
)
from app.services.analysis.offline.grid import PRICE, columns
from app.services.analysis.offline.layout import (
    Block,
    Line,
    Text,
    box_of,
    boxed,
    broken_by_hand,
    join_lines,
    joined,
    open_ended,
)

Component = dict[str, Any]
Section = dict[str, Any]
_HOURS = re.compile(r"\b\d{1,2}(:\d\d)?\s?(am|pm)\b|\bopening hours\b|\b\d{1,2}:\d\d\s?-", re.I)


def component(element: str, block: Block | str) -> Component:
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
    a button, an announcement's one line) and, in the band after them, a row of four or more
    short links: the strips and the links are one navigation, peeled off that band."""
    for k in range(min(3, len(sections) - 1), 0, -1):  # the lowest link row first
        head, band = sections[:k], sections[k]
        if not band or not all(head):
            continue
        if max(b.y1 for sec in head for b in sec) > 350:
            continue
        if not all(words(b.text) <= 16 and len(b.lines) == 1 for sec in head for b in sec):
            continue
        top = min(band, key=lambda b: b.y0)
        row = [b for b in band if b.y0 < top.y1 + 0.5 * (top.y1 - top.y0) and len(b.lines) == 1]
        if top.y0 < 450 and len(row) >= 4 and all(words(b.text) <= 3 for b in row):
            rest = [b for b in band if b not in row]
            sections[: k + 1] = [[b for sec in head for b in sec] + row] + ([rest] if rest else [])
            return True
    return False


def link_columns(blocks: list[Block], page: Page) -> bool:
    """Side-by-side columns of short lines (link lists): the body of a footer."""
    cols = columns(blocks, page.em)
    lines = [ln for b in blocks for ln in b.lines]
    if len(cols) < 2 or len(lines) < 5 or sum(bool(PRICE.search(b.text)) for b in blocks) >= 2:
        return False  # a product grid: names and prices
    # two columns of links at least (a brand's blurb or a newsletter box may sit beside);
    # or short lines throughout, buttons and input fields not counted (a sign-up form is
    # not a list of links)
    plain = [ln for b in blocks if not b.button for ln in b.lines]
    if sum(_link_list([ln for b in col for ln in b.lines]) for col in cols) < 2 and not (
        _link_list(plain, 0.6)
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
    if k > 0 and footer_columns(sections[k - 1], page):
        return [*sections[: k - 1], sections[k - 1] + sections[k], *sections[k + 1 :]]
    return sections


def footer_columns(blocks: list[Block], page: Page) -> bool:
    """A footer's columns: link lists, or three columns or more giving the contact details
    (an address, recent posts, a newsletter box: not all lists of links)."""
    return link_columns(blocks, page) or (
        len(columns(blocks, page.em)) >= 3 and any(_contact_detail(b.text) for b in blocks)
    )


def _reading_order(blocks: list[Block]) -> list[Block]:
    """Rows (blocks overlapping the row's first block vertically), each left to right."""
    return [b for row in text_rows(blocks) for b in row]


def text_rows(blocks: list[Block]) -> list[list[Block]]:
    """Rows, top to bottom (blocks starting above the middle of the row's first block),
    each left to right."""
    rows: list[list[Block]] = []
    for b in sorted(blocks, key=lambda b: b.y0):
        if rows and b.y0 < (rows[-1][0].y0 + rows[-1][0].y1) / 2:
            rows[-1].append(b)
        else:
            rows.append([b])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def link_row(blocks: list[Block], page: Page, gap: float = 3, least: int = 4) -> bool:
    """`least` (four) or more short one-line texts of one size side by side, close together
    (gaps under `gap` ems): a row of links (a logo wall spreads its names over the width)."""
    items = sorted(blocks, key=lambda b: b.x0)
    return (
        len(items) >= least
        and all(len(b.lines) == 1 and words(b.text) <= 3 for b in items)
        and max(b.y0 for b in items) < min(b.y1 for b in items)
        and max(b.h for b in items) <= 1.35 * min(b.h for b in items)
        and all(b.x0 - a.x1 < gap * page.em for a, b in itertools.pairwise(items))
    )


def header_rows(
    blocks: list[Block], page: Page, *, under_bar: bool = False
) -> tuple[list[Block], list[Block]]:
    """A row of four or more short links near the page top, with nothing but short texts
    above it (a brand and a tag line, or a category bar under the top bar) and the hero's
    big title below it: the header, peeled off the hero. Under a top bar already read as
    the navigation, such a row with nothing below it is the header too. ([], blocks) when
    none."""
    if not blocks:
        return [], blocks
    for row in text_rows(blocks):
        bottom = max(b.y1 for b in row)
        if row[0].y0 > 600:
            break
        items = sorted((b for b in row if any(ch.isalpha() for ch in b.text)), key=lambda b: b.x0)
        runs: list[list[Block]] = []
        for b in items:
            if runs and b.x0 - runs[-1][-1].x1 < 5 * page.em:
                runs[-1].append(b)
            else:
                runs.append([b])
        if any(link_row(run, page, gap=5) for run in runs):  # a header spaces links wider
            head = [b for b in blocks if b.y0 <= bottom]
            rest = [b for b in blocks if b.y0 > bottom]
            # the hero's own title comes below the header (a row of points under a
            # title is the hero's)
            if all(words(b.text) <= 6 for b in head) and (
                any(b.h >= 1.8 * page.em for b in rest) or (under_bar and not rest)
            ):
                return head, rest
    return [], blocks


def navigation(blocks: list[Block], page: Page) -> Section:
    items = _reading_order(blocks)
    if link_row(items, page):  # links only: the brand is elsewhere (a hero above them)
        return {
            "type": "navigation",
            "components": [component("cta_button" if b.button else "nav_link", b) for b in items],
        }
    # the brand: the first short name, unless a bigger one follows (a header whose top
    # strip holds opening hours or contact details over the brand's row)
    names = [b for b in items if words(b.text) <= 3 and not _contact_detail(b.text)]
    brand = max(names, key=lambda b: b.h, default=None)  # none in a strip of details
    if brand is not None and brand.h < 1.3 * items[0].h:
        brand = items[0]
    comps: list[Component] = []
    for b in items:
        if b is brand:
            comps.append(_logo(b))
        elif _contact_detail(b.text):
            comps.append(component("contact_detail", b))
        elif not b.button and (_labels_detail(b, items, page) or words(b.text) >= 4):
            # "Call us" over the phone number; a tag line by the brand (links are short)
            comps.append(component("subtitle", b))
        else:  # a button is the bar's call to action; a plain last link stays a link
            comps.append(component("cta_button" if b.button else "nav_link", b))
    return {"type": "navigation", "components": comps}


def _labels_detail(b: Block, items: list[Block], page: Page) -> bool:
    """A short label right above or beside-left of a contact detail in a header strip."""
    return words(b.text) <= 3 and any(
        _contact_detail(d.text)
        and d is not b
        and (
            (0 <= d.y0 - b.y1 <= 1.5 * page.em and min(b.x1, d.x1) > max(b.x0, d.x0))
            or (abs(d.y0 - b.y0) <= 0.5 * page.em and 0 <= d.x0 - b.x1 <= page.em)
        )
        for d in items
    )


def _footer_role(b: Block) -> str:
    """A footer text outside the link columns: a newsletter box's field and button, or a
    blurb."""
    if field_words([b]) and words(b.text) <= 3:
        return "form_label"
    return "cta_button" if b.button else "description"


_YEAR = re.compile(r"\b(19|20)\d\d\b")


def _year_row(blocks: list[Block], page: Page) -> int:
    """The footer's bottom row, when it holds a short line with a year ("2026 DineCraft by
    PrettyCodes"): a copyright line whose "©" was not read. Index of the row's first block
    (blocks in reading order), else -1."""
    if len(blocks) < 3:
        return -1
    top = max(b.y0 for b in blocks) - 0.5 * page.em
    row = [i for i, b in enumerate(blocks) if b.y0 >= top]
    if any(_YEAR.search(blocks[i].text) and words(blocks[i].text) <= 12 for i in row):
        return row[0]
    return -1


def _logo(b: Block) -> Component:
    """The brand as the `logo` element, its mark's stray characters dropped."""
    return component("logo", boxed(_strip_icon(b.text), box_of(b.text)))


def _contact_detail(text: str) -> bool:
    """An e-mail address, a phone number or opening hours (a header's top strip)."""
    return bool(_EMAIL.search(text) or _PHONE.search(text) or _HOURS.search(text))


def _strip_icon(text: str) -> str:
    """A logo mark left of the brand name often OCRs as a stray 1-2 character token."""
    toks = text.split()
    if len(toks) > 1 and len(toks[0]) <= 2 and not toks[0].isalpha():
        toks = toks[1:]
    return " ".join(toks)


def _entries(col: list[Block], heading: Line) -> list[Text]:
    """A footer column's entries under its heading, one per line, but a line that cannot
    end its text (an address line ending on a comma) goes on with the next line of its
    block."""
    out: list[Text] = []
    for b in col:
        lines = [ln for ln in b.lines if ln is not heading]
        for prev, ln in zip([None, *lines], lines, strict=False):
            if prev is not None and open_ended(prev.text):
                out[-1] = join_lines([out[-1], ln.text])
            else:
                out.append(ln.text)
    return out


def _set_by_hand(lines: list[Line]) -> bool:
    right = max(ln.x1 for ln in lines)
    return any(broken_by_hand(a, b, right) for a, b in itertools.pairwise(lines))


def _texts(parts: list[list[Line]], by_hand: list[bool]) -> list[Text]:
    """One entry per line of the parts set line by line, one per paragraph of the others."""
    return [
        text
        for p, hand in zip(parts, by_hand, strict=True)
        for text in ([ln.text for ln in p] if hand else [join_lines([ln.text for ln in p])])
    ]


def footer(blocks: list[Block], page: Page) -> Section:
    comps: list[Component] = []
    copy_i = next((i for i, b in enumerate(blocks) if is_copyright(b.text)), -1)
    if copy_i < 0:
        copy_i = _year_row(blocks, page)
    main = blocks[:copy_i] if copy_i >= 0 else blocks
    tail = blocks[copy_i:] if copy_i >= 0 else []
    # a newsletter's input box ("Enter your email address") is a field, not a column line
    fields = [b for b in main if b.button and field_words([b])]
    main = [b for b in main if b not in fields]
    cols = columns(main, page.em) if main else []
    grid_items: list[dict[str, Any]] = []
    tops = [col[0].y0 for col in cols]
    heads = sorted(col[0].h for col in cols)
    # every "column" one short line, level with the others: a row of links, not column
    # heads whose links went unread
    one_row = len(cols) >= 3 and all(
        len(c) == 1 and len(c[0].lines) == 1 and abs(c[0].y0 - tops[0]) < page.em for c in cols
    )
    for ci, col in enumerate(cols):
        lines = [ln for b in col for ln in b.lines]
        level = any(abs(t - tops[ci]) < 0.5 * page.em for i, t in enumerate(tops) if i != ci)
        # the brand heading the first column: in big type over its blurb, or alone under
        # its mark, lower than the column heads (icons read as letters dropped)
        brand = ci == 0 and len(cols) >= 3 and words(col[0].text) <= 3
        big = col[0].h >= 1.3 * heads[len(heads) // 2]
        lone = len(lines) == 1 and not level and not col[0].button
        if brand and (big or lone):
            comps.append(_logo(col[0]))
            comps.extend(component("description", b) for b in col[1:] if words(b.text) >= 3)
            continue
        # a column: a short heading line, then one link per line, or a paragraph
        first_long = words(col[0].text) >= 6 and not all(words(ln.text) <= 4 for ln in lines)
        if len(lines) == 1 and words(lines[0].text) <= 3 and level:
            if one_row:
                comps.append(component("nav_link", col[0]))
            else:  # a column head level with the others, its links not read (icons)
                grid_items.append({"heading": lines[0].text})
            continue
        if len(lines) < 2 or words(lines[0].text) > 4 or first_long:
            comps.extend(component(_footer_role(b), b) for b in col)
            continue
        rest = lines[1:]
        parts = [p for p in ([ln for ln in b.lines if ln is not lines[0]] for b in col) if p]
        by_hand = [_set_by_hand(p) for p in parts]
        if all(words(ln.text) <= 5 for ln in rest):
            grid_items.append({"heading": lines[0].text, "links": _entries(col, lines[0])})
        elif any(by_hand):
            # lines set one under another (an address, a phone number), not a paragraph
            grid_items.append({"heading": lines[0].text, "description": _texts(parts, by_hand)})
        else:
            body = [b for b in col if b.lines[0] is not lines[0]]
            text = (
                join_lines([ln.text for ln in rest]) if not body else joined([b.text for b in body])
            )
            grid_items.append({"heading": lines[0].text, "description": text})
    if grid_items:
        comps.append({"element": "footer_columns", "items": grid_items})
    comps.extend(component("form_label", b) for b in fields)
    for i, b in enumerate(sorted(tail, key=lambda b: (b.y0, b.x0))):
        # beside the copyright line: legal and site links, or a longer credit
        kind = "copyright" if i == 0 else "nav_link" if words(b.text) <= 3 else "small_print"
        comps.append(component(kind, b))
    return {"type": "footer", "components": comps}


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
    priced, blocks = _cut_priced(blocks, page)
    if priced:
        out.append(priced)
    return [*out, blocks]


def _cut_priced(blocks: list[Block], page: Page) -> tuple[list[Block], list[Block]]:
    """Plans side by side over the copyright line are a pricing table on the footer's
    background, not link columns: cut at the widest gap under their prices (the footer's
    own links may sit between the cards and the copyright line)."""
    mark = next((b for b in blocks if is_copyright(b.text)), None)
    if mark is None:
        return [], blocks
    above = [b for b in blocks if b.y1 <= mark.y0]
    if not above or price_columns(above, page) is None:
        return [], blocks
    lowest = max(b.y1 for b in above if PRICE.search(b.text))
    best_gap, cut, bottom = 0, mark.y0, lowest
    for b in sorted((b for b in blocks if b.y0 >= lowest), key=lambda b: b.y0):
        if b.y0 - bottom > best_gap:
            best_gap, cut = b.y0 - bottom, b.y0
        bottom = max(bottom, b.y1)
    return [b for b in blocks if b.y0 < cut], [b for b in blocks if b.y0 >= cut]


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
    if cut < 2 or best_gap < 2 * page.em or footer_columns(blocks[:cut], page):
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
        or link_columns(above, page)
    ):
        return [], blocks
    return above, [b for b in blocks if b not in above]


def is_footer_body(blocks: list[Block], page: Page) -> bool:
    """The page's last section is a footer when it holds columns: three or more, link
    lists, or two or more under no section heading (small column heads only)."""
    cols = len(columns(blocks, page.em))
    return (
        cols >= 3
        or link_columns(blocks, page)
        or (cols >= 2 and all(b.h < 1.25 * page.em for b in blocks))
    )


def is_top_bar(blocks: list[Block], page: Page) -> bool:
    """A first section of short items in one low row at the page top: a navigation bar,
    a brand name alone whose links were not read (icons, faint text), or a strip of
    contact details (an address, opening hours, a phone, an e-mail: one-line items of up
    to ten words, one of them a detail)."""
    strip = any(_contact_detail(b.text) for b in blocks) and all(
        len(b.lines) == 1 and words(b.text) <= 10 for b in blocks
    )
    return (
        blocks[0].y0 < 150
        and (strip or all(words(b.text) <= 4 for b in blocks))
        and (len(blocks) >= 2 or (len(blocks[0].lines) == 1 and words(blocks[0].text) <= 3))
        and max(b.y1 for b in blocks) - blocks[0].y0 < 4 * page.em
    )
