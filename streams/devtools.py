"""Local development harness shared by ``make demo``, the integration tests and the benchmarks.

It starts what a developer's machine lacks: a Kafka broker (``KAFKA_BOOTSTRAP_SERVERS`` when set, else
testcontainers when a Docker daemon answers, else the project's own KRaft broker from Maven Central jars)
and worker processes, and reads topics back. Nothing here is used by the worker itself.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KAFKA_SCRIPT = ROOT / "deploy" / "kafka" / "kafka.sh"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _free_port_pair() -> int:
    # The local broker's controller listens on port + 1.
    for _ in range(50):
        port = free_port()
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of ports on 127.0.0.1")


@dataclass
class Broker:
    """A reachable Kafka cluster and how to stop it (a no-op for one we did not start)."""

    bootstrap_servers: str
    kind: str  # "external" | "testcontainers" | "local"
    _stop: list = field(default_factory=list, repr=False)
    #: The broker's log directory when its files are on this machine (the local broker): tests corrupt them.
    log_dir: Path | None = None

    def stop(self) -> None:
        while self._stop:
            self._stop.pop()()


class LocalBroker:
    """The project's KRaft broker (``deploy/kafka/kafka.sh``) on a free loopback port and a private data dir."""

    def __init__(self, port: int | None = None, run_dir: Path | None = None) -> None:
        self.port = port or _free_port_pair()
        self._tmp = None if run_dir else tempfile.TemporaryDirectory(prefix="wiremon-kafka-")
        self.run_dir = run_dir or Path(self._tmp.name)  # type: ignore[union-attr]

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "KAFKA_LOCAL_PORT": str(self.port), "KAFKA_LOCAL_DIR": str(self.run_dir),
                "PYTHON": sys.executable}

    def start(self) -> str:
        subprocess.run(["bash", str(KAFKA_SCRIPT), "start"], env=self.env, check=True)
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        subprocess.run(["bash", str(KAFKA_SCRIPT), "stop"], env=self.env, check=False)
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def docker_available() -> bool:
    """True when a Docker daemon answers (not merely when the docker CLI is installed)."""
    try:
        import docker  # testcontainers' dependency

        client = docker.from_env(timeout=3)
        client.ping()
        return True
    except Exception:
        return False


def start_broker() -> Broker:
    """A broker for tests and the demo: external, testcontainers, or the local KRaft broker, in that order."""
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:
        return Broker(external, "external")
    if docker_available():
        from testcontainers.kafka import KafkaContainer

        container = KafkaContainer("confluentinc/cp-kafka:7.7.1").with_kraft()
        container.start()
        return Broker(container.get_bootstrap_server(), "testcontainers", [container.stop])
    local = LocalBroker()
    servers = local.start()
    return Broker(servers, "local", [local.stop], log_dir=local.run_dir / "data")


def unique_namespace(prefix: str = "wm") -> dict[str, str]:
    """``WIREMON_*`` variables for a private app id and topics, so runs on a shared broker never mix."""
    tag = f"{prefix}{uuid.uuid4().hex[:8]}"
    return {
        "WIREMON_APP_ID": f"{tag}-app",
        "WIREMON_TOPIC_RAW": f"{tag}.articles.raw",
        "WIREMON_TOPIC_ENRICHED": f"{tag}.articles.enriched",
        "WIREMON_TOPIC_ALERTS": f"{tag}.alerts",
        "WIREMON_TOPIC_DEADLETTER": f"{tag}.articles.deadletter",
    }


class WorkerProcess:
    """``python -m streams worker`` as a child process with its own environment and log file."""

    def __init__(self, env: Mapping[str, str], log_path: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.web_port = int(self.env.get("WIREMON_WEB_PORT", "6066"))
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        log.close()
        return self

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 30.0) -> None:
        """Graceful stop (SIGTERM: Faust commits and closes), then SIGKILL after ``timeout``."""
        if not self.running:
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL the whole process group: a crash, as far as Kafka can tell."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def read_topic(
    bootstrap_servers: str,
    topic: str,
    *,
    expect: int | None = None,
    timeout: float = 60.0,
    idle: float | None = None,
    until: object = None,
) -> list:
    """Consume ``topic`` from the beginning; return the records once ``expect`` arrived, ``until(records)`` is
    true, nothing new came for ``idle`` seconds, or ``timeout`` passed."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic, bootstrap_servers=bootstrap_servers, group_id=None, auto_offset_reset="earliest",
        enable_auto_commit=False, consumer_timeout_ms=int(1000 * (idle or timeout)),
    )
    records = []
    deadline = time.monotonic() + timeout
    last = time.monotonic()
    try:
        while time.monotonic() < deadline:
            batch = consumer.poll(timeout_ms=300)
            for chunk in batch.values():
                records.extend(chunk)
            if batch:
                last = time.monotonic()
            if expect is not None and len(records) >= expect:
                break
            if until is not None and until(records):  # type: ignore[operator]
                break
            if idle is not None and time.monotonic() - last > idle:
                break
    finally:
        consumer.close()
    return records


def wait_for_http(url: str, timeout: float = 60.0) -> bool:
    """Poll ``url`` until it answers 200."""
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


@contextlib.contextmanager
def broker() -> Iterator[Broker]:
    """``with broker() as b:`` a running broker, stopped afterwards if we started it."""
    b = start_broker()
    try:
        yield b
    finally:
        b.stop()
