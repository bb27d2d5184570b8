"""CSRF tokens for cookie-authenticated requests: signed double submit bound to the session.

A token is `<nonce>.<hmac(secret, "csrf:<session id>:<nonce>")>`. The browser gets it in a
readable cookie (and in the sign-in answer); it must come back in the X-CSRF-Token header.
A token minted for another session (or forged without the key) fails verification.
"""

from __future__ import annotations

import secrets
import uuid

from app.core.security import constant_time_equals, sign


def make_csrf_token(session_id: uuid.UUID) -> str:
    nonce = secrets.token_urlsafe(16)
    return f"{nonce}.{sign(f'csrf:{session_id}:{nonce}')}"


def verify_csrf_token(token: str | None, session_id: uuid.UUID) -> bool:
    if not token or token.count(".") != 1:
        return False
    nonce, signature = token.split(".")
    if not nonce or not signature:
        return False
    return constant_time_equals(signature, sign(f"csrf:{session_id}:{nonce}"))
