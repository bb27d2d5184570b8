"""Offline layout and card rules found on real pages, checked on hand-built words and blocks
(no OCR): word counts stay those of the page's own elements."""

from __future__ import annotations

import copy
import statistics

import pytest
from PIL import Image, ImageDraw

from app.services.analysis.offline import _one_per_button, copy_blocks
from app.services.analysis.offline.classify import (
    Page,
    _same_link,
    grid_kind,
    grid_section,
    is_attribution,
    item_fields,
)
from app.services.analysis.offline.grid import build_grid
from app.services.analysis.offline.layout import (
    Block,
    Line,
    box_of,
    boxed,
    color_bands,
    group_blocks,
    group_lines,
    measure_ink,
    measure_tint,
    row_colors,
    split_at_separators,
    word_em,
)
from app.services.analysis.offline.ocr import Word, drop_stray_glyphs, join_initials, plausible
from app.services.analysis.offline.sections import body_section


def _word(text: str, x0: int, y0: int, w: int, h: int = 14) -> Word:
    return Word(text, x0, y0, x0 + w, y0 + h, 95.0)


def _block(*lines: str, x0: int = 100, y0: int = 100, h: int = 14) -> Block:
    out = []
    for i, text in enumerate(lines):
        ln = Line(
            [_word(t, x0 + 60 * j, y0 + 2 * h * i, 55, h) for j, t in enumerate(text.split())]
        )
        ln.update()
        ln.ink = 40.0
        out.append(ln)
    b = Block(out)
    b.update()
    return b


def test_two_line_heading_whose_padded_boxes_overlap_is_one_block() -> None:
    # letters with ascenders and descenders: the box height is the font size; the second
    # line's box starts above the first one's bottom, its middle well below the first's
    words = [
        _word("Ready", 100, 258, 300, 80),
        _word("today", 420, 258, 300, 80),
        _word("Shopping", 100, 312, 400, 80),
        _word("daily", 520, 312, 250, 80),
    ]
    blocks = group_blocks(group_lines(words))
    assert [b.text for b in blocks] == ["Ready today Shopping daily"]


@pytest.mark.parametrize("second_x0", [941, 980], ids=["flush-left", "centred"])
def test_a_sentence_carried_on_flush_left_or_centred_is_one_text_whatever_its_letters_say(
    second_x0: int,
) -> None:
    # both lines' words are 13 px high; the first line's hold ascenders and descenders
    # (size read as 14), the second's only descenders (read as 17.6): one paragraph, the
    # second line flush left under the first or centred under it (a centred quote)
    first = ["Vegetables,", "ground", "pots", "big"]
    words = [_word(t, 940 + 80 * i, 4144, 75, 13) for i, t in enumerate(first)]
    words += [
        _word(t, second_x0 + 80 * i, 4166, 75, 13)
        for i, t in enumerate(["seasonings", "jam", "spices"])
    ]
    blocks = group_blocks(group_lines(words))
    assert [b.text for b in blocks] == ["Vegetables, ground pots big seasonings jam spices"]
    # a label of another size under a title stays apart (it neither carries a sentence on
    # nor holds three words)
    label = [_word("Pricing", 100, 300, 90, 13), _word("spicy", 100, 322, 75, 13)]
    assert len(group_blocks(group_lines(label))) == 2


def test_inline_link_set_apart_rejoins_the_last_line_of_its_paragraph() -> None:
    words = [
        _word(t, 100 + 60 * i, 100, 52, 18)
        for i, t in enumerate(
            ["Launch", "your", "mobile", "app", "landing", "page", "faster", "with"]
        )
    ]
    words += [
        _word(t, 100 + 60 * i, 130, 52, 18) for i, t in enumerate(["this", "free", "theme", "from"])
    ]
    words += [_word("Start", 360, 130, 50, 18), _word("Bootstrap!", 415, 130, 80, 18)]
    blocks = group_blocks(group_lines(words))
    assert [b.text for b in blocks] == [
        "Launch your mobile app landing page faster with this free theme from Start Bootstrap!"
    ]


def test_lines_inside_one_button_box_are_one_label() -> None:
    small = _block("GET IT ON", y0=549, h=9)
    big = _block("Google Play", y0=561, h=21)
    other = _block("Features", x0=900, y0=30)
    blocks = _one_per_button([small, big, other], [(90, 540, 300, 590)])
    assert [b.text for b in blocks] == ["GET IT ON Google Play", "Features"]


def test_card_description_is_not_glued_to_the_badge_author_and_date() -> None:
    item = [
        _block("News", h=12),
        _block("Blog post title", y0=130, h=20),
        _block(
            "Some quick example text to build on the card title",
            "and make up the bulk of the card's content.",
            y0=170,
        ),
        _block("Kelly Rowan", y0=260),
        _block("March 12, 2023", y0=290),
    ]
    fields = item_fields("feature_cards", item)
    assert fields["badge"] == "News"  # (the name pricing cards use too)
    assert fields["title"] == "Blog post title"
    assert fields["description"].startswith("Some quick") and "Kelly" not in fields["description"]
    assert {fields["detail_1"], fields["detail_2"]} == {"Kelly Rowan", "March 12, 2023"}


def test_product_cards_are_feature_cards_with_a_price() -> None:
    items = [[_block("Product Name", "£9.99", x0=100 + 320 * i)] for i in range(4)]
    assert grid_kind(items) == "feature_cards"
    assert item_fields("feature_cards", items[0]) == {"title": "Product Name", "price": "£9.99"}


def test_cards_that_only_mention_a_sum_are_not_pricing_plans() -> None:
    # room cards: a title, a description that mentions a sum, a button that names a rate
    def card(i: int, plan: bool) -> list[Block]:
        x0 = 100 + 330 * i
        body = ("$29 /mo",) if plan else ()
        button = _block("View Details €119/day", x0=x0, y0=300)
        button.button = True
        return [
            _block("Executive Gold Single", *body, x0=x0),
            _block("The Executive Gold Rooms can hold 2", "guests (with extra bed €50).", x0=x0),
            button,
        ]

    rooms = [card(i, plan=False) for i in range(4)]
    assert grid_kind(rooms) == "feature_cards"
    fields = item_fields("feature_cards", rooms[0])
    assert fields["description"] == (
        "The Executive Gold Rooms can hold 2 guests (with extra bed €50)."
    )
    # the same cards with the price on a line of its own are plans
    assert grid_kind([card(i, plan=True) for i in range(4)]) == "pricing_cards"
    # a dish's price at the end of its name's row is not a plan's
    dishes = [
        [
            _block("Cheese Pizza", y0=100 + 200 * k),
            _block("$15", x0=1200, y0=100 + 200 * k),
            _block("Lorem ipsum dolor sit amet", "consectetur elit sunt", y0=140 + 200 * k),
            card(0, plan=False)[-1],
        ]
        for k in range(4)
    ]
    assert grid_kind(dishes) == "feature_cards"


def test_testimonial_attribution_with_a_role_is_split() -> None:
    quote = "Working with these templates has saved me tons of development time on every project."
    items = [
        [_block(quote, x0=100 + 500 * i), _block("Tom Ato / CEO, Pomodoro", y0=200)]
        for i in range(2)
    ]
    assert grid_kind(items) == "testimonial_cards"
    fields = item_fields("testimonial_cards", items[0])
    assert (fields["name"], fields["role"]) == ("Tom Ato", "CEO, Pomodoro")


def test_a_quote_over_a_role_and_a_first_name_is_a_testimonial() -> None:
    quote = "Lorem ipsum dolor sit amet consectetur adipisicing elit, sed do eiusmod tempor."
    items = [
        [
            _block(quote, x0=100 + 420 * i),
            _block("xyz, cto", x0=100 + 420 * i, y0=200),
            _block("Mante", x0=100 + 420 * i, y0=240),
        ]
        for i in range(3)
    ]
    assert grid_kind(items) == "testimonial_cards"
    fields = item_fields("testimonial_cards", items[0])
    assert (fields["name"], fields["role"]) == ("Mante", "xyz, cto")
    # a feature card's long text over a link is not a testimonial
    cards = [[_block(quote, x0=100 + 420 * i), _block("Learn more", y0=200)] for i in range(3)]
    assert grid_kind(cards) == "feature_cards"


def test_a_quote_beside_a_column_of_articles_is_not_a_testimonial_grid() -> None:
    quote = '"Over the span of the satellite record, Arctic sea ice has been declining."'
    article = " ".join(["the sea ice thaws every summer and freezes again"] * 8)  # 72 words
    items = [
        [_block(quote), _block("- NOAA", y0=200)],
        [_block("What does the record mean", x0=600), _block(article, x0=600, y0=200)],
    ]
    assert grid_kind(items) == "testimonial_cards"  # one article: still a card's length
    items[1].append(_block(article, x0=600, y0=400))
    assert grid_kind(items) == "feature_cards"


_QUOTE_LINES = (
    "Lorem ipsum dolor sit amet,",
    "elit deleniti dissentias quo",
    "eu, hinc minim appetere te",
    "usu, ea case duis scribentur",
    "has. Duo te consequat",
)


def test_names_lined_up_under_quotes_end_their_cards() -> None:
    # three quote cards side by side; the name and role under each quote, in the quote's
    # size and weight, line up across the columns like a second row of cards would
    blocks = []
    for i, (name, role) in enumerate([("Irma Walters", "Accountant"), ("John Bradley", "CFO")]):
        x0 = 200 + 390 * i
        blocks += [
            _block(*_QUOTE_LINES, x0=x0, y0=100),
            _block(name, x0=x0, y0=260),
            _block(role, x0=x0, y0=300, h=11),
        ]
    items = build_grid(blocks, 14.0)
    assert items is not None
    assert [[b.text for b in it][1:] for it in items] == [
        ["Irma Walters", "Accountant"],
        ["John Bradley", "CFO"],
    ]


