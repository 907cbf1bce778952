"""A watchlist of the users' own: officials whose names are harder than the packaged ones (particles, family name
first, diacritics, namesakes), with statements written blind to the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.analytics.language import detect_language
from streams.analytics.normalize import normalize_text
from streams.analytics.officials import Watchlist
from streams.analytics.statements import Statement, extract_statements
from streams.analytics.yamlfile import load_yaml

DATA = Path(__file__).resolve().parents[2] / "data"
PROBE = DATA / "custom_watchlist_probe.jsonl"
WATCHLIST = DATA / "custom_watchlist.yaml"
PROBE_2 = DATA / "custom_watchlist_probe_2.jsonl"
WATCHLIST_2 = DATA / "custom_watchlist_2.yaml"


def _items(probe: Path = PROBE) -> list[dict]:
    return [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines() if line.strip()]


def _wrong(item: dict, found: list[Statement]) -> list[str]:
    """What ``found`` misses of the item's expected statements and what it has besides them (a second piece of
    an expected statement, a quote going on in the next sentence, is no error)."""
    def matches(statement: Statement, expected: dict) -> bool:
        return statement.official_id == expected["official"] and any(
            key in statement.text.lower() for key in expected["keys"])

    wrong = [f"missing {e['official']}: {e['gist']}" for e in item["expected"]
             if not any(matches(s, e) for s in found)]
    wrong += [f"extra {s.official_id}: {s.text}" for s in found if not any(matches(s, e) for e in item["expected"])]
    return wrong


def _run(watchlist: Watchlist, probe: Path = PROBE) -> dict[str, list[str]]:
    wrong = {}
    for item in _items(probe):
        text = normalize_text(item["text"])
        found = extract_statements(text, watchlist, detect_language(text).lang)
        if problems := _wrong(item, found):
            wrong[item["id"]] = problems
    return wrong


def test_the_custom_watchlist_probe() -> None:
    # tests/data/custom_watchlist_probe.jsonl (117 passages in en, de, fr, es, pt, ru; 82 statements and 42 passages
    # with none) and its watchlist were written blind to the rules by a helper told to replace the packaged
    # watchlist. First run: 105 of 117 right; every error but two a namesake ("Hunter Biden said", "Alexis
    # Sánchez", "Rui Costa", "Brigitte Macron") or "Selon l'entourage de Macron". The two left: "Wang said" and
    # "Kim said" where the watchlist, on purpose, does not list the family name alone as an alias.
    wrong = _run(Watchlist.from_file(WATCHLIST))
    assert set(wrong) == {"C013", "C020"}, wrong


def test_a_family_name_alias_is_safe_from_namesakes() -> None:
    # The same watchlist with "Wang" and "Kim" as aliases: "Wang said" is Wang Yi, but not after "Wang Wenbin", nor
    # "Kim said" after "Kim Yo Jong".
    data = load_yaml(WATCHLIST.read_text(encoding="utf-8"))
    for official in data["officials"]:
        if official["id"] in ("wang-yi", "kim-jong-un"):
            official["aliases"].insert(0, official["name"].split()[0])
    assert _run(Watchlist.from_mapping(data)) == {}


def test_the_second_custom_watchlist_probe() -> None:
    # tests/data/custom_watchlist_probe_2.jsonl (110 passages in en, de, fr, es, it, ru, uk, pl; 83 statements, 44
    # passages with none) and its watchlist (Trump, Rubio, Starmer, Meloni, Milei, Sheinbaum, Carney, Zelensky,
    # Svyrydenko, Orbán, Li Qiang, Ishiba, Tusk, Ramaphosa) were written blind to the rules after the namesake rules,
    # half of it to break them the other way (titles, openers, German nouns, headlines, initials before the name).
    # First run: 93 right (75 with the code before the namesake rules, the same 68 statements found); then "Mary L.
    # Trump" (a middle initial), "Lady Starmer" (a form of address of the other gender) and "Трамп-младший": 96;
    # a quote in a second speaker's clause ("X said ..., while Y said ... \"...\""): 99. None lost by the namesake
    # rules. Left: Italian and Polish, which the rules do not read (R087, R091, R092, R106, R108, R110); headlines
    # whose words read as a statement (R012, R063); "dijo el presidente Javier Milei" (R080); and R029, labelled with
    # one statement of "Carney said he had spoken to the president and that talks ... would continue", where the
    # rules rightly find two. ("тоді як Свириденко наголосила", R105: right since "тоді як" opens a second clause.)
    wrong = _run(Watchlist.from_file(WATCHLIST_2), PROBE_2)
    assert set(wrong) <= {"R012", "R029", "R063", "R080", "R087", "R091", "R092", "R106", "R108", "R110"}, wrong


@pytest.mark.parametrize("text, expected", [
    ("Hunter Biden said he had been the target of a politically motivated prosecution.", []),
    ("Hunter Biden spoke outside the courthouse. Biden, 54, said he was grateful for his family's support.", []),
    ("President Joe Biden said the pardon was justified. Biden added that the case had been unfair.",
     ["joe-biden", "joe-biden"]),
    ("Donald Trump Jr. said his father would win.", []),
    ("Дональд Трамп-младший заявил, что его отец победит на выборах.", []),
    ("Mary L. Trump wrote on Substack that her uncle was more dangerous than ever.", []),
    ("Mrs. Trump said she was proud of the work of her foundation for children.", []),
    ("Mr. Trump said he was proud of the work of his administration on trade.",
     ["donald-trump"]),
    ("Chile forward Alexis Sánchez said he was happy to be back at Udinese.", []),
    ("Spanish Prime Minister Pedro Sánchez said Spain would recognise Palestine. Sánchez said it was a matter of "
     "justice.", ["pedro-sanchez", "pedro-sanchez"]),
])
def test_namesakes_say_nothing_for_the_official(text: str, expected: list[str]) -> None:
    watchlist = Watchlist.from_mapping({"officials": [
        {"id": "joe-biden", "name": "Joe Biden", "aliases": ["Biden", "Joseph Biden"]},
        {"id": "donald-trump", "name": "Donald Trump", "gender": "m", "aliases": ["Trump", "Трамп"]},
        {"id": "pedro-sanchez", "name": "Pedro Sánchez", "aliases": ["Sánchez"]},
    ]})
    assert [s.official_id for s in extract_statements(text, watchlist)] == expected
