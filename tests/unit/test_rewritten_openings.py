"""A blind set of reposts with rewritten openings, and updates with new statements: what alerts again, what is lost.

`tests/data/rewritten_openings.jsonl` (2026-11-29) was written by a helper who had not read the statement, novelty
or rewording code: 24 story families (10 English, 7 Russian, 5 Ukrainian, 1 German, 1 French), each a wire story,
three reposts whose outlet rewrote the opening in its own words (and two controls that kept it), and one or two
updates of the same story (its body copied, so still reposts) with a new statement by the same official on the same
subject: 12 of 28 a reversal, a changed figure or a new date, some only in the rewritten opening. The statements are
invented for the test; the events are real. Labels and schema as `test_repost_families.py`.

Measured without the rewording rule (`streams/analytics/rewording.py`): 55 alerts again in reposts and updates.
The rule's first version (content stems only, its rewordings not alerted at all) was the blind run: 39 again, and one
new statement of an update lost (a visit "27 августа" where the story had "in the coming days"), with seven more of
the updates' new statements taken for rewordings in their openings (each alerted by the update's quote of it). The
facts rule (a number, weekday or month the story's first copy does not have is news) came from that run: 38 again,
none lost. A review's updates written in the story's own words (`test_story_word_updates.py`) then showed that no
word-overlap rule tells those from rewordings, so rewordings alert marked (``Alert.reworded``) by default; with the
facts and polarity conditions the review led to, 44 alerts again unmarked and 12 marked here, four of the updates'
new statements marked in their openings (a new name or request in the story's words: "would send his personal
envoy for Sudan, Ramtane Lamamra", "Russia will ask for a meeting of the U.N. Security Council"), each also alerting
unmarked by its quote. These bounds guard against regressions and do not estimate the error rate on unseen articles.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.unit.test_repost_families import composition, outcome_of

DATA = Path(__file__).resolve().parents[1] / "data" / "rewritten_openings.jsonl"


@pytest.fixture(scope="module")
def outcome() -> Counter[str]:
    return outcome_of(DATA)


def test_the_set_is_what_it_says() -> None:
    assert composition(DATA) == ({"en": 10, "ru": 7, "uk": 5, "de": 1, "fr": 1},
                                 {"original": 24, "repost": 72, "update": 28})


def test_the_new_statements_of_updates_alert(outcome: Counter[str]) -> None:
    assert outcome["expected in updates"] == 28
    # (every one has an alert not marked as a rewording: a subscriber that drops the marked ones misses none; 1 on
    # the blind run)
    assert outcome["missed in updates"] == 0, outcome
    assert outcome["expected, marked reworded"] <= 4, outcome  # (their other wording, a quote, alerts unmarked)
    assert outcome["expected in originals"] == 81
    assert outcome["missed in originals"] <= 6, outcome  # (statements the extraction does not find)


def test_rewritten_openings_rarely_alert_again(outcome: Counter[str]) -> None:
    # (one more since "..., Peskov said on Friday, adding that ..." is Peskov's: a repeat of his, no longer Putin's
    # "wrong official")
    # (and one more since "..., тоді як Зеленський наголосив, що ..." is read: a rewritten opening's rewording, found)
    assert outcome["alerted again"] + outcome["alerted again, marked reworded"] <= 57, outcome
    # (39 not marked on the blind run, 38 on its next version; one more since English "no" negates: "Moscow had asked
    # ... and had received no substantive reply" and its repost's "Moscow again demanded access", which leaves the
    # negated clause out, no longer agree in polarity, as with "not")
    assert outcome["alerted again"] <= 46, outcome
    assert outcome["unlabelled in reposts"] <= 3, outcome
    # (8 when the wire's "(Adds Scholz comments on further contacts, paragraphs 1, 4)" was his statement)
    assert outcome["unlabelled in updates"] <= 5, outcome
    assert outcome["late"] <= 1, outcome
    assert outcome["wrong official"] == 0, outcome  # 1 on the blind run
