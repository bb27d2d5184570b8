"""The user's flow against a running stack, over HTTP: accounts, upload, analysis, generation,
preview; plus the invariants the fault suite checks in PostgreSQL."""

from __future__ import annotations

import functools
import io
import itertools
import json
import struct
import subprocess
import time
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "stack password that is long enough 1"
PAGE = (ROOT / "examples" / "landing.png").read_bytes()
API = "/api/v1"
CONTEXT = json.loads((ROOT / "examples" / "business_context.json").read_text())


_counter = itertools.count()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@functools.cache
def _page() -> tuple[bytes, bytes, bytes, bytes]:
    """The demo page's IHDR, its first scanline, the other scanlines and those deflated once."""
    image = Image.open(io.BytesIO(PAGE)).convert("RGB")
    width, height = image.size
    pixels = image.tobytes()
    row = width * 3
    rows = b"".join(b"\x00" + pixels[y * row : (y + 1) * row] for y in range(height))
    first, rest = rows[: row + 1], rows[row + 1 :]
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return ihdr, first, rest, packer.compress(rest) + packer.flush()


def unique_png() -> bytes:
    """The demo page with its first pixels set from a counter and a random tag: distinct
    pixels, so the duplicate check (on the decoded image) does not fold uploads together.
    Only the first scanline is compressed per call (the rest was deflated once and follows a
    full flush), so a call costs milliseconds, not a PNG encode."""
    ihdr, first, rest, deflated = _page()
    tag = next(_counter).to_bytes(4, "big") + uuid.uuid4().bytes[:8]
    line = bytearray(first)
    for i, value in enumerate(tag):
        line[1 + 3 * i : 4 + 3 * i] = bytes((value, 255 - value, (value * 7) % 256))
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    head = packer.compress(bytes(line)) + packer.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(rest, zlib.adler32(bytes(line)))
    idat = b"\x78\x9c" + head + deflated + struct.pack(">I", checksum)
    chunks = _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def psql(dsn: str, sql: str) -> list[list[str]]:
    out = subprocess.run(
        ["psql", dsn, "-XAtF", "\t", "-c", sql], check=True, capture_output=True, text=True
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def create_users(base: str, dsn: str, emails: list[str]) -> None:
    """Register through the API, then mark the addresses confirmed (the mailed link's job)."""
    with httpx.Client(base_url=base, timeout=30) as client:
        for email in emails:
            answer = client.post(
                API + "/auth/register", json={"email": email, "password": PASSWORD}
            )
            answer.raise_for_status()
    quoted = ",".join("'" + e.replace("'", "''") + "'" for e in emails)
    psql(dsn, f"UPDATE users SET email_verified = true WHERE email IN ({quoted})")


@dataclass
class User:
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def login(client: httpx.Client, email: str) -> User:
    answer = client.post(API + "/auth/login", json={"email": email, "password": PASSWORD})
    answer.raise_for_status()
    return User(email, answer.json()["access_token"])


def upload(client: httpx.Client, user: User, png: bytes | None = None) -> dict[str, Any]:
    answer = client.post(
        API + "/screenshots",
        files={"file": ("page.png", png or unique_png(), "image/png")},
        headers=user.headers,
    )
    answer.raise_for_status()
    return answer.json()  # type: ignore[no-any-return]


def wait_analysis(client: httpx.Client, user: User, shot_id: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        status = client.get(f"{API}/screenshots/{shot_id}", headers=user.headers).json()[
            "analysis_status"
        ]
        if status in ("completed", "failed") or time.monotonic() > deadline:
            return str(status)
        time.sleep(0.2)


def generate(client: httpx.Client, user: User, shot_id: str) -> httpx.Response:
    return client.post(
        API + "/generations",
        json={"screenshot_id": shot_id, "business_context": CONTEXT},
        headers=user.headers,
    )


def wait_generation(client: httpx.Client, user: User, gen_id: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        status = client.get(f"{API}/generations/{gen_id}", headers=user.headers).json()["status"]
        if status in ("completed", "failed") or time.monotonic() > deadline:
            return str(status)
        time.sleep(0.2)


# --- invariants (PostgreSQL) ----------------------------------------------------------------
def unsettled(dsn: str) -> dict[str, int]:
    """Rows still waiting or working: after a fault has settled there must be none."""
    gens = psql(
        dsn,
        "SELECT count(*) FROM generations WHERE status NOT IN ('completed', 'failed')",
    )
    shots = psql(
        dsn,
        "SELECT count(*) FROM screenshots WHERE analysis_status IN ('pending', 'running')",
    )
    return {"generations": int(gens[0][0]), "analyses": int(shots[0][0])}


def quota_mismatches(dsn: str) -> list[list[str]]:
    """(user, day, counter, ledger) where usage_daily differs from the generations holding a
    slot (charged and not given back): each charged once, each failure refunded once."""
    return psql(
        dsn,
        """
        WITH ledger AS (
            SELECT user_id, quota_day AS day, count(*) AS held FROM generations
            WHERE quota_day IS NOT NULL AND NOT quota_released GROUP BY 1, 2)
        SELECT coalesce(u.user_id, l.user_id), coalesce(u.day, l.day),
               coalesce(u.generations_used, 0), coalesce(l.held, 0)
        FROM usage_daily u FULL JOIN ledger l ON l.user_id = u.user_id AND l.day = u.day
        WHERE coalesce(u.generations_used, 0) <> coalesce(l.held, 0)
        """,
    )


def failed_without_refund(dsn: str) -> int:
    rows = psql(
        dsn,
        "SELECT count(*) FROM generations WHERE status = 'failed' AND quota_day IS NOT NULL "
        "AND NOT quota_released",
    )
    return int(rows[0][0])
