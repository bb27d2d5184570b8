"""Every shell block of README.md runs, as a newcomer would paste it into a fresh shell.

Each ```bash / ```sh / ```shell block runs in order in its own `bash -eo pipefail` with a
fresh environment (a plain PATH without ~/.local/bin, HOME, a scratch DATA_DIR; none of the
suite's settings), from the repository root. A directive in an HTML comment on the line
before a block changes that:

    <!-- readme-test: skip (why) -->      not run; the reason is required
    <!-- readme-test: background -->      a server: started, awaited on /health, and left
                                          running for the blocks after it (stopped at the end)
    <!-- readme-test: timeout 300 -->     a longer limit than the default

The README's http://127.0.0.1:8000 is rewritten to a free port, so the run never meets a
server someone else left on 8000.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHELLS = {"bash", "sh", "shell"}
FENCE = re.compile(r"^```(\w*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*readme-test:\s*(.*?)\s*-->$")
DEFAULT_TIMEOUT = 180
SERVER_START_TIMEOUT = 180
README_PORT = "127.0.0.1:8000"


@dataclass
class Block:
    line: int
    code: str
    directive: str

    @property
    def skip_reason(self) -> str | None:
        match = re.fullmatch(r"skip\s*\((.+)\)", self.directive)
        return match.group(1).strip() if match else None

    @property
    def background(self) -> bool:
        return self.directive == "background"

    @property
    def timeout(self) -> int:
        match = re.fullmatch(r"timeout\s+(\d+)", self.directive)
        return int(match.group(1)) if match else DEFAULT_TIMEOUT


def shell_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        start, language = i, fence.group(1)
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i])
            i += 1
        i += 1
        if language not in SHELLS:
            continue
        before = start - 1
        while before >= 0 and not lines[before].strip():
            before -= 1
        directive = ""
        if before >= 0 and (found := DIRECTIVE.match(lines[before].strip())):
            directive = found.group(1)
        blocks.append(Block(line=start + 1, code="\n".join(body) + "\n", directive=directive))
    return blocks


def test_directives_are_understood() -> None:
    text = (
        "```bash\necho one\n```\n\n<!-- readme-test: skip (needs Docker) -->\n\n```sh\nx\n```\n"
        "<!-- readme-test: background -->\n```bash\nmake run\n```\n"
        "```python\nprint()\n```\n<!-- readme-test: timeout 9 -->\n```shell\ny\n```\n"
    )
    blocks = shell_blocks(text)
    assert [b.code for b in blocks] == ["echo one\n", "x\n", "make run\n", "y\n"]
    assert blocks[1].skip_reason == "needs Docker"
    assert blocks[2].background and blocks[3].timeout == 9
    assert blocks[0].skip_reason is None and blocks[0].timeout == DEFAULT_TIMEOUT
    # A skip without its reason is not a skip: the block would run (and fail loudly).
    assert shell_blocks("<!-- readme-test: skip -->\n```bash\nz\n```\n")[0].skip_reason is None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fresh_env(data_dir: Path, port: int) -> dict[str, str]:
    return {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "DATA_DIR": str(data_dir),
        "PORT": str(port),
        "UV_NO_PROGRESS": "1",
    }


def _wait_healthy(proc: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server block exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the server did not answer /health in {SERVER_START_TIMEOUT}s:\n{log.read_text()}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def servers() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        _stop(proc)


def test_every_readme_shell_block_runs_in_a_fresh_shell(
    tmp_path: Path, servers: list[subprocess.Popen[bytes]]
) -> None:
    blocks = shell_blocks((ROOT / "README.md").read_text())
    assert blocks, "README.md has no shell blocks"
    before = _tree_status()
    port = _free_port()
    env = _fresh_env(tmp_path / "data", port)
    ran = 0
    for block in blocks:
        if block.skip_reason:
            continue
        code = block.code.replace(README_PORT, f"127.0.0.1:{port}")
        where = f"README.md line {block.line}"
        if block.background:
            log = tmp_path / f"server-{block.line}.log"
            with log.open("wb") as out:
                proc = subprocess.Popen(
                    ["bash", "-eo", "pipefail", "-c", code],
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )
            servers.append(proc)
            _wait_healthy(proc, port, log)
            ran += 1
            continue
        proc = subprocess.Popen(
            ["bash", "-eo", "pipefail", "-c", code],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        try:
            stdout, stderr = proc.communicate(timeout=block.timeout)
        except subprocess.TimeoutExpired:
            _stop(proc)  # the whole group: make, uv and python below the shell
            pytest.fail(f"{where}: still running after {block.timeout}s:\n{block.code}")
        assert proc.returncode == 0, (
            f"{where} failed ({proc.returncode}):\n{block.code}\n"
            f"--- stdout\n{stdout[-4000:]}\n--- stderr\n{stderr[-4000:]}"
        )
        ran += 1
    assert ran, "every README shell block is skipped"
    litter = _tree_status() - before
    assert not litter, f"README commands left files in the repository: {sorted(litter)}"


def _tree_status() -> set[str]:
    """What git sees changed or untracked (ignored files such as .venv excluded)."""
    done = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return set(done.stdout.splitlines()) if done.returncode == 0 else set()
