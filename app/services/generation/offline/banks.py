"""Template banks per element role. Slots: {name} {kw} {kw2} {audience} {action} {act}
(the action, lower-cased start) {place} {adj} (a tone word). Every template is a grammatical
phrase or sentence on its own; templates whose slot is empty (no place) are skipped.
Tone changes the wording: each tone has its own adjectives, openers and sentences."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from app.services.generation.offline.context import OfflineContext, lower_first, upper_first

TONE_WORDS: dict[str, list[str]] = {
    "professional": ["reliable", "careful", "attentive", "dependable"],
    "friendly": ["friendly", "welcoming", "warm", "cheerful"],
    "authoritative": ["rigorous", "proven", "thorough", "specialist"],
    "conversational": ["honest", "relaxed", "straightforward", "simple"],
    "inspirational": ["inspiring", "passionate", "ambitious", "remarkable"],
}

TONE_SENTENCES: dict[str, list[str]] = {
    "professional": [
        "We work to a clear plan and keep you informed at every stage.",
        "Our team takes care of the details so you can focus on your priorities.",
        "{name} offers {kw} with the care and consistency you would expect.",
        "Every piece of work is checked before delivery.",
        "We agree the details with you first, then deliver exactly what was agreed.",
    ],
    "friendly": [
        "We would love to hear what you need.",
        "Pop in, say hello and tell us what you need.",
        "Our team is always happy to help, whatever the question.",
        "We love what we do, and we think it shows in our {kw}.",
        "You are always welcome at {name}.",
    ],
    "authoritative": [
        "Our methods are tested, documented and refined with every client.",
        "{name} sets a high standard for {kw} and keeps it every time.",
        "We explain every recommendation clearly and stand by our advice.",
        "Experience shapes every decision we make about {kw}.",
        "You get specialist attention from start to finish.",
    ],
    "conversational": [
        "Here is the thing: {kw} should be simple, so we keep it that way.",
        "No jargon and no pressure, just honest advice.",
        "Got a question? Just ask and we will give you a straight answer.",
        "We keep things simple, so you always know where you stand.",
        "Think of {name} as the easy part of your week.",
    ],
    "inspirational": [
        "Imagine help with {kw} that truly fits your life.",
        "Every great change starts with a single step.",
        "We believe {audience} deserve something remarkable.",
        "Take the first step today and see where it leads.",
        "Great things happen when care meets ambition.",
    ],
}

# Sentences for any description; the page state keeps each to one use per page.
GENERAL: list[str] = [
    "{name} offers {kw} for {audience}.",
    "We focus on {kw}, so every detail gets the attention it deserves.",
    "Our work on {kw} is shaped around what {audience} actually need.",
    "Tell us what you need and we will take it from there.",
    "You always know what happens next and when.",
    "We take the time to understand what matters most to each customer.",
    "Quality comes first, in {kw} and in everything else we do.",
    "When you are ready, {act} and we will do the rest.",
    "Finding good help with {kw} should be easy, and now it is.",
    "We are proud of our {adj} approach to {kw}.",
    "Every customer gets the same {adj} service.",
    "Questions are always welcome.",
    "It only takes a moment to {act}.",
    "We keep our promises and our prices clear.",
    "Small details make a big difference, so we never skip a step.",
    "From the first conversation, you deal with people who care about {kw}.",
    "We listen first and then get to work.",
    "{name} is based in {place} and proud to serve the area.",
    "{name} is a familiar name to {audience} in {place}.",
    "Find out why {audience} choose {name} for {kw}.",
    "There is no hard sell, only {adj} advice about {kw}.",
    "We would be glad to help with {kw} and {kw2}.",
    "Whatever you need, we make it simple.",
    "Our team knows {kw} inside and out.",
    "Your time matters, so we keep everything clear and quick.",
    "We explain the options in plain language.",
    "Nothing is rushed and nothing is left to chance.",
    "Each visit starts with a proper conversation about your needs.",
    "We believe good service should feel personal.",
    "Honest advice comes as standard.",
    "We keep the process clear from the first message to the last detail.",
    "Many of our customers find us through friends and family.",
    "We are a small team, so you always speak to someone who knows your needs.",
    "Booking is simple and our team confirms every detail.",
    "Everything we recommend is explained clearly and honestly.",
    "We are happy to answer questions about {kw} at any stage.",
    "Help with {kw} and {kw2} is only a message away.",
    "We plan everything around your time.",
    "Feedback from {audience} shapes how we work.",
    "Our standards stay the same on every request, big or small.",
    "Ask about {kw} and get a clear, friendly answer.",
    "We take pride in doing the simple things well.",
    "Clear communication is part of every service we offer.",
    "If plans change, we adapt.",
    "We care about getting {kw} right the first time.",
    "You can reach our team by phone, email or the form on this page.",
    "We are glad to talk through {kw} and {kw2} before you decide.",
    "Good work starts with listening.",
    "We would rather get it right than hurry.",
    "Our prices are clear from the very start.",
    "Many customers start with {kw} and stay for {kw2}.",
    "We keep learning, so our {kw} keeps getting better.",
    "Every customer gets our full attention.",
    "A quick message is all it takes to begin.",
    "We work with {audience} every day.",
]

# Sentences about one card's focus (feature cards, steps, plans).
FOCUS: list[str] = [
    "{kw_cap}, arranged around your plans.",
    "We handle {kw} with care from start to finish.",
    "Get help with {kw}, designed for {audience}.",
    "Our approach to {kw} is {adj}, clear and personal.",
    "Expect {adj} service whenever you need help with {kw}.",
    "With {name}, {kw} is one less worry.",
    "We put {kw} at the heart of our work.",
    "Ask us about {kw} and we will explain every option.",
    "Our help with {kw} is practical, personal and clear.",
    "Tell us your goals for {kw} and we will suggest the best route.",
    "Every request for {kw} gets the same careful attention.",
    "We keep {kw} simple, so there are no surprises.",
    "Talk to us about {kw} whenever the time is right.",
    "Our {adj} team makes {kw} feel easy.",
]

TITLES: dict[str, list[str]] = {
    "hero": [
        "{kw_cap} for {audience}",
        "{name}: {kw} with {adj} service",
        "{kw_cap} from {name}",
        "{kw_cap}, made properly",
        "Welcome to {name}",
        "{kw_cap} in {place}",
        "{name}, your home for {kw}",
        "{kw_cap} and {kw2}, done well",
    ],
    "features": [
        "Why {audience} choose {name}",
        "What makes {name} different",
        "Everything you need, in one place",
        "What you get with {name}",
        "{kw_cap}, done the {name} way",
        "Made for {audience}",
        "The {name} difference",
    ],
    "about": [
        "The story of {name}",
        "Who we are",
        "About {name}",
        "Passionate about {kw}",
        "The people behind your {kw}",
        "Proudly serving {place}",
    ],
    "how_it_works": [
        "How it works",
        "Three simple steps",
        "How to {act}",
        "From first hello to finished",
        "Getting started with {name}",
        "Your first steps with {name}",
    ],
    "testimonials": [
        "What our customers say",
        "Kind words from our customers",
        "Stories from {audience}",
        "Why people come back to {name}",
        "In their own words",
    ],
    "pricing": [
        "Simple, clear pricing",
        "Choose the plan that suits your needs",
        "Plans and prices",
        "Pricing for {audience}",
        "Find the right fit",
    ],
    "faq": [
        "Frequently asked questions",
        "Your questions, answered",
        "Questions about {kw}",
        "Good to know",
        "Before you {act}",
    ],
    "stats": [
        "{name} at a glance",
        "The numbers behind {name}",
        "Our progress so far",
        "Why {audience} trust {name}",
    ],
    "team": [
        "Meet the team",
        "The people behind {name}",
        "Our team",
        "The faces behind your {kw}",
        "Who you will meet",
    ],
    "social_proof": [
        "Trusted by {audience}",
        "In good company",
        "Working alongside great partners",
        "Friends of {name}",
    ],
    "cta": [
        "Ready to {act}?",
        "{action} with {name}",
        "Your next step starts here",
        "Let us help with {kw}",
        "It is time to {act}",
    ],
    "contact": [
        "Get in touch",
        "Talk to {name}",
        "Contact {name}",
        "Send us a message",
        "We would love your message",
        "Questions about {kw}?",
    ],
    "footer": ["{name}", "Stay in touch", "Thanks for visiting {name}"],
}
GENERIC_TITLES = [
    "{kw_cap} from {name}", "Discover {name}", "More about {kw}", "{kw_cap} with care",
    "Why {name}", "{kw_cap} made simple", "Built around {audience}", "Everything about {kw}",
    "What we do best", "How we can help", "A closer look at {kw}", "Care you can see",
    "Help with {kw} and {kw2}", "The {name} way", "Made for {audience}", "What we offer",
    "Our services", "Our approach", "How we work", "What sets {name} apart", "Why it matters",
    "Made with care", "Our promise", "What to expect", "Your options", "Quality and care",
    "The essentials", "A better experience", "Simple, honest service",
]  # fmt: skip
TITLE_TAILS = [" for {audience}", " in {place}"]

EYEBROWS: dict[str, list[str]] = {
    "hero": ["{name}", "{kw_cap}", "Welcome", "New here?"],
    "about": ["About", "About {name}", "Our story", "Who we are"],
    "features": ["Why {name}", "Features", "What you get", "Why choose {name}"],
    "how_it_works": ["How it works", "The process", "Step by step", "Getting started"],
    "testimonials": ["Reviews", "Kind words", "Testimonials", "Customer stories"],
    "pricing": ["Pricing", "Plans", "Plans and prices", "Simple pricing"],
    "faq": ["FAQ", "Questions", "Good questions", "Questions and answers"],
    "stats": ["At a glance", "Our progress", "Why it matters", "By the numbers"],
    "team": ["Our team", "The team", "Meet the team", "Our people"],
    "social_proof": ["Partners", "Our partners", "In good company"],
    "cta": ["Ready?", "Next steps", "Get started", "Ready when you are"],
    "contact": ["Contact", "Get in touch", "Say hello", "Talk to {name}"],
}

QUOTES: list[str] = [
    "{name} made it easy to {act}.",
    "The team really listened.",
    "I would recommend {name} to anyone looking for {kw}.",
    "Everything was explained clearly from the start.",
    "Highly recommended for {kw}.",
    "Friendly, careful and always on time.",
    "We keep coming back, and that says it all.",
    "It felt like they genuinely cared about getting it right.",
    "I only wish I had found {name} sooner.",
    "Simple to arrange and a real pleasure.",
]

BIOS: list[str] = [
    "This team member looks after {kw} at {name}.",
    "Add a short introduction here: what this person does and enjoys most about the work.",
    "They are always happy to help {audience}.",
    "Ask them anything about {kw}.",
    "A friendly face at {name} and a real expert in {kw}.",
]

SMALL_PRINT: list[str] = [
    "We only use your details to reply.",
    "Made with care by {name}.",
    "{name}, proudly serving {place}.",
    "Questions? Email hello@{slug}.com.",
    "Every message is read by a real person.",
    "Thank you for supporting a local business.",
]

# (questions of several lengths, answers that open by answering them).
FAQ: list[tuple[list[str], list[str]]] = [
    (
        ["How do I {act}?", "How can I {act} with {name}?", "What is the easiest way to {act}?"],
        [
            "It only takes a few minutes.",
            "It only takes a few minutes to {act}.",
            "Just choose “{action}” on this page and follow the steps.",
            "Use the button on this page and we will confirm the details with you.",
        ],
    ),
    (
        ["Who does {name} serve?", "Who are your customers?", "Is {name} right for my needs?"],
        [
            "{name} is for {audience}.",
            "We serve {audience}.",
            "We work with {audience}, and everything we do is shaped around them.",
        ],
    ),
    (
        ["What do you offer?", "What does {name} offer?", "What can {name} do for my needs?"],
        [
            "We offer {kw_list}.",
            "We specialise in {kw}.",
            "Our main focus is {kw}, and we are happy to talk through every option.",
        ],
    ),
    (
        ["How much does it cost?", "How much does {kw} cost?", "How does pricing work?"],
        [
            "Prices depend on what you need.",
            "Prices depend on what you need, and we always confirm them before we start.",
            "You will find current prices on this page, or ask us for a quote.",
        ],
    ),
    (
        ["Where are you based?", "Where can I find {name}?", "Do you work in {place}?"],
        [
            "We are based in {place}.",
            "You can find us in {place}, and our contact details are on this page.",
        ],
    ),
    (
        ["Can I ask a question first?", "Can I talk to someone before I {act}?"],
        [
            "Yes, of course.",
            "Yes, send us a message and a member of the team will reply.",
        ],
    ),
    (
        ["What makes {name} different?", "Why choose {name}?", "Why should I choose {name}?"],
        [
            "We care deeply about {kw}.",
            "We care about {kw} and it shows in every detail.",
            "Our {adj} approach to {kw} is what people remember.",
        ],
    ),
    (
        ["How do I get started?", "How quickly can I get started?", "What happens after I {act}?"],
        [
            "Getting started is simple.",
            "Getting started is simple: {act} and we will guide you from there.",
            "Once you {act}, we will confirm the next steps with you.",
        ],
    ),
]
FAQ_FOLLOW: list[str] = [
    "We are here to help.",
    "Happy to help.",
    "It is that simple.",
    "There is no pressure to decide.",
    "Questions are welcome.",
    "If anything is unclear, just ask.",
    "We are always happy to help.",
    "Our contact details are on this page.",
    "We will keep you updated at every step.",
    "There is no obligation until you are ready.",
    "We reply to every message as soon as we can.",
]


def fill(templates: list[str], ctx: OfflineContext, focus: int = 0, **extra: str) -> list[str]:
    return list(_fill(tuple(templates), ctx, focus, tuple(sorted(extra.items()))))


def fill_all(templates: list[str], ctx: OfflineContext) -> list[str]:
    """The templates filled for every keyword in turn (more variety for long texts)."""
    out: list[str] = []
    for focus in range(max(1, len(ctx.offering))):
        out += _fill(tuple(templates), ctx, focus, ())
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _fill(
    templates: tuple[str, ...], ctx: OfflineContext, focus: int, extra: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    """Every template filled for one focus keyword, with the tone's adjectives rotated in;
    templates whose slot has no value are dropped."""
    offering = ctx.offering
    kw = offering[focus % len(offering)]
    kw2 = offering[(focus + 1) % len(offering)] if len(offering) > 1 else "service"
    adjectives = TONE_WORDS[ctx.tone]
    listing = (
        ", ".join(offering[:-1]) + " and " + offering[-1] if len(offering) > 1 else offering[0]
    )
    values = {
        "name": ctx.name,
        "kw": kw,
        "kw2": kw2,
        "kw_cap": upper_first(kw),
        "kw_list": listing,
        "audience": ctx.audience,
        "audience_cap": upper_first(ctx.audience),
        "action": ctx.action,
        "act": lower_first(ctx.action),
        "place": ctx.place or "",
        "slug": ctx.slug,
        **dict(extra),
    }
    out = []
    for index, template in enumerate(templates):
        if "{place}" in template and not ctx.place:
            continue
        if "{adj" in template:
            adj = adjectives[(focus + index) % len(adjectives)]
            values["adj"], values["adj_cap"] = adj, upper_first(adj)
        out.append(upper_first(template.format_map(values)))
    return tuple(drop_repeats(out, ctx.place))


def drop_repeats(texts: list[str], place: str | None = None) -> list[str]:
    """Texts without a place named twice ("families in Leeds in Leeds") or a word doubled."""
    out = []
    for text in dict.fromkeys(texts):
        low = text.lower()
        if place and low.count(place.lower()) > 1:
            continue
        tokens = low.split()
        if any(a == b for a, b in pairwise(tokens)):
            continue
        out.append(text)
    return out


def lower(text: str) -> str:
    return lower_first(text)


def clear_cache() -> None:
    _fill.cache_clear()
