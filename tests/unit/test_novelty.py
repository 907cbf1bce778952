"""Novelty: near-duplicate statements per official within a time window, state in a JSON-able store."""

from __future__ import annotations

import json
from typing import Any

import pytest

from streams.analytics.novelty import NoveltyIndex, negates, statement_key
from streams.analytics.officials import Watchlist
from streams.analytics.statements import extract_statements
from tests.unit.statements.helpers import clean_sample

QUOTE = ("We once again urge international organizations to issue a statement condemning the terrorist attacks "
         "carried out by Ukrainian militants")
DAY = 86400.0


class RecordingStore(dict[str, Any]):
    """A dict that remembers what was assigned, like a Faust table's changelog."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, Any]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes.append((key, value))
        super().__setitem__(key, value)


def test_statement_key_is_stable_and_normalised() -> None:
    assert statement_key("Hello, World!") == statement_key("hello world") == statement_key("  HELLO\nworld ")
    assert statement_key("Héllo world") == statement_key("hello world")
    assert statement_key("hello world") == "878633aa32a3b150"  # blake2b-64 of "hello world": no hash()
    assert statement_key("hello world") != statement_key("world hello")


def test_exact_repeat_is_not_new_and_keeps_the_key() -> None:
    index = NoveltyIndex()
    assert index.check_and_add("maria-zakharova", QUOTE, 0) == (True, statement_key(QUOTE))
    assert index.check_and_add("maria-zakharova", QUOTE, 10) == (False, statement_key(QUOTE))
    assert index.check_and_add("maria-zakharova", QUOTE, 20) == (False, statement_key(QUOTE))
    assert len(index) == 1


@pytest.mark.parametrize(
    "variant",
    [
        "“We once again URGE international organisations to issue a statement condemning the terrorist attacks "
        "carried out by Ukrainian militants!”",  # retyped: case, spelling of one word, punctuation
        "urge international organizations to issue a statement condemning the terrorist attacks",  # trimmed
        "We once again call on international organizations to issue a statement condemning terrorist attacks "
        "carried out by Ukrainian militants",  # a few words changed
    ],
)
def test_near_duplicates_are_not_new(variant: str) -> None:
    index = NoveltyIndex()
    index.check_and_add("maria-zakharova", QUOTE, 0)
    assert index.check_and_add("maria-zakharova", variant, 3600) == (False, statement_key(QUOTE))


def test_different_statements_and_officials_are_new() -> None:
    index = NoveltyIndex()
    index.check_and_add("maria-zakharova", QUOTE, 0)
    other = "However, we are confident that the response will be nothing but the shameful silence of structures"
    assert index.check_and_add("maria-zakharova", other, 10)[0]
    assert index.check_and_add("sergey-lavrov", QUOTE, 10)[0]  # same words, other official
    assert len(index) == 3


def test_a_reversal_is_new_though_most_of_its_words_repeat() -> None:
    # Found by the blind set of reposts (test_repost_families): 0.52 of the word pairs in common made it a repeat
    index = NoveltyIndex()
    said = ("Putin will not go to Rio. Russia will be represented at the summit by Foreign Minister Sergei Lavrov")
    assert index.check_and_add("dmitry-peskov", said, 0.0)[0]
    assert index.check_and_add("dmitry-peskov", "Putin will go to Rio. Russia will be represented at the summit by "
                                                "the president himself", 3600.0)[0]
    # ... while the same words again, or retyped, or trimmed to leave the negation out, still repeat it
    assert not index.check_and_add("dmitry-peskov", said.upper(), 7200.0)[0]
    assert not index.check_and_add("dmitry-peskov", "Putin will not go to Rio. Russia will be represented at the "
                                                    "summit by Foreign Minister Lavrov", 7300.0)[0]
    assert not index.check_and_add("dmitry-peskov", "Russia will be represented at the summit by Foreign Minister "
                                                    "Sergei Lavrov", 7400.0)[0]
    # words that also mean something else are no negation: Portuguese "no" is "in the"
    pt = NoveltyIndex()
    assert pt.check_and_add("lula", "O Brasil vai apoiar a proposta da China para a paz", 0.0)[0]
    assert not pt.check_and_add("lula", "O Brasil vai apoiar a proposta da China para a paz no conflito", 60.0)[0]
    ru = NoveltyIndex()
    assert ru.check_and_add("dmitry-peskov", "Путин не поедет на саммит в Рио-де-Жанейро в ноябре", 0.0)[0]
    assert ru.check_and_add("dmitry-peskov", "Путин поедет на саммит в Рио-де-Жанейро в ноябре", 60.0)[0]
    # negations that are words of their own: "cannot", "nichts", "nem" (they were not marked)
    for official, negated, plain in [
        ("antony-blinken", "Washington cannot accept a ceasefire that rewards the aggression", "Washington can accept a "
         "ceasefire that rewards the aggression"),
        ("olaf-scholz", "Deutschland wird nichts an seiner Unterstützung für die Ukraine ändern", "Deutschland wird "
         "etwas an seiner Unterstützung für die Ukraine ändern"),
        ("antonio-guterres", "A ONU nem vai aceitar uma paz imposta pela força", "A ONU vai aceitar uma paz imposta "
         "pela força"),
    ]:
        index = NoveltyIndex()
        assert index.check_and_add(official, plain, 0.0)[0]
        assert index.check_and_add(official, negated, 60.0)[0], negated


@pytest.mark.parametrize("lang, plain, negated", [
    # the words that negate only in the statement's language: French "ne ... pas" ("pas" is also a step), Spanish and
    # Italian "no", "non", English "no" (each a repeat before, its reversal's alert lost)
    ("fr", "La Russie attaquera les convois occidentaux qui livrent des armes à l'Ukraine",
     "La Russie n'attaquera pas les convois occidentaux qui livrent des armes à l'Ukraine"),
    ("fr", "La France livrera cette année des missiles de longue portée à l'Ukraine",
     "La France ne livrera pas cette année des missiles de longue portée à l'Ukraine"),
    ("es", "Rusia atacará los convoyes occidentales que entregan armas a Ucrania",
     "Rusia no atacará los convoyes occidentales que entregan armas a Ucrania"),
    ("it", "La Russia attaccherà i convogli occidentali che consegnano armi all'Ucraina",
     "La Russia non attaccherà i convogli occidentali che consegnano armi all'Ucraina"),
    ("en", "There are plans for new talks with Kyiv in the coming weeks",
     "There are no plans for new talks with Kyiv in the coming weeks"),
    # and those that negate in every language that has them: German "nie", Italian "nessuno", Norwegian "ingenting"
    ("de", "Deutschland wird Taurus-Marschflugkörper an die Ukraine liefern",
     "Deutschland wird nie Taurus-Marschflugkörper an die Ukraine liefern"),
    ("it", "Qualcuno vuole la guerra con la Russia in Europa oggi",
     "Nessuno vuole la guerra con la Russia in Europa oggi"),
    ("no", "Norge har sagt noe om saken til russiske myndigheter", "Norge har sagt ingenting om saken til russiske "
     "myndigheter"),
])
def test_a_reversal_in_the_statements_language_is_new(lang: str, plain: str, negated: str) -> None:
    index = NoveltyIndex()
    assert index.check_and_add("official", plain, 0.0, lang=lang)[0]
    assert index.check_and_add("official", negated, 60.0, lang=lang)[0], negated
    assert not index.check_and_add("official", negated.upper(), 120.0, lang=lang)[0]


@pytest.mark.parametrize("lang, plain, conditional", [
    ("en", "Ukraine is ready to exchange all prisoners of war", "Ukraine is ready to exchange all prisoners of war, "
     "provided that Russia returns the deported children"),
    ("it", "L'Ucraina è pronta a uno scambio di tutti i prigionieri", "L'Ucraina è pronta a uno scambio di tutti i "
     "prigionieri, a condizione che la Russia restituisca i bambini deportati"),
    ("no", "Norge vil gi Ukraina ytterligere 5 milliarder kroner til luftvern", "Norge vil gi Ukraina ytterligere 5 "
     "milliarder kroner til luftvern, dersom Stortinget godkjenner det"),
    ("ru", "Россия готова к переговорам с Украиной в Стамбуле", "Россия готова к переговорам с Украиной в Стамбуле, "
     "если Киев откажется от вступления в НАТО"),
    # an exception is one too
    ("es", "Rusia está dispuesta a una tregua de 30 días en los ataques contra instalaciones energéticas",
     "Rusia está dispuesta a una tregua de 30 días en los ataques contra instalaciones energéticas, excepto en las "
     "zonas fronterizas"),
    ("fr", "Nous sommes prêts à négocier avec l'Ukraine, nous ne l'avons jamais refusé", "Nous sommes prêts à négocier "
     "avec l'Ukraine, nous ne l'avons jamais refusé, mais pas avec Zelensky"),
])
def test_a_condition_added_is_news_and_a_copy_without_it_is_not(lang: str, plain: str, conditional: str) -> None:
    # A commitment made conditional shares most of its words with the commitment: it was a repeat
    index = NoveltyIndex()
    assert index.check_and_add("official", plain, 0.0, lang=lang)[0]
    assert index.check_and_add("official", conditional, 60.0, lang=lang)[0], conditional
    later = NoveltyIndex()
    assert later.check_and_add("official", conditional, 0.0, lang=lang)[0]
    assert not later.check_and_add("official", plain, 60.0, lang=lang)[0]  # (a copy that left the condition out)


def test_words_that_only_look_like_conditions_are_not() -> None:
    # (found by a review) English "falls" and "for as long as it takes" made a statement conditional, so a copy with
    # them was news
    for first, again in [
        ("We will support Ukraine with everything we have", "We will support Ukraine with everything we have, for as "
         "long as it takes"),
        ("The responsibility for the escalation of the war in Europe", "The responsibility for the escalation of the "
         "war in Europe falls on Moscow"),
    ]:
        index = NoveltyIndex()
        assert index.check_and_add("official", first, 0.0, lang="en")[0]
        assert not index.check_and_add("official", again, 60.0, lang="en")[0], again


def test_a_cut_quote_keeps_its_decimals() -> None:
    # (found by a review) each part of a quote cut at an ellipsis had its facts read from its folded words: "1.5"
    # was "1 5", another figure than the stored statement's
    index = NoveltyIndex()
    assert index.check_and_add("olaf-scholz", "Germany will provide military aid worth 1.5 billion euros this year. "
                               "We will not let Ukraine down.", 0.0, lang="en")[0]
    assert index.check_and_add("olaf-scholz", "The air defence systems will arrive before the winter. Nobody should "
                               "doubt our resolve.", 60.0, lang="en")[0]
    assert not index.check_and_add("olaf-scholz", "Germany will provide military aid worth 1.5 billion euros ... The "
                                   "air defence systems will arrive before the winter", 120.0, lang="en")[0]


def test_a_word_that_negates_elsewhere_does_not_in_its_own_language() -> None:
    # Portuguese "no" is "in the", Italian "ne" "of it", English "non" a prefix: a repeat with one of them more is a
    # repeat
    for lang, first, again in [
        ("pt", "O Brasil vai apoiar a proposta da China para a paz", "O Brasil vai apoiar a proposta da China para a "
         "paz no conflito"),
        ("it", "Il governo ha parlato con Kiev della proposta di pace", "Il governo ne ha parlato con Kiev della "
         "proposta di pace"),
        ("en", "We will keep working with the aligned countries of the global south", "We will keep working with the "
         "non-aligned countries of the global south"),
    ]:
        index = NoveltyIndex()
        assert index.check_and_add("official", first, 0.0, lang=lang)[0]
        assert not index.check_and_add("official", again, 60.0, lang=lang)[0], again
    assert negates(["ne", "ha", "parlato"], "fr") and not negates(["ne", "ha", "parlato"], "it")
    assert negates(["no", "plans"], "en") and not negates(["no", "conflito"], "pt") and not negates(["no"], None)


def test_a_fact_replaced_by_another_of_its_kind_is_news() -> None:
    # An updated toll, a new day or month: every other word repeats, and each was a repeat, its alert lost
    index = NoveltyIndex()
    toll = "At least 14 people were killed and 40 wounded in the Russian missile strike on Kharkiv overnight"
    assert index.check_and_add("volodymyr-zelensky", toll, 0.0, lang="en")[0]
    assert index.check_and_add("volodymyr-zelensky", toll.replace("14", "21"), 3600.0, lang="en")[0]
    visit = "Putin will travel to Beijing on Tuesday for talks with Xi Jinping on energy cooperation"
    assert index.check_and_add("dmitry-peskov", visit, 0.0, lang="en")[0]
    assert index.check_and_add("dmitry-peskov", visit.replace("Tuesday", "Friday"), 60.0, lang="en")[0]
    ru = "Переговоры с американской делегацией пройдут в Эр-Рияде в сентябре, заявил помощник"
    assert index.check_and_add("dmitry-peskov", ru, 0.0, lang="ru")[0]
    assert index.check_and_add("dmitry-peskov", ru.replace("сентябре", "октябре"), 60.0, lang="ru")[0]
    # a place or person replaced by another: the same sentence is news
    assert index.check_and_add("volodymyr-zelensky", "Russian troops are massing near Kharkiv, and we expect a new "
                               "offensive in the coming weeks", 0.0, lang="en")[0]
    assert index.check_and_add("volodymyr-zelensky", "Russian troops are massing near Pokrovsk, and we expect a new "
                               "offensive in the coming weeks", 60.0, lang="en")[0]
    assert not index.check_and_add("volodymyr-zelensky", "Russian troops are massing near Kharkov, and we expect a "
                                   "new offensive in the coming weeks", 120.0, lang="en")[0]  # (another spelling)
    # ... while the same facts spelled otherwise, a fact only added (a longer copy) or left out (a trimmed one)
    # repeat it
    for again in (toll.replace("14", "fourteen"), toll.replace(" overnight", " overnight on Tuesday"),
                  toll.replace(" and 40 wounded", "")):
        assert not index.check_and_add("volodymyr-zelensky", again, 7200.0, lang="en")[0], again
    for again in (visit.replace("on Tuesday", "on Tuesday, Oct. 15,"), visit.replace(" on Tuesday", "")):
        assert not index.check_and_add("dmitry-peskov", again, 7200.0, lang="en")[0], again
    # and a statement stored by a version that kept no facts is compared on its words alone
    old = NoveltyIndex({"volodymyr-zelensky": []})
    assert old.check_and_add("volodymyr-zelensky", toll, 0.0)[0]
    old.store["volodymyr-zelensky"] = [entry[:5] for entry in old.store["volodymyr-zelensky"]]
    assert not old.check_and_add("volodymyr-zelensky", toll.replace("14", "21"), 60.0)[0]


def test_a_quote_cut_at_an_ellipsis_that_joins_two_quotes_repeats_them() -> None:
    # Found by the blind set of reposts: "A … C" after "A. B." and "C. D." shared too little with either
    index = NoveltyIndex()
    first = "Today they have a war that is expanding deeper inside the Russian Federation. Will they fear that? Yes"
    second = "Do they respond to anything but fear? No, and everyone should realise that at last."
    assert index.check_and_add("mykhailo-podolyak", first, 0.0) == (True, statement_key(first))
    assert index.check_and_add("mykhailo-podolyak", second, 0.0)[0]
    for cut in ("Today they have a war that is expanding deeper inside the Russian Federation \u2026 Do they respond "
                "to anything but fear? No",
                "Today they have a war that is expanding deeper inside the Russian Federation (...) Do they respond "
                "to anything but fear? No"):
        assert index.check_and_add("mykhailo-podolyak", cut, 60.0) == (False, statement_key(first)), cut
    # every part must repeat something: one new part makes it new
    assert index.check_and_add("mykhailo-podolyak", "Today they have a war that is expanding deeper inside the "
                                                    "Russian Federation \u2026 and the front will move north by winter",
                               120.0)[0]


def test_window_expiry_and_pruning() -> None:
    store = RecordingStore()
    index = NoveltyIndex(store, window_seconds=7 * DAY)
    index.check_and_add("z", QUOTE, 0)
    assert not index.check_and_add("z", QUOTE, 6 * DAY)[0]
    assert index.check_and_add("z", QUOTE, 8 * DAY)[0]  # outside the window: new again
    assert [e[3] for e in store["z"]] == [8 * DAY]  # the old entry was pruned on write


def test_max_per_official_keeps_the_newest() -> None:
    index = NoveltyIndex(max_per_official=3)
    for n in range(5):
        index.check_and_add("z", f"statement number {n} about a completely separate topic {n * 7}", n)
    assert len(index) == 3


def test_store_values_are_replaced_not_mutated_and_json_round_trips() -> None:
    store = RecordingStore()
    index = NoveltyIndex(store)
    index.check_and_add("z", QUOTE, 0)
    first = store["z"]
    snapshot = json.dumps(first)
    index.check_and_add("z", "A different sentence from the same briefing on another subject", 1)
    assert json.dumps(first) == snapshot  # the old value object was not touched
    assert len(store.writes) == 2 and store.writes[1][1] is store["z"]
    index.check_and_add("z", QUOTE, 2)  # a repeat writes nothing
    assert len(store.writes) == 2
    # a table rebuilt from its changelog (JSON) gives the same decisions
    restored = NoveltyIndex(json.loads(json.dumps(store)))
    assert restored.check_and_add("z", QUOTE.upper(), 3) == (False, statement_key(QUOTE))
    assert restored.check_and_add("z", "Completely new words about the grain deal and shipping", 3)[0]


def test_corrupt_entries_are_ignored() -> None:
    index = NoveltyIndex({"z": [["k", 1, "!!not base64!!", 0.0], "junk", [1, 2]]})
    assert index.check_and_add("z", QUOTE, 0)[0]


def test_empty_statement_is_never_new() -> None:
    assert NoveltyIndex().check_and_add("z", " ... ", 0)[0] is False


def test_sample_repost_yields_no_new_statements(sample_articles: list[tuple[str, str]]) -> None:
    watchlist = Watchlist.default()
    title, body = sample_articles[1]  # the TASS/News.Az briefing report
    original = clean_sample(title, body)
    index = NoveltyIndex()
    first = extract_statements(original, watchlist)
    assert first and all(index.check_and_add(s.official_id, s.text, 1000.0)[0] for s in first)

    repost = original.split("\n\n", 1)[1] + "\n\nRelated Post\n\nCopyright 2024 Example Media. All rights reserved."
    again = extract_statements(repost, watchlist)
    assert again and all(s.official_id == "maria-zakharova" for s in again)
    assert [index.check_and_add(s.official_id, s.text, 2000.0)[0] for s in again] == [False] * len(again)

    # The same briefing quoted elsewhere: one known quote retyped and trimmed, one sentence not seen before.
    elsewhere = ('"Ukrainian militants and foreign mercenaries are committing atrocities, shooting civilians and '
                 'volunteers," Zakharova said. "We will demand that the UN Security Council gives a clear '
                 'assessment of these crimes," she added.')
    decisions = [(s.text[:25], index.check_and_add(s.official_id, s.text, 3000.0)[0])
                 for s in extract_statements(elsewhere, watchlist)]
    assert decisions == [("Ukrainian militants and f", False), ("We will demand that the U", True)]


def test_zakharova_across_sample_articles_is_new_per_distinct_quote(sample_articles: list[tuple[str, str]]) -> None:
    watchlist = Watchlist.default()
    index = NoveltyIndex()
    decisions = []
    for n, (title, body) in enumerate(sample_articles):
        for s in extract_statements(clean_sample(title, body), watchlist):
            decisions.append(index.check_and_add(s.official_id, s.text, float(n))[0])
    assert decisions and all(decisions)  # the five articles carry distinct statements


def test_redelivered_article_re_emits_its_statement_with_the_same_key() -> None:
    index = NoveltyIndex()
    text = "We will raise the strikes on civilian districts at the Security Council next week"
    assert index.check_and_add("maria-zakharova", text, 100.0, source="a-1") == (True, statement_key(text))
    # The same article again (a replay after a crash): new again, same key, so the same alert id.
    assert index.check_and_add("maria-zakharova", text, 100.0, source="a-1") == (True, statement_key(text))
    # Another article repeating it: not new.
    assert index.check_and_add("maria-zakharova", text, 160.0, source="a-2") == (False, statement_key(text))
    assert len(index.store["maria-zakharova"]) == 1


def test_similar_sketches_always_share_a_hash() -> None:
    # check_and_add skips _similar for disjoint sketches: that must never change a decision.
    import random

    from streams.analytics.novelty import _decode, _encode, _shingles, _similar, _words

    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(40)]
    similar = 0
    for _ in range(3000):
        words = rng.choices(vocabulary, k=rng.randint(1, 60))
        edited = [w if rng.random() > 0.3 else rng.choice(vocabulary) for w in words][: rng.randint(1, len(words))]
        a, b = _shingles(_words(" ".join(words))), _shingles(_words(" ".join(edited)))
        sa, sb = _decode(_encode(a)), _decode(_encode(b))
        if _similar(sa, len(a), sb, len(b)):
            similar += 1
            assert not sa.isdisjoint(sb)
    assert similar > 10


# --- the indexed lookup answers exactly like a scan of the whole list ---


class ScanningIndex(NoveltyIndex):
    """The reference: every check scans the official's whole list, newest first (what the index replaces)."""

    def check_and_add(self, official_id: str, text: str, seen_at: float, source: str | None = None):
        from streams.analytics import novelty as n

        words = n._words(text)
        key = n.statement_key(text)
        if not words:
            return False, key
        shingles = n._shingles(words)
        sketch = n._encode(shingles)
        said = n.facts(text)
        entries = [e for e in (self.store.get(official_id) or []) if n._valid(e)]
        match = n._scan(entries, key, n._decode(sketch), len(shingles), seen_at, self.window_seconds, said)
        if match is not None:
            return source is not None and match[1] == source, match[0]
        newest = max([seen_at, *(e[3] for e in entries)])
        kept = [e for e in entries if newest - e[3] <= self.window_seconds]
        kept.append([key, len(shingles), sketch, float(seen_at), source, " ".join(said)])
        kept.sort(key=lambda e: e[3])
        self.store[official_id] = kept[-self.max_per_official:]
        return True, key


