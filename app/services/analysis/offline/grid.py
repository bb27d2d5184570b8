"""Card grids: blocks laid out side by side (or a repeating vertical pattern) -> items."""

from __future__ import annotations

import itertools
import re

from app.services.analysis.offline.layout import Block, is_paragraph, same_style, words

PRICE = re.compile(
    r"([$€£¥]\s?\d)|(\d\s?[$€£¥])|(\d\s?(/|per|a)\s?(mo|month|yr|year|user|seat)\b)"
    r"|(\d\s?(monthly|yearly|annually)\b)",
    re.I,
)


# a link to read on ("Learn more", "Read more", "Check them out"): not a call to action, and
# under a card, that card's link
READ_ON = re.compile(
    r"^\W*(learn|read|see|view|find out|discover|explore|know) (more|all|details|them)\b"
    r"|^\W*(more|details|read more|check (it|them) out)\W*$",
    re.I,
)


def is_price(text: str) -> bool:
    """A price on its own ("$24", "£9.99 /mo"), not a text that mentions one."""
    return bool(PRICE.search(text)) and words(text) <= 3


def side_by_side(a: Block, b: Block) -> bool:
    """Horizontally disjoint blocks sharing some vertical extent."""
    return (min(a.y1, b.y1) - max(a.y0, b.y0) > 0) and (a.x1 < b.x0 or b.x1 < a.x0)


def columns(blocks: list[Block], em: float) -> list[list[Block]]:
    """Cluster blocks into columns by horizontal overlap; columns sorted left to right."""
    cols: list[list[Block]] = []
    spans: list[list[float]] = []
    for b in sorted(blocks, key=lambda b: (b.x0, b.y0)):
        placed = False
        for i, (x0, x1) in enumerate(spans):
            overlap = min(x1, b.x1) - max(x0, b.x0)
            narrow = min(x1 - x0, b.x1 - b.x0)
            if overlap > 0.3 * max(narrow, 1) or abs(b.x0 - x0) <= 0.8 * em:
                cols[i].append(b)
                spans[i] = [min(x0, b.x0), max(x1, b.x1)]
                placed = True
                break
        if not placed:
            cols.append([b])
            spans.append([b.x0, b.x1])
    # columns that grew into each other are one column
    order = sorted(range(len(cols)), key=lambda i: spans[i][0])
    out: list[list[Block]] = []
    last_span: list[float] | None = None
    for i in order:
        if last_span is not None and spans[i][0] < last_span[1] - 2:
            out[-1].extend(cols[i])
            last_span[1] = max(last_span[1], spans[i][1])
            continue
        out.append(list(cols[i]))
        last_span = list(spans[i])
    for col in out:
        col.sort(key=lambda b: b.y0)
    return out


def split_items(col: list[Block], em: float) -> list[list[Block]]:
    """Split a column into items at each repeat of the first block's style after a gap."""
    if not col:
        return []
    head = col[0]
    items = [[head]]
    for prev, b in itertools.pairwise(col):
        gap = b.y0 - prev.y1
        if same_style(b, head) and not same_style(prev, head) and gap >= 0.6 * em:
            items.append([b])
        elif same_style(b, head) and same_style(prev, head) and gap >= 1.6 * em:
            # consecutive one-block items (logo names, link-less titles)
            items.append([b])
        elif gap >= 3.0 * em:
            # a wide gap (card padding, a photo or icon) always separates cards
            items.append([b])
        else:
            items[-1].append(b)
    return items


def grid_region(blocks: list[Block]) -> int:
    """Index of the first block that sits side by side with another one (-1 if none)."""
    for i, b in enumerate(blocks):
        for other in blocks[i + 1 :]:
            if other.y0 > b.y1 + 2:
                break
            if side_by_side(b, other):
                return i
        for other in blocks[:i]:
            if side_by_side(b, other):
                return i
    return -1


