"""Section types and element roles from text size, position and content."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.services.analysis.offline.grid import (
    PERIOD,
    PRICE,
    build_grid,
    closing_button,
    columns,
    grid_region,
    is_price,
    note_under,
    side_by_side,
    side_card,
)
from app.services.analysis.offline.layout import (
    Block,
    Text,
    body_size,
    box_of,
    boxed,
    joined,
    open_ended,
    same_style,
    split_at_separators,
    words,
)

Component = dict[str, Any]

_STAT = re.compile(r"^[$€£]?\d[\d.,]*\s?([%x+kKMB★]|/\d+|/7|\s?[a-zA-Z]{1,7})?[+%]?$")
# a plain amount of money ("$24", "€9.99") is a price (a menu, a shop), not a statistic
# ("$3.5M", "$10k+" are)
_AMOUNT = re.compile(r"^[$€£¥]\s?\d+([.,]\d{2})?$")
_STEP_NO = re.compile(r"^(step\s*)?0?\d{1,2}[.)]?$", re.I)
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)


# a clock icon read as the mark, before a time ("©9.45 AM - 10.00 AM")
_CLOCK_MARK = re.compile(r"^\W*©\s*\d{1,2}[.:]\d\d\b")


def is_copyright(text: str) -> bool:
    """A copyright line: the mark or the words with some text (a lone "©" is an icon, and
    so is one before a time)."""
    if _CLOCK_MARK.search(text) and not re.search(r"copyright|rights", text, re.I):
        return False
    return bool(_COPYRIGHT.search(text)) and words(text) >= 2


_EMAIL = re.compile(r"\S+@\S+\.\w+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.I,
)
# the words of a link or button closing a card ("Learn more", "Add to cart", "View details")
_LINK = re.compile(
    r"\b(learn|read|more|view|see|get|start|try|buy|add|shop|discover|explore|contact|book|"
    r"order|download|check|details|sign|join|watch|visit|purchase|subscribe)\b|[→›»]",
    re.I,
)
# a job title under a testimonial or a team member's name
_ROLE = re.compile(
    r"\b(ceo|cto|cfo|coo|cmo|founder|co-?founder|manager|director|designer|developer|engineer|"
    r"president|vp|owner|marketer|consultant|student|teacher|analyst|architect|officer|chief|"
    r"editor|writer|photographer|freelancer|entrepreneur|specialist)\b",
    re.I,
)
# a heading over testimonials: what people say of the product
_SAID = re.compile(
    r"\b(testimonials?|reviews?|(they|people|customers|clients) (say|said|love|think)|"
    r"what .{0,30}\b(say|said|think)|feedback|happy (customers|clients))\b",
    re.I,
)
_QUOTE_START = ("“", '"', "„", "«", "'", "‘")


_FIELD = re.compile(
    r"\b(name|e-?mail|phone|message|subject|password|company|address|website)\b", re.I
)


def field_words(blocks: list[Block]) -> set[str]:
    """The distinct field names a form's labels and placeholders carry ("Your Name",
    "E-mail"), one per label ("Email address" is one field)."""
    found: set[str] = set()
    for b in blocks:
        if words(b.text) <= 4 and not b.text.rstrip().endswith("?"):
            m = _FIELD.search(b.text)
            if m:
                found.add(m.group(1).lower().replace("-", ""))
    return found


def is_name(text: str) -> bool:
    """Looks like a person's name: 2-3 capitalised alphabetic words."""
    toks = text.replace(".", "").split()
    return 2 <= len(toks) <= 3 and all(t[:1].isupper() and t.isalpha() for t in toks)


def is_quote(text: str) -> bool:
    return text.lstrip().startswith(_QUOTE_START) or text.rstrip().endswith(("”", '"'))


class Page:
    """Page-wide measures the rules are relative to."""

    def __init__(self, blocks: list[Block], width: int) -> None:
        self.em = body_size(ln for b in blocks for ln in b.lines) or 16.0
        self.width = width


_WORD = re.compile(r"[^\W\d_]{2}")


