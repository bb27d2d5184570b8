"""Hand labelling of the real pages: section types, element names and grids.

One SPEC entry per page, keyed by page id:

    SPEC["page_NNN"] = dict(layout="modern_saas|corporate|creative|ecommerce",
                            ignore={block: "reason", ...},      # optional
                            sections=[(type, [component, ...]), ...])

Sections are listed in page order.  A text component is (element, ref); a grid
component is (element, [ {field: ref or [ref, ...]}, ... ]).  A ref points into
page_NNN.dom.json (written by build.py):

    7                 the whole text of DOM block 7
    J(7, 8)           blocks 7 and 8 joined with a space (one visual element split in the DOM)
    JN(7, 8)          blocks 7 and 8 joined without a space (one word split over inline blocks)
    S(7, "text")      part of block 7 (one DOM block that shows as two visual elements)
    IMG("Microsoft")  text that exists only inside an image (not in the DOM)

make_truth.py checks that every DOM block with a word is used exactly once (whole,
or completely covered by its S() parts) or listed in `ignore` with a reason.

Conventions (README.md has the full list):
  * one section per visual band / top-level section element; a band that holds two
    different blocks with their own headings is split ;
    image-only bands (photo galleries, maps) are not sections;
  * repeated sibling blocks under one heading form a grid; alternating image/text
    rows without a shared heading are one section each ;
  * only the canonical section types and element names of the shared eval README are used;
    a portfolio/gallery or a blog-card grid is `features`;
  * text inside images (photos, product screenshots, illustrations) is left out, except
    brand logos (nav/footer logo, logo strips) and app-store badges, which act as buttons;
  * form placeholders and floating labels that are visible are `form_label`;
  * a footer row of links without column headings is `nav_link`s; floating widgets
    (fixed "Made with" badges, cookie notices) are ignored.
"""


class J:
    def __init__(self, *idx: int):
        self.idx = idx


class JN:
    """Blocks joined without a space: one word split over inline-block spans ("Rain" + "blur")."""

    def __init__(self, *idx: int):
        self.idx = idx


class S:
    def __init__(self, i: int, text: str):
        self.i, self.text = i, text


class IMG:
    def __init__(self, text: str):
        self.text = text


def pairs(f1: str, f2: str, start: int, n: int) -> list[dict]:
    """n cards whose two fields are consecutive blocks: start, start+1, start+2, ..."""
    return [{f1: start + 2 * k, f2: start + 2 * k + 1} for k in range(n)]


def nav(*idx: int) -> list:
    return [("nav_link", i) for i in idx]


def logos(*names: str) -> list[dict]:
    """A logo strip: one item per logo, its text only in the image."""
    return [{"name": IMG(n)} for n in names]


SPEC: dict[str, dict] = {}

# Tailwind Toolbox Nordic Store (e-commerce)
SPEC["page_203"] = dict(
    layout="ecommerce",
    sections=[
        ("navigation", [("nav_link", 0), ("nav_link", 1), ("logo", 2)]),
        ("hero", [("main_title", 3), ("cta_button", 4)]),
        ("features", [("section_heading", 10), ("feature_cards", pairs("title", "price", 11, 8))]),
        ("about", [("section_heading", 27), ("description", 28), ("description", 29)]),
        ("footer", [("footer_columns", [{"heading": 30, "description": 31}, {"heading": 32}])]),
    ],
)


def person(i: int, name: str, role: str) -> dict:
    """One block 'Name , Role' split into a card's name and role."""
    return {"name": S(i, name), "role": S(i, role)}


def columns(*spec: tuple[int, int]) -> list[dict]:
    """Footer columns: (heading block, number of link blocks that follow it)."""
    return [{"heading": h, "links": list(range(h + 1, h + 1 + n))} for h, n in spec]


