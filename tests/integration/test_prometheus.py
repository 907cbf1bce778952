"""A real Prometheus scrapes a real worker: every dashboard and rule expression evaluates, throughput has data."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from streams.devtools import free_port, read_topic, wait_for_http
from streams.pipeline import Analyzers, Pipeline
from tests.integration.conftest import article
from tests.unit.test_repost_families import DATA as REPOST_FAMILIES

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy/grafana/dashboards/wiremon.json"
RULES = ROOT / "deploy/prometheus/rules.yml"


def _expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    for group in yaml.safe_load(RULES.read_text())["groups"]:
        exprs += [rule["expr"] for rule in group["rules"]]
    return exprs


def _query(base: str, expr: str) -> dict:
    url = f"{base}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def prometheus(tmp_path: Path):
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.fail("prometheus is not installed: `make prometheus-tools` installs it (make test does)")
    port = free_port()
    config = tmp_path / "prometheus.yml"
    targets: list[str] = []

    def start(target: str) -> str:
        targets.append(target)
        config.write_text(yaml.safe_dump({
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(RULES)],
            "scrape_configs": [{"job_name": "wiremon", "static_configs": [{"targets": targets}]}],
        }))
        process = subprocess.Popen(
            [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
             f"--web.listen-address=127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=(tmp_path / "prometheus.log").open("wb"),
        )
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        assert wait_for_http(f"{base}/-/ready", timeout=60), (tmp_path / "prometheus.log").read_text()[-2000:]
        return base

    processes: list[subprocess.Popen] = []
    yield start
    for process in processes:
        process.terminate()
        process.wait(20)


def _value(base: str, expr: str) -> float | None:
    result = _query(base, expr)["data"]["result"]
    return float(result[0]["value"][1]) if result else None


def test_dashboard_and_rules_evaluate_against_real_prometheus(kafka, namespace, start_worker, produce,
                                                              prometheus) -> None:
    worker = start_worker(WIREMON_SUPPRESS_REWORDED="true")
    base = prometheus(f"127.0.0.1:{worker.web_port}")
    # A first scrape before any traffic, so that rate() sees the counters rise.
    deadline = time.monotonic() + 30
    while not _query(base, 'up{job="wiremon"} == 1')["data"]["result"]:
        assert time.monotonic() < deadline, "Prometheus never scraped the worker"
        time.sleep(0.5)
    values = [article(f"m-{i}", f"Story number {i}: the regional parliament approved the budget for schools "
                                f"and hospitals after a long debate about taxes and spending, item {i}.")
              for i in range(20)] + [b"{broken"]
    # a statement, one the writer recalls as said before (counted, not alerted), and a wire story with a repost whose
    # outlet rewrote the opening (its rewording counted, not alerted)
    values += [article("news", "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow would answer the new "
                               "sanctions in kind and without delay."),
               article("recap", "Ранее официальный представитель МИД России Мария Захарова заявляла, что Москва "
                                "никогда не признает решения так называемого трибунала.")]
    family = next(f for f in map(json.loads, REPOST_FAMILIES.read_text(encoding="utf-8").splitlines())
                  if f["family"] == "R08")
    rewritten = next(a for a in family["articles"] if "lead_rewrite" in a["tags"])
    values += [json.dumps({**family["articles"][0]["article"], "id": "wire"}).encode()]
    repost = json.dumps({**rewritten["article"], "id": "repost"}).encode()
    offline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=1e6,
                       novelty_window_seconds=1e6, suppress_reworded=True)
    outcomes = [offline.process(value) for value in [*values, repost]]
    statements = [s for outcome in outcomes if outcome.article is not None for s in outcome.article.statements]
    assert any(s.recalled for s in statements) and any(s.reworded for s in statements)
    # (the repost once its wire copy is through: raw partitions are read in no particular order between them)
    produce(namespace["WIREMON_TOPIC_RAW"], values)
    assert len(read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=23, timeout=90)) == 23
    produce(namespace["WIREMON_TOPIC_RAW"], [repost])
    assert len(read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=24, timeout=90)) == 24

    # Wait until Prometheus has scraped the processed counters at least twice (rate() needs two samples).
    deadline = time.monotonic() + 60
    throughput = []
    while time.monotonic() < deadline:
        throughput = _query(base, "sum(rate(wiremon_articles_consumed_total[5m]))")["data"]["result"]
        if throughput and float(throughput[0]["value"][1]) > 0:
            break
        time.sleep(1)
    assert throughput and float(throughput[0]["value"][1]) > 0, "no throughput data scraped"

    failures = []
    for expr in _expressions():
        answer = _query(base, expr)
        if answer.get("status") != "success":
            failures.append(f"{expr}: {answer}")
    assert not failures, "\n".join(failures)

    for expr in ("sum(rate(wiremon_articles_enriched_total[5m]))", "sum(up{job=\"wiremon\"})"):
        result = _query(base, expr)["data"]["result"]
        assert result and float(result[0]["value"][1]) > 0, expr
    # The worker's Faust monitor: its first partition assignment was a rebalance, and it published records.
    for expr in ("sum(wiremon_rebalances_total)", "sum(wiremon_kafka_send_duration_seconds_count)",
                 "sum(wiremon_rebalance_duration_seconds_count)"):
        result = _query(base, expr)["data"]["result"]
        assert result and float(result[0]["value"][1]) >= 1, expr
    rebalancing = _query(base, "sum(wiremon_rebalancing)")["data"]["result"]
    assert rebalancing and float(rebalancing[0]["value"][1]) == 0
    up = _query(base, 'up{job="wiremon"}')["data"]["result"]
    assert up and up[0]["value"][1] == "1"
    dead = _query(base, 'sum(wiremon_articles_deadlettered_total{reason="not_json"})')["data"]["result"]
    assert dead and float(dead[0]["value"][1]) == 1.0
    # (as the offline pipeline counts them: its alerts are the worker's, tests/integration/test_alerts.py; the
    # worker runs with WIREMON_SUPPRESS_REWORDED, so the rewording is counted and not alerted)
    expected = {"sum(wiremon_statements_found_total)": float(len(statements)),
                "sum(wiremon_statements_recalled_total)": float(sum(s.recalled for s in statements)),
                "sum(wiremon_statements_reworded_total)": float(sum(s.reworded for s in statements)),
                "sum(wiremon_alerts_emitted_total)": float(sum(len(outcome.alerts) for outcome in outcomes))}
    deadline = time.monotonic() + 60
    while (scraped := {expr: _value(base, expr) for expr in expected}) != expected and time.monotonic() < deadline:
        time.sleep(1)  # (the later stages' counters may rise after the scrape that showed the throughput)
    assert scraped == expected
