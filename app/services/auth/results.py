"""What a successful sign-in hands back to the web layer."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import User
from app.services.auth.sessions import IssuedTokens


@dataclass(frozen=True)
class SignIn:
    user: User
    tokens: IssuedTokens
    created: bool = False
