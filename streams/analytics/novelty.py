"""Is an official's statement new? Near-duplicate detection of short statements per official.

Pure analytics. A statement is reduced to its normalised words (casefolded, diacritics and punctuation
removed); its *key* is a hash of those words, its *sketch* the bottom-k hashes of its word bigrams. Two
statements are near-duplicates when the bigram Jaccard similarity is high (retyped quote, a few words
changed) or when the new one is mostly contained in the old one (a trimmed quote), unless only one of them negates
or is conditional (a reversal shares most of its words with what it reverses, a commitment made conditional all of
them), or the new one replaces a fact of the old one by another of its kind (a number, weekday, month: "21 killed"
after "14 killed" is the update of a toll) or a name by another after the same word ("near Pokrovsk" after "near
Kharkiv"; ``facts.py``); a quote cut at ellipses repeats what its parts repeat.
Sketches are exact for statements of up to ``SKETCH_SIZE`` bigrams and a bottom-k estimate beyond.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import re
import struct
from collections.abc import Collection, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from streams.analytics.facts import NAME_MARK, facts, kind, names, replaces_a_name
from streams.analytics.officials import fold

__all__ = ["NoveltyIndex", "StatementSketch", "statement_key", "SKETCH_SIZE", "JACCARD_THRESHOLD",
           "CONTAINMENT_THRESHOLD", "NEGATIONS", "LANGUAGE_NEGATIONS", "negates", "CONDITIONS", "CONDITION_PAIRS",
           "LANGUAGE_CONDITIONS", "conditions"]

#: Bigram hashes kept per statement (bottom-k sketch): 32 hashes are 172 base64 characters.
SKETCH_SIZE = 32
#: Seen when the bigram Jaccard similarity with a stored statement reaches this...
JACCARD_THRESHOLD = 0.5
#: ...or when this share of the new statement's bigrams is in a stored one (the new one is a trimmed quote).
CONTAINMENT_THRESHOLD = 0.8

#: ...except that a statement and a stored one of which only one negates ("Putin will go to Rio" after "Putin will
#: not go to Rio": most word pairs shared) are a repeat only when the new one is all in the stored one (a trimmed
#: quote that left the negation out): exactly for statements of up to SKETCH_SIZE word pairs, and at least this share
#: of the new one estimated beyond.
REVERSAL_CONTAINMENT_THRESHOLD = 0.9

_WORD = re.compile(r"\w+")
#: Words that negate a statement in every language statements are read in ("don't" is "don", "t")
# (not those that also mean something else somewhere: LANGUAGE_NEGATIONS has those; Russian "ни" is "-ever")
# (Russian and Ukrainian "никогда", "ніхто" come with "не")
NEGATIONS = frozenset(fold(word) for word in """not never nor cannot nothing nobody neither none t не нет ні немає
    нема jamais aucun aucune rien nicht kein keine keinen keiner keinem nie niemals nichts niemand weder não nunca
    jamás nem nada ninguém nenhum nenhuma nadie ningún ninguno ninguna tampoco nessuno nessuna nessun niente nulla
    neanche nemmeno neppure ikke aldri ingen ingenting""".split())
#: ... and those that negate only in the statement's language: Portuguese "no" is "in the", Italian "ne" "of it",
# Norwegian "mai" May, English "non" a prefix ("non-aligned"). French "pas" is also a step, so "ne" marks it.
LANGUAGE_NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"no"}),
    "es": frozenset({"no", "ni"}),
    "fr": frozenset({"ne", "n", "non", "ni"}),
    "it": frozenset({"no", "non", "mai"}),
}
#: Words that make a statement conditional ("ready to exchange all prisoners, provided Russia returns the
# children") or add an exception ("except in the border regions", "but not with Zelensky"): a condition added to a
# commitment is news, as a negation is. Each word, or pair of words, conditions in every language statements are
# read in...
CONDITIONS = frozenset(fold(word) for word in """unless если якщо sofern vorausgesetzt sobald dersom hvis forutsatt
    purché except excepto salvo sauf außer ausgenommen tranne eccetto exceto unntatt""".split())
CONDITION_PAIRS = frozenset(tuple(fold(pair).split()) for pair in """provided that|providing that|on condition|a
    condizione|a patto|sempre che|à condition|pourvu que|sous réserve|a condición|siempre que|siempre y|tal de|contanto
    que|a condição|при условии|за умови|der bedingung|nur wenn|за исключением|за винятком|but not|mais pas|aber
    nicht|pero no|ma non|mas não|men ikke|но не|але не""".replace("\n    ", " ").split("|"))
# ("as long as" is also "for as long as it takes", "con tal" "con tal fin")
#: ... and those that condition only in the statement's language: English "if" (French "si" is also "so", Italian
# "se" Portuguese "himself", Spanish "si" "yes", German "falls" English "falls")
LANGUAGE_CONDITIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"if"}),
    "es": frozenset({"si"}),
    "fr": frozenset({"si"}),
    "it": frozenset({"se"}),
    "de": frozenset({"wenn", "falls"}),
}
# The sketch of a statement with a negation holds this value, that of a conditional one the next; the smallest
# hashes, they are always in the bottom-k.
_NEGATED = 0
_CONDITIONED = 1
# Where a quote was cut: "…", "...", "(…)", "[...]"
_ELLIPSIS = re.compile(r"\s*[(\[]?\s*(?:\.\.\.|\u2026)\s*[)\]]?\s*")
# The shortest part of a cut quote that is compared on its own
_MIN_PART_WORDS = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def statement_key(text: str) -> str:
    """A stable hex fingerprint of the statement's normalised words (same in every process and run)."""
    normalised = " ".join(_words(text))
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=4).digest(), "big")