# Themefisher Small Apps (Bootstrap app landing)
SPEC["page_204"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [("logo", IMG("small apps")), *nav(0, 1, 2, 3)]),
        ("hero", [("main_title", 4), ("description", 5), ("cta_button", 6)]),
        ("features", [("feature_cards", pairs("title", "description", 7, 3))]),
        (
            "features",
            [
                ("section_heading", 13),
                ("section_description", 14),
                (
                    "testimonial_cards",
                    [{"quote": 15, **person(16, "Jonathon Andrew", "Themefisher.com")}],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 17),
                ("section_description", 18),
                (
                    "testimonial_cards",
                    [{"quote": 19, **person(20, "Jonathon Andrew", "Themefisher.com")}],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 21),
                ("section_description", 22),
                ("feature_cards", pairs("title", "description", 23, 4)),
            ],
        ),
        ("about", [("section_heading", 31), ("description", 32)]),
        (
            "testimonials",
            [
                (
                    "testimonial_cards",
                    [
                        {"quote": 33, **person(34, "Abraham Linkon", "Themefisher.com")},
                        {"quote": 35, **person(36, "Abraham Linkon", "Themefisher.com")},
                    ],
                )
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 37),
                ("description", 38),
                ("cta_button", 39),
                ("cta_button", 40),
                ("cta_button", 41),
            ],
        ),
        (
            "footer",
            [
                ("logo", IMG("small apps")),
                ("footer_columns", columns((42, 3), (46, 3), (50, 4), (55, 4))),
                ("copyright", 60),
            ],
        ),
    ],
)

# Themefisher Kross (Bulma portfolio)
SPEC["page_202"] = dict(
    layout="creative",
    ignore={
        48: "slider dot button; its number is hidden behind the dot",
        49: "slider dot button",
        50: "slider dot button",
    },
    sections=[
        ("navigation", [("logo", IMG("kross")), *nav(0, 1, 2, 3, 4)]),
        ("hero", [("main_title", 5)]),
        ("about", [("description", 6), ("cta_button", 7)]),
        (
            "features",
            [("section_heading", 8), ("feature_cards", [{"title": i} for i in (9, 10, 11, 12)])],
        ),
        (
            "about",
            [
                ("section_heading", 13),
                (
                    "steps",
                    [{"date": i, "title": i + 1, "description": i + 2} for i in (14, 17, 20)],
                ),
            ],
        ),
        (
            "about",
            [
                ("section_heading", 23),
                (
                    "steps",
                    [{"date": i, "title": i + 1, "description": i + 2} for i in (24, 27, 30, 33)],
                ),
            ],
        ),
        (
            "features",
            [("section_heading", 36), ("feature_cards", pairs("title", "description", 37, 3))],
        ),
        ("features", [("section_heading", 43)]),
        (
            "testimonials",
            [
                ("section_heading", 44),
                ("testimonial_cards", [{"quote": 45, "name": 46, "role": 47}]),
            ],
        ),
        (
            "social_proof",
            [
                (
                    "logo_list",
                    logos("envato", "slack", "airbnb", "Forbes", "SUNDANCE"),
                )
            ],
        ),
        (
            "features",
            [
                ("section_heading", 51),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (52, 55, 58)],
                ),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 61),
                ("section_heading", 62),
                ("form_label", 71),
                ("form_label", 72),
                ("form_label", 73),
                ("cta_button", 63),
            ],
        ),
        (
            "footer",
            [
                ("footer_columns", [{"heading": h, "description": h + 1} for h in (64, 66, 68)]),
                ("copyright", 70),
            ],
        ),
    ],
)

