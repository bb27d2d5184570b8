"""Short labels per element role: navigation and footer links, form labels, stat labels,
plan names and features, roles, card and step titles. Slots as in banks.py."""

from __future__ import annotations

NAV = [
    "Home", "Who we are", "Services", "Pricing", "Contact", "Reviews", "FAQ", "Our story",
    "How it works", "Meet the team", "Blog", "News", "Gallery", "Locations", "Support",
    "Book online",
]  # fmt: skip
FOOTER_LINKS = [
    "Home", "Who we are", "Services", "Pricing", "Contact", "Reviews", "FAQ", "Our story",
    "Meet the team", "Careers", "Privacy policy", "Terms of service", "Cookie policy",
    "Accessibility", "Help centre", "Blog", "News", "Events", "Gift cards", "Sitemap",
    "Newsletter", "Press", "Partners", "Guides", "Opening hours",
    "Returns policy", "Gallery", "Support", "Locations", "Instagram", "Facebook", "LinkedIn",
]  # fmt: skip
FOOTER_COLUMNS: dict[str, list[str]] = {
    "Company": ["Our story", "Who we are", "Careers", "Press", "Meet the team", "Partners"],
    "Help": ["FAQ", "Contact", "Support", "Help centre", "Returns policy", "Opening hours"],
    "Legal": ["Privacy policy", "Terms of service", "Cookie policy", "Accessibility", "Sitemap"],
    "Connect": ["Instagram", "Facebook", "LinkedIn", "Newsletter", "Blog", "News", "Events"],
    "Explore": ["Services", "Pricing", "Reviews", "Gallery", "Guides", "Locations", "How it works"],
}
FOOTER_HEADINGS = [
    "Company", "Explore", "Help", "Legal", "Visit", "Services", "Connect", "Resources",
    "Information", "Customer care", "Useful links", "More", "Location", "Follow",
]  # fmt: skip
FORM_LABELS = [
    "Name", "Full name", "Email", "Email address", "Phone number", "Your message", "Message",
    "Preferred date", "Company name", "How can we help?", "Subject", "Phone", "Your name",
    "Your email address", "Tell us what you need", "Best time to call", "Your question",
    "Any other details",
]  # fmt: skip
STAT_LABELS = [
    "Happy customers", "Customers served", "Average customer rating",
    "Repeat customers", "Five-star reviews",
    "Customers in {place}", "Recommendations from {audience}", "Questions answered",
    "Returning customers each month", "Five-star reviews from {audience}", "Bookings made online",
    "Messages answered", "Customers who came back", "Local customers served", "Happy clients",
    "Recommendations from friends", "Satisfied customers this year",
    "Customers who would recommend {name}", "Visits this month", "Reviews and counting",
]  # fmt: skip
BUTTON_FALLBACK = [
    "Find out more", "Learn more", "See how it works", "Ask a question", "Contact {name}",
    "Send a message", "See the details", "Start here", "Get started", "Discover more",
    "Read more", "Get the details", "Visit {name}", "Explore more",
]  # fmt: skip
BADGES = ["Most popular", "Best value", "New", "Recommended", "Popular", "Great value"]
PLANS = ["Starter", "Standard", "Premium", "Complete", "Essential", "Plus"]
PLAN_FEATURES = [
    "{kw_cap} included", "Personal advice", "Priority booking", "Flexible scheduling",
    "Email support", "Phone and email support", "A named contact", "Progress updates",
    "Online booking", "Pause or cancel online", "Regular check-ins", "Tailored to your needs",
    "Everything in {prev}", "Friendly, expert help", "Clear, upfront pricing",
    "{kw_cap} on your schedule", "Extra {kw}", "Dedicated support", "Simple online account",
    "Priority replies", "Monthly review", "Personal plan", "Help with {kw}",
    "Advice on {kw}", "Follow-up support", "Online account", "Flexible options",
    "Friendly reminders", "Clear next steps", "Regular updates",
]  # fmt: skip
TEAM_ROLES = [
    "Founder", "Manager", "Team lead", "{kw_cap} specialist", "Customer care",
    "Operations", "{kw_cap} lead", "Head of {kw}", "Coordinator", "Assistant", "Adviser",
]  # fmt: skip
_CLIENT_KINDS = ["Regular", "Local", "Returning", "Loyal", "Happy", "Long-time", "Satisfied"]
CLIENT_ROLES = (
    ["Customer", "Client"]
    + [f"{kind} customer" for kind in _CLIENT_KINDS]
    + [f"{kind} customer, {{place}}" for kind in _CLIENT_KINDS]
    + [f"{kind} customer of {{name}}" for kind in _CLIENT_KINDS]
    + [f"{kind} client of {{name}} in {{place}}" for kind in _CLIENT_KINDS]
)
ORDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
PARTNERS = ["Partner", "Client", "Supplier", "Stockist", "Sponsor", "Member", "Supporter"]

CARD_TITLES = [
    "{kw_cap}",
    "{kw_cap}, done well",
    "{adj_cap} service",
    "{kw_cap} made easy",
    "Better {kw}",
    "{kw_cap} for {audience}",
    "Expert help with {kw}",
    "Care in every detail",
    "Clear and simple",
    "Help at every step",
    "Made around your needs",
    "A personal service",
    "Personal service",
    "Honest advice",
    "Flexible booking",
    "Friendly team",
    "Attention to detail",
    "Real people",
    "Quick replies",
    "Local knowledge",
    "Careful work",
    "Clear communication",
]
# Steps by stage, so that a process reads in order: first, middle, last.
STEPS_FIRST = ["Tell us what you need", "Say hello", "{action}", "Share your goals", "Get in touch"]
STEPS_MIDDLE = ["Get a clear plan", "Agree the details", "We get to work", "Meet the team",
                "Choose the right option", "We prepare the details"]  # fmt: skip
STEPS_LAST = ["Enjoy the result", "Relax and enjoy", "See the difference", "Stay in touch"]