def negates(words: Collection[str], lang: str | None = None) -> bool:
    """Whether a statement's folded words hold a negation, in the statement's language when it is known."""
    return not NEGATIONS.isdisjoint(words) or not LANGUAGE_NEGATIONS.get(lang or "", frozenset()).isdisjoint(words)


def conditions(words: Sequence[str], lang: str | None = None) -> bool:
    """Whether a statement's folded words make it conditional, in the statement's language when it is known."""
    return (not CONDITIONS.isdisjoint(words)
            or not LANGUAGE_CONDITIONS.get(lang or "", frozenset()).isdisjoint(words)
            or any(pair in CONDITION_PAIRS for pair in zip(words, words[1:])))


def _shingles(words: list[str], lang: str | None = None) -> set[int]:
    # Word bigrams; a one-word statement is its word. And the marks of a negation and of a condition.
    shingles = {_hash(w) for w in words} if len(words) < 2 else {_hash(f"{a} {b}") for a, b in zip(words, words[1:])}
    if negates(words, lang):
        shingles.add(_NEGATED)
    if conditions(words, lang):
        shingles.add(_CONDITIONED)
    return shingles


def _encode(hashes: Iterable[int]) -> str:
    values = sorted(hashes)[:SKETCH_SIZE]
    return base64.b64encode(struct.pack(f">{len(values)}I", *values)).decode("ascii")


@lru_cache(maxsize=4096)  # new statements and the few candidates of each check; stored ones are indexed
def _decode(sketch: str) -> frozenset[int]:
    raw = base64.b64decode(sketch)
    return frozenset(struct.unpack(f">{len(raw) // 4}I", raw))


def _similar(new: frozenset[int], new_size: int, old: frozenset[int], old_size: int) -> bool:
    """Near-duplicate test on two bottom-k sketches and the full bigram-set sizes."""
    union_bottom = sorted(new | old)[:SKETCH_SIZE]
    if not union_bottom:
        return False
    both = sum(1 for h in union_bottom if h in new and h in old)
    jaccard = both / len(union_bottom)
    # |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the new statement A in the stored B.
    contained = jaccard * (new_size + old_size) / (1 + jaccard) / new_size if new_size > 0 else 0.0
    if (_NEGATED in new) != (_NEGATED in old) or (_CONDITIONED in new) != (_CONDITIONED in old):
        # A copy that left the negation out is all in the stored one ("go to Rio" of "Putin will not go to Rio"); a
        # reversal has a word pair of its own ("Putin plans" after "Putin has no plans"). Sketches are exact up to
        # SKETCH_SIZE word pairs; beyond, the estimate's bound.
        exact = new_size <= SKETCH_SIZE and old_size <= SKETCH_SIZE
        return contained >= (1.0 - 1e-9 if exact else REVERSAL_CONTAINMENT_THRESHOLD)
    return jaccard >= JACCARD_THRESHOLD or contained >= CONTAINMENT_THRESHOLD