@pytest.mark.parametrize("seed", range(6))
def test_indexed_lookup_equals_a_full_scan(seed: int) -> None:
    import random

    from streams.analytics.novelty import DurableNoveltyStore

    rng = random.Random(seed)
    # small: many near-duplicates and shared bigrams; and facts, some replaced by others of their kind
    vocabulary = [f"w{i}" for i in range(60)] + ["14", "21", "friday", "tuesday"]
    said: list[str] = []
    durable = seed % 2 == 0
    # windows and caps that expire often, truncate often, or never (so the index's buffer merges by size)
    window, cap = [(50.0, 40), (1e9, 5000), (10.0, 3)][seed % 3]
    fast = NoveltyIndex(DurableNoveltyStore({}) if durable else {}, window_seconds=window, max_per_official=cap)
    slow = ScanningIndex(DurableNoveltyStore({}) if durable else {}, window_seconds=window, max_per_official=cap)
    clock = 0.0
    for step in range(2500):
        roll = rng.random()
        if said and roll < 0.3:
            words = rng.choice(said).split()
            if rng.random() < 0.5 and len(words) > 3:  # a trimmed or edited repeat
                words = words[rng.randrange(2):]
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            text = " ".join(words)
        else:
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30)))
            said.append(text)
        clock += rng.choice([0.0, 0.0, 0.5, 1.0, 3.0, 40.0])  # ties, steps, window crossings
        seen_at = clock - rng.choice([0.0, 0.0, 0.0, 2.0, 60.0])  # some late arrivals
        official = rng.choice(["a", "b", "c"])
        source = rng.choice([None, f"art-{step}", f"art-{step - 1}"])
        if not durable and rng.random() < 0.01:  # a value written by another version: skipped by both
            junk = rng.choice([["x"], ["k", 1, "%%%", 1.0, None]])
            for index in (fast, slow):
                stored = [*(index.store.get(official) or []), junk]
                stored.sort(key=lambda e: e[3] if len(e) > 3 else 0.0)
                index.store[official] = stored
        assert fast.check_and_add(official, text, seen_at, source) == slow.check_and_add(official, text, seen_at,
                                                                                          source), step
        assert fast.store.get(official) == slow.store.get(official), step


