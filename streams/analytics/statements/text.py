"""Text structure: paragraphs, top-level quotes, sentences, dialogue dashes and the tokens of a sentence's frame, and
the helpers that clean and count a quote's words.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from streams.analytics.officials import Mention, fold
from streams.analytics.statements.model import MIN_QUOTE_WORDS
from streams.analytics.statements.vocabulary import (
    _ABBREVIATIONS, _EN_VERBS, _FIGURE_ABBREVIATIONS, _ORDINAL_DATE_LEADERS, _ORDINAL_DATE_MONTHS, _PREPOSITIONS,
    _SPEECH_VERBS, _UNITS, _WRITTEN_ABBREVIATIONS, _fold_word, _words)


# Same-length replacement: typographic double quotes become ", single ones ' (what the normaliser does).
_REVERSED_GUILLEMETS = str.maketrans({"\u00bb": "\u00ab", "\u00ab": "\u00bb", "\u203a": "\u2039", "\u2039": "\u203a"})
_QUOTE_TRANSLATION = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                                    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'"})
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*|(?<=[.!?\u2026\"\u00bb])[^\S\n]*\n\s*")
_QUOTE_CHAR = re.compile(r"[\"\u00ab\u00bb\u2039\u203a]")
_CLOSERS = {"\u00bb": "\u00ab", "\u203a": "\u2039"}
# A run of terminators is matched from its first character only (lookbehind) and possessively: on a megabyte of
# "!?!?" without spaces a plain `[.!?]+...\s+` retries from every position of the run, which is quadratic.
_SENTENCE_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++(?:[ \u00a0]?[\u00bb\u203a])?+[\"\u00bb\u203a')\]]*+\s+")
# The dateline opening wire copy: "MOSCOW, Aug 22 (Reuters) - ", "MOSCOU, 22 août (AFP) - ", "MOSKAU (dpa) - ", and
# the agency tag after Interfax's "Москва. 12 июня. ": "INTERFAX.RU - ", "ІНТЕРФАКС-УКРАЇНА - ".
_DATELINE = re.compile(r"\s*[^\W\d_a-zà-ÿа-яёіїєґ][^\W\da-zà-ÿа-яёіїєґ]+(?:[ .'-]+[^\W\da-zà-ÿа-яёіїєґ]+){0,3}"
                       r"(?:,[^()\n\u2014\u2013-]{1,30}?(?:\s*\([^()\n]{1,30}\))?|\s*\([^()\n]{1,30}\)|\.(?:RU|UA|COM)"
                       # (Interfax's: "Москва. 1 ноября. ИНТЕРФАКС - ", Interfax-Ukraine's)
                       r"|(?<=ИНТЕРФАКС)|(?<=INTERFAX)|(?<=ІНТЕРФАКС-УКРАЇНА)|(?<=INTERFAX-UKRAINE))"
                       r"(?:\s+[-\u2014\u2013]|(?<=\))\.-)\s+"  # (EFE: "MOSCÚ, 4 nov (EFE).- ")
                       # Lusa writes the place as a name: "Nova Iorque, 23 set 2023 (Lusa) - "
                       r"|\s*[^\W\d_a-zà-ÿа-яёіїєґ]\w+(?:[ '-]+\w+){0,3},"
                       r"[^()\n\u2014\u2013-]{0,20}\d[^()\n\u2014\u2013-]{0,20}\([^()\n]{1,30}\)"
                       r"(?:\s+[-\u2014\u2013]|\.-)\s+"
                       # a live blog's time: "23:20 Пресс-секретарь Кремля рассказал, что ..."
                       r"|\s*[0-2]?\d:[0-5]\d\s+(?=[^\W\d_a-zà-ÿа-яёіїєґ])"
                       # Italian agencies put their name first: "(ANSA) - ROMA, 12 GIU - ", "(AGI) - Mosca, 7 ott. - ",
                       # and live blogs the time: "Ore 9.20 - "
                       r"|\s*\((?:[A-Z]{2,8}(?:-[A-Z]{2,8})?|Adnkronos|Askanews|LaPresse|Italpress|Dire|Teleborsa)\)"
                       r"\s*[-\u2014\u2013]\s+"
                       r"(?:[^\W\d_][\w' ]{1,30},\s*\d{1,2}\s+[^\W\d_]{3,10}\.?(?:\s+\d{4})?\s*[-\u2014\u2013]\s+)?"
                       r"|\s*[Oo]re\s+[0-2]?\d[.:][0-5]\d\s*[-\u2014\u2013]\s+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CYRILLIC_START = re.compile("[\u0400-\u04ff]")
_INVERTED_PRONOUN = re.compile(r"(t-)?(?:il|elle)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


class _Quote(NamedTuple):
    start: int  # the opening mark
    end: int  # after the closing mark (paragraph end when unclosed)
    inner_start: int
    inner_end: int


class _Token(NamedTuple):
    kind: str  # "W" word, "M" mention, "Q" quote, "P" punctuation
    value: str  # folded word, official id, quote index, punctuation
    start: int
    end: int
    cap: bool = False  # word written with a capital
    inflected: bool = False  # mention in a case form other than the nominative


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


def _quotes(text: str, start: int, end: int, continued: bool = False) -> list[_Quote]:
    """Top-level quotes of one paragraph; nested quotes belong to their outer quote. An unclosed quote runs
    to the end of the paragraph (the convention for quotes continued in the next paragraph). ``continued``: the
    paragraph before ended inside a quote, so a first closing mark with no opening one closes a quote that began with
    the paragraph (Russian and French print no opening mark there: "«...\n\n... молчание», - подчеркнула она")."""
    found: list[_Quote] = []
    if all(text.find(mark, start, end) < 0 for mark in "\u00ab\u00bb\u2039\u203a"):
        if text.find('"', start, end) < 0:
            return _single_quotes(text, start, end)
        # Only '"' (the common case): quotes are consecutive pairs of marks, the last one unclosed when odd.
        marks = []
        position = text.find('"', start, end)
        while position >= 0:
            marks.append(position)
            position = text.find('"', position + 1, end)
        if continued and len(marks) % 2 and _closes_continued(text, start, marks[0], end):
            found.append(_Quote(start, marks[0] + 1, start, marks[0]))  # ('... silence," she said.')
            marks = marks[1:]
        found += [tuple.__new__(_Quote, (a, b + 1, a + 1, b)) for a, b in zip(marks[::2], marks[1::2])]
        if len(marks) % 2:
            found.append(_Quote(marks[-1], end, marks[-1] + 1, end))
        return found
    stack: list[tuple[str, int]] = []
    open_counts = {"\u00ab": 0, "\u2039": 0}
    for match in _QUOTE_CHAR.finditer(text, start, end):
        char, position = match.group(), match.start()
        if char in open_counts:
            stack.append((char, position))
            open_counts[char] += 1
            continue
        if char in _CLOSERS:
            opener = _CLOSERS[char]
            if not open_counts[opener]:
                if continued and not found and not stack and _closes_continued(text, start, position, end):
                    # the quote went on from the paragraph before (after the old French "» " opening it, if any)
                    inner = start + 1 if text[start] == char else start
                    found.append(_Quote(start, position + 1, inner, position))
                continue  # (else a stray closing guillemet)
            while True:  # amortised O(1): every element is popped once
                top, top_position = stack.pop()
                if top in open_counts:
                    open_counts[top] -= 1
                if top == opener:
                    break
        elif stack and stack[-1][0] == '"':
            top, top_position = stack.pop()
        else:
            stack.append((char, position))
            continue
        if not stack:
            found.append(tuple.__new__(_Quote, (top_position, position + 1, top_position + 1, position)))
    if stack:
        found.append(_Quote(stack[0][1], end, stack[0][1] + 1, end))
    return found


def _closes_continued(text: str, start: int, mark: int, end: int) -> bool:
    """The mark at ``mark`` closes a quote that began before the paragraph at ``start``: it follows the words'
    own punctuation or comes before their attribution's comma ('... silence," she said', "... молчание», -
    подчеркнула"), not a stray mark ('the 12" shells', "Подробнее »")."""
    return mark > start and (text[mark - 1] in ",.!?\u2026" or mark + 1 < end and text[mark + 1] == ","
                             or mark + 2 < end and text[mark + 1] == " " and text[mark + 2] == ",")