@dataclass(frozen=True, slots=True)
class StatementSketch:
    """A statement's words as novelty compares them, packed (a few hundred bytes): ``repeats`` is the test
    ``NoveltyIndex`` applies to a new statement and a stored one (near-duplicate, trimmed, not a reversal)."""

    packed: bytes  # the bottom-k bigram hashes, big-endian uint32
    size: int  # bigrams of the whole statement

    @classmethod
    def of(cls, text: str, lang: str | None = None) -> StatementSketch:
        """The sketch of ``text``, a statement in ``lang`` (when known, its negations are read too)."""
        shingles = _shingles(_words(text), lang)
        values = sorted(shingles)[:SKETCH_SIZE]
        return cls(struct.pack(f">{len(values)}I", *values), len(shingles))

    def hashes(self) -> frozenset[int]:
        return frozenset(struct.unpack(f">{len(self.packed) // 4}I", self.packed))

    def repeats(self, earlier: StatementSketch) -> bool:
        """This statement says what ``earlier`` said."""
        if self.size <= 0:
            return False
        mine, theirs = self.hashes(), earlier.hashes()
        return not mine.isdisjoint(theirs) and _similar(mine, self.size, theirs, earlier.size)


class NoveltyIndex:
    """Decides whether an official's statement is new: not new when the same official's near-duplicate
    statement (not only exact: retyped quotes, a few words changed, a quote trimmed) was seen within
    ``window_seconds``, in any article, and the new one neither reverses it nor replaces one of its facts.

    State lives in ``store`` (a dict offline, a Faust table in the stream): official id -> list of
    ``[key, bigram_count, sketch, seen_at, source, facts]``, JSON-serialisable, newest last (``source`` is the
    article the statement was first seen in, or None; ``facts`` its facts and names, space separated). A value is only
    ever replaced (``store[id] = new_list``), never mutated in place, so table changelogs see every change. Entries
    older than the window (relative to the newest time seen for that official) are pruned on write, and at most
    ``max_per_official`` are kept. A repeat is not stored again: the window runs from the first sighting.
    Decisions are deterministic given the order of calls.

    Lookups use an in-memory view of each official's list (the statements indexed by sketch hash), valid as
    long as ``store`` returns the very list last written or read; any other list (after a restart, a rebalance,
    or from a store that copies values) is re-indexed once. The answers are those of a scan of the list from
    the newest entry back (``_scan``), which is also used for a list that is not in time order.

    Redelivery: when ``source`` is given and the matching stored statement was first seen in that same
    source, the statement is reported new again, with the same key. Under at-least-once delivery a worker
    may record a statement and crash before its alert is out; the replayed article then re-emits the alert
    (same alert id) instead of losing it.
    """

    def __init__(
        self,
        store: MutableMapping[str, Any] | None = None,
        *,
        window_seconds: float = 7 * 86400,
        max_per_official: int = 5000,
    ) -> None:
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        if max_per_official < 1:
            raise ValueError("max_per_official must be at least 1")
        self.store: MutableMapping[str, Any] = store if store is not None else {}
        self.window_seconds = float(window_seconds)
        self.max_per_official = max_per_official
        self._views: dict[str, _OfficialView] = {}

    def check_and_add(
        self, official_id: str, text: str, seen_at: float, source: str | None = None, lang: str | None = None
    ) -> tuple[bool, str]:
        """``(is_new, key)``: ``key`` is the statement's own key when new, else the key of the stored
        statement it repeats (so repeats map to the same alert id). New statements are recorded. ``lang``, the
        statement's language when known, lets its own negations and conditions mark it ("n'attaquera pas", "non
        attaccherà", "if"), and leaves German capitals out of its names."""
        words = _words(text)
        key = statement_key(text)
        if not words:
            return False, key  # nothing to say is never news
        shingles = _shingles(words, lang)
        size = len(shingles)
        sketch = _encode(shingles)
        new = _decode(sketch)
        stored = self.store.get(official_id) or []
        view = self._views.get(official_id)
        if view is None or view.source is not stored:
            view = self._views[official_id] = _OfficialView(stored)
        said = _facts_and_names(text, lang)
        match = self._repeated(view, key, new, size, seen_at, said)
        if match is None and ("\u2026" in text or "..." in text):
            match = self._spliced(view, text, seen_at, lang)
        if match is not None:
            old_key, old_source = match
            return source is not None and old_source == source, old_key
        entry = [key, size, sketch, float(seen_at), source, " ".join(said)]
        self.store[official_id] = view.add(entry, self.window_seconds, self.max_per_official)
        return True, key

    def __len__(self) -> int:
        return sum(len(v or []) for v in self.store.values())

    def _repeated(self, view: _OfficialView, key: str, new: frozenset[int], size: int, seen_at: float,
                  said: tuple[str, ...]) -> tuple[str, Any] | None:
        if view.indexed:
            return view.find(key, new, size, seen_at, self.window_seconds, said)
        return _scan(view.entries, key, new, size, seen_at, self.window_seconds, said)

    def _spliced(self, view: _OfficialView, text: str, seen_at: float, lang: str | None) -> tuple[str, Any] | None:
        """What a quote cut at ellipses repeats when each of its parts repeats a stored statement, though not the
        same one ("A … C" after "A. B." and "C. D."); the first part's match."""
        parts = [(part, words) for part in _ELLIPSIS.split(text) if len(words := _words(part)) >= _MIN_PART_WORDS]
        if len(parts) < 2:
            return None
        first = None
        for part, words in parts:
            shingles = _shingles(words, lang)
            found = self._repeated(view, statement_key(" ".join(words)), _decode(_encode(shingles)), len(shingles),
                                   seen_at, _facts_and_names(part, lang))
            if found is None:
                return None
            first = first or found
        return first


