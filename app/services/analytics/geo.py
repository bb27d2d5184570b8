"""The caller's country: the trusted header first, then the optional GeoIP database."""

from __future__ import annotations

from app.core.config import get_settings
from app.integrations.geoip import country_for_ip


def resolve_country(header_value: str | None, ip: str | None) -> str | None:
    if header_value and len(header_value) == 2 and header_value.isalpha():
        return header_value.upper()
    return country_for_ip(get_settings().geoip_database_path, ip)
