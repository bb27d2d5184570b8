"""The base of every request body, and the bounded types of query parameters.

Every string a client sends passes the one text rule of app.core.bounds (422 naming the
field); instants and days from outside pass its one time boundary.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, field_validator

from app.core.bounds import check_day, check_instant, check_text


class RequestModel(BaseModel):
    """Subclass this for every request body (tests/api/test_request_models.py checks)."""

    @field_validator("*", mode="after")
    @classmethod
    def _clean_text(cls, value: Any) -> Any:
        return check_text(value)


class ErrorOut(BaseModel):
    """The one error shape of DESIGN.md section 7."""

    error_code: str
    message: str
    details: dict[str, Any]
    request_id: str
    timestamp: str


BoundedDate = Annotated[date, AfterValidator(check_day)]
BoundedDatetime = Annotated[datetime, AfterValidator(check_instant)]
