"""Topic administration with kafka-python: create the topics the worker reads and writes, and check the partition
counts its tables depend on, in one admin session."""

from __future__ import annotations

import logging

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.settings import Settings

log = logging.getLogger(__name__)


def topic_plan(settings: Settings) -> dict[str, int]:
    """Topic name -> partitions, for every topic wire-monitor owns (changelogs are Faust's)."""
    p = settings.partitions
    return {
        settings.topic_raw: p,
        settings.topic_enriched: p,
        settings.topic_alerts: p,
        settings.topic_deadletter: p,
        f"{settings.app_id}-dedup": 1,
        f"{settings.app_id}-statements": p,
    }


def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics (those the worker writes accept records of ``Settings.record_max_bytes``); existing
    ones are left as they are, but one the worker's tables are co-partitioned with must have the partitions they
    need (``PartitionLayoutError``). Returns the names created."""
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, client_id=f"{settings.app_id}-admin",
                             **settings.kafka_python_options())
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=partitions, replication_factor=settings.replication_factor,
                     topic_configs={} if name == settings.topic_raw else settings.written_topic_config())
            for name, partitions in topic_plan(settings).items()
            if name not in existing
        ]
        created = []
        for topic in missing:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass  # another worker created it first
        if created:
            log.info("created topics: %s", ", ".join(created))
        _check_partitions(admin, settings, existing)
        return created
    finally:
        admin.close()


class PartitionLayoutError(Exception):
    """A topic a table is co-partitioned with has another partition count than the worker declares: Faust would
    refuse every write to the table (``PartitionsMismatch``), and every statement or article would be
    dead-lettered."""


def table_partitions(settings: Settings) -> dict[str, int]:
    """Topic name -> the partitions the worker's tables require of it: each table's source topic and its changelog
    (Faust's ``<app id>-<table>-changelog``) have as many as the table (see ``streams.app``)."""
    p = settings.partitions
    app_id = settings.app_id
    return {
        f"{app_id}-statements": p,
        f"{app_id}-novelty-records-changelog": p,
        f"{app_id}-dedup": 1,
        f"{app_id}-dedup-records-changelog": 1,
        f"{app_id}-attributions-changelog": 1,
    }


def _check_partitions(admin: KafkaAdminClient, settings: Settings, existing: set[str]) -> None:
    """Raises ``PartitionLayoutError`` (one line) when a topic of ``table_partitions`` among ``existing`` has another
    count, as after its partitions were raised by hand or it was created with another ``WIREMON_PARTITIONS`` (those
    ``ensure_topics`` creates have the right ones; Faust creates the changelogs with them)."""
    required = table_partitions(settings)
    present = [name for name in required if name in existing]
    # (kafka-python 3 names a topic "name", 2 "topic")
    found = {d.get("name", d.get("topic")): len(d["partitions"]) for d in admin.describe_topics(present)} \
        if present else {}
    for name, partitions in required.items():
        if name in found and found[name] != partitions:
            if partitions == 1:
                fix = ("it must have 1 (the sequencer, the duplicate index and the attributions are single-partition): "
                       "recreate it")
            else:
                fix = (f"it must have WIREMON_PARTITIONS={partitions} for the novelty table: set WIREMON_PARTITIONS="
                       f"{found[name]} if the other topics of the app have as many, or recreate it")
            raise PartitionLayoutError(f"topic {name} has {found[name]} partitions; {fix}")
