"""Section splitting and typing rules found on real pages, checked on hand-built blocks
(no OCR)."""

from __future__ import annotations

from PIL import Image

from app.services.analysis.offline import copy_blocks, panel_rows
from app.services.analysis.offline.classify import Page, is_copyright
from app.services.analysis.offline.frame import footer, navigation, split_footer
from app.services.analysis.offline.layout import (
    Band,
    Block,
    Line,
    local_contrast,
    panels,
    photo_runs,
    split_sections,
)
from app.services.analysis.offline.ocr import Word, row_profiles
from app.services.analysis.offline.sections import (
    assemble,
    body_section,
    contact,
    is_cta,
    split_sidebar,
)

WIDTH = 1440


def _block(text: str, *, x0: int = 100, y0: int = 100, h: int = 20, button: bool = False) -> Block:
    words = [
        Word(t, x0 + 70 * j, y0, x0 + 70 * j + 60, y0 + h, 95.0) for j, t in enumerate(text.split())
    ]
    ln = Line(words)
    ln.update()
    ln.ink = 40.0
    b = Block([ln], button=button)
    b.update()
    return b


def _paragraph(text: str, *, x0: int, y0: int, lines: int) -> Block:
    """A paragraph wrapped over several lines of body text."""
    b = Block([_block(text, x0=x0, y0=y0 + 26 * k).lines[0] for k in range(lines)])
    b.update()
    return b


def _body(y0: int, n: int = 6) -> list[Block]:
    """Plain paragraphs at body size: they set the page's em to 20."""
    return [_block("some plain body text of the page here", y0=y0 + 40 * i) for i in range(n)]


def _types(groups: list[list[Block]]) -> list[str]:
    blocks = [b for g in groups for b in g]
    return [s["type"] for s in assemble(groups, Page(blocks, WIDTH))]


