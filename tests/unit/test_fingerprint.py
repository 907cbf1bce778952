"""Unit tests for streams.analytics.fingerprint: tokenisation, stability, JSON, similarity per edit kind."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from streams.analytics.fingerprint import (
    ANCHOR_COUNT,
    FIGURE_COUNT,
    SKETCH_SIZE,
    Fingerprint,
    compare,
    compare_many,
    compare_sketches,
    different_figures,
    figure_hashes,
    fingerprint,
    shingle_hashes,
    tokenize,
)

ARTICLE = """\
Thousands of dockworkers at the port of Rotterdam walked off the job on Tuesday, halting container \
handling at Europe's busiest harbour in a dispute over plans to automate two of its largest terminals.

The FNV Havens union said about 4,200 members joined the 48-hour stoppage, which began at 6 a.m. local \
time. Ships queued at anchor in the North Sea as cranes at the Maasvlakte terminals stood idle.

"We are not against the future, but we will not let the future be written without the people who keep \
this port running," union negotiator Mark Verhoeven told reporters outside the ECT Delta terminal.

Terminal operators want to extend remote-controlled cranes and driverless straddle carriers to berths \
that are still run largely by hand. They say the changes are needed to compete with Antwerp and Hamburg, \
both of which are investing heavily in automation. The union fears that 800 jobs could disappear by 2030.

The port authority estimated that each day of the strike delays the handling of roughly 40,000 \
containers. Shipping lines said they were diverting some vessels to Antwerp-Bruges and warned customers \
of delays of up to a week.

Talks between the union and the employers' association broke down last Friday after eight weeks of \
negotiations. The employers offered a job guarantee until 2027 and retraining for workers whose roles \
are automated, but the union wants guarantees that run until the end of the decade."""

# An independent report of the same strike: same names, figures and one verbatim quote.
SAME_EVENT = """\
Europe's largest port ground to a near halt on Tuesday as members of the FNV Havens union began a \
two-day strike against the expansion of automated terminals, leaving dozens of ships waiting offshore.

Pickets gathered from dawn at the gates of the Maasvlakte complex, where operators plan to replace \
manned cranes and carriers with remotely controlled equipment. Union officials put turnout at more than \
4,000 workers, a figure the employers did not dispute.

Mark Verhoeven, who leads the union's negotiating team, said the action was a last resort. "We are not \
against the future, but we will not let the future be written without the people who keep this port \
running," he said, repeating a line that has become the slogan of the campaign.

For the terminal companies the argument is about survival. A spokeswoman for the employers said the \
terminals lose business every year to rivals in Belgium and Germany that already run automated quays, \
and that no worker would be dismissed before 2027 under the current offer.

Economists at ING estimated the strike would cost the Dutch economy between 60 and 90 million euros a \
day, although much of the lost activity is likely to be made up once the backlog clears."""

UNRELATED = """\
A magnitude 6.1 earthquake struck eastern Turkey early on Sunday, injuring at least 47 people and \
damaging hundreds of buildings in Malatya province, the country's disaster agency said. The quake hit \
at 3:42 a.m. local time at a depth of about 9 kilometres, with its epicentre near the town of Puturge. \
Many residents spent the rest of the night outdoors as temperatures fell close to freezing, and \
authorities set up tents in school yards and stadiums while the Red Crescent distributed hot meals."""

RUSSIAN = """\
В Оренбургской области введен режим чрезвычайной ситуации регионального характера из-за паводка, \
сообщил в понедельник губернатор региона. По его словам, вода подтопила более 1200 жилых домов и около \
2500 приусадебных участков в шести муниципальных образованиях.

Наиболее сложная обстановка складывается в Орске, где в воскресенье вечером была повреждена защитная \
дамба на реке Урал. Из зоны подтопления эвакуированы более 3500 человек, в том числе 1100 детей.

«Уровень воды в реке продолжает расти, пик паводка ожидается в ближайшие двое суток, поэтому прошу \
жителей не медлить с эвакуацией», — заявил губернатор на заседании оперативного штаба.

В регион направлены дополнительные силы МЧС России, в том числе аэромобильные группировки из Самары и \
Уфы. Спасатели на лодках вывозят людей из затопленных кварталов."""

