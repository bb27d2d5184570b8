"""Hand labelling of the second fresh held-out real pages (ids 601+): section types, element names,
grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_fresh2 puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list only,
without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import IMG, S, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}


# HTML5 UP "Landed" (dark theme, full-screen banner, photo spotlight bands)
SPEC["page_601"] = dict(
    layout="creative",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3), ("cta_button", 4)]),
        # the round picture beside the title is a photo: no text
        ("hero", [("main_title", 5), ("description", 6)]),
        # three spotlight bands (a photo and a text block each, no shared heading): one `about`
        # section each; the line under each heading is its `description`
        (
            "about",
            [
                ("section_heading", 7),
                ("description", 8),
                ("description", 9),
                ("description", 10),
            ],
        ),
        (
            "about",
            [
                ("section_heading", 11),
                ("description", 12),
                ("description", 13),
                ("cta_button", 14),
            ],
        ),
        (
            "about",
            [
                ("section_heading", 15),
                ("description", 16),
                ("description", 17),
                ("cta_button", 18),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 19),
                ("section_description", 20),
                ("feature_cards", pairs("title", "description", 21, 6)),
                ("cta_button", 33),
            ],
        ),
        # the red band with an e-mail field
        (
            "cta",
            [
                ("section_heading", 34),
                ("description", 35),
                ("form_label", 38),
                ("cta_button", 39),
            ],
        ),
        # social icons (no text), then one line of two items
        ("footer", [("copyright", 36), ("small_print", 37)]),
    ],
)


# DesignRevision Shards "Agency Landing" (blue photo hero, services, blog cards, testimonials,
# contact form; Bootstrap 4)
SPEC["page_602"] = dict(
    layout="corporate",
    sections=[
        # the brand is a small mark plus the text "Shards Agency"; the social icons have no text
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4)]),
        ("hero", [("main_title", 5), ("description", 6), ("cta_button", 7)]),
        (
            "features",
            [
                ("section_heading", 8),
                ("feature_cards", pairs("title", "description", 9, 4)),
            ],
        ),
        # blog cards: photo, title, excerpt, button
        (
            "features",
            [
                ("section_heading", 17),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (18, 21, 24)],
                ),
            ],
        ),
        (
            "testimonials",
            [
                ("section_heading", 27),
                (
                    "testimonial_cards",
                    [{"quote": i + 2, "name": i, "role": i + 1} for i in (28, 31, 34)],
                ),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 37),
                ("form_label", 38),
                ("form_label", 47),
                ("form_label", 39),
                ("form_label", 48),
                ("form_label", 40),
                ("form_label", 49),
                ("cta_button", 50),
            ],
        ),
        ("footer", [("logo", 41), *nav(42, 43, 44, 45, 46)]),
    ],
)


# Bootflat's own site (flat UI kit product page, Bootstrap 3)
SPEC["page_603"] = dict(
    layout="modern_saas",
    ignore={
        8: "'Learn more' sits under the social-button strip (margin-top -100px, 70% white): "
        "not legible in the render",
    },
    sections=[
        ("navigation", [("logo", IMG("Bootflat")), *nav(0, 1, 2, 3)]),
        # the big "Bootflat" word mark is the hero's title (an image, like a logo); the device
        # pictures behind it and the empty ad box and social-button frames have no text
        (
            "hero",
            [
                ("main_title", IMG("Bootflat")),
                ("description", 4),
                ("small_print", 5),
                ("cta_button", 6),
                ("small_print", 7),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 9),
                ("section_description", 10),
                ("feature_cards", pairs("title", "description", 11, 4)),
            ],
        ),
        # a heading and a line over a wide UI-kit picture
        ("about", [("section_heading", 19), ("description", 20)]),
        # "You simply have to try it." with two buttons (and a remote share badge, now grey)
        ("cta", [("section_heading", 21), ("cta_button", 22), ("cta_button", 23)]),
        (
            "footer",
            [
                (
                    "footer_columns",
                    [
                        {"heading": 24, "description": 25},
                        {"heading": 26, "description": 27},
                        {"heading": 28, "description": 29},
                        {
                            "heading": 30,
                            "description": [
                                S(31, "Tweet us at @flathemes"),
                                S(31, "Email us at info@flathemes.com"),
                            ],
                        },
                        {"heading": 32},
                    ],
                ),
                ("form_label", 35),
                ("cta_button", 36),
                ("logo", S(33, "Bootflat")),
                ("nav_link", S(33, "Getting Started")),
                ("nav_link", S(33, "Documentation")),
                ("nav_link", S(33, "Free PSD")),
                ("nav_link", S(33, "Color Picker")),
                ("copyright", 34),
            ],
        ),
    ],
)


# freeCodeCamp demo "Product Landing Page" (Original Trombones: fixed header, features,
# video, pricing cards)
SPEC["page_604"] = dict(
    layout="ecommerce",
    sections=[
        # the logo is a remote image, a grey placeholder here: no text
        ("navigation", nav(0, 1, 2)),
        ("hero", [("main_title", 3), ("form_label", 35), ("cta_button", 36)]),
        ("features", [("feature_cards", pairs("title", "description", 4, 3))]),
        # the embedded video (a grey frame offline) is not a section
        (
            "pricing",
            [
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "price": i + 1,
                            "features": [i + 2, i + 3, i + 4, i + 5],
                            "cta": i + 6,
                        }
                        for i in (10, 17, 24)
                    ],
                )
            ],
        ),
        ("footer", [*nav(31, 32, 33), ("copyright", 34)]),
    ],
)