def _valid(entry: Any) -> bool:
    # Tolerate values written by an older or broken version instead of failing every statement. Runs for
    # every stored entry on every check, so it only looks at the shape; a sketch that does not decode is
    # skipped where it is decoded.
    return (
        type(entry) in (list, tuple)
        and len(entry) >= 4  # (fields a later version adds after the facts are left alone)
        and type(entry[0]) is str
        and type(entry[1]) is int
        and type(entry[2]) is str
        and type(entry[3]) in (float, int)
    )


def _scan(entries: list[Any], key: str, new: frozenset[int], size: int, seen_at: float, window: float,
          said: tuple[str, ...] = ()) -> tuple[str, Any] | None:
    """The stored statement ``new`` (with the facts ``said``) repeats: ``(key, source)``, or None. The same words
    first, then the newest similar statement whose facts it does not replace, looking through at most
    ``_MAX_UPDATES`` similar ones whose facts it does (a flood of "provocation number N" is new each time, and each
    would otherwise be compared with all those before it). The reference answer."""
    for old_key, _, _, old_seen, *rest in reversed(entries):
        if old_key == key and abs(seen_at - old_seen) <= window:
            return old_key, rest[0] if rest else None
    updates = 0
    for old_key, old_size, old_sketch, old_seen, *rest in reversed(entries):
        if abs(seen_at - old_seen) > window:
            continue
        try:
            old = _decode(old_sketch)
        except (ValueError, struct.error):  # binascii.Error is a ValueError
            continue
        # Similar sketches always share a hash (Jaccard > 0): the C-level disjointness test rules out almost
        # every stored statement cheaply; the decision is the same as _similar alone.
        if not new.isdisjoint(old) and _similar(new, size, old, old_size):
            if len(rest) > 1 and _replaces_a_fact(said, rest[1]):
                updates += 1
                if updates >= _MAX_UPDATES:
                    return None
                continue
            return old_key, rest[0] if rest else None
    return None


