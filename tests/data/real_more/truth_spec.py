"""Hand labelling of the held-out real pages (ids 301+): section types, element names and grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_more puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list
only, without running the analyser on them: they measure whether it generalises.
"""

from truth_spec import IMG, JN, J, S, columns, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}

NOAA_QUOTE = (
    '"Over the span of the satellite record, Arctic sea ice has been declining significantly, '
    'while sea ice in the Antarctichas increased very slightly"'
)

# Creative Tim Now UI Kit, examples/landing-page.html (photo hero, corporate)
SPEC["page_301"] = dict(
    layout="corporate",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2)]),
        ("hero", [("main_title", 3)]),
        ("about", [("section_heading", 4), ("description", 5)]),
        (
            "about",
            [
                (
                    "testimonial_cards",
                    [
                        {
                            "quote": S(6, NOAA_QUOTE),
                            "name": S(6, "-NOAA"),
                        }
                    ],
                ),
                ("section_heading", 7),
                ("description", 8),
                ("description", 9),
                ("description", 10),
            ],
        ),
        (
            "team",
            [
                ("section_heading", 11),
                ("team_cards", [{"name": i, "role": i + 1, "bio": i + 2} for i in (12, 15, 18)]),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 21),
                ("section_description", 22),
                ("form_label", 28),
                ("form_label", 29),
                ("form_label", 30),
                ("cta_button", 23),
            ],
        ),
        ("footer", [*nav(24, 25, 26), ("copyright", 27)]),
    ],
)


def product(title: int, price: int, cta: int, badge: int | None = None) -> dict:
    """A shop product card: name, price line, button, and the "Sale" tag when it has one."""
    card = {"title": title, "price": price, "cta": cta}
    return card if badge is None else {"badge": badge, **card}


# Start Bootstrap Shop Homepage, dist/index.html (e-commerce, Bootstrap 5)
SPEC["page_302"] = dict(
    layout="ecommerce",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3), ("cta_button", J(4, 5))]),
        ("hero", [("main_title", 6), ("description", 7)]),
        (
            "features",
            [
                (
                    "feature_cards",
                    [
                        product(8, 9, 10),
                        product(12, 13, 14, badge=11),
                        product(16, 17, 18, badge=15),
                        product(19, 20, 21),
                        product(23, 24, 25, badge=22),
                        product(26, 27, 28),
                        product(30, 31, 32, badge=29),
                        product(33, 34, 35),
                    ],
                )
            ],
        ),
        ("footer", [("copyright", 36)]),
    ],
)


# Themefisher Rappo, theme/index.html (business services, Bootstrap 4)
SPEC["page_303"] = dict(
    layout="corporate",
    sections=[
        (
            "navigation",
            [
                ("contact_detail", 0),
                ("logo", 1),
                ("contact_detail", 2),
                ("subtitle", 3),
                ("contact_detail", 4),
                ("subtitle", 5),
                ("contact_detail", 6),
                ("subtitle", 7),
                *nav(8, 9, 10, 11, 12, 13),
                ("cta_button", 14),
            ],
        ),
        ("hero", [("main_title", 15), ("description", 16), ("cta_button", 17)]),
        ("features", [("feature_cards", pairs("title", "description", 18, 4))]),
        (
            "features",
            [
                ("section_heading", 26),
                ("section_description", 27),
                ("feature_cards", pairs("title", "description", 28, 2)),
                ("description", 32),
            ],
        ),
        (
            "how_it_works",
            [
                ("section_heading", 33),
                ("section_description", 34),
                ("steps", pairs("title", "description", 35, 3)),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 41),
                ("section_description", 42),
                ("feature_cards", pairs("title", "description", 43, 6)),
            ],
        ),
        (
            "pricing",
            [
                ("section_heading", 55),
                ("section_description", 56),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "price": JN(i + 1, i + 2),
                            "features": list(range(i + 3, i + 8)),
                            "cta": i + 8,
                        }
                        for i in (57, 66, 75)
                    ],
                ),
            ],
        ),
        ("about", [("section_heading", 84), ("description", 85)]),
        ("features", [("feature_cards", pairs("title", "description", 86, 3))]),
        ("about", [("subtitle", 92), ("section_heading", 93), ("description", 94)]),
        (
            "testimonials",
            [
                ("section_heading", 95),
                ("section_description", 96),
                (
                    "testimonial_cards",
                    [{"name": i, "role": i + 1, "quote": i + 2} for i in range(97, 115, 3)],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 115),
                ("section_description", 116),
                (
                    "feature_cards",
                    [
                        {"date": i, "title": i + 1, "description": i + 2, "cta": i + 3}
                        for i in (117, 121, 125)
                    ],
                ),
            ],
        ),
        (
            "footer",
            [
                ("logo", 129),
                ("description", 130),
                ("footer_columns", columns((131, 5), (137, 5), (143, 5))),
                ("copyright", 149),
            ],
        ),
    ],
)


