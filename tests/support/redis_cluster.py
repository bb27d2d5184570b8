"""A private 3-master Redis Cluster on this machine: the test suite's (free ports, killed at
the end) and `make cluster`'s (fixed ports, daemonized, for manual use).

    uv run python -m tests.support.redis_cluster up [--ports 7001,7002,7003] [--dir DIR]
    uv run python -m tests.support.redis_cluster down [--ports 7001,7002,7003]

`up` prints the REDIS_URL to use (redis+cluster://127.0.0.1:7001,...). The servers are
redis-server with --cluster-enabled yes on three ports joined by `redis-cli --cluster create`
(no replicas); ready once every node reports cluster_state:ok with all 16384 slots.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import redis

from app.core.redis import make_client

SLOTS = 16384


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    """A free port whose cluster bus port (the port + 10000) is free too."""
    for _ in range(1000):
        port = random.randint(20000, 55000)
        if _free(port) and _free(port + 10000):
            return port
    raise RuntimeError("no free port pair for a cluster node")


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        # Loud on purpose: the cluster tests must fail, not skip, where Redis is missing.
        raise RuntimeError(
            f"{name} is not on PATH: the Redis Cluster tests and `make cluster` "
            "need the Redis server binaries (e.g. apt install redis-server)"
        )
    return path


class OwnCluster:
    """Three cluster-enabled redis-servers on `ports` (free ones by default), joined."""

    def __init__(self, workdir: Path, ports: list[int] | None = None, *, daemonize: bool = False):
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.ports = ports or [_free_port() for _ in range(3)]
        self.daemonize = daemonize
        self.procs: list[subprocess.Popen[bytes]] = []
        server, cli = _binary("redis-server"), _binary("redis-cli")
        try:
            for port in self.ports:
                self._start(server, port)
            subprocess.run(
                [
                    cli,
                    "--cluster",
                    "create",
                    *(f"127.0.0.1:{p}" for p in self.ports),
                    "--cluster-replicas",
                    "0",
                    "--cluster-yes",
                ],
                check=True,
                capture_output=True,
                timeout=30,
            )
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    @property
    def url(self) -> str:
        return "redis+cluster://" + ",".join(f"127.0.0.1:{p}" for p in self.ports)

    def node(self, port: int) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=port, socket_timeout=5)

    def _start(self, server: str, port: int) -> None:
        pidfile = self.workdir / f"redis-{port}.pid"
        with contextlib.suppress(FileNotFoundError):
            (self.workdir / f"nodes-{port}.conf").unlink()  # a fresh node, never an old one
        command = [
            server, "--port", str(port), "--bind", "127.0.0.1",
            "--cluster-enabled", "yes", "--cluster-config-file", f"nodes-{port}.conf",
            "--cluster-node-timeout", "5000", "--save", "", "--appendonly", "no",
            "--dir", str(self.workdir), "--pidfile", str(pidfile),
            "--daemonize", "yes" if self.daemonize else "no",
        ]  # fmt: skip
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not self.daemonize:
            self.procs.append(proc)
        deadline = time.monotonic() + 10
        client = self.node(port)
        while True:
            if not self.daemonize and proc.poll() is not None:
                raise RuntimeError(f"redis-server did not start on port {port} (in use?)")
            try:
                # Ours, not another server already listening on a fixed port.
                expected = proc.pid if not self.daemonize else int(pidfile.read_text())
                if client.info("server")["process_id"] == expected:
                    return
            except (redis.ConnectionError, FileNotFoundError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server on port {port} did not answer as ours")
            time.sleep(0.05)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            infos = [self.node(p).cluster("info") for p in self.ports]
            if all(
                i["cluster_state"] == "ok"
                and int(i["cluster_slots_assigned"]) == SLOTS
                and int(i["cluster_known_nodes"]) == len(self.ports)
                for i in infos
            ):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the cluster on {self.ports} did not become ready: {infos}")
            time.sleep(0.1)

    def flush(self) -> None:
        """Empty every node (the cluster is private to this run)."""
        for port in self.ports:
            self.node(port).flushall()

    def client(self) -> redis.cluster.RedisCluster:
        return make_client(self.url, decode_responses=True, sync=True)  # type: ignore[no-any-return]

    def stop(self) -> None:
        for proc in self.procs:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        self.procs = []
        if self.daemonize:
            for port in self.ports:
                with contextlib.suppress(redis.ConnectionError):
                    self.node(port).shutdown(nosave=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="A local 3-master Redis Cluster.")
    parser.add_argument("action", choices=["up", "down"])
    parser.add_argument("--ports", default="7001,7002,7003")
    parser.add_argument("--dir", default="data/redis-cluster")
    args = parser.parse_args()
    ports = [int(p) for p in args.ports.split(",")]
    if args.action == "up":
        cluster = OwnCluster(Path(args.dir).resolve(), ports, daemonize=True)
        print(f"REDIS_URL={cluster.url}")
        print(f"stop it with: make cluster-stop CLUSTER_PORTS={args.ports}")
        return
    for port in ports:
        with contextlib.suppress(redis.ConnectionError):
            redis.Redis(host="127.0.0.1", port=port, socket_timeout=5).shutdown(nosave=True)
            print(f"stopped 127.0.0.1:{port}")


if __name__ == "__main__":
    main()