def _rejoin_strays(
    col: list[list[Block]], per_col: list[list[list[Block]]], em: float
) -> list[list[Block]]:
    """Cards of a grid repeat: a column's later item must start like its first one and
    either line up with card starts of the other columns more than with texts inside their
    cards (a row of cards: heads of one size; ink varies with icon colours) or hold more
    than one text in the first one's style (a card of its own in a masonry wall). Anything
    else is part of the card above it: a price's period, a list label, a link under a
    wrapped description."""
    others = [other for other in per_col if other is not col]
    out = [col[0]]
    for item in col[1:]:
        head = item[0]
        # beside it in the other columns: card starts (a row of cards) or texts inside a
        # card (the same link or label, which the other columns keep in their cards)
        beside = [
            b is it[0]
            for other in others
            for it in other
            for b in it
            if abs(head.y0 - b.y0) <= 1.5 * em
        ]
        lined_up = sum(beside) > len(beside) - sum(beside)
        first = col[0][0]
        # heads of one size, and not a paragraph where the first card starts with a title
        alike = max(head.h, first.h) <= 1.3 * min(head.h, first.h) and len(
            head.text.split()
        ) <= 2 * max(len(first.text.split()), 3)
        wall = len(col[0]) == 1 and len(item) == 1  # single texts: a logo or link wall
        # a card that opens on a paragraph (a quote) repeats with one: a short line lined
        # up under it in every column is the cards' name or footer line
        if is_paragraph(first) and 4 * len(head.text.split()) < len(first.text.split()):
            out[-1] = out[-1] + item
        elif len(item) == 1 and READ_ON.search(head.text):
            out[-1] = out[-1] + item  # the card's "Learn more" link
        elif (lined_up and (alike or wall)) or (same_style(head, first) and len(item) >= 2):
            out.append(item)
        else:
            out[-1] = out[-1] + item
    return out


def _button_below(blocks: list[Block]) -> Block | None:
    """The lowest block, when it is a button under every other block."""
    last = max(blocks, key=lambda b: b.y0)
    if last.button and all(b.y1 <= last.y0 for b in blocks if b is not last):
        return last
    return None