def test_prices_at_the_end_of_a_menus_title_rows_are_the_dishes() -> None:
    # a list of dishes: a title with its price far right on its row, a description, a button
    blocks = []
    for i, (dish, price) in enumerate([("Cheese Pizza", "$15"), ("Hot Pastrami", "$25")]):
        y0 = 1000 + 190 * i
        blocks += [
            _block(dish, x0=450, y0=y0, h=20),
            _block(price, x0=1240, y0=y0, h=20),
            _block("Lorem ipsum dolor sit amet, consectetur adipisicing elit.", x0=450, y0=y0 + 40),
            _block("Add to cart", x0=450, y0=y0 + 80, h=10),
        ]
    items = build_grid(blocks, 14.0)
    assert items is not None
    assert [[b.text for b in it][:2] for it in items] == [
        ["Cheese Pizza", "$15"],
        ["Hot Pastrami", "$25"],
    ]
    # short texts that are not prices beside titles (two columns of names) stay columns
    names = [_block(n, x0=x0, y0=100) for n, x0 in [("Ann Lee", 100), ("Tom Ato", 700)]]
    roles = [_block("Designer", x0=x0, y0=140) for x0 in (100, 700)]
    grid = build_grid(names + roles, 14.0)
    assert grid is not None
    assert len(grid) == 2


def test_a_price_at_the_end_of_a_cards_title_row_is_its_price() -> None:
    # the price's box starts a pixel higher than the name's, in a bigger type
    item = [
        _block("$24", x0=677, y0=2439, h=22),
        _block("Grilled Mediterranean Octopus", x0=176, y0=2440, h=19),
        _block("Tender charred octopus served with smoked paprika oil", x0=176, y0=2470),
    ]
    assert item_fields("feature_cards", item) == {
        "title": "Grilled Mediterranean Octopus",
        "price": "$24",
        "description": "Tender charred octopus served with smoked paprika oil",
    }


