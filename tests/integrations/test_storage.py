"""Local storage: round trip, delete, and keys that try to leave the root."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.config import get_settings
from app.integrations.storage import LocalStorage, StorageError, get_storage


async def test_put_get_delete_round_trip(tmp_path: Path) -> None:
    store = LocalStorage(tmp_path)
    await store.put("u1/abc.png", b"\x89PNG data")
    assert await store.exists("u1/abc.png")
    assert await store.get("u1/abc.png") == b"\x89PNG data"
    assert (tmp_path / "u1" / "abc.png").read_bytes() == b"\x89PNG data"
    await store.delete("u1/abc.png")
    assert not await store.exists("u1/abc.png")
    await store.delete("u1/abc.png")  # deleting twice is fine
    with pytest.raises(StorageError):
        await store.get("u1/abc.png")


async def test_overwrite_leaves_no_temp_files(tmp_path: Path) -> None:
    store = LocalStorage(tmp_path)
    await store.put("k.bin", b"one")
    await store.put("k.bin", b"two")
    assert await store.get("k.bin") == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.bin"]


@pytest.mark.parametrize("key", ["../escape.png", "/etc/passwd", "a/../../b", "", "a\x00b"])
async def test_keys_cannot_leave_the_root(tmp_path: Path, key: str) -> None:
    store = LocalStorage(tmp_path / "root")
    with pytest.raises(StorageError):
        await store.put(key, b"x")
    assert not (tmp_path / "escape.png").exists()


def test_default_storage_is_the_upload_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "storage_backend", "local")
    store = get_storage()
    assert isinstance(store, LocalStorage)
    assert store.root == get_settings().upload_dir.resolve()
