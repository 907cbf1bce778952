"""A blind set of reposts through the worker's stages: what alerts, what alerts again, what goes to the wrong official.

`tests/data/repost_families.jsonl` (2026-11-28) was written by a helper before it read the statement or novelty code:
28 story families in English, Russian and Ukrainian, each an original article (one to three statements by tracked
officials), three to ten reposts of it varied as outlets vary them (headline, repeated title line, boilerplate, cut
tail, quote marks, name spelling, reworded attribution, reordered or dropped paragraphs, a rewritten opening, an
ellipsis in a quote, the outlet's own sentence) and follow-ups with genuinely new statements, ingested minutes to
days apart. Each family's statements are labelled with the official and key phrases that identify them in an alert.

The counts are this set's measurements, kept as bounds so that a change that makes them worse fails. Only the
first run was blind: the rules it led to (`test_review_of_repost_set_russian`, the reversal test of
`test_novelty.py`) were made on this set, so the bounds guard against regressions and do not estimate the error
rate on unseen articles. The first run: 20 alerts again in reposts, 7 to the wrong official, 2 of the 23 new
statements of follow-ups missed, 5 of the 127 statements of the originals not extracted.
What remains is described in the README's *Known limitations* (an outlet's own rewording of the opening paragraph,
mostly).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from streams.pipeline import Analyzers, Pipeline

DATA = Path(__file__).resolve().parents[1] / "data" / "repost_families.jsonl"
WEEK = 7 * 86400.0


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е").replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(re.sub(r"[\"\u201c\u201d\u201e\u00ab\u00bb]", "", text).split())


def _labels(statements: dict[str, dict], text: str) -> list[str]:
    """The labelled statements an alert's text is (by their key phrases)."""
    folded = _folded(text)
    return [sid for sid, s in statements.items() if any(_folded(key) in folded for key in s["keys"])]


def outcome_of(data: Path) -> Counter[str]:
    """Every alert of a labelled set of story families classified against the labels ("..., marked reworded" for
    alerts with ``reworded``), and every labelled new statement with no unmarked alert ("missed": what a subscriber
    that drops the marked alerts misses)."""
    analyzers = Analyzers.load()
    counts: Counter[str] = Counter()
    for line in data.read_text(encoding="utf-8").splitlines():
        family = json.loads(line)
        statements = family["statements"]
        pipeline = Pipeline(analyzers, max_message_bytes=1 << 20, dedup_retention_seconds=WEEK,
                            novelty_window_seconds=WEEK)
        alerted: set[str] = set()  # labels that alerted where they should
        seen: set[str] = set()  # labels contained in an earlier article
        for article in family["articles"]:
            result = pipeline.process(json.dumps(article["article"], ensure_ascii=False).encode(),
                                      ingested_at=datetime.fromisoformat(article["ingested_at"]))
            assert result.error is None, (family["family"], article["seq"], result.error)
            expected = {e["sid"] for e in article["expect_alert"]}
            optional = set(article["optional_alert"])
            hits: set[str] = set()
            for alert in result.alerts:
                labels = _labels(statements, alert.statement)
                own = {sid for sid in labels if statements[sid]["official"] == alert.official.id}
                if labels and not own:
                    kind = "wrong official"
                elif own & expected:
                    kind = "expected"
                    hits |= set() if alert.reworded else own & expected
                elif own & optional:
                    kind = "optional"  # (background statements of an original: either way)
                elif own & alerted:
                    kind = "alerted again"
                elif own & seen:
                    kind = "late"  # a repeat of a statement that did not alert when first seen
                elif own:
                    kind = "labelled, not expected"
                else:
                    kind = f"unlabelled in {article['role']}s"
                counts[f"{kind}, marked reworded" if alert.reworded else kind] += 1
                if own & (expected | optional):
                    alerted |= own
            counts[f"missed in {article['role']}s"] += len(expected - hits)
            counts[f"expected in {article['role']}s"] += len(expected)
            seen |= set(article["contains"])
    return counts


@pytest.fixture(scope="module")
def outcome() -> Counter[str]:
    return outcome_of(DATA)


def composition(data: Path) -> tuple[Counter[str], Counter[str]]:
    """The families by language and the articles by role."""
    families = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    return Counter(f["lang"] for f in families), Counter(a["role"] for f in families for a in f["articles"])


def test_the_set_is_what_it_says() -> None:
    assert composition(DATA) == ({"en": 13, "ru": 8, "uk": 7}, {"original": 28, "repost": 129, "followup": 20})


def test_new_statements_alert(outcome: Counter[str]) -> None:
    assert outcome["expected in originals"] == 127 and outcome["expected in followups"] == 23
    assert outcome["missed in originals"] <= 3, outcome  # 5 on the first run
    assert outcome["missed in followups"] == 0, outcome  # 2 on the first run (one a reversal taken for a repeat)


def test_what_reposts_repeat_rarely_alerts_again(outcome: Counter[str]) -> None:
    # 129 reposts repeating 300-odd statements; 26 of them with the opening paragraph rewritten by the outlet, which
    # is what still alerts (README, Known limitations)
    # (18 since the subject after a Russian verb no longer needs to end the sentence: a rewritten opening's
    # "..., заявил Сергей Лавров после переговоров с ..." is now read, and is a paraphrase.) 11 of them are marked
    # as a rewording of the story's first copy (streams/analytics/rewording.py), and none of the new statements is
    assert outcome["alerted again"] + outcome["alerted again, marked reworded"] <= 18, outcome  # 20 on the first run
    assert outcome["alerted again"] <= 7, outcome
    assert outcome["expected, marked reworded"] == 0, outcome
    # a fragment of a rewritten opening, none of the labelled key phrases in it: alerting again too
    assert outcome["unlabelled in reposts"] <= 2, outcome
    assert outcome["late"] == 0, outcome  # 2 on the first run


def test_alerts_do_not_go_to_the_wrong_official(outcome: Counter[str]) -> None:
    # The last five were reposts that moved "he said" after a paragraph about another official, until a repost's
    # statements kept the attributions of its canonical copy (streams/analytics/attribution.py)
    assert outcome["wrong official"] == 0, outcome  # 7 on the first run
