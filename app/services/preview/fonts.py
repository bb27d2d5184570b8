"""The bundled typeface (Inter, SIL Open Font License 1.1: app/assets/fonts/OFL.txt).

No system fonts: previews and annotations look the same on every machine. Basic layout (no
HarfBuzz/Raqm) for the same reason.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
WEIGHTS: dict[int, str] = {
    400: "Inter_400Regular.ttf",
    500: "Inter_500Medium.ttf",
    600: "Inter_600SemiBold.ttf",
    700: "Inter_700Bold.ttf",
    800: "Inter_800ExtraBold.ttf",
}


@lru_cache(maxsize=512)
def font(weight: int, size: int) -> ImageFont.FreeTypeFont:
    """Inter at a weight (one of WEIGHTS) and a pixel size (at least 6)."""
    path = FONT_DIR / WEIGHTS[weight]
    return ImageFont.truetype(str(path), max(6, int(size)), layout_engine=ImageFont.Layout.BASIC)