_OPENS_BEFORE = frozenset(" \t\n([\u2014\u2013:-")
_CLOSES_BEFORE = frozenset(" \t\n,.;:!?)]\u2014\u2013-")


def _single_quotes(text: str, start: int, end: int) -> list[_Quote]:
    """Quotes in single marks, for a paragraph without double ones (British style: 'We will respond,' she
    said). A mark opens after a space or an opening bracket and before a letter or digit; it closes after a
    non-space and before a space or punctuation; apostrophes inside words ("Kyiv's", "don't") do neither. An
    unclosed one is an apostrophe ("the officials' claims"), not a quote running to the paragraph's end."""
    found: list[_Quote] = []
    opened: int | None = None
    position = text.find("'", start, end)
    while position >= 0:
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if opened is None:
            if before in _OPENS_BEFORE and after.isalnum():
                opened = position
        elif not before.isspace() and after in _CLOSES_BEFORE:
            found.append(tuple.__new__(_Quote, (opened, position + 1, opened + 1, position)))
            opened = None
        position = text.find("'", position + 1, end)
    return found


_BEFORE_PLATFORM = _PREPOSITIONS | _words(fold("в у на platform plattform network réseau social på"))
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _platform_x(text: str, letter: int) -> bool:
    """"X" after a preposition is the social network, not an initial: "wrote on X. The ...", "auf der Plattform X."."""
    if text[letter] != "X":
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, letter - 30), letter)
    return previous is not None and _fold_word(previous.group(1)) in _BEFORE_PLATFORM