FOOTER = ("(Reporting by Anna Keller; editing by Mark Heinrich) Copyright 2024 Global Wire Service. All rights "
          "reserved. This material may not be published, broadcast, rewritten or redistributed.")


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def edit_words(text: str, every: int = 40) -> str:
    words = text.split(" ")
    for i in range(every // 2, len(words), every):
        words[i] = "edited"
    return " ".join(words)


def is_repost(a: str, b: str) -> bool:
    # Mirrors DedupIndex's default rule.
    sim = compare(fingerprint(a), fingerprint(b))
    return sim.containment >= 0.5 and sim.jaccard >= 0.2


REPOSTS = {
    "exact": lambda t: t,
    "prefixed_headline": lambda t: "UPDATE 2-Rotterdam dockworkers walk out\n\n" + t,
    "changed_headline": lambda t: "PORT CHAOS: robots spark strike, union says\n\n" + t,
    "repeated_title": lambda t: "Dockworkers walk out\n\nDockworkers walk out\n\n" + t,
    "footer_added": lambda t: t + "\n\n" + FOOTER,
    "tail_cut_40": lambda t: " ".join(t.split(" ")[: int(len(t.split(" ")) * 0.6)]),
    "lede_cut": lambda t: "\n\n".join(paragraphs(t)[1:]),
    "quotes_retyped": lambda t: t.replace('"', "\u201c", 1).replace('"', "\u201d", 1).replace("'", "\u2019"),
    "words_edited": edit_words,
    "whitespace_case": lambda t: "  " + t.upper().replace("\n\n", "\n").replace(" ", "   "),
}


class TestTokenize:
    def test_lowercase_no_punctuation(self) -> None:
        assert tokenize('"Hello, World!" -- it\u2019s 4,200') == ["hello", "world", "it", "s", "4", "200"]

    def test_russian_and_yo_folding(self) -> None:
        assert tokenize("Ёлка, ЁЖ и ель.") == ["елка", "еж", "и", "ель"]

    def test_cjk_is_split_into_characters(self) -> None:
        assert tokenize("北京今天下雨。Tokyo東京") == ["北", "京", "今", "天", "下", "雨", "tokyo", "東", "京"]

    def test_fullwidth_normalised(self) -> None:
        assert tokenize("ＡＢＣ１２３") == tokenize("abc123")


class TestShingleHashes:
    def test_sorted_distinct_uint64(self) -> None:
        h = shingle_hashes(ARTICLE)
        assert h.dtype == np.uint64
        assert np.all(h[1:] > h[:-1])
        assert 150 < h.size < 400

    def test_empty_and_short(self) -> None:
        assert shingle_hashes("").size == 0
        assert shingle_hashes(" ,.; ").size == 0
        assert shingle_hashes("two words").size == 1
        assert shingle_hashes("two words")[0] != shingle_hashes("words two")[0]  # order matters

    def test_stable_golden_values(self) -> None:
        # Python's str hash is salted per process; these constants pin the hash across processes,
        # machines and releases (fingerprints persist in Kafka and state stores).
        assert shingle_hashes("the quick brown fox jumps over the lazy dog").tolist() == [
            8973043097584083972, 9433645424371215506, 10102289811071798755,
            12081581791085291185, 16842124890676092695,
        ]


class TestFingerprint:
    def test_shape(self) -> None:
        fp = fingerprint(ARTICLE)
        assert len(fp.signature) == 4 * SKETCH_SIZE
        assert fp.anchors == tuple(fp.keys[:ANCHOR_COUNT].tolist())
        assert fp.size == shingle_hashes(ARTICLE).size
        assert fp.shingles is not None and not fp.complete

    def test_json_round_trip_is_small_and_exact(self) -> None:
        fp = fingerprint(ARTICLE)
        payload = json.dumps(fp.to_json())
        assert len(payload) < 400 + 24 + 4 * FIGURE_COUNT * 4 // 3  # (the figures: up to 16 hashes in base64)
        back = Fingerprint.from_json(json.loads(payload))
        assert back == fp
        assert back.shingles is None
        assert compare(back, back) == compare(fp, fp)

    def test_json_round_trip_short_text(self) -> None:
        fp = fingerprint("Only a few words here.")
        back = Fingerprint.from_json(json.loads(json.dumps(fp.to_json())))
        assert back == fp and back.complete

    @pytest.mark.parametrize("bad", [{}, {"v": 99, "sig": "", "size": 0}, {"v": 1, "sig": "!!", "size": 1},
                                     {"v": 1, "sig": "AAA=", "size": 1}, {"v": 1, "sig": "", "size": -1},
                                     {"v": 1, "sig": "", "size": 0, "fig": "AAAAAAAAAAA=", "nfig": 1},
                                     {"v": 1, "sig": "", "size": 0, "fig": "AAAAAA==", "nfig": "2"},
                                     {"v": 1, "sig": "", "size": 0, "fig": 5, "nfig": 2}])
    def test_from_json_rejects_malformed(self, bad: dict[str, object]) -> None:
        with pytest.raises(ValueError):
            Fingerprint.from_json(bad)

    def test_empty_text(self) -> None:
        fp = fingerprint("")
        assert fp.size == 0 and fp.signature == b"" and fp.anchors == ()
        assert compare(fp, fp).containment == 0.0


class TestCompare:
    @pytest.mark.parametrize("kind", sorted(REPOSTS))
    def test_reposts_are_near_duplicates(self, kind: str) -> None:
        assert is_repost(REPOSTS[kind](ARTICLE), ARTICLE)

    def test_footer_removed(self) -> None:
        assert is_repost(ARTICLE, ARTICLE + "\n\n" + FOOTER)

    def test_same_event_different_article_is_not(self) -> None:
        sim = compare(fingerprint(SAME_EVENT), fingerprint(ARTICLE))
        assert 0 < sim.containment < 0.2  # the shared quote shows, but is far from a repost
        assert not is_repost(SAME_EVENT, ARTICLE)

    def test_unrelated(self) -> None:
        assert compare(fingerprint(UNRELATED), fingerprint(ARTICLE)).containment < 0.05

    def test_symmetric_and_bounded(self) -> None:
        a, b = fingerprint(REPOSTS["tail_cut_40"](ARTICLE)), fingerprint(ARTICLE)
        ab, ba = compare(a, b), compare(b, a)
        assert ab == ba
        assert 0 <= ab.jaccard <= ab.containment <= 1

    def test_tail_cut_containment_exact_with_shingles(self) -> None:
        cut = fingerprint(REPOSTS["tail_cut_40"](ARTICLE))
        sim = compare(cut, fingerprint(ARTICLE))
        assert sim.containment == 1.0
        assert 0.45 < sim.jaccard < 0.75

    def test_json_only_fingerprints_still_match(self) -> None:
        # The Faust worker compares two deserialised fingerprints (sketch against sketch).
        def wire(text: str) -> Fingerprint:
            return Fingerprint.from_json(json.loads(json.dumps(fingerprint(text).to_json())))

        for kind in ("tail_cut_40", "lede_cut", "words_edited", "footer_added"):
            sim = compare(wire(REPOSTS[kind](ARTICLE)), wire(ARTICLE))
            assert sim.containment >= 0.7, kind
        assert compare(wire(SAME_EVENT), wire(ARTICLE)).containment < 0.25

    def test_russian(self) -> None:
        repost = "ПАВОДОК В ОРЕНБУРЖЬЕ\n\n" + RUSSIAN.replace("«", '"').replace("»", '"')
        assert is_repost(repost, RUSSIAN)
        assert is_repost(" ".join(RUSSIAN.split(" ")[: int(len(RUSSIAN.split(" ")) * 0.6)]), RUSSIAN)
        assert not is_repost(RUSSIAN, ARTICLE)

    def test_chinese(self) -> None:
        text = ("国家统计局周一公布的数据显示，今年前三个季度国内生产总值同比增长百分之四点八，"
                "其中第三季度增长百分之四点六，略低于市场预期。分析人士认为，房地产市场持续低迷"
                "和消费需求不足仍是经济面临的主要压力，政府近期出台的一系列刺激措施的效果有待观察。")
        assert is_repost("【转载】" + text[:-20], text)
        assert not is_repost(text, "上海证券交易所今天发布公告，宣布将于下月起调整部分交易规则，以提高市场流动性。")


def test_compare_many_equals_compare_one_by_one() -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(400)]
    texts = [" ".join(rng.choice(words) for _ in range(rng.choice([3, 8, 40, 120, 600]))) for _ in range(60)]
    texts += [texts[5][: len(texts[5]) // 2], texts[7] + " footer text added here", "", "one"]
    texts += [" ".join(words[k:k + 68]) for k in range(0, 200, 50)]  # exactly 64 shingles: complete, full sketch
    fresh = [fingerprint(t) for t in texts]
    stored = [Fingerprint.from_json(fp.to_json()) for fp in fresh]  # no shingles: bounded sketches
    full = [fp for fp in stored if len(fp.signature) == 4 * SKETCH_SIZE]  # the vectorised path
    assert len(full) > 10 and any(fp.complete for fp in full) and not all(fp.complete for fp in full)
    for query in fresh[:20] + stored[:20]:
        for others in (stored, fresh, full, stored[:1], [], stored[60:]):
            assert compare_many(query, others) == [compare(query, b) for b in others]


def test_compare_sketches_reads_only_each_rows_own_keys() -> None:
    """A store's rows carry stale keys past ``key_counts`` (reused slots): they must not count."""
    rng = random.Random(3)
    words = [f"w{i}" for i in range(300)]
    texts = [" ".join(rng.choice(words) for _ in range(rng.choice([2, 6, 30, 90, 400]))) for _ in range(30)]
    stored = [Fingerprint.from_json(fingerprint(t).to_json()) for t in texts]
    keys = np.array([[rng.getrandbits(32) for _ in range(SKETCH_SIZE)] for _ in stored], dtype=np.uint32)
    for i, fp in enumerate(stored):
        keys[i, : fp.keys.size] = fp.keys
    counts = np.array([fp.keys.size for fp in stored], dtype=np.intp)
    sizes = np.array([fp.size for fp in stored], dtype=np.int64)
    for query in [fingerprint(t) for t in texts[:10]] + stored[:10]:
        jaccard, containment = compare_sketches(query, keys, counts, sizes)
        expected = [compare(query, b) for b in stored]
        assert jaccard.tolist() == [e.jaccard for e in expected]
        assert containment.tolist() == [e.containment for e in expected]


# --- figures ---

RATES = """The Central Bank set the official euro rate for {day} August at {eur} roubles, {move} kopecks {way} than \
the day before. The dollar rate was set at {usd} roubles and the yuan at {cny} roubles. The pound was set at \
{gbp} roubles, the tenge at {kzt} roubles per 100 tenge and the lira at {lira} roubles per 10 lira.

The official rates are set every working day from the results of trading on the Moscow Exchange and apply from \
the following day. Commercial banks set their own rates for cash transactions, which may differ from the official \
ones. Analysts expect the rouble to remain volatile in the coming weeks amid low export revenues."""
MONDAY = RATES.format(day=21, eur="98.51", move=37, way="more", usd="89.13", cny="12.41", gbp="113.58", kzt="18.62",
                      lira="26.41")
TUESDAY = RATES.format(day=22, eur="99.02", move=51, way="more", usd="89.60", cny="12.47", gbp="114.07", kzt="18.70",
                       lira="26.55")


def test_figures_are_numbers_without_separators() -> None:
    assert figure_hashes("1,000 and 1.000 and 1000").size == 1
    assert figure_hashes("3.5 per cent, 3,5 %, 35").size == 1  # (one figure however it is written)
    assert figure_hashes("On 21 August, at 10:30, 4 200 people").size == 4  # (21, 10, 30, 4200)
    assert np.array_equal(figure_hashes("1 234 and 2 345"), figure_hashes("1234 and 2345"))
    assert figure_hashes("٣٥ people, 35 people").size == 2  # (digits of other scripts: no crash)
    # dates and times however written: the figures of their parts
    assert np.array_equal(figure_hashes("14.03.2024 at 10:30"), figure_hashes("14 марта 2024 в 10:30 (3)"))
    assert np.array_equal(figure_hashes("1,234,567 and 007"), figure_hashes("1234567 and 7"))
    assert figure_hashes("no figures here").size == 0
    fp = fingerprint(" ".join(str(n) for n in range(100)))
    assert fp.figure_total == 100 and fp.figure_keys.size == FIGURE_COUNT
    assert np.array_equal(fp.figure_keys, np.sort(fp.figure_keys))


def test_a_template_story_reports_different_figures() -> None:
    # The next day's note keeps every stock sentence and changes the figures: the shingles take it for a copy.
    today = fingerprint(MONDAY)
    tomorrow = fingerprint(TUESDAY)
    assert compare(today, tomorrow).containment >= 0.5
    assert different_figures(today.figure_keys, today.figure_total, tomorrow.figure_keys, tomorrow.figure_total)
    # A copy with its tail cut keeps the figures it has; one that drops some keeps most of the rest.
    cut = fingerprint(MONDAY[:200])
    assert not different_figures(today.figure_keys, today.figure_total, cut.figure_keys, cut.figure_total)


def test_figures_compare_on_the_range_both_know() -> None:
    # Past FIGURE_COUNT figures only the smallest hashes are kept: compared on the range both sides know whole.
    many = figure_hashes(" ".join(str(n) for n in range(40)))
    more = figure_hashes(" ".join(str(n) for n in range(40, 50)) + " " + " ".join(str(n) for n in range(40)))
    assert not different_figures(many[:FIGURE_COUNT], 40, more[:FIGURE_COUNT], 50)
    other = figure_hashes(" ".join(str(n) for n in range(100, 140)))
    assert different_figures(many[:FIGURE_COUNT], 40, other[:FIGURE_COUNT], 40)
    # Fewer than MIN_FIGURES on either side say nothing.
    assert not different_figures(figure_hashes("1 2 3"), 3, figure_hashes("4 5 6"), 3)


def test_fingerprints_written_before_figures_are_read() -> None:
    data = fingerprint(ARTICLE).to_json()
    old = {key: value for key, value in data.items() if key not in ("fig", "nfig")}
    back = Fingerprint.from_json(old)
    assert back.figures is None and back.figure_total == 0 and back.figure_keys.size == 0
