"""The topics wire-monitor creates before the worker starts: its own and its tables' changelogs, as Faust declares
them."""

from __future__ import annotations

from streams.admin import changelog_plan, table_partitions, topic_config, topic_plan
from streams.settings import Settings


def test_the_changelogs_created_are_those_of_the_worker_s_tables() -> None:
    """Created before Faust starts (a changelog Faust creates at start-up can be in its consumer's metadata with 0
    partitions, and every write to the table is refused): each must be the changelog Faust reads and writes, with
    the table's partitions and the configuration Faust would give it."""
    from streams.app import app, settings

    tables = {table.changelog_topic.get_topic_name(): table for table in app.tables.values()}
    assert {name: table.partitions for name, table in tables.items()} == changelog_plan(settings)
    for name, table in tables.items():
        assert table.changelog_topic.compacting and not table.changelog_topic.deleting
        assert topic_config(settings, name) == {**table.changelog_topic.config, "cleanup.policy": "compact"}
    assert set(changelog_plan(settings)) <= set(topic_plan(settings))
    assert set(changelog_plan(settings)) <= set(table_partitions(settings))


def test_every_topic_but_the_raw_one_takes_the_worker_s_records() -> None:
    settings = Settings(app_id="admin-test", partitions=6)
    plan = topic_plan(settings)
    assert plan[settings.topic_raw] == 6 and topic_config(settings, settings.topic_raw) == {}
    assert plan["admin-test-novelty-records-changelog"] == 6 and plan["admin-test-attributions-changelog"] == 1
    for name in plan.keys() - {settings.topic_raw}:
        assert topic_config(settings, name)["max.message.bytes"] == str(settings.record_max_bytes)
    compacted = {name for name in plan if topic_config(settings, name).get("cleanup.policy") == "compact"}
    assert compacted == set(changelog_plan(settings))
