"""Near-duplicate fingerprints of article text (pure: no I/O, no Kafka).

A text becomes a *set* of word 5-shingles (five consecutive tokens), each hashed to 64 bits with a hash
that is stable across processes and machines (CRC-32 of each token, mixed with a fixed multiply/xor-shift
cascade -- never Python's salted ``hash()``).  Set overlap between two texts is then estimated from a
small *bottom-k sketch*:

* sketch key of a shingle = the top 32 bits of its 64-bit hash;
* ``Fingerprint.signature`` = the ``SKETCH_SIZE`` (64) smallest distinct sketch keys, as 256 bytes;
* ``Fingerprint.anchors`` = the ``ANCHOR_COUNT`` (16) smallest of those, used as index keys;
* ``Fingerprint.size`` = number of distinct shingles.

Why bottom-k rather than k-permutation MinHash: one sort of the shingle hashes yields the sketch and
the anchors at once (no 64 hash functions to evaluate), and a bottom-k sketch is an *exact* picture of
the set restricted to the hash range ``[0, max(sketch)]``.  Comparing two fingerprints therefore looks
at that common range, where both sets are fully known, and counts (``compare``):

    n_a, n_b = elements of A, B in the range;   n_ab = elements of both
    jaccard     = n_ab / (n_a + n_b - n_ab)
    containment = n_ab / min(n_a, n_b)      # ~ |A & B| / min(|A|, |B|)

Containment is what catches reposts that cut the tail or the lede, or add a footer: the shorter text is
(almost) contained in the longer one even though the Jaccard similarity drops.  A fingerprint fresh from
``fingerprint()`` also carries the full shingle-hash array (``shingles``, transient, never serialised),
which makes its side of the comparison exact and gives the dedup index every shingle to look up.

A fingerprint also keeps a sample of the text's *figures* (``figures``: the ``FIGURE_COUNT`` smallest hashes of
its distinct numbers, written without separators, so "1,000", "1.000" and "1 000" are one figure; a date or a time
gives the figures of its parts, so "14.03.2024" has those of "14 марта 2024"). A repost keeps its original's
figures; the next day's exchange-rate note, lottery draw or market close keeps the stock sentences of the day
before and changes them: ``different_figures`` tells such a pair, which the shingles alone take for copies.

Tokenisation is Unicode-aware: NFKC, case-folded, ``ё`` folded to ``е``, punctuation dropped (so
retyped quotes, dashes and whitespace do not matter), runs of letters/digits are tokens, and every
character of a script written without spaces (Chinese, Japanese kana) is its own token, so such text
is shingled on 5-character windows.
"""

from __future__ import annotations

import base64
import re
import unicodedata
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "ANCHOR_COUNT",
    "SHINGLE_WORDS",
    "SKETCH_SIZE",
    "Fingerprint",
    "Similarity",
    "compare",
    "compare_many",
    "compare_sketches",
    "different_figures",
    "figure_hashes",
    "fingerprint",
    "shingle_hashes",
    "sketch_keys",
    "tokenize",
]

SHINGLE_WORDS = 5  # tokens per shingle: long enough that shared stock phrases rarely align
SKETCH_SIZE = 64  # sketch keys per signature: containment error ~ sqrt(c(1-c)/64) <= 0.06
ANCHOR_COUNT = 16  # index keys per article: a copy keeping 40% of it still shares one w.p. 1-0.6**16
FORMAT_VERSION = 1  # bump when tokenisation/hashing changes: old fingerprints become incomparable
FIGURE_COUNT = 16  # figure hashes kept per article
MIN_FIGURES = 4  # distinct figures each text needs before its figures say anything
FIGURE_OVERLAP = 0.5  # share of the figures (of the text with fewer) a copy keeps at least

