"""Parse what a model wrote into JSON, repairing the usual damage, then normalise.

Repairs: a byte-order mark, code fences, prose before or after the JSON, // and /* */
comments, trailing commas, Python literals (True/False/None), and output cut off by the
token limit (the last complete value is kept and brackets are closed). Anything else is
hopeless and raises InvalidOutput.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.schemas.analysis import Analysis
from app.services.analysis.structure import AnalysisShapeError, normalize

_FENCE = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)(?:```|$)", re.DOTALL)
_PY_LITERALS = {"True": "true", "False": "false", "None": "null"}


class InvalidOutput(ValueError):
    """The model's answer cannot be made into an analysis."""


def _strip_fences(text: str) -> str:
    blocks = [m.group(1) for m in _FENCE.finditer(text)]
    candidates = [b for b in blocks if "{" in b or "[" in b]
    return max(candidates, key=len) if candidates else text


def _clean(text: str) -> str:
    """One pass outside strings: drop comments and trailing commas, map Python literals,
    skip prose before the first bracket and stop after the first complete value."""
    out: list[str] = []
    stack: list[str] = []
    i, n = 0, len(text)
    in_string = False
    started = False
    while i < n:
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                in_string = False
            elif ch == "\n":
                out[-1] = "\\n"  # raw newlines inside strings are invalid JSON
            i += 1
            continue
        if not started:
            if ch in "{[":
                started = True
            else:
                i += 1
                continue
        if ch == '"':
            in_string = True
            out.append(ch)
        elif ch == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end == -1 else end
            continue
        elif ch == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end == -1 else end + 2
            continue
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
            out.append(ch)
        elif ch in "}]":
            while out and out[-1] in " \t\r\n":
                out.pop()
            if out and out[-1] == ",":
                out.pop()
            if not stack:
                break
            stack.pop()
            out.append(ch)
            if not stack:
                break
        elif ch.isalpha():
            word = re.match(r"[A-Za-z]+", text[i:])
            token = word.group(0) if word else ch
            out.append(_PY_LITERALS.get(token, token))
            i += len(token)
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _closers(prefix: str) -> str | None:
    """The brackets that close `prefix`, or None when it ends inside a string."""
    depth: list[str] = []
    in_str = esc = False
    for c in prefix:
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "{[":
            depth.append("}" if c == "{" else "]")
        elif c in "}]" and depth:
            depth.pop()
    return None if in_str else "".join(reversed(depth))


def _close_truncated(text: str, *, tries: int = 400) -> Any:
    """Output cut off by the token limit: keep the longest prefix that ends after a
    complete value and close its brackets. Raises ValueError when no cut works."""
    ends = [i for i in range(len(text) - 1, -1, -1) if text[i] in '}]"']
    for i in ends[:tries]:
        cut = text[: i + 1]
        closers = _closers(cut)
        if closers is None:
            continue
        try:
            return json.loads(cut + closers)
        except ValueError:
            continue
    raise ValueError("no complete prefix")


def parse_json(text: str) -> Any:
    """The JSON value in a model's answer, repaired where possible."""
    if not text or not text.strip():
        raise InvalidOutput("the model returned an empty answer")
    body = text.lstrip("\ufeff").strip()
    try:
        return json.loads(body)
    except ValueError:
        pass
    body = _strip_fences(body)
    try:
        return json.loads(body)
    except ValueError:
        pass
    cleaned = _clean(body)
    if not cleaned:
        raise InvalidOutput("the model's answer holds no JSON")
    try:
        return json.loads(cleaned)
    except ValueError:
        pass
    try:
        return _close_truncated(cleaned)
    except ValueError:
        raise InvalidOutput("the model's answer is not repairable JSON") from None


def to_analysis(
    raw: Any, *, source: str = "vision", model: str | None = None, confidence: float | None = None
) -> Analysis:
    """Normalise a parsed answer (recount, renumber, validate)."""
    if isinstance(raw, dict) and "sections" not in raw:
        for key in ("analysis", "result", "data", "page"):
            if isinstance(raw.get(key), dict | list):
                raw = raw[key]
                break
    try:
        return normalize(raw, source=source, confidence=confidence, model=model)
    except (AnalysisShapeError, ValueError) as exc:
        raise InvalidOutput(f"the model's answer is not an analysis ({exc})") from None


def repair_analysis(text: str, *, model: str | None = None) -> Analysis:
    return to_analysis(parse_json(text), model=model)
