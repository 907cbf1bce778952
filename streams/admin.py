"""Topic administration with kafka-python: create the topics the worker reads and writes, its tables' changelogs
included, and check the partition counts its tables depend on, in one admin session."""

from __future__ import annotations

import logging
import time

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError, for_code

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
    """Create missing topics (``topic_plan``, configured by ``topic_config``) and return once every topic of the plan
    has a leader for each of its partitions; existing ones are left as they are, but one the worker's tables are
    co-partitioned with must have the partitions they need (``PartitionLayoutError``). Returns the names created.

    The changelogs are created here, not left to Faust: a changelog Faust creates as the worker starts can be in its
    consumer's metadata with 0 partitions until the next metadata refresh (up to five minutes), and until then Faust
    refuses every write to the table (``PartitionsMismatch``), so each article with statements is dead-lettered.
    Every topic is waited for, not only those created here: another worker starting at the same time may have
    created them a moment earlier."""
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
        _check_partitions(admin, settings, existing)
        _await_leaders(admin, list(topic_plan(settings)), timeout_s=settings.connect_timeout_seconds)
        return created
    finally:
        admin.close()


class TopicsNotReadyError(Exception):
    """Topics the worker needs have a partition without a leader (or none known) after the start-up timeout: the
    brokers answer, but cannot serve them yet."""


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


#: How often ``ensure_topics`` asks for the leaders of the topics' partitions while one has none.
LEADER_POLL_S = 0.1


def _await_leaders(admin: KafkaAdminClient, names: list[str], *, timeout_s: float) -> None:
    """Returns once the metadata of the broker asked gives each topic of ``names`` its partitions, each with a
    leader, so that the worker's consumer, starting next, sees them whole (in a cluster, another broker's metadata
    can lag a little behind). A topic error that waiting cannot mend (an authorisation failure) is raised as
    kafka-python's error; retriable ones are asked again until ``timeout_s``, then ``TopicsNotReadyError``."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            # (kafka-python 3 names a topic "name" and a leader "leader_id", 2 "topic" and "leader")
            described = {d.get("name", d.get("topic")): d for d in admin.describe_topics(names)}
        except KafkaError as exc:
            if not exc.retriable or time.monotonic() >= deadline:
                raise
            described = {}
        waiting = []
        for name in names:
            topic = described.get(name) or {}
            error = for_code(topic.get("error_code", 0))
            if topic.get("error_code") and not error.retriable:
                raise error(f"topic {name}")
            partitions = topic.get("partitions") or []
            if not partitions or any(p.get("leader_id", p.get("leader", -1)) < 0 for p in partitions):
                waiting.append(name)
        if not waiting:
            return
        if time.monotonic() >= deadline:
            raise TopicsNotReadyError(f"no leader for every partition of {', '.join(waiting)} after {timeout_s:g} s "
                                      "(WIREMON_CONNECT_TIMEOUT_SECONDS)")
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
