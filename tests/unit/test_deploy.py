"""docker-compose.yml cannot run here (no Docker engine), so its promises are checked statically."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _services() -> dict:
    return COMPOSE["services"]


@pytest.mark.parametrize("name", ["kafka", "worker", "prometheus", "grafana"])
def test_compose_has_service(name: str) -> None:
    assert name in _services()


def test_every_image_is_pinned() -> None:
    for name, service in _services().items():
        image = service.get("image")
        assert image, f"{name} has no image"
        repo, _, tag = image.rpartition(":")
        assert repo and tag and tag != "latest", f"{name}: image {image!r} is not pinned to a version"


def test_kafka_is_the_official_image_in_kraft_mode() -> None:
    kafka = _services()["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    assert not any("zookeeper" in str(v).lower() for v in kafka["environment"].values())


def test_kafkas_log_is_on_its_volume() -> None:
    # Without log.dirs the image writes to /tmp/kraft-combined-logs: a recreated container lost every topic.
    kafka = _services()["kafka"]
    log_dirs = kafka["environment"]["KAFKA_LOG_DIRS"]
    assert any(volume.split(":")[1] == log_dirs for volume in kafka["volumes"])


def test_every_mounted_file_exists() -> None:
    for name, service in _services().items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith((".", "/")):
                assert (ROOT / source).exists(), f"{name} mounts {source}, which does not exist"
        build = service.get("build")
        if build:
            assert (ROOT / build["context"] / build["dockerfile"]).is_file()


def test_ports_agree_with_settings_defaults() -> None:
    defaults = Settings()
    worker = _services()["worker"]
    assert f"127.0.0.1:{defaults.web_port}:{defaults.web_port}" in worker["ports"]
    assert worker["environment"]["WIREMON_WEB_PORT"] == str(defaults.web_port)
    broker_port = defaults.bootstrap_servers[0].rsplit(":", 1)[1]
    assert f"127.0.0.1:{broker_port}:{broker_port}" in _services()["kafka"]["ports"]
    scrape = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
    (discovery,) = scrape["scrape_configs"][0]["dns_sd_configs"]
    assert discovery["names"] == ["worker"] and discovery["port"] == defaults.web_port


def test_ports_are_published_on_localhost_only() -> None:
    for name, service in _services().items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def test_services_restart_after_a_crash() -> None:
    for name, service in _services().items():
        assert service.get("restart") == "unless-stopped", name


def test_worker_state_dir_is_on_the_volume_and_can_be_one_per_replica() -> None:
    # One worker keeps its state across recreation in /data; scaled replicas are told (README, compose
    # header) to set WIREMON_DATA_DIR='/data/{hostname}', which the compose file passes through.
    assert _services()["worker"]["environment"]["WIREMON_DATA_DIR"] == "${WIREMON_DATA_DIR:-/data}"
    assert "worker-data:/data" in _services()["worker"]["volumes"]
    scale = "WIREMON_DATA_DIR='/data/{hostname}' docker compose up -d --scale worker=3"
    assert scale in (ROOT / "README.md").read_text()


def test_healthcheck_follows_the_configured_web_port() -> None:
    dockerfile = (ROOT / "deploy/Dockerfile").read_text()
    healthcheck = dockerfile[dockerfile.index("HEALTHCHECK"):].split("\n\n")[0]
    assert "WIREMON_WEB_PORT" in healthcheck and "6066/health" not in healthcheck


def test_dockerfile_exposes_the_web_port() -> None:
    dockerfile = (ROOT / "deploy/Dockerfile").read_text()
    assert f"EXPOSE {Settings().web_port}" in dockerfile


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci/run").read_text()
    assert "make test" in (ROOT / "README.md").read_text()


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"`WIREMON_{name.upper()}`" in readme, f"WIREMON_{name.upper()} is missing from the README"
