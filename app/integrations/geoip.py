"""Optional GeoIP lookup (a MaxMind/DB-IP country database in the .mmdb format)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import maxminddb
import structlog

log = structlog.get_logger(__name__)


@lru_cache(maxsize=4)
def _reader(path: str) -> Any:
    return maxminddb.open_database(path)


def country_for_ip(database: Path | None, ip: str | None) -> str | None:
    """ISO country code of `ip`, or None (no database, unknown or private address)."""
    if database is None or not ip:
        return None
    try:
        record = _reader(str(database)).get(ip)
    except (ValueError, OSError, maxminddb.InvalidDatabaseError):
        log.warning("geoip.lookup_failed", exc_info=True)
        return None
    if not isinstance(record, dict):
        return None
    country = record.get("country") or record.get("registered_country") or {}
    code = country.get("iso_code") if isinstance(country, dict) else None
    return code.upper() if isinstance(code, str) and len(code) == 2 else None
