"""The topics wire-monitor creates before the worker starts: its own and its tables' changelogs, as Faust declares
them."""

from __future__ import annotations

import pytest

from streams import admin
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


class _Admin:
    """Answers ``describe_topics`` from a list of answers, one per call (the last one repeated); an exception in the
    list is raised."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.calls = 0

    def describe_topics(self, names: list[str]) -> list[dict]:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        if isinstance(answer, Exception):
            raise answer
        return [answer[name] for name in names if name in answer]


def _topic(name: str, *leaders: int, error_code: int = 0) -> dict:
    return {"error_code": error_code, "name": name,
            "partitions": [{"error_code": 0, "partition_index": i, "leader_id": leader}
                           for i, leader in enumerate(leaders)]}


def test_start_up_waits_until_every_partition_has_a_leader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unknown, then without a leader, then a broker not answering once: asked again until each is led."""
    from kafka.errors import KafkaConnectionError

    monkeypatch.setattr(admin, "LEADER_POLL_S", 0)
    stub = _Admin({"t": _topic("t", error_code=3)}, {"t": _topic("t", 1, -1)}, KafkaConnectionError("refused"),
                  {"t": _topic("t", 1, 1)})
    admin._await_leaders(stub, ["t"], timeout_s=30)
    assert stub.calls == 4
    # kafka-python 2's keys
    admin._await_leaders(_Admin({"t": {"topic": "t", "error_code": 0, "partitions": [{"leader": 2}]}}), ["t"],
                         timeout_s=0)


def test_start_up_stops_with_the_topics_still_without_a_leader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(admin, "LEADER_POLL_S", 0)
    with pytest.raises(admin.TopicsNotReadyError, match=r"^no leader for every partition of b after 0\.05 s"):
        admin._await_leaders(_Admin({"a": _topic("a", 1), "b": _topic("b", -1, 1)}), ["a", "b"], timeout_s=0.05)


def test_start_up_stops_at_once_on_an_error_waiting_cannot_mend(monkeypatch: pytest.MonkeyPatch) -> None:
    """A principal allowed to create topics but not to describe them: the broker's reason, not a timeout."""
    from kafka.errors import TopicAuthorizationFailedError

    stub = _Admin({"t": _topic("t", error_code=29)})
    with pytest.raises(TopicAuthorizationFailedError, match="topic t"):
        admin._await_leaders(stub, ["t"], timeout_s=30)
    assert stub.calls == 1
