"""Worker metrics: every series is documented, garbage-collector pauses are measured, and the consumer-fault
counters exist before the first fault."""

from __future__ import annotations

import gc
from pathlib import Path

from streams import metrics

ROOT = Path(__file__).resolve().parents[2]


def _count(generation: str) -> float:
    value = metrics.REGISTRY.get_sample_value("wiremon_gc_pause_seconds_count", {"generation": generation})
    return value or 0.0


def test_readme_documents_every_metric() -> None:
    readme = (ROOT / "README.md").read_text()
    for family in metrics.REGISTRY.collect():
        name = family.name + ("_total" if family.type == "counter" else "")
        assert f"`{name}" in readme, f"{name} is missing from the README's metric table"


def test_full_collections_are_timed() -> None:
    metrics.observe_gc_pauses()
    metrics.observe_gc_pauses()  # idempotent: one callback, one observation per collection
    before = _count("2")
    gc.collect()
    assert _count("2") == before + 1
    total = metrics.REGISTRY.get_sample_value("wiremon_gc_pause_seconds_sum", {"generation": "2"})
    assert total is not None and total > 0


def test_consumer_fault_counters_exist_at_zero_before_the_first_fault() -> None:
    """The alerts on these counters use ``increase()``, which sees nothing of a series born at its first value."""
    metrics.count_consumer_faults(["wm-test-faults"])
    for name in ("wiremon_records_lost_total", "wiremon_partitions_refetched_total", "wiremon_fetches_discarded_total"):
        assert metrics.REGISTRY.get_sample_value(name, {"topic": "wm-test-faults"}) == 0.0
