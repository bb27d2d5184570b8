"""Image preparation: only as small as needed, tall pages in overlapping readable tiles,
every provider's limits respected."""

from __future__ import annotations

import io
import itertools

import pytest
from PIL import Image

from app.services.analysis.tiling import (
    CHAIN_SAFE_BYTES,
    OVERLAP,
    PROVIDER_LIMITS,
    TILE_ASPECT,
    limits_for,
    plan,
    prepare,
    request_images,
)


def test_normal_page_is_one_image_downscaled_only_as_needed() -> None:
    gemini = plan(1440, 1600, PROVIDER_LIMITS["gemini"])
    assert not gemini.tiled and gemini.overview_scale is None
    assert gemini.tiles[0].scale == 1.0  # fits Gemini as is
    anthropic = plan(1440, 1600, PROVIDER_LIMITS["anthropic"])
    scale = anthropic.tiles[0].scale
    assert scale < 1.0
    assert 1440 * 1600 * scale**2 <= PROVIDER_LIMITS["anthropic"].max_pixels
    assert 1440 * 1600 * (scale + 0.02) ** 2 > PROVIDER_LIMITS["anthropic"].max_pixels
    small = plan(800, 600, PROVIDER_LIMITS["anthropic"])
    assert small.tiles[0].scale == 1.0  # never upscaled


@pytest.mark.parametrize("provider", ["gemini", "anthropic", "openai", "compat:local"])
def test_tall_page_tiles_cover_the_page_with_overlap(provider: str) -> None:
    limits = limits_for(provider)
    layout = plan(1440, 12000, limits)
    assert layout.tiled and len(layout.tiles) >= 4
    tiles = layout.tiles
    assert tiles[0].top == 0 and tiles[-1].bottom == 12000
    for prev, nxt in itertools.pairwise(tiles):
        assert nxt.top > prev.top  # page order
        overlap = prev.bottom - nxt.top
        assert overlap >= round((prev.bottom - prev.top) * OVERLAP) - 1
    for box in tiles:
        width, height = 1440 * box.scale, (box.bottom - box.top) * box.scale
        assert height == pytest.approx(width * TILE_ASPECT, rel=0.01)
        assert width * height <= limits.tile_pixels * 1.01
        assert max(width, height) <= limits.max_long_edge
    # Readable: Gemini keeps the page's full width, Anthropic its sweet spot (~1.15 MP).
    if provider == "gemini":
        assert tiles[0].scale == 1.0


def test_prepare_encodes_tiles_and_a_small_overview() -> None:
    image = Image.new("RGB", (1440, 12000), "white")
    limits = PROVIDER_LIMITS["anthropic"]
    prepared = prepare(image, limits)
    assert len(prepared.tiles) == len(prepared.plan.tiles)
    for tile in prepared.tiles:
        decoded = Image.open(io.BytesIO(tile.data))
        assert decoded.width * decoded.height <= limits.max_pixels * 1.01
        assert len(tile.data) <= limits.max_bytes
    assert prepared.overview is not None
    overview = Image.open(io.BytesIO(prepared.overview.data))
    assert overview.height <= limits.overview_long_edge
    images = request_images(prepared, 0, limits)
    assert images == (prepared.overview, prepared.tiles[0])
    assert len(images) <= limits.max_images


def test_one_image_per_request_provider_gets_only_the_tile() -> None:
    limits = limits_for("compat:ollama")
    prepared = prepare(Image.new("RGB", (1200, 5000), "white"), limits)
    assert prepared.overview is None
    assert request_images(prepared, 1, limits) == (prepared.tiles[1],)


def test_noisy_image_is_recompressed_under_the_byte_limit() -> None:
    import os

    noise = Image.frombytes("RGB", (1500, 1900), os.urandom(1500 * 1900 * 3))
    prepared = prepare(noise, PROVIDER_LIMITS["gemini"])
    for tile in prepared.tiles:
        assert len(tile.data) <= CHAIN_SAFE_BYTES
    assert any(tile.mime_type == "image/jpeg" for tile in prepared.tiles)


def test_transparent_screenshots_are_flattened_on_white() -> None:
    from app.services.analysis.vision import decode

    out = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 0, 0, 0)).save(out, "PNG")
    flat = decode(out.getvalue())
    assert flat.mode == "RGB" and flat.getpixel((5, 5)) == (255, 255, 255)
