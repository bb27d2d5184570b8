"""The business question flow as data: a front end renders it without hard-coding questions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from app.core.tiers import FREE, TierName

QuestionType = Literal["text", "textarea", "select", "tags"]


class QuestionOption(BaseModel):
    value: str
    label: str


class Question(BaseModel):
    id: str
    label: str
    help_text: str
    type: QuestionType
    required: bool
    min_length: int | None = None
    max_length: int | None = None
    min_words: int | None = None
    max_words: int | None = None
    max_items: int | None = None
    options: list[QuestionOption] | None = None
    tier: TierName = FREE


class QuestionList(BaseModel):
    questions: list[Question]
