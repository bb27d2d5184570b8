"""Saved business profiles (pro): a name and the business context answers."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.base import RequestModel
from app.schemas.generation import INSTRUCTIONS_MAX_CHARS, BusinessContext


class BusinessProfileCreate(RequestModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: Annotated[str, Field(min_length=1, max_length=100)]
    business_context: BusinessContext


class BusinessProfileUpdate(RequestModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: Annotated[str | None, Field(min_length=1, max_length=100)] = None
    business_context: BusinessContext | None = None


class BusinessProfileOut(BaseModel):
    id: uuid.UUID
    name: str
    business_context: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class BusinessProfileList(BaseModel):
    items: list[BusinessProfileOut]


class InstructionsIn(RequestModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    global_instructions: Annotated[str | None, Field(max_length=INSTRUCTIONS_MAX_CHARS)] = None


class InstructionsOut(BaseModel):
    global_instructions: str | None
    max_length: int = INSTRUCTIONS_MAX_CHARS