def test_dated_entries_beside_their_periods_are_a_timeline() -> None:
    # an experience list: the period on the left, level with the employer's name
    blocks = []
    for i in range(3):
        y0 = 1383 + 200 * i
        blocks += [
            _block("September 2015 – September 2016", x0=236, y0=y0, h=15),
            _block("Employer Name", x0=588, y0=y0 + 9, h=23),
            _block("Job Title", x0=588, y0=y0 + 41, h=19),
            _block("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", x0=587, y0=y0 + 80),
        ]
    items = build_grid(blocks, 15.0)
    assert items is not None and len(items) == 3
    assert grid_kind(items) == "timeline"
    assert item_fields("timeline", items[0]) == {
        "date": "September 2015 – September 2016",
        "title": "Employer Name",
        "subtitle": "Job Title",
        "description": "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    }
    # the period at the end of the title's row: the entry starts at the title
    blocks = []
    for i in range(3):
        y0 = 2187 + 150 * i
        blocks += [
            _block("University of Ottawa", x0=387, y0=y0, h=19),
            _block("Sept 2016 - Sept 2017", x0=899, y0=y0, h=15),
            _block("Bachelor of Science in Computer Science", x0=389, y0=y0 + 26),
            _block("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", x0=389, y0=y0 + 60),
        ]
    items = build_grid(blocks, 15.0)
    assert items is not None and len(items) == 3
    assert item_fields(grid_kind(items), items[1]) == {
        "date": "Sept 2016 - Sept 2017",
        "title": "University of Ottawa",
        "subtitle": "Bachelor of Science in Computer Science",
        "description": "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    }
    # years alone date the entries too ("2006" over a degree); figures with a label are stats
    years = [
        [_block(y, x0=100 + 400 * i), _block("Masters in UX Design", x0=100 + 400 * i, y0=140)]
        for i, y in enumerate(["2006", "2004", "2000"])
    ]
    assert grid_kind(years) == "timeline"
    blocks = [_block("Education", x0=600, y0=20, h=30), *(b for it in years for b in it)]
    blocks.sort(key=lambda b: (b.y0, b.x0))
    graded = grid_section(blocks, Page(blocks, 1440))
    assert graded is not None
    kind, comps = graded  # a timeline tells about someone: its entries are steps
    assert kind == "about" and [c["element"] for c in comps] == ["section_heading", "steps"]
    figures = [
        [_block(f, x0=100 + 400 * i), _block("Happy clients", x0=100 + 400 * i, y0=140)]
        for i, f in enumerate(["250", "1200", "40"])
    ]
    assert grid_kind(figures) == "stats"


def test_a_lone_quote_mark_by_a_quotation_is_decoration() -> None:
    quote = _block(*_QUOTE_LINES, x0=200, y0=100)
    mark = _block("99", x0=420, y0=250)  # the closing mark read as digits, under its corner
    stat = _block("99", x0=900, y0=600)  # a figure elsewhere on the page
    name = _block("Irma Walters", x0=200, y0=290)
    blocks = [quote, mark, name, stat]
    assert copy_blocks(blocks, Page(blocks, 1440)) == [quote, name, stat]


def test_a_lone_letter_is_an_icon_but_a_lone_figure_is_kept() -> None:
    # social icons read as letters ("f", "y"); a step badge's number is copy
    icons = [_block(t, x0=900 + 40 * i, y0=600) for i, t in enumerate(["f", "y", "G"])]
    step, word = _block("5", x0=100, y0=600), _block("Go", x0=300, y0=600)
    blocks = [*icons, step, word]
    assert copy_blocks(blocks, Page(blocks, 1440)) == [step, word]


def test_a_bare_clock_is_a_device_screen_but_a_time_in_words_is_copy() -> None:
    # a phone mock-up's status bar and lock screen; opening hours and a dated line are copy
    screen = [_block(t, x0=900, y0=300 + 40 * i) for i, t in enumerate(["9:41", "LON 6:26"])]
    hours = _block("Open daily 9:00 - 17:00", x0=100, y0=600)
    dated = _block("Doors open at 7:30", x0=100, y0=700)
    blocks = [*screen, hours, dated]
    assert copy_blocks(blocks, Page(blocks, 1440)) == [hours, dated]


def test_separators_split_inline_entries_with_their_own_boxes() -> None:
    parts = split_at_separators(boxed("Privacy · Terms", (0, 0, 150, 20)))
    assert parts == ["Privacy", "Terms"]
    assert parts[0].box is not None and parts[1].box is not None
    assert parts[0].box[2] <= parts[1].box[0]


def test_short_x_height_words_do_not_break_a_line_of_taller_words() -> None:
    # "to be" have no ascenders: their boxes are 9 px high in a 12 px capital line; the
    # ordinary word gap between them (10 px) is measured against the line's tall words
    words = [
        _word("The", 240, 638, 24, 12),
        _word("time", 270, 638, 31, 12),
        _word("is", 307, 638, 9, 12),
        Word("to", 320, 641, 331, 650, 95.0),
        Word("be", 341, 641, 354, 650, 95.0),
        _word("great.", 362, 639, 37, 15),
    ]
    lines = group_lines(words)
    assert [ln.text for ln in lines] == ["The time is to be great."]


def test_price_period_in_small_type_joins_its_price() -> None:
    words = [
        Word("25.00", 160, 3295, 260, 3325, 99.0),
        Word("Per", 274, 3313, 296, 3325, 99.0),
        Word("Month", 303, 3313, 348, 3325, 99.0),
    ]
    blocks = group_blocks(group_lines(words))
    assert [b.text for b in blocks] == ["25.00 Per Month"]


def test_rotated_text_is_not_read() -> None:
    assert not plausible(Word("Recoom", 891, 3204, 903, 3260, 90.0))  # a corner ribbon
    assert plausible(Word("Recommended", 891, 3204, 1003, 3220, 90.0))
    assert plausible(Word("I", 10, 10, 14, 24, 99.0))


def _styled(block: Block, ink: float) -> Block:
    for ln in block.lines:
        ln.ink = ink
    return block


def _card(x0: int, y0: int, link_ink: float, split_description: bool = False) -> list[Block]:
    title = _styled(_block("Social Conversations", x0=x0, y0=y0, h=16), 40.0)
    body = ["We get insulted by others", "lose trust for those others"]
    desc = (
        [_styled(_block(t, x0=x0, y0=y0 + 30 + 28 * i, h=14), 10.0) for i, t in enumerate(body)]
        if split_description
        else [_styled(_block(*body, x0=x0, y0=y0 + 30, h=14), 10.0)]
    )
    return [title, *desc, _styled(_block("More about us", x0=x0, y0=y0 + 100, h=16), link_ink)]


def test_a_link_styled_like_the_title_stays_in_its_card() -> None:
    # the third card's link has its title's size and weight, and nothing in the other
    # columns starts beside it: it is the end of that card, not a card of its own
    blocks = [*_card(100, 100, 10.0), *_card(500, 100, 10.0), *_card(900, 100, 40.0, True)]
    items = build_grid(sorted(blocks, key=lambda b: (b.y0, b.x0)), 16.0)
    assert items is not None
    assert [len(it) for it in items] == [3, 3, 4]


def test_cards_in_rows_and_walls_of_single_names_stay_apart() -> None:
    blocks = [*_card(100, 100, 10.0), *_card(500, 100, 10.0)]
    blocks += [*_card(100, 300, 10.0), *_card(500, 300, 10.0)]
    items = build_grid(sorted(blocks, key=lambda b: (b.y0, b.x0)), 16.0)
    assert items is not None and len(items) == 4
    logos = [
        _block(name, x0=x, y0=y, h=h)
        for x, y, name, h in [
            (100, 100, "Acme", 20),
            (400, 100, "Globex", 14),
            (100, 200, "Initech", 30),
            (400, 200, "Umbrella", 14),
        ]
    ]
    assert [len(it) for it in build_grid(logos, 16.0) or []] == [1, 1, 1, 1]


def test_one_quotation_and_its_attribution_are_a_testimonial_of_one_card() -> None:
    quote = _block(
        "“Working with these templates has saved me", "tons of development time.”", y0=100, h=28
    )
    who = _block("Tom Ato / CEO, Pomodoro", y0=200)
    page = Page([quote, who], 1440)
    section = body_section([quote, who], page)
    assert section["type"] == "testimonials"
    [grid] = section["components"]
    assert grid["element"] == "testimonial_cards"
    assert grid["items"] == [
        {
            "quote": "“Working with these templates has saved me tons of development time.”",
            "name": "Tom Ato",
            "role": "CEO, Pomodoro",
        }
    ]
    # a paragraph after the quotation: it is not a testimonial's attribution
    more = _block("And here is a longer paragraph that goes on about the product", y0=260)
    assert body_section([quote, who, more], page)["type"] != "testimonials"


def test_card_date_over_its_title_and_subtitle_under_it_are_fields_of_their_own() -> None:
    post = [
        _block("Dec 22, 2023", y0=100, h=12),
        _block("Meet AutoManage, the best management tools", y0=130, h=24),
        _block("Lorem ipsum is simply dummy text of the printing", y0=190, h=16),
    ]
    assert item_fields("feature_cards", post) == {
        "date": "Dec 22, 2023",
        "title": "Meet AutoManage, the best management tools",
        "description": "Lorem ipsum is simply dummy text of the printing",
    }
    tile = [
        _block("Third column", y0=100, h=32),
        _block("With some content", y0=140, h=21),
        _block("Lorem ipsum dolor sit amet, consectetur adipiscing elit", y0=180, h=17),
    ]
    assert item_fields("feature_cards", tile) == {
        "title": "Third column",
        "subtitle": "With some content",
        "description": "Lorem ipsum dolor sit amet, consectetur adipiscing elit",
    }


def test_a_short_lowercase_word_does_not_break_a_heading_line() -> None:
    # "on" is 13 px of x-height in a line whose capitals are 34 px: one font size
    words = [
        Word("based", 814, 236, 877, 262, 99.0),
        Word("on", 884, 241, 911, 254, 99.0),
        Word("Material", 928, 228, 1014, 262, 99.0),
        Word("Design", 1019, 228, 1093, 262, 99.0),
    ]
    assert [ln.text for ln in group_lines(words)] == ["based on Material Design"]


def test_lines_of_one_paragraph_join_despite_font_size_estimates_a_sixth_apart() -> None:
    # the size of a line is estimated from its letters; lines of one paragraph differ by
    # up to a fifth (15.3 vs 18.1 px here), a heading over body text by more
    rows = [("Lorem ipsum dolor sit amet", 15.3), ("Sed id lorem eget orci dictum", 18.1)]
    words = [
        Word(t, 200 + 60 * j, 100 + 24 * i, 250 + 60 * j, 112 + 24 * i, 99.0, em)
        for i, (text, em) in enumerate(rows)
        for j, t in enumerate(text.split())
    ]
    assert len(group_blocks(group_lines(words))) == 1
    title = [Word("Title", 200, 40, 300, 64, 99.0, 24.0)]
    assert len(group_blocks(group_lines(title + words))) == 2


def test_a_heading_column_beside_a_list_of_cards_is_the_sections_header() -> None:
    left = [
        _block("What Makes Us Different?", x0=75, y0=430, h=43),
        _block("Lorem ipsum dolor sit amet", "consectetur adipiscing elit", x0=75, y0=560),
    ]
    right = []
    for i, title in enumerate(["Fast And Secure", "Quick Answers", "Cash Quick"]):
        right.append(_styled(_block(title, x0=870, y0=400 + 160 * i, h=24), 40.0))
        right.append(
            _styled(
                _block(
                    "Lorem ipsum dolor sit",
                    "amet consectetur adipiscing elit",
                    x0=870,
                    y0=450 + 160 * i,
                ),
                10,
            )
        )
    blocks = sorted(left + right, key=lambda b: (b.y0, b.x0))
    graded = grid_section(blocks, Page(blocks, 1440))
    assert graded is not None
    kind, comps = graded
    assert kind == "features"
    assert [c["element"] for c in comps] == [
        "section_heading",
        "section_description",
        "feature_cards",
    ]
    assert [it["title"] for it in comps[-1]["items"]] == [
        "Fast And Secure",
        "Quick Answers",
        "Cash Quick",
    ]


def test_the_first_card_of_a_row_is_not_taken_for_a_heading_column() -> None:
    blocks = []
    for i, title in enumerate(["Themes Made Easy", "Powerful Design", "Creative Content"]):
        blocks.append(_styled(_block(title, x0=100 + 420 * i, y0=400, h=28), 40.0))
        blocks.append(
            _styled(
                _block("Lorem ipsum dolor sit", "amet consectetur elit", x0=100 + 420 * i, y0=450),
                10,
            )
        )
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None
    assert [it["title"] for it in graded[1][-1]["items"]] == [
        "Themes Made Easy",
        "Powerful Design",
        "Creative Content",
    ]


def test_a_pill_just_before_each_title_goes_in_that_titles_card() -> None:
    blocks = []
    for i, (pill, title) in enumerate([("New", "Listen to the nature"), ("Tips", "Rules")]):
        x = 290 + 380 * i
        badge = _styled(_block(pill, x0=x - 63, y0=404, h=10), 5.0)
        badge.button = True
        blocks.append(badge)
        blocks.append(_styled(_block(title, x0=x, y0=400, h=18), 24.0))
        blocks.append(
            _styled(_block("Design made simple", "with a clean markup.", x0=x, y0=440), 10)
        )
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None
    grid = next(c for c in graded[1] if "items" in c)
    assert len(grid["items"]) == 2
    assert [(it.get("badge"), it.get("title")) for it in grid["items"]] == [
        ("New", "Listen to the nature"),
        ("Tips", "Rules"),
    ]


def test_a_line_under_every_card_of_a_grid_is_the_sections_not_the_first_cards() -> None:
    blocks = []
    for i, title in enumerate(["BACKUP SYSTEM", "CLOUD HOSTING"]):
        blocks.append(_styled(_block(title, x0=180 + 365 * i, y0=400, h=17), 40.0))
        body = _block("Our team are experts in", "with the right provider.", x0=180 + 365 * i)
        blocks.append(_styled(body, 10))
        body.lines[0].y0, body.lines[1].y0 = 433, 459  # (under the title, its own pitch)
        for ln in body.lines:
            ln.y1 = ln.y0 + 14
        body.update()
    # under both cards, starting left of the first card's text (beside its icon's column)
    note = _styled(_block("Want to know more about this? Contact us", x0=110, y0=551), 10)
    blocks.append(note)
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None
    grid = next(c for c in graded[1] if "items" in c)
    assert [it["title"] for it in grid["items"]] == ["BACKUP SYSTEM", "CLOUD HOSTING"]
    assert all("Contact" not in " ".join(map(str, it.values())) for it in grid["items"])
    assert graded[1][-1] == {"element": "description", "current_content": note.text}


@pytest.mark.parametrize("prices", [("13 monthly", "23 monthly"), ("39.00$", "49.00$")])
def test_plans_priced_without_a_leading_currency_sign_are_pricing_cards(
    prices: tuple[str, str],
) -> None:
    blocks = []
    for i, (plan, price) in enumerate(zip(("Standard", "Premium"), prices, strict=True)):
        x = 100 + 400 * i
        blocks += [_block(plan, x0=x, y0=100, h=24), _block(price, x0=x, y0=150, h=30)]
        blocks += [
            _block(f, x0=x, y0=220 + 30 * k) for k, f in enumerate(["SSD Hosting", "Free SSL"])
        ]
        blocks.append(_block("Purchase Now", x0=x, y0=320))
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None and graded[0] == "pricing"
    assert tuple(it["price"] for it in graded[1][-1]["items"]) == prices


def test_names_roles_and_paragraphs_under_what_they_say_are_testimonials() -> None:
    blocks = [_block("What they say about us", x0=400, y0=100, h=36)]
    for i in range(2):
        x = 100 + 600 * i
        blocks += [
            _styled(_block("Will Barrow", x0=x, y0=200, h=20), 40.0),
            _styled(_block("Sunrise Paradise Hotel", x0=x, y0=230), 20.0),
            _styled(
                _block(
                    "Quas ut distinctio tenetur animi nihil rem amet",
                    "dolorum totam ab",
                    x0=x,
                    y0=440,
                    h=18,
                ),
                10.0,
            ),
        ]
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None and graded[0] == "testimonials"
    items = graded[1][-1]["items"]
    assert items[0] == {
        "quote": "Quas ut distinctio tenetur animi nihil rem amet dolorum totam ab",
        "name": "Will Barrow",
        "role": "Sunrise Paradise Hotel",
    }
    assert len(items) == 2


def test_the_link_or_button_closing_a_card_is_its_cta() -> None:
    card = [
        _block("For Developers", y0=100, h=20),
        _block("The time is now for it to be okay to be great", y0=130),
        _block("Learn more", y0=200),
    ]
    assert item_fields("feature_cards", card) == {
        "title": "For Developers",
        "description": "The time is now for it to be okay to be great",
        "cta": "Learn more",
    }
    product = [_block("Fancy Product", y0=100, h=20), _block("Add to cart", y0=140)]
    product[1].button = True
    assert item_fields("feature_cards", product) == {
        "title": "Fancy Product",
        "cta": "Add to cart",
    }


def test_a_left_aligned_heading_over_the_cards_is_not_a_heading_column() -> None:
    blocks = [_block("Everything you need", x0=80, y0=600, h=40)]
    for i, title in enumerate(["Fast setup", "Shared boards", "Smart reminders"]):
        x = 104 + 390 * i
        blocks.append(_styled(_block(title, x0=x, y0=730, h=24), 40.0))
        blocks.append(
            _styled(_block("Import your calendar and", "start planning", x0=x, y0=780), 10)
        )
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1280))
    assert graded is not None
    assert graded[1][0] == {"element": "section_heading", "current_content": "Everything you need"}
    assert [it["title"] for it in graded[1][-1]["items"]] == [
        "Fast setup",
        "Shared boards",
        "Smart reminders",
    ]


