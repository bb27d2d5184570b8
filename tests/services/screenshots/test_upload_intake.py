"""Reading uploads from a stream: the cap holds exactly and reading stops at once."""

from __future__ import annotations

import base64
import io
from collections.abc import AsyncIterator

import pytest
from PIL import Image

from app.core.errors import PayloadTooLarge, UnsupportedMedia, ValidationFailed
from app.services.screenshots.images import sanitize
from app.services.screenshots.intake import read_upload

BOUNDARY = "XyZboundary123"
CTYPE = f"multipart/form-data; boundary={BOUNDARY}"


def multipart(file: bytes, *, field: str = "file", name: str = "a.png") -> list[bytes]:
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; '
        f'filename="{name}"\r\nContent-Type: image/png\r\n\r\n'
    ).encode()
    tail = f"\r\n--{BOUNDARY}--\r\n".encode()
    return [head] + [file[i : i + 1000] for i in range(0, len(file), 1000)] + [tail]


class Stream:
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


async def test_file_of_exactly_the_cap_is_accepted() -> None:
    data = bytes(range(256)) * 20  # 5120 bytes
    upload = await read_upload(
        Stream(multipart(data, name="C:\\Users\\me\\shot.png")),
        content_type=CTYPE,
        content_length=None,
        max_bytes=len(data),
    )
    assert upload.data == data and upload.filename == "shot.png"


async def test_one_byte_over_stops_reading_immediately() -> None:
    data = b"\x01" * 5001
    stream = Stream(multipart(data))
    with pytest.raises(PayloadTooLarge) as caught:
        await read_upload(stream, content_type=CTYPE, content_length=None, max_bytes=5000)
    assert caught.value.error_code == "UPLOAD_TOO_LARGE"
    assert stream.pulled == len(stream.chunks) - 1  # the closing boundary was never pulled

    big = Stream(multipart(b"\x01" * 50_000))
    with pytest.raises(PayloadTooLarge):
        await read_upload(big, content_type=CTYPE, content_length=None, max_bytes=5000)
    assert big.pulled <= 7  # head + 6 chunks of 1000 bytes, out of 52


async def test_declared_length_over_the_limit_reads_nothing() -> None:
    stream = Stream(multipart(b"x"))
    with pytest.raises(PayloadTooLarge):
        await read_upload(stream, content_type=CTYPE, content_length=10**9, max_bytes=5000)
    assert stream.pulled == 0


async def test_json_body_with_base64() -> None:
    data = b"\x89PNG fake"
    body = b'{"image_base64": "' + base64.b64encode(data) + b'", "filename": "x.png"}'
    upload = await read_upload(
        Stream([body]),
        content_type="application/json; charset=utf-8",
        content_length=len(body),
        max_bytes=100,
    )
    assert upload.data == data and upload.filename == "x.png"
    big = b'{"image_base64": "' + base64.b64encode(b"a" * 200) + b'"}'
    with pytest.raises(PayloadTooLarge):
        await read_upload(
            Stream([big]), content_type="application/json", content_length=None, max_bytes=100
        )


@pytest.mark.parametrize(
    ("chunks", "ctype", "error"),
    [
        ([b"raw"], "image/png", UnsupportedMedia),
        # A body that cannot be decoded is a 422 (ValidationFailed), as on every route.
        ([b"--x\r\n"], "multipart/form-data", ValidationFailed),  # no boundary
        ([b"garbage without boundaries"], CTYPE, ValidationFailed),
        (multipart(b"data", field="image"), CTYPE, ValidationFailed),
        ([b"{not json"], "application/json", ValidationFailed),
        ([b'{"image_base64": 5}'], "application/json", ValidationFailed),
    ],
)
async def test_malformed_bodies(chunks: list[bytes], ctype: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        await read_upload(Stream(chunks), content_type=ctype, content_length=None, max_bytes=1000)


def test_sanitize_applies_exif_orientation_then_drops_exif() -> None:
    image = Image.new("RGB", (40, 20), "blue")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° on display
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    clean = sanitize(out.getvalue(), max_pixels=10_000)
    assert (clean.width, clean.height) == (20, 40)
    assert not Image.open(io.BytesIO(clean.data)).getexif()


def test_sanitize_keeps_palette_transparency() -> None:
    image = Image.new("P", (10, 10), 0)
    image.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0)
    clean = Image.open(io.BytesIO(sanitize(out.getvalue(), max_pixels=1000).data))
    assert clean.mode == "P" and clean.info.get("transparency") == 0
