"""/api/v1/screenshots: safe uploads (content-sniffed, capped while streaming, bomb-proof,
metadata stripped), dedupe, owner-only access, listing, deletion and re-runs."""

from __future__ import annotations

import base64
import io
import struct
import uuid
import zlib
from collections.abc import AsyncIterator

import pytest
from httpx import AsyncClient, Response
from PIL import Image, PngImagePlugin
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.models import AnalyticsEvent, Screenshot
from app.workers.runtime import drain_inline_tasks
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.storage import stored_objects

URL = "/api/v1/screenshots"
MB = 1024 * 1024


def png_bytes(width: int = 120, height: int = 80, seed: int = 0, **save: object) -> bytes:
    image = Image.new("RGB", (width, height), (seed * 37 % 256, 90, 200))
    for x in range(min(width, 50)):
        image.putpixel((x, (x + seed) % height), (255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG", **save)  # type: ignore[arg-type]
    return out.getvalue()


def encoded(fmt: str, **save: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(out, fmt, **save)  # type: ignore[arg-type]
    return out.getvalue()


def png_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A PNG whose header claims width x height 1-bit pixels, with a tiny IDAT."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    idat = zlib.compress(row * 16, 9)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def stored_files() -> dict[str, int]:
    return stored_objects()


async def count_rows(session: AsyncSession) -> int:
    result = await session.execute(select(func.count()).select_from(Screenshot))
    return int(result.scalar_one())


@pytest.fixture
async def headers(session: AsyncSession) -> dict[str, str]:
    user = await create_user(session)
    return await auth_headers(session, user)


async def upload(
    client: AsyncClient,
    headers: dict[str, str],
    data: bytes,
    name: str = "page.png",
    ctype: str = "image/png",
) -> object:
    return await client.post(URL, files={"file": (name, data, ctype)}, headers=headers)


# --- happy path ----------------------------------------------------------------------------
async def test_upload_png_stores_image_and_queues_analysis(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    before = set(stored_files())
    r = await client.post(
        URL, files={"file": ("page.png", png_bytes(), "image/png")}, headers=headers
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["width"] == 120 and body["height"] == 80
    assert body["format"] == "png" and body["content_type"] == "image/png"
    assert body["duplicate"] is False
    assert body["analysis_status"] in ("pending", "running", "completed")
    assert body["links"]["image"] == f"{URL}/{body['id']}/image"
    assert body["original_filename"] == "page.png"
    now = stored_files()
    new_files = set(now) - before
    assert len(new_files) == 1
    assert body["size_bytes"] == now[new_files.pop()]

    await drain_inline_tasks()
    detail = (await client.get(f"{URL}/{body['id']}", headers=headers)).json()
    # No API keys in tests: the offline analyser ran (the inline "analysis.run" task).
    assert detail["analysis_status"] == "completed"
    assert detail["analysis_model"] == "offline"
    assert detail["analysis"]["source"] == "offline"
    assert detail["analysis_attempts"] == 1
    events = (await session.execute(select(AnalyticsEvent.event_type))).scalars().all()
    assert "screenshot.uploaded" in events and "analysis.completed" in events


async def test_exif_and_text_metadata_are_stripped(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {2: (51.0, 30.0, 0.0)}  # GPS IFD
    jpeg = encoded("JPEG", exif=exif.tobytes(), comment=b"private comment")
    assert b"SecretCam" in jpeg
    r = await upload(client, headers, jpeg, "photo.jpg", "image/jpeg")
    assert r.status_code == 201, r.text
    stored = (await client.get(f"{URL}/{r.json()['id']}/image", headers=headers)).content
    assert b"SecretCam" not in stored and b"private comment" not in stored
    clean = Image.open(io.BytesIO(stored))
    assert clean.format == "JPEG" and not clean.getexif() and "comment" not in clean.info

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Secret")
    r = await upload(client, headers, png_bytes(seed=3, pnginfo=info))
    stored = (await client.get(f"{URL}/{r.json()['id']}/image", headers=headers)).content
    assert b"Jane Secret" not in stored
    assert Image.open(io.BytesIO(stored)).format == "PNG"  # the format is kept


async def test_base64_json_upload(client: AsyncClient, headers: dict[str, str]) -> None:
    data = base64.b64encode(encoded("WEBP")).decode()
    r = await client.post(
        URL,
        json={"image_base64": f"data:image/png;base64,{data}", "filename": "a.webp"},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    assert r.json()["format"] == "webp" and r.json()["original_filename"] == "a.webp"

    bad = await client.post(URL, json={"image_base64": "not base64!!"}, headers=headers)
    assert bad.status_code == 422
    assert_error_shape(bad.json(), "INVALID_BASE64")
    missing = await client.post(URL, json={"filename": "x.png"}, headers=headers)
    assert missing.status_code == 422
    assert_error_shape(missing.json(), "VALIDATION_ERROR")


async def test_same_image_again_returns_the_existing_screenshot(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    first = await upload(client, headers, png_bytes(seed=5))
    await drain_inline_tasks()
    again = await upload(client, headers, png_bytes(seed=5), name="renamed.png")
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["duplicate"] is True
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["analysis_status"] == "completed"  # the analysis is reused
    await drain_inline_tasks()
    assert await count_rows(session) == 1
    shot = await session.get(Screenshot, uuid.UUID(first.json()["id"]))
    assert shot is not None and shot.analysis_attempts == 1  # no second analysis ran

    # Another user uploading the same image gets their own screenshot.
    other = await create_user(session)
    mine = await upload(client, await auth_headers(session, other), png_bytes(seed=5))
    assert mine.status_code == 201 and mine.json()["id"] != first.json()["id"]


# --- bad uploads: a clear 4xx, nothing stored ----------------------------------------------
def gif_bytes() -> bytes:
    return encoded("GIF")


def bmp_bytes() -> bytes:
    return encoded("BMP")


def truncated_png() -> bytes:
    data = png_bytes(400, 300, seed=9)
    return data[: len(data) // 2]


BAD_UPLOADS = [
    ("empty", b"", "image/png", 400, "INVALID_IMAGE"),
    ("text", b"hello, this is not an image at all", "image/png", 400, "INVALID_IMAGE"),
    ("truncated", None, "image/png", 400, "INVALID_IMAGE"),
    ("gif", None, "image/png", 415, "UNSUPPORTED_MEDIA_TYPE"),
    ("bmp", None, "image/jpeg", 415, "UNSUPPORTED_MEDIA_TYPE"),
    ("pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF", "image/png", 415, "UNSUPPORTED_MEDIA_TYPE"),
    (
        "svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"/>',
        "image/png",
        415,
        "UNSUPPORTED_MEDIA_TYPE",
    ),
]


@pytest.mark.parametrize(
    ("kind", "data", "ctype", "status", "code"), BAD_UPLOADS, ids=[b[0] for b in BAD_UPLOADS]
)
async def test_bad_upload_is_refused_and_nothing_stored(
    client: AsyncClient,
    session: AsyncSession,
    headers: dict[str, str],
    kind: str,
    data: bytes | None,
    ctype: str,
    status: int,
    code: str,
) -> None:
    payload = (
        data
        if data is not None
        else {"truncated": truncated_png, "gif": gif_bytes, "bmp": bmp_bytes}[kind]()
    )
    before = set(stored_files())
    r = await upload(client, headers, payload, name="looks-fine.png", ctype=ctype)
    assert r.status_code == status, r.text
    assert_error_shape(r.json(), code)
    assert await count_rows(session) == 0
    assert set(stored_files()) == before


async def test_format_comes_from_content_not_name_or_type(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    r = await upload(client, headers, png_bytes(seed=11), name="cat.gif", ctype="image/gif")
    assert r.status_code == 201 and r.json()["format"] == "png"


async def test_wrong_body_encoding_and_missing_field(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    r = await client.post(
        URL, content=png_bytes(), headers={**headers, "content-type": "image/png"}
    )
    assert r.status_code == 415
    assert_error_shape(r.json(), "UNSUPPORTED_MEDIA_TYPE")
    r = await client.post(
        URL, files={"image": ("a.png", png_bytes(), "image/png")}, headers=headers
    )
    assert r.status_code == 422
    assert_error_shape(r.json(), "VALIDATION_ERROR")
    assert await count_rows(session) == 0


async def test_upload_needs_authentication(client: AsyncClient) -> None:
    r = await client.post(URL, files={"file": ("a.png", png_bytes(), "image/png")})
    assert r.status_code == 401


# --- size caps -----------------------------------------------------------------------------
BOUNDARY = "pwtestboundary7MA4YWxkTrZu0gW"


class CountingBody:
    """A streaming multipart body that records how many chunks the server pulled."""

    def __init__(self, file_size: int, chunk: int = 256 * 1024) -> None:
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="big.png"\r\nContent-Type: image/png\r\n\r\n'
        ).encode()
        body = png_bytes()
        filler = body + b"\x00" * (file_size - len(body))
        self.chunks = [head] + [filler[i : i + chunk] for i in range(0, file_size, chunk)]
        self.chunks.append(f"\r\n--{BOUNDARY}--\r\n".encode())
        self.pulled = 0

    @property
    def size(self) -> int:
        return sum(len(c) for c in self.chunks)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


async def test_over_cap_upload_is_refused_while_streaming(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    cap = get_settings().upload_max_bytes
    body = CountingBody(cap + 5 * MB)
    r = await client.post(
        URL,
        content=body,
        headers={**headers, "content-type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert r.status_code == 413
    assert_error_shape(r.json(), "UPLOAD_TOO_LARGE")
    assert r.json()["details"]["max_bytes"] == cap
    # Reading stopped right after the cap: the remaining ~5 MB were never pulled.
    pulled_bytes = sum(len(c) for c in body.chunks[: body.pulled])
    assert pulled_bytes <= cap + 2 * 256 * 1024
    assert body.pulled < len(body.chunks) - 10
    assert await count_rows(session) == 0


async def test_ten_mb_plus_one_byte_is_refused_before_the_body_ends(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    cap = get_settings().upload_max_bytes
    assert cap == 10 * MB
    before = set(stored_files())
    body = CountingBody(cap + 1, chunk=64 * 1024)
    # An honest Content-Length under the app-wide 11 MB cap: only our own count refuses it.
    r = await client.post(
        URL,
        content=body,
        headers={
            **headers,
            "content-type": f"multipart/form-data; boundary={BOUNDARY}",
            "content-length": str(body.size),
        },
    )
    assert r.status_code == 413
    assert_error_shape(r.json(), "UPLOAD_TOO_LARGE")
    assert body.pulled < len(body.chunks)  # the closing boundary was never read
    assert await count_rows(session) == 0
    assert set(stored_files()) == before


async def test_declared_oversize_body_is_refused_without_reading(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    body = CountingBody(10 * MB + 200 * 1024)
    r = await client.post(
        URL,
        content=body,
        headers={
            **headers,
            "content-type": f"multipart/form-data; boundary={BOUNDARY}",
            "content-length": str(body.size),
        },
    )
    assert r.status_code == 413
    assert body.pulled == 0


async def test_png_bomb_is_refused_without_decoding(
    client: AsyncClient,
    session: AsyncSession,
    headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loads: list[object] = []
    original = PngImagePlugin.PngImageFile.load

    def spy(self: PngImagePlugin.PngImageFile) -> object:
        loads.append(self.size)
        return original(self)

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", spy)
    bomb = png_bomb()
    assert len(bomb) < 10_000
    r = await upload(client, headers, bomb)
    assert r.status_code == 413
    assert_error_shape(r.json(), "IMAGE_TOO_LARGE")
    assert loads == []  # refused from the header alone
    assert await count_rows(session) == 0


async def test_pixel_cap_from_settings(
    client: AsyncClient, headers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "upload_max_pixels", 5000)
    r = await upload(client, headers, png_bytes(120, 80))
    assert r.status_code == 413
    body = r.json()
    assert_error_shape(body, "IMAGE_TOO_LARGE")
    assert body["details"] == {"max_pixels": 5000, "width": 120, "height": 80}


# --- reading, listing, deleting, ownership -------------------------------------------------
async def test_other_users_screenshots_are_404_everywhere(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    r = await upload(client, headers, png_bytes(seed=21))
    sid = r.json()["id"]
    await drain_inline_tasks()
    intruder = await auth_headers(session, await create_user(session))
    for method, path in [
        ("GET", f"{URL}/{sid}"),
        ("GET", f"{URL}/{sid}/image"),
        ("DELETE", f"{URL}/{sid}"),
        ("POST", f"{URL}/{sid}/analysis"),
    ]:
        resp = await client.request(method, path, headers=intruder)
        assert resp.status_code == 404, (method, path)
        assert_error_shape(resp.json(), "SCREENSHOT_NOT_FOUND")
    assert (await client.get(URL, headers=intruder)).json()["items"] == []
    # Still there for the owner.
    assert (await client.get(f"{URL}/{sid}/image", headers=headers)).status_code == 200
    missing = await client.get(f"{URL}/{uuid.uuid4()}", headers=headers)
    assert missing.status_code == 404


async def test_image_route_serves_stored_bytes(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    r = await upload(client, headers, encoded("WEBP"), "x.webp", "image/webp")
    image = await client.get(f"{URL}/{r.json()['id']}/image", headers=headers)
    assert image.status_code == 200
    assert image.headers["content-type"] == "image/webp"
    assert len(image.content) == r.json()["size_bytes"]
    assert Image.open(io.BytesIO(image.content)).size == (64, 48)


async def test_delete_removes_row_and_file(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    r = await upload(client, headers, png_bytes(seed=31))
    sid = r.json()["id"]
    await drain_inline_tasks()
    files = set(stored_files())
    assert (await client.delete(f"{URL}/{sid}", headers=headers)).status_code == 204
    assert len(files - set(stored_files())) == 1
    assert await count_rows(session) == 0
    assert (await client.get(f"{URL}/{sid}", headers=headers)).status_code == 404
    assert (await client.delete(f"{URL}/{sid}", headers=headers)).status_code == 404


async def test_list_is_newest_first_with_cursor_pagination(
    client: AsyncClient, headers: dict[str, str]
) -> None:
    ids = []
    for seed in range(5):
        ids.append((await upload(client, headers, png_bytes(seed=40 + seed))).json()["id"])
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, str | int] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(URL, params=params, headers=headers)).json()
        pages += 1
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert pages == 3
    assert seen == list(reversed(ids))
    bad = await client.get(URL, params={"cursor": "garbage"}, headers=headers)
    assert bad.status_code == 400
    assert_error_shape(bad.json(), "INVALID_CURSOR")
    assert (await client.get(URL, params={"limit": 101}, headers=headers)).status_code == 422


async def test_rerun_analysis(
    client: AsyncClient, session: AsyncSession, headers: dict[str, str]
) -> None:
    r = await upload(client, headers, png_bytes(seed=51))
    sid = r.json()["id"]
    # Freshly queued: a second run is refused until the first is done.
    busy = await client.post(f"{URL}/{sid}/analysis", headers=headers)
    assert busy.status_code == 409
    assert_error_shape(busy.json(), "ANALYSIS_IN_PROGRESS")
    await drain_inline_tasks()

    unknown = await client.post(f"{URL}/{sid}/analysis", json={"model": "nope-9"}, headers=headers)
    assert unknown.status_code == 400
    assert_error_shape(unknown.json(), "UNKNOWN_MODEL")

    again = await client.post(f"{URL}/{sid}/analysis", json={"model": "offline"}, headers=headers)
    assert again.status_code == 202, again.text
    assert again.json()["analysis_status"] == "pending"
    await drain_inline_tasks()
    detail = (await client.get(f"{URL}/{sid}", headers=headers)).json()
    assert detail["analysis_status"] == "completed"
    assert detail["analysis_attempts"] == 1  # a re-run is a new job: its own attempt limit


async def test_uploads_are_rate_limited_per_user_before_the_body_is_read(
    client: AsyncClient,
    session: AsyncSession,
    headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(get_settings(), "rate_limit_enabled", True)
    monkeypatch.setattr(get_settings(), "rate_limit_upload_user", "2/minute")

    async def send(seed: int, as_: dict[str, str]) -> Response:
        image = ("page.png", png_bytes(seed=seed), "image/png")
        return await client.post(URL, files={"file": image}, headers=as_)

    try:
        before = await count_rows(session)
        answers = [await send(seed, headers) for seed in range(3)]
        assert [r.status_code for r in answers] == [201, 201, 429]
        assert_error_shape(answers[2].json(), "RATE_LIMITED")
        assert "Retry-After" in answers[2].headers
        assert await count_rows(session) == before + 2  # the refused one stored nothing
        # Re-running an analysis counts against the same limit.
        shot_id = answers[0].json()["id"]
        assert (await client.post(f"{URL}/{shot_id}/analysis", headers=headers)).status_code == 429
        # Another user is not limited by this one's uploads.
        other = await auth_headers(session, await create_user(session))
        assert (await send(9, other)).status_code == 201
    finally:
        await drain_inline_tasks()
