"""Hand labelling of the fresh held-out real pages (ids 501+): section types, element names, grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_fresh puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list
only, without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import IMG, J, S, columns, logos, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}

# a form field whose text the browser draws (a date field's format): on screen, not in the DOM
NATIVE_DATE = IMG("MM/DD/YYYY")


# codewithsadee Grilli, index.html (restaurant, dark theme, photo slider hero)
SPEC["page_501"] = dict(
    layout="corporate",
    sections=[
        # the contact strip above the menu bar belongs to the header
        (
            "navigation",
            [
                *[("contact_detail", i) for i in (0, 1, 2, 3)],
                ("logo", IMG("Grilli Restaurant")),
                *nav(4, 5, 6, 7, 8),
                ("cta_button", 9),
            ],
        ),
        # "Book A Table" is the square button at the hero's lower right
        (
            "hero",
            [
                ("subtitle", 10),
                ("main_title", 11),
                ("description", 12),
                ("cta_button", 13),
                ("cta_button", 14),
            ],
        ),
        (
            "features",
            [
                ("subtitle", 15),
                ("section_heading", 16),
                ("section_description", 17),
                ("feature_cards", [{"title": i, "cta": i + 1} for i in (18, 20, 22)]),
            ],
        ),
        (
            "about",
            [
                ("subtitle", 24),
                ("section_heading", 25),
                ("description", 26),
                ("subtitle", 27),
                ("contact_detail", 28),
                ("cta_button", 29),
            ],
        ),
        # the special dish beside its photo: one dish card (old price struck out, new price)
        (
            "features",
            [
                ("subtitle", 30),
                (
                    "feature_cards",
                    [{"title": 31, "description": 32, "price": J(33, 34), "cta": 35}],
                ),
            ],
        ),
        # two columns of dishes, read row by row; a dish may carry a tag ("Seasonal", "New")
        (
            "features",
            [
                ("subtitle", 36),
                ("section_heading", 37),
                (
                    "feature_cards",
                    [
                        {"title": 38, "badge": 39, "price": 40, "description": 41},
                        {"title": 42, "price": 43, "description": 44},
                        {"title": 45, "price": 46, "description": 47},
                        {"title": 48, "badge": 49, "price": 50, "description": 51},
                        {"title": 52, "price": 53, "description": 54},
                        {"title": 55, "price": 56, "description": 57},
                    ],
                ),
                # one line: "During winter daily from 7:00 pm to 9:00 pm" (times in gold spans)
                (
                    "small_print",
                    J(S(58, "During winter daily from"), 59, S(58, "to"), 60),
                ),
                ("cta_button", 61),
            ],
        ),
        ("testimonials", [("testimonial_cards", [{"quote": 63, "name": 64}])]),
        # the band holds the booking form and the "Contact Us" box: split
        (
            "contact",
            [
                ("section_heading", 65),
                ("section_description", 66),
                ("form_label", 117),
                ("form_label", 118),
                ("form_label", 119),
                ("form_label", NATIVE_DATE),
                ("form_label", 120),
                ("form_label", 121),
                ("cta_button", 67),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 68),
                *[
                    x
                    for i in (69, 71, 73, 75)
                    for x in (("subtitle", i), ("contact_detail", i + 1))
                ],
            ],
        ),
        (
            "features",
            [
                ("subtitle", 77),
                ("section_heading", 78),
                ("feature_cards", pairs("title", "description", 79, 4)),
            ],
        ),
        # blog cards over photos: date tag, category, title
        (
            "features",
            [
                ("subtitle", 87),
                ("section_heading", 88),
                (
                    "feature_cards",
                    [{"date": i, "badge": i + 1, "title": i + 2} for i in (89, 92, 95)],
                ),
                ("cta_button", 98),
            ],
        ),
        # a central box (logo, address lines, newsletter) between two link columns without
        # headings (pages, social)
        (
            "footer",
            [
                ("logo", IMG("Grilli Restaurant")),
                *[("contact_detail", i) for i in (99, 100, 101, 102)],
                ("description", 103),
                ("description", 104),
                ("form_label", 122),
                ("cta_button", 105),
                *nav(*range(106, 116)),
                ("copyright", 116),
            ],
        ),
    ],
)


def side_card(i: int, title: str, text: str) -> dict:
    """A sidebar card: a link title and a small line under it, one <p> split by a <br>."""
    return {"title": S(i, title), "description": S(i, text)}


# Pico CSS examples, v1-company/index.html (company/blog layout: dark photo hero, sidebar)
SPEC["page_502"] = dict(
    layout="corporate",
    sections=[
        # "Theme" opens the theme switcher (a menu item)
        ("navigation", [("logo", 0), ("nav_link", 1)]),
        ("hero", [("main_title", 2), ("description", 3), ("cta_button", 4)]),
        # the main column: an article with its hgroup line, an image caption and two sub-headings;
        # the sidebar of picture cards beside it is a second block
        (
            "about",
            [
                ("section_heading", 5),
                ("description", 6),
                ("description", 7),
                ("small_print", 8),
                ("section_heading", 9),
                ("description", 10),
                ("section_heading", 11),
                ("description", 12),
            ],
        ),
        (
            "features",
            [
                (
                    "feature_cards",
                    [
                        side_card(
                            13,
                            "Donec sit amet",
                            "Class aptent taciti sociosqu ad litora torquent per conubia nostra",
                        ),
                        side_card(
                            14,
                            "Suspendisse potenti",
                            "Proin non condimentum tortor. Donec in feugiat sapien.",
                        ),
                        side_card(
                            15,
                            "Nullam lobortis placerat aliquam",
                            "Maecenas vitae nibh blandit dolor commodo egestas vel eget neque. "
                            "Praesent semper justo orci, vel imperdiet mi auctor in.",
                        ),
                    ],
                )
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 16),
                ("description", 17),
                ("form_label", 20),
                ("form_label", 21),
                ("cta_button", 18),
            ],
        ),
        ("footer", [("small_print", 19)]),
    ],
)


# Ryan Fitzgerald devportfolio v1, index.html (personal portfolio: photo hero, timeline, Lato)
SPEC["page_503"] = dict(
    layout="creative",
    sections=[
        # a floating menu box at the top, no logo
        ("navigation", nav(0, 1, 2, 3, 4, 5)),
        ("hero", [("main_title", 6), ("description", 7), ("cta_button", 8)]),
        ("about", [("section_heading", 9), ("description", 10)]),
        # a vertical timeline: date on the left, card (employer, job title, text) on the right
        (
            "about",
            [
                ("section_heading", 11),
                (
                    "steps",
                    [
                        {"date": i, "title": i + 1, "subtitle": i + 2, "description": i + 3}
                        for i in (12, 16, 20)
                    ],
                ),
            ],
        ),
        # education cards: school, dates at the right, degree, a paragraph or a bullet list
        (
            "about",
            [
                ("section_heading", 24),
                (
                    "steps",
                    [
                        {"title": 25, "date": 26, "subtitle": 27, "description": 28},
                        {"title": 29, "date": 30, "subtitle": 31, "description": [32, 33, 34]},
                    ],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 35),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (36, 39)],
                ),
            ],
        ),
        # a cloud of skill tags, three rows
        (
            "features",
            [("section_heading", 42), ("feature_cards", [{"title": i} for i in range(43, 69)])],
        ),
        (
            "contact",
            [("section_heading", 69), ("form_label", 72), ("form_label", 73), ("cta_button", 70)],
        ),
        # social icons (Font Awesome) at the right have no text
        ("footer", [("copyright", 71)]),
    ],
)


LOREM_505 = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Proin ornare magna eros, eu "
    "pellentesque tortor vestibulum ut. Maecenas non massa sem. Etiam finibus odio quis feugiat "
    "facilisis."
)

# cssninjaStudio Fresh v1, index.html (SaaS landing: illustrations, logo strip, Bulma 0.6)
SPEC["page_505"] = dict(
    layout="modern_saas",
    sections=[
        # the hamburger beside the logo opens a side panel (an icon, no text)
        (
            "navigation",
            [("logo", IMG("Fresh")), *nav(0, 1, 2), ("cta_button", 3)],
        ),
        ("hero", [("main_title", 4), ("description", 5), ("cta_button", 6)]),
        # the client logos along the hero's foot (images)
        (
            "social_proof",
            [("logo_list", logos("Systek", "tribe", "Kromo", "Infinite", "Gutwork"))],
        ),
        (
            "features",
            [
                ("section_heading", 7),
                ("section_description", 8),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (9, 12, 15)],
                ),
            ],
        ),
        # three icon rows at the right; each title and its text are one <p>
        (
            "features",
            [
                ("section_heading", 18),
                (
                    "feature_cards",
                    [
                        {"title": S(i, title), "description": S(i, LOREM_505)}
                        for i, title in (
                            (19, "Powerful and unified interface"),
                            (20, "Cross device Synchronisation"),
                            (21, "Nomad System"),
                        )
                    ],
                ),
            ],
        ),
        # a dashboard picture, then a centred heading, line and button
        ("cta", [("section_heading", 22), ("description", 23), ("cta_button", 24)]),
        (
            "testimonials",
            [
                ("section_heading", 25),
                ("section_description", 26),
                (
                    "testimonial_cards",
                    [{"quote": i, "name": i + 1, "role": i + 2} for i in (27, 30, 33)],
                ),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 36),
                ("section_description", 37),
                ("form_label", 55),
                ("form_label", 56),
                ("form_label", 57),
                ("cta_button", 38),
            ],
        ),
        # "Follow Us" heads a row of social icons without text
        (
            "footer",
            [
                ("logo", IMG("Fresh")),
                ("footer_columns", [*columns((39, 5), (45, 4), (50, 3)), {"heading": 54}]),
            ],
        ),
    ],
)


# WowThemes Food Delivery, docs/index.html (food ordering: photo hero, menu with cart buttons)
SPEC["page_504"] = dict(
    layout="ecommerce",
    ignore={27: "the fixed cart widget's item count, a floating widget"},
    sections=[
        # the logo is a chef drawing without text
        ("navigation", [*nav(0, 1, 2, 3), ("cta_button", 4)]),
        ("hero", [("main_title", 5), ("description", 6), ("cta_button", 7)]),
        # category tabs over the open tab's product list
        (
            "features",
            [
                *nav(8, 9, 10),
                (
                    "feature_cards",
                    [
                        {"title": i, "price": i + 1, "description": i + 2, "cta": i + 3}
                        for i in (11, 15, 19, 23)
                    ],
                ),
            ],
        ),
        ("footer", [("copyright", 28)]),
    ],
)


ICON = "Material Icons ligature: the DOM text is the icon's name, the PNG shows a pictogram"

# Material Design Lite, templates/android-dot-com/index.html (product site: Android, Roboto)
SPEC["page_506"] = dict(
    layout="modern_saas",
    ignore={
        **{i: ICON for i in (1, 9, 13, 23, 30, 34, 38, 42, 44, 48, 49)},
        50: "the fixed 'View Source' button of the MDL demos, a floating widget",
    },
    sections=[
        ("navigation", [("logo", IMG("android")), *nav(2, 3, 4, 5, 6, 7, 8)]),
        # the slogan over the row of Android characters; the link under it is the hero's button
        ("hero", [("main_title", 10), ("description", 11), ("cta_button", 12)]),
        # device pictures with a link under each
        (
            "features",
            [("section_heading", 14), ("feature_cards", [{"title": i} for i in range(15, 20)])],
        ),
        # a photo band, then a dark band with the heading, text and link
        ("about", [("section_heading", 20), ("description", 21), ("cta_button", 22)]),
        (
            "about",
            [
                ("section_heading", 24),
                (
                    "description",
                    S(
                        25,
                        "Put the stuff that you care about right on your home screen: the latest "
                        "news, the weather or a stream of your recent photos.",
                    ),
                ),
                ("cta_button", S(25, "Customise your phone")),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 26),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (27, 31, 35, 39)],
                ),
            ],
        ),
        # grey social buttons without icons at the left, "Back to Top" at the right
        (
            "footer",
            [
                ("nav_link", 43),
                ("copyright", 45),
                ("small_print", 46),
                *[
                    ("nav_link", S(47, t))
                    for t in ("Versions", "For Developers", "Blog", "Privacy Policy")
                ],
            ],
        ),
    ],
)