# Similar statements with a fact replaced that one check looks through (an official's daily figures for a week and
# more)
_MAX_UPDATES = 64


def _facts_and_names(text: str, lang: str | None) -> tuple[str, ...]:
    # (as many as a statement has; a table of figures quoted is cut, so that an entry stays small)
    return facts(text)[:_MAX_STORED_FACTS] + names(text, lang)


# The facts of a statement kept with it
_MAX_STORED_FACTS = 48


def _replaces_a_fact(said: tuple[str, ...], stored: Any) -> bool:
    """Whether a statement puts a fact where a stored one had another of its kind ("21 people were killed" after
    "14", "on Friday" after "on Tuesday") or a name where it had another ("to Odesa" after "to Kyiv"): news, however
    many words the two share. A fact only added or left out is not (a longer or a trimmed copy; "ten" for "10" is one
    fact). ``stored`` is the stored statement's facts and names, space separated (statements stored by versions
    before facts were kept have none: never replaced)."""
    if not said or not stored or type(stored) is not str:
        return False
    earlier = set(stored.split())
    earlier_names = [fact for fact in earlier if fact.startswith(NAME_MARK)]
    said_names = [fact for fact in said if fact.startswith(NAME_MARK)]
    if earlier_names and said_names and replaces_a_name(said_names, earlier_names):
        return True
    added = {kind(fact) for fact in said if fact not in earlier and not fact.startswith(NAME_MARK)}
    return bool(added) and any(kind(fact) in added for fact in earlier.difference(said)
                               if not fact.startswith(NAME_MARK))


