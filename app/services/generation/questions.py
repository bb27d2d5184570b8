"""The business question flow: one place, rendered by GET /questions, mirrored by the
BusinessContext schema that validates the answers."""

from __future__ import annotations

from app.schemas.generation import (
    DESCRIPTION_MAX_WORDS,
    DESCRIPTION_MIN_WORDS,
    INSTRUCTIONS_MAX_CHARS,
    MAX_KEYWORDS,
    PAGE_PURPOSES,
    TONES,
)
from app.schemas.questions import Question, QuestionOption


def _options(values: tuple[str, ...]) -> list[QuestionOption]:
    return [QuestionOption(value=v, label=v.replace("_", " ").capitalize()) for v in values]


def list_questions() -> list[Question]:
    return [
        Question(
            id="business_name",
            label="What is your business called?",
            help_text="The name as it should appear on the page.",
            type="text",
            required=True,
            min_length=1,
            max_length=120,
        ),
        Question(
            id="business_description",
            label="What does your business do?",
            help_text="What you offer, to whom, and what makes you different.",
            type="textarea",
            required=True,
            min_words=DESCRIPTION_MIN_WORDS,
            max_words=DESCRIPTION_MAX_WORDS,
            max_length=2000,
        ),
        Question(
            id="page_purpose",
            label="What is this page for?",
            help_text="The kind of page the copy is for.",
            type="select",
            required=True,
            options=_options(PAGE_PURPOSES),
        ),
        Question(
            id="call_to_action",
            label="What should visitors do?",
            help_text="The one action you want, as short as a button: e.g. 'Book a consultation'.",
            type="text",
            required=True,
            min_length=1,
            max_length=120,
        ),
        Question(
            id="target_audience",
            label="Who is the page for?",
            help_text="Your ideal customers, e.g. 'busy parents in Leeds'.",
            type="text",
            required=True,
            min_length=1,
            max_length=300,
        ),
        Question(
            id="tone",
            label="How should it sound?",
            help_text="The tone of voice of the copy.",
            type="select",
            required=True,
            options=_options(TONES),
        ),
        Question(
            id="keywords",
            label="Keywords to include",
            help_text="Words or phrases the copy should use (for search).",
            type="tags",
            required=False,
            max_items=MAX_KEYWORDS,
            max_length=60,
        ),
        Question(
            id="additional_context",
            label="Anything else we should know?",
            help_text="Offers, facts, words to avoid.",
            type="textarea",
            required=False,
            max_length=2000,
        ),
        Question(
            id="local_instructions",
            label="Instructions for this page",
            help_text="Applies to this generation only and takes precedence; not kept "
            "after it ends.",
            type="textarea",
            required=False,
            max_length=INSTRUCTIONS_MAX_CHARS,
        ),
    ]
