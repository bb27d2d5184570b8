"""The internet, faked for the production-like stack: one process serving the fake Gemini
(and Anthropic/OpenAI) upstream, the fake Stripe API, an S3 server (moto) and an SMTP sink,
all on 127.0.0.1 at zero latency, plus a small control endpoint the fault suite uses.

    python -m scripts.stack.fakes STATE.json

Writes the URLs to STATE.json once everything listens, then serves until SIGTERM.
Control (JSON over HTTP POST to `control`):
    /llm   {"latency": 0.0, "hang_calls": 0, "hang_seconds": 120}
           hang_calls: the next N model calls stall hang_seconds (beyond any client timeout)
    /smtp  {"up": true|false}     false: the SMTP port refuses connections
    /stats -> {"llm_calls": n, "llm_started": n, "smtp_messages": n}
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.support.fake_llm import FakeCall, FakeLLMServer, default_responder
from tests.support.fake_s3 import start_moto_s3
from tests.support.fake_stripe import FakeStripe
from tests.support.generations import length_writer
from tests.support.preview_pages import demo_analysis

BUCKET = "pagewright-stack"
_write = length_writer(0.0)
_ANALYSIS = json.dumps(demo_analysis())  # examples/landing.png with its boxes


def responder(call: FakeCall) -> str:
    """A vision call gets the demo page's analysis; a writing call hits every target."""
    if call.images:
        return _ANALYSIS
    if "exactly" in call.prompt:
        return _write(call)
    return default_responder(call)


class SmtpSink:
    """Enough SMTP for smtplib (no STARTTLS): accepts every message, counts them."""

    def __init__(self) -> None:
        self.messages = 0
        self.port = 0
        self._server: asyncio.AbstractServer | None = None
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, daemon=True).start()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def say(line: str) -> None:
            writer.write((line + "\r\n").encode())

        say("220 stack-smtp ready")
        in_data = False
        try:
            while line := await reader.readline():
                text = line.decode(errors="replace").rstrip("\r\n")
                if in_data:
                    if text == ".":
                        in_data = False
                        self.messages += 1
                        say("250 queued")
                    continue
                verb = text[:4].upper()
                if verb in ("EHLO", "HELO"):
                    say("250 stack-smtp")
                elif verb == "DATA":
                    in_data = True
                    say("354 go ahead")
                elif verb == "QUIT":
                    say("221 bye")
                    await writer.drain()
                    break
                else:
                    say("250 ok")
                await writer.drain()
        finally:
            writer.close()

    async def _start(self, port: int) -> None:
        self._server = await asyncio.start_server(self._session, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    def up(self, port: int = 0) -> None:
        asyncio.run_coroutine_threadsafe(self._start(port), self._loop).result(10)

    def down(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)


def _control(llm: FakeLLMServer, smtp: SmtpSink) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _answer(self, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if self.path == "/llm":
                llm.latency = float(body.get("latency", llm.latency))
                llm.timeout_sleep = float(body.get("hang_seconds", llm.timeout_sleep))
                if body.get("hang_calls"):
                    llm.fail_next("timeout", count=int(body["hang_calls"]))
                if body.get("clear"):
                    with llm._lock:
                        llm._faults.clear()
            elif self.path == "/smtp":
                if body.get("up"):
                    smtp.up(smtp.port)
                else:
                    smtp.down()
            self._answer(
                {
                    "llm_calls": len(llm.calls),
                    "llm_started": llm.started,
                    "smtp_messages": smtp.messages,
                }
            )

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(state: Path) -> None:
    llm = FakeLLMServer().start()
    llm.responder = responder
    llm.timeout_sleep = 120.0
    stripe = FakeStripe().start()
    s3 = start_moto_s3(BUCKET)
    smtp = SmtpSink()
    smtp.up()
    control = _control(llm, smtp)
    host, port = control.server_address[:2]
    state.write_text(
        json.dumps(
            {
                "llm": llm.url,
                "stripe": stripe.base_url,
                "s3": s3,
                "bucket": BUCKET,
                "smtp_port": smtp.port,
                "control": f"http://{host!s}:{port}",
            }
        )
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(5):
        # The fake keeps every call for assertions; a long run only needs `started`.
        with llm._lock:
            del llm.calls[:-1000]
            llm.accepted_log.clear()
    llm.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
