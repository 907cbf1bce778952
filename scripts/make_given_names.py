#!/usr/bin/env python3
"""Write ``streams/data/given_names.txt``: given names that tell a namesake from a tracked official.

"Hunter Biden said" is not Joe Biden, nor "Alexis Sánchez" Pedro Sánchez: a tracked surname right after a given
name that is not the official's names someone else (``streams/analytics/officials.py``). The list is the first
names of Faker's person providers (MIT licence; every locale, the Cyrillic ones included), folded as names are
compared, without the words the statement rules know as something else: titles and roles ("General", "Prince"),
sentence openers and source phrases ("Segundo Peskov" is "according to Peskov"), countries and their people; nor
the words the project's news texts (``tests/data``, the demo feed) write in lower case: "Solange Putin an der
Macht ist", "Hasta Zelenski reconoció", "Сила Путина".

    make given-names      (installs the pinned Faker into the venv and runs this script)
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.analytics.officials import fold  # noqa: E402
from streams.analytics.statements import vocabulary  # noqa: E402

OUT = ROOT / "streams" / "data" / "given_names.txt"
_LETTERS = re.compile(r"[^\W\d_]+")
# Names that are ordinary words before a name in the news more often than given names ("Will Putin attend?",
# "Said Lavrov", "Long Xi", "Вера Путина в победу": his faith), titles and forms of address ("Colonel", "Пане
# Лавров") that no vocabulary of the statement rules lists.
_ORDINARY = frozenset(fold(word) for word in """will may said hope grace mark long young rich king major general
    prince princess duke earl baron justice judge star sky sunny chase page lane van von der de da del di le la el
    al bin ben ibn abu abd mr mrs ms miss sir dame lord lady saint san santa china india israel jordan georgia paris
    victoria america asia africa europe sister brother father mother doctor bishop imam emir sheikh colonel captain
    marshal admiral sergeant senora senor senhora senhor пан пане пани пані господин госпожа
    summer winter autumn spring peace council west east north south storm fed press dawn hope faith charity
    lage sommer tage frieden geneva
    вера надежда любовь роман мир рада віра надія любов лев роза слава зоя""".split())


def _vocabulary_words() -> set[str]:
    """Every word the statement rules hold in a vocabulary (a set, or a mapping's keys)."""
    words: set[str] = set()
    for value in vars(vocabulary).values():
        if isinstance(value, dict):
            value = value.keys()
        if isinstance(value, (set, frozenset, type({}.keys()))):
            words.update(item for item in value if isinstance(item, str))
    return words


def _lower_case_words() -> set[str]:
    """Every word the project's news texts (``tests/data``, the demo feed; twelve languages) write in lower case
    somewhere: a common word in some language ("solange", "hasta", "var", "сила"), however many people bear it."""
    words: set[str] = set()

    def texts(document: object) -> list[str]:
        if isinstance(document, dict):
            return [str(document.get("text") or "")] + [text for article in document.get("articles") or []
                                                        if isinstance(article, dict)
                                                        for text in texts(article.get("article"))]
        return []

    for path in [*sorted((ROOT / "tests" / "data").glob("*.jsonl")), ROOT / "streams" / "data" / "demo_feed.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                document = json.loads(line)
            except ValueError:
                continue
            for text in texts(document):
                words.update(fold(word) for word in _LETTERS.findall(text) if word[0].islower())
    return words


def faker_first_names() -> tuple[str, set[str]]:
    """Faker's version and the first names of all its person providers."""
    import faker
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = getattr(provider, attribute, None)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple, set, frozenset)):
                names.update(item for item in value if isinstance(item, str))
    return faker.VERSION, names


def main() -> int:
    version, names = faker_first_names()
    excluded = _vocabulary_words() | _ORDINARY | _lower_case_words()
    folded = {word for name in names for word in _LETTERS.findall(fold(name)) if len(word) >= 2} - excluded
    header = (f"# Given names (folded), one per line: the first names of Faker {version}'s person providers, every\n"
              "# locale (https://github.com/joke2k/faker, MIT licence), without the words the statement rules know\n"
              "# as something else and those the project's news texts write in lower case. Written by\n"
              "# scripts/make_given_names.py (make given-names); do not edit.\n")
    OUT.write_text(header + "".join(f"{word}\n" for word in sorted(folded)), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(folded)} names from Faker {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