def test_numbers_that_count_up_are_steps_other_figures_are_stats() -> None:
    def items(figures: list[str]) -> list[list[Block]]:
        return [
            [_block(f, x0=100 + 300 * i), _block("Happy clients served", x0=100 + 300 * i, y0=150)]
            for i, f in enumerate(figures)
        ]

    assert grid_kind(items(["01", "02", "03"])) == "steps"
    assert grid_kind(items(["12", "35", "48"])) == "stats"


def test_a_row_of_buttons_is_not_a_card_grid() -> None:
    heading = _block("Get the app", x0=500, y0=100, h=40)
    buttons = [_block(t, x0=300 + 300 * i, y0=200) for i, t in enumerate(["Iphone", "Android"])]
    for b in buttons:
        b.button = True
    assert grid_section([heading, *buttons], Page([heading, *buttons], 1440)) is None


def test_letter_spaced_logo_names_are_a_logo_list() -> None:
    names = ["envato", "s l a c k", "airbnb", "Forbes", "SUNDANCE"]
    assert grid_kind([[_block(n, x0=100 + 250 * i)] for i, n in enumerate(names)]) == "logo_list"


def test_cards_under_a_testimonials_heading_are_testimonials() -> None:
    blocks = [_block("Testimonials", x0=600, y0=100, h=40)]
    for i, (name, quote) in enumerate(
        [("Jesica Gomez", "Lorem ipsum dolor sit amet"), ("Ann Lee", "Sed do eiusmod tempor")]
    ):
        blocks.append(_styled(_block(quote, x0=100 + 600 * i, y0=200), 10.0))
        blocks.append(_styled(_block(name, x0=100 + 600 * i, y0=260, h=20), 40.0))
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None and graded[0] == "testimonials"


def test_links_styled_like_titles_in_two_columns_stay_in_their_cards() -> None:
    # the first and last cards' links look like their titles; the middle cards keep the
    # same links inside: beside each stray link sit texts inside cards, not card starts
    blocks = [
        *_card(100, 100, 40.0),
        *_card(450, 100, 10.0),
        *_card(800, 100, 10.0),
        *_card(1150, 100, 40.0),
    ]
    items = build_grid(sorted(blocks, key=lambda b: (b.y0, b.x0)), 16.0)
    assert items is not None
    assert [len(it) for it in items] == [3, 3, 3, 3]


def _row(y: int, spans: list[tuple[str, int, int]]) -> list[Word]:
    return [_word(t, x0, y, x1 - x0, 14) for t, x0, x1 in spans]


def test_justified_text_with_wide_word_spaces_is_one_line_per_row() -> None:
    # a justified paragraph: word spaces of 25-40 px (over twice the usual) at different
    # places on each row; the first row's pieces rejoin because the row below covers them
    words = _row(
        100,
        [("Lorem", 591, 650), ("ipsum", 685, 760), ("dolor", 795, 850), ("sit", 885, 900)],
    )
    words += _row(124, [("adipisicing", 591, 700), ("elit.", 735, 800), ("Perferendis", 835, 900)])
    texts = [ln.text for ln in group_lines(words)]
    assert texts == ["Lorem ipsum dolor sit", "adipisicing elit. Perferendis"]


def test_a_gutter_between_two_columns_stays_a_gap() -> None:
    # two columns: the 35 px gutter falls at the same place on every row
    words = []
    for i in range(3):
        words += _row(100 + 24 * i, [("left", 100, 300), ("right", 335, 535)])
    texts = [ln.text for ln in group_lines(words)]
    assert texts == ["left", "right"] * 3


def test_justified_pieces_rejoin_under_a_whole_line_of_the_paragraph() -> None:
    # monospace justified text: the row below is already one line, though its own word
    # spaces fall under the gaps of this row
    words = _row(100, [("Lorem", 960, 1010), ("ipsum", 1020, 1173), ("sit", 1212, 1238)])
    words += _row(124, [("consectetur", 959, 1062), ("adipisicing", 1075, 1184)])
    words += _row(124, [("elit.", 1203, 1246)])
    words += _row(148, [("doloremque", 959, 1053), ("alias", 1078, 1123), ("sequi", 1150, 1246)])
    texts = [ln.text for ln in group_lines(words)]
    assert texts[0] == "Lorem ipsum sit"


def test_lone_glyphs_of_another_script_on_a_latin_page_are_icons() -> None:
    text = "Real estate law for buyers and sellers of homes"
    words = [Word(t, 10 * i, 0, 10 * i + 8, 10, 99.0) for i, t in enumerate(text.split())]
    icon = Word("曲", 0, 40, 30, 70, 99.0)
    assert drop_stray_glyphs([*words, icon]) == words
    mark = Word("©", 0, 80, 10, 90, 99.0)
    assert drop_stray_glyphs([*words, mark]) == [*words, mark]
    # a page written in that script keeps its one-character words
    han = [Word(ch, 20 * i, 0, 20 * i + 18, 20, 99.0) for i, ch in enumerate("中文网页")]
    assert drop_stray_glyphs([*han, icon]) == [*han, icon]


def test_a_lone_button_under_the_cards_is_the_sections_call_to_action() -> None:
    cards = [
        [_block(t, y0=100 + 120 * i), _block("Some words that describe it", y0=130 + 120 * i)]
        for i, t in enumerate(["Legal Counsel", "Real estate", "Divorce"])
    ]
    button = _block("Explore more", y0=520)
    button.button = True
    blocks = [_block("Diverse area of practice", y0=20, h=36)]
    blocks += [b for card in cards for b in card] + [button]
    _kind, comps = grid_section(blocks, Page(blocks, 1440)) or ("", [])
    assert len(comps[-2]["items"]) == 3
    assert comps[-1] == {"element": "cta_button", "current_content": "Explore more"}


def test_a_headline_in_two_colours_is_one_block() -> None:
    body = [
        _word(t, 100 + 60 * i, 400 + 30 * k, 55, 14)
        for k in range(6)
        for i, t in enumerate(["some", "body", "text", "of", "the", "page"])
    ]
    top = [_word("CONNECT", 100, 100, 300, 50), _word("INSTANTLY", 420, 100, 300, 50)]
    low = [_word("WITH", 100, 160, 200, 50), _word("CUSTOMERS", 320, 160, 330, 50)]
    lines = group_lines(body + top + low)
    for ln in lines:  # black first line, blue second: the ink differs
        ln.ink = 60.0 if ln.y0 == 100 else 20.0
    blocks = group_blocks(lines)
    assert blocks[0].text == "CONNECT INSTANTLY WITH CUSTOMERS"


def test_a_long_text_under_a_heading_that_says_clients_say_so_is_a_testimonial() -> None:
    heading = _block("What some of our clients say", y0=20, h=36)
    quote = _block(
        "They settled my case in weeks and kept me informed at every step of the way",
        "the whole team was kind and quick to answer every question I had",
        y0=120,
    )
    name = _block("Ferman", y0=200)
    blocks = [heading, quote, name]
    section = body_section(blocks, Page(blocks, 1440))
    assert section["type"] == "testimonials"
    (grid,) = [c for c in section["components"] if "items" in c]
    assert grid["items"] == [{"quote": quote.text, "name": "Ferman"}]
    # the same text under another heading stays the section's text
    other = _block("Get the right guidance", y0=20, h=36)
    assert body_section([other, quote, name], Page(blocks, 1440))["type"] != "testimonials"


def test_a_list_of_posts_whose_titles_are_the_biggest_type_is_a_grid_with_a_closing_button() -> (
    None
):
    # blog home: post titles in the page's biggest type (capitalised: one size estimate),
    # each over a subtitle (one without), and "Older posts" under the list; no heading
    blocks = [
        _block("Man Must Enter The Dark Hall", y0=100, h=38),
        _block("Problems look mighty small from 150 miles up", y0=160, h=29),
        _block("I Believe Each Human Has A Finite Number Of Heartbeats", y0=300, h=38),
        _block("Science Has Not Mastered The Future", y0=440, h=38),
        _block("We predict too much for the next year", y0=500, h=29),
        _block("Failure Is Not A Choice", y0=640, h=38),
        _block("Many say exploration is part of our destiny", y0=700, h=29),
    ]
    older = _block("Older posts", x0=600, y0=900, h=14)
    older.button = True
    blocks.append(older)
    page = Page(blocks, 1440)
    kind, comps = grid_section(blocks, page) or ("", [])
    assert kind == "features"
    (grid,) = [c for c in comps if "items" in c]
    assert [it["title"] for it in grid["items"]] == [blocks[i].text for i in (0, 2, 3, 5)]
    assert comps[-1] == {"element": "cta_button", "current_content": "Older posts"}


