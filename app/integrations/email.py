"""Outgoing mail behind one small interface: console (development), SMTP (production) and an
in-memory outbox that tests read (EMAIL_BACKEND=memory)."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from functools import lru_cache
from typing import Protocol, TextIO

import structlog

from app.core.config import Settings, get_settings

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    text: str


class EmailSender(Protocol):
    async def send(self, message: Email) -> None: ...


def render_console(message: Email) -> str:
    """The mail as a developer reads it in the terminal: real line breaks, so each link sits
    on a line of its own (a log field would escape them into one long line)."""
    rule = "-" * 72
    return (
        f"{rule}\nTo: {message.to}\nSubject: {message.subject}\n\n{message.text.rstrip()}\n{rule}\n"
    )


class ConsoleSender:
    """Development: the mail is printed to standard error (links included, so a developer can
    open them); the log gets one line without the body."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    async def send(self, message: Email) -> None:
        log.info("email.console", to=message.to, subject=message.subject)
        stream = self.stream or sys.stderr
        stream.write(render_console(message))
        stream.flush()


class MemorySender:
    """Tests: every message is kept in `outbox`, newest last."""

    def __init__(self) -> None:
        self.outbox: list[Email] = []

    async def send(self, message: Email) -> None:
        self.outbox.append(message)


class SmtpSender:
    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_host:
            raise RuntimeError("EMAIL_BACKEND=smtp needs SMTP_HOST")
        self.settings = settings

    def _send_sync(self, message: Email) -> None:
        settings = self.settings
        mail = EmailMessage()
        mail["From"] = settings.email_from
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail.set_content(message.text)
        with smtplib.SMTP(str(settings.smtp_host), settings.smtp_port, timeout=20) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_username and settings.smtp_password:
                smtp.login(settings.smtp_username, settings.smtp_password.get_secret_value())
            smtp.send_message(mail)

    async def send(self, message: Email) -> None:
        # smtplib blocks; keep it off the event loop.
        await asyncio.to_thread(self._send_sync, message)


@lru_cache
def _memory_sender() -> MemorySender:
    return MemorySender()


def get_sender(settings: Settings | None = None) -> EmailSender:
    settings = settings or get_settings()
    if settings.email_backend == "memory":
        return _memory_sender()
    if settings.email_backend == "smtp":
        return SmtpSender(settings)
    return ConsoleSender()


def memory_outbox() -> list[Email]:
    """The in-memory backend's outbox (tests)."""
    return _memory_sender().outbox