def test_a_soft_gradient_between_texts_is_blank_space() -> None:
    # a glow: every row spans dark to light (max - min is high), neighbours differ little
    gray = Image.new("L", (WIDTH, 900))
    gray.putdata([40 + x * 150 // WIDTH for _ in range(900) for x in range(WIDTH)])
    top, below = _block("Brand", y0=40), _block("A big title", y0=400, h=50)
    band = [Band(0, 900, (40, 40, 40))]
    assert max(row_profiles(gray)) > 100
    assert split_sections([top, below], band, local_contrast(gray), WIDTH) == [[top], [below]]


def test_a_brand_alone_at_the_page_top_is_the_navigation() -> None:
    brand = _block("Rainblur", y0=34, h=42)
    title = _block("Main hero message", y0=240, h=50)
    assert _types([[brand], [title, *_body(320)]]) == ["navigation", "hero"]


def test_buttons_over_the_copyright_line_are_a_call_to_action_after_the_hero() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    closing = [
        _block("Download our app:", x0=640, y0=755),
        _block("App Store", x0=600, y0=810, button=True),
        _block("Google play", x0=780, y0=810, button=True),
    ]
    mark = _block("© App 2020", y0=914)
    brand = _block("Rainblur", y0=34, h=42)
    assert _types([[brand], [*hero, *closing, mark]]) == ["navigation", "hero", "cta", "footer"]


def test_a_heading_over_a_field_and_its_button_is_a_call_to_action() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    signup = [
        _block("Ready to get started? Sign up now!", x0=480, y0=1000, h=31),
        _block("Email Address", x0=425, y0=1080),
        _block("Submit", x0=956, y0=1080, button=True),
    ]
    assert _types([hero, signup])[1] == "cta"


def test_a_row_of_links_under_the_hero_is_the_navigation_not_a_logo_wall() -> None:
    hero = [_block("Experience the new reality", y0=380, h=90), *_body(500)]
    links = [
        _block(t, x0=720 + 80 * i, y0=932, h=15)
        for i, t in enumerate(["Home", "About", "Services", "Team", "Contact"])
    ]
    about = [_block("About us", y0=1080, h=37), *_body(1150)]
    sections = assemble([hero, links, about], Page([*hero, *links, *about], WIDTH))
    assert [s["type"] for s in sections] == ["hero", "navigation", "about"]
    assert {c["element"] for c in sections[1]["components"]} == {"nav_link"}


def test_form_labels_make_a_contact_section_not_team_cards() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    form = [
        _block("Dolore magna aliqua", x0=500, y0=1000, h=31),
        *[
            _block(label, x0=x, y0=1080 + 60 * row)
            for row, label in enumerate(["Your Name", "Your Email", "Your Password"])
            for x in (100, 800)
        ],
        _block("Sign Up", x0=100, y0=1300, button=True),
    ]
    assert _types([hero, form])[1] == "contact"


def test_a_contact_heading_makes_a_contact_section() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    contact = [
        _block("Contact Us", x0=600, y0=1000, h=31),
        _block("some plain body text of the page here and more of it", x0=300, y0=1060),
    ]
    assert _types([hero, contact])[1] == "contact"


def test_a_form_under_its_own_heading_at_a_section_foot_is_a_section_of_its_own() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    cards = [
        _block("Build something", x0=560, y0=1000, h=38),
        *[_block(t, x0=300 + 350 * i, y0=1100) for i, t in enumerate(["Excelent", "Grow", "Go"])],
        *[_block("some plain body text of the card", x0=300 + 350 * i, y0=1140) for i in range(3)],
    ]
    form = [
        _block("Want to work with us?", x0=470, y0=1300, h=30),
        _block("Full Name", x0=470, y0=1360),
        _block("Email", x0=470, y0=1420),
        _block("Message", x0=470, y0=1480),
        _block("Send message", x0=650, y0=1600, button=True),
    ]
    assert _types([hero, cards + form])[2] == "contact"


def test_a_heading_with_a_field_and_button_on_its_row_is_a_call_to_action() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    signup = [
        _block("New products, delivered to you.", x0=160, y0=2543, h=30),
        _block("Email address", x0=915, y0=2547),
        _block("Sign up", x0=1212, y0=2547, button=True),
        _block("Sign up for our newsletter for the latest updates.", x0=158, y0=2582),
        _block("We care about privacy, and will never share your data.", x0=904, y0=2585),
    ]
    assert _types([hero, signup])[1] == "cta"


def test_numbered_steps_in_circles_are_not_a_call_to_action() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    steps = [
        _block("Our process, step by step", x0=500, y0=1000, h=31),
        _block("01", x0=300, y0=1100, button=True),
        _block("02", x0=900, y0=1100, button=True),
        _block("Import your flags", x0=300, y0=1160),
        _block("Release your migrations", x0=900, y0=1160),
        _block("some plain body text of the step here and more", x0=300, y0=1200),
        _block("some plain body text of the step here and more", x0=900, y0=1200),
    ]
    assert not is_cta(steps, Page([*hero, *steps], WIDTH))


def test_a_contact_heading_at_the_foot_of_a_blog_row_does_not_make_it_contact() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    blogs = [
        _block("Blogs", x0=660, y0=1000, h=31),
        *[_block("Amazon increase income", x0=100 + 450 * i, y0=1100) for i in range(3)],
        *[_block("Read More", x0=100 + 450 * i, y0=1150, button=True) for i in range(3)],
        _block("Contact Info", x0=100, y0=1300, h=31),
    ]
    assert _types([hero, blogs])[1] != "contact"


def test_one_quotation_and_its_attribution_is_a_testimonial() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    quote = [
        _block('"Working with these templates has saved me tons of time on projects!"', y0=1000),
        _block("Tom Ato / CEO, Pomodoro", x0=600, y0=1060),
    ]
    section = assemble([hero, quote], Page([*hero, *quote], WIDTH))[1]
    assert section["type"] == "testimonials"
    (item,) = section["components"][0]["items"]
    assert (item["name"], item["role"]) == ("Tom Ato", "CEO, Pomodoro")


def test_two_small_headed_columns_closing_the_page_are_the_footer() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    store = [_block("Store", x0=660, y0=700, h=31), *_body(780, 3)]
    about = [_block("About", x0=660, y0=1100, h=31), *_body(1180, 3)]
    last = [
        _block("About", x0=94, y0=1857, h=15),
        _block("Social", x0=1188, y0=1857, h=15),
        _block("Lorem ipsum dolor sit amet, consectetur", x0=92, y0=1897, h=15),
    ]
    sections = assemble([hero, store, about, last], Page([*hero, *store, *about, *last], WIDTH))
    assert sections[-1]["type"] == "footer"
    (grid,) = [c for c in sections[-1]["components"] if "items" in c]
    assert [it["heading"] for it in grid["items"]] == ["About", "Social"]


def test_short_bands_of_a_photo_are_one_background_but_header_strips_stay_apart() -> None:
    white = Band(763, 1353, (255, 255, 255))
    photo = [Band(y, y + 90, (60 + y // 20, 30, 50)) for y in range(223, 763, 90)]
    assert [(b.y0, b.y1) for b in photo_runs([*photo, white])] == [(223, 763), (763, 1353)]
    header = [Band(0, 43, (235, 235, 235)), Band(43, 153, (255, 255, 255))]
    header += [Band(153, 223, (35, 40, 45))]
    hero = Band(223, 791, (43, 25, 11))
    assert photo_runs([*header, hero]) == [*header, hero]


def test_a_product_grid_over_the_copyright_band_is_not_footer_links() -> None:
    hero = [_block("Shop in style", y0=240, h=50), *_body(320)]
    products = []
    for i in range(4):
        x = 100 + 320 * i
        products += [
            _block("Fancy Product", x0=x, y0=700),
            _block("$40.00", x0=x, y0=740),
            _block("Add to cart", x0=x, y0=800, button=True),
        ]
    copyright_band = [_block("Copyright © Your Website 2023", x0=500, y0=1100)]
    types = _types([hero, products, copyright_band])
    assert len(types) == 3 and types[1] != "footer" and types[2] == "footer"


def test_link_columns_beside_a_brand_blurb_are_the_footer() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    # the brand's blurb wraps over five lines of prose
    blurb = Block(
        [
            _block("tempor incididunt ut labore et dolore", x0=150, y0=4400 + 22 * k).lines[0]
            for k in range(5)
        ]
    )
    blurb.update()
    columns = [blurb]
    for i, (head, links) in enumerate(
        [
            ("Explore", ["Inside Us", "Flickr", "Google", "Forum"]),
            ("Support", ["Contact Us", "Help", "Press", "Blog"]),
        ]
    ):
        x = 700 + 300 * i
        columns.append(_block(head, x0=x, y0=4354))
        columns += [_block(t, x0=x, y0=4410 + 32 * k) for k, t in enumerate(links)]
    copyright_band = [_block("Copyright © 2015 Themefisher. All rights reserved.", x0=450, y0=4635)]
    assert _types([hero, columns, copyright_band]) == ["hero", "footer"]


def test_a_lone_copyright_sign_is_an_icon_not_a_copyright_line() -> None:
    assert not is_copyright("©")
    assert is_copyright("© 2026, Designed by Invision")
    assert is_copyright("All rights reserved.")
    # a clock icon read as the mark before a schedule's time
    assert not is_copyright("©9.45 AM - 10.00 AM")
    assert not is_copyright("© 10:30 Keynote")
    assert is_copyright("©2020 | All Rights Reserved.")
    assert is_copyright("© 12.05.2020 Copyright ACME")
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    team = [_block("Here is our team", x0=573, y0=2404, h=35)]
    for i, (name, role) in enumerate([("Romina Hadid", "Model"), ("Ryan Tompson", "Designer")]):
        team += [_block(name, x0=260 + 400 * i, y0=2635), _block(role, x0=260 + 400 * i, y0=2677)]
    team.append(_block("©", x0=333, y0=2888, button=True))  # a social icon read as a letter
    contact = [_block("Want to work with us?", y0=3110, h=36), _block("Email", y0=3292)]
    legal = [_block("Privacy policy", y0=3600), _block("© 2026 Creative Tim", x0=900, y0=3600)]
    assert _types([hero, team, contact, legal])[1] == "team"


def test_link_columns_over_a_last_row_of_legal_links_are_the_footer() -> None:
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    links = []
    for i, head in enumerate(["About Us", "Features", "Our Products"]):
        x = 400 + 220 * i
        links.append(_block(head, x0=x, y0=8139))
        links += [_block(t, x0=x, y0=8202 + 36 * k) for k, t in enumerate(["Home", "Blog", "Help"])]
    legal = [
        _block(t, x0=80 + 130 * i, y0=8483)
        for i, t in enumerate(["Privacy", "Legal notice", "Terms", "Designed by TailGrids"])
    ]
    about = [[_block("About our work", y0=y, h=40), *_body(y + 60, 2)] for y in (1000, 2000, 3000)]
    assert _types([hero, *about, links, legal])[-2:] == ["about", "footer"]


def test_small_capitals_in_the_navigation_bar_are_kept_as_copy() -> None:
    body = _body(600)
    nav = _block("BACK TO KIT", x0=944, y0=37, h=8)
    mockup = _block("tiny dashboard label", x0=900, y0=900, h=8)
    kept = copy_blocks([nav, *body, mockup], Page([nav, *body, mockup], WIDTH))
    assert nav in kept and mockup not in kept


def test_a_header_strip_of_contact_details_over_the_brand() -> None:
    items = [
        _block("Opening Hours : Saturday to Tuesday - 8am to 10pm", x0=166, y0=17),
        _block("Medic", x0=166, y0=97, h=60),
        _block("info@medic.com", x0=616, y0=133),
        _block("Home", x0=183, y0=223),
        _block("About", x0=263, y0=223),
    ]
    comps = navigation(items, Page(items, WIDTH))["components"]
    assert [(c["element"], c["current_content"]) for c in comps] == [
        ("contact_detail", "Opening Hours : Saturday to Tuesday - 8am to 10pm"),
        ("logo", "Medic"),
        ("contact_detail", "info@medic.com"),
        ("nav_link", "Home"),
        ("nav_link", "About"),
    ]


def test_a_header_in_three_bands_with_an_opening_hours_strip_is_one_navigation() -> None:
    strip = [_block("Opening Hours : Saturday to Tuesday - 8am to 10pm", x0=166, y0=17)]
    brand = [_block("Medic", x0=166, y0=97, h=60), _block("Call Now", x0=844, y0=105)]
    links = [
        _block(t, x0=183 + 100 * i, y0=223) for i, t in enumerate(["Home", "About", "Team", "Blog"])
    ]
    hero = [_block("Our Best Surgeons", y0=515, h=72), *_body(620)]
    assert _types([strip, brand, links, hero]) == ["navigation", "hero"]


def test_an_announcement_strip_over_the_brand_and_links_is_part_of_the_navigation() -> None:
    # a dark strip of one long line ("This is a free demo. Click here ..."), then the brand,
    # links and a button on white: one navigation, not a hero over a call to action
    strip = [_block("This is a free demo. Click here to open the full version of it now", y0=12)]
    bar = [_block("Quick.", x0=166, y0=70, h=24)]
    bar += [_block(t, x0=880 + 100 * i, y0=72) for i, t in enumerate(["Overview", "Pages", "Docs"])]
    bar.append(_block("Download Free", x0=1140, y0=70, button=True))
    hero = [_block("It's time to amplify your business", y0=340, h=48), *_body(440)]
    assert _types([strip, bar + hero]) == ["navigation", "hero"]


def test_the_brand_in_big_type_over_its_blurb_heads_the_footer() -> None:
    blocks = [
        _block("Brandi", x0=166, y0=4359, h=37),
        _block("eusmod tempor incididunt ut labore", x0=150, y0=4403),
        _block("5", x0=150, y0=4440),  # an icon read as a figure
    ]
    for i, (head, links) in enumerate(
        [("Explore", ["Inside Us", "Flickr"]), ("Support", ["Contact Us", "Help"])]
    ):
        x = 700 + 300 * i
        blocks.append(_block(head, x0=x, y0=4354))
        blocks += [_block(t, x0=x, y0=4410 + 32 * k) for k, t in enumerate(links)]
    blocks.append(_block("Copyright © 2015 Themefisher", x0=450, y0=4635))
    blocks.append(_block("Privacy", x0=1000, y0=4640))  # a legal link beside it
    comps = footer(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, WIDTH))["components"]
    assert [c["element"] for c in comps] == [
        "logo",
        "description",
        "footer_columns",
        "copyright",
        "nav_link",
    ]
    assert comps[0]["current_content"] == "Brandi"
    assert [it["heading"] for it in comps[2]["items"]] == ["Explore", "Support"]


def test_form_fields_above_a_contact_heading_are_form_labels() -> None:
    blocks = [
        _block("Your Name", x0=800, y0=100),
        _block("Your Email", x0=800, y0=160),
        _block("Get in touch", x0=100, y0=200, h=40),
        _block("We answer within a day, every day of the week.", x0=100, y0=260),
        _block("hello@example.com", x0=100, y0=320),
        _block("Send", x0=800, y0=400, button=True),
    ]
    comps = contact(blocks, Page([*blocks, *_body(600)], WIDTH))["components"]
    assert [c["element"] for c in comps] == [
        "form_label",
        "form_label",
        "section_heading",
        "section_description",
        "contact_detail",
        "cta_button",
    ]


def test_a_form_and_the_contact_details_side_by_side_each_keep_their_heading() -> None:
    blocks = [
        _block("Online Reservation", x0=320, y0=100, h=52),
        _block("Contact Us", x0=990, y0=100, h=53),
        _block("Booking request or fill out the order form below", x0=310, y0=170),
        _block("+88-123-123456", x0=1000, y0=240),
        _block("Your Name", x0=220, y0=250),
        _block("Restaurant St, Delicious City", x0=1000, y0=300),  # an address
        _block("Send", x0=300, y0=400, button=True),
    ]
    comps = contact(blocks, Page([*blocks, *_body(600)], WIDTH))["components"]
    assert [c["element"] for c in comps] == [
        "section_heading",
        "section_heading",
        "section_description",
        "contact_detail",
        "form_label",
        "contact_detail",
        "cta_button",
    ]


def test_cards_under_an_about_us_heading_are_the_about_section() -> None:
    blocks = [_block("About Us", x0=600, y0=100, h=40)]
    for i, title in enumerate(["We're Creative", "We're Professional", "We're Genius"]):
        blocks.append(_block(title, x0=100 + 420 * i, y0=200, h=26))
        blocks.append(_block("Lorem ipsum dolor sit amet", x0=100 + 420 * i, y0=250))
    blocks.sort(key=lambda b: (b.y0, b.x0))
    section = body_section(blocks, Page([*blocks, *_body(600)], WIDTH))
    assert section["type"] == "about"
    assert [c["element"] for c in section["components"]] == ["section_heading", "feature_cards"]


def test_text_closing_on_three_short_points_is_a_feature_list() -> None:
    blocks = [
        _block("A growing company", x0=767, y0=1790, h=40),
        _paragraph("The extension comes with three pre-built pages", x0=762, y0=1844, lines=3),
        _block("Carefully crafted components", x0=803, y0=1964),
        _block("Amazing page examples", x0=802, y0=2006),
        _block("Dynamic components", x0=790, y0=2047),
    ]
    section = body_section(blocks, Page([*blocks, *_body(2400)], WIDTH))
    assert section["type"] == "features"
    assert [it["title"] for it in section["components"][-1]["items"]] == [
        "Carefully crafted components",
        "Amazing page examples",
        "Dynamic components",
    ]
    two = blocks[:4]  # two points are not a list
    assert body_section(two, Page([*two, *_body(2400)], WIDTH))["type"] != "features"


def _centred(text: str, *, y0: int, h: int) -> Block:
    b = _block(text, y0=y0, h=h)
    shift = WIDTH // 2 - int(b.cx)
    for w in b.lines[0].words:
        w.x0 += shift
        w.x1 += shift
    b.lines[0].update()
    b.update()
    return b


def test_a_centred_heading_after_wide_whitespace_starts_a_section() -> None:
    # 80 px of white between a grid's last card and a centred heading: less than the section
    # gap, but a heading centred on the page opens the next section
    gray = Image.new("L", (WIDTH, 900), 255)
    band = [Band(0, 900, (255, 255, 255))]
    card = _block("the last card's body text", y0=200)
    heading = _centred("Simple pricing", y0=300, h=40)
    plans = _block("Free plan for everyone", y0=380)
    profile = local_contrast(gray)
    assert split_sections([card, heading, plans], band, profile, WIDTH, em=20) == [
        [card],
        [heading, plans],
    ]
    # the same gap before a card title in a column (another card's beside it), or before
    # body text, keeps one section
    title = _block("Simple pricing", y0=300, h=40)
    other = _block("Fair billing", x0=700, y0=300, h=40)
    row = [card, title, other, plans]
    assert len(split_sections(row, band, profile, WIDTH, em=20)) == 1
    body = _centred("more text of the same card", y0=300, h=20)
    assert len(split_sections([card, body, plans], band, profile, WIDTH, em=20)) == 1
    # a small centred heading (a newsletter's) needs wider whitespace
    small = _centred("Keep yourself updated", y0=300, h=25)
    assert len(split_sections([card, small, plans], band, profile, WIDTH, em=20)) == 1
    later = _centred("Keep yourself updated", y0=320, h=25)
    assert len(split_sections([card, later, plans], band, profile, WIDTH, em=20)) == 2


def test_filter_tabs_over_a_gallery_are_links_of_the_section() -> None:
    heading = _centred("Our Works", y0=100, h=40)
    labels = ["All", "Photography", "Design", "Development"]
    tabs = [_block(t, x0=400 + 140 * i, y0=200) for i, t in enumerate(labels)]
    section = body_section([heading, *tabs, *_body(900, 2)], Page([heading, *tabs], WIDTH))
    comps = section["components"]
    assert section["type"] == "features"
    assert [c["current_content"] for c in comps if c["element"] == "nav_link"] == labels
    assert comps[0]["element"] == "section_heading"
    # the same row with each label's text right under it is a row of cards, not tabs
    under = [_block("a card's own text below", x0=400 + 140 * i, y0=230) for i in range(4)]
    cards = body_section([heading, *tabs, *under], Page([heading, *tabs, *under], WIDTH))
    assert not any(c.get("element") == "nav_link" for c in cards["components"])


def test_three_menu_tabs_spaced_wide_over_a_menu_are_links_not_its_first_card() -> None:
    tabs = [
        _block(t, x0=550 + 130 * i, y0=100) for i, t in enumerate(["PIZZAS", "DRINKS", "SIDES"])
    ]
    dishes = []
    for k, (name, price) in enumerate((("Cheese Pizza", "$15"), ("Hot Pastrami", "$25"))):
        y0 = 220 + 190 * k
        dishes += [
            _block(name, x0=450, y0=y0, h=26),
            _block(price, x0=1240, y0=y0, h=26),
            _block("Lorem ipsum dolor sit amet consectetur elit", x0=450, y0=y0 + 40),
            _block("Add to cart", x0=450, y0=y0 + 80, button=True),
        ]
    blocks = [*tabs, *dishes]
    section = body_section(blocks, Page([*blocks, *_body(900)], WIDTH))
    comps = section["components"]
    assert [c["current_content"] for c in comps if c["element"] == "nav_link"] == [
        "PIZZAS",
        "DRINKS",
        "SIDES",
    ]
    cards = next(c["items"] for c in comps if "items" in c)
    assert [c["price"] for c in cards] == ["$15", "$25"]  # one card per dish
    # a line whose words the OCR read apart is not a row of tabs
    apart = [_block(t, x0=550 + 130 * i, y0=100) for i, t in enumerate(["Head", "of AI,", "Apple"])]
    section = body_section([*apart, *dishes], Page([*apart, *dishes, *_body(900)], WIDTH))
    assert not any(c.get("element") == "nav_link" for c in section["components"])


def test_closed_accordion_questions_are_faq_items_and_its_plus_signs_are_icons() -> None:
    heading = _block("Faq", y0=100, h=40)
    asks = ["What license is the code under?", "Can I request new templates?", "Will you add more?"]
    questions = [_block(q, x0=600, y0=200 + 80 * i) for i, q in enumerate(asks)]
    plus = [_block("+", x0=1300, y0=200 + 80 * i) for i in range(3)]
    blocks = [heading, *questions, *plus, *_body(600)]
    page = Page(blocks, WIDTH)
    kept = copy_blocks(blocks, page)
    assert not any(b in kept for b in plus)
    section = body_section([heading, *questions], page)
    assert section["type"] == "faq"
    (grid,) = [c for c in section["components"] if "items" in c]
    assert grid["items"] == [{"question": q} for q in asks]
    # an answer under a question stays with it
    answer = _block("Yes, just write to us.", x0=600, y0=230)
    opened = body_section([heading, questions[0], answer, *questions[1:]], page)
    assert opened["components"][-1]["items"][0] == {"question": asks[0], "answer": answer.text}


def test_an_inset_panel_alone_across_the_page_is_a_section_of_its_own() -> None:
    # a grey box (ratings, a call to action) inset from the page edge, 60 px of white above
    # and below it: too little for a section gap, but the box is a section
    gray = Image.new("L", (WIDTH, 900), 255)
    gray.paste(235, (200, 300, 1240, 500))
    boxes = panels(gray)
    assert boxes == [(200, 300, 1240, 500)]
    above = _block("the last line of the section above", y0=220)
    inside = _block("4.5/5 from 18k reviews", x0=400, y0=390)
    below = _block("Highly secure", y0=560)
    blocks = [above, inside, below]
    rows = panel_rows(boxes, blocks, WIDTH)
    band = [Band(0, 900, (255, 255, 255))]
    groups = split_sections(blocks, band, local_contrast(gray), WIDTH, rows, em=20)
    assert groups == [[above], [inside], [below]]
    # text beside the box (contact details beside a form card) keeps it in its section
    side = _block("Call us", x0=20, y0=400)
    assert panel_rows(boxes, [*blocks, side], WIDTH) == []
    # wide cards stacked a few px apart are one list, not panels
    stack = Image.new("L", (WIDTH, 900), 255)
    for top in (100, 320, 540):
        stack.paste(235, (200, top, 1240, top + 200))
    assert panels(stack) == []


def test_header_labels_over_contact_details_are_subtitles_and_an_email_box_is_a_field() -> None:
    brand = _block("Constra", y0=80, h=30)
    label = _block("Call Us", x0=600, y0=70)
    phone = _block("(+9) 847-291-4353", x0=600, y0=104)
    link = _block("Projects", x0=900, y0=80)
    comps = navigation([brand, label, phone, link], Page([brand, label, phone, link], WIDTH))[
        "components"
    ]
    assert [c["element"] for c in comps] == ["subtitle", "logo", "nav_link", "contact_detail"]
    heading = _block("Join our newsletter", y0=100, h=40)
    field = _block("Your email", y0=200, button=True)
    send = _block("Sign up", x0=500, y0=200, button=True)
    section = body_section([heading, field, send], Page([heading, field, send, *_body(600)], WIDTH))
    assert [c["element"] for c in section["components"]] == [
        "section_heading",
        "form_label",
        "cta_button",
    ]


def test_a_brand_and_a_link_row_over_a_photo_hero_are_the_navigation() -> None:
    # one photo band: a tag line and the brand in big type, a row of links under them,
    # then the hero's own title; the links are spaced wider than a body row
    tag = _centred("A free business theme", y0=84, h=20)
    brand = _centred("Business Casual", y0=131, h=60)
    links = [
        _block(t, x0=518 + 115 * i, y0=311)
        for i, t in enumerate(["Home", "About", "Products", "Store"])
    ]
    title = _block("Worth Drinking", y0=566, h=47)
    body = _block("Every cup of our quality artisan coffee starts with the beans", y0=644)
    blocks = [tag, brand, *links, title, body]
    sections = assemble([blocks], Page(blocks, WIDTH))
    assert [s["type"] for s in sections] == ["navigation", "hero"]
    nav = sections[0]["components"]
    assert [c["current_content"] for c in nav if c["element"] == "nav_link"] == [
        "Home",
        "About",
        "Products",
        "Store",
    ]
    assert sections[1]["components"][0] == {
        "element": "main_title",
        "current_content": "Worth Drinking",
    }
    # a row of points under the hero's title, with no big title below it, stays the hero's
    points = [
        _block(t, x0=518 + 115 * i, y0=311) for i, t in enumerate(["Fast", "Safe", "Free", "Open"])
    ]
    hero = [_centred("Build faster", y0=131, h=60), *points, body]
    assert [s["type"] for s in assemble([hero], Page(hero, WIDTH))] == ["hero"]


def test_whitespace_inside_a_band_inset_from_the_page_edge_still_splits() -> None:
    # a dark band on a card 24 px in from the page edge: its side edges run down every
    # row, which must not hide the wide whitespace inside it
    gray = Image.new("L", (WIDTH, 900), 240)
    gray.paste(40, (24, 100, WIDTH - 24, 800))
    band = [Band(0, 900, (240, 240, 240))]
    first = _block("The executive team", y0=200, h=28)
    later = _block("coinbase NASA NETFLIX", y0=420)
    assert split_sections([first, later], band, local_contrast(gray), WIDTH) == [[first], [later]]


def test_a_year_line_at_the_foot_of_the_footer_is_its_copyright() -> None:
    # the "©" was an icon the OCR did not read: the bottom row's line with a year is still
    # the copyright line, not a link of the column above it
    heads = [_block(t, x0=100 + 300 * i, y0=100) for i, t in enumerate(["Quick Links", "Hours"])]
    links = [_block(t, x0=100, y0=140 + 30 * k) for k, t in enumerate(["Home", "About", "Menu"])]
    days = [
        _block(t, x0=400, y0=140 + 30 * k) for k, t in enumerate(["Monday", "Tuesday", "Friday"])
    ]
    year = _block("2026 DineCraft by PrettyCodes", x0=100, y0=300)
    blocks = [*heads, *links, *days, year]
    page = Page(blocks, WIDTH)
    comps = footer(sorted(blocks, key=lambda b: (b.y0, b.x0)), page)["components"]
    assert {"element": "copyright", "current_content": year.text} in comps
    (cols,) = [c for c in comps if "items" in c]
    assert all(year.text not in it.get("links", []) for it in cols["items"])


def test_a_newsletter_box_in_the_footer_keeps_its_field_and_button() -> None:
    blurb = _block("Subscribe to our newsletter to get updates", x0=100, y0=100)
    field = _block("Email Address", x0=100, y0=140, button=True)
    send = _block("Subscribe", x0=100, y0=180, button=True)
    cols = []
    for i, (head, items) in enumerate(
        (("Company", ["About", "Careers", "Blog"]), ("Help", ["FAQ", "Contact", "Terms"]))
    ):
        cols.append(_block(head, x0=700 + 300 * i, y0=100))
        cols += [_block(t, x0=700 + 300 * i, y0=130 + 26 * k) for k, t in enumerate(items)]
    mark = _block("© 2026 SaaS Inc.", x0=100, y0=400)
    blocks = sorted([blurb, field, send, *cols, mark], key=lambda b: (b.y0, b.x0))
    comps = footer(blocks, Page(blocks, WIDTH))["components"]
    roles = {c["current_content"]: c["element"] for c in comps if "current_content" in c}
    assert roles["Email Address"] == "form_label"
    assert roles["Subscribe"] == "cta_button"
    assert roles[blurb.text] == "description"


def test_an_input_placeholder_without_a_box_is_a_form_label_not_small_print() -> None:
    heading = _block("Be the first to see the news", y0=100, h=40)
    send = _block("Subscribe", x0=700, y0=200, button=True)
    field = _block("Email Here...", y0=200)
    blocks = [heading, send, field]
    section = body_section(blocks, Page([*blocks, *_body(600)], WIDTH))
    roles = {c["current_content"]: c["element"] for c in section["components"]}
    assert roles["Email Here..."] == "form_label"


def test_a_brand_name_alone_under_its_mark_in_the_first_footer_column_is_the_logo() -> None:
    brand = _block("Material Kit 3", x0=100, y0=130)  # lower than the column heads: a mark above
    cols = [brand]
    for i, (head, items) in enumerate(
        (
            ("Company", ["About", "Blog"]),
            ("Resources", ["Docs", "Icons"]),
            ("Legal", ["Terms", "Licences"]),
        )
    ):
        cols.append(_block(head, x0=450 + 300 * i, y0=100))
        cols += [_block(t, x0=450 + 300 * i, y0=130 + 26 * k) for k, t in enumerate(items)]
    mark = _block("All rights reserved. Copyright © 2026", x0=400, y0=300)
    blocks = sorted([*cols, mark], key=lambda b: (b.y0, b.x0))
    comps = footer(blocks, Page(blocks, WIDTH))["components"]
    assert {"element": "logo", "current_content": "Material Kit 3"} in comps


def test_a_sign_up_form_over_the_last_row_is_not_the_footers_link_columns() -> None:
    # a card: heading, a line, two input fields and a button in a row; then a credit line
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    about = [[_block("About our work", y0=y, h=40), *_body(y + 60, 2)] for y in (1000, 2000)]
    form = [
        _block("Subscribe", x0=185, y0=2434, h=40),
        _block("Litora torquent per conubia nostra", x0=185, y0=2490),
        _block("First name", x0=205, y0=2560, button=True),
        _block("Email address", x0=545, y0=2560, button=True),
        _block("Subscribe", x0=985, y0=2560, button=True),
    ]
    credit = [_block("Built with Pico", x0=148, y0=2866), _block("Source code", x0=420, y0=2866)]
    # (under a sign-up's heading, a call to action: it asks for an address)
    assert _types([hero, *about, form, credit])[-2:] == ["cta", "footer"]


def test_a_short_heading_beside_its_paragraph_is_not_two_cards() -> None:
    body = _body(3000)
    head = _block("About Me", x0=124, y0=236, h=36)
    text = _paragraph(
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Curabitur in iaculis ex",
        x0=444,
        y0=230,
        lines=7,
    )
    section = body_section([text, head], Page([head, text, *body], WIDTH))
    assert section["type"] == "about"
    assert [c["element"] for c in section["components"]] == ["description", "section_heading"]


def test_entries_of_a_list_set_far_apart_stay_in_their_section() -> None:
    # a heading, then three features one under another, 200 px apart beside their pictures
    head = _block("You are here because you want the best", x0=146, y0=100, h=33)
    entries = []
    for k, title in enumerate(["Powerful interface", "Cross device sync", "Nomad System"]):
        y = 210 + 330 * k
        entries.append(_block(title, x0=948, y0=y, h=17))
        entries.append(_paragraph("Lorem ipsum dolor sit amet", x0=947, y0=y + 46, lines=4))
    after = _block("Another section title", x0=500, y0=1400, h=40)
    band = [Band(0, 1600, (255, 255, 255))]
    profile = [0] * 1600
    em = _body(0)[0].h  # body text at 20 px
    groups = split_sections([head, *entries, after], band, profile, WIDTH, em=em)
    assert [len(g) for g in groups] == [7, 1]


def test_a_strip_of_contact_details_then_a_brand_and_links_row_are_the_navigation() -> None:
    # a top strip: an address and a phone (lines longer than links), then the brand, its
    # links and a long button as a band of their own, then the hero
    strip = [
        _block("1234 Ocean Drive, Miami Beach, Florida 33139", x0=100, y0=12),
        _block("+1 305 555 0199", x0=1000, y0=12),
    ]
    row = [_block("Seaside", x0=100, y0=80, h=36)] + [
        _block(t, x0=600 + 110 * i, y0=88) for i, t in enumerate(["Home", "Menu", "Events", "Book"])
    ]
    row.append(_block("Reserve your table now", x0=1160, y0=84, button=True))
    hero = [_block("Fresh fish every morning", y0=400, h=60), *_body(500)]
    sections = assemble([strip, row, hero], Page([*strip, *row, *hero], WIDTH))
    assert [s["type"] for s in sections] == ["navigation", "hero"]
    bar = [(c["element"], c["current_content"]) for c in sections[0]["components"]]
    assert bar[1:] == [
        ("contact_detail", "+1 305 555 0199"),
        ("logo", "Seaside"),
        ("nav_link", "Home"),
        ("nav_link", "Menu"),
        ("nav_link", "Events"),
        ("nav_link", "Book"),
        ("cta_button", "Reserve your table now"),
    ]
    assert sections[1]["components"][0]["current_content"] == "Fresh fish every morning"


def test_a_short_token_read_inside_a_headline_is_not_copy() -> None:
    # an outlined display headline: the OCR also reads one of its letters as "0"
    body = _body(900)
    headline = _block("Creative studio", x0=200, y0=300, h=90)
    inside = _block("0", x0=240, y0=320, h=50)
    counter = _block("0", x0=600, y0=700, h=50)  # a counter of its own stays
    blocks = [headline, inside, counter, *body]
    kept = copy_blocks(blocks, Page(blocks, WIDTH))
    assert headline in kept and counter in kept and inside not in kept


def test_an_address_over_lines_ending_on_commas_is_one_footer_entry() -> None:
    blocks = [_block("Explore", x0=700, y0=4354), _block("Contact Us", x0=1000, y0=4354)]
    blocks += [_block(t, x0=700, y0=4410 + 32 * k) for k, t in enumerate(["Inside Us", "Flickr"])]
    address = [
        _block(t, x0=1000, y0=4410 + 28 * k)
        for k, t in enumerate(["2 Lord Edward St,", "D02 P634,", "United States"])
    ]
    lines = Block([ln for b in address for ln in b.lines])
    lines.update()
    blocks += [lines, _block("Blogs", x0=1000, y0=4530), _block("News", x0=1000, y0=4562)]
    comps = footer(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, WIDTH))["components"]
    links = [it["links"] for it in comps[0]["items"]]
    assert links == [
        ["Inside Us", "Flickr"],
        ["2 Lord Edward St, D02 P634, United States", "Blogs", "News"],
    ]


def test_a_pricing_table_under_the_first_title_is_the_pricing_section_not_a_hero() -> None:
    nav = [_block(t, x0=900 + 100 * i, y0=20, h=16) for i, t in enumerate(["Pricing", "Support"])]
    head = [
        _block("Pricing Template", x0=580, y0=120, h=48),
        _block("Build awesome themes with a popular framework for the web", x0=360, y0=190),
    ]

    def plans(rows: list[tuple[str, ...]]) -> list[Block]:
        return [
            _block(text, x0=200 + 380 * col, y0=300 + 50 * row, h=30 if row < 2 else 18)
            for col, plan in enumerate(rows)
            for row, text in enumerate(plan)
        ]

    table = plans(
        [
            ("Free", "$0 / mo", "10 users included", "2 GB of storage", "Email support"),
            ("Baby Plan", "$30 / mo", "50 users", "100 GB of storage", "Live support"),
            ("Enterprise", "$100 / mo", "Unlimited users", "Unlimited storage", "Chat support"),
        ]
    )
    blocks = [*nav, *head, *table]
    sections = assemble([nav, head + table], Page(blocks, WIDTH))
    assert [s["type"] for s in sections] == ["navigation", "pricing"]
    comps = sections[1]["components"]
    assert comps[0] == {"element": "section_heading", "current_content": "Pricing Template"}
    cards = next(c["items"] for c in comps if c["element"] == "pricing_cards")
    assert [c["price"] for c in cards] == ["$0 / mo", "$30 / mo", "$100 / mo"]
    # feature cards under a hero's title stay the hero's
    points = plans([("Fast", "Builds in a second"), ("Safe", "Checks every change")])
    blocks = [*nav, *head, *points]
    sections = assemble([nav, head + points], Page(blocks, WIDTH))
    assert [s["type"] for s in sections] == ["navigation", "hero"]


def test_footer_columns_keep_hand_set_lines_apart_and_a_newsletter_input_is_a_field() -> None:
    def lines_block(texts: list[str], x0: int, y0: int) -> Block:
        b = Block([_block(t, x0=x0, y0=y0 + 24 * k).lines[0] for k, t in enumerate(texts)])
        b.update()
        return b

    address = ["Reach us safely", "Street 21 Kifisia 99999 Athens Greece", "Phone +210 9999"]
    cols = [
        _block("NEWSLETTER", x0=50, y0=100),
        _block("We love to share new offers and promotions", x0=50, y0=140),
        _block("Enter your email address", x0=60, y0=190, button=True),
        _block("SOCIAL MEDIA", x0=600, y0=100),
        _block("Follow us on social media", x0=600, y0=140),
        _block("ADDRESS", x0=1000, y0=100),
        lines_block(address, x0=1000, y0=140),
    ]
    mark = _block("© 2020 - Hotel. All rights reserved.", x0=500, y0=300)
    blocks = sorted([*cols, mark], key=lambda b: (b.y0, b.x0))
    comps = footer(blocks, Page(blocks, WIDTH))["components"]
    items = next(c["items"] for c in comps if c["element"] == "footer_columns")
    assert items[0] == {
        "heading": "NEWSLETTER",
        "description": "We love to share new offers and promotions",
    }
    assert items[2] == {"heading": "ADDRESS", "description": address}
    assert {"element": "form_label", "current_content": "Enter your email address"} in comps
    # a paragraph its width wrapped stays one description
    wrapped = ["We are a team of students", "working in free time."]
    cols[-1] = lines_block(wrapped, x0=1000, y0=140)
    blocks = sorted([*cols, mark], key=lambda b: (b.y0, b.x0))
    comps = footer(blocks, Page(blocks, WIDTH))["components"]
    items = next(c["items"] for c in comps if c["element"] == "footer_columns")
    assert items[2]["description"] == " ".join(wrapped)


def test_plans_over_the_copyright_line_are_a_pricing_section_not_footer_columns() -> None:
    # one light band to the page's end: three plans, the footer's links, the copyright
    def plan(i: int, name: str, price: str, features: list[str]) -> list[Block]:
        x0 = 240 + 330 * i
        lines = Block([_block(t, x0=x0, y0=260 + 28 * k).lines[0] for k, t in enumerate(features)])
        lines.update()
        return [
            _block(name, x0=x0, y0=100),
            _block(price, x0=x0, y0=160, h=26),  # (under 1.5 em: not a heading)
            lines,
            _block("SELECT", x0=x0, y0=400, button=True),
        ]

    plans = [
        *plan(0, "TENOR TROMBONE", "$600", ["Lorem ipsum.", "Lorem ipsum dolor.", "Lorem ipsum."]),
        *plan(1, "BASS TROMBONE", "$900", ["Lorem ipsum.", "Lorem ipsum dolor.", "Lorem ipsum."]),
        *plan(2, "VALVE TROMBONE", "$1200", ["Plays like a Trumpet", "Great for Jazz Bands"]),
    ]
    links = [_block(t, x0=1000 + 70 * i, y0=560, h=16) for i, t in enumerate(["Privacy", "Terms"])]
    mark = _block("Copyright 2016, Original Trombones", x0=980, y0=590, h=16)
    blocks = sorted([*plans, *links, mark], key=lambda b: (b.y0, b.x0))
    page = Page([*blocks, *_body(800)], WIDTH)
    *before, rest = split_footer(blocks, page)
    assert before == [sorted(plans, key=lambda b: (b.y0, b.x0))]
    assert rest == sorted([*links, mark], key=lambda b: (b.y0, b.x0))
    section = body_section(before[0], page)
    assert section["type"] == "pricing"
    cards = section["components"][-1]["items"]
    assert cards[2]["features"] == ["Plays like a Trumpet", "Great for Jazz Bands"]
    assert "description" not in cards[0]


def test_a_text_with_a_learn_more_link_is_about_a_sign_up_button_is_a_call_to_action() -> None:
    def band(label: str) -> list[Block]:
        return [
            _block("Manage all your data from one place", y0=1000, h=36),
            _paragraph(
                "Lorem ipsum dolor sit amet consectetur adipisicing elit sed do",
                x0=100,
                y0=1060,
                lines=2,
            ),
            _block(label, y0=1140, button=True),
        ]

    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    assert _types([hero, band("LEARN MORE")])[1] == "about"
    assert _types([hero, band("Check them out")])[1] == "about"
    assert _types([hero, band("Sign up free")])[1] == "cta"


def test_a_heading_flush_left_over_its_text_after_three_lines_of_white_starts_a_section() -> None:
    # a single-column page on one background: sections headed at the column's left edge
    gray = Image.new("L", (WIDTH, 900), 255)
    band = [Band(0, 900, (255, 255, 255))]
    features = [
        _block("Features", x0=320, y0=100, h=32),
        _block("line translation", x0=330, y0=160),
    ]
    privacy = [
        _block("Privacy", x0=320, y0=240, h=32),  # 60 px (3 em) under the list
        _block("It will not store or upload any of your data", x0=320, y0=300),
    ]
    profile = local_contrast(gray)
    blocks = [*features, *privacy]
    assert split_sections(blocks, band, profile, WIDTH, em=20) == [features, privacy]
    # a subheading closer under the text, or a small one, stays in the section
    near = [*features, _block("Privacy", x0=320, y0=220, h=32), privacy[1]]
    assert len(split_sections(near, band, profile, WIDTH, em=20)) == 1
    small = [*features, _block("Privacy", x0=320, y0=240, h=24), privacy[1]]
    assert len(split_sections(small, band, profile, WIDTH, em=20)) == 1


def test_a_short_caption_right_over_a_phone_or_e_mail_is_its_subtitle_not_a_field() -> None:
    blocks = [
        _block("Contact us", y0=100, h=36),
        _block("Phone Number", x0=200, y0=200),
        _block("+30 210 9999999", x0=176, y0=224),
        _block("Main Road, Athens, Greece", x0=176, y0=300),
        _block("Email: hello@hotel.com", x0=176, y0=324),
        _block("Your Name", x0=800, y0=200),
    ]
    page = Page([*blocks, *_body(900)], WIDTH)
    roles = {c["current_content"]: c["element"] for c in contact(blocks, page)["components"]}
    assert roles["Phone Number"] == "subtitle"
    assert roles["+30 210 9999999"] == "contact_detail"
    assert roles["Main Road, Athens, Greece"] == "contact_detail"  # an address over a detail
    assert roles["Your Name"] == "form_label"  # over its input, not over a detail


def test_a_footer_row_of_single_links_is_links_not_column_heads() -> None:
    labels = ["About", "Our people", "Faq", "Blog", "Pricing"]
    links = [_block(t, x0=300 + 180 * i, y0=100) for i, t in enumerate(labels)]
    blocks = [*links, _block("Copyright © 2026 Acme", x0=300, y0=200)]
    comps = footer(blocks, Page([*blocks, *_body(900)], WIDTH))["components"]
    assert [c["current_content"] for c in comps if c["element"] == "nav_link"] == labels
    assert not any(c["element"] == "footer_columns" for c in comps)
    # heads over their columns' links stay column heads
    cols = [*links, *(_block("a link", x0=300 + 180 * i, y0=130) for i in range(5))]
    blocks = [*cols, _block("Copyright © 2026 Acme", x0=300, y0=200)]
    comps = footer(blocks, Page([*blocks, *_body(900)], WIDTH))["components"]
    assert any(c["element"] == "footer_columns" for c in comps)


def test_a_lone_figure_in_big_type_is_not_the_sections_heading() -> None:
    # an illustration's glyph read as "1", taller than the heading under it
    glyph = _block("1", x0=300, y0=20, h=60)
    heading = _block("Natural styling without a learning curve", y0=100, h=34)
    text = _paragraph("Evie brings you the pages you will need", x0=100, y0=160, lines=3)
    blocks = [glyph, heading, text]
    page = Page([*blocks, *_body(300)], WIDTH)
    section = body_section(blocks, page)
    headings = [c["current_content"] for c in section["components"] if "heading" in c["element"]]
    assert headings == ["Natural styling without a learning curve"]


def test_a_pill_label_over_a_lead_text_after_whitespace_opens_a_section() -> None:
    # a row of cards, 70 px of white (under the section gap), then a small label in a pill
    # ("Key features") over the section's lead text, flush left: a new section
    gray = Image.new("L", (WIDTH, 900), 255)
    band = [Band(0, 900, (255, 255, 255))]
    cards = [_block("Design made simple and clean", x0=160 + 400 * i, y0=200) for i in range(3)]
    pill = _block("Key features", x0=176, y0=290, h=14, button=True)
    lead = _block("Quick is a premium template with adaptable parts", x0=166, y0=340)
    grid = [_block("Responsive", x0=160 + 400 * i, y0=440) for i in range(3)]
    profile = local_contrast(gray)
    blocks = [*cards, pill, lead, *grid]
    assert split_sections(blocks, band, profile, WIDTH, em=20) == [cards, [pill, lead, *grid]]
    # a small button over a row of cards (not one text flush left under it) starts none
    button = _block("See all", x0=176, y0=290, h=14, button=True)
    later = [_block("Responsive", x0=160 + 400 * i, y0=340) for i in range(3)]
    assert len(split_sections([*cards, button, *later], band, profile, WIDTH, em=20)) == 1


def test_a_label_in_capitals_centred_after_wide_whitespace_opens_a_section() -> None:
    # 100 px of white under a grid's last cards, then "TRUSTED BY" in body type over a row
    # of logo names: less than the section gap, and too small for a heading, but a label in
    # capitals alone on its row at the page's centre is a new section's eyebrow
    gray = Image.new("L", (WIDTH, 900), 255)
    band = [Band(0, 900, (255, 255, 255))]
    profile = local_contrast(gray)
    cards = [_block("the last card's body text", x0=x, y0=200) for x in (100, 560, 1000)]
    label = _centred("TRUSTED BY", y0=330, h=16)
    logos = [_block(name, x0=x, y0=380) for name, x in (("logitech", 200), ("Dropbox", 900))]
    assert split_sections([*cards, label, *logos], band, profile, WIDTH, em=20) == [
        cards,
        [label, *logos],
    ]
    # in mixed case, off the centre (and not at the left edge of what is under it), or
    # after less whitespace, it stays
    for other in (
        _centred("Trusted by", y0=330, h=16),
        _block("TRUSTED BY", x0=300, y0=330, h=16),
        _centred("TRUSTED BY", y0=300, h=16),
    ):
        assert len(split_sections([*cards, other, *logos], band, profile, WIDTH, em=20)) == 1


def test_a_display_heading_centred_alone_opens_a_section_after_less_whitespace() -> None:
    # 55 px under a stats row's button, "Keynotes" at three times the body size: too little
    # whitespace for a heading of ordinary size, enough for a display heading alone on its row
    gray = Image.new("L", (WIDTH, 900), 255)
    band = [Band(0, 900, (255, 255, 255))]
    profile = local_contrast(gray)
    stats = [_block(label, x0=x, y0=200) for label, x in (("Social Media", 200), ("Reach", 900))]
    button = _centred("Learn more", y0=250, h=16)
    button.button = True
    heading = _centred("Keynotes", y0=322, h=55)
    cards = [_block(name, x0=x, y0=420) for name, x in (("Miguel Mac", 200), ("Eli Jakel", 900))]
    assert split_sections([*stats, button, heading, *cards], band, profile, WIDTH, em=17) == [
        [*stats, button],
        [heading, *cards],
    ]
    # a figure (a stat's value), a heading of ordinary size, or one beside another text, stays
    for other, beside in (
        (_centred("98%", y0=322, h=55), []),
        (_centred("Keynotes", y0=322, h=30), []),
        (heading, [_block("Menu", x0=100, y0=330)]),
    ):
        blocks = [*stats, button, other, *beside, *cards]
        assert len(split_sections(blocks, band, profile, WIDTH, em=17)) == 1


def test_a_newsletter_sign_up_is_a_call_to_action_though_it_gives_an_address() -> None:
    def band(heading: str) -> list[Block]:
        return [
            _centred(heading, y0=3830, h=34),
            _centred("and get the latest tips", y0=3872, h=18),
            _block("E-mail", x0=340, y0=3904),
            _block("Subscribe Now!", x0=990, y0=3904, button=True),
            _centred("12th Street, City | info@fitgym.com | 012 345 678 9", y0=3986, h=20),
        ]

    blocks = band("SUBSCRIBE TO OUR NEWSLETTER")
    page = Page(blocks, WIDTH)
    assert body_section(blocks, page)["type"] == "cta"
    asked = band("Get in touch: subscribe")
    assert body_section(asked, Page(asked, WIDTH))["type"] == "contact"


def test_a_faint_panel_just_above_the_next_band_is_still_a_panel() -> None:
    # a light-blue card (grey 245 on white) whose foot is 45 px over a dark band: the
    # band's edge across the page is no card of a stack
    gray = Image.new("L", (WIDTH, 1400), 255)
    gray.paste(245, (73, 300, 1367, 1000))
    gray.paste(40, (0, 1045, WIDTH, 1400))
    assert (73, 300, 1367, 1000) in panels(gray)
    # two such cards 45 px apart stay a list
    stack = Image.new("L", (WIDTH, 1400), 255)
    for top in (100, 700):
        stack.paste(245, (73, top, 1367, top + 555))
    assert panels(stack) == []


def test_footer_columns_that_are_not_link_lists_join_the_bottom_bar() -> None:
    # a dark footer of an address, recent posts and a newsletter box under column heads,
    # over a bar of legal links in a band of its own
    hero = [_block("Main hero message", y0=240, h=50), *_body(320)]
    columns = [
        _block("Address", x0=100, y0=6545, h=35),
        _block("38 W 26th St,", x0=100, y0=6621),
        _block("New York City", x0=100, y0=6653),
        _block("650-723-6632", x0=100, y0=6700),
        _block("Recent posts", x0=480, y0=6414, h=39),
        _block("Media post heading one", x0=480, y0=6458),
        _block("aenean commodo ligula eget dolor.", x0=480, y0=6490),
        _block("Media post heading two", x0=480, y0=6600),
        _block("cras purus odio, vestibulum tempus.", x0=480, y0=6632),
        _block("Never Miss a Thing", x0=960, y0=6412, h=41),
        _block("Get special offers and news.", x0=960, y0=6466),
        _block("You can unsubscribe any time.", x0=960, y0=6524),
        _block("Email", x0=960, y0=6578),
    ]
    bar = [
        _block(t, x0=x, y0=6953) for t, x in (("Terms", 181), ("Privacy", 384), ("Credits", 474))
    ]
    about = [_block("About the conference", y0=1200, h=40), *_body(1300, 3)]
    venue = [_block("The venue", y0=2200, h=40), *_body(2300, 3)]
    assert _types([hero, about, venue, columns, bar])[-1] == "footer"
    assert len(_types([hero, about, venue, columns, bar])) == 4


def test_a_label_in_capitals_at_the_left_edge_of_a_grid_opens_a_section() -> None:
    # a shop: 60 px of white (pictures around it) under a row of benefit boxes, then
    # "SHOP BY CATEGORY" in body type at the left edge of the grid of products under it
    gray = Image.new("L", (WIDTH, 1400), 255)
    band = [Band(0, 1400, (255, 255, 255))]
    profile = local_contrast(gray)
    boxes = [_block("Free Delivery", x0=x, y0=666) for x in (403, 679, 965)]
    label = _block("SHOP BY CATEGORY", x0=141, y0=757, h=17)
    products = [_block(name, x0=x, y0=830) for name, x in (("Sofa", 141), ("Chair", 435))]
    blocks = [*boxes, label, *products]
    assert split_sections(blocks, band, profile, WIDTH, em=17) == [boxes, [label, *products]]
    # an eyebrow over a heading flush under it, a label in mixed case, or one indented
    # from the grid's edge, stays
    heading = _block("Take decisions with data", x0=141, y0=785, h=40)
    for other in (
        [label, heading, *products],
        [_block("Shop by category", x0=141, y0=757, h=17), *products],
        [_block("SHOP BY CATEGORY", x0=300, y0=757, h=17), *products],
    ):
        assert len(split_sections([*boxes, *other], band, profile, WIDTH, em=17)) == 1


def test_an_article_beside_a_sidebar_of_cards_is_two_sections() -> None:
    prose = " ".join(["lorem ipsum dolor sit amet consectetur"] * 5)
    article = [
        _block("Ut sit amet sem ut velit", x0=157, y0=518, h=37),
        _block(prose[:60], x0=157, y0=600),
        _block(prose, x0=157, y0=640),
    ]
    article[-1].x1 = 940  # (one paragraph across the article's width)
    sidebar = [
        _block(text, x0=1004, y0=y)
        for y0 in (659, 965, 1247)
        for text, y in (("Donec sit amet", y0), ("Class aptent taciti", y0 + 30))
    ]
    blocks = sorted([*article, *sidebar], key=lambda b: (b.y0, b.x0))
    page = Page(blocks, WIDTH)
    assert split_sidebar(blocks, page) == [article, sidebar]
    # a form's fields beside the text are the contact section's
    form = [
        _block(text, x0=1004, y0=y)
        for y0 in (659, 965)
        for text, y in (("Your Name", y0), ("Your Email", y0 + 30))
    ]
    both = sorted([*article, *form], key=lambda b: (b.y0, b.x0))
    assert split_sidebar(both, Page(both, WIDTH)) == [both]


def test_a_grids_next_row_over_a_band_edge_carries_its_section_on() -> None:
    # a photo behind a team grid: its edge colour changes between the two rows of cards
    gray = Image.new("L", (WIDTH, 1400), 40)
    bands = [Band(0, 700, (23, 21, 37)), Band(700, 1400, (56, 42, 40))]
    profile = local_contrast(gray)
    heading = _centred("Who Speaking?", y0=100, h=48)

    def row(y0: int) -> list[Block]:
        return [
            b
            for x in (192, 477, 762, 1047)
            for b in (_block("Johnathan Franco", x0=x, y0=y0), _block("Manager", x0=x, y0=y0 + 30))
        ]

    def order(blocks: list[Block]) -> list[Block]:
        return sorted(blocks, key=lambda b: (b.y0, b.x0))

    first, second = row(220), row(800)
    groups = split_sections([heading, *first, *second], bands, profile, WIDTH, em=20)
    assert [order(g) for g in groups] == [order([heading, *first, *second])]
    # a new heading over the next band's texts opens its own section
    head2 = _centred("Event Schedule", y0=720, h=48)
    groups = split_sections([heading, *first, head2, *second], bands, profile, WIDTH, em=20)
    assert len(groups) == 2