def heading_index(blocks: list[Block], page: Page) -> int:
    """Index of the section's heading: its biggest text that holds a word and stands out
    from body size (-1 if none). A lone figure or letter in big type is an illustration's
    glyph read as text ("1"), not a heading."""
    worded = [b for b in blocks if _WORD.search(b.text)]
    big = max(worded, key=lambda b: b.h, default=None)
    return blocks.index(big) if big is not None and big.h >= 1.25 * page.em else -1


def _header(blocks: list[Block], page: Page) -> tuple[list[Component], int]:
    """subtitle / section_heading / section_description at the top of a grid section."""
    comps: list[Component] = []
    if not blocks:
        return comps, -1
    heading_i = heading_index(blocks, page)
    for i, b in enumerate(blocks):
        if i < heading_i:
            comps.append({"element": "subtitle", "current_content": b.text})
        elif i == heading_i:
            comps.append({"element": "section_heading", "current_content": b.text})
        elif b.button:
            comps.append({"element": "cta_button", "current_content": b.text})
        else:
            comps.append({"element": "section_description", "current_content": b.text})
    return comps, heading_i


def _split_header_grid(blocks: list[Block], page: Page) -> tuple[list[Block], list[Block]]:
    """Header = blocks above the first side-by-side row (or after the heading for lists)."""
    gi = grid_region(blocks)
    if gi >= 0:
        if heading_beside_text(blocks, page):
            return blocks, []
        side = _side_header(blocks, page)
        if side is not None:
            return side
        return blocks[:gi], blocks[gi:]
    big = max(blocks, key=lambda b: b.h)
    if big.h < 1.25 * page.em:
        return [], blocks
    hi = blocks.index(big)
    alike = [b for b in blocks if same_style(b, big) and abs(b.x0 - big.x0) <= page.em]
    if len(alike) >= 3:  # a list of posts: the biggest type is each one's title
        first = blocks.index(alike[0])
        return blocks[:first], blocks[first:]
    rest = blocks[hi + 1 :]
    # a lead paragraph under the heading is not part of a repeating list
    if len(rest) >= 3:
        whole = build_grid(rest, page.em)
        if (whole is None or len(whole[0]) == 1) and build_grid(rest[1:], page.em):
            return blocks[: hi + 2], rest[1:]
    return blocks[: hi + 1], rest


def heading_beside_text(blocks: list[Block], page: Page) -> bool:
    """Two columns: a short heading alone in one, prose at body size in the other (an
    "About me" beside its paragraph). That is a heading and its text, not two cards."""
    cols = columns(blocks, page.em)
    if len(cols) != 2:
        return False
    for head, text in (cols, cols[::-1]):
        if (
            len(head) == 1
            and len(head[0].lines) == 1
            and words(head[0].text) <= 5
            and head[0].h >= 1.25 * page.em
            and all(b.h < 1.15 * page.em for b in text)
            and any(words(b.text) >= 20 for b in text)
        ):
            return True
    return False


def _side_header(blocks: list[Block], page: Page) -> tuple[list[Block], list[Block]] | None:
    """A heading column at one side of a list or grid of cards (a split section: heading,
    text and a button on one side, the cards on the other): the column is the header,
    whatever the cards' height against it."""
    # a heading is a phrase (not a logo's name, a stat's figure or an icon read as a
    # letter) in big type
    phrases = [b for b in blocks if words(b.text) >= 3 and not _STAT.match(b.text.strip())]
    big = max(phrases, key=lambda b: b.h, default=None)
    if big is None or big.h < 1.25 * page.em:
        return None
    cols = columns(blocks, page.em)
    if len(cols) < 2 or len(cols[0] if big in cols[0] else cols[-1]) > 4:
        return None
    home = cols[0] if big in cols[0] else cols[-1] if big in cols[-1] else None
    if home is None:  # a heading in a middle column is a card's
        return None
    other = sorted((b for c in cols if c is not home for b in c), key=lambda b: b.y0)
    if any(1.25 * b.h > big.h and words(b.text) >= 2 for b in other) or len(other) < 4:
        return None
    if big.y1 <= min(b.y0 for b in other):  # a heading over the cards, not beside them
        return None
    items = build_grid(other, page.em)
    if items is None or len(items) < 2:
        return None
    return sorted(home, key=lambda b: b.y0), other


