"""A newcomer finishes sign-up without a front end: readable console mail, a development
link that opens the API's own confirm page, and the `make confirm` shortcut."""

from __future__ import annotations

import io

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.errors import NotFound
from app.integrations.email import ConsoleSender, Email
from app.services.auth.accounts import confirm_email
from tests.api.test_errors import assert_error_shape
from tests.support.mailbox import clear_outbox, link_token, mails_to

REGISTER = "/api/v1/auth/register"
LOGIN = "/api/v1/auth/login"
OPEN = "/api/v1/auth/magic-link/verify"
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _outbox() -> None:
    clear_outbox()


@pytest.fixture
def dev_links(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "email_links_to_api", True)


async def test_development_link_opens_the_api_confirm_page(
    client: AsyncClient, dev_links: None
) -> None:
    email = "newcomer@example.com"
    assert (
        await client.post(REGISTER, json={"email": email, "password": PASSWORD})
    ).status_code == 202
    mail = (await mails_to(email))[-1]
    base = get_settings().public_base_url.rstrip("/")
    link_lines = [line for line in mail.text.splitlines() if "token=" in line]
    assert len(link_lines) == 1 and link_lines[0].startswith(f"{base}{OPEN}?token=")
    token = await link_token(email)

    page = await client.get(OPEN, params={"token": token})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-store"
    assert email in page.text and "Email confirmed" in page.text
    access = page.text.split('word-break: break-all">', 1)[1].split("</pre>", 1)[0]
    me = await client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {access}"})
    assert me.status_code == 200 and me.json()["email_verified"] is True
    # Password sign-in works now, and the link is spent.
    assert (
        await client.post(LOGIN, json={"email": email, "password": PASSWORD})
    ).status_code == 200
    again = await client.get(OPEN, params={"token": token})
    assert again.status_code == 400
    assert_error_shape(again.json(), "INVALID_LINK")


async def test_outside_development_links_go_to_the_front_end_and_the_page_is_off(
    client: AsyncClient,
) -> None:
    assert not get_settings().links_to_api  # the suite runs with ENVIRONMENT=test
    email = "elsewhere@example.com"
    await client.post(REGISTER, json={"email": email, "password": PASSWORD})
    token = await link_token(email)
    mail = (await mails_to(email))[-1]
    assert f"{get_settings().frontend_url}/auth/verify-email?token={token}" in mail.text
    page = await client.get(OPEN, params={"token": token})
    assert page.status_code == 404
    # The token was not spent by the refused GET.
    assert (await client.post(OPEN, json={"token": token})).status_code == 200


def test_production_never_links_to_the_api() -> None:
    settings = get_settings().model_copy(
        update={"environment": "production", "email_links_to_api": True}
    )
    assert settings.links_to_api is False
    dev = get_settings().model_copy(
        update={"environment": "development", "email_links_to_api": None}
    )
    assert dev.links_to_api is True


async def test_console_mail_is_readable_with_the_link_on_its_own_line() -> None:
    out = io.StringIO()
    text = "Confirm your email address.\n\nhttp://localhost:8000/x?token=abc\n\nThanks."
    await ConsoleSender(stream=out).send(Email(to="a@example.com", subject="Hello", text=text))
    printed = out.getvalue()
    assert "\\n" not in printed
    lines = printed.splitlines()
    assert "To: a@example.com" in lines and "Subject: Hello" in lines
    assert "http://localhost:8000/x?token=abc" in lines


async def test_confirm_email_lets_password_login_through(
    client: AsyncClient, session: AsyncSession
) -> None:
    email = "shortcut@example.com"
    await client.post(REGISTER, json={"email": email, "password": PASSWORD})
    assert (
        await client.post(LOGIN, json={"email": email, "password": PASSWORD})
    ).status_code == 401
    token = await link_token(email)
    await confirm_email(session, email=email.upper())
    await session.commit()
    assert (
        await client.post(LOGIN, json={"email": email, "password": PASSWORD})
    ).status_code == 200
    # The mailed link no longer works once the address was confirmed by hand.
    assert (await client.post(OPEN, json={"token": token})).status_code == 400
    with pytest.raises(NotFound):
        await confirm_email(session, email="nobody@example.com")
