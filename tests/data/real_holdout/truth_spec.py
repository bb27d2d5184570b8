"""Hand labelling of the held-out real pages (ids 401+): section types, element names and grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_holdout puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list
only, without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import IMG, S, columns, logos, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}

ICON = "Material Symbols ligature: the DOM text is the icon's name, the PNG shows a pictogram"


def dish(title: int, price: int, description: int) -> dict:
    """A menu item: dish name, price on the right, one line of description."""
    return {"title": title, "price": price, "description": description}


# DineCraft, index.html (restaurant, photo carousel hero, Bootstrap 5)
SPEC["page_401"] = dict(
    layout="corporate",
    sections=[
        ("navigation", [("logo", IMG("DineCraft")), *nav(0, 1, 2, 3, 4, 5, 6)]),
        ("hero", [("main_title", 7), ("description", 8), ("cta_button", 9)]),
        (
            "about",
            [
                ("section_heading", 10),
                ("description", 11),
                ("description", 12),
                ("description", 13),
            ],
        ),
        (
            "team",
            [
                ("section_heading", 14),
                ("section_description", 15),
                ("section_description", 16),
                ("team_cards", [{"name": 17, "role": 18}, {"name": 19, "role": 20}]),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 21),
                ("section_description", 22),
                # two columns of dishes, read row by row
                (
                    "feature_cards",
                    [dish(i, i + 1, i + 2) for k in range(4) for i in (23 + 3 * k, 35 + 3 * k)],
                ),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 47),
                *[("form_label", i) for i in range(101, 108)],
                ("cta_button", 48),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 49),
                ("section_description", 50),
                (
                    "feature_cards",
                    [
                        {"title": i, "description": i + 1, "date": i + 2, "cta": i + 3}
                        for i in (51, 55, 59)
                    ],
                ),
            ],
        ),
        (
            "footer",
            [
                (
                    "footer_columns",
                    [
                        *columns((63, 7), (71, 7)),
                        {"heading": 79, "hours": list(range(80, 94))},
                        {
                            "heading": 94,
                            "description": [
                                95,
                                S(96, "Email: info@dinecraft.com"),
                                S(96, "Phone: +1 (555) 123-4567"),
                            ],
                        },
                    ],
                ),
                ("copyright", 97),
                *nav(98, 100),
            ],
        ),
    ],
)

# Start Bootstrap Business Casual, dist/index.html (coffee shop, photo backgrounds)
SPEC["page_402"] = dict(
    layout="corporate",
    sections=[
        # the masthead: a tagline above the site name, then the menu bar
        ("navigation", [("subtitle", 0), ("logo", 1), *nav(2, 3, 4, 5)]),
        ("hero", [("subtitle", 6), ("main_title", 7), ("description", 8), ("cta_button", 9)]),
        ("about", [("subtitle", 10), ("section_heading", 11), ("description", 12)]),
        ("footer", [("copyright", 13)]),
    ],
)

# xu42 Simple App Landing Page, index.html (app landing, plain CSS)
SPEC["page_403"] = dict(
    layout="modern_saas",
    sections=[
        (
            "hero",
            [
                ("main_title", 0),
                ("description", 1),
                ("cta_button", IMG("Download on the Mac App Store")),
                ("cta_button", IMG("Download on the App Store")),
                ("cta_button", IMG("GET IT ON Google Play")),
                ("cta_button", IMG("EXPLORE IT ON AppGallery")),
            ],
        ),
        # the screenshot carousel is an image-only band
        (
            "features",
            [("section_heading", 2), ("feature_cards", [{"title": i} for i in (3, 4, 5, 6)])],
        ),
        ("about", [("section_heading", 7), ("description", 8)]),
        ("contact", [("section_heading", 9), ("section_description", 10)]),
        ("footer", [("copyright", 11)]),
    ],
)


def product(i: int, badge: bool = False) -> dict:
    """A product card: name, price line (price and struck-out old price), review count, button;
    with the "- 25% OFF" tag before them when it has one."""
    card = {"title": i, "price": i + 1, "rating": i + 2, "cta": i + 3}
    return {"badge": i - 1, **card} if badge else card


# MayBell (Awilum tailwind-ecommerce), src/pages/index.html (furniture shop, Tailwind 3)
SPEC["page_404"] = dict(
    layout="ecommerce",
    sections=[
        # logo bar with search and icons, then the purple menu bar: one header
        (
            "navigation",
            [
                ("logo", IMG("MayBell")),
                ("form_label", 112),
                ("cta_button", 0),
                *nav(1, 2, 3, 4, 5, 6, 7, 8, 9, 11),
            ],
        ),
        ("hero", [("main_title", 12), ("description", 13), ("cta_button", 14)]),
        ("features", [("feature_cards", pairs("title", "description", 15, 3))]),
        (
            "features",
            [("section_heading", 21), ("feature_cards", [{"title": i} for i in range(22, 28)])],
        ),
        (
            "features",
            [("section_heading", 28), ("feature_cards", [product(i) for i in (29, 33, 37, 41)])],
        ),
        (
            "cta",
            [("subtitle", 45), ("section_heading", 46), ("description", 47), ("cta_button", 48)],
        ),
        (
            "features",
            [
                ("section_heading", 49),
                ("feature_cards", [product(i, badge=True) for i in range(51, 87, 5)]),
            ],
        ),
        (
            "footer",
            [
                ("logo", IMG("MayBell")),
                ("description", 90),
                ("footer_columns", columns((91, 4), (96, 4), (101, 4), (106, 4))),
                ("copyright", 111),
            ],
        ),
    ],
)

# lbegey tw-saas-tpl, saas.html (SaaS, black bands and white bands, Tailwind 3 Play CDN)
SPEC["page_405"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3)]),
        # the illustration with its "Watch the video" button overlaps the hero's foot
        (
            "hero",
            [
                ("subtitle", 4),
                ("main_title", 5),
                ("description", 6),
                ("cta_button", 7),
                ("cta_button", 8),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 9),
                ("section_description", 10),
                ("feature_cards", pairs("title", "description", 11, 3)),
            ],
        ),
        (
            "pricing",
            [
                ("section_heading", 17),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "description": i + 1,
                            "price": i + 2,
                            "label": i + 3,
                            "cta": i + 4,
                            "subtitle": i + 5,
                            "features": list(range(i + 6, i + 12)),
                        }
                        for i in (18, 30)
                    ],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 42),
                ("section_description", 43),
                (
                    "feature_cards",
                    [{"badge": [i, i + 1], "title": i + 2, "author": i + 3} for i in (44, 48, 52)],
                ),
            ],
        ),
        # a scrolling strip of technology logos (icons, no names) under its heading
        ("social_proof", [("section_heading", 56)]),
        (
            "cta",
            [("subtitle", 57), ("section_heading", 58), ("description", 59), ("cta_button", 60)],
        ),
        (
            "footer",
            [
                ("description", 61),
                ("form_label", 72),
                ("cta_button", 62),
                ("footer_columns", columns((63, 3), (67, 3))),
                ("logo", 71),
            ],
        ),
    ],
)

# Creative Tim Material Kit 3, pages/about-us.html (photo hero, team on a dark band)
SPEC["page_406"] = dict(
    layout="corporate",
    ignore={i: ICON for i in (1, 3, 5, 13, 16, 19, 22)},
    sections=[
        ("navigation", [("logo", 0), *nav(2, 4, 6, 7), ("cta_button", 8)]),
        # "Find us on" heads a row of social icons (Font Awesome kit, online only)
        (
            "hero",
            [("main_title", 9), ("description", 10), ("cta_button", 11), ("small_print", 12)],
        ),
        (
            "features",
            [
                ("feature_cards", [{"title": i, "description": i + 1} for i in (14, 17, 20, 23)]),
                ("feature_cards", [{"title": 25, "description": 26, "cta": 27}]),
            ],
        ),
        (
            "team",
            [
                ("section_heading", 28),
                ("section_description", 29),
                (
                    "team_cards",
                    [{"name": i, "role": i + 1, "bio": i + 2} for i in (30, 33, 36, 39)],
                ),
            ],
        ),
        (
            "social_proof",
            [
                (
                    "logo_list",
                    logos("coinbase", "NASA", "NETFLIX", "Pinterest", "Spotify", "vodafone"),
                )
            ],
        ),
        (
            "stats",
            [("stats", [{"value": i, "label": i + 1, "description": i + 2} for i in (42, 45, 48)])],
        ),
        (
            "cta",
            [("section_heading", 51), ("description", 52), ("form_label", 53), ("cta_button", 54)],
        ),
        (
            "footer",
            [
                ("logo", 55),
                ("footer_columns", columns((56, 4), (61, 3), (65, 4), (70, 3))),
                ("copyright", 74),
            ],
        ),
    ],
)
