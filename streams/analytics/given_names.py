"""Given names: the word before a tracked surname that makes it someone else's ("Hunter Biden", "Alexis Sánchez").

Pure analytics. The list (``streams/data/given_names.txt``, folded as names are compared) is generated from Faker's
person providers by ``scripts/make_given_names.py``; it is read once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["given_names", "is_given_name"]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of the packaged list, folded (``officials.fold``)."""
    text = resources.files("streams").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_given_name(folded_word: str) -> bool:
    """True when ``folded_word`` (folded by ``officials.fold``) is a given name in some language."""
    return folded_word in given_names()