def test_a_menu_of_prices_is_cards_with_a_price_not_statistics() -> None:
    dishes = ["Grilled sea bass", "Lamb shoulder", "Charred octopus", "Wagyu burger"]
    items = [
        [_block(f"${20 + i}", x0=100 + 320 * i), _block(d, x0=100 + 320 * i, y0=140)]
        for i, d in enumerate(dishes)
    ]
    assert grid_kind(items) == "feature_cards"
    # figures with a unit are statistics
    stats = [
        [_block(v, x0=100 + 320 * i), _block("raised so far", x0=100 + 320 * i, y0=140)]
        for i, v in enumerate(["$3.5M", "$10k+", "250k +", "99%"])
    ]
    assert grid_kind(stats) == "stats"


def test_letter_spaced_capitals_keep_their_wide_word_gaps_in_one_line() -> None:
    # an eyebrow in tracked capitals (8 px capitals, ~12 px a letter): its word gaps are
    # wider than untracked capitals' would be, by as much as its letters are spaced
    words = [
        Word(t, x0, 1010, x1, 1018, 99.0)
        for t, x0, x1 in [("FLAVORS", 608, 689), ("FOR", 702, 735), ("ROYALTY", 748, 828)]
    ]
    assert [ln.text for ln in group_lines(words)] == ["FLAVORS FOR ROYALTY"]
    # navigation links in the same capitals stay apart: their gaps are a link's padding
    links = [
        Word(t, x0, 115, x1, 123, 99.0)
        for t, x0, x1 in [("HOME", 477, 517), ("MENUS", 550, 598), ("CONTACT", 631, 698)]
    ]
    assert [ln.text for ln in group_lines(links)] == ["HOME", "MENUS", "CONTACT"]


