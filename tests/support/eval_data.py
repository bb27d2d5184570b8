"""Where the shared evaluation pages live: beside the repository (as CI lays it out)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CANDIDATES = [
    Path(os.environ["PAGEWRIGHT_EVAL_DIR"]) if os.environ.get("PAGEWRIGHT_EVAL_DIR") else None,
    ROOT.parent / "shared" / "eval",
    Path("/work/shared/eval"),
]


def eval_dir() -> Path:
    """The eval folder; a missing one is an error, never a reason to skip."""
    for candidate in _CANDIDATES:
        if candidate is not None and (candidate / "screens").is_dir():
            return candidate
    raise FileNotFoundError("shared/eval not found beside the repository; set PAGEWRIGHT_EVAL_DIR")


EVAL_DIR = eval_dir()
SCREENS = EVAL_DIR / "screens"
