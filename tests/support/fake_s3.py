"""Local S3 for tests: moto's server mode speaks the S3 wire format, so the real client
(aiobotocore) is exercised; plus a broken endpoint that fails or stalls on every request."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CREDENTIALS = {"aws_access_key_id": "test-access-key", "aws_secret_access_key": "test-secret-key"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(*buckets: str) -> tuple[str, Any]:
    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log per request
    # Port 0: the kernel picks a free port as the server binds. A port picked beforehand
    # (free_port) can be taken by another process in between, and moto's start() then waits
    # for a server that never comes up, for ever.
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{server.get_host_and_port()[1]}"
    client = boto3.client("s3", endpoint_url=url, region_name="us-east-1", **CREDENTIALS)
    for bucket in buckets:
        client.create_bucket(Bucket=bucket)
    return url, server


def start_moto_s3(*buckets: str) -> str:
    """A moto S3 server for the rest of this process (its thread is a daemon); its URL."""
    return _start(*buckets)[0]


@contextmanager
def moto_s3(*buckets: str) -> Iterator[str]:
    """A moto S3 server on a free loopback port with the given buckets; yields its URL."""
    url, server = _start(*buckets)
    try:
        yield url
    finally:
        server.stop()


@contextmanager
def broken_s3(mode: str, *, stall_seconds: float = 5.0) -> Iterator[tuple[str, list[str]]]:
    """An endpoint that answers every request with a 500 ("error") or stalls ("slow").
    Yields (url, the request lines it saw)."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # answers "Expect: 100-continue" as S3 does

        def _answer(self) -> None:
            seen.append(f"{self.command} {self.path}")
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if mode == "slow":
                time.sleep(stall_seconds)
            body = b"<Error><Code>InternalError</Code><Message>boom</Message></Error>"
            self.send_response(500)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_HEAD = do_DELETE = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
