"""Google ID token verification against a local JWKS server with our own keys."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import pytest

from app.integrations.google import GoogleTokenError, GoogleUnavailable, verify_id_token
from tests.support.fake_google import (
    FakeGoogle,
    RsaKey,
    fake_google_server,
    google_configured,
)


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    with fake_google_server() as fake, google_configured(fake):
        yield fake


async def test_good_token_gives_identity(google: FakeGoogle) -> None:
    identity = await verify_id_token(google.good())
    assert identity.sub == "1098765432101234567890"
    assert identity.email == "google.user@example.com"
    assert identity.email_verified is True
    assert identity.name == "Grace Google"
    assert identity.picture and identity.picture.startswith("https://")


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("wrong_aud", "invalid signature or claims"),
        ("wrong_iss", "wrong issuer"),
        ("expired", "invalid signature or claims"),
        ("bad_signature", "invalid signature or claims"),
        ("unverified_email", "email not verified by Google"),
    ],
)
async def test_bad_tokens_are_refused(google: FakeGoogle, kind: str, reason: str) -> None:
    with pytest.raises(GoogleTokenError) as err:
        await verify_id_token(getattr(google, kind)())
    assert err.value.reason == reason


async def test_hs256_and_none_algorithms_are_refused(google: FakeGoogle) -> None:
    from jose import jwt

    hs = jwt.encode(
        google.claims(), "secret", algorithm="HS256", headers={"kid": google.keys[0].kid}
    )
    with pytest.raises(GoogleTokenError):
        await verify_id_token(hs)
    _, payload, _ = google.good().split(".")
    none_header = (
        base64.urlsafe_b64encode(json.dumps({"alg": "none", "kid": google.keys[0].kid}).encode())
        .rstrip(b"=")
        .decode()
    )
    with pytest.raises(GoogleTokenError):
        await verify_id_token(f"{none_header}.{payload}.")
    with pytest.raises(GoogleTokenError):
        await verify_id_token("not-a-jwt")


async def test_keys_are_cached_per_max_age(google: FakeGoogle) -> None:
    await verify_id_token(google.good())
    await verify_id_token(google.good())
    assert google.fetches == 1


async def test_zero_max_age_refetches(google: FakeGoogle) -> None:
    google.max_age = 0
    await verify_id_token(google.good())
    await verify_id_token(google.good())
    assert google.fetches == 2


async def test_unknown_kid_triggers_exactly_one_refetch(google: FakeGoogle) -> None:
    await verify_id_token(google.good())
    assert google.fetches == 1
    # Google rotated in a new key after our fetch: one refetch finds it.
    rotated = RsaKey.generate()
    google.keys.append(rotated)
    identity = await verify_id_token(google.sign(google.claims(), rotated))
    assert identity.email == "google.user@example.com"
    assert google.fetches == 2
    # A key that is nowhere: one refetch, then refused.
    with pytest.raises(GoogleTokenError) as err:
        await verify_id_token(google.unknown_kid())
    assert err.value.reason == "unknown signing key"
    assert google.fetches == 3


async def test_unreachable_jwks_is_unavailable(google: FakeGoogle) -> None:
    from app.core.config import get_settings

    get_settings().google_jwks_url = google.url.replace("/oauth2/v3/certs", "/missing")
    with pytest.raises(GoogleUnavailable):
        await verify_id_token(google.good())
