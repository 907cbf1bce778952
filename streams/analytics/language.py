"""Language identification: langdetect on a bounded prefix, corrected by what the script of the text rules out.

langdetect is a character n-gram naive Bayes model with random sampling. It is made deterministic here by owning a
private ``DetectorFactory`` (seed 0, loaded once, never shared with other code that may touch langdetect's global
factory). The scoring itself is ``_FastScorer``: langdetect's own algorithm on langdetect's own profiles, replayed
exactly (same n-gram list in the same order, the same Mersenne Twister draws for ``random.choice`` and
``random.gauss`` after ``seed(0)``, the same stopping rule) but vectorised with numpy in log space, about 10x faster
than ``Detector`` (whose per-n-gram Python loop over 55 languages dominates). It agrees with
``Detector.get_probabilities`` on the language ranking and to ~1e-12 on the probabilities
(tests/unit/test_language.py checks the sample set and its prefixes); ``_Model.langdetect_probabilities`` keeps
the reference path.

Its known blind spots are fixed from the script alone, before or after it runs:

* Mostly CJK text is decided without langdetect: Hangul means Korean, Kana means Japanese, Han without either is
  Chinese (langdetect happily calls Traditional Chinese "ko"). Simplified vs Traditional is decided by counting
  characters that occur in only one of langdetect's own zh-cn / zh-tw profiles.
* Mostly Cyrillic text with Ukrainian-only letters (і ї є ґ) and none of ы э ё is not Russian, Bulgarian or
  Macedonian; the reverse (Russian-only letters, no Ukrainian ones) is not Ukrainian. The probability of the ruled-out
  languages is moved to the remaining one.
* Candidates whose script is absent (ko without Hangul, ja without Kana/Han, zh without Han) are discarded.
"""

from __future__ import annotations

import math
import random
import re
import threading
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

__all__ = [
    "UNDETERMINED",
    "LanguageGuess",
    "detect_language",
    "PREFIX_CHARS",
    "MIN_CONFIDENCE",
    "HINT_BELOW",
    "N_TRIALS",
    "supported_languages",
]

UNDETERMINED = "und"

# Characters handed to langdetect (cut back to the last space before this point). From `scripts/eval_language.py
# --sweep`: on the multi-paragraph documents accuracy is 0.990 at 50 characters and 1.000 from 100 on, and the mean
# confidence stops rising at 300 (0.9968, the same as for the full text); the cost of a call grows with the length
# beyond that (roughly 0.8 ms at 300, 1.3 ms at 600, 3.9 ms at 3000 for a 3 KB article; timings are noisy).
PREFIX_CHARS = 300

# langdetect averages this many randomised trials (its default is 7). On the sample set and its 50..400-character
# prefixes (490 texts) 3 trials give the same language as 7 for every text (mean confidence difference 0.0003) at about
# 60% of the cost.
N_TRIALS = 3

# Fewer letters than this (after the prefix cut) is not enough text to identify: "und".
MIN_LETTERS = 8
# CJK characters carry a word each, so two are already telling.
MIN_CJK_LETTERS = 2

# Below this probability langdetect's best guess is reported as "und" (unless the hint rule applies). langdetect's
# probabilities are over-confident; on the sample set wrong answers on headline-length text mostly sit below it.
MIN_CONFIDENCE = 0.70

# The publisher's declared language is used only when langdetect's best probability is below HINT_BELOW and langdetect
# itself gives the hinted language some support (it appears among its candidates, i.e. probability > 0.1).
HINT_BELOW = 0.90

# A text whose letters are at least this share CJK (Han + Kana + Hangul) is decided by script.
_CJK_DOMINANT = 0.5
# Share of CJK characters that must be Hangul for Korean. Korean prose is nearly all Hangul; Japanese and Chinese
# have none.
_HANGUL_SHARE = 0.3
# Share of CJK characters that must be Kana for Japanese (headlines can be mostly Kanji; Chinese has no Kana).
_KANA_SHARE = 0.05
# A Han character counts as simplified-only (traditional-only) when langdetect's zh-cn (zh-tw) profile gives it at
# least this many times the probability of the other profile.
_ZH_VARIANT_RATIO = 30.0
# Ukrainian/Russian-only letters must be at least this share of Cyrillic letters (and at least two) to rule out the
# other languages: one quoted name ("Київ" in a Russian text) is not enough.
_CYR_LETTER_SHARE = 0.01

