"""Hand labelling of the fifth fresh held-out real pages (ids 901+): section types, element names,
grids.

The same form and conventions as tests/data/real/truth_spec.py, whose reference forms
(J, JN, S, IMG) and helpers this file imports: make_truth.py --set ../real_fresh5 puts that
folder on the path.  These pages were labelled from the screenshot and the DOM block list only,
without running the analyser on them or looking at its output: they measure whether it
generalises, and nobody tunes to them.
"""

from truth_spec import IMG, JN, J, S, nav, pairs  # type: ignore[import-not-found]

SPEC: dict[str, dict] = {}


def caps(i: int, *words: str) -> J:
    """A heading whose words each start with a bigger capital in its own text node, so the DOM
    block reads "A bout U s" where the page shows "About Us": each word ("A|bout") is its parts
    joined without a space, the words joined with one."""
    return J(*(JN(*(S(i, part) for part in w.split("|"))) for w in words))


# FitGym (dark fitness one-pager: full-screen photo hero, photo "About Us" band, service cards,
# trainer photos, contact form beside a map, black newsletter footer; Bootstrap 4)
SPEC["page_901"] = dict(
    layout="corporate",
    sections=[
        # the logo is an icon plus "FitGym" with small-caps spans (one word on screen)
        (
            "navigation",
            [("logo", JN(S(0, "F"), S(0, "it"), S(0, "G"), S(0, "ym"))), *nav(1, 2, 3, 4, 5)],
        ),
        # "Turn Fat / into / Fit." are three h1 lines of one title
        (
            "hero",
            [("main_title", J(6, 7, 8)), ("description", 9), ("cta_button", 10)],
        ),
        (
            "about",
            [
                ("section_heading", caps(11, "A|bout", "U|s")),
                ("description", 12),
                ("description", 13),
            ],
        ),
        (
            "features",
            [
                ("section_heading", caps(14, "O|ur", "S|ervices")),
                ("feature_cards", pairs("title", "description", 15, 7)),
            ],
        ),
        # a heading over four trainer photos (their names show only on hover)
        ("team", [("section_heading", caps(29, "O|ur", "T|rainers"))]),
        # a map (an iframe, grey offline) beside the form
        (
            "contact",
            [
                ("section_heading", caps(30, "G|et", "I|n", "T|ouch", "W|ith", "U|s")),
                ("contact_detail", 31),
                *[("form_label", i) for i in (38, 39, 40, 41)],
                ("cta_button", 32),
            ],
        ),
        # the black footer box: a newsletter band, then the address line and the copyright
        (
            "cta",
            [("section_heading", 33), ("description", 34), ("form_label", 42), ("cta_button", 35)],
        ),
        (
            "footer",
            [
                (
                    "description",
                    J(
                        JN(S(36, "12"), S(36, "th")),
                        S(
                            36,
                            "Street, ABC Street, City, Country | info@fitgym.com | 012 345 678 9",
                        ),
                    ),
                ),
                ("copyright", 37),
            ],
        ),
    ],
)


def session(
    badge: int, time_venue: int, time: str, venue: str, title: int, who: int, name: str, school: str
) -> dict:
    """A schedule card: a type badge, the time and the room (one blockquote block, the time above
    the speaker lines and the room below them), the talk title, and the speaker's name and
    university (one footer block, two lines)."""
    return {
        "badge": badge,
        "time": S(time_venue, time),
        "title": title,
        "speaker": S(who, name),
        "role": S(who, school),
        "venue": S(time_venue, venue),
    }


