"""Choosing whole units to land on a word target, and the page state that keeps a page
coherent (no sentence twice, keywords spread, sibling cards different).

A target n is met by picking a phrase whose length is within the allowed tolerance (the one
in-range rule, preferring exactly n), or a set of whole sentences whose lengths add up to a
count in range (a small subset-sum). Nothing is cut and nothing is padded.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import lru_cache

from app.core.words import count_words, in_tolerance, tolerance_bounds

_NORM = re.compile(r"[^\w\s]")
_MAX_ITEMS = 60  # sentences considered per element: plenty of sums, a cheap subset search


@lru_cache(maxsize=8192)
def words(text: str) -> int:
    return count_words(text)


@lru_cache(maxsize=8192)
def norm(sentence: str) -> str:
    return " ".join(_NORM.sub(" ", sentence.lower()).split())


@lru_cache(maxsize=8192)
def split_sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"(?<=[.!?”])\s+", text.strip()) if s)


class Page:
    """One page's writing state; every choice draws from a generator seeded by (seed, key)."""

    def __init__(self, seed: int, keywords: Iterable[str], avoid: Iterable[str] = ()) -> None:
        self.seed = seed
        self.keywords = [k.lower() for k in keywords]
        self.used: set[str] = set()
        self.kw_used: set[str] = set()
        self.memo: dict[str, int] = {}
        for text in avoid:
            self.remember(text)

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}:{key}")

    def fresh(self, text: str) -> bool:
        return all(norm(s) not in self.used for s in split_sentences(text))

    def remember(self, text: str) -> None:
        self.used.update(norm(s) for s in split_sentences(text))
        low = text.lower()
        self.kw_used.update(k for k in self.keywords if k in low)

    def _new_keyword(self, text: str) -> bool:
        low = text.lower()
        return any(k in low and k not in self.kw_used for k in self.keywords)

    def pick(
        self,
        key: str,
        options: list[str],
        n: int,
        *,
        fallback: list[str] | None = None,
        unique: bool = True,
        strict: bool = False,
    ) -> str | None:
        """The option nearest n within tolerance, fresh on this page when possible; ties go to
        a new keyword, then to the seeded generator. `fallback` options are used only when no
        fresh option fits; `strict` returns None rather than repeat a sentence."""
        rng = self.rng(key)
        fits = [o for o in dict.fromkeys(options) if in_tolerance(words(o), n)]
        fresh = [o for o in fits if self.fresh(o)] if unique else fits
        if not fresh and fallback:
            more = [o for o in dict.fromkeys(fallback) if in_tolerance(words(o), n)]
            fresh = [o for o in more if self.fresh(o)]
            fits = fits or more
        pool = fresh or ([] if strict else fits)
        if not pool:
            return None
        scored = [
            (abs(words(o) - n), 0 if self._new_keyword(o) else 1, rng.random(), o) for o in pool
        ]
        choice = min(scored)[3]
        self.remember(choice)
        return choice

    def sentences(
        self,
        key: str,
        pool: list[str],
        n: int,
        *,
        first: list[str] | None = None,
        reuse: bool = False,
    ) -> str | None:
        """Whole sentences adding up to a count in range: one of `first` opens when given (an
        answer starts by answering), then the pool, fresh ones only, new keywords early."""
        rng = self.rng(key)
        low, high = tolerance_bounds(n)
        rest = [s for s in self._order(pool, rng, reuse=reuse) if words(s) <= high][:_MAX_ITEMS]
        openers = self._order(first, rng) if first else [""]
        for opener in openers:
            if opener and (not self.fresh(opener) or words(opener) > high):
                continue
            have = words(opener)
            items = [s for s in rest if s != opener]
            chosen = _subset(items, n - have, low - have, high - have)
            if chosen is not None:
                text = " ".join([opener, *chosen] if opener else chosen)
                self.remember(text)
                return text
        return None

    def _order(self, sentences: list[str], rng: random.Random, *, reuse: bool = False) -> list[str]:
        """Fresh sentences in seeded order, new keywords first, one per template shape (a text
        never says "Highly recommended for X. Highly recommended for Y.")."""
        unique = list(dict.fromkeys(s for s in sentences if reuse or self.fresh(s)))
        rng.shuffle(unique)
        unique.sort(key=lambda s: 0 if self._new_keyword(s) else 1)
        shapes: set[str] = set()
        out = []
        for sentence in unique:
            shape = self._shape(sentence)
            if shape not in shapes:
                shapes.add(shape)
                out.append(sentence)
        return out

    def _shape(self, sentence: str) -> str:
        return _shape(sentence, tuple(self.keywords))


@lru_cache(maxsize=8192)
def _shape(sentence: str, keywords: tuple[str, ...]) -> str:
    text = norm(sentence)
    for keyword in keywords:
        text = re.sub(rf"\b{re.escape(norm(keyword))}\b", "kw", text)
    return text


def _subset(items: list[str], target: int, low: int, high: int) -> list[str] | None:
    """Items (kept in order) whose word counts sum to the count in [low, high] nearest target;
    earlier items are preferred. None when no subset lands in range."""
    low = max(low, 1)
    if high < low:
        return None
    sizes = [words(s) for s in items]
    reach: dict[int, list[int]] = {0: []}
    for index, size in enumerate(sizes):
        for total, picks in list(reach.items()):
            new = total + size
            if new <= high and new not in reach:
                reach[new] = [*picks, index]
    for total in sorted(range(low, high + 1), key=lambda t: (abs(t - target), -t)):
        if total in reach:
            return [items[i] for i in reach[total]]
    return None


def clear_caches() -> None:
    for cached in (words, norm, split_sentences, _shape):
        cached.cache_clear()