class _OfficialView:
    """One official's stored list with its entries indexed by sketch hash and by statement key.

    ``find`` answers like ``_scan`` over ``entries`` but verifies only the entries that can match: those with
    the same key, and those sharing enough sketch hashes that ``_similar`` could hold (an upper bound on the
    shared count in the union's bottom-k, computed for all of them at once; a bigram as common as "of the"
    alone never passes). Entries are ranked by ``(seen_at, seq)``: the order of the list (time order, arrival
    order among equal times). The hash index is parallel numpy arrays sorted by hash (~18 bytes per hash) fed
    through a small dict buffer and merged when the buffer grows, dropping entries that left the list
    meanwhile; ``add`` keeps list, ranks and index in step.
    """

    __slots__ = ("source", "entries", "seqs", "indexed", "next_seq", "live", "by_key", "_keys", "_slots",
                 "_lens", "_sizes", "_buffer", "_buffered", "_dead")

    def __init__(self, stored: list[Any]) -> None:
        self.source = stored
        self.entries = [e for e in stored if _valid(e)]
        times = [e[3] for e in self.entries]
        self.indexed = all(a <= b for a, b in zip(times, times[1:]))
        self._reset()

    def _reset(self) -> None:
        self.seqs = list(range(len(self.entries)))
        self.next_seq = len(self.entries)
        self.live: dict[int, tuple[list[Any], int]] = {}  # seq -> (entry, hashes in its sketch)
        self.by_key: dict[str, list[int]] = {}
        self._keys = np.zeros(0, dtype=np.uint32)
        self._slots = np.zeros(0, dtype=np.int64)
        self._lens = np.zeros(0, dtype=np.int64)
        self._sizes = np.zeros(0, dtype=np.int64)
        self._buffer: dict[int, list[int]] = {}
        self._buffered = 0
        self._dead = 0
        if self.indexed:
            for seq, entry in zip(self.seqs, self.entries):
                self._file(seq, entry)
            self._merge()

    def _file(self, seq: int, entry: list[Any]) -> None:
        try:
            hashes = _decode(entry[2])
        except (ValueError, struct.error):
            return  # never matches, as in _scan
        self.live[seq] = (entry, len(hashes))
        self.by_key.setdefault(entry[0], []).append(seq)
        for h in hashes:
            self._buffer.setdefault(h, []).append(seq)
        self._buffered += len(hashes)

    def _unfile(self, seq: int) -> None:
        item = self.live.pop(seq, None)
        if item is None:
            return
        same_key = self.by_key[item[0][0]]
        same_key.remove(seq)
        if not same_key:
            del self.by_key[item[0][0]]
        self._dead += 1

    def _merge(self) -> None:
        """Fold the buffer into the sorted arrays and drop the hashes of entries no longer in the list."""
        rows = [(h, seq) for h, seqs in self._buffer.items() for seq in seqs if seq in self.live]
        keys = np.array([h for h, _ in rows], dtype=np.uint32)
        slots = np.array([seq for _, seq in rows], dtype=np.int64)
        lens = np.array([self.live[seq][1] for _, seq in rows], dtype=np.int64)
        sizes = np.array([self.live[seq][0][1] for _, seq in rows], dtype=np.int64)
        keys, slots = np.concatenate([self._keys, keys]), np.concatenate([self._slots, slots])
        lens, sizes = np.concatenate([self._lens, lens]), np.concatenate([self._sizes, sizes])
        if self._dead:
            alive = np.isin(slots, np.fromiter(self.live, dtype=np.int64, count=len(self.live)))
            keys, slots, lens, sizes = keys[alive], slots[alive], lens[alive], sizes[alive]
        order = np.argsort(keys, kind="stable")
        self._keys, self._slots, self._lens, self._sizes = keys[order], slots[order], lens[order], sizes[order]
        self._buffer, self._buffered, self._dead = {}, 0, 0

    def find(self, key: str, new: frozenset[int], size: int, seen_at: float, window: float,
             said: tuple[str, ...] = ()) -> tuple[str, Any] | None:
        live = self.live
        picked = {seq: live[seq][0] for seq in self.by_key.get(key, ())}
        parts_slots, parts_lens, parts_sizes = [], [], []
        if self._keys.size:
            probe = np.fromiter(new, dtype=np.uint32, count=len(new))
            lo = np.searchsorted(self._keys, probe, side="left")
            hi = np.searchsorted(self._keys, probe, side="right")
            for a, b in zip(lo.tolist(), hi.tolist()):
                if b > a:
                    parts_slots.append(self._slots[a:b])
                    parts_lens.append(self._lens[a:b])
                    parts_sizes.append(self._sizes[a:b])
        buffered = [seq for h in new for seq in self._buffer.get(h, ()) if seq in live]
        if buffered:
            parts_slots.append(np.array(buffered, dtype=np.int64))
            parts_lens.append(np.array([live[seq][1] for seq in buffered], dtype=np.int64))
            parts_sizes.append(np.array([live[seq][0][1] for seq in buffered], dtype=np.int64))
        if parts_slots:
            seqs, first, shared = np.unique(np.concatenate(parts_slots), return_index=True, return_counts=True)
            possible = _may_be_similar(len(new), size, np.concatenate(parts_lens)[first],
                                       np.concatenate(parts_sizes)[first], shared)
            for seq in seqs[possible].tolist():
                item = live.get(seq)
                if item is not None:
                    picked[seq] = item[0]
        ranked = sorted((entry[3], seq) for seq, entry in picked.items())
        return _scan([picked[seq] for _, seq in ranked], key, new, size, seen_at, window, said)

    def add(self, entry: list[Any], window: float, limit: int) -> list[Any]:
        """The official's list with ``entry`` recorded and entries outside the window (relative to the newest
        time) or beyond ``limit`` dropped: a new list object, which becomes this view's ``source``."""
        entries = self.entries
        if not self.indexed:
            newest = max([entry[3], *(e[3] for e in entries)])
            kept = [e for e in entries if newest - e[3] <= window]
            kept.append(entry)
            kept.sort(key=lambda e: e[3])  # stable: arrival order among equal times
            self.entries = kept[-limit:]
            self.indexed = True  # in time order from now on
            self._reset()
            self.source = self.entries
            return self.entries
        newest = max(entry[3], entries[-1][3]) if entries else entry[3]
        # In time order, the expired entries are a prefix, and the new one goes after every entry with the same
        # time (where appending and a stable sort put it).
        drop = bisect.bisect_left(entries, True, key=lambda e: newest - e[3] <= window)
        kept, kept_seqs = entries[drop:], self.seqs[drop:]
        at = bisect.bisect_right(kept, entry[3], key=lambda e: e[3])
        seq = self.next_seq
        self.next_seq += 1
        kept.insert(at, entry)
        kept_seqs.insert(at, seq)
        cut = max(0, len(kept) - limit)
        for old in self.seqs[:drop] + kept_seqs[:cut]:
            self._unfile(old)
        if at >= cut:
            self._file(seq, entry)
        self.entries, self.seqs = kept[cut:], kept_seqs[cut:]
        if self._buffered > max(1024, self._keys.size // 4) or self._dead > max(64, len(self.live)):
            self._merge()
        self.source = self.entries
        return self.entries


def _may_be_similar(new_hashes: int, new_size: int, old_hashes: npt.NDArray[np.int64],
                    old_size: npt.NDArray[np.int64], shared: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """False where ``_similar`` is certainly false: it counts shared hashes among the bottom-k of the union,
    at most ``min(shared, k)``, and both of its tests grow with that count. (A hair of slack for rounding.)"""
    union = np.minimum(SKETCH_SIZE, new_hashes + old_hashes - shared)
    jaccard = np.minimum(shared, union) / np.maximum(union, 1)
    intersection = jaccard * (new_size + old_size) / (1 + jaccard)
    return (jaccard >= JACCARD_THRESHOLD - 1e-9) | (intersection / max(new_size, 1) >= CONTAINMENT_THRESHOLD - 1e-9)


class DurableNoveltyStore(MutableMapping[str, Any]):
    """The ``store`` of a ``NoveltyIndex`` kept in memory, with a durable copy of one record per statement.

    ``NoveltyIndex`` rewrites an official's whole list on every new statement; written as is to a Faust
    table, that is a changelog message as large as everything the official said within the window. This
    mapping writes only the difference: each statement is its own record in ``records`` (key
    ``"<official>\\x1f<statement key>"``), added once and deleted when it leaves the window. ``rebuild()``
    re-creates the per-official lists from ``records`` after a restart or rebalance.
    """

    SEPARATOR = "\x1f"

    def __init__(self, records: MutableMapping[str, Any]) -> None:
        self.records = records
        self._lists: dict[str, list[list[Any]]] = {}

    def rebuild(self) -> int:
        """Re-create the lists from ``records``; returns how many statements they hold."""
        lists: dict[str, list[list[Any]]] = {}
        for record_key, entry in list(self.records.items()):
            official, sep, _ = str(record_key).partition(self.SEPARATOR)
            if sep and _valid(entry):
                lists.setdefault(official, []).append(list(entry))
        for entries in lists.values():
            entries.sort(key=lambda e: (e[3], e[0]))
        self._lists = lists
        return sum(len(v) for v in lists.values())

    def _record_key(self, official_id: str, entry: list[Any]) -> str:
        return f"{official_id}{self.SEPARATOR}{entry[0]}"

    def __getitem__(self, official_id: str) -> list[list[Any]]:
        # NoveltyIndex never mutates what it reads (it writes new lists back), so no copy is made.
        return self._lists[official_id]

    def __setitem__(self, official_id: str, entries: list[list[Any]]) -> None:
        # Diff by statement key: NoveltyIndex appends one statement and drops expired ones per write.
        old = {e[0] for e in self._lists.get(official_id, [])}
        new = {e[0]: e for e in entries}
        for key in old - new.keys():
            self.records.pop(f"{official_id}{self.SEPARATOR}{key}", None)
        for key, entry in new.items():
            if key not in old:
                self.records[f"{official_id}{self.SEPARATOR}{key}"] = list(entry)
        # The list itself, not a copy: NoveltyIndex never mutates a list once written, and recognises its own
        # list on the next read (see NoveltyIndex).
        self._lists[official_id] = entries

    def __delitem__(self, official_id: str) -> None:
        for entry in self._lists.pop(official_id):
            self.records.pop(self._record_key(official_id, entry), None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)
