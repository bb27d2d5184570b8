"""Hand labelling of the held-out real pages (ids 301+): section types, element names and grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_more puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list
only, without running the analyser on them: they measure whether it generalises.
"""

from truth_spec import ICON, IMG, JN, J, S, columns, logos, nav, pairs  # type: ignore[import-not-found]

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


# PaulleDemon awesome-landing-pages, src/saas/SaaSyDark (fully dark SaaS, Tailwind 3)
SPEC["page_306"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [*nav(0, 1, 2, 3, 4), ("cta_button", 5)]),
        ("hero", [("main_title", 6), ("description", 7), ("cta_button", 8), ("cta_button", 9)]),
        (
            "social_proof",
            [
                ("section_heading", 10),
                ("logo_list", logos("Google", "Adobe", "airbnb")),
            ],
        ),
        (
            "features",
            [("section_heading", 11), ("feature_cards", pairs("title", "description", 12, 3))],
        ),
        (
            "features",
            [("section_heading", 18), ("feature_cards", pairs("title", "description", 19, 6))],
        ),
        (
            "features",
            [("section_heading", 31), ("feature_cards", pairs("title", "description", 32, 2))],
        ),
        (
            "features",
            [("section_heading", 36), ("feature_cards", pairs("title", "description", 37, 2))],
        ),
        (
            "testimonials",
            [
                ("section_heading", 41),
                (
                    "testimonial_cards",
                    [{"quote": i, "name": i + 1, "role": i + 2} for i in range(42, 60, 3)],
                ),
            ],
        ),
        (
            "pricing",
            [
                ("section_heading", 60),
                (
                    "pricing_cards",
                    [
                        {
                            "price": i,
                            "description": i + 1,
                            "features": list(range(i + 2, i + 6)),
                            "cta": i + 6,
                        }
                        for i in (61, 68, 75)
                    ],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 82),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (83, 86, 89)],
                ),
            ],
        ),
        ("faq", [("section_heading", 92), ("faq_items", [{"question": i} for i in range(93, 97)])]),
        ("cta", [("section_heading", 97), ("cta_button", 98)]),
        (
            "cta",
            [
                ("section_heading", 99),
                ("description", 100),
                ("form_label", 116),
                ("cta_button", 101),
            ],
        ),
        (
            "footer",
            [
                ("description", 102),
                ("footer_columns", [{"heading": 103}, *columns((104, 5), (110, 5))]),
            ],
        ),
    ],
)


def rating(i: int, score: str, reviews: str) -> dict:
    """One block '4.2/5 from 18k reviews': the score in bold, then the count."""
    return {"value": S(i, score), "label": S(i, reviews)}


# PaulleDemon awesome-landing-pages, src/apps/AISales (app: phone mock-ups, store badges, pastel
# cards, Tailwind 3)
SPEC["page_307"] = dict(
    layout="modern_saas",
    ignore={22: ICON, 25: ICON, 28: ICON},
    sections=[
        ("navigation", [("logo", IMG("LOGO")), *nav(0, 1, 2, 3, 4), ("cta_button", 5)]),
        (
            "hero",
            [
                ("main_title", J(6, 7)),
                ("description", 8),
                ("cta_button", IMG("Download on the App Store")),
                ("cta_button", IMG("GET IT ON Google Play")),
            ],
        ),
        (
            "stats",
            [
                (
                    "stats",
                    [
                        rating(9, "4.2/5", "from 18k reviews"),
                        rating(10, "4.6/5", "from 20k reviews"),
                        rating(11, "4.5/5", "from 6k reviews"),
                    ],
                ),
                ("logo_list", logos("Capterra", "G2", "Trustpilot")),
            ],
        ),
        (
            "features",
            [("section_heading", 12), ("feature_cards", pairs("title", "description", 13, 2))],
        ),
        (
            "features",
            [("section_heading", 17), ("feature_cards", pairs("title", "description", 18, 2))],
        ),
        (
            "features",
            [("feature_cards", [{"title": i, "description": i + 1} for i in (23, 26, 29)])],
        ),
        (
            "testimonials",
            [("section_heading", 31), ("testimonial_cards", [{"quote": 32, "name": 33}])],
        ),
        (
            "features",
            [
                ("section_heading", 34),
                ("feature_cards", pairs("title", "description", 35, 6)),
                ("cta_button", 47),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 48),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (49, 52, 55)],
                ),
            ],
        ),
        ("cta", [("section_heading", 58), ("form_label", 72), ("cta_button", 59)]),
        (
            "footer",
            [
                ("logo", IMG("LOGO")),
                ("description", 60),
                ("footer_columns", [{"heading": 61}, *columns((62, 3), (66, 5))]),
            ],
        ),
    ],
)


