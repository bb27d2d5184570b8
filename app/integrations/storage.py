"""Where stored objects live (uploads and derived images): one interface, two backends.

Keys are opaque relative paths chosen by the caller (e.g. "<user_id>/<sha256>.png").
`local` keeps files under one directory (the embedded default); `s3` keeps them in an
S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Cloudflare R2) so that API and worker hosts
share nothing but the bucket.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from app.core.config import Settings, get_settings
from app.core.errors import ServiceUnavailable
from app.core.loop_scoped import loop_scoped


class StorageError(RuntimeError):
    """A key that is invalid or names no stored object."""


class StorageUnavailable(ServiceUnavailable):
    """The backend could not be reached or failed: retrying later can help (503)."""

    error_code = "STORAGE_UNAVAILABLE"


class Storage(Protocol):
    async def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...

    async def exists(self, key: str) -> bool: ...

    async def delete_prefix(self, prefix: str) -> None: ...

    async def url_for(self, key: str) -> str | None:
        """A time-limited URL a browser can GET directly, or None to serve the bytes."""
        ...


def check_key(key: str) -> str:
    """One rule for keys on every backend: relative, no NUL, never climbing out ("..")."""
    if not key or key.startswith(("/", "\\")) or "\x00" in key or "\\" in key:
        raise StorageError("invalid storage key")
    if any(part in ("", ".", "..") for part in PurePosixPath(key).parts) or key.endswith("/"):
        raise StorageError("invalid storage key")
    return key


class LocalStorage:
    """Files under one root directory; writes are atomic (temp file, then rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, key: str) -> Path:
        path = (self.root / check_key(key)).resolve()
        # A key must never climb out of the root (symlinks included).
        if not path.is_relative_to(self.root) or path == self.root:
            raise StorageError("invalid storage key")
        return path

    def _put_sync(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    async def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None:
        await asyncio.to_thread(self._put_sync, self._path(key), data)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError as exc:
            raise StorageError("stored object not found") from exc

    async def delete(self, key: str) -> None:
        path = self._path(key)
        await asyncio.to_thread(path.unlink, missing_ok=True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).is_file)

    def _delete_prefix_sync(self, prefix: str) -> None:
        # "a/b/" removes the folder a/b; "a/b/c-" removes the files in a/b named c-*.
        folder = self._path(prefix.rstrip("/")) if prefix.endswith("/") else None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
            return
        path = self._path(prefix)
        if path.parent.is_dir():
            for child in path.parent.iterdir():
                if child.name.startswith(path.name) and child.is_file():
                    child.unlink(missing_ok=True)

    async def delete_prefix(self, prefix: str) -> None:
        """Delete every object whose key starts with `prefix`."""
        await asyncio.to_thread(self._delete_prefix_sync, prefix)

    async def url_for(self, key: str) -> str | None:
        return None


@dataclass(frozen=True)
class S3Config:
    bucket: str
    prefix: str = ""
    region: str = "us-east-1"
    endpoint_url: str | None = None
    access_key_id: str | None = None
    secret_access_key: str | None = None
    path_style: bool = False
    sse: str = "AES256"  # "AES256", "aws:kms" or "none"
    kms_key_id: str | None = None
    delete_retention_days: int = 0
    presign_seconds: int = 0
    connect_timeout: float = 2.0
    read_timeout: float = 10.0
    max_attempts: int = 2
    call_timeout: float = 120.0

    @classmethod
    def from_settings(cls, settings: Settings) -> S3Config:
        if not settings.s3_bucket:
            raise StorageError("STORAGE_BACKEND=s3 needs S3_BUCKET")
        secret = settings.s3_secret_access_key
        return cls(
            bucket=settings.s3_bucket,
            prefix=settings.s3_prefix,
            region=settings.s3_region,
            endpoint_url=settings.s3_endpoint_url,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=secret.get_secret_value() if secret else None,
            path_style=settings.s3_path_style,
            sse=settings.s3_sse,
            kms_key_id=settings.s3_kms_key_id,
            delete_retention_days=settings.s3_delete_retention_days,
            presign_seconds=settings.s3_presign_seconds,
            connect_timeout=settings.s3_connect_timeout_seconds,
            read_timeout=settings.s3_read_timeout_seconds,
            max_attempts=settings.s3_max_attempts,
            call_timeout=settings.s3_call_timeout_seconds,
        )


def _open_client(config: S3Config) -> Any:
    from aiobotocore.config import AioConfig
    from aiobotocore.session import get_session

    client_config = AioConfig(
        connect_timeout=config.connect_timeout,
        read_timeout=config.read_timeout,
        retries={"max_attempts": config.max_attempts, "mode": "standard"},
        s3={"addressing_style": "path" if config.path_style else "auto"},
        signature_version="s3v4",
    )
    return get_session().create_client(
        "s3",
        region_name=config.region,
        endpoint_url=config.endpoint_url,
        aws_access_key_id=config.access_key_id,
        aws_secret_access_key=config.secret_access_key,
        config=client_config,
    )