# Themefisher Eventre (Bootstrap event / conference)
SPEC["page_201"] = dict(
    layout="corporate",
    sections=[
        ("navigation", [("logo", IMG("Eventre")), *nav(0, 1, 2, 3, 4, 5, 6), ("cta_button", 7)]),
        (
            "hero",
            [("subtitle", 8), ("main_title", J(9, 10)), ("description", 11), ("cta_button", 12)],
        ),
        (
            "about",
            [
                ("section_heading", 13),
                ("description", 14),
                ("description", 15),
                ("cta_button", 16),
                ("cta_button", 17),
            ],
        ),
        (
            "team",
            [
                ("section_heading", 18),
                ("section_description", 19),
                ("team_cards", pairs("name", "role", 20, 8)),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 36),
                ("section_description", 37),
                ("nav_link", J(38, 39)),
                ("nav_link", J(40, 41)),
                ("nav_link", J(42, 43)),
                ("subtitle", 44),
                ("subtitle", 45),
                ("subtitle", 46),
                ("subtitle", 47),
                (
                    "feature_cards",
                    [
                        {"time": i, "speaker": i + 1, "subject": i + 2, "venue": i + 3}
                        for i in range(48, 72, 4)
                    ],
                ),
            ],
        ),
        (
            "stats",
            [
                (
                    "stats",
                    [
                        {"value": S(72, "8"), "label": S(72, "Speakers")},
                        {"value": S(73, "500 +"), "label": S(73, "Seats")},
                        {"value": S(74, "300"), "label": S(74, "tickets")},
                        {"value": S(75, "3"), "label": S(75, "days event")},
                    ],
                )
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 76),
                ("section_description", 77),
                ("form_label", 141),
                ("form_label", 142),
                ("form_label", 143),
                ("form_label", 144),
                ("cta_button", 78),
            ],
        ),
        (
            "pricing",
            [
                ("section_heading", 79),
                ("section_description", 80),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "price": J(i + 1, i + 2),
                            "features": [i + 3, i + 4, i + 5, i + 6],
                            "cta": i + 7,
                        }
                        for i in (81, 89, 97)
                    ],
                ),
            ],
        ),
        ("cta", [("section_heading", 105), ("description", 106), ("cta_button", 107)]),
        (
            "social_proof",
            [
                ("section_heading", 108),
                ("section_description", 109),
                ("subtitle", 110),
                (
                    "logo_list",
                    logos(
                        "FINANCIAL COMPANY",
                        "FINANCIAL COMPANY",
                        "YOUR TEXT your slogan goes",
                        "YOUR TEXT your slogan goes",
                    ),
                ),
                ("subtitle", 111),
                (
                    "logo_list",
                    logos(
                        "YOUR TAGLINE HERE COMPANY", "LOGO COMPANY", "YOUR TEXT your slogan goes"
                    ),
                ),
                ("cta_button", 112),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 113),
                ("section_description", 114),
                (
                    "feature_cards",
                    [
                        {"date": J(i, i + 1), "title": i + 2, "meta": [i + 3, i + 4, i + 5]}
                        for i in (115, 121, 127)
                    ],
                ),
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 133),
                ("description", 134),
                ("form_label", 145),
                ("cta_button", 135),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 136),
                ("contact_detail", 137),
                ("contact_detail", 138),
                ("cta_button", 139),
            ],
        ),
        ("footer", [("logo", IMG("Eventre")), ("copyright", 140)]),
    ],
)

# Semantic UI "homepage" example (dark masthead, Semantic UI 2.4)
SPEC["page_208"] = dict(
    layout="corporate",
    sections=[
        ("navigation", [*nav(0, 1, 2, 3), ("cta_button", 4), ("cta_button", 5)]),
        ("hero", [("main_title", 6), ("description", 7), ("cta_button", 8)]),
        (
            "about",
            [
                ("section_heading", 9),
                ("description", 10),
                ("section_heading", 11),
                ("description", 12),
                ("cta_button", 13),
            ],
        ),
        (
            "testimonials",
            [
                (
                    "testimonial_cards",
                    [
                        {"quote": 14, "description": 15},
                        {"quote": 16, **person(17, "Nan", "Chief Fun Officer Acme Toys")},
                    ],
                )
            ],
        ),
        (
            "about",
            [
                ("section_heading", 18),
                ("description", 19),
                ("cta_button", 20),
                ("subtitle", 21),
                ("section_heading", 22),
                ("description", 23),
                ("cta_button", 24),
            ],
        ),
        (
            "footer",
            [("footer_columns", [*columns((25, 4), (30, 4)), {"heading": 35, "description": 36}])],
        ),
    ],
)

# Tailwind Toolbox Rainblur (dark gradient app landing, one screen)
SPEC["page_207"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [("logo", JN(0, 1))]),
        (
            "hero",
            [
                ("main_title", 2),
                ("description", 3),
                ("form_label", 4),
                ("form_label", 8),
                ("cta_button", 5),
            ],
        ),
        (
            "cta",
            [
                ("subtitle", 6),
                ("cta_button", IMG("Available on the App Store")),
                ("cta_button", IMG("GET IT ON Google play")),
            ],
        ),
        ("footer", [("copyright", 7)]),
    ],
)