# Conference One (event one-pager: photo carousel hero, stats, keynote cards, a day-tabbed
# schedule, media grid, partner logos, an alert strip, registration rates, venue, hotels, dark
# footer columns; Bootstrap 4 alpha)
SPEC["page_902"] = dict(
    layout="corporate",
    sections=[
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4, 5, 6, 7)]),
        # the carousel's first slide: title, city, dates (a calendar icon before them)
        ("hero", [("main_title", 8), ("description", 9), ("description", 10)]),
        (
            "stats",
            [
                ("section_heading", 11),
                ("stats", pairs("value", "label", 12, 5)),
                ("cta_button", 22),
            ],
        ),
        # speaker cards: photo, name, university, talk title (in quotes), a link, social icons
        (
            "team",
            [
                ("section_heading", 23),
                (
                    "team_cards",
                    [
                        {"name": i, "role": i + 1, "bio": i + 2, "cta": i + 3}
                        for i in range(24, 40, 4)
                    ],
                ),
            ],
        ),
        # the open tab (Day 1): a date line, then time slots (clock icon + times, all four in one
        # DOM block of the tab pane: one subtitle each) holding session cards; the coffee break
        # is a badge alone in its slot
        (
            "features",
            [
                ("section_heading", 40),
                ("cta_button", 41),
                *nav(42, 43, 44),
                ("subtitle", 45),
                ("subtitle", S(46, "9.00 AM - 09.45 AM")),
                ("subtitle", S(46, "9.45 AM - 10.00 AM")),
                ("subtitle", S(46, "10.00 AM - 10.45 AM")),
                ("subtitle", S(46, "10.00 AM - 10.45 AM")),
                (
                    "feature_cards",
                    [
                        session(
                            47,
                            48,
                            "9.00 AM - 09.15 AM",
                            "Upper Hall",
                            49,
                            50,
                            "Lorant Hardson",
                            "Chongqing Medical University",
                        ),
                        session(
                            51,
                            52,
                            "9.15 AM - 09.30 AM",
                            "Upper Hall",
                            53,
                            54,
                            "Reynold Sieve",
                            "West Virginia Wesleyan College",
                        ),
                        session(
                            55,
                            56,
                            "9.30 AM - 09.45 AM",
                            "Plenary Hall",
                            57,
                            58,
                            "Sinclare Bellinger",
                            "University of Kansas",
                        ),
                        {"badge": 59},
                        session(
                            60,
                            61,
                            "10.00 AM - 10.30 AM",
                            "Upper Lobby",
                            62,
                            63,
                            "Valli Bulfit",
                            "American InterContinental University - London",
                        ),
                        session(
                            64,
                            65,
                            "10.10 AM - 10.45 AM",
                            "Plenary Hall",
                            66,
                            67,
                            "Cassy Tourner",
                            "Universidad Nacional Experimental Romulo Gallegos",
                        ),
                        # here the time sits under the title
                        {
                            "badge": 68,
                            "title": 69,
                            "time": S(70, "11.15 AM - 11.30 AM"),
                            "speaker": S(71, "Kean Quinlan"),
                            "role": S(71, "University of Central Europe in Skalica"),
                            "venue": S(70, "Plenary Hall"),
                        },
                        session(
                            72,
                            73,
                            "11.30 AM - 11.45 AM",
                            "Plenary Hall",
                            74,
                            75,
                            "Emogene Carder",
                            "Air University",
                        ),
                        session(
                            76,
                            77,
                            "10.00 AM - 10.45 AM",
                            "Upper Lobby",
                            78,
                            79,
                            "Carmela Sothcott",
                            "Université Chouaib Doukkali",
                        ),
                        session(
                            80,
                            81,
                            "10.00 AM - 10.45 AM",
                            "Upper Lobby II",
                            82,
                            83,
                            "Darbee Kindleysides",
                            "The Tulane University of New Orleans",
                        ),
                        session(
                            84,
                            85,
                            "10.00 AM - 10.45 AM",
                            "Plenary Hall",
                            86,
                            87,
                            "Huntington Venners",
                            "Kohat University of Science and Technology",
                        ),
                    ],
                ),
            ],
        ),
        # a grey band: heading, line, a 5 x 2 photo grid (images), two buttons
        (
            "features",
            [
                ("section_heading", 88),
                ("section_description", 89),
                ("cta_button", 90),
                ("cta_button", 91),
            ],
        ),
        (
            "social_proof",
            [
                ("section_heading", 92),
                ("section_description", 93),
                (
                    "logo_list",
                    [
                        {"name": IMG(n)}
                        for n in ("ATI Radeon", "intel", "Microsoft", "NVIDIA", "docker")
                    ],
                ),
            ],
        ),
        # a full-width yellow alert strip with one sentence ("Heads up!" bold): a band of its own
        ("cta", [("description", 94)]),
        # price cards: plan, price, "as low as", three list lines, a button; the "Refund policy"
        # link under the heading; card-brand icons under the cards (no text)
        (
            "pricing",
            [
                ("section_heading", 95),
                ("cta_button", 96),
                (
                    "pricing_cards",
                    [
                        {
                            "plan_name": i,
                            "price": i + 1,
                            "description": i + 2,
                            "features": [i + 3, i + 4, i + 5],
                            "cta": i + 6,
                        }
                        for i in range(97, 125, 7)
                    ],
                ),
            ],
        ),
        # the venue band: name, hall, address, four transport icons; its map is a Google Maps
        # script (not loaded offline: an empty grey area)
        (
            "contact",
            [("section_heading", 125), ("section_description", 126), ("contact_detail", 127)],
        ),
        (
            "features",
            [
                ("section_heading", 128),
                ("section_description", 129),
                (
                    "feature_cards",
                    [
                        {"title": i, "subtitle": i + 1, "description": i + 2, "cta": i + 3}
                        for i in (130, 134, 138)
                    ],
                ),
            ],
        ),
        # three columns: Social (icons only) over Address; Recent posts (title + excerpt with a
        # "Read more" link); a newsletter column with a field and a button; then a link row
        (
            "footer",
            [
                (
                    "footer_columns",
                    [
                        {"heading": 142},
                        {"heading": 143, "description": [144, 145, 146, 147]},
                        {"heading": 148, "links": [149, 151, 153], "description": [150, 152, 154]},
                        {"heading": 155, "description": [156, 157]},
                    ],
                ),
                ("form_label", 162),
                ("cta_button", 158),
                *nav(159, 160, 161),
            ],
        ),
    ],
)