# Themefisher Medic, theme/index.html (medical, photo slider hero, Bootstrap 4)
SPEC["page_304"] = dict(
    layout="corporate",
    sections=[
        (
            "navigation",
            [
                ("contact_detail", 0),
                ("logo", IMG("Medic")),
                ("subtitle", S(1, "Email")),
                ("contact_detail", S(1, "info@medic.com")),
                ("subtitle", S(2, "Call Now")),
                ("contact_detail", S(2, "+ (88017) - 123 - 4567")),
                ("cta_button", 3),
                *nav(4, 5, 6, 7, 8, 9, 10, 11),
            ],
        ),
        ("hero", [("main_title", 12), ("description", 13), ("cta_button", 14)]),
        (
            "features",
            [
                (
                    "feature_cards",
                    [
                        {"title": 15, "contact_detail": 16, "description": 17},
                        {"title": 18, "description": 19, "cta": 20},
                        {"title": 21, "hours": list(range(22, 28))},
                    ],
                )
            ],
        ),
        (
            "features",
            [
                ("section_heading", 28),
                ("section_description", 29),
                ("feature_cards", pairs("title", "description", 30, 4)),
            ],
        ),
        (
            "features",
            [
                *nav(38, 39, 40, 41, 42),
                (
                    "feature_cards",
                    [{"title": 43, "description": [44, 45], "features": [46, 47, 48], "cta": 49}],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 50),
                ("section_description", 51),
                (
                    "feature_cards",
                    [{"subtitle": i, "title": i + 1, "description": i + 2} for i in (52, 55, 58)],
                ),
            ],
        ),
        (
            "team",
            [
                ("section_heading", 61),
                ("section_description", 62),
                ("team_cards", [{"name": i, "bio": i + 1, "cta": i + 2} for i in (63, 66, 69)]),
            ],
        ),
        (
            "testimonials",
            [("section_heading", 72), ("testimonial_cards", pairs("name", "quote", 73, 2))],
        ),
        (
            "faq",
            [
                ("section_heading", 77),
                ("faq_items", [{"question": 78, "answer": 79}, {"question": 80}, {"question": 81}]),
            ],
        ),
        (
            "contact",
            [
                ("section_heading", 82),
                *(("form_label", i) for i in (103, 106, 104, 107, 105, 108, 109)),
                ("cta_button", 83),
            ],
        ),
        (
            "footer",
            [
                ("logo", IMG("Medic")),
                ("description", 84),
                ("contact_detail", 85),
                ("contact_detail", 86),
                ("contact_detail", 87),
                (
                    "footer_columns",
                    [
                        {"heading": 88, "links": list(range(89, 94))},
                        {"heading": 94, "links": [95, 97], "description": [96, 98]},
                    ],
                ),
                ("copyright", 99),
                *nav(100, 101, 102),
            ],
        ),
    ],
)


# Themefisher Brandi, index.html (dark photo hero, one-page agency, Bootstrap 3)
SPEC["page_305"] = dict(
    layout="creative",
    sections=[
        ("navigation", [("logo", IMG("Brandi")), *nav(0, 1, 2, 3, 4)]),
        ("hero", [("main_title", 5), ("description", 6), ("description", 7)]),
        (
            "features",
            [("section_heading", 8), ("feature_cards", pairs("title", "description", 9, 3))],
        ),
        (
            "features",
            [("section_heading", 15), ("section_description", 16), *nav(17, 18, 19, 20, 21)],
        ),
        (
            "team",
            [
                ("section_heading", 22),
                ("section_description", 23),
                ("team_cards", pairs("name", "role", 24, 4)),
            ],
        ),
        ("stats", [("section_heading", 32), ("stats", pairs("value", "label", 33, 4))]),
        (
            "contact",
            [
                ("section_heading", 41),
                ("section_description", 42),
                ("description", 43),
                ("contact_detail", 44),
                ("contact_detail", 45),
                ("contact_detail", 46),
                ("subtitle", 47),
                ("form_label", 62),
                ("form_label", 63),
                ("form_label", 64),
                ("cta_button", 65),
            ],
        ),
        (
            "footer",
            [
                ("logo", IMG("Brandi")),
                ("description", 48),
                (
                    "footer_columns",
                    [{"heading": 49, "description": 50}, *columns((51, 4), (56, 4))],
                ),
                ("copyright", 61),
            ],
        ),
    ],
)
