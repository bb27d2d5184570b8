"""Upload verification: what the bytes really are, how big they decode, and a clean copy.

Everything here is CPU work; callers run it with asyncio.to_thread, inside `decode_slot()`
(a process-wide limit on decodes at once). Memory: the pixel cap is checked from the header;
a JPEG wider than the stored width is decoded reduced (draft mode); no full-size copy is
made (orientation is applied in place, mode conversions only when the format needs them);
freed pixel memory is handed back to the system after each decode.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import io
import struct
import warnings
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from app.core.config import get_settings
from app.core.errors import BadRequest, PayloadTooLarge, UnsupportedMedia

ALLOWED_FORMATS = ("PNG", "JPEG", "WEBP")
MIME_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
# zlib level for every PNG we write (clean uploads, previews): level 3 encodes a 1440 x 5000
# page several times faster than the default 6 for a file about 10% larger. Under `make load`
# the level-6 re-encode of uploads was 36% of an API process's CPU samples (py-spy).
PNG_LEVEL = 3

# Real formats we recognise only to refuse them with 415 (never handed to a decoder).
_OTHER_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"BM", 0, "BMP"),
    (b"%PDF", 0, "PDF"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"\x00\x00\x01\x00", 0, "ICO"),
    (b"8BPS", 0, "PSD"),
    (b"ftypheic", 4, "HEIC"),
    (b"ftypheix", 4, "HEIC"),
    (b"ftypmif1", 4, "HEIF"),
    (b"ftypavif", 4, "AVIF"),
    (b"\xff\x0a", 0, "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL ", 0, "JPEG XL"),
)
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError)


@dataclass(frozen=True)
class CleanImage:
    data: bytes  # re-encoded pixels, no metadata
    format: str  # PNG | JPEG | WEBP
    width: int
    height: int

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self.format]

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def invalid_image(message: str = "The file is not a readable image.") -> BadRequest:
    return BadRequest(message, error_code="INVALID_IMAGE")


def _other_format(head: bytes) -> str | None:
    for signature, offset, name in _OTHER_SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return name
    text = head[:256].lstrip().lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in head[:1024].lower()):
        return "SVG"
    return None


def _too_many_pixels(width: int | None, height: int | None, max_pixels: int) -> PayloadTooLarge:
    limit = f"at most {max_pixels:,} pixels are accepted."
    details: dict[str, int] = {"max_pixels": max_pixels}
    message = "The image is too large: " + limit
    if width and height:
        details.update(width=width, height=height)
        message = f"The image is {width} x {height} pixels; {limit}"
    return PayloadTooLarge(
        message,
        error_code="IMAGE_TOO_LARGE",
        details=details,
    )


_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


@asynccontextmanager
async def decode_slot() -> AsyncIterator[None]:
    """Hold one of settings.upload_decode_concurrency decode slots (per process)."""
    loop = asyncio.get_running_loop()
    slots = _slots.get(loop)
    if slots is None:
        slots = _slots[loop] = asyncio.Semaphore(get_settings().upload_decode_concurrency)
    async with slots:
        yield


def _libc_trim() -> None:
    """Give freed heap memory back to the system (glibc keeps it otherwise, and a burst of
    large decodes would leave the process at its peak size)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        if libc is not None and hasattr(libc, "malloc_trim"):
            return libc
    except OSError:
        pass
    return None


_LIBC = _load_libc()


def _reduce_on_load(image: Image.Image, max_width: int) -> None:
    """JPEG only: ask the decoder for a smaller scale (1/2, 1/4, 1/8) when the page is
    wider than we store, so the full-size pixels are never in memory."""
    width, height = image.size
    if image.format == "JPEG" and width > max_width:
        image.draft(image.mode, (max_width, max(1, height * max_width // width)))


def open_verified(data: bytes, *, max_pixels: int, max_width: int | None = None) -> Image.Image:
    """Identify from content (allowlist), check the header's size, then decode (reduced on
    load when the format allows and the image is wider than `max_width`)."""
    if not data:
        raise invalid_image("The file is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
    except UnidentifiedImageError:
        other = _other_format(data[:2048])
        if other:
            raise UnsupportedMedia(
                f"{other} images are not supported; upload a PNG, JPEG or WebP image.",
                details={"detected": other, "allowed": ["image/png", "image/jpeg", "image/webp"]},
            ) from None
        raise invalid_image() from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        # Pillow's own guard fired while reading the header (far past any sane size).
        raise _too_many_pixels(None, None, max_pixels) from None
    except _DECODE_ERRORS:
        raise invalid_image() from None
    width, height = image.size
    # Checked from the header, before any pixel is decoded.
    if width <= 0 or height <= 0:
        raise invalid_image("The image has no pixels.")
    if width * height > max_pixels:
        raise _too_many_pixels(width, height, max_pixels)
    if max_width:
        _reduce_on_load(image, max_width)
    try:
        image.load()
    except Image.DecompressionBombError:
        raise _too_many_pixels(width, height, max_pixels) from None
    except _DECODE_ERRORS:
        raise invalid_image("The image is truncated or corrupt.") from None
    return image


def _reencode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=92, optimize=True)
    elif fmt == "WEBP":
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        image.save(out, "WEBP", quality=92, method=4)
    else:
        if image.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
            image = image.convert("RGBA")
        image.save(out, "PNG", compress_level=PNG_LEVEL)
    return out.getvalue()


def sanitize(data: bytes, *, max_pixels: int, max_width: int | None = None) -> CleanImage:
    """Verify the upload and re-encode its pixels in the same format, without metadata
    (EXIF, XMP, ICC, text chunks, comments). EXIF orientation is applied first. An image
    wider than `max_width` is stored reduced (by a whole factor: sharp, and cheap)."""
    try:
        return _sanitize(data, max_pixels=max_pixels, max_width=max_width)
    finally:
        _libc_trim()


def _sanitize(data: bytes, *, max_pixels: int, max_width: int | None) -> CleanImage:
    image = open_verified(data, max_pixels=max_pixels, max_width=max_width)
    fmt = str(image.format)
    with contextlib.suppress(*_DECODE_ERRORS):
        ImageOps.exif_transpose(image, in_place=True)  # no full-size copy
    if max_width and image.width >= 2 * max_width:
        image = image.reduce(image.width // max_width)  # a smaller copy; the original goes
    # Keep only what describes the pixels themselves (palette transparency).
    transparency = image.info.get("transparency")
    image.info = {"transparency": transparency} if transparency is not None else {}
    try:
        cleaned = _reencode(image, fmt)
    except _DECODE_ERRORS:
        raise invalid_image() from None
    width, height = image.size
    image.close()
    return CleanImage(data=cleaned, format=fmt, width=width, height=height)
