"""Country: the trusted header wins; otherwise the optional GeoIP database; else unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from httpx import AsyncClient
from mmdb_writer import MMDBWriter
from netaddr import IPSet
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.models import AnalyticsEvent
from app.services.analytics.geo import resolve_country
from tests.support.factories import create_user


@pytest.fixture
def geoip_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "country.mmdb"
    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type="GeoIP2-Country")
    writer.insert_network(IPSet(["203.0.113.0/24"]), {"country": {"iso_code": "NZ"}})
    writer.insert_network(IPSet(["198.51.100.0/24"]), {"registered_country": {"iso_code": "de"}})
    writer.to_db_file(str(path))
    monkeypatch.setattr(get_settings(), "geoip_database_path", path)
    return path


def test_header_wins_over_database(geoip_db: Path) -> None:
    assert resolve_country("fr", "203.0.113.9") == "FR"


def test_database_answers_without_header(geoip_db: Path) -> None:
    assert resolve_country(None, "203.0.113.9") == "NZ"
    assert resolve_country("", "198.51.100.4") == "DE"
    assert resolve_country("XX1", "192.0.2.1") is None  # bad header, address not in the db


def test_no_database_means_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "geoip_database_path", None)
    assert resolve_country(None, "203.0.113.9") is None


def test_broken_database_is_unknown_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.mmdb"
    bad.write_bytes(b"not a database")
    monkeypatch.setattr(get_settings(), "geoip_database_path", bad)
    assert resolve_country(None, "203.0.113.9") is None


async def test_login_event_carries_the_geoip_country(
    client: AsyncClient, session: AsyncSession, geoip_db: Path
) -> None:
    user = await create_user(session, password="a long enough password")
    r = await client.post(
        "/api/v1/auth/login", json={"email": user.email, "password": "a long enough password"}
    )
    assert r.status_code == 200
    event = (
        await session.execute(
            select(AnalyticsEvent).where(AnalyticsEvent.event_type == "user.login")
        )
    ).scalar_one()
    assert event.country == "NZ"  # the test client's address is 203.0.113.7
    await session.refresh(user)
    assert user.country == "NZ"