def _painted(
    colours: list[tuple[int, int, int]], strokes: list[int] | None = None
) -> tuple[Image.Image, list[Word]]:
    """Lines of 'glyphs' (bars) 14 px high, 22 px apart, each in its colour and stroke
    width (default 2 px), on white."""
    img = Image.new("RGB", (600, 40 + 22 * len(colours)), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    words = []
    for i, colour in enumerate(colours):
        y = 20 + 22 * i
        for j, text in enumerate(["Nullam", "lobortis", "placerat"]):
            x = 40 + 100 * j
            for k in range(0, 90, 6):
                stroke = strokes[i] if strokes else 2
                draw.rectangle((x + k, y, x + k + stroke - 1, y + 13), fill=colour)
            words.append(Word(text, x, y, x + 90, y + 14, 95.0))
    return img, words


def test_a_title_in_an_accent_colour_over_grey_text_is_two_blocks() -> None:
    # blue and grey of about the same lightness: only the hue tells them apart
    img, words = _painted([(36, 158, 198), (36, 158, 198), (127, 140, 150), (127, 140, 150)])
    lines = group_lines(words)
    measure_ink(img.convert("L"), lines)
    measure_tint(img, lines)
    assert [len(b.lines) for b in group_blocks(lines)] == [2, 2]
    img, words = _painted([(127, 140, 150)] * 4)  # one colour throughout: one paragraph
    lines = group_lines(words)
    measure_ink(img.convert("L"), lines)
    measure_tint(img, lines)
    assert [len(b.lines) for b in group_blocks(lines)] == [4]


def _paragraph_row(text: str, top: int, tall: int = 14) -> list[Word]:
    """One line of a paragraph at x 100 in a 15 px font: words 8 px a letter, glyph boxes
    `tall` px high from `top`, in the engine's line-high row (5 px more each way)."""
    out, x = [], 100
    for t in text.split():
        out.append(Word(t, x, top, x + 8 * len(t), top + tall, 95.0, 15.0, top - 5, top + 19))
        x += 8 * len(t) + 6
    return out


def test_a_loosely_set_paragraph_goes_on_at_its_own_line_pitch() -> None:
    # the third line has no descender, so the gap under it is wider than between the others
    rows = ["Over the span of the", "satellite record, Arctic", "sea ice has been"]
    words = [
        w for i, r in enumerate(rows) for w in _paragraph_row(r, 100 + 27 * i, 14 if i < 2 else 11)
    ]
    after = _paragraph_row("declining significantly,", 181)
    blocks = group_blocks(group_lines(words + after))
    assert [len(b.lines) for b in blocks] == [4]
    # a line that does not carry the sentence on, or comes further down, starts a new text
    for line in (
        _paragraph_row("Declining significantly,", 181),
        _paragraph_row("declining significantly,", 196),
    ):
        assert [len(b.lines) for b in group_blocks(group_lines(words + line))] == [3, 1]


def test_a_loose_paragraph_goes_on_at_its_pitch_after_a_sentence_ends_at_a_wrapped_line() -> None:
    # lines 30 px apart (gaps wider than a 15 px line): the second line's sentence ends at
    # the paragraph's right edge and the third starts a new one; the engine padded the
    # second row 3 px lower, so the glyphs' tops, not the rows, give the pitch
    def blocks(second: str, third_top: int) -> list[int]:
        rows = [
            _paragraph_row("Feugiat accumsan lorem eu ac lorem amet sed", 100, 15),
            _paragraph_row(second, 130, 15),
            _paragraph_row("Arcu phasellus tortor enim mi nisi praesent dolor", third_top, 15),
        ]
        for w in rows[1]:
            w.oy0, w.oy1 = w.oy0 + 3, w.oy1 + 3
        return [len(b.lines) for b in group_blocks(group_lines([w for r in rows for w in r]))]

    assert blocks("accumsan donec. Blandit orci porttitor semper.", 160) == [3]
    # a second line ending short of the edge ended the paragraph; a line further down
    # starts another text
    assert blocks("accumsan donec. Blandit orci.", 160) == [2, 1]
    assert blocks("accumsan donec. Blandit orci porttitor semper.", 172) == [2, 1]


def test_a_near_black_title_over_mid_grey_text_is_two_blocks() -> None:
    # a thin dark title over thicker grey text: about the same ink, far apart in lightness
    dark, grey = (56, 56, 56), (128, 128, 128)
    img, words = _painted([dark, grey, grey], strokes=[1, 2, 2])
    lines = group_lines(words)
    measure_ink(img.convert("L"), lines)
    measure_tint(img, lines)
    assert max(ln.ink for ln in lines) < 1.45 * min(ln.ink for ln in lines)  # ink alone joins
    assert [len(b.lines) for b in group_blocks(lines)] == [1, 2]
    img, words = _painted([(96, 96, 96), grey, grey], strokes=[1, 2, 2])  # 32 apart: one text
    lines = group_lines(words)
    measure_ink(img.convert("L"), lines)
    measure_tint(img, lines)
    assert [len(b.lines) for b in group_blocks(lines)] == [3]


def test_text_over_a_picture_has_no_tint_to_go_by() -> None:
    img, words = _painted([(250, 250, 250)])
    draw = ImageDraw.Draw(img)
    for x in range(0, 600, 40):  # stripes of colour behind the line
        draw.rectangle((x, 18, x + 19, 36), fill=(20, 160 if x % 80 else 20, 200))
    for w in words:
        for k in range(0, 90, 6):
            draw.rectangle((w.x0 + k, w.y0, w.x0 + k + 1, w.y1 - 1), fill=(250, 250, 250))
    lines = group_lines(words)
    measure_tint(img, lines)
    assert lines[0].tint is None


def _run(text: str, x0: int, y0: int, h: int) -> list[Word]:
    return [_word(t, x0 + 60 * j, y0, 55, h) for j, t in enumerate(text.split())]


def _texts(words: list[Word]) -> list[str]:
    # body text elsewhere on the page sets its em to 20
    body = [
        w for k in range(6) for w in _run("plain body text of the page", 100, 3000 + 40 * k, 20)
    ]
    blocks = group_blocks(group_lines(words + body))
    return sorted(b.text for b in blocks if b.y0 < 3000)


def test_a_line_ending_on_a_comma_or_an_article_goes_on_below() -> None:
    # an address wrapped beside its icon: the second line starts under the icon
    address = _run("Street Address, Location,", 226, 542, 15) + _run("City, Country.", 197, 568, 16)
    assert _texts(address) == ["Street Address, Location, City, Country."]
    # a heading whose second line is set a little larger (a quarter)
    heading = _run("Our online and", 74, 973, 43) + _run("offline services", 74, 1025, 46)
    assert _texts(heading) == ["Our online and offline services"]
    # a store badge: a small caption over a big name
    badge = _run("GET IT ON", 777, 806, 10) + _run("Google play", 784, 817, 23)
    assert _texts(badge) == ["GET IT ON Google play"]


def test_a_closed_line_or_a_word_read_apart_does_not_take_the_line_below() -> None:
    # a welcome line over the hero's big title stays apart (not a caption: body size)
    welcome = _run("Welcome to", 500, 200, 20) + _run("Grilli Bistro", 500, 224, 44)
    assert _texts(welcome) == ["Grilli Bistro", "Welcome to"]
    # one word read apart in the middle of a paragraph's line ("pariatur,") does not pull
    # the next line, which starts far to its left
    stray = _run("pariatur,", 1119, 387, 16) + _run("dignissimos aliquam, amet", 958, 412, 17)
    assert _texts(stray) == ["dignissimos aliquam, amet", "pariatur,"]
    pair = _run("elit. Facere,", 1119, 387, 16) + _run("dignissimos aliquam, amet", 958, 412, 17)
    assert _texts(pair) == ["dignissimos aliquam, amet", "elit. Facere,"]
    closed = _run("Street Address.", 226, 542, 15) + _run("City, Country.", 197, 568, 16)
    assert _texts(closed) == ["City, Country.", "Street Address."]


def test_a_store_badge_of_two_lines_in_its_box_is_a_button() -> None:
    from app.services.analysis.offline.visual import is_button

    img = Image.new("RGB", (600, 200), (255, 255, 255))
    ImageDraw.Draw(img).rounded_rectangle((160, 60, 400, 130), radius=8, outline=(0, 0, 0), width=2)
    body = [
        w for k in range(6) for w in _run("plain body text of the page", 100, 3000 + 40 * k, 20)
    ]
    words = _run("GET IT ON", 190, 75, 10) + _run("Google play", 190, 88, 23) + body
    badge = [b for b in group_blocks(group_lines(words)) if b.y0 < 3000]
    assert [len(b.lines) for b in badge] == [2]
    assert is_button(img, badge[0], 20.0)
    # a three-line text in a box of its own is a card, not a button
    img = Image.new("RGB", (600, 200), (255, 255, 255))
    ImageDraw.Draw(img).rounded_rectangle((180, 60, 320, 140), radius=8, outline=(0, 0, 0), width=2)
    card = _block("One two", "three four", "five", x0=190, y0=70, h=10)
    assert not is_button(img, card, 20.0)


def test_a_date_range_whose_dash_was_not_read_is_one_line() -> None:
    words = [
        _word("September", 236, 1383, 75, 15),
        _word("2015", 316, 1383, 33, 15),
        _word("September", 366, 1383, 75, 15),
        _word("2016", 446, 1383, 33, 15),
    ]
    assert [ln.text for ln in group_lines(words)] == ["September 2015 – September 2016"]
    # the same gap between other words splits them; a year far from the next date too
    apart = [_word("Since", 236, 100, 40, 15), _word("2015", 281, 100, 33, 15)]
    apart += [_word("Open", 331, 100, 40, 15), _word("daily", 376, 100, 40, 15)]
    apart += [_word("2020", 236, 300, 33, 15), _word("2021", 369, 300, 33, 15)]
    assert [ln.text for ln in group_lines(apart)] == ["Since 2015", "Open daily", "2020", "2021"]


def test_letter_spaced_capitals_read_as_fragments_are_words_again() -> None:
    # the engine's boxes of "SPECIAL SELECTION" in wide tracking: letters 5-6 px apart, the
    # word space 13 px
    spans = [("S", 621, 628), ("P", 633, 640), ("E", 646, 652), ("CI", 657, 673)]
    spans += [("AL", 679, 698), ("S", 711, 718), ("E", 724, 730), ("L", 735, 741)]
    spans += [("E", 747, 753), ("C", 758, 766), ("TIO", 772, 801), ("N", 806, 814)]
    words = [Word(t, a, 3914, b, 3922, 99.0) for t, a, b in spans]
    assert [ln.text for ln in group_lines(words)] == ["SPECIAL SELECTION"]
    # one word in fragments all set alike
    why = [Word(t, 400 + 14 * i, 100, 408 + 14 * i, 110, 99.0) for i, t in enumerate("WHY")]
    assert [ln.text for ln in group_lines(why)] == ["WHY"]
    # a wide heading: the smallest gap is a letter gap, the wider ones word spaces
    spans = [("W", 591, 618), ("HAT", 632, 708), ("W", 725, 751), ("E", 758, 782)]
    words = [Word(t, a, 1962, b, 1987, 99.0) for t, a, b in [*spans, ("DO", 798, 851)]]
    assert [ln.text for ln in group_lines(words)] == ["W HAT WE DO"]
    # capitals with even word spaces stay words, single letters and all
    plain = [("I", 100, 106), ("AM", 118, 140), ("A", 152, 160), ("DESIGNER", 172, 260)]
    words = [Word(t, a, 500, b, 514, 99.0) for t, a, b in plain]
    assert [ln.text for ln in group_lines(words)] == ["I AM A DESIGNER"]


def test_a_separator_read_alone_stays_in_its_line_and_does_not_size_it() -> None:
    # "March 12, 2023 · 6 min read": the engine reads the middle dot as a word 2 px high
    words = [
        _word("March", 192, 2350, 38, 11),
        _word("12,", 237, 2351, 19, 12),
        _word("2023", 263, 2351, 33, 10),
        Word("·", 303, 2355, 305, 2357, 95.0),
        _word("6", 312, 2351, 6, 10),
        _word("min", 325, 2350, 25, 11),
        _word("read", 356, 2350, 29, 11),
    ]
    lines = group_lines(words)
    assert [ln.text for ln in lines] == ["March 12, 2023 · 6 min read"]
    sizes = [word_em(w) for w in words if w.text != "·"]
    assert lines[0].h == statistics.median(sizes)  # the dot's size is not counted
    # an attribution's dash read apart: the line keeps the name's size, not the dash's
    signed = group_lines(
        [Word("-", 591, 3290, 596, 3292, 95.0), _word("Ferman", 602, 3284, 52, 12)]
    )
    assert [ln.text for ln in signed] == ["- Ferman"]
    assert signed[0].h == group_lines([_word("Ferman", 602, 3284, 52, 12)])[0].h


def test_a_name_after_a_dash_signs_a_testimonial() -> None:
    assert is_attribution("— Ann Lee") and is_attribution("- Ann Lee, Acme")
    quote = "Lorem ipsum dolor sit amet consectetur adipisicing elit voluptate sequi sunt velit"
    item = item_fields("testimonial_cards", [_block(quote), _block("— Ann Lee", y0=200)])
    assert item == {"quote": quote, "name": "Ann Lee"}


def test_a_long_title_in_bigger_type_is_not_part_of_the_cards_description() -> None:
    # a badge read as big as the title, a two-line title of 13 words, then the body
    title = ("The last blog post title is a little", "bit longer than the others")
    body = (
        "Some more quick example text to build",
        "on the card title and make up the bulk",
        "of the card's content.",
    )
    card = [
        _block("News", y0=100, h=20),
        _block(*title, y0=140, h=20),
        _block(*body, y0=240, h=16),
        _block("Evelyn Martinez", y0=360, h=14),
    ]
    fields = item_fields("feature_cards", card)
    assert fields["description"] == " ".join(body)
    assert " ".join(title) in fields.values()
    # prose around the body in the body's own type still joins it
    card[1] = _block(*title, y0=140, h=16)
    assert item_fields("feature_cards", card)["description"] == " ".join((*title, *body))


def test_a_button_centred_under_a_two_column_grid_does_not_join_its_columns() -> None:
    # two columns of title + description cards (gutter 380-440), three rows, and a button
    # centred under them whose box spans the gutter
    blocks = []
    for row in range(3):
        for x0 in (100, 440):
            blocks.append(_block("Frontend developer", x0=x0, y0=100 + 160 * row, h=20))
            blocks.append(
                _block("Lorem ipsum dolor sit amet,", "consectetur", x0=x0, y0=140 + 160 * row)
            )
    button = _block("Get in touch", x0=330, y0=620, h=16)
    button.button = True
    items = build_grid(sorted([*blocks, button], key=lambda b: (b.y0, b.x0)), 16.0)
    assert items is not None
    assert [[b.x0 for b in it] for it in items] == [[100, 100], [440, 440]] * 3 + [[330]]


def test_a_justified_line_whose_wide_space_no_neighbour_crosses_is_one_line() -> None:
    # the first rows of a justified paragraph: their wide spaces fall where the rows just
    # around them have spaces too; the full rows further down are flush with both edges
    rows = [
        "Lorem 960 1040; ipsum 1050 1130; dolor 1140 1238; amet 1277 1313",
        "consectetur 959 1100; adipisicing 1110 1200; elit. 1210 1240; Facere 1258 1313",
        "voluptates 960 1053",
        "dignissimos 960 1100; aliquam, 1110 1200; amet 1210 1250; dolorem 1260 1313",
        "nobis 959 1050; deleniti 1060 1150; qui 1160 1200; nulla 1210 1313",
    ]
    spans = [[w.rsplit(" ", 2) for w in row.split("; ")] for row in rows]
    words = [
        _word(t, int(x0), 2339 + 24 * i, int(x1) - int(x0), 15)
        for i, row in enumerate(spans)
        for t, x0, x1 in row
    ]
    assert [ln.text for ln in group_lines(words)][:2] == [
        "Lorem ipsum dolor amet",
        "consectetur adipisicing elit. Facere",
    ]
    # a gutter between two columns stays: the rows below are not flush with both sides
    apart = [w for w in words if w.y0 < 2339 + 24] + [
        _word("dignissimos aliquam", 960, 2411, 280, 15),
        _word("dolorem", 1277, 2411, 36, 15),
    ]
    expected = ["Lorem ipsum dolor", "amet", "dignissimos aliquam", "dolorem"]
    assert [ln.text for ln in group_lines(apart)] == expected


def test_a_box_that_did_not_shrink_to_its_glyphs_tells_the_size_by_its_height() -> None:
    # over a photo the glyph-tight box is the engine's padded row: its letters say nothing
    untightened = Word("Lorem", 369, 418, 423, 447, 95.0, oy0=418, oy1=447)
    tightened = Word("Lorem", 369, 421, 423, 442, 95.0, oy0=418, oy1=447)
    assert word_em(untightened) == pytest.approx(29 / 1.15)
    assert word_em(tightened) == pytest.approx(21 / 0.72)  # an ascender's share of the size


def test_a_figure_and_its_label_on_one_line_are_a_stat() -> None:
    items = [
        [_block(f"{v} from {n} reviews", x0=100 + 400 * i), _block(site, x0=100 + 400 * i, y0=140)]
        for i, (v, n, site) in enumerate([("4.2/5", "18k", "Capterra"), ("4.6/5", "20k", "G2")])
    ]
    assert grid_kind(items) == "stats"
    fields = item_fields("stats", items[0])
    assert (fields["value"], fields["label"]) == ("4.2/5", "from 18k reviews Capterra")
    whole, value = box_of(items[0][0].text), box_of(fields["value"])
    assert whole is not None and value is not None
    assert value[0] == whole[0] and value[2] < whole[2]  # the figure's share of the line
    # a figure with its unit stays whole; a date and an amount of money are not figures
    minutes = [[_block("13 min", x0=100 + 400 * i), _block("setup time", y0=140)] for i in range(2)]
    assert item_fields(grid_kind(minutes), minutes[0])["value"] == "13 min"
    posts = [[_block("17 October 2018 Top tips", x0=100 + 400 * i)] for i in range(2)]
    dishes = [[_block("$24 Grilled Octopus", x0=100 + 400 * i)] for i in range(2)]
    assert grid_kind(posts) != "stats" and grid_kind(dishes) != "stats"


def test_flush_left_sentences_broken_before_the_width_are_entries_of_their_own() -> None:
    def lines(texts: list[str], centred: bool = False) -> list[Word]:
        out = []
        for row, text in enumerate(texts):
            toks = text.split()
            x0 = 100 + (30 * (12 - len(toks)) if centred else 0)
            out += [_word(t, x0 + 60 * j, 100 + 24 * row, 55, 15) for j, t in enumerate(toks)]
        return out

    # a bullet list whose bullets OCR did not read: each entry a sentence, none wrapped
    entries = [
        "Three kms from the bus and railway station.",
        "Twenty five kms from the airport.",
        "Less than two km from the nearest shopping malls of town.",
    ]
    assert [b.text for b in group_blocks(group_lines(lines(entries)))] == entries
    # a paragraph its width wrapped stays one, where a sentence ends at a line's end too
    wrapped = [
        "The hotel is a business hotel with forty five rooms and.",
        "It is close to the city centre and near the old port.",
    ]
    assert len(group_blocks(group_lines(lines(wrapped)))) == 1
    # centred lines broken by hand are one paragraph (one element on the page)
    assert len(group_blocks(group_lines(lines(entries, centred=True)))) == 1


def test_a_plans_short_lines_are_features_and_its_wrapped_sentence_a_description() -> None:
    def plan(body: tuple[str, ...]) -> list[Block]:
        button = _block("Select", y0=320)
        button.button = True
        return [_block("Scale"), _block("$40 / month", y0=140), _block(*body, y0=200), button]

    listed = item_fields("pricing_cards", plan(("Plays like a Trumpet", "Great for Jazz Bands")))
    assert listed["features"] == ["Plays like a Trumpet", "Great for Jazz Bands"]
    assert "description" not in listed
    wrapped = ("For fast-growing companies", "getting started with", "security alerts.")
    fields = item_fields("pricing_cards", plan(wrapped))
    assert fields["description"] == " ".join(wrapped)


def test_a_learn_more_link_under_each_card_is_the_cards_link_not_a_card() -> None:
    cards = []
    for i in range(3):
        x0 = 100 + 420 * i
        cards += [
            _block("Tempor orci dapibus", x0=x0, y0=100, h=20),
            _block("Ut venenatis tellus in metus", "vulputate amet consectetur", x0=x0, y0=140),
            _block("Learn more", x0=x0, y0=260),  # a text link, far under the text
        ]
    items = build_grid(cards, 14.0)
    assert items is not None
    assert [[b.text for b in it] for it in items] == [
        [
            "Tempor orci dapibus",
            "Ut venenatis tellus in metus vulputate amet consectetur",
            "Learn more",
        ]
    ] * 3


def test_a_figures_label_over_a_sentence_in_lighter_type_keeps_the_sentence_apart() -> None:
    label = _block("Projects", y0=140, h=20)
    label.lines[0].ink = 25.0
    sentence = _block("Of high-performing level are led by a", "certified manager", y0=180)
    for ln in sentence.lines:
        ln.ink = 11.0
    item = [_block("0", h=50), label, sentence]
    assert item_fields("stats", item) == {
        "value": "0",
        "label": "Projects",
        "description": "Of high-performing level are led by a certified manager",
    }
    # a label's wrapped end stays the label's
    wrapped = _block("reviews", y0=180)
    wrapped.lines[0].ink = 11.0
    fields = item_fields(
        "stats", [_block("4.9/5", h=50), _block("average rating from", y0=140), wrapped]
    )
    assert fields == {"value": "4.9/5", "label": "average rating from reviews"}


def test_a_card_set_apart_beside_a_grid_of_cards_is_a_card_of_its_own() -> None:
    # a 2 x 2 grid of feature cards on the right and, far to their left, one quote with
    # its author: four feature cards and one testimonial, not a grid of five cards
    def card(title: str, x0: int, y0: int) -> list[Block]:
        return [
            _block(title, x0=x0, y0=y0, h=20),
            _block("Curabitur arcu erat accumsan", "id imperdiet et porttitor", x0=x0, y0=y0 + 40),
        ]

    grid = [
        *card("Easy Prototyping", 760, 300),
        *card("Sensor Bridge", 1060, 300),
        *card("Strategist", 760, 500),
        *card("Art Direction", 1060, 500),
    ]
    quote = _block(
        '"InVision is a window into everything that',
        "is being designed and thought about at",
        'our company and its work."',
        x0=60,
        y0=340,
    )
    page = Page([], 1440)
    page.em = 14.0
    heading = _block("Our Features", x0=500, y0=100, h=34)
    blocks = [heading, *grid, quote, _block("Calvin Palmer", x0=60, y0=440)]
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), page)
    assert graded is not None
    grids = {c["element"]: c["items"] for c in graded[1] if "items" in c}
    assert [it["title"] for it in grids["feature_cards"]] == [
        "Easy Prototyping",
        "Sensor Bridge",
        "Strategist",
        "Art Direction",
    ]
    assert len(grids["testimonial_cards"]) == 1
    assert grids["testimonial_cards"][0]["name"] == "Calvin Palmer"
    # three columns of cards at one pitch are one grid of three
    row = [b for i, t in enumerate(["One", "Two", "Three"]) for b in card(t, 100 + 420 * i, 300)]
    row += [b for i, t in enumerate(["Four", "Five", "Six"]) for b in card(t, 100 + 420 * i, 500)]
    graded = grid_section(sorted([heading, *row], key=lambda b: (b.y0, b.x0)), page)
    assert graded is not None
    assert [len(c["items"]) for c in graded[1] if "items" in c] == [6]


