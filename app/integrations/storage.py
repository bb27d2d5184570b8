"""Where uploaded images live: a small interface, a local-directory implementation.

Keys are opaque relative paths chosen by the caller (e.g. "<user_id>/<sha256>.png").
An S3-compatible backend only needs the same five methods (delete_prefix is a listing by
prefix and a batch delete there).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path
from typing import Protocol

from app.core.config import Settings, get_settings


class StorageError(RuntimeError):
    pass


class Storage(Protocol):
    async def put(self, key: str, data: bytes) -> None: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...

    async def exists(self, key: str) -> bool: ...

    async def delete_prefix(self, prefix: str) -> None: ...


class LocalStorage:
    """Files under one root directory; writes are atomic (temp file, then rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, key: str) -> Path:
        if not key or key.startswith(("/", "\\")) or "\x00" in key:
            raise StorageError("invalid storage key")
        path = (self.root / key).resolve()
        # A key must never climb out of the root ("../", symlinks).
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

    async def put(self, key: str, data: bytes) -> None:
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


def get_storage(settings: Settings | None = None) -> Storage:
    settings = settings or get_settings()
    if settings.storage_backend == "local":
        return LocalStorage(settings.upload_dir)
    raise StorageError(f"unknown storage backend {settings.storage_backend!r}")
