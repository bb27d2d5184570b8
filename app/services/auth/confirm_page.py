"""The small page a development sign-in link opens (EMAIL_LINKS_TO_API): no front end needed."""

from __future__ import annotations

from html import escape

from app.core.config import get_settings


def confirm_page(*, email: str, access_token: str) -> str:
    settings = get_settings()
    api = settings.public_base_url.rstrip("/")
    minutes = settings.access_token_minutes
    token = escape(access_token)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagewright: signed in</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 46rem; margin: 2rem auto; line-height: 1.5">
<h1>Email confirmed</h1>
<p>{escape(email)} is confirmed and signed in. This page exists in development only.</p>
<p>Access token (valid {minutes} minutes; sign in again with <code>POST /api/v1/auth/login</code>):</p>
<pre style="white-space: pre-wrap; word-break: break-all">{token}</pre>
<p>Try it:</p>
<pre style="white-space: pre-wrap">curl -H "Authorization: Bearer {token}" {escape(api)}/api/v1/users/me</pre>
<p>API docs: <a href="{escape(api)}/api/docs">{escape(api)}/api/docs</a></p>
</body></html>
"""