def _texts(item: list[Block]) -> list[Text]:
    return [b.text for b in item]


_CARD_WORDS = 120  # more than a card holds: a column of articles


def grid_kind(items: list[list[Block]]) -> str:
    """Which card grid: decided by what the items contain."""
    n = len(items)
    firsts = [it[0].text for it in items]
    alltext = [" ".join(_texts(it)) for it in items]
    lines = sum(len(b.lines) for it in items for b in it) / max(n, 1)
    # a plan lists what it includes under its price, set on a line of its own (not a sum
    # a sentence mentions, nor a button's "View Details €119/day"); a product card is a
    # name and a price
    if sum(_states_price(it) for it in items) >= max(2, n // 2) and n <= 5 and lines >= 4:
        return "pricing_cards"
    if sum(t.rstrip().endswith("?") for t in firsts) >= max(2, (n + 1) // 2):
        return "faq_items"
    if (
        sum(any(is_quote(t) for t in _texts(it)) for it in items) >= max(1, (n + 1) // 2)
        or sum(_quote_and_name(it) for it in items) >= max(1, (n + 1) // 2)
    ) and all(words(t) <= _CARD_WORDS for t in alltext):
        return "testimonial_cards"  # (not a quote beside an article's column)
    if sum(_period(it) is not None for it in items) >= max(2, (n + 1) // 2):
        return "timeline"  # dated entries: experience, education, a company's history
    if sum(bool(_STEP_NO.match(f.strip())) for f in firsts) >= max(2, n // 2) and _counting(firsts):
        return "steps"
    if sum(
        bool(_STAT.match(f.strip())) and not _AMOUNT.match(f.strip()) and len(it) >= 2
        for f, it in zip(firsts, items, strict=True)
    ) >= max(2, (n + 1) // 2) or (
        n >= 2
        and all(
            len(it) <= 2 and _stat_line(f) is not None for f, it in zip(firsts, items, strict=True)
        )
    ):
        return "stats"
    if (
        n >= 3
        # a name of four words at most, or a short one letter-spaced ("s l a c k")
        and all(words(" ".join(_texts(it))) <= 4 or len(" ".join(_texts(it))) <= 12 for it in items)
        and not any(PRICE.search(t) for t in alltext)
        and sum(len(it) >= 2 for it in items) <= n // 2
    ):
        return "logo_list"
    if sum(_name_and_role(it) for it in items) >= max(2, (n + 1) // 2):
        return "team_cards"
    return "feature_cards"


def _states_price(item: list[Block]) -> bool:
    """A price on a line of its own, alone on its row (a dish's or a product's price at the
    end of its name's row is not a plan's)."""
    return any(
        not b.button
        and any(is_price(ln.text) for ln in b.lines)
        and not any(side_by_side(b, o) for o in item if o is not b)
        for b in item
    )


def _period(item: list[Block]) -> int | None:
    """Index of the item's period ("2009 - 2011") among its first two texts, if any."""
    return next((i for i, b in enumerate(item[:2]) if PERIOD.match(b.text.strip())), None)


# a figure and its label on one line: "300 TICKETS", "4.2/5 from 18k reviews"
_STAT_LINE = re.compile(r"^[$€£]?\d[\d.,]*(/\d+)?\s?[%x+kKMB★]?\+?(?=\s+[^\W\d])")


def _stat_line(text: str) -> int | None:
    """Where the label starts after the figure, for a figure and a label of up to five words
    on one line (not an amount of money, "$24 Pizza", nor a date, "17 October 2018")."""
    m = _STAT_LINE.match(text.strip())
    if m is None or _AMOUNT.match(m.group(0)) or _DATE.search(text) or _STAT.match(text.strip()):
        return None  # (a figure with its unit, "13 min", is a figure)
    if not 1 <= words(text) - 1 <= 5:
        return None
    return len(text) - len(text.lstrip()) + m.end()


def _counting(firsts: Sequence[str]) -> bool:
    """Step numbers count up by one (1, 2, 3 or 01, 02, 03); figures that do not are
    statistics ("12" clients, "350" projects)."""
    nums = [int(m.group(1)) for f in firsts if (m := re.search(r"(\d{1,2})", f.strip()))]
    return len(nums) >= 2 and all(b == a + 1 for a, b in itertools.pairwise(nums))


_DASHES = "-–—~ "  # the dashes an attribution line may start with


def _undashed(text: Text) -> Text:
    """An attribution's leading dash ("— Ann Lee") is typography, not part of the name."""
    bare = text.lstrip(_DASHES)
    return text if bare == text else boxed(bare, box_of(text))


def is_attribution(text: str) -> bool:
    """A person's name, maybe after a dash and followed by a role or company ("Ann Lee,
    Acme", "Ann Lee / CEO", "— Ann Lee")."""
    parts = split_at_separators(text.lstrip(_DASHES))
    return bool(parts) and is_name(parts[0].split(",")[0])


def _signs(text: str) -> bool:
    """Who said it: a person's name or a job title ("Ann Lee", "xyz, cto")."""
    return is_attribution(text) or bool(_ROLE.search(text))


def _quote_and_name(item: list[Block]) -> bool:
    """A testimonial: a long text (the quote) and who said it, in either order; under the
    quote, the name and the role may come in either order."""
    texts = _texts(item)
    return len(texts) >= 2 and (
        (
            words(texts[0]) >= 12
            and len(texts) <= 4
            and all(words(t) <= 6 for t in texts[1:])
            and any(_signs(t) for t in texts[1:])
        )
        or (
            is_name(texts[0]) and len(texts) <= 3 and words(texts[-1]) >= 12 and is_quote(texts[-1])
        )
    )


def _name_and_role(item: list[Block]) -> bool:
    """A team card: a name, then a short role line (a title over a long description is a
    feature card, however capitalised the title)."""
    texts = _texts(item)
    return (
        is_name(texts[0])
        and not any(PRICE.search(t) for t in texts)  # a product's name and price
        and (len(texts) == 1 or words(texts[1]) <= 6)
    )


_SECTION_OF_GRID = {
    "pricing_cards": "pricing",
    "faq_items": "faq",
    "testimonial_cards": "testimonials",
    "steps": "how_it_works",
    "timeline": "about",
    "stats": "stats",
    "logo_list": "social_proof",
    "team_cards": "team",
    "feature_cards": "features",
}


def item_fields(kind: str, item: list[Block]) -> dict[str, Any]:
    texts = _texts(item)
    if kind == "logo_list":
        return {"name": joined(texts)}
    if kind == "faq_items":
        return (
            {"question": texts[0], "answer": joined(texts[1:])}
            if len(texts) > 1
            else {"question": texts[0]}
        )
    if kind == "stats":
        cut = _stat_line(texts[0])
        if cut is not None:  # "300 TICKETS": the figure and its label on one line
            texts = [*_split_text(texts[0], cut), *texts[1:]]
        if len(texts) == 1:
            return {"value": texts[0]}
        if (
            len(item) >= 3
            and len(texts) == len(item)
            and not same_style(item[1], item[2])
            and not texts[2][:1].islower()  # (not the label's wrapped end)
            and words(joined(texts[2:])) >= 4
        ):
            # a label over a sentence in other type: the figure's description
            return {"value": texts[0], "label": texts[1], "description": joined(texts[2:])}
        return {"value": texts[0], "label": joined(texts[1:])}
    if kind == "timeline":
        return _timeline_fields(item)
    if kind == "steps":
        out: dict[str, Any] = {}
        rest = texts
        if _STEP_NO.match(texts[0].strip()):
            out["number"] = texts[0]
            rest = texts[1:]
        return _head_and_rest(out, rest, "title", "description")
    if kind == "testimonial_cards":
        quote_i = max(range(len(texts)), key=lambda i: words(texts[i]))
        out = {"quote": texts[quote_i]}
        rest = [_undashed(t) for i, t in enumerate(texts) if i != quote_i]
        if len(rest) == 2 and _ROLE.search(rest[0]) and not _ROLE.search(rest[1]):
            rest.reverse()  # the role above the name
        if len(rest) == 1:  # "Ann Lee / CEO, Acme" or "Ann Lee, Acme" on one line
            rest = split_at_separators(rest[0])
            if len(rest) == 1 and "," in rest[0] and is_name(rest[0].split(",")[0]):
                rest = _split_comma(rest[0])
        return _head_and_rest(out, rest, "name", "role")
    if kind == "team_cards":
        out = {"name": texts[0]}
        if len(texts) > 1:
            out["role"] = texts[1]
        if len(texts) > 2:
            out = _body_fields(out, item, texts, list(range(2, len(texts))), "bio")
        return out
    if kind == "pricing_cards":
        return _pricing_fields(item)
    return _card_fields(item)


def _timeline_fields(item: list[Block]) -> dict[str, Any]:
    """An entry of a timeline: its period, a title, a one-line subtitle under it (a job
    title, a degree) and the text about it."""
    pi = _period(item)
    out: dict[str, Any] = {} if pi is None else {"date": item[pi].text}
    rest = [b for i, b in enumerate(item) if i != pi]
    if not rest:
        return out
    out["title"] = rest[0].text
    if len(rest) >= 3 and len(rest[1].lines) == 1 and words(rest[1].text) <= 8:
        out["subtitle"] = rest[1].text
        rest = rest[1:]
    if len(rest) >= 2:
        out["description"] = joined([b.text for b in rest[1:]])
    return out


def _head_and_rest(out: dict[str, Any], rest: list[Text], head: str, tail: str) -> dict[str, Any]:
    """The first text under `head`, the others joined under `tail`."""
    if rest:
        out[head] = rest[0]
    if len(rest) > 1:
        out[tail] = joined(rest[1:])
    return out


def _split_comma(text: Text) -> list[Text]:
    return _split_text(text, text.index(","), 1)


def _split_text(text: Text, at: int, skip: int = 0) -> list[Text]:
    """`text` cut at character `at` (dropping `skip` characters there) into two texts, the
    box cut in proportion to the characters."""
    head, tail = text[:at], text[at + skip :]
    box = box_of(text)
    cut = None if box is None else round(box[0] + (box[2] - box[0]) * len(head) / len(text))
    return [
        boxed(head.strip(), None if box is None or cut is None else (box[0], box[1], cut, box[3])),
        boxed(tail.strip(), None if box is None or cut is None else (cut, box[1], box[2], box[3])),
    ]


def _price_line(item: list[Block]) -> tuple[int, Text] | None:
    """A price on a line of its own at the end of a card's multi-line block."""
    for bi, b in enumerate(item):
        last = b.lines[-1].text
        if len(b.lines) >= 2 and is_price(last):
            return bi, last
    return None


def _card_fields(item: list[Block]) -> dict[str, Any]:
    """title / description, and a card's other short texts (a tag over the title, a link,
    an author or a date under the text) as fields of their own, not glued to the
    description: the description is the card's longest text and the prose around it."""
    row_price = None
    if len(item) >= 3 and side_by_side(item[0], item[1]):  # the price at the end of the title's row
        pi = next((i for i in (0, 1) if is_price(item[i].text)), None)
        if pi is not None and not is_price(item[1 - pi].text):
            row_price = item[pi].text
            item = [item[1 - pi], *item[2:]]
    texts = _texts(item)
    price_line = _price_line(item)
    if price_line is not None:  # "Product Name" over "£9.99" read as one block
        bi, text = price_line
        rest_lines = [ln.text for ln in item[bi].lines[:-1]]
        texts[bi : bi + 1] = [joined(rest_lines), text]
        item = item[: bi + 1] + item[bi:]  # keep blocks parallel to texts
    ti = 0
    # a small badge or date over a bigger title ("News", "Sale" or "Dec 22, 2023")
    if len(item) >= 3 and words(texts[0]) <= 4 and item[1].h > 1.1 * item[0].h:
        ti = 1
    out: dict[str, Any] = {}
    if ti:
        out["date" if _DATE.search(texts[0]) else "badge"] = texts[0]
    out["title"] = texts[ti]
    rest = list(range(ti + 1, len(item)))
    # a one-line subtitle under the title, in type between the title's and the body's
    if len(rest) >= 2:
        sub, body = item[rest[0]], item[rest[1]]
        if (
            len(sub.lines) == 1
            and words(texts[rest[0]]) <= 8
            and body.h * 1.12 <= sub.h < item[ti].h
            and not sub.button
        ):
            out["subtitle"] = texts[rest.pop(0)]
    price = next((i for i in rest if is_price(texts[i])), None)
    if row_price is not None:
        out["price"] = row_price
    elif price is not None:  # a product card: name and price
        out["price"] = texts[price]
        rest.remove(price)
    return _body_fields(out, item, texts, rest, "description")


def _body_fields(
    out: dict[str, Any], item: list[Block], texts: list[Text], rest: list[int], body: str
) -> dict[str, Any]:
    """The card's body (its longest text and the prose around it) under `body`, and its
    other short texts as fields of their own."""
    if not rest:
        return out
    di = max(rest, key=lambda i: words(texts[i]))
    lo = hi = di

    def prose(i: int) -> bool:  # text around the body in the body's type, not a title
        return i in rest and words(texts[i]) >= 6 and item[i].h <= 1.15 * item[di].h

    while prose(lo - 1):
        lo -= 1
    while prose(hi + 1):
        hi += 1
    if len(rest) == 2 and lo == hi and not item[rest[-1]].button and words(texts[rest[-1]]) > 3:
        lo, hi = rest[0], rest[-1]  # two texts under the title: one description
    if lo == hi and item[di].button and "cta" not in out:
        out["cta"] = texts[di]  # a title and its button, no body
        return out
    out[body] = joined(texts[lo : hi + 1])
    extra = [i for i in rest if not lo <= i <= hi]
    for n, i in enumerate(extra, start=1):
        # the card's button, or the short link closing it ("Learn more")
        closing = (
            i == rest[-1]
            and i > hi
            and words(texts[i]) <= 4
            and len(item[i].lines) == 1
            and bool(_LINK.search(texts[i]))
        )
        if (item[i].button or closing) and "cta" not in out:
            out["cta"] = texts[i]
        else:
            out[f"detail_{n}" if len(extra) > 1 else "detail"] = texts[i]
    return out


_BULLET = re.compile(r"^([✓✔•·*+\-]|[YVv]\s)\s*")


def _pricing_fields(item: list[Block]) -> dict[str, Any]:
    """badge / plan_name / price / description / features (one per line) / cta."""
    rows: list[tuple[Text, bool, float, int]] = []  # text, button, height, block index
    for bi, b in enumerate(item):
        rows.extend((ln.text, b.button, ln.h, bi) for ln in b.lines)
    out: dict[str, Any] = {}
    price_i = next((i for i, r in enumerate(rows) if PRICE.search(r[0])), -1)
    if price_i < 0:  # "Custom" / "Let's talk": the biggest text stands in for a price
        price_i = max(range(len(rows)), key=lambda i: rows[i][2])
    before = [r for r in rows[:price_i] if not r[1]] or rows[:price_i]
    lead: list[Text] = []
    if before:
        # the plan's name: the last text before the price in the biggest type there (not
        # the last line of a description set under the name)
        top = max(r[2] for r in before)
        name = [r for r in before if r[2] >= 0.85 * top][-1]
        out["plan_name"] = name[0]
        lead = [
            r[0]
            for r in before
            if r is not name and r[3] != name[3] and words(item[r[3]].text) >= 4
        ]
    badges = [r for r in rows[:price_i] if r[0] != out.get("plan_name") and r[0] not in lead]
    if badges:
        out["badge"] = badges[0][0]
    if lead:
        out["description"] = joined(lead)
    out["price"] = rows[price_i][0]
    after = price_i + 1
    if "plan_name" not in out and _names_plan(rows[after:], item):
        out["plan_name"] = rows[after][0]  # the name under a price set first ("$49",
        after += 1  # "Standard License")
    features: list[Text] = []
    desc_block = -1
    for text, button, _, bi in rows[after:]:
        block_text = item[bi].text
        if button:
            out["cta"] = text
        elif desc_block == bi:
            out["description"] = joined([out["description"], text])
        elif (
            "description" not in out
            and not features
            and words(block_text) >= 4
            and not _BULLET.match(block_text)
            and not _one_per_line(item[bi])
        ):
            out["description"], desc_block = text, bi
        elif features and text[:1].islower():
            features[-1] = joined([features[-1], text])  # a long feature wrapped
        else:
            features.append(boxed(_BULLET.sub("", text) or text, box_of(text)))
    if "cta" not in out and len(features) > 1 and words(features[-1]) <= 4:
        out["cta"] = features.pop()
    if features:
        out["features"] = features
    return out


# what follows a price on its own line: its period or billing ("per month", "/ year",
# "billed annually"), not a plan's name
_BILLING = re.compile(r"^\W*(/|per\b|a (month|year)|billed|monthly|yearly|annual|month|year)", re.I)


def _names_plan(after: list[tuple[Text, bool, float, int]], item: list[Block]) -> bool:
    """The line right under a price names the plan: a short line of its own (a block
    alone, not the first of a list) that is no button, bullet or billing period."""
    if not after:
        return False
    text, button, _, bi = after[0]
    return (
        not button
        and len(item[bi].lines) == 1
        and 1 <= words(text) <= 4
        and not _BULLET.match(text)
        and not _BILLING.match(text)
        and not PRICE.search(text)
    )


def _one_per_line(b: Block) -> bool:
    """Short lines one under another (a plan's features), not a wrapped description: no
    line carries on into the next (ending on a hyphen, a comma or a preposition, or the
    next starting in lower case)."""
    return (
        len(b.lines) >= 2
        and all(words(ln.text) <= 5 for ln in b.lines)
        and not any(
            open_ended(ln.text) or ln.text.endswith("-") or nxt.text[:1].islower()
            for ln, nxt in itertools.pairwise(b.lines)
        )
    )


def price_columns(rest: list[Block], page: Page) -> list[list[Block]] | None:
    """Pricing tables: one card per column whenever several columns hold a price."""
    cols = columns(rest, page.em)
    prices = [sum(bool(PRICE.search(b.text)) for b in c) for c in cols]
    priced = sum(k == 1 for k in prices)
    if max(prices, default=0) > 1:  # cards stacked in each column (a product grid)
        return None
    if len(cols) >= 2 and priced >= 2 and priced >= len(cols) - 1:
        return cols
    return None


def _priced_over_notes(
    rest: list[Block], page: Page
) -> tuple[list[list[Block]] | None, list[Block]]:
    """Pricing cards over a note or a link under all of them ("Both plans include six
    months of support. Need more? Contact us"): centred across the gutter, the note joins
    the cards' columns into one, so the cards are found without the last rows (up to
    three texts, all below every card), each card of three texts at least (a phone
    mock-up's prices in a hero are not plans). Returns the cards and the notes, or
    (None, [])."""
    ordered = sorted(rest, key=lambda b: b.y0)
    for k in range(1, min(3, len(ordered) - 2) + 1):
        cards, notes = ordered[:-k], ordered[-k:]
        if max(b.y1 for b in cards) > min(b.y0 for b in notes):
            continue
        cols = price_columns(cards, page)
        if cols is not None and all(len(c) >= 3 for c in cols):  # (a plan: its name, price
            return cols, sorted(notes, key=lambda b: (b.y0, b.x0))  # and what it includes)
    return None, []


def single_testimonial(blocks: list[Block], page: Page) -> list[Component] | None:
    """One quotation (in quote marks, a sentence or more) and the short lines under it (who
    said it: a name, a role, a company or its logo): a testimonial section of one card,
    under whatever heading the section has."""
    quotes = [i for i, b in enumerate(blocks) if is_quote(b.text) and words(b.text) >= 8]
    if not quotes:  # no quote marks: a long text under a heading that says people say so
        long = [i for i, b in enumerate(blocks) if words(b.text) >= 12]
        said = len(long) == 1 and any(
            _SAID.search(b.text) and words(b.text) <= 8 for b in blocks[: long[0]]
        )
        quotes = long if said else []
    if len(quotes) != 1:
        return None
    qi = quotes[0]
    after = blocks[qi + 1 :]
    if not 1 <= len(after) <= 3 or any(b.button or words(b.text) > 8 for b in after):
        return None
    comps, _ = _header(blocks[:qi], page)
    item = item_fields("testimonial_cards", [blocks[qi], *after])
    comps.append({"element": "testimonial_cards", "items": [item]})
    return comps


def grid_section(blocks: list[Block], page: Page) -> tuple[str, list[Component]] | None:
    header, rest = _split_header_grid(blocks, page)
    if not rest:
        return None
    items = price_columns(rest, page)
    kind = "pricing_cards"
    side: list[Block] = []
    notes: list[Block] = []
    if items is None:
        items, notes = _priced_over_notes(rest, page)
    if items is None:
        rest, notes = note_under(rest, page.em)
        rest, side = side_card(rest, page.em)
        items = build_grid(rest, page.em)
        if not items or all(len(it) == 1 and it[0].button for it in items):
            return None  # a row of buttons is the section's calls to action, not cards
        kind = grid_kind(items)
        said = " ".join(b.text for b in header)
        if _SAID.search(said) and (
            kind == "feature_cards" or (kind == "team_cards" and any(len(it) >= 3 for it in items))
        ):
            kind = "testimonial_cards"  # names, roles and what they said, under "What ..."
    items, closing = _closing_button(items)
    strays: list[Block] = []
    if kind == "testimonial_cards":
        # a lone short text is no testimonial: a play button on the video beside the quote,
        # a figure in the picture
        kept = [it for it in items if len(it) > 1 or words(it[0].text) > 3]
        if kept and len(kept) < len(items):
            strays = [it[0] for it in items if len(it) == 1 and words(it[0].text) <= 3]
            items = kept
    comps, _ = _header(header, page)
    element = "steps" if kind == "timeline" else kind  # (a timeline's entries are steps)
    comps.append({"element": element, "items": _same_link(item_fields(kind, it) for it in items)})
    comps.extend({"element": "cta_button", "current_content": b.text} for b in closing)
    comps.extend(
        {"element": "cta_button" if b.button else "small_print", "current_content": b.text}
        for b in strays
    )
    for b in notes:  # (under plans: their fine print; under other cards: a line of copy)
        small = "small_print" if kind == "pricing_cards" else "description"
        element = "cta_button" if b.button or words(b.text) <= 4 else small
        comps.append({"element": element, "current_content": b.text})
    if side:  # a card of its own kind
        apart = grid_kind([side])
        comps.append({"element": apart, "items": [item_fields(apart, side)]})
    return _SECTION_OF_GRID[kind], comps


def _same_link(fields: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A short text closing every card in the same words ("Card link", "Read full bio") is
    the cards' link, whatever it says: the cta of each."""
    items = list(fields)
    if len(items) < 2 or any("cta" in it or not it for it in items):
        return items
    lasts = [next(reversed(it)) for it in items]
    texts = [it[k] for it, k in zip(items, lasts, strict=True)]
    if (
        all(k.startswith("detail") for k in lasts)
        and all(isinstance(t, str) and t == texts[0] for t in texts)
        and words(texts[0]) <= 4
    ):
        for it, k in zip(items, lasts, strict=True):
            it["cta"] = it.pop(k)
    return items


def _closing_button(items: list[list[Block]]) -> tuple[list[list[Block]], list[Block]]:
    """A lone button under every card ("Explore more", "View all") is the section's call to
    action, not a card of its own."""
    others = items[:-1]
    if (
        len(items) >= 3
        and closing_button(items)
        and 2 * sum(len(it) >= 2 for it in others) >= len(others)
    ):
        return others, items[-1]
    return items, []