# Themefisher Meghna (dark agency one-pager, Bootstrap 4); the menu bar sits below the hero
SPEC["page_205"] = dict(
    layout="creative",
    sections=[
        ("hero", [("main_title", 0), ("description", 1), ("cta_button", 2)]),
        ("navigation", nav(3, 4, 5, 6, 7, 8, 9, 10)),
        (
            "about",
            [("section_heading", 11), ("feature_cards", pairs("title", "description", 12, 3))],
        ),
        (
            "about",
            [
                ("section_heading", 18),
                ("description", 19),
                ("description", 20),
                ("description", 21),
                ("feature_cards", pairs("title", "description", 22, 2)),
            ],
        ),
        ("cta", [("section_heading", 26), ("description", 27), ("cta_button", 28)]),
        (
            "features",
            [("section_heading", 29), ("feature_cards", pairs("title", "description", 30, 6))],
        ),
        (
            "features",
            [
                ("section_heading", 42),
                ("section_description", 43),
                ("description", 44),
                ("feature_cards", pairs("number", "title", 45, 5)),
            ],
        ),
        ("features", [("section_heading", 55), *nav(56, 57, 58, 59)]),
        ("stats", [("stats", pairs("value", "label", 60, 4))]),
        (
            "team",
            [
                ("section_heading", 68),
                (
                    "team_cards",
                    [{"name": i, "role": i + 1, "bio": i + 2} for i in range(69, 81, 3)],
                ),
            ],
        ),
        (
            "pricing",
            [
                ("section_heading", 81),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "price": i + 1,
                            "features": list(range(i + 2, i + 8)),
                            "cta": i + 8,
                        }
                        for i in range(82, 118, 9)
                    ],
                ),
            ],
        ),
        ("testimonials", [("testimonial_cards", [{"name": 118, "date": 119, "quote": 120}])]),
        (
            "features",
            [
                ("section_heading", 121),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (122, 125, 128)],
                ),
                ("cta_button", 131),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 132),
                ("section_heading", 133),
                ("section_description", 134),
                ("contact_detail", 135),
                ("contact_detail", 136),
                ("contact_detail", 137),
                ("contact_detail", 138),
                ("form_label", 140),
                ("form_label", 141),
                ("form_label", 142),
                ("form_label", 143),
                ("cta_button", 144),
            ],
        ),
        ("footer", [("copyright", 139)]),
    ],
)

# Themefisher Constra (construction company, Bootstrap 4)
WORK = (
    "We work 7 days a week, every day excluding major holidays. Contact us if you have an "
    "emergency, with our Hotline and Contact form."
)
SPEC["page_206"] = dict(
    layout="corporate",
    sections=[
        (
            "navigation",
            [
                ("contact_detail", 0),
                ("logo", IMG("Constra")),
                ("subtitle", 1),
                ("contact_detail", 2),
                ("subtitle", 3),
                ("contact_detail", 4),
                ("subtitle", 5),
                ("contact_detail", 6),
                ("cta_button", 7),
                *nav(8, 9, 10, 11, 12, 13, 14),
            ],
        ),
        ("hero", [("subtitle", 15), ("main_title", 16), ("cta_button", 17), ("cta_button", 18)]),
        ("cta", [("section_heading", 19), ("cta_button", 20)]),
        (
            "about",
            [
                ("subtitle", 21),
                ("section_heading", 22),
                ("description", 23),
                ("feature_cards", [{"title": i} for i in (24, 25, 26, 27)]),
            ],
        ),
        (
            "faq",
            [
                ("section_heading", 28),
                ("section_description", 29),
                ("faq_items", [{"question": 30, "answer": 31}, {"question": 32}, {"question": 33}]),
            ],
        ),
        ("stats", [("stats", pairs("value", "label", 34, 4))]),
        (
            "features",
            [
                ("subtitle", 42),
                ("section_heading", 43),
                ("feature_cards", pairs("title", "description", 44, 6)),
            ],
        ),
        (
            "features",
            [
                ("subtitle", 56),
                ("section_heading", 57),
                *nav(58, 59, 60, 61, 62, 63, 64),
                ("cta_button", 65),
            ],
        ),
        (
            "testimonials",
            [
                ("section_heading", 66),
                ("testimonial_cards", [{"quote": 67, "name": 68, "role": 69}]),
            ],
        ),
        (
            "social_proof",
            [
                ("section_heading", 70),
                (
                    "logo_list",
                    logos(
                        "Logoipsum", "LOGOIPSUM", "Logoipsum", "Logoipsum", "Logoipsum", "Logoipsum"
                    ),
                ),
            ],
        ),
        ("contact", [("section_heading", 71), ("contact_detail", 72)]),
        ("cta", [("section_heading", 73), ("description", 74), ("form_label", 103)]),
        (
            "features",
            [
                ("subtitle", 75),
                ("section_heading", 76),
                ("feature_cards", pairs("title", "date", 77, 3)),
                ("cta_button", 83),
            ],
        ),
        (
            "footer",
            [
                ("logo", IMG("Constra")),
                (
                    "footer_columns",
                    [
                        {"heading": 84, "description": 85},
                        {
                            "heading": 86,
                            "description": S(87, WORK),
                            "hours": [
                                S(87, "Monday - Friday:"),
                                88,
                                S(87, "Saturday:"),
                                89,
                                S(87, "Sunday and holidays:"),
                                90,
                            ],
                        },
                        {"heading": 91, "links": [92, 93, 94, 95, 96]},
                    ],
                ),
                ("copyright", 97),
                *nav(98, 99, 100, 101, 102),
            ],
        ),
    ],
)