# Simplified forms whose Traditional counterpart is a different character, and vice versa (common news vocabulary).
# Characters that both scripts use (干 里 台 后 范 面 于 著 ...) are deliberately absent.
_SIMPLIFIED_EXTRA = (
    "盘涨币银贸价钱货险税灾风雾听读写买卖厂广庆归师乡岁农厅历压县双发变吗响员团坏块坚处备复够头夺奋妇宝宪宽寻层"
    "异弹录态怀恶惊惯愿扩执护担拥择挥损换据摄摊断显术杀杂权极构枪柜标树样桥检楼欢气汇汤沟泽洁浅测济浓涛润渔温满"
    "滨灭灯灵烟热爷犹狱独环现琐画畅疗监盏盐码础确礼离秃种积称稳穷窃竞笔筑签简粮紧纤纪纯纲纵纷纸纹纺练组细织终绍"
    "经结绕绘给络绝统继绩续维综绿缓编缘缩缴罗罚罢职联肃肠肤肿胀胆胜脑脚脸艺节芦苏荐药莲获营萧萨蓝虑虽补装见观规"
    "视览觉触誉计订认讨让训议讯记讲许论设访证评识诉诊词译试诗诚话询该详语误说请诸读课谁调谈谊谋谓谢谣谨谱贝负贡"
    "财责贤败账质贩贪贫购贯贵贷费贺贼资赏赔赖赚赛赞赶赵趋跃践踪车轨转轮软轰轻载较辅辆辈辉输辖边辽达迁过迈运还这"
    "进远违连迟适选逊递逻遗邓邮邻郑酱释钉针钓钟钢钥铁铃铅铜铭铺链销锁锅锋错锦键镇镜长门闪闭问闯闲间闷闹闻阀阅队"
    "阳阴阵阶际陆陈陕随隐难须顶顷项顺顾顿颁预领频题颜额飞饭饮饰饱饼馆马驱驶驻驾验骑骗骚骤鱼鲁鲜鸟鸡鸣鸭麦黄齐龄龙"
)
_TRADITIONAL_EXTRA = (
    "盤漲幣銀貿價錢貨險稅災颱風霧聽讀寫買賣廠廣慶歸師鄉歲農廳歷壓縣雙變嗎響員團壞塊堅處備復夠頭奪奮婦寶憲寬尋層"
    "異彈錄態懷惡驚慣願擴執護擔擁擇揮損換據攝攤斷顯術殺雜權極構槍櫃標樹樣橋檢樓歡氣匯湯溝澤潔淺測濟濃濤潤漁溫滿"
    "濱滅燈靈煙熱爺猶獄獨環現瑣畫暢療監盞鹽碼礎確禮離禿種積稱穩窮竊競筆築簽簡糧緊纖紀純綱縱紛紙紋紡練組細織終紹"
    "經結繞繪給絡絕統繼績續維綜綠緩編緣縮繳羅罰罷職聯肅腸膚腫脹膽勝腦腳臉藝節蘆蘇薦藥蓮獲營蕭薩藍慮雖補裝見觀規"
    "視覽覺觸譽計訂認討讓訓議訊記講許論設訪證評識訴診詞譯試詩誠話詢該詳語誤說請諸讀課誰調談誼謀謂謝謠謹譜貝負貢"
    "財責賢敗賬質販貪貧購貫貴貸費賀賊資賞賠賴賺賽贊趕趙趨躍踐蹤車軌轉輪軟轟輕載較輔輛輩輝輸轄邊遼達遷過邁運還這"
    "進遠違連遲適選遜遞邏遺鄧郵鄰鄭醬釋釘針釣鐘鋼鑰鐵鈴鉛銅銘鋪鏈銷鎖鍋鋒錯錦鍵鎮鏡長門閃閉問闖閒間悶鬧聞閥閱隊"
    "陽陰陣階際陸陳陝隨隱難須頂頃項順顧頓頒預領頻題顏額飛飯飲飾飽餅館馬驅駛駐駕驗騎騙騷驟魚魯鮮鳥雞鳴鴨麥黃齊齡龍"
)

