"""The watchlist of tracked officials and where they are mentioned in a text.

Pure analytics: no Kafka, no I/O except reading the watchlist file.

Matching works on a *folded* copy of the text (casefold, compatibility decomposition, combining marks
removed, but Cyrillic ``й`` kept as a letter of its own), token by token on Unicode word boundaries, so it
is linear in the text length whatever the input: one ``\\w+`` scan and one dict lookup per word.
Cyrillic surnames are matched in their Russian and Ukrainian case forms, generated from the alias's ending.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

from streams.analytics.given_names import is_given_name
from streams.analytics.yamlfile import brief, load_yaml

__all__ = [
    "Mention",
    "Official",
    "Watchlist",
    "WatchlistError",
    "WatchlistFile",
    "fold",
    "fold_with_offsets",
]

log = logging.getLogger(__name__)


class WatchlistError(ValueError):
    """The watchlist file cannot be used. The message is one line: ``<file>: <where>: <problem>``."""


@dataclass(frozen=True, slots=True)
class Official:
    """A tracked official. ``aliases`` are the other spellings matched in text (the name is always matched).

    ``gender`` (``"f"``, ``"m"`` or None) only helps resolve "she said" / "he said" to the right person, and
    ``nationality`` (free text, "Portuguese" or "Portugal"; empty when unknown) "the Norwegian said" / "o português
    acrescentou" / "le Portugais a ajouté".
    """

    id: str
    name: str
    role: str
    aliases: tuple[str, ...] = ()
    gender: Literal["f", "m"] | None = None
    nationality: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """An official named in a text: ``text[start:end]`` is the name as written (one of its forms).

    ``inflected`` is True when a Cyrillic surname was matched in a case form other than the alias itself
    (Захаровой for Захарова): such a mention is not the grammatical subject of a sentence.
    """

    official_id: str
    start: int
    end: int
    inflected: bool = False


# --- folding ---------------------------------------------------------------------------------------------

_SHORT_I = "\u0439"  # й: a letter of its own in Russian and Ukrainian, not и with a diacritic
_BREVE = "\u0306"


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in "йЙ":
        return _SHORT_I
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1024)
def _char_class(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when its length differs from the input, ``offsets`` such that folded index
    ``j`` comes from ``text[offsets[j]]`` (``offsets[len(folded)] == len(text)``). None means identity.
    """
    if text.isascii():
        return text.lower(), None
    table: dict[int, str] = {}
    after_lower: dict[str, str] = {}  # lowercase char -> folded char, for the chars lower() does not finish
    one_to_one = True
    lower_first = True
    for char in set(text):  # distinct characters only: cheap even for a megabyte of text
        folded = _fold_char(char)
        if len(folded) != 1:
            one_to_one = False
            break
        if folded != char:
            table[ord(char)] = folded
        lowered = char.lower()
        # (lower() writes a word-final capital sigma as "ς", which casefold() does not: per character only)
        if len(lowered) != 1 or char == "\u03a3" or after_lower.setdefault(lowered, folded) != folded:
            lower_first = False
    if one_to_one:
        # str.lower() runs in C and does most of the work (accents are a few characters per text); the
        # per-character translate() is the general fallback.
        if not lower_first:
            return text.translate(table), None
        pending = "".join(sorted(char for char, folded in after_lower.items() if folded != char))
        if not pending:
            return text.lower(), None
        return _char_class(pending).sub(lambda match: after_lower[match.group()], text.lower()), None
    # Rare path (ligatures, ß, decomposed accents in raw text): build the offset map char by char.
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char == _BREVE and out and out[-1] == "\u0438":  # decomposed й (и + breve) stays й
            out[-1] = _SHORT_I
            continue
        for folded_char in _fold_char(char):
            out.append(folded_char)
            offsets.append(index)
    offsets.append(len(text))
    return "".join(out), offsets


def fold(text: str) -> str:
    """Casefold and strip diacritics (keeping Cyrillic й): the form names and statements are compared in."""
    return fold_with_offsets(text)[0]


