"""The mail backends: SMTP against a tiny local SMTP server, memory, console."""

from __future__ import annotations

import asyncio
from email import message_from_bytes

import pytest

from app.core.config import get_settings
from app.integrations.email import ConsoleSender, Email, MemorySender, SmtpSender, get_sender


class FakeSmtp:
    """Speaks just enough SMTP (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, QUIT) on 127.0.0.1."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.auth: list[str] = []
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 fake ESMTP\r\n")
        sender, rcpts = "", []
        while line := await reader.readline():
            cmd = line.decode().strip()
            upper = cmd.upper()
            if upper.startswith("EHLO"):
                writer.write(b"250-fake\r\n250 AUTH PLAIN LOGIN\r\n")
            elif upper.startswith("AUTH"):
                self.auth.append(cmd)
                writer.write(b"235 ok\r\n")
            elif upper.startswith("MAIL FROM"):
                sender = cmd[10:]
                writer.write(b"250 ok\r\n")
            elif upper.startswith("RCPT TO"):
                rcpts.append(cmd[8:])
                writer.write(b"250 ok\r\n")
            elif upper == "DATA":
                writer.write(b"354 go\r\n")
                await writer.drain()
                data = b""
                while (chunk := await reader.readline()) != b".\r\n":
                    data += chunk
                self.messages.append((sender, rcpts, data))
                writer.write(b"250 queued\r\n")
            elif upper == "QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
        writer.close()


async def test_smtp_backend_delivers(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSmtp()
    server = await asyncio.start_server(fake.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    settings = get_settings().model_copy(
        update={
            "email_backend": "smtp",
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "smtp_starttls": False,
            "smtp_username": "mailer",
            "smtp_password": None,
        }
    )
    sender = get_sender(settings)
    assert isinstance(sender, SmtpSender)
    async with server:
        await sender.send(Email(to="dest@example.com", subject="Hello", text="Body text"))
    assert len(fake.messages) == 1
    _, rcpts, data = fake.messages[0]
    assert rcpts == ["<dest@example.com>"]
    mail = message_from_bytes(data)
    assert mail["Subject"] == "Hello" and mail["To"] == "dest@example.com"
    assert "Body text" in mail.get_payload()


def test_backend_choice() -> None:
    settings = get_settings()
    assert isinstance(get_sender(settings), MemorySender)  # the suite's EMAIL_BACKEND=memory
    console = settings.model_copy(update={"email_backend": "console"})
    assert isinstance(get_sender(console), ConsoleSender)
    with pytest.raises(RuntimeError):
        get_sender(settings.model_copy(update={"email_backend": "smtp", "smtp_host": None}))