async def _client(config: S3Config) -> Any:
    # aiobotocore clients hold an aiohttp session, which belongs to the loop that made it.
    return await loop_scoped(("s3", config), lambda: _open_client(config))


def _is_missing(exc: Exception) -> bool:
    response = getattr(exc, "response", None) or {}
    code = str(response.get("Error", {}).get("Code", ""))
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code in ("NoSuchKey", "404", "NotFound") or status == 404


class S3Storage:
    """Objects in one bucket under a prefix. Every failure of the endpoint (refused, slow,
    5xx, bad credentials) is StorageUnavailable, a clean 503; a missing object is
    StorageError. A put either stores the whole object or nothing (S3 PUTs are atomic)."""

    def __init__(self, config: S3Config) -> None:
        self.config = config

    def _key(self, key: str) -> str:
        return self.config.prefix + check_key(key)

    def _encryption(self) -> dict[str, str]:
        if self.config.sse == "none":
            return {}
        args = {"ServerSideEncryption": self.config.sse}
        if self.config.sse == "aws:kms" and self.config.kms_key_id:
            args["SSEKMSKeyId"] = self.config.kms_key_id
        return args

    async def _call(self, operation: str, **kwargs: Any) -> Any:
        from botocore.exceptions import BotoCoreError, ClientError

        client = await _client(self.config)
        try:
            # The SDK's timeouts bound each socket read; this bounds the whole call (retries
            # included), so an endpoint that trickles or never answers a 100-continue cannot
            # hold a request forever.
            async with asyncio.timeout(self.config.call_timeout):
                return await getattr(client, operation)(Bucket=self.config.bucket, **kwargs)
        except ClientError as exc:
            if _is_missing(exc):
                raise StorageError("stored object not found") from exc
            raise StorageUnavailable("File storage is unavailable; try again shortly.") from exc
        except (TimeoutError, BotoCoreError, OSError) as exc:
            raise StorageUnavailable("File storage is unavailable; try again shortly.") from exc

    async def put(self, key: str, data: bytes, *, content_type: str | None = None) -> None:
        extra = {"ContentType": content_type} if content_type else {}
        await self._call("put_object", Key=self._key(key), Body=data, **extra, **self._encryption())

    async def get(self, key: str) -> bytes:
        from botocore.exceptions import BotoCoreError

        response = await self._call("get_object", Key=self._key(key))
        try:
            async with asyncio.timeout(self.config.call_timeout), response["Body"] as body:
                data: bytes = await body.read()
        except (TimeoutError, BotoCoreError, OSError) as exc:
            raise StorageUnavailable("File storage is unavailable; try again shortly.") from exc
        return data

    async def delete(self, key: str) -> None:
        name = self._key(key)
        if self.config.delete_retention_days > 0:
            # Kept under deleted/ for the retention period; a bucket lifecycle rule on that
            # prefix expires it (docs/deployment.md). The copy is server-side: no bytes here.
            try:
                await self._call(
                    "copy_object",
                    Key=f"{self.config.prefix}deleted/{check_key(key)}",
                    CopySource={"Bucket": self.config.bucket, "Key": name},
                    Tagging=f"deleted-at={datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}",
                    TaggingDirective="REPLACE",
                    **self._encryption(),
                )
            except StorageError:
                return  # already gone: deleting twice is fine
        await self._call("delete_object", Key=name)

    async def exists(self, key: str) -> bool:
        try:
            await self._call("head_object", Key=self._key(key))
        except StorageError:
            return False
        return True

    async def delete_prefix(self, prefix: str) -> None:
        """Delete every object whose key starts with `prefix` (derived images: no retention
        copy, they can be drawn again). Listed and deleted a page (<= 1000 keys) at a time."""
        full = (
            self.config.prefix
            + check_key(prefix.rstrip("/"))
            + ("/" if prefix.endswith("/") else "")
        )
        token: dict[str, str] = {}
        while True:
            page = await self._call("list_objects_v2", Prefix=full, **token)
            keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
            if keys:
                await self._call("delete_objects", Delete={"Objects": keys, "Quiet": True})
            if not page.get("IsTruncated"):
                return
            token = {"ContinuationToken": page["NextContinuationToken"]}

    async def url_for(self, key: str) -> str | None:
        if self.config.presign_seconds <= 0:
            return None
        client = await _client(self.config)
        url: str = await client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.config.bucket, "Key": self._key(key)},
            ExpiresIn=self.config.presign_seconds,
        )
        return url


def get_storage(settings: Settings | None = None) -> Storage:
    settings = settings or get_settings()
    if settings.storage_backend == "local":
        return LocalStorage(settings.upload_dir)
    if settings.storage_backend == "s3":
        return S3Storage(S3Config.from_settings(settings))
    raise StorageError(f"unknown storage backend {settings.storage_backend!r}")