# --- Cyrillic case forms ----------------------------------------------------------------------------------

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CONSONANTS = set("бвгджзклмнпрстфхцчшщґ")
# (ending, how many letters to cut, suffixes added to the stem); first match wins, so longer endings first.
# Suffixes cover Russian and Ukrainian cases of surnames: adjectival -ский/-ський, feminine -ова/-ина,
# masculine -ов/-ин, consonant stems (Подоляк), -а stems (Кулеба), -я and -ь stems.
_SUFFIX_RULES: tuple[tuple[tuple[str, ...], int, tuple[str, ...]], ...] = (
    (("ий", "ый", "ій", "ой"), 2,
     ("ий", "ый", "ій", "ой", "ого", "ому", "им", "ым", "ім", "ом", "ая", "ую", "ої", "ою", "ей", "ій")),
    (("ова", "ева", "ина", "ына", "іна", "єва", "ёва"), 1,
     ("а", "ой", "ою", "у", "ы", "ої", "ій", "і", "ых", "их")),
    (("ов", "ев", "ин", "ын", "ів", "їв", "єв", "ін"), 0,
     ("", "а", "у", "ым", "им", "ом", "е", "і", "ові", "ых", "их")),
    (("ь",), 1, ("ь", "я", "ю", "ем", "е", "і", "еві", "ём")),
    (("й",), 1, ("й", "я", "ю", "ем", "е", "ї", "єм", "ю")),
    (("а",), 1, ("а", "ы", "и", "е", "у", "ой", "ою", "і", "ей")),
    (("я",), 1, ("я", "и", "е", "ю", "ей", "ею", "і", "ї", "єю")),
)
_CONSONANT_SUFFIXES = ("", "а", "у", "ом", "ем", "е", "ові", "еві", "і")


def _case_forms(word: str) -> list[str]:
    """Russian/Ukrainian case forms of a folded Cyrillic surname, and the German genitive of a Latin one ("Lawrows",
    "Macrons"; not after s, x or z: "Scholz'"); the word itself comes first."""
    if not _CYRILLIC.search(word):
        return [word, word + "s"] if len(word) >= 3 and word[-1] not in "sxzß" and word.isalpha() else [word]
    if len(word) < 3:
        return [word]
    suffixes: tuple[str, ...] = ("",)
    stem = word
    for endings, cut, rule_suffixes in _SUFFIX_RULES:
        if word.endswith(endings):
            stem, suffixes = (word[:-cut] if cut else word), rule_suffixes
            break
    else:
        if word[-1] in _CONSONANTS:
            suffixes = _CONSONANT_SUFFIXES
    forms = [word]
    for suffix in suffixes:
        form = fold(stem + suffix)  # the table has ї, ё: compare folded with folded
        if form not in forms:
            forms.append(form)
    return forms


# --- watchlist -------------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
# The word right before a name, when only a space separates them: not after an apostrophe ("Ukraine's"), a dot
# ("M.", "V.") or a hyphen.
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.\-])([^\W\d_][\w\-]*)[ \u00a0]\Z")
# Articles and determiners: a capitalised word after one is a noun ("die Lage", "the Hunter Biden laptop")
_ARTICLES = frozenset("""the a an der die das den dem des ein eine einer le la les l un une el los las lo o os as um
    uma il""".split())
_DAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
    freitag samstag sonntag""".split())
# A romanised Chinese or Korean given name: syllables of an optional initial, vowels and an optional final
# ("Wenbin", "Yo", "Jong-un" as "jong"); not "Bundeskanzler", "Frieden", "Merz".
_ROMANISED_GIVEN_NAME = re.compile(r"(?:(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts)?[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|r)?)+")
_ROMANISED_NAME_CHARS = 10  # (longer words are no such name, and the pattern backtracks exponentially on them)
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u00bb)]*\s|\n")
_INITIAL_BEFORE = re.compile(r"(?<!\w)[^\W\d_]\.[ \u00a0]\Z")  # a middle initial: "Joseph R. Biden"
_JUNIOR = re.compile(r",?[ \u00a0]+(?:Jr\b|Junior\b)|-?(?:младший|молодший)\b")
# The word before a name with the dot of an abbreviation ("Mrs.", "Ms.", "Sr.") allowed
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w'\u2019.\-])([^\W\d_]+)\.?[ \u00a0]\Z")
# Forms of address that give a gender: "Lady Starmer" or "Mrs. Trump" is not a man of that name, "Mr Meloni" no woman
_FEMALE_ADDRESS = frozenset("""mrs ms miss lady dame madame mme frau senora sra senhora dona signora госпожа пани пані
    fru""".split())
_MALE_ADDRESS = frozenset("""mr sir lord monsieur herr senor sr senhor dom signor господин пан""".split())
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)\b")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADLINE_CHARS = 300  # how far either side of a name its line is read, to tell a headline
# Given names are compared by their first two letters in Latin script, spelling variants made equal: "Volodímir",
# "Wolodymyr" and "Володимиром" are one name, "Vladimir" and "Владимира" another.
_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e",
                        "э": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
                        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
                        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "ю": "iu",
                        "я": "ia", "w": "v", "y": "i", "j": "i"})
_VOWELS = re.compile(r"[aeiou]+")
_GAP = re.compile(r"[\s\-\u2010\u2011]{1,3}")  # what may separate the words of a multi-word name
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEYS = {"id", "name", "role", "aliases", "gender", "nationality"}


def _given_name_keys(folded_word: str) -> tuple[str, ...]:
    """What two spellings of one given name share, either of: their first two letters in Latin script, variants
    made equal ("Mijailo", "Mykhailo"), or their first three consonants ("Vladimir", "Volodymyr")."""
    latin = folded_word.translate(_LATIN)
    consonants = _VOWELS.sub("", latin)[:3]
    return (latin[:2], f"+{consonants}") if len(consonants) == 3 else (latin[:2],)


def _title_case_line(text: str, index: int) -> bool:
    """The line around ``index`` capitalises most of its words, as a headline does ("Will Putin Attend the
    Summit?"): there a capitalised word before a name says nothing about who is named."""
    low, high = max(0, index - _HEADLINE_CHARS), min(len(text), index + _HEADLINE_CHARS)
    newline = text.rfind("\n", low, index)
    start = newline + 1 if newline >= 0 else low
    newline = text.find("\n", index, high)
    words = _LONG_WORD.findall(text, start, newline if newline >= 0 else high)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, factored by common prefixes (the engine does not
    factor an alternation itself, and would try every word at every position)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie) if trie else "(?!)"


# first folded word -> candidates (remaining words, official id, inflected), longest first
_Index = dict[str, list[tuple[tuple[str, ...], str, bool]]]


def _any_given_name(folded_word: str) -> bool:
    """``folded_word``, or the first part of a hyphenated one ("Jean-Luc"), is a given name."""
    return is_given_name(folded_word.split("-")[0]) or is_given_name(folded_word)


def _word_before(text: str, index: int) -> str:
    """The word right before ``index`` when only a space separates them, as written; empty when there is none."""
    before = _WORD_BEFORE.search(text, max(0, index - 48), index)
    return before.group(1) if before is not None else ""


