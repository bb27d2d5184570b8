"""A local stand-in for Google's JWKS endpoint (HTTP on 127.0.0.1) and a minter of ID tokens
signed with our own RSA keys: good ones and every kind of bad one."""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt

CLIENT_ID = "test-client-id.apps.googleusercontent.com"
ISSUER = "https://accounts.google.com"


def _b64(n: int) -> str:
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@dataclass
class RsaKey:
    kid: str
    private_pem: str
    public_jwk: dict[str, str]

    @classmethod
    def generate(cls, kid: str | None = None) -> RsaKey:
        kid = kid or uuid.uuid4().hex[:16]
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        numbers = key.public_key().public_numbers()
        jwk = {
            "kty": "RSA",
            "alg": "RS256",
            "use": "sig",
            "kid": kid,
            "n": _b64(numbers.n),
            "e": _b64(numbers.e),
        }
        return cls(kid, pem, jwk)


@dataclass
class FakeGoogle:
    url: str = ""
    keys: list[RsaKey] = field(default_factory=list)
    max_age: int = 3600
    fetches: int = 0

    def jwks(self) -> dict[str, Any]:
        return {"keys": [k.public_jwk for k in self.keys]}

    def claims(self, **overrides: Any) -> dict[str, Any]:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "azp": CLIENT_ID,
            "sub": "1098765432101234567890",
            "email": "google.user@example.com",
            "email_verified": True,
            "name": "Grace Google",
            "picture": "https://lh3.googleusercontent.com/a/photo.jpg",
            "iat": now,
            "exp": now + 3600,
        }
        claims.update(overrides)
        return {k: v for k, v in claims.items() if v is not None}

    def sign(self, claims: dict[str, Any], key: RsaKey | None = None) -> str:
        key = key or self.keys[0]
        return jwt.encode(claims, key.private_pem, algorithm="RS256", headers={"kid": key.kid})

    # --- the tokens tests need -----------------------------------------------------------
    def good(self, **overrides: Any) -> str:
        return self.sign(self.claims(**overrides))

    def wrong_aud(self) -> str:
        return self.good(aud="someone-else.apps.googleusercontent.com")

    def wrong_iss(self) -> str:
        return self.good(iss="https://evil.example.com")

    def expired(self) -> str:
        past = int(time.time()) - 7200
        return self.good(iat=past, exp=past + 3600)

    def unverified_email(self) -> str:
        return self.good(email_verified=False)

    def bad_signature(self) -> str:
        """Signed by a key that is not published, under a published key id."""
        impostor = RsaKey.generate(kid=self.keys[0].kid)
        return self.sign(self.claims(), impostor)

    def unknown_kid(self) -> str:
        return self.sign(self.claims(), RsaKey.generate())


@contextmanager
def fake_google_server() -> Iterator[FakeGoogle]:
    fake = FakeGoogle(keys=[RsaKey.generate()])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/oauth2/v3/certs":
                self.send_response(404)
                self.end_headers()
                return
            fake.fetches += 1
            body = json.dumps(fake.jwks()).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Cache-Control", f"public, max-age={fake.max_age}, must-revalidate")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/oauth2/v3/certs"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def google_configured(fake: FakeGoogle) -> Iterator[None]:
    """Point the app's settings at the fake JWKS and start with an empty key cache."""
    from app.core.config import get_settings
    from app.integrations.google import jwks_cache

    settings = get_settings()
    previous = settings.google_jwks_url
    settings.google_jwks_url = fake.url
    jwks_cache.clear()
    try:
        yield
    finally:
        settings.google_jwks_url = previous
        jwks_cache.clear()