# Scripts written without spaces between words: each character is a token.
_NO_SPACE = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"[{_NO_SPACE}]|[^\W_{_NO_SPACE}]+")
# A number with its group and decimal separators ("1,000.5", "10:30", "3 500": normalised text has plain spaces)
_FIGURE_RE = re.compile(r"\d+(?:(?:[.,:'\u2019]| (?=\d{3}(?!\d)))\d+)*")
_NOT_DIGIT = re.compile(r"\D")
_DATE_OR_TIME = re.compile(r"(\d{1,2})[.](\d{1,2})[.](\d{2,4})|(\d{1,2}):(\d{2})(?::(\d{2}))?")

_U64 = np.uint64
_MUL = _U64(0x9E3779B97F4A7C15)  # golden-ratio odd multiplier: order-sensitive combination step
_M1 = _U64(0xFF51AFD7ED558CCD)  # murmur3 fmix64 constants
_M2 = _U64(0xC4CEB9FE1A85EC53)
_S33 = _U64(33)
_S32 = _U64(32)
_EMPTY_U64: npt.NDArray[np.uint64] = np.empty(0, dtype=np.uint64)
_EMPTY_U32: npt.NDArray[np.uint32] = np.empty(0, dtype=np.uint32)

# Token -> CRC-32 cache: a dict hit is ~5x cheaper than encoding + CRC.  Bounded by clearing, which
# only costs speed, never changes results.
_TOKEN_CACHE: dict[str, int] = {}
_TOKEN_CACHE_MAX = 200_000


