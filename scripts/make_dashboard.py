"""Writes deploy/grafana/dashboards/wiremon.json, the provisioned Grafana dashboard.

Every PromQL expression here is evaluated against a real Prometheus by tests/integration/test_prometheus.py.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "deploy" / "grafana" / "dashboards" / "wiremon.json"
DS = {"type": "prometheus", "uid": "prometheus"}

# (title, unit, [(expr, legend)], width)
PANELS: list[tuple[str, str, list[tuple[str, str]], int]] = [
    ("Throughput", "ops", [
        ("sum(rate(wiremon_articles_consumed_total[5m]))", "consumed/s"),
        ("sum(rate(wiremon_articles_enriched_total[5m]))", "enriched/s"),
        ("sum(rate(wiremon_articles_deadlettered_total[5m]))", "dead-lettered/s"),
    ], 12),
    ("Duplicate ratio", "percentunit", [
        ("sum(rate(wiremon_articles_duplicate_total[15m])) / clamp_min(sum(rate(wiremon_articles_enriched_total[15m])), 1e-9)",
         "reposts / enriched"),
    ], 6),
    ("Worker health", "short", [
        ("sum(up{job=\"wiremon\"})", "workers up"),
        ("sum(wiremon_worker_ready)", "workers ready"),
        ("sum(wiremon_rebalancing)", "workers rebalancing"),
        ("sum(increase(wiremon_kafka_send_errors_total[15m]))", "failed sends (15 min)"),
        ("sum(increase(wiremon_records_lost_total[24h]))", "records skipped: retention, corrupt (24 h)"),
    ], 6),
    ("Languages", "ops", [
        ("sum by (lang) (rate(wiremon_articles_by_language_total[15m]))", "{{lang}}"),
    ], 12),
    ("Topics (IPTC)", "ops", [
        ("sum by (topic) (rate(wiremon_articles_by_topic_total[15m]))", "{{topic}}"),
    ], 12),
    ("Alerts by official (last hour)", "short", [
        ("sum by (official) (increase(wiremon_alerts_emitted_total[1h]))", "{{official}}"),
    ], 12),
    ("Dead letters by reason", "ops", [
        ("sum by (reason) (rate(wiremon_articles_deadlettered_total[5m]))", "{{reason}}"),
    ], 12),
    ("Stage latency p50", "s", [
        ("histogram_quantile(0.5, sum by (le, stage) (rate(wiremon_stage_duration_seconds_bucket[5m])))", "{{stage}}"),
    ], 8),
    ("Stage latency p95", "s", [
        ("histogram_quantile(0.95, sum by (le, stage) (rate(wiremon_stage_duration_seconds_bucket[5m])))", "{{stage}}"),
    ], 8),
    ("Stage latency p99", "s", [
        ("histogram_quantile(0.99, sum by (le, stage) (rate(wiremon_stage_duration_seconds_bucket[5m])))", "{{stage}}"),
    ], 8),
    ("End-to-end latency", "s", [
        ("histogram_quantile(0.99, sum by (le) (rate(wiremon_ingest_to_alert_seconds_bucket[5m])))", "ingest→alert p99"),
        ("histogram_quantile(0.5, sum by (le) (rate(wiremon_ingest_to_alert_seconds_bucket[5m])))", "ingest→alert p50"),
        ("histogram_quantile(0.99, sum by (le) (rate(wiremon_ingest_to_enriched_seconds_bucket[5m])))",
         "ingest→enriched p99"),
    ], 12),
    ("Consumer lag", "short", [
        ("sum by (topic) (wiremon_consumer_lag_messages)", "{{topic}}"),
    ], 12),
    ("Index sizes", "short", [
        ("sum by (index) (wiremon_index_entries)", "{{index}}"),
    ], 12),
    ("Kafka client", "s", [
        ("histogram_quantile(0.99, sum by (le) (rate(wiremon_kafka_commit_duration_seconds_bucket[5m])))",
         "commit p99"),
        ("histogram_quantile(0.99, sum by (le) (rate(wiremon_kafka_send_duration_seconds_bucket[5m])))",
         "send p99"),
    ], 12),
    ("Statements and alerts", "ops", [
        ("sum(rate(wiremon_statements_found_total[15m]))", "statements/s"),
        ("sum(rate(wiremon_statements_recalled_total[15m]))", "recalled (background) statements/s"),
        ("sum(rate(wiremon_alerts_emitted_total[15m]))", "alerts/s"),
    ], 12),
    ("Garbage-collector pauses", "s", [
        ("max by (generation) (histogram_quantile(0.99, sum by (le, generation, instance) "
         "(rate(wiremon_gc_pause_seconds_bucket[5m]))))", "p99 pause, generation {{generation}}"),
        ("max(sum by (instance) (rate(wiremon_gc_pause_seconds_sum[5m])))", "busiest worker: paused s/s"),
    ], 12),
]


def dashboard() -> dict:
    panels, x, y, row_h = [], 0, 0, 8
    for pid, (title, unit, targets, width) in enumerate(PANELS, 1):
        if x + width > 24:
            x, y = 0, y + row_h
        panels.append({
            "id": pid, "type": "timeseries", "title": title, "datasource": DS,
            "gridPos": {"h": row_h, "w": width, "x": x, "y": y},
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
            "options": {"legend": {"displayMode": "list", "placement": "bottom"}},
            "targets": [
                {"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend}
                for i, (expr, legend) in enumerate(targets)
            ],
        })
        x += width
    return {
        "uid": "wiremon", "title": "wire-monitor", "tags": ["wiremon", "kafka", "news"],
        "schemaVersion": 39, "version": 1, "editable": True, "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"}, "timezone": "utc", "panels": panels,
        "templating": {"list": []}, "annotations": {"list": []},
    }


def main() -> None:
    OUT.write_text(json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