def closing_button(items: list[list[Block]]) -> bool:
    """The last item is a lone button under every other item ("Explore more", "Older
    posts"): the list's call to action, not a card."""
    return (
        len(items) >= 2
        and len(items[-1]) == 1
        and _button_below([b for it in items for b in it]) is items[-1][0]
    )


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a period of a timeline: a year or a month and year, or a range of them ("2009 - 2011",
# "Sept 2016 - Sept 2017", "Mar 2009 - Present")
PERIOD = re.compile(
    rf"^({_MONTH}\s+)?(19|20)\d\d(\s*[-–—]\s*(({_MONTH}\s+)?(19|20)\d\d|present|now|today))?$",
    re.I,
)


def _fold_row_companions(cols: list[list[Block]]) -> tuple[list[list[Block]], set[int]]:
    """A column of a few prices, each at the end of a one-line title of a fuller column
    (a menu's dishes, a product list), of badges in pills just before titles ("New",
    "Tips"), or of a timeline's periods beside its entries' titles, is part of that
    column's cards: each goes in beside the title it sits by.
    Returns the columns and the ids of the blocks that start the timeline's entries: each
    period, or its title when the period stands at the end of the title's row."""
    starts: set[int] = set()
    if len(cols) < 2:
        return cols, starts
    out = [list(c) for c in cols]
    for col in sorted(out, key=len):
        prices = all(is_price(b.text) for b in col)
        badges = all(b.button and words(b.text) <= 2 for b in col)
        periods = all(PERIOD.match(b.text.strip()) for b in col)
        if len(col) > 6 or not (prices or badges or periods):
            continue
        hosts: list[tuple[list[Block], Block]] = []
        for b in col:
            beside = [
                (min(abs(o.x0 - b.x1), abs(b.x0 - o.x1)), id(c), c, o)
                for c in out
                if c is not col and len(c) >= 2 * len(col)
                for o in c
                if (o.x1 < b.x0 or not prices)
                and (not badges or (0 < o.x0 - b.x1 <= 3 * b.h and not o.button))
                and len(o.lines) == 1
                and abs((o.y0 + o.y1) - (b.y0 + b.y1)) <= 1.2 * max(o.h, b.h)  # (or top-aligned)
            ]
            if not beside:
                break
            _, _, host, partner = min(beside, key=lambda t: t[0])
            hosts.append((host, partner))
        else:
            for b, (host, partner) in zip(col, hosts, strict=True):
                after = partner.x0 < b.x0  # (a period at the end of its title's row)
                host.insert(host.index(partner) + after, b)
                if periods:
                    starts.add(id(partner) if after else id(b))
            col.clear()
    return [c for c in out if c], starts


def _split_at(col: list[Block], starts: set[int]) -> list[list[Block]]:
    """A column cut into entries, each from one of `starts` to the next."""
    items: list[list[Block]] = []
    for b in col:
        if id(b) in starts or not items:
            items.append([b])
        else:
            items[-1].append(b)
    return items


def note_under(blocks: list[Block], em: float) -> tuple[list[Block], list[Block]]:
    """A one-line note under a grid of two or more columns of cards ("Want to know more?
    Contact us"): the grid's blocks and the note's (empty when there is none). The note is
    the lowest text, further under every card than 2.5 em, not a button, and the cards
    above it hold two texts or more each (a wall of single texts ends on one of its own)."""
    if len(blocks) < 5:
        return blocks, []
    ordered = sorted(blocks, key=lambda b: (b.y0, b.x0))
    note, grid = ordered[-1], ordered[:-1]
    if note.button or len(note.lines) != 1 or note.y0 - max(b.y1 for b in grid) < 2.5 * em:
        return blocks, []
    cols = columns(grid, em)
    items = [it for col in cols for it in split_items(col, em)]
    if len(cols) < 2 or any(len(it) < 2 for it in items):
        return blocks, []
    return grid, [note]


def side_card(blocks: list[Block], em: float) -> tuple[list[Block], list[Block]]:
    """A card set apart at one side of a grid of two or more columns of cards (a 2 x 2
    grid beside a quote or a featured card): the blocks of the grid, and the side card's
    (empty when there is none). It stands further from the grid than twice the grid's
    widest gutter (and 6 em), and holds fewer cards than any column of the grid or does not
    line up with its rows."""
    cols = columns(blocks, em)
    if len(cols) < 3:
        return blocks, []
    spans = [(min(b.x0 for b in c), max(b.x1 for b in c)) for c in cols]
    for side, near, rest in ((0, 1, slice(1, None)), (-1, -2, slice(None, -1))):
        gutter = max(b[0] - a[1] for a, b in itertools.pairwise(spans[rest]))
        apart = spans[near][0] - spans[side][1] if side == 0 else spans[side][0] - spans[near][1]
        if gutter <= 0 or apart <= max(2 * gutter, 6 * em):
            continue
        per_col = [split_items(c, em) for c in cols[rest]]
        if min(len(c) for c in per_col) < 2:
            continue
        rows = [it[0].y0 for c in per_col for it in c]
        own = split_items(cols[side], em)
        lined_up = all(any(abs(it[0].y0 - y) <= 1.5 * em for y in rows) for it in own)
        if len(own) < min(len(c) for c in per_col) or not lined_up:
            grid = [b for c in cols[rest] for b in c]
            return sorted(grid, key=lambda b: (b.y0, b.x0)), cols[side]
    return blocks, []


def _clashing(cols: list[list[Block]]) -> bool:
    """Columns of rows that do not line up (a last row of three centred under four) grew
    into one: a column half again as wide as its widest text, holding two texts of one
    style side by side (two cards' titles; a card's date beside its link, or a price at
    the end of its title, keep to the card's width)."""
    for col in cols:
        span = max(b.x1 for b in col) - min(b.x0 for b in col)
        if span > 1.5 * max(b.x1 - b.x0 for b in col) and any(
            side_by_side(a, b) and same_style(a, b) and not is_price(a.text + b.text)
            for a, b in itertools.combinations(col, 2)
        ):
            return True
    return False


def _row_bands(blocks: list[Block], em: float) -> list[list[Block]]:
    """The rows of a grid whose rows do not share columns: runs of blocks cut where no
    text spans, joined top down while they line up with the band and keep its columns (as
    many, and no two texts side by side in one)."""
    ordered = sorted(blocks, key=lambda b: b.y0)
    runs = [[ordered[0]]]
    bottom = ordered[0].y1
    for b in ordered[1:]:
        if b.y0 > bottom:
            runs.append([])
        runs[-1].append(b)
        bottom = max(bottom, b.y1)
    bands = [runs[0]]
    for run in runs[1:]:
        joined = columns(bands[-1] + run, em)
        if (
            _lined_up(run, bands[-1], em)
            and not _clashing(joined)
            and len(joined) == len(columns(bands[-1], em))
        ):
            bands[-1] = bands[-1] + run
        else:
            bands.append(run)
    return bands


def _lined_up(run: list[Block], band: list[Block], em: float) -> bool:
    """Every text of the run starts or centres where a text of the band does."""
    return all(
        any(
            abs(b.x0 - o.x0) <= 0.8 * em or abs(b.x0 + b.x1 - o.x0 - o.x1) <= 1.6 * em for o in band
        )
        for b in run
    )


def _by_rows(blocks: list[Block], em: float) -> list[list[Block]] | None:
    """Items of a grid built row band by row band (see `_row_bands`), or None when the bands
    are no rows of cards (texts of two or more per column); a band of one column that is
    no list is one card (a last card centred under a row)."""
    bands = _row_bands(blocks, em)
    if len(bands) < 2:
        return None
    items: list[list[Block]] = []
    for band in bands:
        cols = len(columns(band, em))
        part = build_grid(band, em)
        if (part is None and cols > 1) or len(band) < 2 * cols:
            return None  # (a band of lone texts cut a row of cards in two)
        items.extend(part or [sorted(band, key=lambda b: b.y0)])
    return items


def build_grid(blocks: list[Block], em: float) -> list[list[Block]] | None:
    """Items of a card grid, in reading order (row by row), or None if not a grid."""
    if len(blocks) < 2:
        return None
    cols = columns(blocks, em)
    closing: list[list[Block]] = []
    below = _button_below(blocks) if len(cols) < 2 else None
    if below is not None:
        # a button centred under a grid of two or more columns spans the gutter: the
        # columns are found without it, and it closes the list
        rest = columns([b for b in blocks if b is not below], em)
        if len(rest) >= 2:
            cols, closing = rest, [[below]]
    if _clashing(cols):
        by_rows = _by_rows([b for c in cols for b in c], em)
        if by_rows is not None:
            return by_rows + closing
    cols, starts = _fold_row_companions(cols)

    def split(col: list[Block]) -> list[list[Block]]:
        return _split_at(col, starts) if any(id(b) in starts for b in col) else split_items(col, em)

    if len(cols) >= 2:
        per_col = [split(c) for c in cols]
        per_col = [_rejoin_strays(col, per_col, em) for col in per_col]
    else:
        items = split(cols[0])
        cards = items[:-1] if closing_button(items) else items
        if len(cards) < 2 or sum(len(it) >= 2 for it in cards) < len(cards) - 1:
            return None  # (a closing button under the list does not count)
        per_col = [items]
    items = [it for col in per_col for it in col]
    # reading order: rows (by top) then left to right
    items.sort(key=lambda it: (round(it[0].y0 / max(em * 3, 1)), it[0].x0))
    return items + closing