def tokenize(text: str) -> list[str]:
    """The tokens of ``text`` as the fingerprint sees them (normalised, lower-case, no punctuation)."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _TOKEN_RE.findall(text)


def _token_ids(tokens: list[str]) -> npt.NDArray[np.uint64]:
    """CRC-32 of each token, as uint64, through the cache."""
    cache = _TOKEN_CACHE
    if len(cache) > _TOKEN_CACHE_MAX:
        cache.clear()
    ids = list(map(cache.get, tokens))  # C-level loop; misses come back as None
    try:
        return np.array(ids, dtype=np.uint64)  # fails on a miss: cheaper than scanning for None
    except TypeError:
        pass
    for i, tid in enumerate(ids):
        if tid is None:
            tok = tokens[i]
            ids[i] = cache[tok] = zlib.crc32(tok.encode("utf-8"))
    return np.array(ids, dtype=np.uint64)


def _sorted_distinct(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    # np.unique costs ~40us on 400 values; sort + neighbour mask does the same in ~5us.
    values = np.sort(values)
    keep = np.empty(values.size, dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _fmix64(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    # murmur3 finaliser: every input bit affects every output bit (uint64 arithmetic wraps).
    h ^= h >> _S33
    h *= _M1
    h ^= h >> _S33
    h *= _M2
    h ^= h >> _S33
    return h


def shingle_hashes(text: str) -> npt.NDArray[np.uint64]:
    """Sorted distinct 64-bit hashes of the word 5-shingles of ``text`` (stable across processes).

    A text shorter than five tokens is one shingle of all its tokens; an empty text has none.
    """
    ids = _token_ids(tokenize(text))
    n = ids.size
    if n == 0:
        return _EMPTY_U64.copy()
    tok = _fmix64(ids + _MUL)  # spread 32-bit CRCs over 64 bits
    w = min(SHINGLE_WORDS, n)
    m = n - w + 1
    h = tok[:m].copy()
    for j in range(1, w):  # h = ((t0*M ^ t1)*M ^ t2)... : depends on token order
        h *= _MUL
        h ^= tok[j : j + m]
    return _sorted_distinct(_fmix64(h))


def sketch_keys(hashes: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint32]:
    """Sorted distinct sketch keys (top 32 bits) of sorted 64-bit shingle hashes."""
    if hashes.size == 0:
        return _EMPTY_U32
    hi = (hashes >> _S32).astype(np.uint32)  # still sorted: the input is sorted
    keep = np.empty(hi.size, dtype=bool)
    keep[0] = True
    np.not_equal(hi[1:], hi[:-1], out=keep[1:])
    return hi[keep]


def _figures(text: str) -> set[str]:
    """The figures of ``text``: each number without its separators and leading zeros ("1,000", "1 000", "1.000" are
    "1000"; "3.5" and "3,5" are "35"), but a date or a time the figures of its parts ("14.03.2024" is "14", "3" and
    "2024", as "14 марта 2024"; "10:30" is "10" and "30")."""
    figures: set[str] = set()
    for number in _FIGURE_RE.findall(text):
        parts = _DATE_OR_TIME.fullmatch(number)
        for figure in (parts.groups() if parts is not None else (_NOT_DIGIT.sub("", number),)):
            if figure is not None:
                figures.add(figure.lstrip("0") or "0")
    return figures


def figure_hashes(text: str) -> npt.NDArray[np.uint32]:
    """Sorted distinct CRC-32 hashes of the figures of ``text`` (``_figures``)."""
    figures = _figures(text)
    if not figures:
        return _EMPTY_U32
    return np.sort(np.fromiter((zlib.crc32(f.encode("utf-8")) for f in figures), dtype=np.uint32,
                               count=len(figures)))


def different_figures(a: npt.NDArray[np.uint32], a_total: int, b: npt.NDArray[np.uint32], b_total: int) -> bool:
    """Two texts report different figures: each has at least ``MIN_FIGURES`` distinct ones and less than
    ``FIGURE_OVERLAP`` of those of the text with fewer are in the other. ``a`` and ``b`` are the smallest figure
    hashes of texts with ``a_total`` and ``b_total`` distinct figures (all of them when as many); like the
    sketches, they are compared on the hash range both know whole."""
    if a_total < MIN_FIGURES or b_total < MIN_FIGURES:
        return False
    na, nb, both = _overlap(a, int(a[-1]) if a_total > a.size and a.size else None,
                            b, int(b[-1]) if b_total > b.size and b.size else None)
    return na > 0 and nb > 0 and both < FIGURE_OVERLAP * min(na, nb)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Compact, JSON-serialisable near-duplicate fingerprint of one text.

    Contract:
    * ``signature``: the up to ``SKETCH_SIZE`` smallest distinct sketch keys (uint32, ascending) as
      little-endian bytes.  If ``size <= SKETCH_SIZE`` it holds the whole set.
    * ``anchors``: the ``ANCHOR_COUNT`` smallest sketch keys (a prefix of the signature); the dedup
      index files an article under these.
    * ``size``: number of distinct shingles in the text.
    * ``figures``: the up to ``FIGURE_COUNT`` smallest figure hashes (uint32, ascending) as little-endian bytes,
      and ``figure_total`` the number of distinct figures in the text; ``figures`` is None for a fingerprint
      written before figures were kept (such a one never tells different figures).
    * ``shingles``: the full sorted shingle-hash array when built by ``fingerprint()``; transient --
      excluded from equality, repr and ``to_json()``; ``None`` after ``from_json()``.  With it a lookup
      queries every shingle (best recall); without it only the signature's keys.
    * ``to_json()`` is ~460 bytes of JSON; ``from_json(to_json(fp)) == fp``.
    """

    signature: bytes
    anchors: tuple[int, ...]
    size: int
    figures: bytes | None = None
    figure_total: int = 0
    shingles: npt.NDArray[np.uint64] | None = field(default=None, compare=False, repr=False)

    @property
    def keys(self) -> npt.NDArray[np.uint32]:
        """The signature as a read-only ascending uint32 array."""
        return np.frombuffer(self.signature, dtype="<u4")

    @property
    def complete(self) -> bool:
        """True if the signature holds every sketch key of the text (short texts)."""
        return self.size <= len(self.signature) // 4

    def query_keys(self) -> npt.NDArray[np.uint32]:
        """Sketch keys to look up in an anchor index: all of them if the shingles are known."""
        if self.shingles is not None:
            return sketch_keys(self.shingles)
        return self.keys

    @property
    def figure_keys(self) -> npt.NDArray[np.uint32]:
        """The figure hashes kept, as a read-only ascending uint32 array (empty when not known)."""
        return np.frombuffer(self.figures, dtype="<u4") if self.figures else _EMPTY_U32

    def to_json(self) -> dict[str, object]:
        """JSON-safe dict (no ints above 2**53, so any JSON consumer reads it losslessly)."""
        data: dict[str, object] = {
            "v": FORMAT_VERSION,
            "sig": base64.b64encode(self.signature).decode("ascii"),
            "size": self.size,
        }
        if self.figures is not None:
            data["fig"] = base64.b64encode(self.figures).decode("ascii")
            data["nfig"] = self.figure_total
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Fingerprint:
        """Inverse of ``to_json``; raises ``ValueError`` for another format version or bad data."""
        if data.get("v") != FORMAT_VERSION:
            raise ValueError(f"unsupported fingerprint version {data.get('v')!r}")
        sig = data.get("sig")
        size = data.get("size")
        if not isinstance(sig, str) or not isinstance(size, int) or size < 0:
            raise ValueError("malformed fingerprint")
        raw = base64.b64decode(sig.encode("ascii"), validate=True)
        if len(raw) % 4 or len(raw) > 4 * SKETCH_SIZE:
            raise ValueError("malformed fingerprint signature")
        keys = np.frombuffer(raw, dtype="<u4")
        figures, figure_total = data.get("fig"), data.get("nfig", 0)
        if figures is not None:  # (not in a fingerprint written before figures were kept)
            if not isinstance(figures, str) or not isinstance(figure_total, int) or not 0 <= figure_total < 1 << 31:
                raise ValueError("malformed fingerprint figures")
            figures = base64.b64decode(figures.encode("ascii"), validate=True)
            if len(figures) % 4 or len(figures) > 4 * FIGURE_COUNT or len(figures) > 4 * figure_total:
                raise ValueError("malformed fingerprint figures")
        return cls(signature=raw, anchors=tuple(int(k) for k in keys[:ANCHOR_COUNT]), size=size, figures=figures,
                   figure_total=figure_total if figures is not None else 0)


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint of already-normalised article text (title excluded by the caller)."""
    hashes = shingle_hashes(text)
    keys = sketch_keys(hashes)[:SKETCH_SIZE]
    figures = figure_hashes(text)
    return Fingerprint(
        signature=keys.astype("<u4").tobytes(),
        anchors=tuple(keys[:ANCHOR_COUNT].tolist()),
        size=int(hashes.size),
        figures=figures[:FIGURE_COUNT].astype("<u4").tobytes(),
        figure_total=int(figures.size),
        shingles=hashes,
    )


@dataclass(frozen=True, slots=True)
class Similarity:
    """Estimated set similarity of two fingerprints' shingle sets, both in [0, 1].

    ``jaccard`` = |A & B| / |A | B|;  ``containment`` = |A & B| / min(|A|, |B|) (>= jaccard).
    """

    jaccard: float
    containment: float


def _known(fp: Fingerprint) -> tuple[npt.NDArray[np.uint32], int | None]:
    """Sketch keys known for ``fp`` and the bound below which they are the whole set (None = all)."""
    if fp.shingles is not None:
        return sketch_keys(fp.shingles), None
    keys = fp.keys
    if fp.complete or keys.size == 0:
        return keys, None
    return keys, int(keys[-1])


def compare(a: Fingerprint, b: Fingerprint) -> Similarity:
    """Estimate Jaccard and containment of ``a`` and ``b`` (symmetric).

    Both sets are exactly known on the key range up to the smaller of the two sketch bounds; the
    estimate is the overlap measured there.  Exact when both sides carry shingles or are complete.
    """
    na, nb, both = _overlap(*_known(a), *_known(b))
    if na == 0 or nb == 0:
        return Similarity(0.0, 0.0)
    return Similarity(jaccard=both / (na + nb - both), containment=both / min(na, nb))


def _overlap(ka: npt.NDArray[np.uint32], bound_a: int | None, kb: npt.NDArray[np.uint32],
             bound_b: int | None) -> tuple[int, int, int]:
    """How many of the sorted distinct keys ``ka`` and ``kb`` (each the whole set up to its ``bound``, or all of it
    for None) lie in the range both know whole, and how many of those they share: ``(n_a, n_b, both)``."""
    bounds = [x for x in (bound_a, bound_b) if x is not None]
    if bounds:
        bound = min(bounds)
        ka = ka[: np.searchsorted(ka, bound, side="right")]
        kb = kb[: np.searchsorted(kb, bound, side="right")]
    na, nb = int(ka.size), int(kb.size)
    if na == 0 or nb == 0:
        return na, nb, 0
    pos = np.searchsorted(kb, ka)  # both sorted and distinct: count exact matches
    pos[pos == nb] = 0
    return na, nb, int(np.count_nonzero(kb[pos] == ka))


# Padding of the candidate matrix in compare_sketches: above every key and every bound, so never counted.
_PAD = np.uint64(1 << 33)
_NO_BOUND = np.uint64((1 << 33) - 1)


def compare_many(a: Fingerprint, others: list[Fingerprint]) -> list[Similarity]:
    """``[compare(a, b) for b in others]`` with the same results, in a fixed number of array operations
    (the dedup index verifies tens of candidates per article)."""
    if len(others) < 2 or any(b.shingles is not None for b in others):
        return [compare(a, b) for b in others]  # (stored candidates never carry shingles)
    keys = np.zeros((len(others), SKETCH_SIZE), dtype=np.uint32)
    counts = np.zeros(len(others), dtype=np.intp)
    for i, b in enumerate(others):
        kb = b.keys
        keys[i, : kb.size] = kb
        counts[i] = kb.size
    sizes = np.fromiter((b.size for b in others), dtype=np.int64, count=len(others))
    jaccard, containment = compare_sketches(a, keys, counts, sizes)
    return [Similarity(j, c) for j, c in zip(jaccard.tolist(), containment.tolist())]


def compare_sketches(
    a: Fingerprint,
    keys: npt.NDArray[np.uint32],
    key_counts: npt.NDArray[np.integer[Any]],
    sizes: npt.NDArray[np.integer[Any]],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """``compare(a, b)`` against many stored sketches at once, as ``(jaccard, containment)`` arrays.

    Row ``i`` of ``keys`` (``n x SKETCH_SIZE``) holds, in its first ``key_counts[i]`` columns, the sketch keys
    of a text with ``sizes[i]`` distinct shingles (the rest of the row is ignored): the layout a store keeps,
    so candidates are compared without building a ``Fingerprint`` each. Results equal ``compare``'s exactly.
    """
    n = keys.shape[0]
    if n == 0:
        return np.zeros(0), np.zeros(0)
    ka, bound_a = _known(a)
    ka = ka.astype(np.uint64)
    key_counts = key_counts.astype(np.intp, copy=False)
    in_row = np.arange(keys.shape[1])[None, :] < key_counts[:, None]
    rows = np.where(in_row, keys.astype(np.uint64), _PAD)
    # A sketch is the whole set when it holds every key (complete); otherwise it is exact up to its last key.
    last = rows[np.arange(n), np.maximum(key_counts - 1, 0)]
    bounds = np.where((sizes <= key_counts) | (key_counts == 0), _NO_BOUND, last)
    if bound_a is not None:
        np.minimum(bounds, np.uint64(bound_a), out=bounds)
    in_range = rows <= bounds[:, None]
    nb = np.count_nonzero(in_range, axis=1)
    na = np.searchsorted(ka, bounds, side="right")
    if ka.size:
        pos = np.searchsorted(ka, rows)
        pos[pos == ka.size] = 0
        both = np.count_nonzero((ka[pos] == rows) & in_range, axis=1)
    else:
        both = np.zeros(n, dtype=np.int64)
    empty = (na == 0) | (nb == 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        jaccard = np.where(empty, 0.0, both / (na + nb - both))
        containment = np.where(empty, 0.0, both / np.minimum(na, nb))
    return jaccard, containment