def test_a_check_looks_only_at_statements_sharing_a_word_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.analytics import novelty

    index = NoveltyIndex(window_seconds=1e9)
    for i in range(3000):
        index.check_and_add("a", f"statement number {i} about topic {i * 7} and {i * 13}", float(i))
    assert len(index) == 3000
    looked_at: list[int] = []
    scan = novelty._scan
    monkeypatch.setattr(novelty, "_scan", lambda entries, *args: looked_at.append(len(entries)) or scan(entries, *args))
    assert index.check_and_add("a", "statement number 2999 about topic 20993 and 38987", 9000.0) == (
        False, statement_key("statement number 2999 about topic 20993 and 38987"))
    assert index.check_and_add("a", "a quite different remark on the weather today", 9001.0)[0]
    # "statement number" and "number 2999" are shared with a few stored statements; the weather with none
    assert looked_at[0] < 20 and looked_at[1] == 0


def test_an_updated_toll_in_a_repost_of_the_story_alerts() -> None:
    # The wire's update copies its story and changes the figure: a repost to dedup, a new statement to novelty
    from datetime import datetime, timedelta, timezone

    from streams.pipeline import Analyzers, Pipeline

    pipeline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=86400.0,
                        novelty_window_seconds=86400.0)
    story = ("KYIV, Aug 27 (Reuters) - Ukrainian President Volodymyr Zelensky said on Tuesday that at least {} "
             "people had been killed in the Russian missile strike on a supermarket in Kharkiv.\n\n"
             "Rescue workers searched the rubble through the night, the regional governor said. The strike hit the "
             "building at the busiest hour of the afternoon, when hundreds of people were inside, he added, and "
             "dozens of the wounded were taken to hospitals across the city.\n\n"
             "Russia's defence ministry did not comment. Moscow denies targeting civilians.")
    when = datetime(2024, 8, 27, 12, tzinfo=timezone.utc)
    alerts = []
    for n, (article_id, toll) in enumerate([("wire", "14"), ("repost", "14"), ("update", "21")]):
        result = pipeline.process(json.dumps({"id": article_id, "title": "Strike on Kharkiv supermarket",
                                              "text": story.format(toll)}).encode(),
                                  ingested_at=when + timedelta(minutes=30 * n))
        assert result.article is not None and (result.article.duplicate_of is None) == (article_id == "wire")
        alerts.append([alert.statement for alert in result.alerts])
    assert alerts == [["at least 14 people had been killed in the Russian missile strike on a supermarket in "
                       "Kharkiv."], [], ["at least 21 people had been killed in the Russian missile strike on a "
                                         "supermarket in Kharkiv."]]


def test_a_flood_of_updates_is_looked_through_only_so_far() -> None:
    # Each "provocation number N" replaces a figure, so is new, and was compared with every one before it
    index = NoveltyIndex()
    for n in range(100):
        assert index.check_and_add("maria-zakharova", f"Russia will respond to provocation number {n} with force",
                                   float(n))[0]
    # the same words are found however far back; a near copy of a recent one too
    assert not index.check_and_add("maria-zakharova", "Russia will respond to provocation number 0 with force",
                                   200.0)[0]
    assert not index.check_and_add("maria-zakharova", "Russia will respond to provocation number 98 with force now",
                                   200.0)[0]
    # ... but not of one more than 64 such updates back
    assert index.check_and_add("maria-zakharova", "Russia will respond to provocation number 3 with force now",
                               200.0)[0]
