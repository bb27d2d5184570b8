"""Geometry: OCR words -> lines -> text blocks; page -> background bands -> sections."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from app.services.analysis.offline.ocr import BOX_PER_EM, Word

_ASCENDERS = set("bdfhklt0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%&@?!/|()[]{}'\"“”‘’#")
_DESCENDERS = set("gjpqy,;()[]{}|")


def words(text: str) -> int:
    """Words of a text: its tokens holding a letter or digit (a "·" or "-" is not one)."""
    return sum(1 for t in text.split() if any(ch.isalnum() for ch in t))


def word_em(w: Word) -> float:
    """Font size of a word: the engine's, else estimated from the letters the box holds."""
    if w.em:
        return w.em
    if w.oy0 == w.y0 and w.oy1 == w.y1:  # the padded box did not shrink (text over a photo)
        return w.h / BOX_PER_EM
    letters = set(w.text)
    share = 0.72 if letters & _ASCENDERS else 0.53
    if letters & _DESCENDERS:
        share += 0.21
    return w.h / share


def _mark(w: Word) -> bool:
    """A separator or sign read as a word of its own ("·", "|", "&"): its box tells nothing
    of the font size (a middle dot is a few pixels high)."""
    return not any(ch.isalnum() for ch in w.text)


@dataclass
class Line:
    words: list[Word]
    x0: int = 0
    y0: int = 0
    x1: int = 0
    y1: int = 0
    h: float = 0.0  # median font size of its words (of signs only when it has no other)
    ink: float = 0.0  # mean darkness of text vs background: bold/colour proxy
    tint: tuple[float, float, float] | None = None  # mean colour of the text's ink

    def update(self) -> None:
        self.x0 = min(w.x0 for w in self.words)
        self.x1 = max(w.x1 for w in self.words)
        self.y0 = min(w.y0 for w in self.words)
        self.y1 = max(w.y1 for w in self.words)
        sized = [w for w in self.words if not _mark(w)] or self.words
        self.h = float(statistics.median(word_em(w) for w in sized))

    @property
    def text(self) -> Text:
        top = min(w.oy0 if w.oy0 >= 0 else w.y0 for w in self.words)
        bottom = max(w.oy1 if w.oy1 >= 0 else w.y1 for w in self.words)
        return boxed(" ".join(w.text for w in self.words), (self.x0, top, self.x1, bottom))


BoxXY = tuple[int, int, int, int]  # x0, y0, x1, y1 in page px


class Text(str):
    """Page text that remembers where it stands (`box`, page px), so every element of
    the analysis can carry its box; str operations return plain str, so the classifier
    builds texts through `boxed` and `joined`."""

    box: BoxXY | None = None


def boxed(text: str, box: BoxXY | None) -> Text:
    out = Text(text)
    out.box = box
    return out


def union(boxes: Iterable[BoxXY | None]) -> BoxXY | None:
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return (
        min(b[0] for b in real),
        min(b[1] for b in real),
        max(b[2] for b in real),
        max(b[3] for b in real),
    )


def box_of(text: str) -> BoxXY | None:
    return text.box if isinstance(text, Text) else None


def joined(parts: Iterable[str], sep: str = " ") -> Text:
    parts = list(parts)
    return boxed(sep.join(parts), union(box_of(p) for p in parts))


_SEPARATOR = re.compile(r"\s*[·•|]\s*|\s+[/–—-]\s+")


def split_at_separators(text: str) -> list[Text]:
    """Inline entries set apart by a dot, pipe, slash or dash ("Privacy · Terms", "Ann Lee /
    CEO"): one text each, with a box cut from the line's box by character share."""
    parts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(text)]
    box = box_of(text)
    out: list[Text] = []
    start = 0
    for a, b in [*parts, (len(text), len(text))]:
        piece = text[start:a].strip()
        if piece:
            sub = None
            if box is not None:
                per = (box[2] - box[0]) / max(len(text), 1)
                sub = (round(box[0] + start * per), box[1], round(box[0] + a * per), box[3])
            out.append(boxed(piece, sub))
        start = b
    return out


def join_lines(texts: list[str]) -> Text:
    """Lines of one paragraph as one text; a compound word broken after its hyphen
    ("fast-" / "growing") is joined again."""
    out = ""
    for t in texts:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and t[:1].isalpha():
            out += t
        else:
            out = f"{out} {t}" if out else t
    return boxed(out, union(box_of(t) for t in texts))


@dataclass
class Block:
    lines: list[Line]
    kind: str = ""  # filled in by the classifier
    button: bool = False
    x0: int = 0
    y0: int = 0
    x1: int = 0
    y1: int = 0

    def update(self) -> None:
        self.x0 = min(ln.x0 for ln in self.lines)
        self.x1 = max(ln.x1 for ln in self.lines)
        self.y0 = min(ln.y0 for ln in self.lines)
        self.y1 = max(ln.y1 for ln in self.lines)

    @property
    def text(self) -> Text:
        return join_lines([ln.text for ln in self.lines])

    @property
    def h(self) -> float:
        return max(ln.h for ln in self.lines)

    @property
    def ink(self) -> float:
        return statistics.median(ln.ink for ln in self.lines)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


def is_paragraph(b: Block) -> bool:
    """A paragraph of a few lines (a quotation, a card's text), not a title or a label."""
    return len(b.lines) >= 3 and words(b.text) >= 12


