"""Topic administration with kafka-python: create the topics the worker reads and writes."""

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
    ones are left as they are. Returns the names created."""
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
        return created
    finally:
        admin.close()
