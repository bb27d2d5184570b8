"""The small page a development sign-in link opens (EMAIL_LINKS_TO_API): no front end needed."""

from __future__ import annotations

from html import escape

from app.core.config import get_settings

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagewright: signed in</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 46rem; margin: 2rem auto; line-height: 1.5">
<h1>Email confirmed</h1>
<p>{email} is confirmed and signed in. This page exists in development only.</p>
<p>Access token (valid {minutes} minutes; sign in again with
<code>POST /api/v1/auth/login</code>):</p>
<pre style="white-space: pre-wrap; word-break: break-all">{token}</pre>
<p>Try it:</p>
<pre style="white-space: pre-wrap">
curl -H "Authorization: Bearer {token}" {api}/api/v1/users/me</pre>
<p>API docs: <a href="{api}/api/docs">{api}/api/docs</a></p>
</body></html>
"""


def confirm_page(*, email: str, access_token: str) -> str:
    settings = get_settings()
    return _PAGE.format(
        email=escape(email),
        minutes=settings.access_token_minutes,
        token=escape(access_token),
        api=escape(settings.public_base_url.rstrip("/")),
    )