@dataclass
class Band:
    """A run of rows sharing one background colour."""

    y0: int
    y1: int
    color: tuple[int, int, int]
    blocks: list[Block] = field(default_factory=list)


def _cap(w: Word) -> float:
    """Capital height: a Tesseract box's own height, else from the engine's font size."""
    return 0.72 * w.em if w.em else w.h


def _tracking(w: Word) -> float:
    """Letter spacing of a word of capitals: its advance per letter beyond a capital's usual
    width (~0.7 of the font size). Tracked eyebrows ("F L A V O R S") widen their word gaps
    by as much as their letters."""
    if len(w.text) < 3:
        return 0.0
    return max(0.0, (w.x1 - w.x0) / len(w.text) - 0.7 * word_em(w))


_MONTH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.I)
_YEAR = re.compile(r"^(19|20)\d\d[.,]?$")


def _range_gap(last: Word, w: Word) -> bool:
    """A year, then a month, a year or "Present" after a gap: a date range whose dash the
    engine did not read ("September 2015 [–] September 2016")."""
    return bool(_YEAR.match(last.text)) and (
        bool(_MONTH.match(w.text) or _YEAR.match(w.text))
        or w.text.lower() in ("present", "now", "today")
    )


def _fits_line(ln: Line, w: Word) -> bool:
    last = ln.words[-1]
    overlap = min(last.y1, w.y1) - max(last.y0, w.y0)
    if overlap < 0.5 * min(last.h, w.h):
        return False
    # font sizes, of the line's last real word: "on" is not smaller than "Material", and
    # "2023 · 4 min read" is one line
    ref = next((x for x in reversed(ln.words) if not _mark(x)), None)
    if ref is not None and not _mark(w):
        sizes = (word_em(ref), word_em(w))
        if max(sizes) > 2.2 * min(sizes):
            return False
    sizes = (word_em(last), word_em(w))
    gap = w.x0 - last.x1
    if _range_gap(last, w) and max(sizes) <= _PIECE * min(sizes):
        return -3 <= gap <= 2.5 * max(sizes)
    # letter-spaced capitals (eyebrows) have wide word gaps; other text does not
    caps = last.text.isupper() and w.text.isupper()
    # the gap is measured against the line's tallest word so far: a run of short x-height
    # words ("to be on") is not a smaller font
    tall = max(_cap(x) for x in ln.words[-4:])
    limit = (
        1.1 * max(word_em(last), word_em(w)) + max(_tracking(last), _tracking(w))
        if caps
        else 1.1 * max(tall, _cap(w))
    )
    return -3 <= gap <= max(limit, 8)


def _settle(groups: list[Line] | list[Block]) -> None:
    """Bounds recomputed, then top-to-bottom, left-to-right order."""
    for g in groups:
        g.update()
    groups.sort(key=lambda g: (g.y0, g.x0))


def group_lines(words: list[Word]) -> list[Line]:
    """Words -> lines: vertical overlap and a gap under ~1.2 text heights (columns split).
    Letter-spaced capitals read as fragments ("S P E CI AL") are words again, and their
    lines are grouped once more (a whole word shows its tracking, which widens the gap
    allowed between words)."""
    lines = _group_lines(words)
    joined = [w for ln in lines for w in _join_letters(ln.words)]
    return _group_lines(joined) if len(joined) < len(words) else lines


def _join_letters(ws: list[Word]) -> list[Word]:
    """A line of capitals in fragments, two of them single letters: fragments set at most
    a little more than the line's smallest gap apart are one word (letter spacing), the
    wider gaps are the word spaces; with no wider gap, a row of fragments of one or two
    letters, or two thirds of them single letters, is one word ("W H Y", "S P E CI AL",
    "S E L E C TIO N")."""
    if len(ws) < 3 or not all(w.text.isalpha() and w.text.isupper() for w in ws):
        return ws
    if sum(len(w.text) == 1 for w in ws) < 2:
        return ws
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(ws)]
    small = min(gaps)
    if small < 0:
        return ws
    if max(gaps) >= 2 * small + 2:
        limit = 1.6 * small + 1
    elif all(len(w.text) <= 2 for w in ws) or 3 * sum(len(w.text) == 1 for w in ws) >= 2 * len(ws):
        limit = max(gaps)
    else:
        return ws
    out = [ws[0]]
    for w, gap in zip(ws[1:], gaps, strict=True):
        if gap <= limit:
            a = out[-1]
            out[-1] = Word(
                a.text + w.text,
                a.x0,
                min(a.y0, w.y0),
                w.x1,
                max(a.y1, w.y1),
                min(a.conf, w.conf),
                a.em,
                min(a.oy0, w.oy0),
                max(a.oy1, w.oy1),
            )
        else:
            out.append(w)
    return out


def _group_lines(words: list[Word]) -> list[Line]:
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w.x0, w.y0)):
        best = next((ln for ln in lines if _fits_line(ln, w)), None)
        if best is None:
            lines.append(Line([w]))
            continue
        last = best.words[-1]
        if _range_gap(last, w) and w.x0 - last.x1 > 0.6 * word_em(w):
            # the range's dash, which the engine missed, in the middle of the gap
            mid = (last.x1 + w.x0) // 2
            best.words.append(Word("–", mid - 2, w.y0, mid + 2, w.y1, w.conf, word_em(w)))
        best.words.append(w)
    _settle(lines)
    return _rejoin_justified(_rejoin_justified(lines))