def test_a_note_centred_under_pricing_cards_closes_the_pricing_section() -> None:
    # two plans, price over name over what they include; under both, one centred note that
    # spans the gutter and a link: two pricing cards, the note and the link after them
    blocks = [_block("Complete features at your hand", x0=430, y0=100, h=30)]
    for i, (price, name) in enumerate([("$49", "Standard License"), ("$590", "Extended License")]):
        x0 = 360 + 380 * i
        blocks += [
            _block(price, x0=x0, y0=300, h=30),
            _block(name, x0=x0, y0=350),
            _block("1 end product", x0=x0, y0=420),
            _block("6 months technical support", x0=x0, y0=450),
            _block("Purchase now", x0=x0, y0=500),
        ]
    blocks += [
        _block("Both pricings contain six months of free support. Need more?", x0=380, y0=620),
        _block("Contact us", x0=640, y0=650),
    ]
    page = Page(blocks, 1440)
    page.em = 14.0
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), page)
    assert graded is not None
    kind, comps = graded
    assert kind == "pricing"
    (cards,) = [c for c in comps if "items" in c]
    assert [(it["price"], it["plan_name"]) for it in cards["items"]] == [
        ("$49", "Standard License"),
        ("$590", "Extended License"),
    ]
    assert [c["element"] for c in comps[-2:]] == ["small_print", "cta_button"]


def test_a_last_row_centred_under_the_row_above_keeps_its_cards() -> None:
    # four cards over three centred under them: the middle card below spans the gutter
    # between the second and third cards above, so columns over the whole grid grow into
    # one another; row by row they line up
    blocks = []
    for y0, lefts in ((400, (100, 460, 820, 1180)), (800, (280, 640, 1000))):
        for i, x0 in enumerate(lefts):
            blocks.append(_styled(_block(f"Programme {y0 + i}", x0=x0, y0=y0, h=20), 30.0))
            blocks.append(
                _styled(_block("Lorem ipsum dolor sit", "amet sed do", x0=x0, y0=y0 + 50), 10)
            )
    items = build_grid(sorted(blocks, key=lambda b: (b.y0, b.x0)), 16)
    assert items is not None
    assert [[b.text for b in it] for it in items] == [
        [f"Programme {y0 + i}", "Lorem ipsum dolor sit amet sed do"]
        for y0, n in ((400, 4), (800, 3))
        for i in range(n)
    ]