# Pizzeria (restaurant one-pager: pizza hero on a peach background, photo collage with an about
# text and four check items, a tabbed menu of arched pizza cards, a testimonial beside photos,
# contact details beside a form card, dark footer columns; plain CSS, AOS)
SPEC["page_903"] = dict(
    layout="ecommerce",
    sections=[
        # a text logo after a pizza-slice icon
        ("navigation", [("logo", 0), *nav(1, 2, 3, 4, 5), ("cta_button", 6)]),
        # "Home" is an orange span on the title's last line; a small customer badge and a floating
        # product card (name, stars, price) over the pizza picture
        (
            "hero",
            [
                ("subtitle", 7),
                ("main_title", J(8, 9)),
                ("description", 10),
                ("cta_button", 11),
                ("cta_button", 12),
                ("small_print", 13),
                ("small_print", 14),
                ("small_print", 15),
            ],
        ),
        (
            "about",
            [
                ("section_heading", 16),
                ("description", 17),
                ("feature_cards", pairs("title", "description", 18, 4)),
                ("cta_button", 26),
            ],
        ),
        # menu tabs, then eight cards (picture, name, text, price, a "+" icon button); six of the
        # pictures are grey placeholders (see README)
        (
            "features",
            [
                ("section_heading", 27),
                ("section_description", 28),
                *nav(29, 30, 31, 32, 33, 34),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "price": i + 2} for i in range(35, 59, 3)],
                ),
            ],
        ),
        (
            "testimonials",
            [
                ("section_heading", 59),
                ("section_description", 60),
                ("testimonial_cards", [{"quote": 61, "name": 62, "role": 63}]),
                ("cta_button", 64),
            ],
        ),
        # details (a label over each value) at the left, a form card with its own heading at the
        # right: one contact band
        (
            "contact",
            [
                ("section_heading", 65),
                ("section_description", 66),
                *[
                    x
                    for i in (67, 69, 71, 73)
                    for x in (("subtitle", i), ("contact_detail", i + 1))
                ],
                ("section_heading", 75),
                *[("form_label", i) for i in (76, 113, 77, 114, 78, 115, 79, 116)],
                ("cta_button", 80),
            ],
        ),
        # logo, text and two award badges; link columns; a contact column; a newsletter column
        (
            "footer",
            [
                ("logo", 81),
                ("description", 82),
                ("small_print", 83),
                ("small_print", 84),
                (
                    "footer_columns",
                    [
                        {"heading": 85, "links": list(range(86, 93))},
                        {"heading": 93, "links": list(range(94, 101))},
                        {"heading": 101, "description": [102, 103, 104, 105]},
                        {"heading": 106, "description": [107]},
                    ],
                ),
                ("form_label", 117),
                ("cta_button", 108),
                ("copyright", 109),
                *nav(110, 111, 112),
            ],
        ),
    ],
)


