"""Topic administration with kafka-python: create the topics the worker reads and writes, its tables' changelogs
included, and check the partition counts its tables depend on, in one admin session."""

from __future__ import annotations

import logging
import time

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import RequestTimedOutError, TopicAlreadyExistsError

from streams.settings import Settings

log = logging.getLogger(__name__)


def changelog_plan(settings: Settings) -> dict[str, int]:
    """Changelog topic name -> partitions, for each of the worker's tables: Faust's ``<app id>-<table>-changelog``,
    with as many partitions as the table (see ``streams.app``)."""
    p, app_id = settings.partitions, settings.app_id
    return {
        f"{app_id}-dedup-records-changelog": 1,
        f"{app_id}-novelty-records-changelog": p,
        f"{app_id}-attributions-changelog": 1,
    }


def topic_plan(settings: Settings) -> dict[str, int]:
    """Topic name -> partitions, for every topic wire-monitor owns, its tables' changelogs included."""
    p = settings.partitions
    return {
        settings.topic_raw: p,
        settings.topic_enriched: p,
        settings.topic_alerts: p,
        settings.topic_deadletter: p,
        f"{settings.app_id}-dedup": 1,
        f"{settings.app_id}-statements": p,
        **changelog_plan(settings),
    }


def topic_config(settings: Settings, name: str) -> dict[str, str]:
    """The configuration a topic of ``topic_plan`` is created with: the raw topic is the feed's and keeps the
    broker's defaults; every other one takes the worker's records (``Settings.written_topic_config``), and a
    changelog is compacted, as Faust would create it (a table's state is its last record per key)."""
    if name == settings.topic_raw:
        return {}
    config = settings.written_topic_config()
    if name in changelog_plan(settings):
        config["cleanup.policy"] = "compact"
    return config


def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics (``topic_plan``, configured by ``topic_config``) and return once each of them has a
    leader for every partition; existing ones are left as they are, but one the worker's tables are co-partitioned
    with must have the partitions they need (``PartitionLayoutError``). Returns the names created.

    The changelogs are created here, not left to Faust: a changelog Faust creates as the worker starts can be in its
    consumer's metadata with 0 partitions until the next metadata refresh (up to five minutes), and until then Faust
    refuses every write to the table (``PartitionsMismatch``), so each article with statements is dead-lettered."""
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, client_id=f"{settings.app_id}-admin",
                             **settings.kafka_python_options())
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(name, num_partitions=partitions, replication_factor=settings.replication_factor,
                     topic_configs=topic_config(settings, name))
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
            _await_leaders(admin, {name: topic_plan(settings)[name] for name in created},
                           timeout_s=settings.connect_timeout_seconds)
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
    have as many as the table (see ``streams.app``)."""
    return {
        f"{settings.app_id}-statements": settings.partitions,
        f"{settings.app_id}-dedup": 1,
        **changelog_plan(settings),
    }


#: How often ``ensure_topics`` asks for the partitions' leaders of the topics it created.
LEADER_POLL_S = 0.1


def _await_leaders(admin: KafkaAdminClient, partitions: dict[str, int], *, timeout_s: float) -> None:
    """Returns once the brokers' metadata gives each topic of ``partitions`` its partitions, each with a leader:
    clients that start after it (the worker's consumer) see them whole. Raises ``RequestTimedOutError`` after
    ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        described = {d.get("name", d.get("topic")): d["partitions"] for d in admin.describe_topics(list(partitions))}
        waiting = sorted(
            name for name, count in partitions.items()
            if len(described.get(name) or ()) != count
            or any(p.get("leader_id", p.get("leader", -1)) < 0 for p in described[name])
        )
        if not waiting:
            return
        if time.monotonic() >= deadline:
            raise RequestTimedOutError(f"topics created without a leader for every partition after {timeout_s:g} s: "
                                       f"{', '.join(waiting)}")
        time.sleep(LEADER_POLL_S)


def _check_partitions(admin: KafkaAdminClient, settings: Settings, existing: set[str]) -> None:
    """Raises ``PartitionLayoutError`` (one line) when a topic of ``table_partitions`` among ``existing`` has another
    count, as after its partitions were raised by hand or it was created with another ``WIREMON_PARTITIONS`` (those
    ``ensure_topics`` creates have the right ones)."""
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
