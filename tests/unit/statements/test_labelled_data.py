"""The labelled data: short items (every statement exactly), whole articles (recall and precision bounds per language)
and the real sample articles.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from streams.analytics.language import detect_language
from streams.analytics.normalize import normalize_text, normalize_title
from streams.analytics.officials import Watchlist
from streams.analytics.statements import Statement, extract_statements
from tests.unit.statements.helpers import clean_sample, extract

DATA = Path(__file__).resolve().parents[2] / "data"


def _attribution_items() -> list[dict]:
    path = DATA / "attribution_corpus.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("item", _attribution_items(), ids=lambda item: f"{item['lang']}: {item['note'][:60]}")
def test_wire_corpus(watchlist: Watchlist, item: dict) -> None:
    # tests/data/attribution_corpus.jsonl: 784 items in English, Russian, Ukrainian, French, German, Portuguese,
    # Spanish and Italian, in the styles of Reuters, AP, BBC, TASS, Interfax, Ukrinform, AFP, Le Monde, dpa, Tagesschau, Lusa,
    # Agência Brasil, Folha, EFE, Europa Press, Clarín ... (a third of them with no statement: mentions, negated,
    # passive and separable verbs, unnamed speakers; some written to make the rules fail), written apart from the
    # rules and labelled with what each official said. Every statement found must be expected (starting with the
    # labelled words, whitespace and apostrophes as the normaliser writes them), and every expected one must be found.
    # (Of the 60 Spanish items written to break the rules, the four still failing are README limitations, not here;
    # the 60 Russian and Ukrainian ones are all here: 29 of 35 statements and one not expected on their first run;
    # of 40 in English, French, German, Portuguese and Spanish written to break the rules they share, 30 are here,
    # (17 failed with the rules before), and the ten still failing are README limitations: "he" after someone
    # untracked named mid-sentence, a pronoun after opening phrases in those languages.)
    found = extract(normalize_text(item["text"]), watchlist, item["lang"])
    expected = [(e["official"], e["kind"], e["starts"]) for e in item["expected"]]
    unmatched = list(found)
    for official, kind, starts in expected:
        hit = next((f for f in unmatched if f[:2] == (official, kind) and f[2].startswith(starts)), None)
        assert hit is not None, f"missing {(official, kind, starts)}; found {found}"
        unmatched.remove(hit)
    assert not unmatched, f"not expected: {unmatched}"


def test_role_nouns_with_a_complement(watchlist: Watchlist) -> None:
    # tests/data/role_complements.jsonl: 60 short texts in eight languages, written apart from the rules, that name an
    # official and then attribute a statement to a role noun with a complement: half name the official's own country
    # or body ("The secretary of state said" after Blinken, "Der Generalsekretär der Vereinten Nationen sagte" after
    # Guterres), half another one, whose words are no tracked official's ("The president of China said" after Putin,
    # "Le secrétaire général de l'OSCE a affirmé" after Guterres). 36 were right on the set's first run, 43 with the
    # complement rule as first written. The one still missed names the office by an institution the rules do not
    # know ("El titular del Departamento de Estado declaró", docs/STATEMENTS.md).
    items = [json.loads(line) for line in (DATA / "role_complements.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {item["id"]: [statement.official_id for statement in
                          extract_statements(normalize_text(item["text"]), watchlist, item["lang"])] for item in items}
    wrong = {item["id"]: found[item["id"]] for item in items if found[item["id"]] != item["expected"]}
    assert len(items) == 60
    assert wrong == {"roles-es-05": []}


def test_role_nouns_whose_complement_names_another_body(watchlist: Watchlist) -> None:
    # tests/data/role_institutions.jsonl: 50 short texts in seven languages, written apart from the rules, that name an
    # official and then attribute a statement to a role noun whose complement names an institution or place: half the
    # official's own ("le président de la République" after Macron, "the head of the Office of the President" after
    # Yermak), half another one whose head the official is not ("le président du Sénat" after Macron, "the president
    # of the IOC", "Голова Верховної Ради" after Yermak). 25 right before the rule for other bodies, 34 on its first
    # run, 37 after two more rules (regional governments, "la Generalitat"; an English role noun's chain of
    # complements no longer counted as words between it and its verb: "The chief of the General Staff of the Russian
    # Armed Forces said"), 35 once a review had shown what the first version lost (test_review_of_the_rule_for_other_
    # bodies: any lowercase English complement and any Russian capitalised genitive had counted as another body).
    # Still wrong: own offices named in words the rules do not take for the role (8, all missed before too: "the head
    # of the world body", "le chef du Kremlin", "Chef der Bundesregierung"), and bodies named by an acronym, a company
    # or school name in Russian and Ukrainian, or lowercase ("presidente do BNDES", "Президент Сбербанка", "Міністр
    # цифрової трансформації", "Пресс-секретарь «Роснефти»"; docs/STATEMENTS.md).
    items = [json.loads(line) for line in (DATA / "role_institutions.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {item["id"]: [statement.official_id for statement in
                          extract_statements(normalize_text(item["text"]), watchlist, item["lang"])] for item in items}
    wrong = {item["id"] for item in items if found[item["id"]] != item["expected"]}
    assert len(items) == 50
    assert wrong == {"inst-en-09", "inst-en-11", "inst-en-15", "inst-fr-08", "inst-fr-10", "inst-ru-02", "inst-ru-06",
                     "inst-ru-07", "inst-uk-04", "inst-uk-05", "inst-de-01", "inst-de-05", "inst-pt-01", "inst-pt-02",
                     "inst-pt-04"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Россия не намерена вести переговоры, — подчеркнул Лавров, — пока Киев не откажется от своих требований».",
         [("sergey-lavrov", "quote", "Россия не намерена вести переговоры пока Киев не откажется от своих требований")]),
        ("«Украина, — заявил Зеленский, — никогда не признает оккупацию своих территорий».",
         [("volodymyr-zelensky", "quote", "Украина никогда не признает оккупацию своих территорий")]),
        ("«Ми не ведемо жодних переговорів з Росією, - наголосив Подоляк. - Компромісів не буде».",
         [("mykhailo-podolyak", "quote", "Ми не ведемо жодних переговорів з Росією. Компромісів не буде")]),
        ("Emmanuel Macron était à Berlin. « Nous devons, a-t-il ajouté, rester unis face à la Russie. »",
         [("emmanuel-macron", "quote", "Nous devons rester unis face à la Russie.")]),
        # a clause inside the quote that reports someone else is no incise
        ("«Мы знаем, что Лавров заявил, что переговоров не будет», - написал Подоляк.",
         [("mykhailo-podolyak", "quote", "Мы знаем, что Лавров заявил, что переговоров не будет")]),
        ("«Мы знаем, что Лавров заявил, что переговоров не будет».", []),
    ],
)
def test_attribution_inside_the_quote_marks(watchlist: Watchlist, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    # Russian wire style («..., — подчеркнул Лавров, — ...») and the French incise: the words are the official's,
    # without the attribution.
    assert extract(text, watchlist) == expected


def test_text_hazards(watchlist: Watchlist) -> None:
    # tests/data/text_hazards.jsonl: 102 short items in seven languages written blind to the rules to stress how text
    # is split into sentences and words (abbreviations before capitals and figures, "500 Mio. Euro", "ca. 30",
    # decimals, times, initials, URLs and handles, ellipses, dashes, quotes in quotes). On its first run 86 of its 89
    # statements were found, 81 with the rules before that day's abbreviations; the other three are fixed since: a
    # dot inside a word ("t.me/MFARussia", "um 10.30 Uhr") ended the clause, and '« ... ? », a demandé X' was no
    # attribution.
    matched, extra = _matched(DATA / "text_hazards.jsonl", watchlist)
    assert matched >= 88 and extra <= 1, (matched, extra)  # (of 89)


def test_article_structure(watchlist: Watchlist) -> None:
    # tests/data/article_structure.jsonl: 45 whole scraped articles in seven languages written blind to the rules to
    # stress article structure (headlines, bylines, captions, "Read more" lines, embedded posts, live blogs, bullets,
    # interviews, quotes over two paragraphs, footers). On its first run 101 of its 119 statements were found (and 101
    # with the rules of the day before); interviews labelled "Lavrov:" as the name is written, a Russian quote going on
    # into a paragraph without an opening mark, and embedded posts above their signature line are read since (117).
    # Most of the extra ones are conventions the labels do not share: a quote's second paragraph or sentence counted
    # apart, "called X "..."", "urged".
    matched, extra = _matched(DATA / "article_structure.jsonl", watchlist)
    assert matched >= 116 and extra <= 20, (matched, extra)


def _matched(path: Path, watchlist: Watchlist) -> tuple[int, int]:
    """How many labelled statements of a JSON-lines set (title, text, lang, expected) are found, and how many found
    ones are not labelled, reading each item as the pipeline does (its title given, its language detected)."""
    matched = extra = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        title = normalize_title(item["title"]) if item.get("title") else None
        text = normalize_text(item["text"], title=title)
        found = extract(text, watchlist, detect_language(text, hint=item["lang"]).lang)
        for label in item["expected"]:
            starts = normalize_text(label["starts"])
            hit = next((f for f in found if f[:2] == (label["official"], label["kind"]) and f[2].startswith(starts)),
                       None)
            if hit is not None:
                found.remove(hit)
                matched += 1
        extra += len(found)
    return matched, extra


@pytest.mark.parametrize(("name", "official_statements", "found_at_least", "given_at_most"), [
    # 34 articles (14 English, 5 each Russian, Ukrainian, German, French) written blind to make untracked people's
    # words an official's: others named by a surname and then "the minister", "the president", "der Sprecher"; titles
    # shared with officials (another foreign minister, spokesperson, general); officials named inside others' quotes
    # or as objects. On its first run (2026-11-29) 115 of the officials' 121 statements were found and 8 of the others'
    # 172 given to an official, one official's to another; 116 and none since.
    ("untracked_speakers.jsonl", 121, 116, 0),
    # held out: 30 articles (6 each Spanish, Italian, Portuguese, Norwegian, English): 19 of the others' 150 given to
    # an official with the rules of the day before, 11 with those the first set led to, 5 after its own fixes (a
    # title after the verb, "dijo el alcalde de Járkov, Ígor Terejov", "said Ukraine's top commander, General ...");
    # left: "il presidente della Repubblica" in Italian (Mattarella, read as Zelensky), a spokesman of a ministry the
    # rules do not know (Itamaraty) taken for "o diplomata" Lavrov, Norwegian "generalsekretæren" a paragraph after
    # Rutte, and "Kellogg met Zelensky and said" where the subject is someone untracked.
    ("untracked_speakers_2.jsonl", 129, 125, 5),
])
def test_untracked_speakers_keep_their_words(watchlist: Watchlist, name: str, official_statements: int,
                                             found_at_least: int, given_at_most: int) -> None:
    # Each labelled with the first words of every statement, the officials' and the others'.
    total = found = given = wrong = 0
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = normalize_text(item["text"], item["text"].split("\n", 1)[0])
        statements = extract(text, watchlist, item["lang"])
        for label in item["tracked"]:
            starts = normalize_text(label["starts"]).lower()
            theirs = [s for s in statements if starts in s[2].lower()]
            total += 1
            found += any(s[0] == label["official"] for s in theirs)
            wrong += any(s[0] != label["official"] for s in theirs)
        given += sum(any(normalize_text(label["starts"]).lower() in s[2].lower() for s in statements)
                     for label in item["untracked"])
    assert total == official_statements
    assert found >= found_at_least and given <= given_at_most and wrong == 0, (found, given, wrong)


def test_full_articles(watchlist: Watchlist) -> None:
    # tests/data/attribution_articles.jsonl: 367 whole articles in English, Russian, Ukrainian, French and German (3,812
    # labelled statements) with several officials, untracked speakers, background paragraphs and references back,
    # written apart from the rules in ten sets, 45 in Portuguese (378 statements), 40 in Norwegian (286; read as
    # Norwegian only when detected as such, as the pipeline does), 65 in Spanish (496; likewise) and 36 in Italian (326;
    # likewise). Measured before the
    # fixes they led to: 149 of the first set's 198, 126 of the second's 155, 178 of the third's 240, 212 of the
    # fourth's 260, 231 of the fifth's 285, 241 of the sixth's 292, 269 of the seventh's 334 (docs/STATEMENTS.md; 223
    # before a quote inside a reported clause came out as the clause, 'said the strikes hit "only military targets"',
    # which is how all labels count it now), 300 of the eighth's 387, 241 of the ninth's 302; in Portuguese, 171 of the
    # first set's 218 (rules written from short items only) and 148 of the held-out second set's 170; in Norwegian, none
    # before it was read, then 114 of the first set's 140 and 120 of the held-out second set's 131; in Spanish, 13 of
    # the first set's 179 and 7 of the second's 145 before it was read, then (rules written from short items only) 137
    # of 179 and 111 of the held-out 145, and after their fixes 146 of a third set's 171 (held out; 150 with its
    # requests labelled as the others are). The Spanish labels follow the Portuguese sets' conventions ("acusó a X de
    # ..." and "calificó X de «...»" from the verb; a clause wholly in quote marks is a quote; headlines are not
    # labelled), and so do the Russian and Ukrainian ones ("назвал X «...»", "обвинил X в том, что ..." from the verb;
    # 12 labels of the earlier sets aligned). Three held-out sets of 20 articles each, measured on their first run and
    # after the fixes they led to: Russian, 209 of 230 (205 with the rules before them), 225 now; Ukrainian, 217 of 241,
    # 235; a second Russian one, 224 of 244, 238; and a fourth, 10 Russian and 10 Ukrainian articles written after all
    # those fixes: 244 of 250 on its first run, precision 97% (228 and 96% with the rules before this work). Then 10
    # French and 10 German articles (108 and 106 statements), the languages with the lowest figures: 94 and 90 on
    # their first run (precision 93% and 97%), 102 and 101 after the fixes they led to. Then 15 English articles in
    # house styles not imitated before (185 statements with its labels aligned to these conventions): 177 on their
    # first run (precision 96%), 184 after the fixes. Then Italian, read as Portuguese (2026-11-29): 3 of the first
    # set's 163 statements before, 116 on the rules' first run, 144 after the fixes it led to; the held-out second set
    # 5 of 163 before, 124 on its first run (precision 90%), 139 after its fixes. Reached now: recall 0.95 (5,046 of
    # 5,298), precision 0.97; the bounds below keep it with a little room. Most "extra" ones are quotes
    # continued after the attribution, which the first set's labels count once, statements the labels missed, and
    # requests and promises, "призвал ...", which some sets label and some not.
    path = DATA / "attribution_articles.jsonl"
    found_total: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    expected_total: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        lang = item["lang"]
        text = normalize_text(item["text"], item["text"].split("\n", 1)[0])
        found = extract(text, watchlist, lang)
        found_total[lang] += len(found)
        for label in item["expected"]:
            expected_total[lang] += 1
            starts = normalize_text(label["starts"])  # quote marks, apostrophes and dashes as the normaliser writes them
            hit = next((f for f in found if f[:2] == (label["official"], label["kind"]) and f[2].startswith(starts)),
                       None)
            if hit is not None:
                found.remove(hit)
                matched[lang] += 1
    assert expected_total.total() == 5298
    recall, precision = matched.total() / expected_total.total(), matched.total() / found_total.total()
    assert recall >= 0.95, f"recall {matched.total()}/{expected_total.total()}"
    assert precision >= 0.96, f"precision {matched.total()}/{found_total.total()}"
    # Portuguese on its own (370 of 378, precision 99%), so that a loss there is not hidden by the other languages
    assert matched["pt"] / expected_total["pt"] >= 0.94, f"Portuguese recall {matched['pt']}/{expected_total['pt']}"
    # and Italian (283 of 326, precision 95%)
    assert matched["it"] / expected_total["it"] >= 0.85, f"Italian recall {matched['it']}/{expected_total['it']}"
    assert matched["it"] / found_total["it"] >= 0.93, f"Italian precision {matched['it']}/{found_total['it']}"
    assert matched["pt"] / found_total["pt"] >= 0.97, f"Portuguese precision {matched['pt']}/{found_total['pt']}"
    # and Norwegian (275 of 286, precision 98%)
    assert matched["no"] / expected_total["no"] >= 0.94, f"Norwegian recall {matched['no']}/{expected_total['no']}"
    assert matched["no"] / found_total["no"] >= 0.96, f"Norwegian precision {matched['no']}/{found_total['no']}"
    # and Russian (972 of 998, precision 97%), Ukrainian (728 of 752, precision 98%), and Spanish (473 of 496,
    # precision 96%)
    assert matched["ru"] / expected_total["ru"] >= 0.95, f"Russian recall {matched['ru']}/{expected_total['ru']}"
    assert matched["ru"] / found_total["ru"] >= 0.95, f"Russian precision {matched['ru']}/{found_total['ru']}"
    assert matched["uk"] / expected_total["uk"] >= 0.95, f"Ukrainian recall {matched['uk']}/{expected_total['uk']}"
    assert matched["uk"] / found_total["uk"] >= 0.96, f"Ukrainian precision {matched['uk']}/{found_total['uk']}"
    assert matched["es"] / expected_total["es"] >= 0.94, f"Spanish recall {matched['es']}/{expected_total['es']}"
    assert matched["es"] / found_total["es"] >= 0.94, f"Spanish precision {matched['es']}/{found_total['es']}"
    # and French (509 of 554, precision 94%) and German (505 of 552, precision 98%)
    assert matched["fr"] / expected_total["fr"] >= 0.90, f"French recall {matched['fr']}/{expected_total['fr']}"
    assert matched["fr"] / found_total["fr"] >= 0.92, f"French precision {matched['fr']}/{found_total['fr']}"
    assert matched["de"] / expected_total["de"] >= 0.89, f"German recall {matched['de']}/{expected_total['de']}"
    assert matched["de"] / found_total["de"] >= 0.96, f"German precision {matched['de']}/{found_total['de']}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow will respond to every attack, Zakharova said, adding that the West is to blame.",
         [("maria-zakharova", "reported", "Moscow will respond to every attack"),
          ("maria-zakharova", "reported", "the West is to blame.")]),
        ('"Europe could die," Emmanuel Macron said in a speech at the Sorbonne on Thursday, urging the bloc to build '
         'up its own defences.',
         [("emmanuel-macron", "reported", "urging the bloc to build up its own defences.")]),
        # a quote interrupted by its attribution in mid-sentence is one statement
        ('"The key question," Blinken said, "is whether Russia is serious about diplomacy."',
         [("antony-blinken", "quote", "The key question is whether Russia is serious about diplomacy.")]),
        ('"We are not at war with Russia," Scholz said, while Macron insisted that Europe must not rule out any '
         'option.',
         [("olaf-scholz", "quote", "We are not at war with Russia"),
          ("emmanuel-macron", "reported", "Europe must not rule out any option.")]),
        ("U.S. Secretary of State Antony Blinken said Washington would keep supporting Kyiv, while Ukrainian Foreign "
         "Minister Dmytro Kuleba said the aid had to arrive faster.",
         [("antony-blinken", "reported", "Washington would keep supporting Kyiv"),
          ("dmytro-kuleba", "reported", "the aid had to arrive faster.")]),
        # the words after "said" are where and when; "that" of another verb is not the verb's
        ("Kuleba said on Feb. 20 that Ukraine expected the first F-16s to arrive by summer.",
         [("dmytro-kuleba", "reported", "Ukraine expected the first F-16s to arrive by summer.")]),
        ("Zakharova said on Thursday the attack had been organised by Kyiv's special services.",
         [("maria-zakharova", "reported", "the attack had been organised by Kyiv's special services.")]),
        ("Lavrov said Blinken's remarks showed that Washington was not interested in peace.",
         [("sergey-lavrov", "reported", "Blinken's remarks showed that Washington was not interested in peace.")]),
        ("ST PETERSBURG, June 7 (Reuters) - President Vladimir Putin said on Friday Russia did not need to use "
         "nuclear weapons.",
         [("vladimir-putin", "reported", "Russia did not need to use nuclear weapons.")]),
        # British quotes open a new sentence
        ("Scholz said Germany would not be drawn into the war. 'There will be no ground troops on Ukrainian soil,' "
         "he said.",
         [("olaf-scholz", "reported", "Germany would not be drawn into the war."),
          ("olaf-scholz", "quote", "There will be no ground troops on Ukrainian soil")]),
    ],
)
def test_more_of_the_sentence(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # From a fresh English set written apart from the rules: a participle clause after the attribution, a second
    # official in the same sentence, interrupted quotes, dates after "said", datelines.
    assert extract(text, watchlist) == expected


def sample_statements(sample_articles: list[tuple[str, str]], watchlist: Watchlist) -> list[list[Statement]]:
    return [extract_statements(clean_sample(title, body), watchlist) for title, body in sample_articles]


def test_sample_articles(sample_articles: list[tuple[str, str]], watchlist: Watchlist) -> None:
    found = sample_statements(sample_articles, watchlist)
    by_article = [[(s.official_id, s.kind, s.text[:40]) for s in statements] for statements in found]
    prefix = {(official, kind, text[:20]) for article in by_article for official, kind, text in article}
    assert len(prefix) == sum(map(len, by_article))  # distinct
    assert len(by_article) == 5
    a000, a001, a002, a003, a004 = by_article
    assert ("maria-zakharova", "quote", "We once again urge international organiz") in a000
    assert ("maria-zakharova", "quote", "However, we are confident that the respo") in a000
    assert ("maria-zakharova", "reported", "these strikes serve no military purpose ") in a000
    assert ("valery-gerasimov", "reported", "the Ukrainian advance was halted, and th") in a000
    assert not any(s[2].startswith("loans") for s in a000)
    zakharova_001 = [s for s in a001 if s[0] == "maria-zakharova"]
    assert len(zakharova_001) == len(a001) == 8
    assert ("maria-zakharova", "quote", "Yes, the fertilizers are American, but t") in a001
    assert ("maria-zakharova", "quote", "The Kiev regime is a terrorist organizat") in a001
    assert a002 == []  # no tracked official speaks
    assert ("maria-zakharova", "quote", "Who will negotiate with them after this,") in a003
    assert ("volodymyr-zelensky", "quote", "it is now our primary task in defensive ") in a003
    assert [s for s in a003 if s[0] == "maria-zakharova" and s[1] == "reported"] == [
        ("maria-zakharova", "reported", "Ukraine's incursion into Russia's Kursk ")]  # caption repeat merged
    assert not any("Sobyanin" in s[2] or s[2].startswith("This is one of") for s in a003)
    assert ("mykhailo-podolyak", "quote", "Today they have a war that is expanding ") in a004
    assert ("mykhailo-podolyak", "quote", "Do they respond to anything but fear? No") in a004
    assert ("maria-zakharova", "reported", 'urged the UN on Wednesday to recognize a') in a004
    # Miroshnik (not tracked) is never attributed to anyone, nor is the Zelensky named in his quote.
    assert not any(s[2].startswith(("With their terrorist", "Holding negotiations", "The use of such", "This policy",
                                    "to sow fear")) for s in a004)


def test_sample_offsets_point_at_the_statement(sample_articles: list[tuple[str, str]], watchlist: Watchlist) -> None:
    for title, body in sample_articles:
        text = clean_sample(title, body)
        for statement in extract_statements(text, watchlist):
            assert statement.text[:30] in " ".join(text[statement.start:statement.end].split())


def test_three_kilobyte_article_takes_milliseconds(sample_articles: list[tuple[str, str]],
                                                   watchlist: Watchlist) -> None:
    texts = [clean_sample(title, body)[:3000] for title, body in sample_articles]
    started = time.perf_counter()
    for _ in range(5):
        for text in texts:
            extract_statements(text, watchlist)
    per_article = (time.perf_counter() - started) / (5 * len(texts))
    assert per_article < 0.2, f"{per_article * 1000:.1f} ms per 3 KB article"