@dataclass(frozen=True, slots=True)
class _NameForms:
    """What tells an official from a namesake: the keys of their given names (the words before the last of each
    name of several words), those names, the words of their role, and, for a name written family name first whose
    family name alone is an alias ("Wang" of "Wang Yi"), that family name and every word of their names."""

    given_keys: frozenset[str]
    given_names: frozenset[str]
    role_words: frozenset[str]
    family_names: frozenset[str]
    name_words: frozenset[str]
    junior: bool  # the official is a "Jr." themselves
    other_address: frozenset[str]  # forms of address of the other gender

    @classmethod
    def of(cls, official: Official) -> _NameForms:
        names = [_WORD.findall(fold(alias)) for alias in (official.name, *official.aliases)]
        given = frozenset(word.translate(_LATIN) for words in names for word in words[:-1] if len(word) >= 2)
        name = names[0]  # (the name opens with the family name, which is an alias alone: "Wang Yi" and "Wang")
        family = frozenset(name[:1]) & frozenset(words[0] for words in names if len(words) == 1) if len(
            name) > 1 else frozenset()
        return cls(
            given_keys=frozenset(key for word in given for key in _given_name_keys(word)),
            given_names=given,
            role_words=frozenset(word for word in _WORD.findall(fold(official.role)) if len(word) >= 4),
            family_names=family,
            name_words=frozenset(word for words in names for word in words),
            junior=any(word in ("jr", "junior") for words in names for word in words),
            other_address=_FEMALE_ADDRESS if official.gender == "m" else _MALE_ADDRESS if official.gender == "f"
            else frozenset(),
        )

    def addressed_otherwise(self, text: str, index: int) -> bool:
        """The name at ``index`` follows a form of address of the other gender ("Lady Starmer", "Mrs. Trump")."""
        if not self.other_address:
            return False
        before = _ABBREVIATION_BEFORE.search(text, max(0, index - 24), index)
        # (after an article it is a noun: "die Frau Selenskyjs" is his wife)
        return before is not None and fold(before.group(1)) in self.other_address and fold(
            _word_before(text, before.start())) not in _ARTICLES

    def own_given_name(self, folded_word: str) -> bool:
        """``folded_word`` is one of the official's given names, spelt any way, or a short form of one ("Tony"
        of "Antony")."""
        latin = folded_word.translate(_LATIN)
        return not self.given_keys.isdisjoint(_given_name_keys(folded_word)) or len(latin) >= 3 and any(
            latin in name for name in self.given_names)

    def named_as_official(self, before: str) -> bool:
        """The word before a surname names the official: one of their given names ("Joe Biden"), a word of their
        role ("le président Macron") or any other capitalised word that is neither a given name nor a form of
        address: a title in any language ("Präsident Macron", "Kanzler Scholz", "МИД Захарова")."""
        folded = fold(before)
        if not folded:
            return False
        if before[0].isupper():
            return self.own_given_name(folded.split("-")[0]) or not (
                _any_given_name(folded) or folded in _FEMALE_ADDRESS or folded in _MALE_ADDRESS)
        return any(folded.startswith(word[:5]) and len(folded) >= 5 for word in self.role_words)

    def namesake(self, text: str, mention: Mention, before: str) -> bool:
        """The surname at ``mention`` is someone else's: a capitalised given name not the official's before it
        (not after an article: "die Lage Putins"), or, for a name written family name first, a capitalised word
        after it that reads like an East Asian given name and is no part of the official's names ("Wang Wenbin";
        not "Xi Wednesday", "empfing Xi Bundeskanzler Merz")."""
        if before[:1].isupper() and not before.isupper():
            folded = fold(before)
            if not self.own_given_name(folded.split("-")[0]) and _any_given_name(folded) \
                    and fold(_word_before(text, mention.start - len(before) - 1)) not in _ARTICLES:
                return not _title_case_line(text, mention.start)
        if self.family_names and fold(text[mention.start:mention.end]) in self.family_names:
            after = _WORD_AFTER.match(text, mention.end)
            if after is not None and after.group(1)[0].isupper() and not after.group(1).isupper():
                word = fold(after.group(1))
                return (word not in self.name_words and word not in _DAYS and len(word) <= _ROMANISED_NAME_CHARS
                        and bool(_ROMANISED_GIVEN_NAME.fullmatch(word)) and not _title_case_line(text, mention.start))
        return False


