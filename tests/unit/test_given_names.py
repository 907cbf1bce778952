"""The given-name list: generated, folded, and without the words the statement rules read as something else."""

from __future__ import annotations

from streams.analytics.given_names import given_names, is_given_name
from streams.analytics.officials import fold
from streams.analytics.statements import vocabulary


def test_names_in_many_languages_and_scripts() -> None:
    for name in ("Hunter", "Jill", "Brigitte", "Alexis", "Diogo", "Rui", "Melania", "Владимир", "Людмила", "Олена"):
        assert is_given_name(fold(name)), name


def test_no_title_opener_or_source_word() -> None:
    # "General Gerasimov", "Prince Mohammed", "Segundo Peskov" ("according to Peskov"), "Will Putin ...?"
    # ... nor a noun that is a name too: "Вера Путина в победу" (his faith), "Надежда Зеленского" (his hope)
    # ... nor a word the project's news texts write in lower case: "Solange Putin an der Macht ist", "Hasta Zelenski
    # reconoció", "Сила Путина"
    for word in ("general", "prince", "king", "segundo", "will", "may", "said", "president", "laut", "ранее", "вера",
                 "надежда", "любовь", "peace", "summer", "council", "lage", "solange", "hasta", "asi", "deja", "var",
                 "far", "сила", "geneva"):
        assert not is_given_name(word), word
    names = given_names()
    assert not names & vocabulary._TITLES and not names & set(vocabulary._ROLES) and not names & vocabulary._NOT_NAMES


def test_folded_one_per_line() -> None:
    names = given_names()
    assert len(names) > 20_000
    assert all(name == fold(name) and name.isalpha() and len(name) >= 2 for name in names)
