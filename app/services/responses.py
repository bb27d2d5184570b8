"""Response models filled from ORM rows: what a row holds under the field's own name is read
from it; only the fields computed or named differently are written out by the view."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def from_row(schema: type[M], row: object, **given: Any) -> M:
    """`schema` with every field not in `given` read from the row's attribute of that name
    (a field the row lacks fails loudly: it belongs in `given`)."""
    read = {name: getattr(row, name) for name in schema.model_fields if name not in given}
    return schema.model_validate({**read, **given})
