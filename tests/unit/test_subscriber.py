"""The readable rendering of an alert (`wiremon alerts` without --json)."""

from __future__ import annotations

from datetime import datetime, timezone

from streams.models import Alert, OfficialRef
from streams.subscriber import format_alert


def _alert(**changes: object) -> Alert:
    fields: dict[str, object] = dict(
        alert_id="a1", official=OfficialRef(id="sergey-lavrov", name="Sergey Lavrov", role="Foreign Minister"),
        statement="Russia will not return to the grain deal", kind="reported", article_id="wire-1",
        source="wire.example", title="Lavrov on the grain deal", lang="en",
        detected_at=datetime(2024, 7, 20, 9, tzinfo=timezone.utc))
    return Alert(**{**fields, **changes})


def test_an_alert_reads_as_who_said_what_where() -> None:
    lines = format_alert(_alert()).splitlines()
    assert lines == ["[2024-07-20T09:00:00+00:00] Sergey Lavrov (Foreign Minister) [reported speech]",
                     "  Russia will not return to the grain deal", "  wire.example: Lavrov on the grain deal  [en]"]


def test_a_reworded_alert_says_so() -> None:
    assert format_alert(_alert(reworded=True, kind="quote")).splitlines()[0].endswith(
        "[quote] [reworded: probably a repost's rewording]")