# size ratio that still reads as one font: a one-word piece's size is estimated from its
# letters ("ipsum" with a descender reads a fifth bigger than "Lorem")
_PIECE = 1.45


def _crossed(lines: list[Line], a: Line, b: Line) -> bool:
    """Whether a word of a neighbouring line of the same size spans the middle of the gap
    between a and b: justified text's wide word spaces fall at different places on each
    line, a column gutter on none."""
    mid, x = (a.y0 + a.y1) / 2, (a.x1 + b.x0) / 2
    for c in lines:
        if c is a or c is b or max(c.h, a.h) > _PIECE * min(c.h, a.h):
            continue
        off = abs((c.y0 + c.y1) / 2 - mid)
        if 0 < off <= 1.8 * a.h and (
            any(w.x0 < x < w.x1 for w in c.words)
            or (len(c.words) >= 3 and c.x0 < a.x1 and c.x1 > b.x0)
        ):
            return True
        # further down the paragraph: a whole line flush with both of its edges
        if 0 < off <= 4.5 * a.h and len(c.words) >= 3 and _flush(c, a.x0, b.x1, a.h):
            return True
    return False


def _flush(c: Line, left: int, right: int, size: float) -> bool:
    return abs(c.x0 - left) <= 0.3 * size and abs(c.x1 - right) <= 0.3 * size


def _rejoin_justified(lines: list[Line]) -> list[Line]:
    """Pieces of one justified line: same row and size, a gap up to ~3 font sizes that a
    neighbouring line's word crosses, are one line."""
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: (ln.x0, ln.y0)):
        host = next(
            (
                o
                for o in out
                if 0 < ln.x0 - o.x1 <= 3 * max(o.h, ln.h)
                and min(o.y1, ln.y1) - max(o.y0, ln.y0) >= 0.7 * min(o.y1 - o.y0, ln.y1 - ln.y0)
                and max(o.h, ln.h) <= _PIECE * min(o.h, ln.h)
                and _crossed(lines, o, ln)
            ),
            None,
        )
        if host is None:
            out.append(ln)
        else:
            host.words.extend(ln.words)
            host.update()
    _settle(out)
    return out