# Materialize parallax template (photo bands, Materialize 1.0)
ICON = "Material Icons ligature: the DOM text is the icon's name, the PNG shows a pictogram"
SPEC["page_209"] = dict(
    layout="modern_saas",
    ignore={5: ICON, 8: ICON, 11: ICON},
    sections=[
        ("navigation", [("logo", 0), ("nav_link", 1)]),
        ("hero", [("main_title", 2), ("description", 3), ("cta_button", 4)]),
        ("features", [("feature_cards", [{"title": i, "description": i + 1} for i in (6, 9, 12)])]),
        ("about", [("section_heading", 14)]),
        ("contact", [("section_heading", 15), ("section_description", 16)]),
        ("about", [("section_heading", 17)]),
        (
            "footer",
            [
                (
                    "footer_columns",
                    [{"heading": 18, "description": 19}, *columns((20, 4), (25, 4))],
                ),
                ("small_print", 30),
            ],
        ),
    ],
)

# Pure CSS "marketing" layout (plain CSS, Pure 3); its footer bar is position: fixed, so the
# full-page capture paints it at the bottom of the first screen, over the features heading
SPEC["page_210"] = dict(
    layout="modern_saas",
    ignore={7: "covered by the fixed footer bar in the capture (not visible in the PNG)"},
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3)]),
        ("hero", [("main_title", 4), ("description", 5), ("cta_button", 6)]),
        ("footer", [("small_print", 27)]),
        ("features", [("feature_cards", pairs("title", "description", 8, 4))]),
        ("about", [("section_heading", 16), ("description", 17)]),
        (
            "contact",
            [
                ("section_heading", 18),
                ("form_label", 19),
                ("form_label", 28),
                ("form_label", 20),
                ("form_label", 29),
                ("form_label", 21),
                ("form_label", 30),
                ("cta_button", 22),
                ("subtitle", 23),
                ("section_description", 24),
                ("subtitle", 25),
                ("section_description", 26),
            ],
        ),
    ],
)

# Themefisher Wallet (fintech / loans, Bootstrap 5)
SPEC["page_211"] = dict(
    layout="modern_saas",
    sections=[
        (
            "navigation",
            [
                ("logo", IMG("Wallet.")),
                *nav(0, 1, 2, 3, 4, 5),
                ("cta_button", 6),
                ("cta_button", 7),
            ],
        ),
        ("hero", [("main_title", 8), ("description", 9), ("cta_button", 10)]),
        (
            "features",
            [
                ("subtitle", 11),
                ("section_heading", 12),
                ("section_description", 13),
                (
                    "feature_cards",
                    [{"number": i, "title": i + 1, "description": i + 2} for i in range(14, 29, 3)],
                ),
            ],
        ),
        (
            "about",
            [
                ("subtitle", 29),
                ("section_heading", 30),
                ("description", 31),
                ("description", 32),
                ("cta_button", 33),
            ],
        ),
        (
            "features",
            [
                ("subtitle", 34),
                ("section_heading", 35),
                ("description", 36),
                ("description", 37),
                ("feature_cards", pairs("title", "description", 38, 3)),
            ],
        ),
        (
            "features",
            [
                ("subtitle", 44),
                ("section_heading", 45),
                *nav(46, 47, 48),
                ("feature_cards", [{"title": 49, "description": [50, 51]}]),
            ],
        ),
        (
            "testimonials",
            [
                ("subtitle", 52),
                ("section_heading", 53),
                ("section_description", 54),
                (
                    "testimonial_cards",
                    [{"name": i, "role": i + 1, "quote": i + 2} for i in range(55, 73, 3)],
                ),
            ],
        ),
        (
            "faq",
            [
                ("subtitle", 73),
                ("section_heading", 74),
                (
                    "faq_items",
                    [{"question": 75, "answer": 76}, *({"question": i} for i in range(77, 82))],
                ),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 82),
                ("section_description", S(83, "Call Us We Will Be Happy To Help")),
                ("contact_detail", S(83, "+3301563965")),
                ("contact_detail", S(83, "Monday - Friday")),
                ("contact_detail", S(83, "9AM TO 8PM Eastern Time")),
                ("subtitle", 84),
                ("contact_detail", 85),
                ("subtitle", 86),
                ("contact_detail", 87),
            ],
        ),
        (
            "footer",
            [
                (
                    "footer_columns",
                    [*columns((88, 5), (94, 4), (99, 2)), {"heading": 102, "description": 103}],
                ),
                ("form_label", 106),
                ("logo", IMG("Wallet.")),
                ("nav_link", 104),
                ("nav_link", 105),
            ],
        ),
    ],
)

