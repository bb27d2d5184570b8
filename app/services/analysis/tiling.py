"""Image preparation per provider: downscale only as far as needed, cut tall pages into
overlapping tiles at readable resolution, add one small overview, respect per-request limits.

Geometry (`plan`) is pure; `prepare` does the pixel work (call it with asyncio.to_thread).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image

from app.llm.types import LLMImage


@dataclass(frozen=True)
class ImageLimits:
    max_long_edge: int  # hard limit of the API (px)
    max_pixels: int  # hard limit, or the size beyond which the API downsamples anyway
    max_bytes: int  # per image, as sent (before base64)
    max_images: int  # per request
    tile_pixels: int  # readable tile size: the provider's "sweet spot"
    overview_long_edge: int  # the small whole-page overview
    parallel: int  # concurrent tile requests


# Sources: Anthropic vision docs (8000 px edge, 5 MB/image, ~1.15 MP / 1568 px before the
# API downsamples, up to 100 images); OpenAI (high detail fits 2048 square, then 768 px on
# the short side; 20 MB/image); Gemini (inline data ~20 MB/request, 3072 px edge before
# downscaling, tiles of 768 px internally).
PROVIDER_LIMITS: dict[str, ImageLimits] = {
    "gemini": ImageLimits(3072, 3072 * 3072, 7_000_000, 16, 3_100_000, 1536, 4),
    "anthropic": ImageLimits(8000, 1_150_000, 5_000_000, 20, 1_150_000, 1568, 4),
    "openai": ImageLimits(2048, 2048 * 768, 20_000_000, 10, 768 * 1000, 2048, 4),
    # Local OpenAI-compatible servers (llava, qwen-vl): often one image per request.
    "compat": ImageLimits(2048, 1_600_000, 10_000_000, 1, 1_000_000, 1024, 1),
}

# The gateway may fall back to another provider, so no image exceeds the smallest
# per-image byte limit of any provider in a fallback chain (Anthropic's 5 MB).
CHAIN_SAFE_BYTES = min(v.max_bytes for k, v in PROVIDER_LIMITS.items() if k != "compat")

TILE_ASPECT = 1.3  # tile height = width * 1.3
OVERLAP = 0.15  # of a tile's height
# A page up to this many tile heights is sent whole (downscaled if needed).
SINGLE_IMAGE_SLACK = 1.15


def limits_for(provider: str) -> ImageLimits:
    if provider.startswith("compat:"):
        return PROVIDER_LIMITS["compat"]
    return PROVIDER_LIMITS.get(provider, PROVIDER_LIMITS["openai"])


@dataclass(frozen=True)
class TileBox:
    """A horizontal band of the original image (original pixel coordinates)."""

    index: int
    top: int
    bottom: int
    scale: float  # output size = original size * scale


@dataclass(frozen=True)
class Plan:
    width: int
    height: int
    tiles: tuple[TileBox, ...]
    overview_scale: float | None  # None: no overview (a single image needs none)

    @property
    def tiled(self) -> bool:
        return len(self.tiles) > 1


def _fit_scale(width: int, height: int, limits: ImageLimits, pixels: int) -> float:
    scale = min(1.0, limits.max_long_edge / max(width, height))
    scale = min(scale, math.sqrt(pixels / (width * height)))
    return scale


def plan(width: int, height: int, limits: ImageLimits) -> Plan:
    """Where to cut and how far to scale."""
    if width <= 0 or height <= 0:
        raise ValueError("empty image")
    # Readable width: the widest tile of TILE_ASPECT that fits the sweet spot.
    tile_width = min(width, math.floor(math.sqrt(limits.tile_pixels / TILE_ASPECT)))
    scale = tile_width / width
    tile_height_px = tile_width * TILE_ASPECT  # in scaled pixels
    scaled_height = height * scale
    if scaled_height <= tile_height_px * SINGLE_IMAGE_SLACK:
        single = _fit_scale(width, height, limits, limits.tile_pixels)
        return Plan(width, height, (TileBox(0, 0, height, single),), None)
    # Tile geometry in original pixels.
    tile_h = round(tile_height_px / scale)
    step = max(1, round(tile_h * (1 - OVERLAP)))
    count = math.ceil((height - tile_h) / step) + 1
    tiles = []
    for index in range(count):
        top = min(index * step, height - tile_h)
        tiles.append(TileBox(index, top, top + tile_h, scale))
    overview = min(limits.overview_long_edge / height, scale)
    return Plan(width, height, tuple(tiles), overview)


def _encode(image: Image.Image, limits: ImageLimits) -> LLMImage:
    """PNG keeps text crisp; JPEG (then a smaller size) only when bytes demand it."""
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    max_bytes = min(limits.max_bytes, CHAIN_SAFE_BYTES)
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=6)
    if out.tell() <= max_bytes:
        return LLMImage(out.getvalue(), "image/png")
    rgb = image.convert("RGB")
    while True:
        for quality in (90, 80, 70):
            out = io.BytesIO()
            rgb.save(out, "JPEG", quality=quality, optimize=True)
            if out.tell() <= max_bytes:
                return LLMImage(out.getvalue(), "image/jpeg")
        rgb = rgb.resize((max(1, int(rgb.width * 0.85)), max(1, int(rgb.height * 0.85))))


def _scaled(image: Image.Image, scale: float) -> Image.Image:
    if scale >= 0.999:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


@dataclass(frozen=True)
class Prepared:
    plan: Plan
    tiles: tuple[LLMImage, ...]
    overview: LLMImage | None


def prepare(image: Image.Image, limits: ImageLimits) -> Prepared:
    """Cut and encode. CPU-bound."""
    layout = plan(image.width, image.height, limits)
    tiles = []
    for box in layout.tiles:
        crop = image.crop((0, box.top, image.width, box.bottom))
        tiles.append(_encode(_scaled(crop, box.scale), limits))
    overview = None
    if layout.overview_scale is not None and limits.max_images > 1:
        overview = _encode(_scaled(image, layout.overview_scale), limits)
    return Prepared(layout, tuple(tiles), overview)


def request_images(prepared: Prepared, index: int, limits: ImageLimits) -> tuple[LLMImage, ...]:
    """One request per tile: [overview, tile] when the provider takes two images, else the
    tile alone. One tile per request keeps answers short (output-token limits) and lets
    tiles run in parallel; it never exceeds any provider's images-per-request cap."""
    tile = prepared.tiles[index]
    if prepared.overview is not None and limits.max_images >= 2:
        return (prepared.overview, tile)
    return (tile,)