def body_size(lines: Iterable[Line]) -> float:
    """The page's body text size: the median line size, each line counted once per word
    (0 without text)."""
    sizes = sorted(ln.h for ln in lines for _ in ln.words)
    return sizes[len(sizes) // 2] if sizes else 0.0


def measure_tint(rgb: Image.Image, lines: list[Line]) -> None:
    """The mean colour of each line's ink: per short run of the line (a wide line over a
    gradient crosses several shades), the pixels that stand out most from the run's
    background (glyph cores, not anti-aliased edges or the gradient itself)."""
    pixels = np.asarray(rgb)
    for ln in lines:
        step = max(40, round(3 * ln.h))
        found: list[np.ndarray] = []
        for x in range(max(ln.x0, 0), max(ln.x1, ln.x0 + 1), step):
            run = pixels[max(ln.y0, 0) : max(ln.y1, ln.y0 + 1), x : x + step].reshape(-1, 3)
            if not len(run):
                continue
            run = run.astype(np.int16)
            gray = run.sum(axis=1) // 3
            off = np.abs(gray - int(np.bincount(gray).argmax()))
            peak = int(off.max())
            if peak > 48:
                found.append(run[off >= 0.7 * peak].mean(axis=0))
        # the runs must agree: text over a photo or a pattern has no one colour to go by
        if found and float(np.ptp(np.array(found), axis=0).max()) <= 40:
            ln.tint = tuple(float(v) for v in np.mean(found, axis=0))  # type: ignore[assignment]


def _colour_apart(a: Line, b: Line) -> bool:
    """Two lines of text in clearly different colours: an accent-coloured title over grey
    text (their ink differs in hue), or a near-black title over mid-grey text (in
    lightness: 45 of 255 apart, where the same colour measured on two lines differs by
    a few units)."""
    if a.tint is None or b.tint is None:
        return False
    da = [v - sum(a.tint) / 3 for v in a.tint]  # each colour's cast away from grey
    db = [v - sum(b.tint) / 3 for v in b.tint]
    if max(abs(x - y) for x, y in zip(da, db, strict=True)) > 40:
        return True
    return abs(sum(a.tint) - sum(b.tint)) / 3 > 45


def measure_ink(gray: Image.Image, lines: list[Line]) -> None:
    """Text weight x contrast over each line box: bold or dark text scores higher.

    Only pixels far from the background value count, so a soft gradient behind the text
    does not read as ink; the background is taken per short run of the line (a wide line
    over a gradient crosses several shades).
    """
    for ln in lines:
        step = max(40, round(3 * ln.h))
        count = total = 0
        weighted = 0.0
        for x in range(ln.x0, max(ln.x1, ln.x0 + 1), step):
            box = (x, ln.y0, min(max(ln.x1, ln.x0 + 1), x + step), max(ln.y1, ln.y0 + 1))
            hist = gray.crop(box).histogram()
            total += sum(hist)
            bg = max(range(256), key=lambda v: hist[v])
            for v, n in enumerate(hist):
                if n and abs(v - bg) > 48:
                    count += n
                    weighted += abs(v - bg) * n
        ln.ink = 100.0 * count / (total or 1) * (weighted / count) / 255 if count else 0.0


# words a text does not end on: a line ending on one (or on a comma) is carried on below
_OPEN_END = frozenset(
    {
        *("a", "an", "the", "of", "on", "to", "and", "or", "for", "with", "in", "at", "by"),
        *("from", "into", "our", "your", "its", "their", "my", "&"),
    }
)


def open_ended(text: str) -> bool:
    """A line that cannot end its text: it ends on a comma or on an article, preposition
    or conjunction ("Street Address, Location," / "Our online and" / "Download on the")."""
    text = text.rstrip()
    toks = text.split()
    return bool(toks) and (text.endswith(",") or toks[-1].lower() in _OPEN_END)


def _caption_over_name(last: Line, ln: Line, em: float) -> bool:
    """A store badge: a small open-ended caption right over a big short name ("GET IT ON"
    over "Google Play")."""
    return (
        bool(em)
        and last.h < em
        and len(last.words) <= 4
        and len(ln.words) <= 3
        and 1.5 * last.h <= ln.h <= 2.5 * last.h
        and -0.2 * last.h <= ln.y0 - last.y1 <= 0.6 * last.h
    )


def _row_middle(ln: Line) -> float:
    """The middle of a line's row as the engine framed it (line-high whatever its letters
    reach), else of its glyphs."""
    tops = [w.oy0 for w in ln.words if w.oy0 >= 0]
    bottoms = [w.oy1 for w in ln.words if w.oy1 >= 0]
    if tops and bottoms:
        return (statistics.median(tops) + statistics.median(bottoms)) / 2
    return (ln.y0 + ln.y1) / 2


def _same_pitch(block: Block, ln: Line) -> bool:
    """`ln` sits under the block's last line at the pitch of the block's lines before,
    in the same size and flush left with them (lines of one paragraph)."""
    if len(block.lines) < 2:
        return False
    prev, last = block.lines[-2], block.lines[-1]
    size = max(prev.h, last.h, ln.h)
    if size > 1.2 * min(prev.h, last.h, ln.h) or abs(ln.x0 - last.x0) > 0.5 * size:
        return False
    # the engine's rows, or the glyphs' tops (the rows are padded a few pixels unevenly;
    # the tops are even where each line holds a tall letter, as lines of words mostly do)
    for at in (_row_middle, lambda line: float(line.y0)):
        pitch = at(last) - at(prev)
        if 0 < pitch <= 2.5 * size and abs(at(ln) - at(last) - pitch) <= 0.15 * size:
            return True
    return False


def _ink_apart(a: Line, b: Line) -> bool:
    """A bold or dark line beside a lighter one of the same size (a title over its text)."""
    hi, lo = max(a.ink, b.ink), min(a.ink, b.ink)
    return hi > 1.45 * max(lo, 1.0) and hi - lo > 8


def _wrapped(block: Block, ln: Line) -> bool:
    """The block's last line is a paragraph line that its width wrapped: several words
    reaching the block's right edge, and the next line is set in the same ink."""
    last = block.lines[-1]
    return (
        len(block.lines) >= 2
        and len(last.words) >= 5
        and last.x1 >= max(other.x1 for other in block.lines) - 2 * last.h
        and not _ink_apart(last, ln)
    )


def _joins(block: Block, ln: Line, em: float = 0.0) -> bool:
    last = block.lines[-1]
    gap = ln.y0 - last.y1
    hmax, hmin = max(last.h, ln.h), min(last.h, ln.h)
    # a line that cannot end its text goes on below, a little larger or indented (an
    # address beside its icon, a heading's second line in a larger weight)
    cont = open_ended(last.text)
    if cont and min(last.x1, ln.x1) > max(last.x0, ln.x0) and _caption_over_name(last, ln, em):
        return True
    # loose line spacing: a line that carries on a sentence (lowercase start after a line
    # not ending one) may sit further down
    sentence_goes_on = ln.text[:1].islower() and not last.text.rstrip().endswith(
        (".", "!", "?", ":")
    )
    carries_on = sentence_goes_on and (
        len(ln.words) >= 3 or len(last.words) >= 10  # not a short label under a title
    )
    # a wrapped paragraph set loosely: the next line follows at the paragraph's own line
    # pitch, in the same size, flush left, carrying on the sentence or after a line the
    # paragraph's width wrapped (where a sentence may end)
    if (
        (sentence_goes_on or _wrapped(block, ln))
        and _same_pitch(block, ln)
        and not _colour_apart(last, ln)
    ):
        return True
    # big headings: padded engine boxes of tight lines may overlap; the next line still
    # starts well below the last one's middle
    below = (ln.y0 + ln.y1) - (last.y0 + last.y1) >= hmax
    floor = (-0.45 if below else -0.3) * hmax
    if gap > (1.5 if carries_on else 0.95) * hmax or gap < floor:
        return False
    # (a sentence carried on flush left, or centred, under its line is one text even where
    # the sizes estimated from each line's letters differ: the estimate is rougher than the
    # type)
    flush_on = carries_on and (
        abs(ln.x0 - last.x0) <= 0.5 * hmin
        or abs((ln.x0 + ln.x1) - (last.x0 + last.x1)) <= hmin  # (centred under it)
    )
    if hmax > (_PIECE if flush_on else 1.3 if cont else 1.2) * hmin:
        return False
    if min(last.x1, ln.x1) - max(last.x0, ln.x0) <= 0:
        return False
    aligned = (
        abs(ln.x0 - last.x0) <= hmax
        or abs((ln.x0 + ln.x1) - (last.x0 + last.x1)) <= 2 * hmax
        or abs(ln.x1 - last.x1) <= hmax
    )
    if cont and abs(ln.x0 - last.x0) <= 2.5 * hmax:
        return True
    if not aligned:
        return False
    if em and hmin >= 1.8 * em:
        return True  # a headline's lines in two colours ("Connect instantly / with customers")
    # a bold/dark title followed by grey body text of the same size is two blocks, and so
    # is a title in an accent colour over text in another
    return not _ink_apart(last, ln) and not _colour_apart(last, ln)


def group_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    em = body_size(lines)
    for ln in lines:
        target = next((b for b in reversed(blocks[-8:]) if _joins(b, ln, em)), None)
        if target is None:
            blocks.append(Block([ln]))
        else:
            target.lines.append(ln)
    _settle(blocks)
    blocks = _rejoin_inline(blocks)
    blocks = _rejoin_periods(blocks)
    blocks = [part for b in blocks for part in _split_ended(b)]
    blocks.sort(key=lambda b: (b.y0, b.x0))
    return blocks


def broken_by_hand(ln: Line, nxt: Line, right: int) -> bool:
    """The next line's first word (and a space) would have fitted before the text's right
    edge at `right`: the line was ended by its writer, not wrapped by its width."""
    first = nxt.words[0]
    return right - ln.x1 >= (first.x1 - first.x0) + max(ln.h, nxt.h)


def _split_ended(block: Block) -> list[Block]:
    """A block cut after each line that ends a sentence where the next line's first word
    would have fitted: the writer broke the line there (list entries whose bullets OCR
    does not read, one-sentence lines set one under another), not the paragraph's width.
    Only flush-left lines: centred text is broken by hand within one paragraph as well."""
    parts: list[list[Line]] = [[]]
    for ln, nxt in itertools.zip_longest(block.lines, block.lines[1:]):
        parts[-1].append(ln)
        if nxt is None or not ln.text.rstrip().endswith((".", "!", "?")):
            continue
        size = max(ln.h, nxt.h)
        if (
            abs(ln.x0 - block.x0) <= 0.5 * size
            and abs(nxt.x0 - block.x0) <= 0.5 * size
            and broken_by_hand(ln, nxt, block.x1)
        ):
            parts.append([])
    if len(parts) == 1:
        return [block]
    out = [Block(lines) for lines in parts]
    _settle(out)
    return out


_PERIOD = re.compile(
    r"^(/|per\b|a\b|an\b)?\s*(mo|month|monthly|yr|year|yearly|annually|user|seat|week|day|"
    r"night|hour|person)\b",
    re.I,
)


def _rejoin_periods(blocks: list[Block]) -> list[Block]:
    """A price's period in small type on the price's baseline ("29.00" + "Per Month",
    "$9" + "/mo") is one text with the price, whatever the size difference."""
    out: list[Block] = []
    for b in blocks:
        frag = b.lines[0]
        host = None
        if len(b.lines) == 1 and _PERIOD.match(frag.text) and len(frag.words) <= 3:
            host = next(
                (
                    p
                    for p in out
                    if len(p.lines) == 1
                    and any(ch.isdigit() for ch in p.text)
                    and 0 <= frag.x0 - p.x1 <= 1.5 * p.h
                    and abs(frag.y1 - p.y1) <= 0.35 * p.h
                ),
                None,
            )
        if host is None:
            out.append(b)
            continue
        host.lines[0].words.extend(frag.words)
        host.lines[0].update()
        host.update()
    return out


def _rejoin_inline(blocks: list[Block]) -> list[Block]:
    """A one-line fragment on the last line of a paragraph, inside the paragraph's width
    (an inline link or bold phrase set a little apart), belongs to that line."""
    out: list[Block] = []
    paragraphs = [b for b in blocks if len(b.lines) >= 2]
    for b in blocks:
        host = None
        if len(b.lines) == 1:
            frag = b.lines[0]
            for p in paragraphs:
                last = p.lines[-1]
                overlap = min(last.y1, frag.y1) - max(last.y0, frag.y0)
                gap = frag.x0 - last.x1
                if (
                    p is not b
                    and overlap >= 0.6 * min(last.y1 - last.y0, frag.y1 - frag.y0)
                    and max(last.h, frag.h) <= 1.15 * min(last.h, frag.h)
                    and 0 <= gap <= 2.5 * last.h
                    and frag.x1 <= p.x1 + 0.5 * last.h
                ):
                    host = p
                    break
        if host is None:
            out.append(b)
            continue
        host.lines[-1].words.extend(b.lines[0].words)
        host.lines[-1].update()
        host.update()
    return out


def _edge(rgb: Image.Image, x0: int) -> list[tuple[int, int, int]]:
    h = rgb.height
    strip = rgb.crop((x0, 0, min(x0 + 6, rgb.width), h)).resize((1, h), Image.Resampling.BOX)
    data = strip.tobytes()
    return [(data[3 * r], data[3 * r + 1], data[3 * r + 2]) for r in range(h)]


def row_colors(rgb: Image.Image) -> list[tuple[int, int, int]]:
    """Background colour per row, sampled at the page edges (rarely covered by content).
    The left edge counts, unless over a run of rows where the two edges disagree the right
    one keeps the flat background they last agreed on: a shape drawn at the left side (a
    corner triangle, a dot pattern) then neither starts a band nor hides where the next
    one starts. (In a gradient or a photo the right edge drifts too: the left one counts.)"""
    left = _edge(rgb, 0)
    right = _edge(rgb, max(rgb.width - 6, 0))
    out = list(left)
    agreed: tuple[int, int, int] | None = None
    y = 0
    while y < len(left):
        if _cdist(left[y], right[y]) <= 3:
            agreed = left[y]
            y += 1
            continue
        end = y
        while end < len(left) and _cdist(left[end], right[end]) > 3:
            end += 1
        flat = [agreed is not None and _cdist(c, agreed) <= 3 for c in right[y:end]]
        if sum(flat) >= 0.9 * len(flat):  # (the shape's last row may meet the next band)
            pairs = zip(left[y:end], right[y:end], flat, strict=True)
            out[y:end] = [r if f else c for c, r, f in pairs]
        y = end
    return out


def _cdist(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) + abs(a[2] - b[2])


def color_bands(colors: list[tuple[int, int, int]], min_height: int = 24) -> list[Band]:
    """Runs of similar edge colour; thin runs (rules, borders) are absorbed by neighbours.

    A band breaks where the colour jumps between neighbouring rows, so a slow gradient
    (hero backgrounds) stays one band.
    """
    runs: list[list[int]] = []  # [start, end, r, g, b] (colour of the run's first row)
    prev: tuple[int, int, int] | None = None
    for y, c in enumerate(colors):
        if runs and prev is not None and _cdist(prev, c) <= 12:
            runs[-1][1] = y + 1
        else:
            runs.append([y, y + 1, *c])
        prev = c
    merged: list[list[int]] = []
    for run in runs:
        if run[1] - run[0] < min_height and merged:
            merged[-1][1] = run[1]
            continue
        if merged and _cdist(tuple(merged[-1][2:]), tuple(run[2:])) <= 12:  # type: ignore[arg-type]
            merged[-1][1] = run[1]
            continue
        merged.append(run)
    return [Band(r[0], r[1], (r[2], r[3], r[4])) for r in merged]


def local_contrast(gray: Image.Image) -> list[int]:
    """Per-row contrast between neighbouring 8 px boxes: ~0 where the background is flat
    or a soft gradient (a radial glow behind a hero, where max - min over the whole row
    stays high), high on text, rules and pictures."""
    w, h = gray.size
    small = np.asarray(gray.resize((max(8, w // 8), h), Image.Resampling.BOX), dtype=np.int16)
    # the outer 3% of each side is left out: the side edges of a band or card inset a few
    # px from the page edge run down every row and would hide the whitespace inside it
    m = small.shape[1] * 3 // 100
    if m and small.shape[1] - 2 * m >= 2:
        small = small[:, m:-m]
    return np.abs(np.diff(small, axis=1)).max(axis=1).tolist()  # type: ignore[no-any-return]


def blank_run(profile: list[int], y0: int, y1: int) -> int:
    """Longest run of blank rows in [y0, y1): whitespace that images do not interrupt."""
    best = cur = 0
    for y in range(max(0, y0), min(len(profile), y1)):
        if profile[y] <= 4:
            cur += 1
            best = max(best, cur)
        else:
            cur = 0
    return best


def rules(gray: Image.Image, span: float = 0.75) -> list[int]:
    """Rows of thin full-width lines (section dividers on one-colour pages): a row that
    differs from the rows 3 px above and below, which agree with each other, in one
    unbroken run over at least `span` of the width (the rules under a grid's cards break
    between the columns)."""
    g = np.asarray(gray, dtype=np.int16)
    if g.shape[0] < 8:
        return []
    mid, up, down = g[3:-3], g[:-6], g[6:]
    hit = (np.abs(mid - up) > 10) & (np.abs(mid - down) > 10) & (np.abs(up - down) <= 6)
    out: list[int] = []
    for y in np.flatnonzero(hit.mean(axis=1) >= span).tolist():
        if out and y + 3 - out[-1] <= 4:
            continue
        if _longest_run(hit[y]) >= span * g.shape[1]:
            out.append(y + 3)
    return out


def panels(gray: Image.Image, span: float = 0.5) -> list[BoxXY]:
    """Inset panels (x0, top, x1, bottom): a box of its own flat colour (a call to action
    on a yellow card, ratings on a grey box) that stops short of the page edge, so the edge
    colour does not see it. An edge is a step between two flat runs of rows, unbroken over
    half the width (a row of cards breaks between the cards; a photo is not flat); a panel
    is a top edge and the next edge below with the same colours inside and outside, apart
    from any other edge but a band's across the page (a stack of wide cards, a few px
    apart, is one list). A light card on white (grey 245) is a step too."""
    g = np.asarray(gray, dtype=np.int16)
    h, w = g.shape
    if h < 20:
        return []
    y = np.arange(8, h - 8)
    step = np.abs(g[y + 2] - g[y - 2]) > 7
    flat = (np.abs(g[y + 2] - g[y + 7]) <= 3) & (np.abs(g[y - 2] - g[y - 7]) <= 3)
    hit = step & flat
    edges: list[tuple[int, float, float, int, int]] = []  # row, colour above/below, x0, x1
    for r in np.flatnonzero(hit.mean(axis=1) >= span).tolist():
        if edges and r + 10 - edges[-1][0] <= 6:
            continue
        if _longest_run(hit[r]) >= span * w:
            cols = hit[r]
            xs = np.flatnonzero(cols)
            edges.append(
                (
                    r + 10,
                    float(np.median(g[r + 3][cols])),
                    float(np.median(g[r + 13][cols])),
                    int(xs[0]),
                    int(xs[-1]) + 1,
                )
            )
    near = 0.04 * w

    def band_edge(k: int) -> bool:  # (a band's edge across the page: no card of a stack)
        return edges[k][3] <= 8 and edges[k][4] >= w - 8

    out: list[BoxXY] = []
    for k in range(len(edges) - 1):
        (top, above, inside, x0, x1), (bottom, inside2, below, _, _) = edges[k], edges[k + 1]
        alone = (k == 0 or top - edges[k - 1][0] > near or band_edge(k - 1)) and (
            k + 2 >= len(edges) or edges[k + 2][0] - bottom > near or band_edge(k + 2)
        )
        if (
            alone
            and bottom - top > 0.065 * w  # a panel holds text, not one row (a table head)
            and abs(inside - inside2) <= 6
            and abs(above - below) <= 6
            and abs(inside - above) > 7
        ):
            out.append((x0, top, x1, bottom))
    return out


def _longest_run(row: np.ndarray, bridge: int = 4) -> int:
    """Longest run of set columns, gaps up to `bridge` px (a crossing border) bridged."""
    cols = np.flatnonzero(row)
    if not cols.size:
        return 0
    breaks = np.flatnonzero(np.diff(cols) > bridge + 1)
    starts = np.concatenate(([cols[0]], cols[breaks + 1]))
    ends = np.concatenate((cols[breaks], [cols[-1]]))
    return int((ends - starts).max()) + 1


def photo_runs(bands: list[Band], short: int = 200, run: int = 3, tall: int = 300) -> list[Band]:
    """Three or more short bands in a row, together tall, are one background (a photo or a
    pattern behind a hero, whose edge colour changes every few rows), not sections; a page
    header's thin strips stay apart."""
    out: list[Band] = []
    i = 0
    while i < len(bands):
        j = i
        while j < len(bands) and bands[j].y1 - bands[j].y0 < short:
            j += 1
        if j - i >= run and bands[j - 1].y1 - bands[i].y0 >= tall:
            out.append(Band(bands[i].y0, bands[j - 1].y1, bands[i].color))
            i = j
        else:
            out.append(bands[i])
            i += 1
    return out


def opens_section(b: Block, blocks: list[Block], gap: int, width: int, em: float) -> bool:
    """A short heading centred on the page after wide whitespace starts a section, though the
    gap is below the section gap: real pages pad their sections less than the synthetic ones,
    and a centred heading is how a new section announces itself (card titles sit in columns).
    A big heading needs less whitespace than a small one (a newsletter's or an eyebrow's); a
    display heading (2.5 times the body size) alone on its row needs only 2.5 lines of it
    (under the last section's button or cards). A short label in capitals alone on its row
    ("TRUSTED BY", "OUR SERVICES") is a new section's eyebrow though in body type: it needs
    the small heading's whitespace and no size."""
    if b.button or len(b.lines) > 2 or len(b.text.split()) > 12:
        return False
    if abs(b.cx - width / 2) > 0.04 * width:
        return False
    wide = gap >= max(90, int(0.0625 * width))
    letters = sum(c.isalpha() for c in b.text)
    label = len(b.lines) == 1 and words(b.text) <= 4 and letters > 0 and b.text == b.text.upper()
    if label and wide and _alone_on_row(b, blocks):
        return True
    if em <= 0:
        return False
    size = b.lines[0].h / em
    if (size >= 1.5 and gap >= max(64, int(0.045 * width))) or (size >= 1.15 and wide):
        return True
    return (
        size >= 2.5
        and gap >= 2.5 * em
        and 0 < words(b.text) <= 8
        and letters >= 3
        and _alone_on_row(b, blocks)
    )


def _heads_column(b: Block, blocks: list[Block], gap: int, em: float) -> bool:
    """A heading alone on its row, flush left with the text under it, after whitespace of
    three lines: a section of a single-column page (sections on one background, headed at
    the column's left edge rather than centred)."""
    if em <= 0 or b.button or len(b.lines) > 2 or words(b.text) > 8 or b.h < 1.5 * em:
        return False
    if gap < 3 * em:
        return False
    below = [o for o in blocks if o.y0 >= b.y1 and abs(o.x0 - b.x0) <= 0.5 * em]
    return _alone_on_row(b, blocks) and bool(below) and min(o.y0 for o in below) - b.y1 <= 3 * em


def _alone_on_row(b: Block, blocks: list[Block]) -> bool:
    """No other block shares any of `b`'s rows."""
    return not any(o is not b and min(o.y1, b.y1) > max(o.y0, b.y0) for o in blocks)


def _eyebrow_opens(b: Block, blocks: list[Block], gap: int, em: float) -> bool:
    """A small label in a pill ("Key features") alone on its row after whitespace of three
    lines, with the section's heading or lead text right under it, flush left with it:
    the eyebrow over a section's header (a button ends its group; nothing follows it so
    close)."""
    if em <= 0 or not b.button or words(b.text) > 3 or b.h >= em or gap < 3 * em:
        return False
    under = [o for o in blocks if o.y0 >= b.y1 and o.y0 - b.y1 <= 3 * em]
    return (
        _alone_on_row(b, blocks)
        and bool(under)
        and all(not o.button and abs(o.x0 - b.x0) <= em for o in under)
    )


def _left_label_opens(b: Block, blocks: list[Block], gap: int, em: float) -> bool:
    """A short label in capitals at the left edge of what lies under it, alone on its row,
    after whitespace of two and a half lines ("SHOP BY CATEGORY" over a grid of products):
    a shop's section heading in body type. (An eyebrow over a heading flush under it is
    the heading's: the heading decides.)"""
    if em <= 0 or b.button or len(b.lines) != 1 or not 2 <= words(b.text) <= 5:
        return False
    if b.text != b.text.upper() or sum(c.isalpha() for c in b.text) < 4 or gap < 2.5 * em:
        return False
    under = [o for o in blocks if o.y0 >= b.y1 and o.y0 - b.y1 <= 20 * em]
    headed = any(
        o.y0 - b.y1 <= 3 * em and o.h >= 1.6 * em and abs(o.x0 - b.x0) <= em for o in under
    )
    return (
        not headed
        and _alone_on_row(b, blocks)
        and bool(under)
        and b.x0 <= min(o.x0 for o in under) + 0.5 * em
    )


def _next_item(current: list[Block], b: Block, em: float) -> bool:
    """`b` is the next entry of a list the section holds: a title in the style of one
    already under the section's heading, at the same left edge (features set one under
    another, far apart beside their pictures)."""
    return (
        em > 0
        and b.h < 1.25 * em
        and any(
            abs(c.x0 - b.x0) <= 0.5 * em
            and max(c.h, b.h) <= 1.18 * min(c.h, b.h)
            and abs(c.ink - b.ink) <= 0.3 * max(c.ink, b.ink, 1.0)
            and len(c.lines) == len(b.lines) == 1
            and c.button == b.button
            for c in current[1:]
        )
    )


def split_sections(
    blocks: list[Block],
    bands: list[Band],
    profile: list[int],
    width: int,
    dividers: list[int] | None = None,
    em: float = 0.0,
) -> list[list[Block]]:
    """Sections = background bands, further split at large whitespace gaps, at full-width
    divider lines and before centred headings after wide whitespace."""
    gap_thr = max(90, int(0.085 * width))
    dividers = dividers or []
    sections: list[list[Block]] = []
    for band in photo_runs(bands):
        inside = [b for b in blocks if band.y0 <= (b.y0 + b.y1) / 2 < band.y1]
        if not inside:
            continue
        inside.sort(key=lambda b: b.y0)
        current = [inside[0]]
        bottom = inside[0].y1
        for b in inside[1:]:
            ruled = any(bottom < y < b.y0 for y in dividers)
            if b.y0 > bottom:
                gap = blank_run(profile, bottom, b.y0)
                wide = gap >= gap_thr and not _next_item(current, b, em)
                if (
                    ruled
                    or wide
                    or opens_section(b, inside, gap, width, em)
                    or _heads_column(b, inside, gap, em)
                    or _eyebrow_opens(b, inside, gap, em)
                    or _left_label_opens(b, inside, gap, em)
                ):
                    sections.append(current)
                    current = []
            current.append(b)
            bottom = max(bottom, b.y1)
        sections.append(current)
    return _continued(sections, em)


def _continued(sections: list[list[Block]], em: float) -> list[list[Block]]:
    """A section of two or more texts in two columns or more, none in display type, each
    starting where a text of the same type starts in the section above (a grid's next row
    of cards, cut off by a band edge in the photo behind them), carries that section on."""
    out: list[list[Block]] = []
    for sec in sections:
        above = out[-1] if out else []
        if (
            em > 0
            and above
            and len(sec) >= 2
            and all(b.h < 1.6 * em for b in sec)
            and all(
                any(
                    abs(b.x0 - o.x0) <= 0.5 * em
                    and same_style(b, o)
                    and len(b.lines) == len(o.lines)
                    for o in above
                )
                for b in sec
            )
            and len({round(b.x0 / em) for b in sec}) >= 2
        ):
            out[-1] = above + sec
        else:
            out.append(sec)
    return out


def same_style(a: Block, b: Block) -> bool:
    """Texts of one type: size within a sixth, ink within a third (or 6 levels), both
    buttons or neither."""
    hmax, hmin = max(a.h, b.h), min(a.h, b.h)
    imax, imin = max(a.ink, b.ink), min(a.ink, b.ink)
    return (
        hmax <= 1.18 * hmin
        and (imax <= 1.3 * max(imin, 1.0) or imax - imin <= 6)
        and a.button == b.button
    )