# StartBootstrap Modern Business (corporate, Bootstrap 5)
SPEC["page_212"] = dict(
    layout="corporate",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4, 5, 6, 7)]),
        ("hero", [("main_title", 8), ("description", 9), ("cta_button", 10), ("cta_button", 11)]),
        (
            "features",
            [("section_heading", 12), ("feature_cards", pairs("title", "description", 13, 4))],
        ),
        (
            "testimonials",
            [("testimonial_cards", [{"quote": 21, **person(22, "Tom Ato", "CEO, Pomodoro")}])],
        ),
        (
            "features",
            [
                ("section_heading", 23),
                ("section_description", 24),
                (
                    "feature_cards",
                    [
                        {
                            "badge": i,
                            "title": i + 1,
                            "description": i + 2,
                            "author": i + 3,
                            "date": i + 4,
                        }
                        for i in (25, 30, 35)
                    ],
                ),
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 40),
                ("description", 41),
                ("form_label", 46),
                ("cta_button", 42),
                ("small_print", 43),
            ],
        ),
        (
            "footer",
            [
                ("copyright", 44),
                ("nav_link", S(45, "Privacy")),
                ("nav_link", S(45, "Terms")),
                ("nav_link", S(45, "Contact")),
            ],
        ),
    ],
)

# Bulma Templates "Hero" (Bulma 1.0, which dropped its tile grid: the tiles stack)
TILES = [
    (21, 22),
    (23, 24),
    (25, 26, 27),
    (28, 29),
    (30, 31),
    (32, 33),
    (34, 35, 36),
    (37, 38, [39, 40, 41]),
    (42, 43, 44),
    (45, 46, 47),
    (48, 49, 50),
    (51, 52, 53),
]
SPEC["page_214"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [*nav(0, 1, 2, 3, 4), ("cta_button", 5)]),
        ("hero", [("main_title", 6), ("description", 7)]),
        ("cta", [("subtitle", 8), ("description", 9)]),
        (
            "features",
            [
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (10, 13, 16)],
                )
            ],
        ),
        (
            "features",
            [
                ("section_heading", 19),
                ("section_description", 20),
                (
                    "feature_cards",
                    [
                        dict(zip(("title", "subtitle", "description"), t, strict=False))
                        for t in TILES
                    ],
                ),
            ],
        ),
        (
            "footer",
            [
                ("footer_columns", columns((54, 7), (62, 7), (70, 5))),
                ("small_print", 76),
                ("small_print", 77),
            ],
        ),
    ],
)

# Creative Tim Argon Design System, landing example (gradient hero, Bootstrap 4)
SPEC["page_213"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [("logo", IMG("argon")), *nav(0, 1), ("cta_button", 2), ("cta_button", 3)]),
        ("hero", [("main_title", 4), ("description", 5), ("cta_button", 6)]),
        (
            "features",
            [
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (7, 10, 13)],
                )
            ],
        ),
        (
            "features",
            [
                ("subtitle", 16),
                ("section_heading", 17),
                ("section_description", 18),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (19, 22, 25)],
                ),
            ],
        ),
        (
            "footer",
            [("description", 28), ("description", 29), ("copyright", 30), *nav(31, 32, 33, 34)],
        ),
    ],
)