def _sentences(text: str, start: int, end: int, quotes: list[_Quote]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a boundary is a terminator and a space before a capital, a digit or an
    opening quote, outside quotes, not after an abbreviation, an initial or a German date's day ("22. August")."""
    spans = []
    position = start
    q = 0
    for match in _SENTENCE_END.finditer(text, start, end):
        boundary = match.end()
        if boundary >= end:
            break
        following = text[boundary]
        if not (following.isupper() or following.isdigit() or following in "\"\u00ab\u2039(["
                or following == "'" and boundary + 1 < end and text[boundary + 1].isupper()):  # British quotes
            continue
        while q < len(quotes) and quotes[q].end <= boundary:
            q += 1
        if q < len(quotes) and quotes[q].start < boundary:
            continue  # inside a quote
        terminator = match.start()
        if text[terminator] in "?!" and match.group().rstrip()[-1] in "\"\u201d\u00bb" \
                and _attribution_after_quote(text, boundary, end):
            continue  # '"What kind of negotiations ...?" Putin said.': the quote's attribution, not a new sentence
        if text[terminator] == "." and text[terminator + 1] != ".":
            # The word before the dot, read backwards (abbreviations are short: at most 20 characters).
            first = terminator
            while first > start and terminator - first < 20 and (text[first - 1].isalnum() or text[first - 1] == "_"):
                first -= 1
            word = text[first:terminator]
            if word and (len(word) == 1 and word.isalpha() and not _platform_x(text, first)
                         or _abbreviation(word, following)):
                continue  # "Mr. Putin", "U.S. officials", "V. Putin", "500 Mio. Euro"
            if len(word) <= 2 and word.isdigit() and (month := _WORD.match(text, boundary)) is not None \
                    and _fold_word(month.group()) in _ORDINAL_DATE_MONTHS \
                    and (leader := _WORD_BEFORE.search(text, max(start, first - 30), first)) is not None \
                    and _fold_word(leader.group(1)) in _ORDINAL_DATE_LEADERS:
                continue  # "sagte am 22. August in Moskau", "am Dienstag, 27. August": a German date
        spans.append((position, match.start() + len(match.group().rstrip())))
        position = boundary
    spans.append((position, end))
    return [(s, e) for s, e in spans if s < e]


_DATE_RANGE_WORDS = frozenset(("und", "bis", "oder"))  # "am 11. und 12. Juni"
_WORD_BEFORE = re.compile(r"(\w+),?\s+$")  # (the word before a German date's day: "am", "Dienstag,")


def _abbreviation(word: str, following: str) -> bool:
    """``word`` (as written) before a dot is an abbreviation that does not end its sentence when ``following`` (the
    next character after the space) comes next: "Mr. Putin", "500 Mio. Euro", "ca. 30"; a unit ends one before a
    capital ("кредит на $50 млрд. Песков назвал ...": Russian goes on in lowercase after a unit)."""
    if word in _WRITTEN_ABBREVIATIONS or word in _FIGURE_ABBREVIATIONS and following.isdigit():
        return True
    folded = _fold_word(word)
    return folded in _ABBREVIATIONS and not (folded in _UNITS and following.isupper())


def _date_dot(tokens: list[_Token], k: int) -> bool:
    """The token at ``k`` is the dot of a German ordinal date ("am 22. August", "am Dienstag, 27. August", "am 11. und
    12. Juni"), which ends no sentence or clause."""
    if not (_ordinal_day(tokens, k) and k + 1 < len(tokens)):
        return False
    if tokens[k + 1].value in _ORDINAL_DATE_MONTHS:
        return True
    return tokens[k + 1].value in _DATE_RANGE_WORDS and k + 4 < len(tokens) and tokens[k + 2].value.isdigit() \
        and tokens[k + 3].value == "." and tokens[k + 4].value in _ORDINAL_DATE_MONTHS


def _ordinal_day(tokens: list[_Token], k: int) -> bool:
    """The token at ``k`` is the dot after a German day of the month, a number after "am", "vom", "Dienstag,", ..."""
    if not (tokens[k].value == "." and k >= 2 and len(tokens[k - 1].value) <= 2 and tokens[k - 1].value.isdigit()):
        return False
    leader = k - 2 if tokens[k - 2].value != "," or k < 3 else k - 3
    return tokens[leader].value in _ORDINAL_DATE_LEADERS


# A transcript's speaker label opening a paragraph: a name in capitals, with its title ("ANTONY BLINKEN:", "SECRETARY
# BLINKEN:", "PRESIDENT VOLODYMYR ZELENSKYY:"), or initials and a surname ("В.Путин:", "М.В.Захарова:", "S.Lavrov:"),
# then what they said; an interpreter's note is not part of it ("(Through interpreter)")
_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_INTERPRETER = r"(?:\((?i:through|via|через|в)[^()\n]{0,60}\)[^\S\n]*)?"
_LABEL_END = rf"[^\S\n]*{_INTERPRETER}:[^\S\n]+{_INTERPRETER}"
_SPEAKER_LABEL = re.compile(
    rf"[^\S\n]*(?P<label>(?:[{_CAPS}][{_CAPS}'\u2019.-]+[^\S\n]+){{0,6}}[{_CAPS}][{_CAPS}'\u2019-]+"
    rf"|(?:[{_CAPS}]\.[^\S\n]?){{1,2}}[{_CAPS}][a-zà-ÿа-яёіїєґ{_CAPS}'\u2019-]+){_LABEL_END}")
# ... and, in an interview (questions labelled as such, or asked under the interviewer's label, "SPIEGEL: ...?"), a
# name as it is written: "Lavrov:", "Emmanuel Macron :", "Кулеба:"
_NAME_LABEL = re.compile(
    rf"[^\S\n]*(?P<label>(?:[{_CAPS}][\w'\u2019.-]+[^\S\n]+){{0,3}}[{_CAPS}][\w'\u2019-]+){_LABEL_END}")
# ... and the label of a question: "Вопрос:", "Question (inaudible):", "Q:", "FRAGE:"
_QUESTION_LABEL = re.compile(r"[^\S\n]*(?i:вопрос|питання|question|q|frage|spørsmål|pregunta|pergunta)"
                             r"[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?:")


def _speaker_label(text: str, start: int, end: int, names: bool = False) -> tuple[int, int, int] | None:
    """The speaker label opening the paragraph ``text[start:end]`` of a transcript: the label's span and where the
    speaker's words begin, or None. ``names``: an interview's, where a name as it is written is a label too."""
    match = _SPEAKER_LABEL.match(text, start, end) or (_NAME_LABEL.match(text, start, end) if names else None)
    if match is None or match.end() >= end:
        return None
    return match.start("label"), match.end("label"), match.end()


def _question_label(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` is a question in a transcript ("Вопрос: ...", "QUESTION: ...")."""
    return _QUESTION_LABEL.match(text, start, end) is not None


# A name and a speech verb after a quote that ends with its own "?" or "!": '"...?" Putin said.', '"...!" Lavrov told
# reporters' (in English, which writes no comma there)
_ATTRIBUTION_AFTER_QUOTE = re.compile(r"(?:[^\W\d_][\w'\u2019.-]*[^\S\n]+){1,3}"
                                      rf"(?:{'|'.join(sorted(w for w in _EN_VERBS if not w.endswith('ing')))})"
                                      r"(?=[.,;:]|[^\S\n]+(?:on|in|at|to|during|after|before|as|reporters"
                                      r"|journalists)\b)")
_ATTRIBUTION_TAIL = 60  # characters of "on Monday in Kyiv" after the attribution's verb


def _attribution_after_quote(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens with the attribution of the quote before it, and ends with it: '"...?" Putin said
    on Monday.' (not '"...?" Peskov said on Monday that talks were possible': a sentence of its own)."""
    match = _ATTRIBUTION_AFTER_QUOTE.match(text, start, end)
    if match is None:
        return False
    stop = next((k for k in range(match.end(), min(end, match.end() + _ATTRIBUTION_TAIL)) if text[k] in ".!?;\n"),
                None)
    return stop is not None and not re.search(r"\bthat\b|[\"\u201c\u00ab]", text[match.end():stop])


_DIALOGUE = re.compile(r"(?m)^[^\S\n]*[-\u2013\u2014](?=[^\S\n])")  # a paragraph opening with a dash and a space
# Where a dialogue-dash quote ends: before its attribution, ", sier Stoltenberg", "? spør NTB", ". Det sier Listhaug",
# ", ifølge Listhaug"
# (Russian and Ukrainian put a dash after the mark: "- Это ..., - ответил Песков.")
_ATTRIBUTION_MARK = re.compile(r"([,.!?])[^\S\n]+(?:[-\u2013\u2014][^\S\n]+)?((?i:det|dette)[^\S\n]+)?(\w+)")
_DIALOGUE_MIN_WORDS = 4  # fewer, or a figure first, is a list item ("- 40 milliarder til luftvern.")


def _dialogue_quotes(text: str, fold_word: Callable[[str], str], attributed_only: bool) -> str:
    """``text`` with each dialogue-dash paragraph written as a quote, same length: "- Vi står sammen, sier
    Stoltenberg." -> "«Vi står sammen» sier Stoltenberg." (the dash and the mark before the attribution become the
    quote marks); a dash paragraph with no attribution ("- Det er alvorlig.") becomes a quote of its own, which
    continues the quote before it, unless ``attributed_only`` (Russian and Ukrainian interviews print the
    journalist's questions so). List items ("- 12 milliarder til Ukraina.") stay as they are."""
    chars = list(text)
    for dash in _DIALOGUE.finditer(text):
        start = dash.end() - 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = _WORD.findall(text, start, end)
        if len(words) < _DIALOGUE_MIN_WORDS or words[0][0].isdigit():
            continue
        if attributed_only:
            _attributed_dialogue(text, chars, start, end, fold_word)
            continue
        close = None
        for mark in _ATTRIBUTION_MARK.finditer(text, start, end):
            word = fold(mark.group(3))
            if (fold_word(word) in _SPEECH_VERBS or word == "ifølge") \
                    and (mark.group(1) in ",?!" or mark.group(2) is not None):
                close = mark.start(1)
        if close is None:
            last = text[start:end].rstrip()
            if not last.endswith((".", "!", "?", "\u2026")):
                continue
            close = start + len(last) - 1
        chars[start] = "\u00ab"
        chars[close] = "\u00bb"
    return "".join(chars)


# A dialogue paragraph's next part after its attribution: "- ..., - ответил Песков. - ..., - добавил он."
_NEXT_DIALOGUE = re.compile(r"[.!?\u2026][^\S\n]+[-\u2013\u2014](?=[^\S\n])")


def _attributed_dialogue(text: str, chars: list[str], start: int, end: int, fold_word: Callable[[str], str]) -> None:
    """Russian and Ukrainian dialogue: each part of the paragraph from its dash to its attribution (", - ответил
    Песков", "? - спросил он") becomes a quote in ``chars``; a part without one (an interviewer's question) stays."""
    while start < end:
        attribution = next((mark for mark in _ATTRIBUTION_MARK.finditer(text, start, end)
                            if mark.group(1) in ",?!" and any(c in "-\u2013\u2014"
                                                              for c in text[mark.end(1):mark.start(3)])
                            and fold_word(fold(mark.group(3))) in _SPEECH_VERBS), None)
        if attribution is None:
            return
        chars[start] = "\u00ab"
        chars[attribution.start(1)] = "\u00bb"
        following = _NEXT_DIALOGUE.search(text, attribution.end(3), end)  # (after the attribution's verb)
        if following is None:
            return
        start = following.end() - 1


def _tokens(text: str, start: int, end: int, quotes: list[_Quote], mentions: list[Mention],
            mention_from: int, fold_word: Callable[[str], str] = _fold_word) -> list[_Token]:
    """The frame of a sentence: words, punctuation and mentions outside quotes, one Q token per quote."""
    # The hot loop of the package (every character of every article goes through it): locals only, and tokens
    # built with tuple.__new__ (a NamedTuple's own constructor is a Python-level function).
    tokens: list[_Token] = []
    append = tokens.append
    make = tuple.__new__
    finditer = _TOKEN.finditer
    m = mention_from
    mention_count = len(mentions)
    next_mention_start = mentions[m].start if m < mention_count else end
    length = len(text)
    position = start
    segments = [(q.start, q.end, index) for index, q in enumerate(quotes) if start <= q.start < end]
    segments.append((end, end, -1))
    for q_start, q_end, q_index in segments:
        matches = finditer(text, position, q_start) if position < q_start else iter(())
        for match in matches:
            a, b = match.span()
            if a >= next_mention_start:
                while m < mention_count and mentions[m].end <= a:
                    m += 1
                next_mention_start = mentions[m].start if m < mention_count else end
                if a >= next_mention_start:
                    mention = mentions[m]
                    if not tokens or tokens[-1].kind != "M" or tokens[-1].start != mention.start:
                        append(make(_Token, ("M", mention.official_id, mention.start, mention.end, True,
                                             mention.inflected)))
                    continue
            word = match.group()
            first = word[0]
            if first.isalnum() or first == "_":
                append(make(_Token, ("W", fold_word(word), a, b, first.isupper(), False)))
            else:
                if word == "-":
                    if (a > 0 and text[a - 1].isspace()) or (b < length and text[b].isspace()):
                        word = "\u2014"  # a spaced hyphen is a dash (the normaliser writes every em dash as " - ")
                    elif (inverted := _INVERTED_PRONOUN.match(text, b)) is not None:
                        # French inversion: "a-t-il déclaré", "dit-elle" read as "a il déclaré", "dit elle"
                        if inverted.group(1):
                            next(matches, None), next(matches, None)  # "t", "-"
                        continue
                append(make(_Token, ("P", word, a, b, False, False)))
        if q_index >= 0:
            append(make(_Token, ("Q", str(q_index), q_start, q_end, False, False)))
            position = q_end
    return tokens


def _clean(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text.strip(" ,;:\u2014\u2013-")


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _substantive(text: str, quote: _Quote) -> bool:
    """A quote long enough to be a statement (not a scare quote); a cheap length test first."""
    return (quote.inner_end - quote.inner_start >= 2 * MIN_QUOTE_WORDS - 1
            and _word_count(text[quote.inner_start:quote.inner_end]) >= MIN_QUOTE_WORDS)