_LETTER = re.compile(r"[^\W\d_]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_KANA = re.compile(r"[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# Everything that is neither Latin, ASCII nor general punctuation.
_NON_LATIN_RUN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]+")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
# Not "ъ": Bulgarian uses it constantly.
_RU_ONLY = re.compile(r"[ыэёЫЭЁ]")

_CYRILLIC_LANGS = frozenset(("ru", "uk", "bg", "mk"))


class _LetterRule(NamedTuple):
    """A Cyrillic language langdetect has no profile for, told by letters: in the first ``LETTER_RULE_CHARS``
    characters, ``marks`` make at least ``share`` of the Cyrillic letters (and are at least ``minimum``), no
    ``vetoes``, and at least one of ``needs`` when given."""

    lang: str
    marks: re.Pattern[str]
    share: float
    minimum: int
    vetoes: re.Pattern[str]
    needs: re.Pattern[str] | None = None


# Without these, Serbian came out as Macedonian, Belarusian as Ukrainian, Kazakh as Russian or "und", Tajik and
# Uzbek as Bulgarian, Macedonian, Russian or "und". Marks are what the language writes and its profiled neighbours
# do not (with the vetoes' letters, at least); vetoes are letters it never writes and they do. The share (a quarter
# to a half of the marks' usual frequency), the minimum and the needed letters keep a name quoted in another
# language's text (Вучић, Тоқаев in Russian) from deciding anything.
_LETTER_RULES = (
    # Serbian: ђ ћ, and the words је су није које који (Macedonian: е се не е кое кој); not Macedonian (ѓ ќ ѕ), nor
    # й ы э ё і ї є ґ (Serbian writes Сергеј, Зеленски).
    _LetterRule("sr", re.compile(r"[ђћЂЋ]|\b(?:[јЈ]е|[сС]у|није|кој[еи])\b"), 0.002, 2,
                re.compile("[ѓќѕйыэёіїєґЃЌЅЙЫЭЁІЇЄҐ]")),
    # Belarusian: ў, and і (which Russian lacks); no и щ ъ (Belarusian writes і, шч, '; Ukrainian has и on every line),
    # not Ukrainian ї є ґ, not Uzbek (қ ғ ҳ) or Kazakh (ә ң ө ұ ү һ); and one of ў ы э ё, which Ukrainian never
    # writes (a Ukrainian headline can lack и: "Сніг і мороз у Львові").
    _LetterRule("be", re.compile("[ўіЎІ]"), 0.01, 2, re.compile("[їєґищъқғҳәңөұүһЇЄҐИЩЪҚҒҲӘҢӨҰҮҺ]"),
                re.compile("[ўыэёЎЫЭЁ]")),
    # Kazakh: қ ғ ұ; not Tajik (ҷ ӯ ӣ ҳ), Uzbek (ў) or Bashkir (ҙ ҡ ҫ). Kazakh writes every Russian letter too, so
    # only the marks' number tells it from Russian text that names Тоқаев in Ақорда: three, and 2 % of the letters,
    # with one of Kazakh's other letters (ә ң ө ү һ і), which Kazakh names in Russian text seldom bring.
    _LetterRule("kk", re.compile("[қғұҚҒҰ]"), 0.02, 3, re.compile("[ҷӯӣҳўҙҡҫҶӮӢҲЎҘҠҪ]"),
                re.compile("[әңөүһіӘҢӨҮҺІ]")),
    # Tajik: ҷ ӯ ӣ; not Uzbek (ў), Kazakh or Kyrgyz (ә ң ө ұ ү һ і).
    _LetterRule("tg", re.compile("[ҷӯӣҶӮӢ]"), 0.005, 2, re.compile("[ўәңөұүһіЎӘҢӨҰҮҺІ]")),
    # Uzbek: ў with қ ғ ҳ (Belarusian's ў comes with і, vetoed here), one of them ў or ҳ (not Kazakh names in
    # Russian); not Tajik or Kazakh.
    _LetterRule("uz", re.compile("[ўқғҳЎҚҒҲ]"), 0.02, 3, re.compile("[ҷӯӣәңөұүһіҶӮӢӘҢӨҰҮҺІ]"),
                re.compile("[ўҳЎҲ]")),
)
# A letter or word every language of the rules writes in any stretch of text: ђ ћ ј (Serbian), ў і, қ ғ ұ, ҷ ӯ ӣ.
_ANY_MARK = re.compile("[ђћјўіқғұҷӯӣЂЋЈЎІҚҒҰҶӮӢ]")
# The letter rules read this much of the text: a veto letter is rare in a short stretch of the wrong language.
LETTER_RULE_CHARS = 2000

_HINT_ALIASES = {
    "zh": "zh-cn",
    "zh-hans": "zh-cn",
    "zh-sg": "zh-cn",
    "zh-my": "zh-cn",
    "zh-hant": "zh-tw",
    "zh-hk": "zh-tw",
    "zh-mo": "zh-tw",
    "iw": "he",
    "nb": "no",
    "nn": "no",
    "in": "id",
}


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detected language.

    ``lang`` is one of langdetect's codes (ISO 639-1, plus ``zh-cn``/``zh-tw``) or ``"und"``. ``confidence`` is in
    0..1: the detector's probability for ``lang`` (after the script corrections), or a script-based estimate for
    CJK; it is 0.0 for ``"und"``.
    """

    lang: str
    confidence: float


_UND = LanguageGuess(UNDETERMINED, 0.0)


class _NormalizedChars(dict):
    """``str.translate`` table applying langdetect's ``NGram.normalize`` per character, filled lazily."""

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


# langdetect's cleaning_text(): "Latin" is the ASCII range A..z, "non-Latin" everything from U+0300 except the Latin
# Extended Additional block (U+1E00..U+1EFF).
_LD_LATIN = re.compile(r"[A-z]")
_LD_NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")
_LD_SPACES = re.compile(" {2,}")
_TWO_PI = 2.0 * math.pi
_WORD_CACHE_MAX = 200_000


class _StreamExhausted(Exception):
    """More random draws were needed than were precomputed (not seen in practice): use langdetect itself."""


class _FastScorer:
    """``Detector.get_probabilities`` (alpha 0.5, seed 0, ``n_trial`` trials) replayed with numpy.

    * Text preparation and n-gram extraction follow ``Detector.append``/``cleaning_text``/``_extract_ngrams`` and
      ``NGram.add_char``; the n-grams of a word depend only on the word (and whether a space follows it), so they
      are cached per word.
    * ``random.Random(0)`` is replayed from its precomputed stream of 32-bit outputs: ``choice(seq)`` is
      ``getrandbits(k)`` (the top ``k = len(seq).bit_length()`` bits of one output) with rejection of values
      ``>= len(seq)``; ``gauss`` is CPython's Box-Muller on two ``random()`` values (two outputs each), the second
      normal deviate cached for the next trial. Every trial thus samples exactly the n-grams langdetect samples.
    * The product of ``alpha / 10000 + p(ngram | lang)`` is a cumulative sum of logs; the convergence test
      (normalised maximum > 0.99999 at every fifth update, at most 1000 updates) is evaluated on the same
      iterations as langdetect's, so each trial stops at the same update.
    """

    def __init__(self, factory: DetectorFactory, n_trial: int) -> None:
        self.langs = list(factory.get_lang_list())
        table = factory.word_lang_prob_map
        self.row_of = {gram: i for i, gram in enumerate(table)}
        self.probs = np.array(list(table.values()), dtype=np.float64)
        self.n_trial = n_trial
        self.alpha = Detector.ALPHA_DEFAULT
        self.alpha_width = Detector.ALPHA_WIDTH
        self.base_freq = Detector.BASE_FREQ
        self.limit = Detector.ITERATION_LIMIT
        self.log_conv = math.log(Detector.CONV_THRESHOLD)
        self.prob_threshold = Detector.PROB_THRESHOLD
        # Enough outputs for n_trial trials of ITERATION_LIMIT + 1 draws with worst-case rejection (< 1/2 each).
        rng = random.Random(0)
        size = 4 * (self.limit + 8) * n_trial + 64
        self.stream = np.array([rng.getrandbits(32) for _ in range(size)], dtype=np.uint64)
        self.chars = _NormalizedChars()
        self.word_cache: dict[tuple[str, bool], tuple[int, ...]] = {}

    # -- n-grams -----------------------------------------------------------------------------------------------
    def _prepare(self, text: str) -> str:
        """``Detector.append`` and ``cleaning_text``: URLs and e-mail addresses out, Vietnamese normalised,
        runs of spaces collapsed, ASCII letters dropped from mostly non-Latin text."""
        if "http" in text:
            text = Detector.URL_RE.sub(" ", text)
        if "@" in text:
            text = Detector.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        text = _LD_SPACES.sub(" ", text[:10000])
        if not text.isascii() and 2 * len(_LD_LATIN.findall(text)) < len(_LD_NON_LATIN.findall(text)):
            text = _LD_LATIN.sub("", text)
        return text

    def _token_rows(self, token: str, last: bool) -> tuple[int, ...]:
        """Rows of the n-grams of one space-separated token (``last``: no space follows it).

        ``NGram.normalize`` maps one character to one character and a space resets the n-gram buffer, so a
        token's n-grams do not depend on its neighbours: ``NGram.add_char`` over " " + word (+ " ") yields, at
        each position, the 1- to 3-grams ending there, except the lone space and except while the last two
        characters are both upper case (``capitalword``).
        """
        normalized = token.translate(self.chars)
        row_of = self.row_of
        rows: list[int] = []
        words = normalized.split(" ")
        for k, word in enumerate(words):
            if not word:
                continue
            padded = " " + word + ("" if last and k == len(words) - 1 else " ")
            for i in range(1, len(padded)):
                if padded[i].isupper() and padded[i - 1].isupper():
                    continue  # NGram.capitalword
                for n in (1, 2, 3):
                    if n > i + 1:
                        break
                    gram = padded[i - n + 1 : i + 1]
                    if gram != " ":
                        row = row_of.get(gram)
                        if row is not None:
                            rows.append(row)
        return tuple(rows)

    def ngram_rows(self, text: str) -> list[int]:
        """Rows (into ``probs``) of the n-grams langdetect's ``_extract_ngrams`` yields, in its order."""
        tokens = self._prepare(text).split(" ")
        cache = self.word_cache
        if len(cache) > _WORD_CACHE_MAX:
            cache.clear()
        rows: list[int] = []
        last = len(tokens) - 1
        for i, token in enumerate(tokens):
            if not token:
                continue
            key = (token, i == last)
            cached = cache.get(key)
            if cached is None:
                cached = cache[key] = self._token_rows(token, i == last)
            rows.extend(cached)
        return rows

    # -- random.Random(0) replay -------------------------------------------------------------------------------
    def _random(self, pos: int) -> float:
        a = int(self.stream[pos]) >> 5
        b = int(self.stream[pos + 1]) >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def _choices(self, pos: int, n: int, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The next ``count`` values of ``choice(range(n))`` from stream position ``pos``, and the stream position
        after each of them."""
        shift = np.uint64(32 - n.bit_length())
        size = 2 * count + 32  # a draw is accepted with probability > 1/2
        while True:
            draws = self.stream[pos : pos + size] >> shift
            accepted = np.flatnonzero(draws < n)[:count]
            if accepted.size == count:
                return draws[accepted].astype(np.intp), pos + accepted + 1
            if pos + size >= self.stream.size:
                raise _StreamExhausted
            size *= 2

    # -- scoring -----------------------------------------------------------------------------------------------
    def probabilities(self, text: str) -> list[tuple[str, float]]:
        rows = self.ngram_rows(text)
        n = len(rows)
        if n == 0:
            return []
        total = np.zeros(len(self.langs))
        pos = 0
        gauss_next: float | None = None
        for _ in range(self.n_trial):
            if gauss_next is None:
                x2pi = self._random(pos) * _TWO_PI
                g2rad = math.sqrt(-2.0 * math.log(1.0 - self._random(pos + 2)))
                pos += 4
                z = math.cos(x2pi) * g2rad
                gauss_next = math.sin(x2pi) * g2rad
            else:
                z, gauss_next = gauss_next, None
            weight = (self.alpha + z * self.alpha_width) / self.base_freq
            log_prob = np.zeros(len(self.langs))
            done = 0  # updates applied so far
            block = 64
            while True:
                count = min(block, self.limit + 1 - done)
                picks, ends = self._choices(pos, n, count)
                picked = [rows[i] for i in picks.tolist()]
                steps = np.log(self.probs[picked] + weight)
                # langdetect normalises and tests after updates number 0, 5, 10, ... (counting from 0): sum the
                # updates up to each test, then accumulate those sums.
                first = (-done) % 5
                starts = np.arange(first + 1, count, 5)
                if first < count:
                    starts = np.concatenate(([0], starts))
                    sums = np.add.reduceat(steps, starts, axis=0)
                    cum = np.cumsum(sums, axis=0) + log_prob
                    # checks: the first len(checks) partial sums end exactly at a test
                    checks = np.arange(first, count, 5)
                    at = cum[: checks.size]
                    top = at.max(axis=1)
                    log_max = -np.log(np.exp(at - top[:, None]).sum(axis=1))
                    hit = np.flatnonzero((log_max > self.log_conv) | (done + checks >= self.limit))
                    if hit.size:
                        stop = int(hit[0])
                        log_prob = cum[stop]
                        pos = int(ends[checks[stop]])
                        break
                    log_prob = cum[-1]
                else:
                    log_prob = log_prob + steps.sum(axis=0)
                pos = int(ends[-1])
                done += count
                block *= 4
            prob = np.exp(log_prob - log_prob.max())
            total += prob / prob.sum() / self.n_trial
        out = [(lang, float(p)) for lang, p in zip(self.langs, total.tolist()) if p > self.prob_threshold]
        out.sort(key=lambda c: c[1], reverse=True)
        return out


class _Model:
    """langdetect profiles loaded once, plus the zh-cn/zh-tw distinguishing characters derived from them."""

    def __init__(self) -> None:
        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        # Instance attribute: other code assigning DetectorFactory.seed (the class attribute) cannot change ours.
        factory.set_seed(0)
        self.factory = factory
        self.languages = frozenset(factory.get_lang_list())
        self.simplified, self.traditional = self._zh_variant_chars(factory)
        self.scorer = _FastScorer(factory, N_TRIALS)

    @staticmethod
    def _zh_variant_chars(factory: DetectorFactory) -> tuple[frozenset[str], frozenset[str]]:
        """Characters seen in only one of the zh-cn / zh-tw profiles, plus the curated lists the profiles confirm."""
        langs = factory.get_lang_list()
        cn, tw = langs.index("zh-cn"), langs.index("zh-tw")
        table = factory.word_lang_prob_map
        simplified, traditional = set(), set()
        for gram, probs in table.items():
            if len(gram) != 1 or not _HAN.match(gram):
                continue
            p_cn, p_tw = probs[cn], probs[tw]
            if p_cn > 0 and p_cn >= _ZH_VARIANT_RATIO * p_tw:
                simplified.add(gram)
            elif p_tw > 0 and p_tw >= _ZH_VARIANT_RATIO * p_cn:
                traditional.add(gram)
        # The profiles only keep frequent characters; the curated lists add common news vocabulary, minus anything
        # the profiles show in use on the other side.
        simplified.update(ch for ch in _SIMPLIFIED_EXTRA if ch not in table or table[ch][tw] * _ZH_VARIANT_RATIO <= table[ch][cn])
        traditional.update(ch for ch in _TRADITIONAL_EXTRA if ch not in table or table[ch][cn] * _ZH_VARIANT_RATIO <= table[ch][tw])
        return frozenset(simplified - traditional), frozenset(traditional - simplified)

    def probabilities(self, text: str) -> list[tuple[str, float]]:
        """langdetect's candidates with probability > 0.1, best first; [] when it finds no features."""
        try:
            return self.scorer.probabilities(text)
        except _StreamExhausted:
            return self.langdetect_probabilities(text)

    def langdetect_probabilities(self, text: str, n_trial: int = N_TRIALS) -> list[tuple[str, float]]:
        """The same, computed by langdetect's own ``Detector`` (the reference the fast scorer replays)."""
        detector = self.factory.create()
        detector.seed = 0  # belt and braces: the detector copies the seed at creation
        detector.n_trial = n_trial
        detector.append(text)
        try:
            return [(c.lang, c.prob) for c in detector.get_probabilities()]
        except LangDetectException:
            return []


_model: _Model | None = None
_model_lock = threading.Lock()


def _get_model() -> _Model:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = _Model()
    return _model


def supported_languages() -> frozenset[str]:
    """The language codes :func:`detect_language` can return (besides ``"und"``); loads the profiles."""
    return _get_model().languages | {rule.lang for rule in _LETTER_RULES}


def _prefix(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at the last whitespace when there is one in the second half."""
    if len(text) <= limit:
        return text
    cut = max(text.rfind(" ", 0, limit + 1), text.rfind("\n", 0, limit + 1))
    return text[: cut if cut > limit // 2 else limit]


def _normalize_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    tag = hint.strip().lower().replace("_", "-")
    if tag in _HINT_ALIASES:
        return _HINT_ALIASES[tag]
    if tag.startswith("zh-"):
        return "zh-tw" if tag.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")) else "zh-cn"
    primary = tag.split("-", 1)[0]
    return _HINT_ALIASES.get(primary, primary)


def _chinese_variant(sample: str, model: _Model, hint: str | None) -> LanguageGuess:
    simplified = traditional = 0
    for ch in _HAN.findall(sample):
        if ch in model.simplified:
            simplified += 1
        elif ch in model.traditional:
            traditional += 1
    if simplified != traditional:
        lang = "zh-cn" if simplified > traditional else "zh-tw"
        # Laplace-smoothed share of the distinguishing characters that agree.
        return LanguageGuess(lang, (max(simplified, traditional) + 1) / (simplified + traditional + 2))
    # No evidence either way (only characters shared by both scripts): the hint, then langdetect, then the more
    # common variant.
    if hint in ("zh-cn", "zh-tw"):
        return LanguageGuess(hint, 0.5)
    zh = [(lang, p) for lang, p in model.probabilities(sample) if lang.startswith("zh-")]
    if zh:
        total = sum(p for _, p in zh)
        lang, p = max(zh, key=lambda c: c[1])
        return LanguageGuess(lang, p / total)
    return LanguageGuess("zh-cn", 0.5)


def _fold(candidates: dict[str, float], into: str, ruled_out: frozenset[str]) -> None:
    """Move the probability of ruled-out languages to ``into``."""
    moved = sum(candidates.pop(lang) for lang in list(candidates) if lang in ruled_out)
    if moved or into in candidates:
        candidates[into] = candidates.get(into, 0.0) + moved


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Identify the language of ``text`` (normally the output of ``normalize_text``).

    Only the first ``PREFIX_CHARS`` characters are examined (cut at a word boundary), so the cost is bounded.

    Returns ``"und"`` (confidence 0.0) when the prefix has fewer than ``MIN_LETTERS`` letters (``MIN_CJK_LETTERS``
    for CJK text), when langdetect finds no features, or when the best probability is below ``MIN_CONFIDENCE``.

    ``hint`` is the publisher's declared language (any BCP 47-ish tag: ``"uk"``, ``"en-GB"``, ``"zh-Hant"``). It is
    only a tie-breaker: it is returned when langdetect's best probability is below ``HINT_BELOW`` and the hinted
    language is itself one of langdetect's candidates, or when Chinese text has no characters that tell Simplified
    from Traditional. A hint never overrides a confident detection, and never turns "no evidence" into an answer.

    Deterministic: the same text and hint always give the same result, whatever else uses langdetect.
    """
    sample = _prefix(text, PREFIX_CHARS)
    letters = len(_LETTER.findall(sample))
    if letters < MIN_CJK_LETTERS:
        return _UND
    model = _get_model()
    hint = _normalize_hint(hint)

    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    cjk = han + kana + hangul
    if cjk >= _CJK_DOMINANT * letters:
        if hangul >= _HANGUL_SHARE * cjk:
            return LanguageGuess("ko", min(0.99, cjk / letters))
        if kana >= _KANA_SHARE * cjk:
            return LanguageGuess("ja", min(0.99, cjk / letters))
        return _chinese_variant(sample, model, hint)
    if letters < MIN_LETTERS:
        return _UND

    latin = len(_LATIN.findall(sample))
    if 0.5 * letters <= latin < letters:
        # Mostly Latin text quoting names in other scripts ("Zelensky (Зеленський)"): those n-grams are noise that
        # langdetect weighs like any other, so only the Latin part is examined.
        sample = _NON_LATIN_RUN.sub(" ", sample)
    candidates = dict(model.probabilities(sample))
    if not candidates:
        return _UND
    # Script vetoes: a language cannot be present without its script.
    if not hangul:
        candidates.pop("ko", None)
    if not kana and not han:
        candidates.pop("ja", None)
    if not han:
        candidates.pop("zh-cn", None)
        candidates.pop("zh-tw", None)
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic >= 0.5 * letters:
        uk_only = len(_UK_ONLY.findall(sample))
        ru_only = len(_RU_ONLY.findall(sample))
        floor = max(2, _CYR_LETTER_SHARE * cyrillic)
        if (unprofiled := _unprofiled_cyrillic(text)) is not None:
            _fold(candidates, unprofiled, _CYRILLIC_LANGS)
        elif uk_only >= floor and not ru_only:
            _fold(candidates, "uk", _CYRILLIC_LANGS - {"uk"})
        elif ru_only >= floor and not uk_only:
            _fold(candidates, "ru", frozenset(("uk", "bg", "mk")))
    if not candidates:
        return _UND

    lang, prob = max(candidates.items(), key=lambda c: c[1])
    if prob < HINT_BELOW and hint in candidates and hint != lang:
        return LanguageGuess(hint, _clamp(candidates[hint]))
    if prob < MIN_CONFIDENCE:
        return _UND
    return LanguageGuess(lang, _clamp(prob))


def _unprofiled_cyrillic(text: str) -> str | None:
    """The language of ``_LETTER_RULES`` that Cyrillic ``text`` is written in, or None."""
    window = text[:LETTER_RULE_CHARS]
    if _ANY_MARK.search(window) is None:  # Russian and Bulgarian text: one scan
        return None
    cyrillic: int | None = None
    for rule in _LETTER_RULES:
        if rule.vetoes.search(window) is not None:  # usually within the first few words of another language
            continue
        marks = len(rule.marks.findall(window))
        if marks < rule.minimum or (rule.needs is not None and rule.needs.search(window) is None):
            continue
        if cyrillic is None:
            cyrillic = len(_CYRILLIC.findall(window))
        if marks >= rule.share * cyrillic:
            return rule.lang
    return None


def _clamp(p: float) -> float:
    return 0.0 if math.isnan(p) else min(1.0, max(0.0, p))