# Nico Andrade "Sense HTML" (Tailwind SaaS one-pager: sky-blue hero with a dashboard picture,
# icon feature grid, logo strip, two illustration/text rows, masonry feedback cards, orange CTA
# card, FAQ grid, footer columns; Tailwind build checked in)
SPEC["page_904"] = dict(
    layout="modern_saas",
    sections=[
        # the logo is an SVG ("S" mark and the word "Sense")
        ("navigation", [("logo", IMG("Sense")), *nav(0, 1, 2)]),
        # a pill above the title, a note under the buttons; the dashboard picture is an image
        (
            "hero",
            [
                ("subtitle", 3),
                ("main_title", 4),
                ("description", 5),
                ("cta_button", 6),
                ("cta_button", 7),
                ("small_print", 8),
            ],
        ),
        # six icon items without a heading
        ("features", [("feature_cards", pairs("title", "description", 9, 6))]),
        # "Trusted by" over five grey logos (images)
        (
            "social_proof",
            [
                ("section_heading", 21),
                (
                    "logo_list",
                    [
                        {"name": IMG(n)}
                        for n in ("logitech", "Dropbox", "shopify", "Spotify", "vimeo")
                    ],
                ),
            ],
        ),
        # illustration/text rows without a shared heading: one section each
        ("features", [("subtitle", 22), ("section_heading", 23), ("section_description", 24)]),
        (
            "features",
            [
                ("section_heading", 25),
                ("section_description", 26),
                ("feature_cards", [{"title": 27}, {"title": 28}]),
            ],
        ),
        # three quote cards in two staggered columns (listed top to bottom)
        (
            "testimonials",
            [
                ("section_heading", 29),
                (
                    "testimonial_cards",
                    [
                        {"quote": 30, "name": 31, "role": 32},
                        {"quote": 36, "name": 37, "role": 38},
                        {"quote": 33, "name": 34, "role": 35},
                    ],
                ),
            ],
        ),
        # an orange card over a keyboard photo
        ("cta", [("section_heading", 39), ("description", 40), ("cta_button", 41)]),
        # six closed questions in two columns (listed row by row)
        ("faq", [("section_heading", 42), ("faq_items", [{"question": i} for i in range(43, 49)])]),
        # the footer mark is the "S" logo alone; "Made with [heart icon] by Sense."
        (
            "footer",
            [
                ("logo", IMG("S")),
                ("description", 49),
                (
                    "footer_columns",
                    [
                        {"heading": 50, "links": [51, 52, 53, 54]},
                        {"heading": 55, "links": [56, 57, 58]},
                    ],
                ),
                ("small_print", J(S(59, "Made with by"), 60)),
            ],
        ),
    ],
)


# Beezzly "Agency Website" (Bootstrap 5 agency one-pager: portrait photo hero with a logo strip,
# photo service cards, icon cards, an image/text row with counters, a tabbed services panel, an
# orange CTA band, a video testimonial, blog cards, dark footer columns)
SPEC["page_905"] = dict(
    layout="corporate",
    ignore={
        46: "white label on the white button of the orange band (color rgb(255, 255, 255) on "
        "bg-white, as online): not visible in the render",
    },
    sections=[
        # the logo is an SVG (mark and "Beezzly")
        ("navigation", [("logo", IMG("Beezzly")), *nav(0, 1, 2, 3, 4), ("cta_button", 5)]),
        ("hero", [("main_title", 6), ("description", 7), ("cta_button", 8), ("cta_button", 9)]),
        # inside the hero band, under the buttons: a grey line over three placeholder logos (one
        # picture): a logo strip of its own
        (
            "social_proof",
            [
                ("section_heading", 10),
                (
                    "logo_list",
                    [
                        {"name": IMG("logoipsum")},
                        {"name": IMG("logoipsum")},
                        {"name": IMG("LOGOIPSUM")},
                    ],
                ),
            ],
        ),
        # photo cards with an arrow link ("Card link")
        (
            "features",
            [
                ("section_heading", 11),
                ("section_description", 12),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (13, 16, 19)],
                ),
            ],
        ),
        # heading and paragraph side by side, then three icon cards
        (
            "features",
            [
                ("section_heading", 22),
                ("section_description", 23),
                ("feature_cards", pairs("title", "description", 24, 3)),
            ],
        ),
        # text with two counters (number, label, line) beside a portrait
        (
            "about",
            [
                ("section_heading", 30),
                ("description", 31),
                (
                    "stats",
                    [
                        {"value": 32, "label": 33, "description": 34},
                        {"value": 35, "label": 36, "description": 37},
                    ],
                ),
            ],
        ),
        # a tabbed panel (three pill tabs, the first open): text and a link beside a photo
        (
            "features",
            [
                *nav(38, 39, 40),
                ("section_heading", 41),
                ("section_description", 42),
                ("section_description", 43),
                ("cta_button", 44),
            ],
        ),
        # photo at the left, an orange half with a heading and a white button (label invisible)
        ("cta", [("section_heading", 45)]),
        # a quote headed like a section, its author with an avatar, a video picture with a
        # "Play Video" link on it
        (
            "testimonials",
            [
                ("section_heading", 47),
                ("testimonial_cards", [{"quote": 48, "name": 49, "role": 50}]),
                ("cta_button", 51),
            ],
        ),
        (
            "features",
            [
                ("section_heading", 52),
                (
                    "feature_cards",
                    [{"title": i, "description": i + 1, "cta": i + 2} for i in (53, 56, 59)],
                ),
            ],
        ),
        # logo (SVG) and tagline with social icons; two link columns; a newsletter column
        (
            "footer",
            [
                ("logo", IMG("Beezzly")),
                ("description", 62),
                (
                    "footer_columns",
                    [
                        {"heading": 63, "links": [64, 65, 66, 67]},
                        {"heading": 68, "links": [69, 70]},
                        {"heading": 71},
                    ],
                ),
                ("form_label", 73),
                ("cta_button", 72),
            ],
        ),
    ],
)
