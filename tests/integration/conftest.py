"""A real Kafka broker for the whole session and real worker processes: never a mocked Kafka.

The broker is ``KAFKA_BOOTSTRAP_SERVERS`` when set, else testcontainers' Kafka when a Docker daemon
answers, else the project's own KRaft broker (deploy/kafka/kafka.sh) on a free loopback port.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kafka import KafkaProducer

from streams.devtools import Broker, WorkerProcess, broker, free_port, unique_namespace, wait_for_http

pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def kafka() -> Iterator[Broker]:
    with broker() as running:
        yield running


@pytest.fixture
def namespace(kafka: Broker, tmp_path: Path) -> dict[str, str]:
    """Private topics and app id for one test, plus the worker's broker and state settings."""
    return {
        **unique_namespace(),
        "WIREMON_BROKER": kafka.bootstrap_servers,
        "WIREMON_DATA_DIR": str(tmp_path / "state"),
        "WIREMON_LOG_LEVEL": "info",
    }


@pytest.fixture
def start_worker(namespace: dict[str, str], tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start a worker process (``wiremon worker``) that waits until its web server answers."""
    workers: list[WorkerProcess] = []

    def start(**overrides: str) -> WorkerProcess:
        env = {**namespace, "WIREMON_WEB_PORT": str(free_port()), **overrides}
        worker = WorkerProcess(env, tmp_path / f"worker-{len(workers)}.log").start()
        workers.append(worker)
        if not wait_for_http(f"http://127.0.0.1:{worker.web_port}/", timeout=90):
            pytest.fail(f"worker did not start; log:\n{worker.log_tail()}")
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def produce(kafka: Broker) -> Iterator[Callable[[str, list[bytes]], None]]:
    """Produce raw values (keyed by their id when they have one) and wait for the broker's acks."""
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap_servers, acks="all")

    def send(topic: str, values: list[bytes], keys: list[bytes | None] | None = None,
             partitions: list[int] | None = None) -> None:
        futures = [
            producer.send(topic, key=(keys[i] if keys else None), value=v,
                          partition=(partitions[i] if partitions else None))
            for i, v in enumerate(values)
        ]
        producer.flush()
        for future in futures:
            future.get(timeout=30)

    yield send
    producer.close()


def article(id_: str, text: str, **fields: object) -> bytes:
    return json.dumps({"id": id_, "text": text, **fields}, ensure_ascii=False).encode()
