"""Copy quality of the offline writer: every page of shared/eval (screens and real) written
for each business context below, checked element by element.

    uv run python bench/offline_copy.py                # this branch's writer
    uv run python bench/offline_copy.py --baseline 343e33a   # and an older writer beside it

Checks (issue 15): in range (the one tolerance rule); whole sentences (8+ words end with
terminal punctuation; nothing ends with an article, preposition, conjunction or pronoun);
duplicated sentences within a page (navigation and footer links excepted); invented tokens
(every word is in wordfreq's English list or comes from the business context; numbers are
placeholders (all zeros), the year, or the layout's own step numbers); business name in the
hero, the call to action in a button, >= 80% of keywords used. The contexts are shared with
the tests (tests/services/generation/test_offline_copy.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.core.words import count_words, in_tolerance  # noqa: E402
from app.services.generation.prompt import ElementSpec, build_elements  # noqa: E402
from app.services.generation.validate import keyword_report  # noqa: E402
from tests.support.eval_data import EVAL_DIR  # noqa: E402

Writer = Callable[[dict[str, Any], list[ElementSpec], int], dict[str, str]]

CONTEXTS: list[dict[str, Any]] = [
    {
        "business_name": "Green Leaf Bakery",
        "business_description": "Green Leaf Bakery bakes organic sourdough bread, pastries and "
        "celebration cakes every morning in Leeds. We deliver fresh loaves to homes, offices "
        "and cafes across the city before breakfast.",
        "call_to_action": "Order fresh bread",
        "target_audience": "busy families in Leeds",
        "tone": "friendly",
        "keywords": ["sourdough", "organic bread", "delivery"],
    },
    {
        "business_name": "Stride Physiotherapy",
        "business_description": "Stride Physiotherapy is a physiotherapy clinic helping people "
        "recover from sports injury, back pain and surgery. Every plan starts with a full "
        "assessment and is built around your goals.",
        "call_to_action": "Book an assessment",
        "target_audience": "runners and active adults",
        "tone": "friendly",
        "keywords": ["sports injury", "physiotherapy", "back pain", "rehabilitation"],
    },
    {
        "business_name": "Harbor Dental",
        "business_description": "Harbor Dental is a family dental practice in Portsmouth "
        "offering check-ups, hygiene visits, whitening and implants in a calm, modern clinic.",
        "call_to_action": "Book a check-up",
        "target_audience": "families and professionals",
        "tone": "professional",
        "keywords": ["dental care", "implants", "teeth whitening"],
    },
    {
        "business_name": "Ledgerwise",
        "business_description": "Ledgerwise is an accounting firm for small businesses. We "
        "handle bookkeeping, payroll and tax returns so owners can focus on their work.",
        "call_to_action": "Request a quote",
        "target_audience": "small business owners",
        "tone": "authoritative",
        "keywords": ["bookkeeping", "tax returns", "payroll"],
    },
    {
        "business_name": "Still Water Yoga",
        "business_description": "Still Water Yoga is a small studio in Bristol with gentle "
        "classes for beginners, evening flow sessions and weekend retreats.",
        "call_to_action": "Join a class",
        "target_audience": "beginners and busy professionals",
        "tone": "inspirational",
        "keywords": ["yoga classes", "meditation", "retreats"],
    },
    {
        "business_name": "Rapid Flow Plumbing",
        "business_description": "Rapid Flow Plumbing fixes leaks, installs boilers and clears "
        "blocked drains for homes across Manchester.",
        "call_to_action": "Call a plumber",
        "target_audience": "homeowners and landlords",
        "tone": "conversational",
        "keywords": ["boiler repair", "leaks", "drain cleaning"],
    },
    {
        "business_name": "Taskpilot",
        "business_description": "Taskpilot is project management software that keeps small "
        "teams on schedule with shared boards, reminders and simple reports.",
        "call_to_action": "Start free trial",
        "target_audience": "small teams and agencies",
        "tone": "professional",
        "keywords": ["project management", "task tracking", "team collaboration", "reports"],
    },
    {
        "business_name": "Lumen & Lace Photography",
        "business_description": "Lumen & Lace Photography captures weddings and engagements "
        "with a relaxed, documentary style.",
        "call_to_action": "Check availability",
        "target_audience": "engaged couples",
        "tone": "inspirational",
        "keywords": ["wedding photography", "engagement shoots"],
    },
    {
        "business_name": "Happy Paws Grooming",
        "business_description": "Happy Paws Grooming offers gentle grooming, nail trims and "
        "baths for dogs of every size in a calm salon.",
        "call_to_action": "Book a grooming",
        "target_audience": "dog owners",
        "tone": "conversational",
        "keywords": ["dog grooming", "nail trims", "puppy care"],
    },
    {
        "business_name": "Polyglot Academy",
        "business_description": "Polyglot Academy teaches Spanish, French and German in small "
        "groups and private lessons, online and in person in Edinburgh.",
        "call_to_action": "Book a lesson",
        "target_audience": "adult learners",
        "tone": "authoritative",
        "keywords": ["language lessons", "Spanish", "French", "German", "small groups"],
    },
    {
        "business_name": "Northside Bikes",
        "business_description": "Northside Bikes repairs, services and sells bicycles.",
        "call_to_action": "Get in touch",
        "target_audience": "commuters and weekend riders",
        "tone": "friendly",
        "keywords": ["bike repair", "servicing"],
    },
]

# Words an element must not end on (articles, prepositions, conjunctions, pronouns).
_FUNCTION_WORDS = """
    a an the and or but nor so yet for of to in on at by with from into onto about above
    across after against along among around before behind below beneath beside between beyond
    during except inside near off over past since through throughout toward towards under
    until unto up upon within without via per as than if because while although though
    whether unless i me my mine you your yours he him his she her hers it its we us our ours
    they them their theirs this that these those who whom whose which what myself yourself
    ourselves themselves itself everyone everything someone something anyone anything nobody
    nothing"""
FUNCTION_WORDS = set(_FUNCTION_WORDS.split())
NAV_EXEMPT = {"nav_link", "links", "link", "heading", "logo"}
NUMBERS = {"price", "value", "number"}  # figures, not sentences: placeholders may repeat
BUTTONS = {"cta_button", "cta", "button", "link_button"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLOSERS = "”\"'’)"


def english() -> set[str]:
    from wordfreq import top_n_list

    return set(top_n_list("en", 10**6))


def context_vocabulary(context: dict[str, Any]) -> set[str]:
    parts = [str(v) for v in context.values() if isinstance(v, str)]
    parts += [str(k) for k in context.get("keywords") or []]
    return set(_WORD.findall(" ".join(parts).lower()))


def _slug(context: dict[str, Any]) -> str:
    """The business name run together: allowed only inside an email address."""
    return re.sub(r"[^a-z0-9]+", "", str(context.get("business_name", "")).lower())


@dataclass
class PageReport:
    elements: int = 0
    in_range: int = 0
    whole_checked: int = 0
    whole: int = 0
    duplicates: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    out_of_range: list[str] = field(default_factory=list)
    name_in_hero: bool = False
    cta_in_button: bool = False
    cta_short_in_button: bool = False  # the action without articles ("Start free trial")
    # Some button's length tolerance admits the action's word count; when none does (a
    # 4-word action on a page whose buttons hold 1-3 words), the action cannot appear
    # word for word in range and the check asks for its short form instead.
    cta_fits: bool = True
    keywords_pct: float = 100.0


def whole_sentence(text: str) -> bool:
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return False
    last = re.sub(r"^\W+|\W+$", "", words[-1].lower())
    if last in FUNCTION_WORDS:
        return False
    if len(words) >= 8:
        return text.rstrip(_CLOSERS).endswith((".", "!", "?"))
    return True


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", text.strip().strip('“”"'))
    return [" ".join(re.sub(r"[^\w\s]", " ", p.lower()).split()) for p in parts if p.strip()]


def _numbers_ok(text: str, spec: ElementSpec, context: dict[str, Any]) -> list[str]:
    bad = []
    year = str(datetime.now(UTC).year)
    allowed = spec.original + " " + json.dumps(context)
    for token in (t.rstrip(".,:/") for t in re.findall(r"\d[\d.,:/]*", text)):
        digits = re.sub(r"\D", "", token)
        if set(digits) <= {"0"} or token == year:
            continue
        if spec.kind == "number" and token in spec.original:
            continue
        if token in allowed and spec.kind != "value":
            continue
        bad.append(token)
    return bad


def check_page(
    analysis: dict[str, Any],
    elements: list[ElementSpec],
    texts: dict[str, str],
    context: dict[str, Any],
    vocab: set[str],
) -> PageReport:
    report = PageReport(elements=len(elements))
    own = context_vocabulary(context)
    seen: dict[str, str] = {}
    for spec in elements:
        text = texts.get(spec.id, "")
        if in_tolerance(count_words(text), spec.target):
            report.in_range += 1
        else:
            report.out_of_range.append(f"{spec.id} ({spec.target} words): {text}")
        report.whole_checked += 1
        if whole_sentence(text):
            report.whole += 1
        else:
            report.broken.append(f"{spec.id}: {text}")
        for token in text.lower().split():
            allowed = own | {_slug(context)} if "@" in token else own
            for word in _WORD.findall(token):
                if word.replace("’", "'") not in vocab and word not in allowed:
                    report.invented.append(f"{spec.id}: {word}")
        report.invented += [f"{spec.id}: {n}" for n in _numbers_ok(text, spec, context)]
        exempt = (
            spec.kind in NUMBERS
            or spec.section_type == "navigation"
            or (spec.section_type == "footer" and spec.kind in NAV_EXEMPT)
        )
        if exempt:
            continue
        for sentence in _sentences(text):
            if sentence in seen:
                report.duplicates.append(f"{seen[sentence]} = {spec.id}: {sentence}")
            else:
                seen[sentence] = spec.id
    name = str(context["business_name"]).lower()
    hero = {s.position for s in elements if s.section_type == "hero"}
    if not hero:
        hero = {min((s.position for s in elements if s.section_type != "navigation"), default=0)}
    report.name_in_hero = any(name in texts[s.id].lower() for s in elements if s.position in hero)
    action = str(context["call_to_action"]).lower()
    short = " ".join(w for w in action.split() if w not in ("a", "an", "the"))
    buttons = [texts[s.id].lower() for s in elements if s.kind in BUTTONS]
    report.cta_fits = any(
        in_tolerance(count_words(action), s.target) for s in elements if s.kind in BUTTONS
    )
    report.cta_in_button = any(action in text for text in buttons)
    report.cta_short_in_button = any(action in text or short in text for text in buttons)
    keywords = list(context.get("keywords") or [])
    used, _ = keyword_report(keywords, list(texts.values()))
    report.keywords_pct = 100.0 * len(used) / len(keywords) if keywords else 100.0
    return report


def pages() -> list[tuple[str, dict[str, Any]]]:
    files = sorted((EVAL_DIR / "screens").glob("*.truth.json"))
    files += sorted((EVAL_DIR / "real").glob("*.truth.json"))
    return [(f"{f.parent.name}/{f.name.split('.')[0]}", json.loads(f.read_text())) for f in files]


def current_writer() -> Writer:
    """This branch's writer, timed cold: its template caches are emptied before each page."""
    from app.services.generation.offline import clear_caches, write_offline

    def write(context: dict[str, Any], elements: list[ElementSpec], seed: int) -> dict[str, str]:
        clear_caches()
        return write_offline(context, elements, seed=seed)

    return write


