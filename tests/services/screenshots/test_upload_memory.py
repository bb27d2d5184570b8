"""Upload memory is bounded: duplicates are found before decoding, decodes are limited per
process, wide JPEGs are decoded reduced, the pixel cap is read from the header, and a burst
of concurrent decodes leaves the process near where it started (scaled-down images)."""

from __future__ import annotations

import asyncio
import io
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import PayloadTooLarge
from app.integrations.storage import LocalStorage
from app.services.screenshots import images, service
from app.services.screenshots.intake import Upload
from tests.support.factories import create_user

ROOT = Path(__file__).resolve().parents[3]


def _page(width: int, height: int, seed: int = 0, fmt: str = "PNG") -> bytes:
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for y in range(20, height - 40, 90):
        draw.rectangle((40 + seed % 50, y, width // 2, y + 30), fill=(seed % 255, 30, 60))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


class _Counting:
    """Wraps images.sanitize: counts calls and the most running at once."""

    def __init__(self) -> None:
        self.calls = 0
        self.running = 0
        self.most = 0
        self.lock = threading.Lock()

    def __call__(self, data: bytes, **kwargs: Any) -> images.CleanImage:
        with self.lock:
            self.calls += 1
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.05)
            return images.sanitize(data, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


async def test_duplicate_upload_is_found_before_decoding(
    session: AsyncSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = _Counting()
    monkeypatch.setattr(service, "sanitize", counting)
    user = await create_user(session)
    storage = LocalStorage(tmp_path)
    data = _page(400, 900)

    first = await service.create(session, user=user, upload=Upload(data, "a.png"), storage=storage)
    await session.commit()
    again = await service.create(session, user=user, upload=Upload(data, "b.png"), storage=storage)

    assert not first.duplicate and again.duplicate
    assert again.screenshot.id == first.screenshot.id
    assert counting.calls == 1


async def test_concurrent_uploads_decode_within_the_process_limit(
    session: AsyncSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = _Counting()
    monkeypatch.setattr(service, "sanitize", counting)
    user = await create_user(session)
    storage = LocalStorage(tmp_path)
    from app.db.engine import get_sessionmaker

    async def upload(seed: int) -> None:
        async with get_sessionmaker()() as own:
            await service.create(
                own, user=user, upload=Upload(_page(300, 600, seed), None), storage=storage
            )
            await own.commit()

    await asyncio.gather(*(upload(seed) for seed in range(8)))

    assert counting.calls == 8
    assert counting.most == get_settings().upload_decode_concurrency


def test_wide_jpeg_is_decoded_reduced_and_png_stored_reduced() -> None:
    wide_jpeg = _page(6000, 800, fmt="JPEG")
    clean = images.sanitize(wide_jpeg, max_pixels=32_000_000, max_width=2880)
    assert (clean.width, clean.height) == (3000, 400)  # decoded at 1/2 scale (draft)
    wide_png = _page(6000, 800)
    clean = images.sanitize(wide_png, max_pixels=32_000_000, max_width=2880)
    assert (clean.width, clean.height) == (3000, 400)
    narrow = images.sanitize(_page(1440, 3000), max_pixels=32_000_000, max_width=2880)
    assert (narrow.width, narrow.height) == (1440, 3000)


def _png_header_only(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + struct.pack(">I", 1_000_000)
        + b"IDAT"  # the pixel data would follow: never read
    )


def test_pixel_cap_fits_a_full_page_and_refuses_more_from_the_header() -> None:
    cap = get_settings().upload_max_pixels
    assert 1440 * 20_000 <= cap < 60_000_000
    with pytest.raises(PayloadTooLarge) as refused:
        images.sanitize(_png_header_only(1440, 25_000), max_pixels=cap)
    assert refused.value.details["height"] == 25_000


BURST = """
import asyncio, io, sys, threading, time
from PIL import Image, ImageDraw
from app.services.screenshots import images

def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024

def page(seed):
    image = Image.new("RGB", (1440, 6000), "white")
    draw = ImageDraw.Draw(image)
    for y in range(20, 5900, 90):
        draw.rectangle((40 + seed, y, 700, y + 30), fill=(seed, 30, 60))
    out = io.BytesIO(); image.save(out, "PNG"); return out.getvalue()

datas = [page(s) for s in range(12)]
peak = start = rss()
stop = False
def sample():
    global peak
    while not stop:
        peak = max(peak, rss()); time.sleep(0.005)
threading.Thread(target=sample, daemon=True).start()

async def one(data):
    async with images.decode_slot():
        await asyncio.to_thread(images.sanitize, data, max_pixels=32_000_000, max_width=2880)

async def main():
    await asyncio.gather(*(one(d) for d in datas))
asyncio.run(main())
time.sleep(0.2)
stop = True
print(start, peak, rss())
"""


def test_a_burst_of_decodes_stays_bounded_and_settles() -> None:
    """12 concurrent 8.6 MP uploads: at most upload_decode_concurrency are in memory at once
    (each ~26 MB decoded), and the memory goes back after."""
    out = subprocess.run(
        [sys.executable, "-c", BURST],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    start, peak, settled = (int(v) for v in out.stdout.split())
    one_image = 1440 * 6000 * 3
    slots = get_settings().upload_decode_concurrency
    assert peak - start < (slots + 1) * 3 * one_image, (start, peak, settled)
    assert settled - start < one_image, (start, peak, settled)
