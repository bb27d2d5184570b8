"""S3 storage against a local S3 wire-format server (moto): the real aiobotocore client,
encryption, retention, presigned URLs, and clean failures of a broken or stalled endpoint."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator

import boto3
import httpx
import pytest
from httpx import AsyncClient
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.integrations.storage import (
    S3Config,
    S3Storage,
    StorageError,
    StorageUnavailable,
    get_storage,
)
from app.models import Screenshot
from tests.api.test_errors import assert_error_shape
from tests.support.factories import auth_headers, create_user
from tests.support.fake_s3 import CREDENTIALS, broken_s3, moto_s3

BUCKET = "pagewright-test"


@pytest.fixture(scope="module")
def s3_url() -> Iterator[str]:
    with moto_s3(BUCKET) as url:
        yield url


def config(url: str, **overrides: object) -> S3Config:
    base: dict[str, object] = {
        "bucket": BUCKET,
        "prefix": f"run-{os.getpid()}/",
        "endpoint_url": url,
        "access_key_id": CREDENTIALS["aws_access_key_id"],
        "secret_access_key": CREDENTIALS["aws_secret_access_key"],
        "path_style": True,
    }
    base.update(overrides)
    return S3Config(**base)  # type: ignore[arg-type]


def raw(url: str):  # type: ignore[no-untyped-def]
    return boto3.client("s3", endpoint_url=url, region_name="us-east-1", **CREDENTIALS)


def noisy_png(size: int) -> bytes:
    """A PNG of about `size` bytes that does not compress (random pixels)."""
    side = int((size / 3) ** 0.5) + 1
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=0)
    return out.getvalue()


async def test_ten_megabyte_round_trip_is_encrypted_and_byte_exact(s3_url: str) -> None:
    store = S3Storage(config(s3_url))
    data = noisy_png(10 * 1024 * 1024)
    assert len(data) >= 10 * 1024 * 1024
    await store.put("u1/big.png", data, content_type="image/png")
    assert await store.exists("u1/big.png")
    assert await store.get("u1/big.png") == data
    head = raw(s3_url).head_object(Bucket=BUCKET, Key=store.config.prefix + "u1/big.png")
    assert head["ServerSideEncryption"] == "AES256"
    assert head["ContentType"] == "image/png"
    await store.delete("u1/big.png")
    assert not await store.exists("u1/big.png")
    await store.delete("u1/big.png")  # deleting twice is fine


async def test_missing_object_is_a_storage_error_not_an_outage(s3_url: str) -> None:
    store = S3Storage(config(s3_url))
    with pytest.raises(StorageError):
        await store.get("nobody/none.png")
    assert not await store.exists("nobody/none.png")


async def test_delete_with_retention_keeps_a_tagged_copy_under_deleted(s3_url: str) -> None:
    store = S3Storage(config(s3_url, delete_retention_days=30))
    await store.put("u2/a.png", b"\x89PNG kept")
    await store.delete("u2/a.png")
    assert not await store.exists("u2/a.png")
    client = raw(s3_url)
    kept = store.config.prefix + "deleted/u2/a.png"
    assert client.get_object(Bucket=BUCKET, Key=kept)["Body"].read() == b"\x89PNG kept"
    tags = client.get_object_tagging(Bucket=BUCKET, Key=kept)["TagSet"]
    assert [t["Key"] for t in tags] == ["deleted-at"]
    await store.delete("u2/a.png")  # nothing left to keep: still fine


async def test_delete_prefix_removes_a_folder_and_a_name_prefix_only(s3_url: str) -> None:
    store = S3Storage(config(s3_url))
    for key in ("d/a/1.png", "d/a/2.png", "d/b/c-1.png", "d/b/c-2.png", "d/b/other.png"):
        await store.put(key, b"x")
    await store.delete_prefix("d/a/")
    await store.delete_prefix("d/b/c-")
    assert [await store.exists(k) for k in ("d/a/1.png", "d/a/2.png", "d/b/c-1.png")] == [
        False,
        False,
        False,
    ]
    assert await store.exists("d/b/other.png")
    with pytest.raises(StorageError):
        await store.delete_prefix("../d/")


@pytest.mark.parametrize("key", ["../escape.png", "/etc/passwd", "a/../../b", "", "a\x00b", "a/"])
async def test_keys_cannot_leave_the_prefix(s3_url: str, key: str) -> None:
    store = S3Storage(config(s3_url))
    with pytest.raises(StorageError):
        await store.put(key, b"x")


async def test_presigned_url_serves_the_object_and_expires(s3_url: str) -> None:
    store = S3Storage(config(s3_url, presign_seconds=60))
    await store.put("u3/p.png", b"\x89PNG presigned")
    url = await store.url_for("u3/p.png")
    assert url is not None and "X-Amz-Signature=" in url
    assert "/" + BUCKET + "/" in url  # path style
    async with httpx.AsyncClient() as http:
        assert (await http.get(url)).content == b"\x89PNG presigned"
    assert await S3Storage(config(s3_url)).url_for("u3/p.png") is None


@pytest.mark.parametrize("mode", ["error", "slow"])
async def test_a_broken_endpoint_is_unavailable_within_its_timeouts(mode: str) -> None:
    with broken_s3(mode, stall_seconds=60.0) as (url, seen):
        store = S3Storage(config(url, read_timeout=0.5, max_attempts=2))
        started = time.monotonic()
        with pytest.raises(StorageUnavailable) as info:
            await store.put("u4/x.png", b"\x89PNG")
        # Ended by our read timeout, not by the endpoint's 60 s stall (a loose bound on purpose).
        assert time.monotonic() - started < 30
        assert info.value.status_code == 503
        assert info.value.error_code == "STORAGE_UNAVAILABLE"
        with pytest.raises(StorageUnavailable):
            await store.get("u4/x.png")
        assert seen and all(f"/{BUCKET}/" in line for line in seen)  # path-style requests


def test_settings_choose_the_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = get_settings()
    monkeypatch.setattr(settings, "storage_backend", "s3")
    monkeypatch.setattr(settings, "s3_bucket", None)
    with pytest.raises(StorageError):
        get_storage()
    assert "STORAGE_BACKEND=s3 needs S3_BUCKET" in settings.production_problems()
    monkeypatch.setattr(settings, "s3_bucket", "b")
    store = get_storage()
    assert isinstance(store, S3Storage) and store.config.bucket == "b"


def use_s3(monkeypatch: pytest.MonkeyPatch, url: str, **extra: object) -> None:
    settings = get_settings()
    values = {
        "storage_backend": "s3",
        "s3_bucket": BUCKET,
        "s3_prefix": f"api-{os.getpid()}/",
        "s3_endpoint_url": url,
        "s3_access_key_id": CREDENTIALS["aws_access_key_id"],
        "s3_path_style": True,
        "s3_read_timeout_seconds": 0.5,
        **extra,
    }
    from pydantic import SecretStr

    monkeypatch.setattr(settings, "s3_secret_access_key", SecretStr("test-secret-key"))
    for name, value in values.items():
        monkeypatch.setattr(settings, name, value)


def png(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (seed, 120, 200)).save(out, "PNG")
    return out.getvalue()


async def test_upload_and_image_through_s3_with_presigned_redirect(
    client: AsyncClient, session: AsyncSession, monkeypatch: pytest.MonkeyPatch, s3_url: str
) -> None:
    use_s3(monkeypatch, s3_url)
    user = await create_user(session)
    headers = await auth_headers(session, user)
    created = await client.post(
        "/api/v1/screenshots", files={"file": ("a.png", png(1), "image/png")}, headers=headers
    )
    assert created.status_code == 201, created.text
    shot_id = created.json()["id"]
    key = (await session.execute(select(Screenshot.storage_key))).scalar_one()
    assert raw(s3_url).head_object(Bucket=BUCKET, Key=f"api-{os.getpid()}/{key}")
    image = await client.get(f"/api/v1/screenshots/{shot_id}/image", headers=headers)
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")

    monkeypatch.setattr(get_settings(), "s3_presign_seconds", 120)
    moved = await client.get(f"/api/v1/screenshots/{shot_id}/image", headers=headers)
    assert moved.status_code == 307
    async with httpx.AsyncClient() as http:
        assert (await http.get(moved.headers["location"])).content == image.content

    # The object vanished behind our back: a clean 404, not a 500.
    monkeypatch.setattr(get_settings(), "s3_presign_seconds", 0)
    raw(s3_url).delete_object(Bucket=BUCKET, Key=f"api-{os.getpid()}/{key}")
    gone = await client.get(f"/api/v1/screenshots/{shot_id}/image", headers=headers)
    assert gone.status_code == 404
    assert_error_shape(gone.json(), "IMAGE_NOT_FOUND")


@pytest.mark.parametrize("mode", ["error", "slow"])
async def test_upload_to_a_failing_bucket_is_503_and_stores_nothing(
    client: AsyncClient, session: AsyncSession, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    with broken_s3(mode, stall_seconds=60.0) as (url, _seen):
        use_s3(monkeypatch, url, s3_max_attempts=1)
        user = await create_user(session)
        headers = await auth_headers(session, user)
        answer = await client.post(
            "/api/v1/screenshots", files={"file": ("a.png", png(2), "image/png")}, headers=headers
        )
    assert answer.status_code == 503, answer.text
    assert_error_shape(answer.json(), "STORAGE_UNAVAILABLE")
    assert (await session.execute(select(func.count()).select_from(Screenshot))).scalar_one() == 0
