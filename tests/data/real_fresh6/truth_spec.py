"""Hand labelling of the sixth fresh held-out real pages (ids 1001+): section types, element
names, grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_fresh6 puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list only,
without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import S, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}


# Travelly (travel agency: full-width photo hero with a search field, priced destination cards,
# three "before you leave" columns, newsletter line, footer bar; plain CSS)
SPEC["page_1002"] = dict(
    layout="corporate",
    sections=[
        # the logo (plane icon + "travelly") and a hamburger icon over the hero photo
        ("navigation", [("logo", 0)]),
        ("hero", [("main_title", 1), ("form_label", 32), ("cta_button", 2)]),
        # the price sits on each card's photo, above the title
        (
            "features",
            [
                ("section_heading", 3),
                ("section_description", 4),
                (
                    "feature_cards",
                    [{"price": i, "title": i + 1, "description": i + 2} for i in range(5, 17, 3)],
                ),
            ],
        ),
        (
            "features",
            [("section_heading", 17), ("feature_cards", pairs("title", "description", 18, 3))],
        ),
        ("cta", [("section_heading", 24), ("form_label", 33), ("cta_button", 25)]),
        ("footer", [("copyright", 26), *nav(27, 28, 29, 30, 31)]),
    ],
)


# SaaSify (SaaS one-pager: photo-backed hero, problem cards with a solution line, feature grid,
# use cases, pricing cards with a comparison table, testimonial carousel, closed FAQ, gradient
# CTA band, grey footer columns; Tailwind build checked in)
SPEC["page_1001"] = dict(
    layout="modern_saas",
    sections=[
        # the logo is a wave picture (no text) and the word "SaaSify"; a moon icon toggles dark mode
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4, 5), ("cta_button", 6)]),
        (
            "hero",
            [("main_title", 7), ("description", 8), ("cta_button", 9), ("cta_button", 10)],
        ),
        # one grey band: three problem cards, then a headed "solution" block with its own button:
        # two blocks of different roles, split
        (
            "features",
            [
                ("section_heading", 11),
                ("section_description", 12),
                ("feature_cards", pairs("title", "description", 13, 3)),
            ],
        ),
        ("cta", [("section_heading", 19), ("description", 20), ("cta_button", 21)]),
        # the emoji icons above the card titles are single glyphs (no words)
        (
            "features",
            [
                ("section_heading", 22),
                ("section_description", 23),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1} for i in range(25, 42, 3)],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 42),
                ("section_description", 43),
                ("feature_cards", pairs("title", "description", 44, 3)),
                ("cta_button", 50),
            ],
        ),
        # "Monthly" / "Annual" label a billing switch: like tabs, `nav_link`s; under the cards a
        # comparison table: its header cells `subtitle`s, each row a card named by the columns
        (
            "pricing",
            [
                ("section_heading", 51),
                ("section_description", 52),
                *nav(53, 54),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": 55,
                            "description": 56,
                            "price": 57,
                            "features": [58, 59, 60, 61],
                            "cta": 62,
                        },
                        {
                            "plan_name": 63,
                            "description": 64,
                            "price": 65,
                            "features": [66, 67, 68, 69, 70],
                            "cta": 71,
                        },
                        {
                            "badge": 72,
                            "plan_name": 73,
                            "description": 74,
                            "price": 75,
                            "features": [76, 77, 78, 79, 80, 81],
                            "cta": 82,
                        },
                    ],
                ),
                *[("subtitle", i) for i in (83, 84, 85, 86)],
                (
                    "feature_cards",
                    [
                        {"title": i, "free": i + 1, "starter": i + 2, "pro": i + 3}
                        for i in range(87, 111, 4)
                    ],
                ),
            ],
        ),
        # a carousel: three of its cards show, the side ones faded
        (
            "testimonials",
            [
                ("section_heading", 111),
                ("section_description", 112),
                (
                    "testimonial_cards",
                    [{"quote": i, "name": i + 1, "role": i + 2} for i in (113, 116, 119)],
                ),
            ],
        ),
        # closed accordion: questions only (the "+" signs are glyphs)
        (
            "faq",
            [
                ("section_heading", 122),
                ("faq_items", [{"question": i} for i in (123, 125, 127, 129)]),
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 131),
                ("description", 132),
                ("description", 133),
                ("cta_button", 134),
                ("small_print", 135),
            ],
        ),
        (
            "footer",
            [
                ("logo", 136),
                ("description", 137),
                (
                    "footer_columns",
                    [
                        {"heading": 138, "links": [139, 140, 141, 142]},
                        {"heading": 143, "links": [144, 145, 146, 147]},
                    ],
                ),
                ("copyright", 148),
            ],
        ),
    ],
)


# Kavin Eksith's "Free Personal Portfolio Website Template" (personal page: blue header bar,
# illustrated welcome, about row, four qualification cards, skill chips and icon grid, project
# cards, contact form beside an illustration; plain CSS)
SPEC["page_1003"] = dict(
    layout="creative",
    sections=[
        # the logo is a round bird picture; the word under the bird is a few pixels high and
        # cannot be read at this size: no logo text
        ("navigation", nav(0, 1, 2, 3, 4, 5)),
        ("hero", [("main_title", 6), ("description", 7)]),
        # "Get to know me better" is the line under the heading
        ("about", [("section_heading", 8), ("description", 9), ("description", 10)]),
        # four cards in two rows, each a heading over a list of lines
        (
            "features",
            [
                ("section_heading", 11),
                ("section_description", 12),
                (
                    "feature_cards",
                    [
                        {"title": 13, "description": list(range(14, 19))},
                        {"title": 19, "description": list(range(20, 27))},
                        {"title": 27, "description": list(range(28, 35))},
                        {"title": 35, "description": [36, 37]},
                    ],
                ),
            ],
        ),
        # "My Skills" over a grid of chips, then "Tools & Technologies" over 24 skill icons (remote
        # pictures, grey boxes offline): one band, the two small headings `subtitle`s
        (
            "features",
            [
                ("section_heading", 38),
                ("section_description", 39),
                ("subtitle", 40),
                ("feature_cards", [{"title": i} for i in range(41, 61)]),
                ("subtitle", 61),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 62),
                ("section_description", 63),
                ("feature_cards", pairs("title", "description", 64, 3)),
                ("cta_button", 70),
            ],
        ),
        # each field has a visible label and a placeholder, both `form_label`
        (
            "contact",
            [
                ("section_heading", 71),
                ("section_description", 72),
                *[("form_label", i) for i in (73, 77, 74, 78, 75, 79)],
                ("cta_button", 80),
            ],
        ),
        ("footer", [("copyright", 76)]),
    ],
)


# Patte Conservation (marine non-profit: green photo-less hero, mission cards, impact numbers,
# project cards with funding bars, spending split, a green "real-time" counter box, ways to get
# involved, newsletter, green footer; plain CSS, the page of a small Flask site)
SPEC["page_1004"] = dict(
    layout="corporate",
    ignore={53: "white outline button on a white band (as online): invisible"},
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4, 5, 6, 7)]),
        (
            "hero",
            [("main_title", 8), ("description", 9), ("cta_button", 10), ("cta_button", 11)],
        ),
        (
            "features",
            [
                ("section_heading", 12),
                ("section_description", 13),
                ("feature_cards", pairs("title", "description", 14, 3)),
            ],
        ),
        (
            "stats",
            [
                ("section_heading", 20),
                ("section_description", 21),
                ("stats", pairs("value", "label", 22, 4)),
            ],
        ),
        # each project card: title, text, a status line and a goal/raised line over a progress
        # bar (`meta`), and a button
        (
            "features",
            [
                ("section_heading", 30),
                ("section_description", 31),
                (
                    "feature_cards",
                    [
                        {"title": i, "description": i + 1, "meta": [i + 2, i + 3], "cta": i + 4}
                        for i in (32, 37)
                    ],
                ),
            ],
        ),
        # three cards of a big percentage, a label and a line: a `stats` grid with descriptions
        (
            "stats",
            [
                ("section_heading", 42),
                ("section_description", 43),
                (
                    "stats",
                    [{"value": i, "label": i + 1, "description": i + 2} for i in (44, 47, 50)],
                ),
            ],
        ),
        # the counters fall back to fixed numbers when the page's API call fails (always, offline)
        (
            "stats",
            [
                ("section_heading", 54),
                ("section_description", 55),
                ("stats", pairs("value", "label", 56, 4)),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 64),
                ("section_description", 65),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (66, 69, 72)],
                ),
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 75),
                ("description", 76),
                ("form_label", 86),
                ("cta_button", 77),
            ],
        ),
        # the last line holds the copyright and two underlined links
        (
            "footer",
            [
                ("logo", 78),
                ("description", 79),
                *nav(80, 81, 82, 83, 84),
                ("copyright", S(85, "© 2025 Patte Conservation. All rights reserved.")),
                ("nav_link", S(85, "Privacy Policy")),
                ("nav_link", S(85, "Terms of Service")),
            ],
        ),
    ],
)


# Web3 Multi-Language Playground (developer showcase: purple gradient hero with counters, a grid
# of twelve language cards with tags, a dark "why" band, dark footer; plain CSS)
SPEC["page_1005"] = dict(
    layout="modern_saas",
    ignore={62: "the Haskell card's icon, a big λ glyph (the other cards' icons are emoji)"},
    sections=[
        # no menu bar: the page opens on the hero
        (
            "hero",
            [("main_title", 0), ("description", 1), ("cta_button", 2), ("cta_button", 3)],
        ),
        # three counters under the hero's buttons (a grid; the hero holds no grid): a `stats`
        # section of its own
        ("stats", [("stats", pairs("value", "label", 4, 3))]),
        # the card icons are emoji, shown as missing-glyph boxes here (no emoji font)
        (
            "features",
            [
                ("section_heading", 10),
                ("section_description", 11),
                (
                    "feature_cards",
                    [
                        {"title": i, "description": i + 1, "tags": [i + 2, i + 3]}
                        for i in range(13, 69, 5)
                    ],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 72),
                ("feature_cards", [{"title": i, "description": i + 1} for i in range(74, 91, 3)]),
            ],
        ),
        ("footer", [("copyright", 91), *nav(92, 93, 94)]),
    ],
)
