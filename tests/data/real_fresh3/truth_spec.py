"""Hand labelling of the third fresh held-out real pages (ids 701+): section types, element names,
grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_fresh3 puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list only,
without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import IMG, J, S, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}


# OSSPH Freefolio "Hax" (dark-hack): dark developer portfolio, monospace type
SPEC["page_701"] = dict(
    layout="creative",
    sections=[
        # no logo: four code-styled links ("<Home />", ...) at the top right
        ("navigation", nav(0, 1, 2, 3)),
        # "Web" and "Developer" are two spans of one title line; the isometric picture has no text
        (
            "hero",
            [
                ("subtitle", 4),
                ("main_title", J(5, 6)),
                ("description", 7),
                ("cta_button", 8),
            ],
        ),
        (
            "features",
            [("section_heading", 9), ("feature_cards", pairs("title", "description", 10, 3))],
        ),
        # six work cards: a screenshot (text in the image, left out), a title and three tag badges
        (
            "features",
            [
                ("section_heading", 16),
                (
                    "feature_cards",
                    [{"title": i, "tags": [i + 1, i + 2, i + 3]} for i in range(17, 41, 4)],
                ),
            ],
        ),
        # labels above their fields, the placeholders inside them; an illustration at the right
        (
            "contact",
            [
                ("section_heading", 41),
                ("form_label", 42),
                ("form_label", 46),
                ("form_label", 43),
                ("form_label", 47),
                ("cta_button", 44),
            ],
        ),
        ("footer", [("small_print", 45)]),
    ],
)


# KickOff "Marketing" (UIkit 3 marketing page: photo hero, tabbed panel, dark band, testimonial
# over a photo, illustrated card grid, icon logo strip, dark footer)
SPEC["page_702"] = dict(
    layout="modern_saas",
    sections=[
        # the logo is an SVG word mark; the first menu item is a home icon (no text)
        ("navigation", [("logo", IMG("MarketingLogo")), *nav(0, 1, 2)]),
        ("hero", [("subtitle", 3), ("main_title", 4), ("description", 5), ("cta_button", 6)]),
        # a tabbed panel: the pill tabs are `nav_link`s; the open tab shows an illustration and a
        # headed text block with two small items
        (
            "features",
            [
                *nav(7, 8, 9),
                ("subtitle", 10),
                ("section_heading", 11),
                ("section_description", 12),
                ("feature_cards", pairs("title", "description", 13, 2)),
            ],
        ),
        # a dark image/text band
        (
            "about",
            [("subtitle", 17), ("section_heading", 18), ("description", 19), ("cta_button", 20)],
        ),
        # a slider over a photo (grey offline); one slide shows, "Name, role" is one line
        (
            "testimonials",
            [
                ("subtitle", 21),
                (
                    "testimonial_cards",
                    [
                        {
                            "quote": 22,
                            "name": S(23, "Lorena Smith"),
                            "role": S(23, "founder of Some Cool Startup"),
                        }
                    ],
                ),
            ],
        ),
        (
            "features",
            [
                ("subtitle", 24),
                ("section_heading", 25),
                ("feature_cards", pairs("title", "description", 26, 6)),
            ],
        ),
        # the strip of eight icon logos below it has no names: not a section
        (
            "footer",
            [
                (
                    "footer_columns",
                    [
                        {"heading": 38, "description": 39},
                        *[
                            {"heading": h, "links": [h + 1, h + 2, h + 3, h + 4]}
                            for h in (40, 45, 50)
                        ],
                    ],
                ),
                ("copyright", 55),
            ],
        ),
    ],
)


# Aldi Duzha "Bulma Hotel" (hotel: full-screen photo hero, room cards, about and reception,
# gallery slider, contact form with a map, dark footer; Bulma 0.9)
SPEC["page_703"] = dict(
    layout="corporate",
    sections=[
        # the logo is the remote Bulma logo (a grey placeholder offline: no text); two buttons at
        # the right
        ("navigation", [*nav(0, 1, 2, 3, 4), ("cta_button", 5), ("cta_button", 6)]),
        # a heading below the title is its `description`; the mouse icon has no text
        ("hero", [("main_title", 7), ("description", 8)]),
        # room cards without a heading: photo (remote, grey), name, text, a button with the price
        (
            "features",
            [
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (9, 12, 15, 18)],
                )
            ],
        ),
        # one band with three headed blocks of different roles: split
        ("about", [("section_heading", 21), ("description", 22)]),
        # a card of three contact lines, each a small label over the detail
        (
            "contact",
            [
                ("section_heading", 23),
                ("subtitle", 24),
                ("contact_detail", 25),
                ("subtitle", 26),
                ("contact_detail", 27),
                ("subtitle", 28),
                ("contact_detail", 29),
            ],
        ),
        # a paragraph and a bullet list
        (
            "about",
            [
                ("section_heading", 30),
                ("description", 31),
                ("description", 32),
                ("description", 33),
                ("description", 34),
            ],
        ),
        # a slider of three photos (grey offline) with captions
        (
            "features",
            [("section_heading", 35), ("feature_cards", pairs("title", "description", 36, 3))],
        ),
        # labels over the fields, placeholders inside them; the map is a grey frame.  The submit
        # button is an <input type="submit"> without a value: the browser draws its default label
        # "Submit", which is not in the DOM extract
        (
            "contact",
            [
                ("section_heading", 42),
                ("section_description", 43),
                ("form_label", 44),
                ("form_label", 57),
                ("form_label", 45),
                ("form_label", 58),
                ("form_label", 46),
                ("form_label", 59),
                ("form_label", 47),
                ("form_label", 60),
                ("cta_button", IMG("Submit")),
            ],
        ),
        # three columns (the newsletter field sits in the first, social icons in the second)
        (
            "footer",
            [
                (
                    "footer_columns",
                    [
                        {"heading": 48, "description": 49},
                        {"heading": 50, "description": 51},
                        {"heading": 52, "description": [53, 54, 55]},
                    ],
                ),
                ("form_label", 61),
                ("copyright", S(56, "© 2020 - Bulma Hotel. All rights reserved.")),
                ("small_print", S(56, "Designed with by Aldi Duzha")),
            ],
        ),
    ],
)


# Bootcatch "Bootstrap Pricing Template" (one-screen pricing page, Bootstrap 4.1)
SPEC["page_704"] = dict(
    layout="modern_saas",
    sections=[
        # the brand is text; "Sign Up" is an outlined button
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4), ("cta_button", 5)]),
        # the page title and its line head the row of cards directly below: one band
        (
            "pricing",
            [
                ("section_heading", 6),
                ("section_description", 7),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "price": i + 1,
                            "features": [i + 2, i + 3, i + 4, i + 5],
                            "cta": i + 6,
                        }
                        for i in (8, 15, 22)
                    ],
                ),
            ],
        ),
        ("footer", [("copyright", 29)]),
    ],
)
