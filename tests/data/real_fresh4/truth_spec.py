"""Hand labelling of the fourth fresh held-out real pages (ids 801+): section types, element names,
grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_fresh4 puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list only,
without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import IMG, J, S, columns, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}


# Designmodo "Startup Framework 2.2" free demo (blue hero over tilted app screens, image/text
# rows, CTA band, accordion, pricing cards with photos, team grid, centred footer links)
SPEC["page_801"] = dict(
    layout="modern_saas",
    sections=[
        # text logo ("Startup" bold + "Framework" light, one block); three social icons (no text)
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4), ("cta_button", 5)]),
        # the app icon and the tilted phone screens behind the title are images (text left out)
        ("hero", [("main_title", 6), ("description", 7)]),
        # a white band: three icons over a heading and one paragraph
        ("about", [("section_heading", 8), ("description", 9)]),
        # image/text rows without a shared heading: one section each; the two small headed items
        # below the paragraph are a grid
        (
            "features",
            [
                ("section_heading", 10),
                ("section_description", 11),
                ("cta_button", 12),
                ("feature_cards", pairs("title", "description", 13, 2)),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 17),
                ("section_description", 18),
                ("feature_cards", pairs("title", "description", 19, 2)),
                ("cta_button", 23),
                ("cta_button", 24),
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 25),
                ("description", 26),
                ("cta_button", 27),
                ("small_print", 28),
            ],
        ),
        # an accordion (first item open) beside a small "Have a questions?" box: two blocks of
        # different roles in one band, split
        (
            "faq",
            [("faq_items", [{"question": 29, "answer": 30}, {"question": 31}, {"question": 32}])],
        ),
        ("contact", [("subtitle", 33), ("section_description", 34), ("cta_button", 35)]),
        # "Monthly Yearly" are the two labels of a billing switch: like tabs, `nav_link`s
        (
            "pricing",
            [
                ("section_heading", 36),
                ("section_description", 37),
                ("nav_link", S(38, "Monthly")),
                ("nav_link", S(38, "Yearly")),
                (
                    "pricing_cards",
                    [
                        {"plan_name": i, "price": i + 1, "description": i + 2, "cta": i + 3}
                        for i in (39, 43)
                    ],
                ),
            ],
        ),
        (
            "team",
            [
                ("section_heading", 47),
                (
                    "team_cards",
                    [{"name": i, "role": i + 1, "bio": i + 2} for i in range(48, 66, 3)],
                ),
                ("cta_button", 66),
            ],
        ),
        # a row of links without headings; the line under it holds two inline links
        (
            "footer",
            [
                *nav(67, 68, 69, 70, 71),
                (
                    "small_print",
                    J(S(72, "Be sure to take a look at our"), 73, S(72, "and"), 74),
                ),
            ],
        ),
    ],
)


# Webpixels "Quick" free website UI kit (Bootstrap 4: illustrated hero, card grid, screenshot
# rows, dark slanted CTA band, badge cards, key-feature grid, two pricing cards, dark footer)
SPEC["page_802"] = dict(
    layout="modern_saas",
    sections=[
        # a dark strip above the menu is one full-width link (`a.btn.btn-block`); the logo is an
        # SVG word mark
        (
            "navigation",
            [
                ("cta_button", 0),
                ("logo", IMG("Quick.")),
                *nav(1, 2, 3),
                ("cta_button", 4),
            ],
        ),
        (
            "hero",
            [("main_title", 5), ("description", 6), ("cta_button", 7), ("cta_button", 8)],
        ),
        # the green pill over the heading is its eyebrow
        (
            "features",
            [
                ("subtitle", 9),
                ("section_heading", 10),
                ("section_description", 11),
                ("feature_cards", pairs("title", "description", 12, 3)),
            ],
        ),
        # two screenshot/text rows without a shared heading: one section each; the icon lines
        # below the paragraph are a grid of titles
        (
            "features",
            [
                ("section_heading", 18),
                ("section_description", 19),
                ("feature_cards", [{"title": 20}, {"title": 21}]),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 22),
                ("section_description", 23),
                ("feature_cards", [{"title": 24}, {"title": 25}, {"title": 26}]),
            ],
        ),
        # the dark slanted band; the line under the heading is its description
        ("cta", [("section_heading", 27), ("description", 28), ("cta_button", 29)]),
        # six cards (two identical rows) hanging from the dark band, each with a coloured badge
        (
            "features",
            [
                (
                    "feature_cards",
                    [{"badge": i, "title": i + 1, "description": i + 2} for i in range(30, 48, 3)],
                ),
            ],
        ),
        # a blue pill, then a bold paragraph that heads a grid of nine check items
        (
            "features",
            [
                ("subtitle", 48),
                ("section_heading", 49),
                ("feature_cards", pairs("title", "description", 50, 9)),
            ],
        ),
        # the price sits above the plan name; a note and a link under the cards
        (
            "pricing",
            [
                ("section_heading", 68),
                ("section_description", 69),
                (
                    "pricing_cards",
                    [
                        {"price": 70, "plan_name": 71, "features": [72, 73, 74, 75], "cta": 76},
                        {
                            "price": 77,
                            "plan_name": 78,
                            "features": [79, 80, 81, 82, 83],
                            "cta": 84,
                        },
                    ],
                ),
                ("small_print", 85),
                ("cta_button", 86),
            ],
        ),
        # logo (SVG word mark) and text at the left, three headed link columns, a bottom row
        # with the copyright and three links; the social icons have no text
        (
            "footer",
            [
                ("logo", IMG("Quick.")),
                ("description", 87),
                ("footer_columns", columns((88, 4), (93, 4), (98, 3))),
                ("copyright", 102),
                *nav(103, 104, 105),
            ],
        ),
    ],
)


# unDraw "Evie" landing (the theme's own site: purple gradient hero over a photo, three
# illustrated audience cards, three illustration/text rows, gradient CTA band, dark footer)
SPEC["page_803"] = dict(
    layout="modern_saas",
    ignore={
        0: "closed mobile menu (clip: rect(0 0 0 0), max-height 0): not drawn in the render",
        1: "closed mobile menu (clip: rect(0 0 0 0), max-height 0): not drawn in the render",
    },
    sections=[
        # "Evie" with a superscript "by unDraw": one text logo
        ("navigation", [("logo", 2), *nav(3, 4)]),
        # the credit line at the bottom of the hero
        (
            "hero",
            [
                ("main_title", 5),
                ("description", 6),
                ("cta_button", 7),
                ("cta_button", 8),
                ("small_print", 9),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 10),
                ("section_description", 11),
                ("feature_cards", pairs("title", "description", 12, 3)),
            ],
        ),
        # illustration/text rows without a shared heading: one section each
        ("features", [("section_heading", 18), ("section_description", 19)]),
        ("features", [("section_heading", 20), ("section_description", 21)]),
        ("features", [("section_heading", 22), ("section_description", 23)]),
        ("cta", [("section_heading", 24), ("description", 25), ("cta_button", 26)]),
        # a text logo, three credit lines in two columns, a column of four links (no headings)
        (
            "footer",
            [
                ("logo", 27),
                ("small_print", 28),
                ("small_print", 29),
                ("small_print", 30),
                *nav(31, 32, 33, 34),
            ],
        ),
    ],
)


# Paolo Tripodi "Landy" (Bootstrap 3 app landing: grey mountain photo hero with an iPhone
# carousel, store-badge bands, photo tagline band, screen slider, green icon grid, social band)
SPEC["page_804"] = dict(
    layout="modern_saas",
    sections=[
        # the menu bar is hidden until the page is scrolled (display: none at the top): no
        # navigation section; the phone's screen is an image
        ("hero", [("main_title", 0), ("description", 1)]),
        # the App Store badge is a background image on an empty button
        (
            "cta",
            [
                ("section_heading", 2),
                ("description", 3),
                ("cta_button", IMG("Available on the App Store")),
            ],
        ),
        # a photo band holding one tagline
        ("about", [("section_heading", 4)]),
        # a slider of phone screens: the visible slide's heading and line
        ("features", [("section_heading", 5), ("section_description", 6)]),
        # three icon items without a heading on a green band
        ("features", [("feature_cards", pairs("title", "description", 7, 3))]),
        # a heading over five social icons (no text)
        ("contact", [("section_heading", 13)]),
        # one section element: a store-badge call to action, a rule, then the footer links
        (
            "cta",
            [
                ("section_heading", 14),
                ("description", 15),
                ("cta_button", IMG("Available on the App Store")),
            ],
        ),
        ("footer", nav(16, 17, 18, 19, 20, 21)),
    ],
)