class Watchlist:
    """An immutable set of tracked officials and a matcher for their names.

    ``officials`` maps id to ``Official``. ``find_mentions`` returns every non-overlapping occurrence of a
    name or alias (longest match first, left to right) with offsets into the original text. Matching is
    case- and diacritic-insensitive, on Unicode word boundaries ("Zakharova's" counts, "Zakharovan" does
    not), and linear in the length of the text.
    """

    __slots__ = ("officials", "_index", "_base_forms", "_first_words", "_name_forms")

    def __init__(self, officials: Iterable[Official]) -> None:
        by_id: dict[str, Official] = {}
        for official in officials:
            if official.id in by_id:
                raise WatchlistError(f"<watchlist>: duplicate id {official.id!r}")
            by_id[official.id] = official
        self.officials: Mapping[str, Official] = MappingProxyType(by_id)
        self._index, self._base_forms = self._build_index(by_id.values())
        # One pass of the regex engine finds the words a name can start with; the rest of the text is not
        # looked at word by word.
        self._first_words = re.compile(rf"(?<!\w){_trie_pattern(self._index)}(?!\w)")
        self._name_forms = {official.id: _NameForms.of(official) for official in by_id.values()}

    @staticmethod
    def _build_index(officials: Iterable[Official]) -> tuple[_Index, dict[tuple[str, ...], str]]:
        index: _Index = {}
        owner: dict[tuple[str, ...], tuple[str, bool]] = {}
        base_forms: dict[tuple[str, ...], str] = {}
        for official in officials:
            for alias in (official.name, *official.aliases):
                words = tuple(_WORD.findall(fold(alias)))
                if not words:
                    continue
                if words in base_forms and base_forms[words] != official.id:
                    raise WatchlistError(
                        f"<watchlist>: alias {alias!r} names both {base_forms[words]!r} and {official.id!r}"
                    )
                base_forms[words] = official.id
                for position, form in enumerate(_case_forms(words[-1])):
                    key = (*words[:-1], form)
                    inflected = position > 0
                    previous = owner.get(key)
                    # An alias as written beats a generated case form of another alias.
                    if previous is not None and (not previous[1] or inflected):
                        continue
                    owner[key] = (official.id, inflected)
        for key, (official_id, inflected) in owner.items():
            index.setdefault(key[0], []).append((key[1:], official_id, inflected))
        for candidates in index.values():
            candidates.sort(key=lambda c: -len(c[0]))
        return index, base_forms

    # -- construction --

    @classmethod
    def from_mapping(cls, data: Any, *, source: str = "<watchlist>") -> Watchlist:
        """Validate a parsed YAML document (``{"officials": [...]}``); errors name ``source``."""
        if not isinstance(data, dict):
            raise WatchlistError(f"{source}: expected a mapping with an 'officials' list")
        unknown = set(data) - {"officials"}
        if unknown:
            raise WatchlistError(f"{source}: unknown key {sorted(map(brief, unknown))[0]}")
        items = data.get("officials")
        if not isinstance(items, list):
            raise WatchlistError(f"{source}: officials: missing or not a list")
        if not items:
            raise WatchlistError(f"{source}: officials: empty")
        officials: list[Official] = []
        seen: set[str] = set()
        for n, item in enumerate(items):
            where = f"{source}: officials[{n}]"
            if not isinstance(item, dict):
                raise WatchlistError(f"{where}: expected a mapping")
            unknown = set(item) - _KEYS
            if unknown:
                raise WatchlistError(f"{where}: unknown key {sorted(map(brief, unknown))[0]}")
            for key in ("id", "name"):
                if key not in item or item[key] is None:
                    raise WatchlistError(f"{where}.{key}: missing")
                if not isinstance(item[key], str) or not item[key].strip():
                    raise WatchlistError(f"{where}.{key}: must be a non-empty string")
            official_id = item["id"]
            if not _SLUG.fullmatch(official_id):
                raise WatchlistError(f"{where}.id: {brief(official_id)} is not a slug (a-z, 0-9, single hyphens)")
            if official_id in seen:
                raise WatchlistError(f"{where}.id: duplicate {official_id!r}")
            seen.add(official_id)
            if not _WORD.search(item["name"]):  # it is matched in text like an alias: "!!!" would never match
                raise WatchlistError(f"{where}.name: must contain a word")
            role = item.get("role", "")
            if role is None:
                role = ""
            if not isinstance(role, str):
                raise WatchlistError(f"{where}.role: must be a string")
            aliases = item.get("aliases", [])
            if aliases is None:
                aliases = []
            if not isinstance(aliases, list):
                raise WatchlistError(f"{where}.aliases: must be a list of strings")
            for k, alias in enumerate(aliases):
                if not isinstance(alias, str) or not _WORD.search(alias):
                    raise WatchlistError(f"{where}.aliases[{k}]: must be a string containing a word")
            gender = item.get("gender")
            if gender not in (None, "f", "m"):
                raise WatchlistError(f"{where}.gender: must be 'f' or 'm'")
            nationality = item.get("nationality") or ""
            if not isinstance(nationality, str):
                raise WatchlistError(f"{where}.nationality: must be a string")
            officials.append(
                Official(
                    id=official_id,
                    name=item["name"].strip(),
                    role=role.strip(),
                    aliases=tuple(a.strip() for a in aliases),
                    gender=gender,
                    nationality=nationality.strip(),
                )
            )
        try:
            return cls(officials)
        except WatchlistError as exc:
            raise WatchlistError(str(exc).replace("<watchlist>", source, 1)) from None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Watchlist:
        """Load and validate a watchlist YAML file; raises ``WatchlistError`` with a one-line message."""
        source = os.fspath(path)
        try:
            with open(path, encoding="utf-8") as handle:
                raw = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise WatchlistError(f"{source}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
        return cls._from_yaml(raw, source)

    @classmethod
    def _from_yaml(cls, raw: str, source: str) -> Watchlist:
        try:
            data = load_yaml(raw)
        except ValueError as exc:
            raise WatchlistError(f"{source}: {exc}") from None
        return cls.from_mapping(data, source=source)

    @classmethod
    def default(cls) -> Watchlist:
        """The packaged watchlist, ``streams/data/officials.yaml``."""
        raw = resources.files("streams").joinpath("data/officials.yaml").read_text(encoding="utf-8")
        return cls._from_yaml(raw, "officials.yaml")

    # -- matching --

    def find_mentions(self, text: str) -> list[Mention]:
        """Every mention of a tracked official, in text order, with offsets into ``text``."""
        if not text or not self._index:
            return []
        folded_text, offsets = fold_with_offsets(text)
        index = self._index
        mentions: list[Mention] = []
        free = 0  # mentions do not overlap: the next one starts after the previous one
        for first in self._first_words.finditer(folded_text):
            start = first.start()
            if start < free:
                continue
            for rest, official_id, inflected in index[first.group()]:
                end = first.end()
                for word in rest:
                    gap = _GAP.match(folded_text, end)
                    following = _WORD.match(folded_text, gap.end()) if gap is not None else None
                    if following is None or following.group() != word:
                        break
                    end = following.end()
                else:
                    free = end
                    if offsets is not None:
                        start, end = offsets[start], offsets[end]
                    mentions.append(Mention(official_id, start, end, inflected))
                    break
        return self._without_namesakes(text, mentions)

    def _without_namesakes(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` without those of someone else of the same surname: a given name not the official's right
        before it ("Hunter Biden", "Alexis Sánchez", "Брижит Макрон"; not "Vladimir Zelensky", "Владимира Путина",
        a title, or a capitalised word of a headline), "Jr." after it, and the surname alone after such a namesake
        ("Hunter Biden ... Biden, 54, said") unless a title or the official's given name or role comes with it, until
        the official is named in full in a later sentence."""
        kept: list[Mention] = []
        namesakes: dict[str, Mention] = {}  # officials whose surname has named someone else, and where
        for mention in mentions:
            official_id = mention.official_id
            forms = self._name_forms[official_id]
            words = len(_WORD.findall(text, mention.start, mention.end))
            if not forms.junior and _JUNIOR.match(text, mention.end) and not _INITIAL_BEFORE.search(
                    text, max(0, mention.start - 4), mention.start):
                namesakes[official_id] = mention  # ("Donald Trump Jr."; not "Joseph R. Biden Jr.")
                continue
            if words == 1 and forms.addressed_otherwise(text, mention.start):
                namesakes[official_id] = mention
                continue
            namesake = namesakes.get(official_id)
            if forms.given_keys and words == 1:
                before = _word_before(text, mention.start)
                if not before and (initial := _INITIAL_BEFORE.search(text, max(0, mention.start - 4),
                                                                     mention.start)) is not None:
                    before = _word_before(text, initial.start())  # over a middle initial: "Mary L. Trump"
                if forms.namesake(text, mention, before):
                    namesakes[official_id] = mention
                    continue
                if namesake is not None and not forms.named_as_official(before) and not (
                        namesake.inflected and not mention.inflected):
                    continue  # the surname alone, after a namesake was named: which of them is not known (but
                    # "Зеленский" after "Елена Зеленская" is a man's name as written, not the case form she had)
            elif namesake is not None and _SENTENCE_END.search(text, namesake.end, mention.start):
                del namesakes[official_id]  # named in full in a later sentence than the namesake: theirs again
            kept.append(mention)
        return kept

    def is_base_form(self, text: str) -> bool:
        """True when ``text`` is a name or alias as written in the watchlist (not a generated case form)."""
        return tuple(_WORD.findall(fold(text))) in self._base_forms

    def __len__(self) -> int:
        return len(self.officials)

    def __repr__(self) -> str:
        return f"Watchlist({len(self.officials)} officials)"


class WatchlistFile:
    """A watchlist file that is reloaded when it changes (mtime, size or inode), for hot reload.

    ``current()`` is cheap (one ``stat``) and returns the latest *valid* watchlist: an invalid edit keeps
    the last good one and is recorded in ``last_error`` (cleared by the next good load). Every reload after
    the first load is logged in one line: the new number of officials, or the error and that the previous
    watchlist stays. Only when no watchlist was ever loaded does it raise ``WatchlistError`` (fail fast at
    start-up). ``path=None``
    means the packaged default, which never changes. ``reload()`` re-reads unconditionally (SIGHUP).
    Thread-safe.
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path: str | None = os.fspath(path) if path is not None else None
        self.last_error: WatchlistError | None = None
        self._watchlist: Watchlist | None = None
        self._signature: tuple[int, int, int] | None = None
        self._lock = threading.Lock()

    def _stat(self) -> tuple[int, int, int] | None:
        assert self.path is not None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def current(self) -> Watchlist:
        if self.path is None:
            if self._watchlist is None:
                return self.reload()
            return self._watchlist
        signature = self._stat()
        if self._watchlist is not None and signature == self._signature:
            return self._watchlist
        return self._load(signature)

    def reload(self) -> Watchlist:
        return self._load(self._stat() if self.path is not None else None)

    def _load(self, signature: tuple[int, int, int] | None) -> Watchlist:
        with self._lock:
            try:
                watchlist = Watchlist.default() if self.path is None else Watchlist.from_file(self.path)
            except WatchlistError as exc:
                # Remember the signature so a broken file is parsed once per change, not per article.
                self._signature = signature
                self.last_error = exc
                if self._watchlist is None:
                    raise
                log.error("watchlist not reloaded, the previous one (%d officials) stays: %s",
                          len(self._watchlist.officials), exc)
                return self._watchlist
            if self._watchlist is not None:
                log.info("watchlist reloaded from %s: %d officials", self.path or "the package",
                         len(watchlist.officials))
            self._watchlist, self._signature, self.last_error = watchlist, signature, None
            return watchlist
