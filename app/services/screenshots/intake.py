"""Reading an upload from the request stream with the size cap enforced as bytes arrive.

Two encodings: multipart/form-data with the image in field "file" (parsed incrementally
with python-multipart, so the count is of the file's own bytes), or a JSON body
{"image_base64", "filename"} for API clients. Either way, the moment the cap is passed
we stop reading and answer 413; the rest of the body is never pulled.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from python_multipart.multipart import MultipartParser, parse_options_header

from app.core.bounds import loads_json
from app.core.errors import PayloadTooLarge, UnsupportedMedia, ValidationFailed

FILE_FIELD = "file"
MAX_BOUNDARY = 70  # RFC 2046
# Room for the multipart envelope and small fields on top of the image itself.
ENVELOPE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Upload:
    data: bytes
    filename: str | None


def too_large(max_bytes: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"The image is larger than {max_bytes // (1024 * 1024)} MB.",
        error_code="UPLOAD_TOO_LARGE",
        details={"max_bytes": max_bytes},
    )


def body_limit(content_type: str, max_bytes: int) -> int:
    """The most body bytes an acceptable upload of this encoding can take."""
    if content_type.startswith("application/json"):
        return 4 * math.ceil(max_bytes / 3) + ENVELOPE_BYTES
    return max_bytes + ENVELOPE_BYTES


def _clean_filename(name: str | None) -> str | None:
    if not name:
        return None
    # Browsers may send a path; keep the last component, printable, bounded.
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[:255] or None


class _MultipartCollector:
    """Callbacks for python-multipart: keep the "file" part, count it, ignore the rest."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.header_field = bytearray()
        self.header_value = bytearray()
        self.headers: dict[bytes, bytes] = {}
        self.in_file = False
        self.file_seen = False
        self.filename: str | None = None
        self.chunks: list[bytes] = []
        self.size = 0
        self.ended = False  # the closing boundary was seen

    def callbacks(self) -> Any:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": lambda d, s, e: self.header_field.extend(d[s:e]),
            "on_header_value": lambda d, s, e: self.header_value.extend(d[s:e]),
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self.headers = {}
        self.in_file = False

    def on_header_end(self) -> None:
        self.headers[bytes(self.header_field).lower()] = bytes(self.header_value)
        self.header_field.clear()
        self.header_value.clear()

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.headers.get(b"content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if name == FILE_FIELD and not self.file_seen:
            self.in_file = True
            self.file_seen = True
            raw = options.get(b"filename")
            self.filename = _clean_filename(raw.decode("utf-8", "replace") if raw else None)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if not self.in_file:
            return
        self.size += end - start
        if self.size > self.max_bytes:
            raise too_large(self.max_bytes)
        self.chunks.append(bytes(data[start:end]))

    def on_part_end(self) -> None:
        self.in_file = False

    def on_end(self) -> None:
        self.ended = True


async def _read_multipart(chunks: AsyncIterator[bytes], boundary: bytes, max_bytes: int) -> Upload:
    collector = _MultipartCollector(max_bytes)
    total = 0
    limit = max_bytes + ENVELOPE_BYTES
    try:
        parser = MultipartParser(boundary, collector.callbacks())
        async for chunk in chunks:
            total += len(chunk)
            if total > limit:
                raise too_large(max_bytes)
            parser.write(chunk)
        parser.finalize()
        if not collector.ended:  # python-multipart's finalize() does not check this
            raise ValueError("no closing boundary")
    except PayloadTooLarge:
        raise
    except Exception as exc:  # python-multipart raises its own errors on malformed bodies
        raise ValidationFailed(
            "The multipart body could not be parsed.", error_code="INVALID_MULTIPART"
        ) from exc
    if not collector.file_seen:
        raise ValidationFailed(
            'The image must be sent in the multipart field "file".',
            details={"errors": [{"field": FILE_FIELD, "message": "Field required"}]},
        )
    return Upload(data=b"".join(collector.chunks), filename=collector.filename)


async def _read_json(chunks: AsyncIterator[bytes], max_bytes: int) -> Upload:
    limit = body_limit("application/json", max_bytes)
    parts: list[bytes] = []
    total = 0
    async for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise too_large(max_bytes)
        parts.append(chunk)
    try:
        body = loads_json(b"".join(parts))
    except ValueError as exc:
        raise ValidationFailed(
            f"The body is not valid JSON: {exc}.", error_code="INVALID_JSON"
        ) from None
    encoded = body.get("image_base64") if isinstance(body, dict) else None
    if not isinstance(encoded, str):
        raise ValidationFailed(
            "image_base64 is required.",
            details={"errors": [{"field": "image_base64", "message": "Field required"}]},
        )
    filename = body.get("filename")
    if encoded.startswith("data:"):  # accept a data URL; the declared type is ignored
        encoded = encoded.partition(",")[2]
    if len(encoded) > 4 * math.ceil(max_bytes / 3) + 4:
        raise too_large(max_bytes)
    try:
        data = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ValidationFailed(
            "image_base64 is not valid base64.", error_code="INVALID_BASE64"
        ) from None
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return Upload(
        data=data, filename=_clean_filename(filename if isinstance(filename, str) else None)
    )


async def read_upload(
    chunks: AsyncIterator[bytes],
    *,
    content_type: str,
    content_length: int | None,
    max_bytes: int,
) -> Upload:
    """Read the image out of the body, refusing as soon as the size cap is passed."""
    media, options = parse_options_header(content_type or "")
    media_type = media.decode("latin-1").lower()
    if content_length is not None and content_length > body_limit(media_type, max_bytes):
        raise too_large(max_bytes)  # declared too big: refuse before reading anything
    if media_type == "multipart/form-data":
        boundary = options.get(b"boundary")
        if not boundary or len(boundary) > MAX_BOUNDARY:
            raise ValidationFailed(
                f"The multipart boundary is missing or longer than {MAX_BOUNDARY} characters.",
                error_code="INVALID_MULTIPART",
            )
        return await _read_multipart(chunks, boundary, max_bytes)
    if media_type == "application/json":
        return await _read_json(chunks, max_bytes)
    raise UnsupportedMedia(
        'Send the image as multipart/form-data (field "file") or JSON {image_base64}.',
        error_code="UNSUPPORTED_MEDIA_TYPE",
    )
