"""Watchlist: validation, name matching (case, diacritics, inflection, boundaries), hot reload, speed."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from streams.analytics.officials import Mention, Official, Watchlist, WatchlistError, WatchlistFile, fold

GOOD = """officials:
  - id: maria-zakharova
    name: Maria Zakharova
    role: spokeswoman
    gender: f
    aliases: [Zakharova, Захарова]
"""


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return Watchlist.default()


def ids(watchlist: Watchlist, text: str) -> list[str]:
    return [m.official_id for m in watchlist.find_mentions(text)]


def surfaces(watchlist: Watchlist, text: str) -> list[str]:
    return [text[m.start:m.end] for m in watchlist.find_mentions(text)]


# --- the packaged watchlist ---


def test_default_watchlist_has_the_required_officials(watchlist: Watchlist) -> None:
    required = {"maria-zakharova", "sergey-lavrov", "vladimir-putin", "dmitry-peskov", "volodymyr-zelensky",
                "mykhailo-podolyak", "dmytro-kuleba", "valery-gerasimov", "antony-blinken", "olaf-scholz",
                "emmanuel-macron", "antonio-guterres"}
    assert required <= set(watchlist.officials)
    zakharova = watchlist.officials["maria-zakharova"]
    assert isinstance(zakharova, Official) and zakharova.name == "Maria Zakharova" and zakharova.gender == "f"
    assert "Захарова" in zakharova.aliases
    assert watchlist.officials["antonio-guterres"].nationality == "Portuguese"
    assert all(official.nationality for official in watchlist.officials.values())


# --- matching ---


def test_case_diacritics_and_multiword_names(watchlist: Watchlist) -> None:
    text = "MARIA ZAKHAROVA met António Guterres; antonio guterres and Maria\n Zakharova too."
    found = watchlist.find_mentions(text)
    assert [(m.official_id, text[m.start:m.end]) for m in found] == [
        ("maria-zakharova", "MARIA ZAKHAROVA"),
        ("antonio-guterres", "António Guterres"),
        ("antonio-guterres", "antonio guterres"),
        ("maria-zakharova", "Maria\n Zakharova"),
    ]


def test_word_boundaries_and_possessive(watchlist: Watchlist) -> None:
    assert surfaces(watchlist, "Zakharova's remarks") == ["Zakharova"]
    assert surfaces(watchlist, "Zakharova’s remarks") == ["Zakharova"]
    assert ids(watchlist, "Zakharovan Putinism Lavrovsky xPutin") == []
    assert ids(watchlist, "(Putin), «Путин»; Putin.") == ["vladimir-putin"] * 3


def test_both_spellings_of_podolyak(watchlist: Watchlist) -> None:
    assert ids(watchlist, "Podolyak said. Podoliak said. Mikhail Podoliak said. Подоляк сказал.") == [
        "mykhailo-podolyak"] * 4


def test_german_and_french_spellings(watchlist: Watchlist) -> None:
    # The German and French press transliterate Russian and Ukrainian names their own way.
    text = ("Lawrow, Sacharowa, Peskow, Selenskyj, Schoigu, Podoljak, Jermak, Gerassimow; "
            "Poutine, Sergueï Lavrov, Choïgou, Zelenski.")
    assert ids(watchlist, text) == [
        "sergey-lavrov", "maria-zakharova", "dmitry-peskov", "volodymyr-zelensky", "sergei-shoigu",
        "mykhailo-podolyak", "andriy-yermak", "valery-gerasimov",
        "vladimir-putin", "sergey-lavrov", "sergei-shoigu", "volodymyr-zelensky"]


def test_german_genitives_are_inflected_mentions(watchlist: Watchlist) -> None:
    # "Putins Sprecher", "Nach Lawrows Worten": the official named, in a case form (whose, not who speaks)
    found = watchlist.find_mentions("Putins Sprecher, nach Lawrows Worten, Macrons Rede; Scholz' Kabinett")
    assert [(m.official_id, m.inflected) for m in found] == [
        ("vladimir-putin", True), ("sergey-lavrov", True), ("emmanuel-macron", True), ("olaf-scholz", False)]


@pytest.mark.parametrize(
    "form, official",
    [
        (w, "maria-zakharova") for w in ("Захаровой", "Захаровою", "Захаровы", "Захарову", "Захарової", "ЗАХАРОВА")
    ] + [
        (w, "sergey-lavrov") for w in ("Лаврова", "Лаврову", "Лавровым", "Лаврове", "Лавровим")
    ] + [
        (w, "volodymyr-zelensky") for w in ("Зеленского", "Зеленскому", "Зеленським", "Зеленського", "Зеленский",
                                             "Зеленський")
    ] + [
        (w, "mykhailo-podolyak") for w in ("Подоляка", "Подоляку", "Подоляком", "Подолякові")
    ] + [
        (w, "dmytro-kuleba") for w in ("Кулебы", "Кулебі", "Кулебой", "Кулебою")
    ],
)
def test_cyrillic_inflection(watchlist: Watchlist, form: str, official: str) -> None:
    text = f"встреча с {form}, состоявшаяся вчера"
    found = watchlist.find_mentions(text)
    assert [(m.official_id, text[m.start:m.end]) for m in found] == [(official, form)]


def test_inflected_flag_marks_case_forms(watchlist: Watchlist) -> None:
    nominative, genitive = watchlist.find_mentions("Захарова и Захаровой")
    assert not nominative.inflected and genitive.inflected
    assert not watchlist.find_mentions("Zakharova")[0].inflected


def test_short_i_is_not_folded_into_i() -> None:
    # й must survive folding: Зеленський/Зеленский match, the misspelling with и does not.
    assert fold("Й") == "й" and fold("ё") == "е" and fold("É") == "e"
    wl = Watchlist.from_mapping({"officials": [{"id": "z", "name": "Зеленський"}]})
    assert ids(wl, "Зеленський, ЗЕЛЕНСЬКИЙ, Зеленського") == ["z"] * 3
    assert ids(wl, "Зеленськии") == []
    # a decomposed й (и + combining breve) in raw text still matches, with offsets into the raw text
    raw = "x Зеленськии\u0306 y"
    (mention,) = wl.find_mentions(raw)
    assert raw[mention.start:mention.end] == "Зеленськии\u0306"


def test_offsets_survive_length_changing_folds() -> None:
    wl = Watchlist.from_mapping({"officials": [{"id": "s", "name": "Olaf Scholz"}]})
    text = "Straße ﬁne, O\u0301laf Scholz spoke"
    (mention,) = wl.find_mentions(text)
    assert mention == Mention("s", text.index("O"), text.index(" spoke"))


def test_fold_is_per_character_casefold_without_marks() -> None:
    # lower() writes a word-final capital sigma as "ς"; folding is per character, so Σ is always σ.
    assert fold("ΟΔΥΣΣΕΥΣ Σ") == "οδυσσευσ σ"
    # accents stripped after lowercasing, capitals and lowercase alike, length kept
    assert fold("Ёлка ЇЖАК їжак Éte") == "елка іжак іжак ete"
    assert fold("Ünïcödé ÀÉÎÕÜ") == "unicode aeiou"


def test_names_match_across_one_to_three_separators_only() -> None:
    wl = Watchlist.from_mapping({"officials": [{"id": "l", "name": "Sergey Lavrov"}, {"id": "s", "name": "Sergey"}]})
    assert ids(wl, "Sergey Lavrov; Sergey - Lavrov; Sergey-Lavrov") == ["l", "l", "l"]
    # four separators, or punctuation between the words: the two-word name does not match, the one-word does
    assert ids(wl, "Sergey    Lavrov, Sergey. Lavrov") == ["s", "s"]
    assert ids(wl, "Sergeyev Lavrov xSergey") == []


def test_longest_alias_wins_and_no_overlaps(watchlist: Watchlist) -> None:
    (mention,) = watchlist.find_mentions("Maria Zakharova")
    assert (mention.start, mention.end) == (0, 15)


def test_hostile_input_is_linear(watchlist: Watchlist) -> None:
    for blob in ("a" * 1_000_000, "Ж" * 1_000_000, "Захаров" * 150_000, "é" * 1_000_000):
        started = time.perf_counter()
        watchlist.find_mentions(blob)
        assert time.perf_counter() - started < 5.0


def test_three_kilobyte_article_is_fast(watchlist: Watchlist) -> None:
    text = ("Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that talks with Zelensky "
            "were impossible. Захарова заявила, что Подоляк ошибается. ") * 20
    started = time.perf_counter()
    for _ in range(10):
        watchlist.find_mentions(text[:3000])
    assert (time.perf_counter() - started) / 10 < 0.1


# --- validation ---


def write(tmp_path: Path, body: str, name: str = "officials.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body, message",
    [
        ("officials:\n  - {name: A}\n", "officials[0].id: missing"),
        ("officials:\n  - {id: a, name: A}\n  - {id: b, name: B}\n  - {name: C}\n", "officials[2].id: missing"),
        ("officials:\n  - {id: a}\n", "officials[0].name: missing"),
        ("officials:\n  - {id: Bad Id, name: A}\n", "officials[0].id: 'Bad Id' is not a slug"),
        ("officials:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", "officials[1].id: duplicate 'a'"),
        ("officials:\n  - {id: a, name: A, aliases: x}\n", "officials[0].aliases: must be a list"),
        ("officials:\n  - {id: a, name: A, aliases: ['', x]}\n", "officials[0].aliases[0]: must be a string"),
        ("officials:\n  - {id: a, name: A, alias: [x]}\n", "officials[0]: unknown key 'alias'"),
        ("officials:\n  - {id: a, name: A, gender: x}\n", "officials[0].gender: must be 'f' or 'm'"),
        ("officials:\n  - {id: a, name: A, nationality: [x]}\n", "officials[0].nationality: must be a string"),
        ("officials:\n  - {id: a, name: Same}\n  - {id: b, name: B, aliases: [same]}\n",
         "alias 'same' names both 'a' and 'b'"),
        ("officials: []\n", "officials: empty"),
        ("people: []\n", "unknown key 'people'"),
        ("- a\n- b\n", "expected a mapping"),
        ("officials: [\n", "invalid YAML: line"),
        ("officials:\n  - just-a-string\n", "officials[0]: expected a mapping"),
        ("officials: " + "[" * 2000 + "]" * 2000 + "\n", "invalid YAML: nested too deeply"),  # was RecursionError
        ("officials:\n  - {id: a\0, name: A}\n", "invalid YAML: unacceptable character #x0000"),
        ("officials:\n  - {id: a, name: A, 5: z}\n", "officials[0]: unknown key 5"),
        # PyYAML keeps the last of two equal keys: the first id would vanish without a word.
        ("officials:\n  - id: a\n    name: A\n    id: b\n", "invalid YAML: line 4: key 'id' appears twice"),
        ("officials:\n  - {id: a, name: '!!!'}\n", "officials[0].name: must contain a word"),
    ],
)
def test_validation_errors_are_one_line_and_name_the_file(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(WatchlistError) as info:
        Watchlist.from_file(path)
    text = str(info.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_yaml_merge_keys_still_load(tmp_path: Path) -> None:
    body = ("defaults: &kremlin {role: Kremlin spokesman, gender: m}\n"
            "officials:\n  - {<<: *kremlin, id: dmitry-peskov, name: Dmitry Peskov}\n")
    with pytest.raises(WatchlistError, match="unknown key 'defaults'"):  # merged fine; the extra key is the error
        Watchlist.from_file(write(tmp_path, body))
    merged = "officials:\n  - &p {id: dmitry-peskov, name: Dmitry Peskov}\n  - {<<: *p, id: peskov-2, name: D. P.}\n"
    assert list(Watchlist.from_file(write(tmp_path, merged)).officials) == ["dmitry-peskov", "peskov-2"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError, match="cannot read"):
        Watchlist.from_file(tmp_path / "nope.yaml")


def test_valid_file_loads(tmp_path: Path) -> None:
    wl = Watchlist.from_file(write(tmp_path, GOOD))
    assert list(wl.officials) == ["maria-zakharova"]
    assert wl.officials["maria-zakharova"].aliases == ("Zakharova", "Захарова")


# --- hot reload ---


def bump(path: Path, body: str) -> None:
    path.write_text(body, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_hot_reload_keeps_last_good_on_invalid_edit(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    watched = WatchlistFile(path)
    first = watched.current()
    assert watched.current() is first  # unchanged file: no reload
    bump(path, GOOD + "  - {id: sergey-lavrov, name: Sergey Lavrov, aliases: [Lavrov]}\n")
    second = watched.current()
    assert set(second.officials) == {"maria-zakharova", "sergey-lavrov"}
    assert watched.last_error is None
    bump(path, GOOD + "  - {name: Nobody}\n")
    assert watched.current() is second  # invalid edit: last good watchlist stays
    assert isinstance(watched.last_error, WatchlistError) and "officials[1].id: missing" in str(watched.last_error)
    bump(path, GOOD)
    assert set(watched.current().officials) == {"maria-zakharova"}
    assert watched.last_error is None


def test_every_reload_is_logged_in_one_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, GOOD)
    watched = WatchlistFile(path)
    with caplog.at_level(logging.INFO, logger="streams.analytics.officials"):
        watched.current()
        assert caplog.records == []  # the first load is the worker's start-up, not a reload
        bump(path, GOOD + "  - {name: Nobody}\n")
        watched.current()
        watched.current()  # the same broken file: parsed and reported once
        bump(path, GOOD + "  - {id: sergey-lavrov, name: Sergey Lavrov, aliases: [Lavrov]}\n")
        watched.current()
    messages = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert len(messages) == 2 and all("\n" not in m for _, m in messages), messages
    assert messages[0][0] == "ERROR" and "previous one (1 officials) stays" in messages[0][1]
    assert "officials[1].id: missing" in messages[0][1]
    assert messages[1] == ("INFO", f"watchlist reloaded from {path}: 2 officials")


def test_reload_forces_and_missing_file_keeps_last_good(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    watched = WatchlistFile(path)
    first = watched.current()
    assert watched.reload() is not first
    path.unlink()
    assert set(watched.current().officials) == {"maria-zakharova"}
    assert watched.last_error is not None


def test_first_load_failure_raises(tmp_path: Path) -> None:
    watched = WatchlistFile(write(tmp_path, "officials: 3\n"))
    with pytest.raises(WatchlistError):
        watched.current()


def test_packaged_default_via_none() -> None:
    watched = WatchlistFile(None)
    assert "maria-zakharova" in watched.current().officials
    assert watched.current() is watched.current()


# --- namesakes ---

NAMESAKES = Watchlist.from_mapping({"officials": [
    {"id": "joe-biden", "name": "Joe Biden", "role": "President of the United States", "gender": "m",
     "aliases": ["Biden", "Joseph Biden"]},
    {"id": "antony-blinken", "name": "Antony Blinken", "aliases": ["Blinken"]},
    {"id": "xi-jinping", "name": "Xi Jinping", "aliases": ["Xi"]},
    {"id": "lula-da-silva", "name": "Luiz Inácio Lula da Silva", "aliases": ["Lula", "Lula da Silva"]},
    {"id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin", "Путин", "Владимир Путин"]},
    {"id": "volodymyr-zelensky", "name": "Volodymyr Zelensky", "aliases": ["Zelensky", "Зеленский"]},
    {"id": "wang-yi", "name": "Wang Yi", "aliases": ["Wang"]},
    {"id": "guterres", "name": "Guterres"},
]})


@pytest.mark.parametrize("text, expected", [
    # another given name before the surname names someone else; the official's own, spelt any way, does not
    ("Hunter Biden said", []),
    ("Jill Biden spoke to reporters while Joe Biden waited", ["joe-biden"]),
    ("Joseph Biden said", ["joe-biden"]),
    ("Vladimir Zelensky said", ["volodymyr-zelensky"]),  # (the Russian spelling of Volodymyr)
    ("Wolodymyr Zelensky said", ["volodymyr-zelensky"]),
    ("Volodímir Zelensky afirmó", ["volodymyr-zelensky"]),
    ("встреча с Владимиром Путиным", ["vladimir-putin"]),
    ("Людмила Путина", []),
    ("Svetlana Putin", []),
    # a title, a sentence opener, an acronym, a possessive, an initial: not a given name
    ("President Biden said", ["joe-biden"]),
    ("Ранее Путин заявил", ["vladimir-putin"]),
    ("The EU and US Biden", ["joe-biden"]),
    ("Russia's Putin said", ["vladimir-putin"]),
    ("V. Putin said", ["vladimir-putin"]),
    # a headline capitalises every word: a given name there is not told from any other capitalised word
    ("Will Putin Attend The Summit In Brazil?", ["vladimir-putin"]),
    # "Jr." after the name
    ("Joe Biden Jr. said", []),
    # the surname alone after a namesake: which of them is not known, unless the official's given name or role
    # comes with it
    ("Hunter Biden spoke. Biden said", []),
    ("Hunter Biden spoke. Joe Biden said", ["joe-biden"]),
    ("Hunter Biden spoke. Mr Biden said", []),
    ("Hunter Biden spoke. President Biden said", ["joe-biden"]),  # (the role is the official's)
    # family name first: another given name after it
    ("Wang Wenbin said", []),
    ("Wang Yi said", ["wang-yi"]),
    ("Wang Wenbin said that Wang Yi would come. Wang said", ["wang-yi"]),
    ("Wang said", ["wang-yi"]),
    # an official written without given names: nothing to tell a namesake by
    ("Carlos Guterres said", ["guterres"]),
    # a code review's cases: a middle initial before "Jr."; a role after a namesake; a short form of the given
    # name; a capitalised word after a family name that is no given name; a noun after an article
    ("President Joseph R. Biden Jr. said on Tuesday", ["joe-biden"]),
    ("Secretary of State Tony Blinken said on Tuesday", ["antony-blinken"]),
    ("Am Dienstag empfing Xi Bundeskanzler Merz in Peking.", ["xi-jinping"]),
    ("Biden will meet Xi Wednesday in San Francisco.", ["joe-biden", "xi-jinping"]),
    ("Am Montag forderte Lula Frieden in der Ukraine.", ["lula-da-silva"]),
    ("Die Lage der Hunter Biden Stiftung und der Regierung ist schwierig", ["joe-biden"]),
    # a given name before a middle initial; a form of address of the other gender; "-младший"
    ("Jill T. Biden said", []),
    ("Mrs. Biden said", []),
    ("Lady Biden said", []),
    ("Mr. Biden said", ["joe-biden"]),
    ("Владимир Путин-младший", []),
    # a second review's cases: a title in any language after a namesake; the official named in full in a later
    # sentence; a man's name as written after a woman's case form; "Frau" after an article is a wife
    ("Brigitte Biden besuchte die Schule. Präsident Biden sagte", ["joe-biden"]),
    ("Jill Biden accompanied him. President Joe Biden said it. Biden added", ["joe-biden", "joe-biden"]),
    ("Jill Biden and President Joe Biden arrived. Biden added", ["joe-biden"]),  # (one sentence: not known)
    ("Людмила Путина посетила выставку в субботу. Путин заявил", ["vladimir-putin"]),
    ("Людмила Путина посетила выставку в субботу. Путина видели", []),
    ("Die Frau Bidens besuchte London. Biden sagte", ["joe-biden", "joe-biden"]),
])
def test_namesakes_are_not_the_official(text: str, expected: list[str]) -> None:
    assert ids(NAMESAKES, text) == expected