def test_a_shape_at_one_edge_neither_starts_a_band_nor_hides_the_next_one() -> None:
    # a tinted triangle in the white band's lower left corner, in the colour of the band
    # under it: the left edge alone runs tinted from the triangle's top on
    img = Image.new("RGB", (400, 900), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 600, 400, 899), fill=(255, 245, 242))
    draw.polygon([(0, 450), (0, 600), (150, 600)], fill=(255, 241, 238))
    assert [(b.y0, b.y1) for b in color_bands(row_colors(img))] == [(0, 600), (600, 900)]


def test_a_lone_short_text_beside_a_testimonial_is_not_a_second_one() -> None:
    # a quote with its name and role (beside an avatar), and the label of the play button
    # on the video beside it
    heading = _styled(_block("Finsweet was a dream", x0=74, y0=4146, h=34), 28.0)
    quote = _styled(
        _block(
            "Maecenas efficitur scelerisque lorem, et varius lacus",
            "tincidunt vel. Proin ac eleifend tortor nunc.",
            x0=73,
            y0=4209,
            h=17,
        ),
        13.0,
    )
    name = _styled(_block("Chikelu Neo", x0=140, y0=4329, h=17), 35.0)
    role = _styled(_block("CEO at MazeAI", x0=139, y0=4355, h=15), 11.0)
    play = _styled(_block("Play Video", x0=816, y0=4418, h=19), 56.0)
    blocks = [heading, quote, name, role, play]
    graded = grid_section(blocks, Page(blocks, 1440))
    assert graded is not None
    kind, comps = graded
    grid = next(c for c in comps if "items" in c)
    assert kind == "testimonials"
    assert grid["items"] == [{"quote": quote.text, "name": "Chikelu Neo", "role": "CEO at MazeAI"}]
    assert {"element": "small_print", "current_content": "Play Video"} in comps


def test_a_sentence_ending_in_a_question_mark_goes_on_in_its_paragraph() -> None:
    # a hero's centred lead of two lines, the first one a question: one text
    rows = [
        ("Tired of starting an entire landing page from scratch?", 446),
        ("Don't waste any more time and try Sense for free.", 466),
    ]
    words = [
        Word(t, x0 + 60 * j, 373 + 30 * i, x0 + 60 * j + 52, 395 + 30 * i, 99.0)
        for i, (text, x0) in enumerate(rows)
        for j, t in enumerate(text.split())
    ]
    blocks = group_blocks(group_lines(words))
    assert [b.text for b in blocks] == [" ".join(text for text, _ in rows)]


def test_the_same_short_text_closing_every_card_is_their_link() -> None:
    # blog cards closing on "Card link", which no link pattern knows
    blocks = []
    for i, title in enumerate(["Why you have to digitalize", "Our internal process", "Leaders"]):
        x = 75 + 440 * i
        blocks.append(_styled(_block(title, x0=x, y0=4900, h=20), 40.0))
        blocks.append(
            _styled(_block("Lorem ipsum dolor sit", "amet consectetur elit", x0=x, y0=4950), 10)
        )
        blocks.append(_styled(_block("Card link", x0=x, y0=5040), 25.0))
    graded = grid_section(sorted(blocks, key=lambda b: (b.y0, b.x0)), Page(blocks, 1440))
    assert graded is not None
    grid = next(c for c in graded[1] if "items" in c)
    assert [it.get("cta") for it in grid["items"]] == ["Card link"] * 3
    assert all("detail" not in it for it in grid["items"])
    # cards closing on lists (a plan's features) or on different words keep their fields
    # (compared with copies: the function rewrites the dicts it is given)
    plans = [{"plan_name": n, "features": ["Cras justo", "Dapibus"]} for n in ("A", "B")]
    assert _same_link(copy.deepcopy(plans)) == plans
    notes = [{"title": "A", "detail": "New"}, {"title": "B", "detail": "Sale"}]
    assert _same_link(copy.deepcopy(notes)) == notes


def test_a_layout_stage_that_fails_leaves_a_rough_map_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import app.services.analysis.offline as offline
    from app.services.analysis.warnings import analysis_warnings

    rows = ["Grow your business today", "We build websites that sell your products"] * 6
    words = [
        _word(t, 100 + 70 * j, 100 + 60 * i, 60, 20)
        for i, text in enumerate(rows)
        for j, t in enumerate(text.split())
    ]
    monkeypatch.setattr(offline, "ocr_page", lambda *a, **k: list(words))

    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("a rule nobody foresaw")

    monkeypatch.setattr(offline, "assemble", broken)
    analysis = offline.analyze_image(Image.new("RGB", (1440, 900), (255, 255, 255)))
    texts = [c.current_content for s in analysis.sections for c in s.components]
    assert " ".join(texts).split() == " ".join(rows).split()
    assert analysis.confidence is not None and analysis.confidence < 0.5
    assert analysis_warnings(analysis.model_dump())

    # the worker's soft time limit is the task's to handle, not a layout failure
    class SoftTimeLimitExceeded(Exception):  # (Celery's, by name: services import no Celery)
        pass

    def timed_out(*args: object, **kwargs: object) -> None:
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(offline, "assemble", timed_out)
    with pytest.raises(SoftTimeLimitExceeded):
        offline.analyze_image(Image.new("RGB", (1440, 900), (255, 255, 255)))


def test_a_scrap_cut_by_the_pages_side_edge_is_a_pictures() -> None:
    # a tilted phone running off the page: "tr" and "Sa ve" cut by the right edge, "ac"
    # by the left one; a link near the edge and a sentence running to it are copy
    scraps = [
        _block("tr", x0=1427, y0=1180, h=17),
        _block("Sa ve", x0=1321, y0=900),
        _block("ac", x0=0, y0=700),
    ]
    scraps[1].x1 = 1440
    link = _block("Contact", x0=1360, y0=80)
    sentence = _block("We build websites that sell your products", x0=1000, y0=600)
    sentence.x1 = 1440
    blocks = [*scraps, link, sentence]
    assert copy_blocks(blocks, Page(blocks, 1440)) == [link, sentence]


def test_a_capital_read_apart_from_its_word_goes_back_onto_it() -> None:
    words = [
        _word("W", 602, 643, 30, 26),
        _word("ho", 635, 649, 40, 20),
        _word("we", 690, 649, 40, 20),
        _word("are?", 745, 649, 60, 20),
        # "A" and "I" are words; a capital before a capitalised word, or far from the next
        # word, stays apart
        _word("A", 100, 900, 20, 26),
        _word("day", 125, 906, 50, 20),
        _word("J", 100, 1000, 14, 26),
        _word("Doe", 118, 1000, 50, 26),
        _word("B", 100, 1100, 20, 26),
        _word("plan", 140, 1106, 50, 20),
    ]
    texts = sorted((w.y0, w.x0, w.text) for w in join_initials(words))
    assert [t for _, _, t in texts] == ["Who", "we", "are?", "A", "day", "J", "Doe", "B", "plan"]
    joined = next(w for w in join_initials(words) if w.text == "Who")
    assert (joined.x0, joined.x1, joined.y0, joined.y1) == (602, 675, 643, 669)


def test_a_line_inside_a_badge_box_is_apart_from_the_lines_under_it() -> None:
    from app.services.analysis.offline import _apart_at_boxes

    # a "Parallel session" pill over a talk's title, both read in one grey
    pill = Block(
        [Line([_word("Parallel", 232, 2803, 60, 14), _word("session", 296, 2803, 66, 14)])]
    )
    title = Block(
        [Line([_word("Exploit", 227, 2830, 80, 19), _word("channels", 312, 2830, 90, 19)])]
    )
    both = Block([*pill.lines, *title.lines])
    for b in (pill, title, both):
        for ln in b.lines:
            ln.update()
        b.update()
    parts = _apart_at_boxes([both], [(224, 2798, 370, 2822)])
    assert [p.text for p in parts] == ["Parallel session", "Exploit channels"]
    # a label of two lines inside one box stays one text
    assert _apart_at_boxes([both], [(220, 2795, 420, 2852)]) == [both]


def test_a_plans_name_is_its_biggest_text_over_the_price_not_the_last_line_of_its_blurb() -> None:
    name = _block("Essential", x0=549, y0=1550, h=24)
    blurb = _block(
        "Lorem ipsum dolor sit amet consectetur,",
        "adipisicing elit. Nostrum quam voluptatibus",
        x0=548,
        y0=1597,
        h=15,
    )
    price = _block("$3.00 /Month", x0=549, y0=1659, h=28)
    button = _block("Start Now", x0=678, y0=1757)
    button.button = True
    features = _block("All limited links", "Own analytics platform", x0=584, y0=1898)
    fields = item_fields("pricing_cards", [name, blurb, price, button, features])
    assert fields["plan_name"] == "Essential"
    assert fields["description"] == blurb.text
    assert fields["price"] == "$3.00 /Month"
    assert "badge" not in fields
    # a small badge over the name stays the badge
    badge = _block("Popular", x0=549, y0=1500, h=12)
    fields = item_fields("pricing_cards", [badge, name, price, button, features])
    assert (fields["badge"], fields["plan_name"]) == ("Popular", "Essential")