# PaulleDemon awesome-landing-pages, src/portfolio/Jamie-portfolio (personal portfolio, monospace
# type, masonry of past works, Tailwind 3)
SPEC["page_308"] = dict(
    layout="creative",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4), ("cta_button", 5)]),
        ("hero", [("main_title", J(6, 7)), ("description", 8), ("cta_button", 9)]),
        (
            "features",
            [
                ("section_heading", 10),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in range(11, 29, 3)],
                ),
            ],
        ),
        (
            "testimonials",
            [
                ("section_heading", 29),
                (
                    "testimonial_cards",
                    [{"name": i, "role": i + 1, "quote": i + 2} for i in range(30, 42, 3)],
                ),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 42),
                ("feature_cards", pairs("title", "description", 43, 6)),
                ("cta_button", 55),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 56),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (57, 60, 63)],
                ),
            ],
        ),
    ],
)


# PaulleDemon awesome-landing-pages, src/law/lawfire (law firm: dark photo hero, practice areas,
# news cards, consult form, Tailwind 3)
SPEC["page_309"] = dict(
    layout="corporate",
    ignore={15: ICON, 18: ICON, 21: ICON, 24: ICON},
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4), ("cta_button", 5)]),
        ("hero", [("main_title", 6), ("description", 7), ("cta_button", 8), ("cta_button", 9)]),
        ("about", [("section_heading", 10)]),
        ("about", [("section_heading", 11), ("description", 12), ("cta_button", 13)]),
        (
            "features",
            [
                ("section_heading", 14),
                ("feature_cards", [{"title": i, "description": i + 1} for i in (16, 19, 22, 25)]),
                ("cta_button", 27),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 28),
                (
                    "feature_cards",
                    [{"title": i, "meta": i + 1, "date": i + 2} for i in range(29, 41, 3)],
                ),
                ("cta_button", 41),
            ],
        ),
        (
            "testimonials",
            [("section_heading", 42), ("testimonial_cards", [{"quote": 43, "name": 44}])],
        ),
        (
            "contact",
            [
                ("section_heading", 45),
                ("form_label", 46),
                ("form_label", 67),
                ("form_label", 47),
                ("form_label", 68),
                ("form_label", 48),
                ("form_label", 69),
                ("form_label", 49),
                ("form_label", 70),
                ("form_label", 50),
                ("cta_button", 51),
            ],
        ),
        (
            "cta",
            [
                ("section_heading", 52),
                ("description", 53),
                ("form_label", 71),
                ("cta_button", 54),
            ],
        ),
        (
            "footer",
            [
                ("logo", IMG("LOGO")),
                ("description", 55),
                ("footer_columns", columns((56, 4), (61, 5))),
            ],
        ),
    ],
)

# PaulleDemon awesome-landing-pages, src/products/scooter (product/startup page: phone hero,
# numbers, features, testimonials, pricing, Tailwind 3)
SPEC["page_310"] = dict(
    layout="modern_saas",
    sections=[
        ("navigation", [("logo", IMG("LOGO")), *nav(0, 1, 2, 3, 4), ("cta_button", 5)]),
        ("hero", [("main_title", 6), ("description", 7), ("cta_button", 8), ("cta_button", 9)]),
        (
            "stats",
            [
                ("section_heading", 10),
                (
                    "stats",
                    [
                        {"value": S(11, "250 k +"), "label": S(11, "/Installs")},
                        {"value": S(12, "400 +"), "label": S(12, "/hrs saved")},
                    ],
                ),
            ],
        ),
        (
            "features",
            [
                ("subtitle", 13),
                ("section_heading", 14),
                ("feature_cards", pairs("title", "description", 15, 6)),
            ],
        ),
        (
            "testimonials",
            [
                ("section_heading", 27),
                (
                    "testimonial_cards",
                    [{"name": i, "role": i + 1, "quote": i + 2} for i in range(28, 46, 3)],
                ),
            ],
        ),
        (
            "pricing",
            [
                ("section_heading", 46),
                (
                    "pricing_cards",
                    [
                        {
                            "price": i,
                            "description": i + 1,
                            "features": list(range(i + 2, i + 6)),
                            "cta": i + 6,
                        }
                        for i in (47, 54, 61)
                    ],
                ),
            ],
        ),
        (
            "features",
            [("section_heading", 68), ("feature_cards", pairs("title", "description", 69, 3))],
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
        (
            "footer",
            [
                ("logo", IMG("LOGO")),
                ("description", 78),
                ("footer_columns", [{"heading": 79}, *columns((80, 5))]),
            ],
        ),
    ],
)

# Start Bootstrap Clean Blog, dist/index.html (blog home: photo masthead, post list, Bootstrap 5)
SPEC["page_311"] = dict(
    layout="creative",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4)]),
        ("hero", [("main_title", 5), ("description", 6)]),
        (
            "features",
            [
                (
                    "feature_cards",
                    [
                        {"title": 7, "description": 8, "meta": 9},
                        {"title": 10, "meta": 11},
                        {"title": 12, "description": 13, "meta": 14},
                        {"title": 15, "description": 16, "meta": 17},
                    ],
                ),
                ("cta_button", 18),
            ],
        ),
        ("footer", [("copyright", 19)]),
    ],
)