def baseline_writer(rev: str) -> Writer:
    """The offline writer as it was at `rev` (git show), imported from a temporary file."""
    source = subprocess.run(
        ["git", "show", f"{rev}:app/services/generation/offline_writer.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "baseline_offline_writer.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("baseline_offline_writer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return lambda context, elements, seed: module.write_offline(context, elements)


@dataclass
class Totals:
    elements: int = 0
    in_range: int = 0
    whole_checked: int = 0
    whole: int = 0
    duplicates: int = 0
    invented: int = 0
    runs: int = 0
    name: int = 0
    cta: int = 0
    cta_fits: int = 0  # runs where some button's tolerance admits the action's length
    cta_fits_in_button: int = 0
    cta_short: int = 0
    keywords: int = 0
    ms_per_60: list[float] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, report: PageReport, ms: float, page: str) -> None:
        self.elements += report.elements
        self.in_range += report.in_range
        self.whole_checked += report.whole_checked
        self.whole += report.whole
        self.duplicates += len(report.duplicates)
        self.invented += len(report.invented)
        self.runs += 1
        self.name += report.name_in_hero
        self.cta += report.cta_in_button
        self.cta_fits += report.cta_fits
        self.cta_fits_in_button += report.cta_fits and report.cta_in_button
        self.cta_short += report.cta_short_in_button
        self.keywords += report.keywords_pct >= 80.0
        self.ms_per_60.append(ms * 60 / max(1, report.elements))
        for label, items in (
            ("broken", report.broken),
            ("duplicate", report.duplicates),
            ("invented", report.invented),
            ("out of range", report.out_of_range),
            ("no name in hero", [] if report.name_in_hero else [page]),
            ("no CTA in a button", [] if report.cta_in_button else [page]),
            ("no button admits the CTA", [] if report.cta_fits else [page]),
        ):
            self.examples.setdefault(label, []).extend(items[:2])

    def rows(self) -> dict[str, str]:
        def pct(a: int, b: int) -> str:
            return f"{100.0 * a / b:.1f}%" if b else "n/a"

        return {
            "in range": f"{pct(self.in_range, self.elements)} "
            f"({self.elements - self.in_range} out)",
            "whole sentences": pct(self.whole, self.whole_checked),
            "duplicated sentences": str(self.duplicates),
            "invented tokens": str(self.invented),
            "name in hero": pct(self.name, self.runs),
            "CTA in a button": pct(self.cta, self.runs),
            "CTA in a fitting button": f"{pct(self.cta_fits_in_button, self.cta_fits)} "
            f"({self.cta_fits_in_button}/{self.cta_fits}; {self.runs - self.cta_fits} none can)",
            "CTA or short form": pct(self.cta_short, self.runs),
            ">= 80% keywords": pct(self.keywords, self.runs),
            "ms per 60 elements p50": f"{statistics.median(self.ms_per_60):.2f}",
            "ms per 60 elements max": f"{max(self.ms_per_60):.2f}",
        }

    def passed(self) -> bool:
        return (
            self.in_range == self.elements
            and self.whole >= 0.99 * self.whole_checked
            and self.duplicates == 0
            and self.invented == 0
            and self.name == self.cta == self.keywords == self.runs
        )


def run(writer: Writer, *, seed: int) -> Totals:
    vocab = english()
    totals = Totals()
    for page, analysis in pages():
        elements = build_elements(analysis)
        for index, context in enumerate(CONTEXTS):
            start = time.perf_counter()
            texts = writer(context, elements, seed + index)
            ms = (time.perf_counter() - start) * 1000
            label = f"{page} / {context['business_name']}"
            totals.add(check_page(analysis, elements, texts, context, vocab), ms, label)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="git revision of an older offline_writer.py")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", type=int, default=0, help="failures to show per check")
    args = parser.parse_args()
    columns = {"this branch": run(current_writer(), seed=args.seed)}
    if args.baseline:
        columns[f"baseline {args.baseline}"] = run(baseline_writer(args.baseline), seed=args.seed)
    first = next(iter(columns.values()))
    print(
        f"{len(pages())} pages x {len(CONTEXTS)} contexts = {first.runs} page drafts, "
        f"{first.elements} elements"
    )
    names = list(columns)
    print(f"{'check':<30}" + "".join(f"{n:>44}" for n in names))
    rows = {n: t.rows() for n, t in columns.items()}
    for check in rows[names[0]]:
        print(f"{check:<30}" + "".join(f"{rows[n][check]:>44}" for n in names))
    print(
        f"{'overall':<30}"
        + "".join(f"{'PASS' if columns[n].passed() else 'FAIL':>44}" for n in names)
    )
    if args.examples:
        for label, items in first.examples.items():
            for item in items[: args.examples]:
                print(f"  {label}: {item}")


if __name__ == "__main__":
    main()
