"""What the configured storage backend holds, for tests that check writes and deletes on
local disk and, under `make test-s3`, in the S3 bucket."""

from __future__ import annotations

from app.core.config import get_settings


def stored_objects() -> dict[str, int]:
    """Every stored object's key (relative to the storage root or prefix) and its size."""
    settings = get_settings()
    if settings.storage_backend == "s3":
        import boto3

        secret = settings.s3_secret_access_key
        client = boto3.client(
            "s3",
            endpoint_url=settings.s3_endpoint_url,
            region_name=settings.s3_region,
            aws_access_key_id=settings.s3_access_key_id,
            aws_secret_access_key=secret.get_secret_value() if secret else None,
        )
        found: dict[str, int] = {}
        pages = client.get_paginator("list_objects_v2").paginate(
            Bucket=settings.s3_bucket, Prefix=settings.s3_prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                found[item["Key"].removeprefix(settings.s3_prefix)] = item["Size"]
        return found
    root = settings.upload_dir
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.stat().st_size
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".tmp-")
    }
