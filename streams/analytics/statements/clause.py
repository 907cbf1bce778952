"""What was said: the reported clause or quote an attribution covers, its continuation, and the quotes' text."""

from __future__ import annotations

import re
from bisect import bisect_left

from streams.analytics.officials import Mention, fold
from streams.analytics.statements.grammar import (
    _adverbial, _after_avant_de, _german_relative_speech_verb, _infinitive_particle, _nationality, _negated,
    _participle_start, _place_relative_start, _relative_at, _relative_pronoun, _slavic_past_tense, _speech_participle,
    _speech_verb, _to_whom, _verb_group)
from streams.analytics.statements.model import MIN_QUOTE_WORDS, MIN_REPORTED_WORDS
from streams.analytics.statements.reference import _APPOSITION_MARKS, _APPOSITION_SPAN, _UNTRACKED, _Context, _name_like
from streams.analytics.statements.speaker import (
    _LOOK, _RELATIVE_SPAN, _Speaker, _find_speaker, _outlet_quote, _right_subject)
from streams.analytics.statements.text import (
    _CYRILLIC_START, _WORD, _Quote, _Token, _abbreviation, _clean, _date_dot, _tokens, _word_count)
from streams.analytics.statements.vocabulary import (
    _ACCORDING_AFTER, _ACT_PARTICIPLES, _ADDRESSEES, _ADVERBIALS, _ARTICLES, _BEFORE_PARTICIPLE, _BUT, _CLAUSE_MARKS,
    _COMMENTED_STEMS, _COMPLEMENTIZERS, _CONTRAST, _COORDINATORS, _COPULATIVE, _DE_PREPOSITIONS, _DE_VERBS,
    _DETERMINERS, _EN_VERBS, _FOREIGN_ARTICLES, _FR_AUXILIARIES, _FR_INFINITIVES, _FR_VERBS, _IN, _INDIRECT_QUESTION,
    _IRREGULAR_PAST, _ITALIAN_OBJECT_PARTICIPLES, _KONJUNKTIV, _MONTH_NUMBERS, _NORWEGIAN_BARE_CLAUSE,
    _NORWEGIAN_PARTICLES, _OF, _OFFICES, _ORDINAL_DATE_LEADERS, _PHRASE_OPENERS, _PREPOSITIONS, _PRONOUNS,
    _PT_ARTICLES, _PT_PARTICIPLES, _PT_SAY_VERBS, _PT_VERBS, _RELATIVE_PRONOUNS, _RELATIVE_VERBS, _RESPONSE_VERBS,
    _ROLE_GENITIVES, _ROLES, _SAY_VERBS, _SEGMENT_ENDS, _SLAVIC_ACCUSE, _SLAVIC_ADDRESSEES, _SLAVIC_INVERTED_ONLY, _SO,
    _SOURCE_TAIL, _SPEECH_VERBS, _TAIL_PREPOSITIONS, _TELL_VERBS, _THOUGH, _TITLE_WORDS, _TITLES, _TRAILING_ADDRESSEE,
    _TRAILING_SUBJECT_SPAN, _UK_RELATIVES, _UKRAINIAN_LETTERS, _fold_word, _words)

# Tokens of someone else's trailing attribution inside a clause: ", Kremlin spokesman Dmitry Peskov said on Friday"
_INNER_ATTRIBUTION_SPAN = 14
# ... and after its name and verb, when and where: "on Friday", "in a statement on Telegram"
_INNER_ATTRIBUTION_TAIL = 6
# Words of an untracked speaker's noun phrase there: "two sources familiar with the matter", "источник в Кремле"
_UNTRACKED_SPEAKER_SPAN = 6
# Words naming who spoke, in an untracked speaker's noun phrase (names and acronyms count by their capital)
_SPEAKER_NOUNS = _words(fold("""official officials source sources spokesman spokeswoman spokesperson spokespeople
ministry ministries agency agencies aide aides adviser advisers advisor advisors people person diplomat diplomats
office presidency government kremlin statement readout embassy officer officers authorities administration
department service council command staff military army police prosecutors insiders negotiator negotiators envoy
delegation mission secretariat commission website media television newspaper broadcaster analysts experts
источник источники источника представитель представители ведомство министерство агентство офис служба чиновник
чиновники дипломат дипломаты собеседник власти правительство посольство штаб сми
джерело джерела джерел представник представники відомство міністерство офіс посадовець посадовці дипломати
співрозмовник влада уряд речник речниця зми"""))
# ... which, when not capitalised or an article, opens with a number, a quantity or a plural speaker:
# ", two officials said", ", some diplomats said"
_UNTRACKED_OPENERS = _words("one two three four several some many officials sources diplomats analysts experts")
_INDEFINITE_OPENERS = _UNTRACKED_OPENERS | _words("a an")
_POSSESSIVES = _words(fold("his her its their його її їх їхній его её их"))
# "the West had promised ...": a pluperfect, the clause's own narrative
_PLUPERFECT_AUXILIARIES = _words("had hatte hatten")


def _trailing_boundary(tokens: list[_Token], speaker: _Speaker) -> int | None:
    """Clause-first reported speech: "<clause>, <subject> told reporters on Thursday[, ruling out ...]." or
    "<clause>, - заявила Захарова." Returns the index of the mark ending the clause, or None when the
    attribution is not trailing (its verb is followed by a clause of its own)."""
    if tokens[speaker.verb].value in _PT_VERBS and (
            tokens[speaker.verb].value not in _SAY_VERBS
            or speaker.verb + 1 < len(tokens) and tokens[speaker.verb + 1].value == "para"
            or _pt_object(tokens, speaker.verb + 1)):
        return None  # "acusou a Rússia de ...", "alertou para o perigo": what follows is the statement
    if speaker.how == "right":
        boundary = _verb_group(tokens, speaker.verb) - 1
        tail = speaker.subject + 1
        if boundary < 0 or tokens[boundary].value not in _CLAUSE_MARKS or _only_a_date(tokens, boundary):
            return None  # (not "Am Freitag, 1. März, sagte Scholz, ...": a date, not a clause)
    elif speaker.how == "left":
        boundary = speaker.subject - 1
        while (boundary >= 0 and speaker.subject - boundary <= _TRAILING_SUBJECT_SPAN
               and tokens[boundary].kind in ("W", "M")):
            if _speech_verb(tokens, boundary) or tokens[boundary].value in _COMPLEMENTIZERS:
                return None
            boundary -= 1
        if boundary < 0 or tokens[boundary].value not in _CLAUSE_MARKS:
            return None
        if tokens[speaker.subject].kind != "M" and speaker.subject - boundary > 3:
            return None  # a pronoun or role noun opens the attribution: ", the spokeswoman added"
        if speaker.subject + 1 < len(tokens) and tokens[speaker.subject + 1].value in _APPOSITION_MARKS:
            # "Le secrétaire général de l'Otan, Jens Stoltenberg, a plaidé": the name is an apposition to the subject
            # opening the sentence; "<clause>, the alliance's secretary general, Jens Stoltenberg, told the AP": to
            # a role phrase trailing the clause.
            if tokens[boundary].value != "," or speaker.subject - boundary != 1:
                return None
            boundary -= 1
            while boundary >= 0 and speaker.subject - boundary <= _APPOSITION_SPAN and (
                    tokens[boundary].kind == "W" or tokens[boundary].value in ("'", "\u2019", "-", ".")):
                boundary -= 1
            phrase = tokens[boundary + 1:speaker.subject - 1]
            if (boundary < 0 or tokens[boundary].value not in _CLAUSE_MARKS
                    or not any(t.value in _ROLES or t.value in _TITLES for t in phrase)):
                return None
        tail = speaker.verb + 1
    else:
        return None
    while boundary > 0 and tokens[boundary - 1].value in _CLAUSE_MARKS:
        boundary -= 1  # ", -"
    # What follows the verb (up to a comma) must not be a clause: an addressee ("told reporters", "заявила
    # журналистам"; English "said" takes none: "said the goal is to ..." is a clause), then adverbials only.
    verb = tokens[speaker.verb].value
    addressee = _TRAILING_ADDRESSEE if verb in _TELL_VERBS or verb not in _EN_VERBS else 0
    if verb in _DE_VERBS:
        addressee = len(tokens)  # German opens no clause without a comma, "dass" or a colon: "sagte Lawrow dem Sender
        # Rossija 24 am Abend" is all whom, where and when
        end = next((k for k in range(tail, len(tokens)) if tokens[k].value in _SEGMENT_ENDS), len(tokens))
        last = next((t.value for t in reversed(tokens[tail:end]) if t.kind == "W"), "")
        if last in _DE_OTHER_PARTICLES or last == "zuruck" and verb == "wies" \
                or any(tokens[k].value == "," and _speech_verb(tokens, k + 1) for k in range(boundary - 1)):
            return None  # "sprach ... seinen Dank aus", "..., teilte X mit, Lawrow wies ... zurück"
    words = 0
    for k in range(tail, len(tokens)):
        token = tokens[k]
        if token.kind == "Q" and _outlet_quote(tokens, k):
            continue  # whom: "sagte er dem Sender „1+1“"
        if token.kind == "Q" or token.value == ":" or token.value in _COMPLEMENTIZERS:
            return None
        if token.kind == "P":
            if token.value in _SEGMENT_ENDS:
                if _clause_follows(tokens, k):
                    return None
                break
            continue
        if token.value in _TAIL_PREPOSITIONS or token.value in _ADVERBIALS:
            # "said on Tuesday that ...": adverbials may still be followed by the verb's own clause.
            for m in range(k + 1, len(tokens)):
                later = tokens[m]
                if later.kind == "Q" or later.value == ":":
                    return None
                if later.value in ("(", ")"):
                    continue  # "nesta quarta-feira (25/01) no Bundestag que"
                if later.value in _COMPLEMENTIZERS:
                    if _relative_that(tokens, m):
                        break  # "said in an interview that was broadcast on Sunday": the attribution trails
                    return None
                if later.kind == "P" and later.value in _SEGMENT_ENDS:
                    if _clause_follows(tokens, m):
                        return None
                    break
            break
        if token.value in _ARTICLES or token.value in _FOREIGN_ARTICLES or token.value in _DETERMINERS:
            continue  # ("told her weekly briefing")
        words += 1
        if words > addressee:
            return None
    # The clause itself: enough words, and not an adverbial phrase ("In a statement on Thursday, ...") nor a German
    # indirect question ("Was die Teilmobilmachung bedeutet, erläuterte Schoigu": what about, not what).
    if tokens[0].value in _DE_QUESTION_WORDS and verb in _DE_VERBS \
            and not any(t.value == "," for t in tokens[:boundary]):  # ("Was in Butscha geschehen sei, sei ...")
        return None
    clause = [t for t in tokens[:boundary] if t.kind in ("W", "M")]
    if len(clause) + sum(t.kind == "Q" for t in tokens[:boundary]) < MIN_REPORTED_WORDS:
        return None  # (a quote in it is at least a word: 'Die Mobilmachung sei „eine Handlung ...“, sagte Scholz')
    if not clause:
        return None
    opener = clause[0].value
    if (((opener in _PREPOSITIONS and not (opener == "on" and verb in _FR_VERBS))  # (French "on": "one")
         or opener in _PHRASE_OPENERS or opener.endswith("ing"))
            and not any(t.value == "," or t.value in _RELATIVE_VERBS for t in tokens[:boundary])
            and verb not in _DE_VERBS and verb != _SO):
        return None  # (a German clause may open with one: "Über Lieferungen werde nicht gesprochen, sagte er.")
    return boundary


def _german_relative_end(tokens: list[_Token], verb: int) -> int | None:
    """The comma closing the German relative clause whose speech verb is at ``verb``, where the main clause's verb
    follows: "Kremlsprecher Dmitri Peskow, der betonte, dass Russland ... vorbereitet habe, kündigte ... an"."""
    if not _german_relative_speech_verb(tokens, verb):
        return None
    return next((k for k in range(verb + 2, len(tokens) - 1) if tokens[k].value == "," and tokens[k + 1].kind == "W"
                 and not tokens[k + 1].cap and tokens[k + 1].value in _DE_VERBS), None)


def _relative_that(tokens: list[_Token], that: int) -> bool:
    """"that" opening a relative clause about the noun before it ("an interview that was broadcast", "remarks that
    he posted"): followed by a verb, or by a pronoun and a verb, rather than by a clause's subject."""
    rest = [t for t in tokens[that + 1:that + 3] if t.kind == "W"]
    if not rest:
        return False
    if rest[0].value in _RELATIVE_VERBS or rest[0].value.endswith("ed"):
        return True
    return (len(rest) == 2 and rest[0].value in _PRONOUNS
            and (rest[1].value.endswith("ed") or rest[1].value in _RELATIVE_VERBS))


_DE_QUESTION_WORDS = _words(fold("was ob warum wann"))


def _german_relative(tokens: list[_Token], k: int) -> bool:
    """A German relative clause opens at ``k`` (", der bei einem Absturz ums Leben kam", ", wo die Truppen ...",
    ", wonach Putin erkrankt sei"): "der/die/das/dem/den" before a lowercase word that is no adjective (an article
    comes before a noun, which German capitalises), or "wo", "wonach", "woraufhin", "welche"."""
    token = tokens[k]
    if token.value in _DE_RELATIVE_WORDS:
        return True
    if token.value not in _DE_RELATIVE_ARTICLES or k + 1 >= len(tokens) or tokens[k + 1].kind != "W" \
            or tokens[k + 1].cap:
        return False
    following = tokens[k + 1].value  # (an adjective comes between an article and its noun: "die russischen Angriffe")
    return (following in _DE_PREPOSITIONS or following in _DE_CLAUSE_PRONOUNS
            or not following.endswith(("e", "en", "er", "es", "em")))


_DE_RELATIVE_WORDS = _words(fold("wo wonach woraufhin worauf welche welcher welches"))
_DE_RELATIVE_ARTICLES = _words("der die das dem den")
_DE_CLAUSE_PRONOUNS = _words("sich er sie es ihn ihm man wir ich")
# Particles that make a German speech verb another verb ("sprach ... aus": expressed, "sagte ... ab": cancelled).
_DE_OTHER_PARTICLES = _words("aus ab")


def _clause_follows(tokens: list[_Token], mark: int) -> bool:
    """", that ...": a comma before the complementizer (wire style) still opens the verb's clause, also after a
    parenthetical adverbial (", mardi 27 février, que", ", however, that")."""
    if tokens[mark].value != ",":
        return False
    k = mark + 1
    # (a longer phrase when it opens with a preposition: "disse, após encontro com o presidente Lula da Silva, que")
    span = 14 if k < len(tokens) and tokens[k].value in _PREPOSITIONS else 4
    while k < len(tokens) and k - mark <= span and tokens[k].kind == "W" and tokens[k].value not in _COMPLEMENTIZERS:
        k += 1
    if k > mark + 1:
        if k >= len(tokens) or tokens[k].value != ",":
            return False
        k += 1
    return k < len(tokens) and tokens[k].value in _COMPLEMENTIZERS


def _continuation_after_attribution(text: str, tokens: list[_Token], speaker: _Speaker,
                                    quotes_allowed: bool = False) -> int | None:
    """Where the rest of a reported clause that its attribution interrupts begins ("Le statut des quatre régions,
    a-t-il prévenu, ne fera l'objet d'aucune discussion", "Russia will not negotiate, Zakharova said, until Kyiv
    withdraws"), or None when the sentence ends with the attribution or goes on with something else: an apposition
    (", the spokeswoman for the ministry"), a second clause of the speaker (", adding that ..."), someone else, or
    (unless ``quotes_allowed``: the clause holding it is the statement) a quote."""
    comma = next((k for k in range(max(speaker.subject, speaker.verb) + 1, len(tokens))
                  if tokens[k].kind == "P" and tokens[k].value in _SEGMENT_ENDS), None)
    if comma is None or tokens[comma].value != "," or _participle_start(tokens, speaker.verb) is not None:
        return None
    rest = tokens[comma + 1:]
    if (sum(t.kind == "W" for t in rest) < 2 or rest[0].kind != "W" or rest[0].cap
            or rest[0].value in _PREPOSITIONS or rest[0].value in _PHRASE_OPENERS or rest[0].value.endswith("ing")
            or _adverbial(rest[0])  # where, when and how: ", in an interview with RT", ", speaking in Moscow"
            or rest[0].value in _CONTRAST or rest[0].value in _BUT  # someone else's clause: ", while Lavrov ..."
            or _writer_goes_on(tokens[speaker.verb].value in _DE_VERBS, rest)
            or not quotes_allowed and any(t.kind == "Q" and _word_count(text[t.start:t.end]) >= MIN_QUOTE_WORDS
                                          for t in rest)
            or any(_speech_verb(tokens, k) for k in range(comma + 1, len(tokens)))
            or any(t.value in _ROLES or t.value in _TITLES or t.value in _OFFICES for t in rest[:5])):
        return None
    return rest[0].start


# Words opening what the writer adds after an attribution, not the rest of the clause: appositions and absolute
# constructions (", the first such meeting", ", his voice hoarse", ", une position saluée par Berlin"), outlets
# (", wie Ukrinform berichtete"), "so", "though", "where".
_NOT_CONTINUING = _ARTICLES | _FOREIGN_ARTICLES | _DETERMINERS | _words(fold("""its their our sa son ses leur leurs
his her wie so though although as where whereas его её ее их його її"""))
_DE_NOT_CONTINUING = _words(fold("wie so dessen deren welcher welche was"))
# Russian and Ukrainian adverbial participles: ", отвечая на вопросы журналистов", ", коментуючи ...", and the
# reflexive ones: ", ссылаясь на ...", ", сославшись на ...", ", посилаючись на ..."
_SLAVIC_GERUND_ENDINGS = tuple(fold("""ая яя уя юя ючи учи ячи ачи аясь яясь еясь ючись учись ячись ачись
вшись""").split())


_CONCESSIVE_PARTICLES = _words(fold("бы би б ни auch immer"))  # "какими бы ни были", "welche ... auch kommen"
_OR_NOT = (("or", "not"), ("oder", "nicht"), ("или", "нет"), ("чи", "ні"))
_COMPARATIVES = _words(fold("более больше менее меньше важнее лучше хуже більш більше менш менше важливіше краще гірше"))


def _concessive(tokens: list[_Token], k: int) -> bool:
    """The question word at ``k`` opens a concessive clause, which the statement goes on after ("said whether or
    not Congress acts, Washington will ...", "заявил, какими бы ни были санкции, Россия ...", "sagte, welche
    Sanktionen auch kommen, ...") or is an intensifier ("куда более важно"): not an indirect question."""
    near = [t.value for t in tokens[k + 1:k + 4]]
    if not _CONCESSIVE_PARTICLES.isdisjoint(near) or near[:1] and near[0] in _COMPARATIVES and tokens[k].value in (
            "куда", "куди"):
        return True
    clause = [t.value for t in tokens[k + 1:k + 10]]
    clause = clause[:clause.index(",")] if "," in clause else clause
    return any(pair in zip(clause, clause[1:]) for pair in _OR_NOT)


def _writer_goes_on(german: bool, rest: list[_Token]) -> bool:
    """What follows an attribution is the writer's, not the rest of the clause: a relative clause (", who met Scholz",
    ", qui recevait", ", который"), an apposition or absolute construction, an outlet, a participle; in German,
    anything not in Konjunktiv (", die Koalition streitet seit Wochen"; ", die Ukraine brauche ..." goes on)."""
    first = rest[0].value
    if german:
        return first in _DE_NOT_CONTINUING or _KONJUNKTIV.isdisjoint(t.value for t in rest)
    return (first in _NOT_CONTINUING or _relative_pronoun(first) or first in _UK_RELATIVES
            or bool(_CYRILLIC_START.match(first)) and first.endswith(_SLAVIC_GERUND_ENDINGS))


def _with_continuation(text: str, tokens: list[_Token], speaker: _Speaker, clause: str, rest: int) -> str:
    """The clause joined to its continuation after the attribution, which starts at ``rest``: with a space, or in
    German, which goes on with a clause of its own, a comma ("Die Lage sei ernst, man brauche mehr Munition")."""
    joiner = ", " if tokens[speaker.verb].value in _DE_VERBS else " "
    return _clean(f"{clause}{joiner}{text[rest:tokens[-1].end]}")


def _inverted_without_clause(tokens: list[_Token], speaker: _Speaker) -> bool:
    """"<quote or clause>, said X[, the spokeswoman ...]" with no "that" after it: the words after the
    subject are an apposition or adverbials, never the statement."""
    group = _verb_group(tokens, speaker.verb)
    if speaker.how != "right" or group == 0:
        return False
    previous = tokens[group - 1]
    if previous.kind != "Q" and previous.value not in _CLAUSE_MARKS or _only_a_date(tokens, group - 1):
        return False
    return not any(t.value in _COMPLEMENTIZERS for t in tokens[speaker.subject + 1:])


# "thus" after a verb of answering (_RESPONSE_VERBS): "respondeu assim a ...", Spanish "ha respondido así a las
# declaraciones de ..."
_THUS = _words(fold("assim así ainsi so thus"))
# Russian and Ukrainian verbs of explaining and answering: without "что"/"що" or a colon what follows them is the
# topic ("объяснил решение", "пояснював мету операції")
_TOPIC_ONLY_STEMS = ("объясни", "объясня", "поясни", "поясня", "пояснюва", "ответи", "отвеча", "відпові")


def _after_addressee(tokens: list[_Token], k: int) -> int | None:
    """The token after the addressee of "told" that starts at ``k``, or None when there is none: determiners,
    then capitalised words ("told Der Spiegel", "told President Erdogan"), ending at the first addressee noun
    ("told his Turkish counterpart")."""
    while k < len(tokens) and tokens[k].kind == "W" and (tokens[k].value in _ARTICLES or tokens[k].value in
                                                            _DETERMINERS or tokens[k].value in ("our", "my")):
        k += 1
    first = k
    while k < len(tokens) and (tokens[k].kind == "M" or tokens[k].kind == "W" and
                               (tokens[k].cap or tokens[k].value in _ADDRESSEES)):
        k += 1
        if tokens[k - 1].kind == "W" and tokens[k - 1].value in _ADDRESSEES:
            break
    return k if k > first else None


# The second word of a two-word conjunction opening a clause of its own: "tandis que", "тогда как", "тоді як"
_CONJUNCTION_SECOND_WORDS = frozenset(("que", "qu", "как", "як"))


def _other_speaker_start(tokens: list[_Token], speaker: _Speaker) -> int | None:
    """The token where a later clause with a speaker of its own begins ("Zakharova criticised Kyiv, but Ukraine
    said the attack ...": at ", but"), or None."""
    other = _other_clause(tokens, speaker)
    return None if other is None else other[0]


def _other_clause(tokens: list[_Token], speaker: _Speaker) -> tuple[int, int] | None:
    """Where a later clause with a speaker of its own begins (its comma or conjunction, as ``_other_speaker_start``)
    and where its subject does (after the conjunction: "tandis que", "в то время как"), or None."""
    for k in range(speaker.verb + 1, len(tokens) - 2):
        # ("в то время как": the conjunction begins two words before)
        while_as = (tokens[k].value == "время" and k >= 2 and tokens[k - 1].value == "то"
                    and tokens[k + 1].value == "как")
        if tokens[k].kind != "W" or tokens[k].value not in _CONTRAST and not while_as and not (
                tokens[k].value == "e" and tokens[k + 1].kind == "M"):  # (Portuguese "e" is also "é", "is")
            continue
        if tokens[k].value in _COPULATIVE and tokens[k - 1].value != ",":
            continue  # "Kyiv and Washington claimed ...": one subject, not a new clause
        # "tandis que", "alors que", "тогда как", "тоді як"
        first = k + 2 if tokens[k + 1].value in _CONJUNCTION_SECOND_WORDS else k + 1
        subject = tokens[first] if first < len(tokens) else tokens[k + 1]
        if not (subject.kind == "M" or subject.value in _PRONOUNS or _name_like(subject) or subject.cap):
            continue  # (a title: ", while Ukrainian Foreign Minister Dmytro Kuleba said")
        for j in range(first + 1, min(len(tokens), first + 1 + _LOOK)):
            if tokens[j].kind != "W" and tokens[j].kind != "M":
                break
            if _speech_verb(tokens, j):
                start = k - 2 if while_as else k
                return start - 1 if tokens[start - 1].value == "," else start, first
    return None


def _past_adverbials(tokens: list[_Token], k: int, any_words: bool = False) -> int | None:
    """Where the clause begins when the verb or an inverted subject is followed by adverbials and then a comma or
    "that" ("sagte Scholz in Berlin, Deutschland ...", "как заявила Захарова на брифинге, Россия ..."), or None
    when no such phrase comes first. ``any_words``: German, whose reported clause always follows a comma,
    "dass" or a colon, after any words ("sagte der Zeitung, ...")."""
    if k >= len(tokens) or not (any_words or _adverbial(tokens[k]) or tokens[k].value in _COMPLEMENTIZERS
                                or tokens[k].value == "," or tokens[k].value in _SLAVIC_ADDRESSEES
                                or _date_at(tokens, k)):  # "как заявил Лавров 25 марта, ..."
        return None
    for m in range(k, min(len(tokens), k + (_APPOSITION_SPAN if any_words else _LOOK + 2))):
        token = tokens[m]
        if token.value in _COMPLEMENTIZERS or token.value == "," or token.value == ":":
            if token.value == "," and m + 1 < len(tokens) and tokens[m + 1].value in _COMPLEMENTIZERS:
                return tokens[m + 1].end  # ", dass", ", что"
            if token.value == "," and m + 2 < len(tokens) and tokens[m + 1].value.isdigit() \
                    and tokens[m + 2].value == ",":
                return tokens[m + 2].end  # Estadão's day of the month: "anunciou nesta quarta-feira, 21, ..."
            return token.end
        if token.kind not in ("W", "M") and not (any_words and token.kind == "Q") and not (
                token.value == "-" and tokens[m - 1].end == token.start):  # "am Rande des G20-Treffens"
            break  # (a quoted name in German: 'sagte der „Süddeutschen Zeitung“, ...')
    return None


def _past_source_phrase(tokens: list[_Token], verb: int) -> int | None:
    """Where the clause begins after an English source phrase opening the sentence, "As Lavrov said on Monday, ...",
    "As Lavrov told reporters, ..." (when, where and whom, then a comma); None otherwise ("As Lavrov said the talks
    had failed, ...": "as" is "while" there)."""
    k = verb + 1
    if k < len(tokens) and tokens[verb].value in _TELL_VERBS:
        k = _after_addressee(tokens, k) or k
    if k < len(tokens) and tokens[k].value == ",":
        return tokens[k].end
    if k >= len(tokens) or tokens[k].value in _COMPLEMENTIZERS:
        return None
    return _past_adverbials(tokens, k, any_words=tokens[k].value in _ADVERBIAL_OPENERS)  # (and "last week")


def _only_a_date(tokens: list[_Token], end: int) -> bool:
    """The tokens before ``end`` are a German date, or a phrase ending in one, and no clause: "Am Freitag, 1. März",
    "Am Freitag, den 1. März", "Nach dem Angriff am Freitag, 1. März"."""
    if not (0 < end <= _APPOSITION_SPAN and (tokens[0].value in _ORDINAL_DATE_LEADERS or tokens[0].value in
                                             _DE_PREPOSITIONS) and _date_dot(tokens, end - 2)):
        return False
    return all(t.kind == "W" or t.value in (",", ".") for t in tokens[:end]) \
        and not any(_speech_verb(tokens, k) for k in range(end))


def _date_at(tokens: list[_Token], k: int) -> bool:
    """A day of the month and its month begin at ``k``: "25 марта", "March 25", "le 12 février"."""
    if k < len(tokens) and tokens[k].value in ("le", "on"):
        k += 1
    return k + 1 < len(tokens) and (tokens[k].value.isdigit() and tokens[k + 1].value in _MONTH_NUMBERS
                                    or tokens[k].value in _MONTH_NUMBERS and tokens[k + 1].value.isdigit())


_DATE_WORDS = _words("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""")
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Words that open a clause after "said Feb. 26": "that", an article, a pronoun
_CLAUSE_SUBJECT_OPENERS = _COMPLEMENTIZERS | _ARTICLES | _DETERMINERS | _words("he she it we they i this these there")
_ADVERBIAL_OPENERS = _words("""last this once again repeatedly publicly also earlier later during only simply merely
ahead""")


def _opens_adverbial(token: _Token) -> bool:
    """Words after "said" that begin an adverbial, not the clause: "on Thursday", "in a statement", ","."""
    return token.value == "," or _adverbial(token) or token.value in _ADVERBIAL_OPENERS


def _past_date(tokens: list[_Token], k: int, default: int) -> int:
    """After "said on Thursday", "said Thursday", "said on Feb. 20": where the clause begins; ``default`` when the
    verb is not followed by a date. A month's date followed by a lowercase noun is the clause's ("said Feb. 26 talks
    in Riyadh had been useful", "said on March 2 and 3 the Kremlin ...")."""
    if k < len(tokens) and tokens[k].value == "on":
        k += 1
    if k >= len(tokens) or tokens[k].value not in _DATE_WORDS:
        return default
    month = tokens[k].value not in _WEEKDAYS
    k += 1
    while k < len(tokens) and (tokens[k].value == "." or tokens[k].value.isdigit()):
        k += 1
    if k >= len(tokens) or tokens[k].kind not in ("W", "M"):
        return default
    if month and tokens[k].kind == "W" and not tokens[k].cap and tokens[k].value not in _CLAUSE_SUBJECT_OPENERS:
        return default
    if tokens[k].value in _COMPLEMENTIZERS and k + 1 < len(tokens) and tokens[k + 1].kind in ("W", "M"):
        k += 1  # ("said Feb. 26 that ...")
    return tokens[k].start


def _after_opening_quote(tokens: list[_Token], speaker: _Speaker) -> bool:
    """'"Europe could die," Macron said in a speech at the Sorbonne, urging ...': the quote before the attribution
    is what was said; the words after the verb are where and how, not a clause of it (unless "that" opens one)."""
    return (speaker.how == "left" and tokens[0].kind == "Q" and tokens[0].end <= tokens[speaker.subject].start
            and not any(t.value in _COMPLEMENTIZERS or t.value == ":" for t in tokens[speaker.verb + 1:]))


def _clauses_quoting(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int],
                     quotes: list[_Quote]) -> list[tuple[int, str, list[_Quote]]]:
    """The reported clauses of a sentence that quote the speaker's words inside them ('said the strikes hit "only
    military targets"', '..., adding that talks were "serious and ongoing"'), each with where it starts and the
    quotes it holds, and the first clause of such a sentence without a quote of its own ('noted that X, adding
    that Y "..."'); none when no clause holds a quote. A clause that opens with its quote ('said: "..."', 'said
    that "..."') or with where and when ('said in his nightly address "We ..."') is not one: the quote is the
    statement."""
    if speaker.how not in ("left", "according", "right"):
        return []
    if (trailing := _trailing_boundary(tokens, speaker)) is not None:
        # clause first: 'Die OSZE werde zu einem "Anhängsel von NATO und EU" gemacht, sagte Lawrow.'
        end = tokens[trailing].start
        held = [q for q in quotes if q.inner_end <= end]
        clause = _clean(text[sentence[0]:end])
        if (rest := _continuation_after_attribution(text, tokens, speaker, quotes_allowed=True)) is not None:
            # "Российские военные должны быть готовы, подчеркнул Путин, отразить «любые его агрессивные действия»."
            held += [q for q in quotes if q.start >= rest]
            clause = _with_continuation(text, tokens, speaker, clause, rest)
        if held and tokens[0].kind != "Q" and not _opens_adverbial(tokens[0]) \
                and not _introduced(text, sentence[0], held[0]) \
                and _word_count(clause) >= MIN_REPORTED_WORDS:
            return [(sentence[0], clause, held)]
    candidates = [_reported_text(text, tokens, speaker, sentence)]
    if (k := _participle_start(tokens, speaker.verb)) is not None:
        candidates.append(_reported_text(text, tokens, _Speaker(speaker.official_id, k, speaker.subject, "left"),
                                         (tokens[0].start, tokens[-1].end)))
    found: list[tuple[int, str, list[_Quote]]] = []
    at = sentence[0]
    for number, clause in enumerate(candidates):
        where = text.find(clause, at, sentence[1] + 1) if _word_count(clause) >= MIN_REPORTED_WORDS else -1
        if where < 0:
            continue
        at = where + len(clause)
        first = next((k for k, t in enumerate(tokens) if t.start >= where), None)
        if first is None or tokens[first].kind == "Q" and not _quote_opens_clause(text, tokens, first, at) \
                or _opens_adverbial(tokens[first]) and speaker.how != "according" \
                and not (first > 0 and tokens[first - 1].value in _COMPLEMENTIZERS):  # ("said that in ...")
            # (where and when before a quote: 'said in his address "We ..."'; but after "По его словам," what
            # follows is what was said, "от прекращения сделки пострадают «...»")
            continue
        held = [q for q in quotes if where <= q.start and q.inner_end <= at and not _introduced(text, where, q)]
        if held or number == 0 and tokens[0].kind != "Q":
            found.append((where, clause, held))
    return found if any(held for _, _, held in found) else []


def _quote_opens_clause(text: str, tokens: list[_Token], index: int, clause_end: int) -> bool:
    """A clause opening with its quote right after "that" goes on after it ('wrote that «nothing about Ukraine without
    Ukraine» remains the principle Kyiv will not give up'): the clause is the statement; 'said that "..."' alone, or
    'said "..." when he met Erdogan', is the quote."""
    quote = tokens[index]
    if index == 0 or tokens[index - 1].value not in _COMPLEMENTIZERS:
        return False
    after = text[quote.end:clause_end]
    first = _WORD.search(after)
    return (_word_count(after) >= 3 and after.lstrip()[:1] not in (",", ".", ";", ":", "\u2014", "-")
            and first is not None and _fold_word(first.group()) not in _TAIL_PREPOSITIONS  # ("« ... » sur cette
            # question": where the quote applies, not more of the clause)
            and text[quote.end - 2:quote.end - 1] not in (",", ".", "!", "?"))  # ('"...," speaking at ...': it ended)


def _introduced(text: str, start: int, quote: _Quote) -> bool:
    """A colon between ``start`` and the quote introduces it ('... had not changed: "We ..."'): the quote is the
    statement, not part of a clause."""
    return text[start:quote.start].rstrip().endswith(":")


def _participle_clause(text: str, tokens: list[_Token], speaker: _Speaker) -> str | None:
    """A second clause after the attribution, the same official speaking again: a participle ("..., Kuleba said,
    adding that Kyiv would continue ...", "..., urging the bloc to build up its own defences", "..., précisant que
    ...") or a coordinated speech verb ("..., and said the West's reaction showed ...", "... but argued that ...")."""
    k = _participle_start(tokens, speaker.verb)
    if k is None and speaker.how == "right" and speaker.subject + 1 < len(tokens):
        # '"...", acrescentou Peskov, que garantiu que ...', '« ... », a ajouté Peskov, qui a assuré que ...'
        k = _relative_speech_verb(tokens, tokens[speaker.subject + 1].start)
    if k is None or any(t.kind == "Q" and _word_count(text[t.start:t.end]) >= MIN_QUOTE_WORDS for t in tokens[k:]):
        return None  # none, or a quote after it: the statement is there (a scare quote is part of the clause)
    clause = _reported_text(text, tokens, _Speaker(speaker.official_id, k, speaker.subject, "left"),
                            (tokens[0].start, tokens[-1].end))
    return clause if _word_count(clause) >= MIN_REPORTED_WORDS else None


def _clause_before_quoted_participle(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int],
                                     quotes: list[_Quote]) -> str | None:
    """'Yermak wrote that a "tank coalition" had been formed, adding: "Next up is ..."': the quotes are the second
    clause's, and the first clause, which holds none of them, is a statement of its own."""
    if speaker.how != "left" or tokens[0].kind == "Q" or _inverted_without_clause(tokens, speaker):
        return None
    k = _participle_start(tokens, speaker.verb)
    if k is None or any(q.start < tokens[_connector_start(tokens, k)].start for q in quotes):
        return None
    after = tokens[speaker.verb + 1]
    if not any(t.value in _COMPLEMENTIZERS for t in tokens[speaker.verb + 1:k]) and not (
            tokens[speaker.verb].value in ("said", "says", "told", "tells") and after.kind in ("W", "M")):
        return None  # 'He said Ukraine's army ..., adding:', not 'wrote on Telegram about the attack, adding:'
    clause = _reported_text(text, tokens, speaker, sentence)
    first = _WORD.match(clause)
    if first is not None and _fold_word(first.group()) in _PREPOSITIONS:
        return None  # ('said in his nightly address on Sunday, adding: "..."': where and when, not what)
    return clause if _word_count(clause) >= MIN_REPORTED_WORDS else None


def _connector_start(tokens: list[_Token], k: int) -> int:
    """Where the words joining a second clause to the first begin, for the second clause's verb or participle at
    ``k``: the comma of ", adding", ", en estimant", ", while insisting", ", and said", the "but" of "but argued"."""
    if (particle := _infinitive_particle(tokens, k, ("de",))) is not None and _after_avant_de(tokens, k):
        k = particle - 2  # the comma of ", avant d'assurer"
    if k >= 2 and tokens[k - 1].value == "que" and tokens[k - 2].value == "ao":
        k -= 2  # ", ao que acrescentou"
    if (relative := _place_relative_start(tokens, k)) is not None:
        k = relative  # ", em que afirmou", Spanish ", en la que ha precisado"
    k = _verb_group(tokens, k) if tokens[k].value in _PT_VERBS or tokens[k].value in _FR_VERBS else k  # ("a prévenu")
    while k > 0 and (tokens[k - 1].value in (",", "\u2014") or tokens[k - 1].value in _BEFORE_PARTICIPLE
                     or tokens[k - 1].value in _COORDINATORS or tokens[k - 1].value in _COPULATIVE
                     or tokens[k - 1].value in _THOUGH
                     or tokens[k - 1].value in ("tout", "й", "mais", "et")):
        k -= 1
    return k


_EN_SUBJECT_PRONOUNS = _words("he she they we it i")
# English verbs that also name an act ("announced the swap", "acknowledged it"), and the words that make what follows
# them a clause of its own ("acknowledged the offensive had stalled")
_ANNOUNCED = _words("announced announces acknowledged acknowledges confirmed confirms admitted admits")
_FINITE = _words("is are was were be been has have had do does did will would can could may might must shall should")
# ... where the act's object is a noun phrase or "it": "announced the swap", "acknowledged it" (not "confirmed Putin
# spoke with Trump", whose clause has no "that")
_ACT_OBJECT_OPENERS = _DETERMINERS | _ARTICLES | _words("it this")


def _finite(tokens: list[_Token], k: int) -> bool:
    """The word at ``k`` may be a clause's verb: a quote, an auxiliary, a past tense, or a present in -s before
    anything but a preposition or a mark ("the army needs more soldiers"; not "the sanctions in a video address")."""
    token = tokens[k]
    if token.kind == "Q" or token.value in _FINITE or token.value in _IRREGULAR_PAST or token.value.endswith("ed"):
        return True
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (len(token.value) > 3 and token.value.endswith("s") and not token.value.endswith("ss")
            and following is not None and following.kind == "W" and following.value not in _PREPOSITIONS)


_PT_POSSESSIVES = _words("seu sua seus suas")
# "insisted on": Portuguese, Spanish read as it, and French ("insisté" folds to "insiste")
_INSIST = _words("insistiu insiste insistido")
_INSISTED_ON = _words("no na nos nas num numa sur")

# Words of a Portuguese time adverbial after a verb: "hoje", "esta manhã", "nesta quinta-feira (14)"
_PT_TIME_WORDS = _words(fold("""hoje ontem esta este nesta neste manhã tarde noite semana segunda terça quarta quinta
sexta sábado domingo feira""")) | {"-", "(", ")"}
# ... and the months after "a" (Italian "ha detto a settembre", read as "a setembro": when, not whom or what)
_PT_MONTHS = _words(fold("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"))
# Portuguese verbs whose object, without "que" or a colon, names a subject or an act, not what was said
_PT_TOPIC_VERBS = (_PT_SAY_VERBS | _PT_PARTICIPLES | _words(fold("anunciou anuncia"))) \
    - _words(fold("disse diz dito")) - _ACT_PARTICIPLES


def _second_speaker(text: str, tokens: list[_Token], speaker: _Speaker,
                    context: _Context) -> tuple[str, str] | None:
    """The official and reported clause of a later clause with a speaker of its own ("Lavrov said ..., while Peskov
    said that ...", "..., tandis que Peskov a estimé que ..."), when that speaker is a tracked official."""
    other = _other_clause(tokens, speaker)
    return None if other is None else _second_clause(text, tokens, other[1], context, quoted=False)


def _second_clause(text: str, tokens: list[_Token], subject: int, context: _Context,
                   *, quoted: bool) -> tuple[str, str] | None:
    """The official and reported clause of the later clause whose subject begins at ``subject``, when its speaker
    is a tracked official; ``quoted``: also when that clause has a quote (``_quoted_second_clause``)."""
    rest = tokens[subject:]
    second = _find_speaker(rest, context)
    if second is None or second.official_id == _UNTRACKED or rest[second.subject].kind != "M" or second.how != "left" \
            or not quoted and any(t.kind == "Q" and _word_count(text[t.start:t.end]) >= MIN_QUOTE_WORDS for t in rest):
        # (a quote of theirs: not handled here; scare quotes are part of the clause)
        return None
    clause = _reported_text(text, rest, second, (rest[0].start, tokens[-1].end))
    return (second.official_id, clause) if _word_count(clause) >= MIN_REPORTED_WORDS else None


_OWN_CLAUSE_WORDS = 3  # words before a quote that make a clause without "that" ("said the guarantees were")


def _quoted_second_clause(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int],
                          quotes: list[_Quote], context: _Context) -> tuple[str, str, str, str] | None:
    """A sentence with quotes in a later clause of another tracked official's own ("Lavrov said Russia would host the
    conference, while Peskov said Moscow needed \"$40 billion a year\" ..."): the first speaker's statement and its
    kind (their reported clause, which may quote words too, 'Scholz said the guarantees were "a signal", while
    Stoltenberg added that ... "a seat at the table"', or their quote: 'Scholz said that "...", while ...'), and the
    second official and their clause, the quote a part of it; None otherwise."""
    other = _other_clause(tokens, speaker)
    if other is None or speaker.how != "left":
        return None
    boundary = tokens[other[0]].end
    if all(quote.start < boundary for quote in quotes):
        return None
    second = _second_clause(text, tokens, other[1], context, quoted=True)
    if second is None:
        return None
    first = [quote for quote in quotes if quote.start < boundary]
    if first:
        # The words of the clause before its first quote: after "that" (not "said on Monday that "..."", "told
        # reporters "...""), a clause's own ("said the guarantees were "a signal"")
        quoted = next((k for k in range(speaker.verb + 1, other[0]) if tokens[k].kind == "Q"), None)
        if quoted is None:
            return None  # ('"...", Scholz said, while ...': a quote before the speaker is theirs, as before)
        that = next((k for k in range(quoted - 1, speaker.verb, -1) if tokens[k].value in _COMPLEMENTIZERS), None)
        words = sum(t.kind in ("W", "M") for t in tokens[(speaker.verb if that is None else that) + 1:quoted])
        if words < (2 if that is not None else _OWN_CLAUSE_WORDS):
            if len(first) > 1:
                return None
            return _quote_text(text, first[0]), "quote", second[0], second[1]
    return _reported_text(text, tokens, speaker, sentence, other[0]), "reported", second[0], second[1]


def _inner_attribution(tokens: list[_Token], speaker: _Speaker,
                       context: _Context) -> tuple[int, str | None] | None:
    """Someone else's trailing attribution between a speaker's clause and the participle after it, or the sentence's
    end: "Putin told Lula that he would skip the summit, Kremlin spokesman Dmitry Peskov said on Friday, adding that
    ...", "..., a Kremlin official said on Friday, adding that ...". The comma where it begins (the clause ends
    there) and the tracked official it names, or None for anyone else: the participle is theirs. Only a title may
    come before a tracked official's name (not "..., as Peskov said last week", "..., a view Lavrov rejected"), and
    an untracked speaker is a short noun phrase (``_untracked_inner_speaker``)."""
    if speaker.how != "left":
        return None
    participle = _participle_start(tokens, speaker.verb)
    end = len(tokens) if participle is None else _connector_start(tokens, participle)
    while end > 0 and tokens[end - 1].kind == "P" and tokens[end - 1].value != ",":
        end -= 1  # (the sentence's full stop)
    for comma in range(speaker.verb + 2, end):
        if tokens[comma].value != "," or end - comma > _INNER_ATTRIBUTION_SPAN:
            continue
        if sum(t.kind in ("W", "M") for t in tokens[speaker.verb + 1:comma]) < MIN_REPORTED_WORDS:
            continue
        rest = tokens[comma + 1:end]
        other = _find_speaker(rest, context)
        if (other is not None and other.how in ("left", "right") and rest[other.subject].kind == "M"
                and _speech_verb(rest, other.verb)  # (", Peskov said on Friday", ", сообщил Песков")
                and _attribution_tail(rest, max(other.subject, other.verb) + 1)
                and all(t.kind == "M" or t.kind == "W" and (t.cap or t.value in _TITLE_WORDS
                                                             or t.value in _FR_AUXILIARIES)
                        for t in rest[:min(other.subject, other.verb)])):  # (not "..., что Путин предупреждал")
            return comma, other.official_id
        if (other is None or other.official_id == _UNTRACKED) and _untracked_inner_speaker(rest):
            return comma, None
    return None


def _attribution_tail(rest: list[_Token], start: int, longest: int = _INNER_ATTRIBUTION_TAIL) -> bool:
    """What follows an inner attribution's speaker and verb (or its verb, when the speaker comes after it) is when and
    where ("on Friday", "in a statement"), not a clause of its own: at most ``longest`` words, none a complementizer."""
    return len(rest) - start <= longest \
        and all(t.kind in ("W", "M") and t.value not in _COMPLEMENTIZERS for t in rest[start:])


def _untracked_inner_speaker(rest: list[_Token]) -> bool:
    """``rest`` (what follows a comma inside a reported clause) is the attribution of someone not on the watchlist:
    a short noun phrase naming a speaker, and a speech verb (", a Kremlin official said on Friday", ", two sources
    familiar with the matter said", ", the ministry said in a statement", ", Lula said later"), or the verb first
    (", said a senior official", ", сообщил источник в Кремле", ", повідомив згодом його речник"). Not an aside whose
    noun is no speaker (", a claim Kyiv denies", ", a figure Kyiv said was inflated"), a role that may be the
    clause's own speaker's (", the Russian leader said"), a pronoun, a relative, a conjunction, a pluperfect (", the
    West had promised ..."), or a verb followed by a clause of its own (", the military said it left days ago")."""
    verb = next((k for k in range(min(len(rest), _UNTRACKED_SPEAKER_SPAN + 1)) if _speech_verb(rest, k)), None)
    if verb is None or _speech_participle(rest[verb]) or not _not_slavic_gerund(rest[verb].value, rest) \
            or any(t.kind != "W" or t.value in _COMPLEMENTIZERS or t.value in _PLUPERFECT_AUXILIARIES
                   for t in rest[:verb]):
        return False  # (", подтвердив прибытие самолётов": the speaker's own participle)
    if verb == 0:  # the speaker after the verb: the phrase then ends the attribution
        phrase = rest[1:]
        return bool(phrase) and _attribution_tail(rest, 1, _UNTRACKED_SPEAKER_SPAN + _INNER_ATTRIBUTION_TAIL) \
            and _untracked_opener(phrase[0], after_verb=True) and _names_a_speaker(phrase[:_UNTRACKED_SPEAKER_SPAN])
    phrase = rest[:verb]
    return _untracked_opener(phrase[0], after_verb=False) and _names_a_speaker(phrase) \
        and _attribution_tail(rest, verb + 1) and _when_or_where(rest, verb)


def _names_a_speaker(phrase: list[_Token]) -> bool:
    """A noun phrase that names who spoke: a word for a speaker ("official", "sources", "ministry", "источник") or
    names alone ("Lula", "Kremlin aide Yuri Ushakov" has both); a second article only after a preposition ("two
    sources familiar with the matter", not "a town the military"). A title there must be someone's other than the
    clause's speaker: indefinite ("a government spokesman"), someone's ("his spokesman", "його речник") or before a
    name ("Kremlin aide Yuri Ushakov")."""
    if any(t.value in _ARTICLES and phrase[k - 1].value not in _PREPOSITIONS for k, t in enumerate(phrase) if k):
        return False
    title = next((k for k, t in enumerate(phrase) if t.value in _TITLE_WORDS), None)
    if title is not None and not (phrase[0].value in _INDEFINITE_OPENERS or phrase[0].value.isdigit()
                                  or any(t.value in _POSSESSIVES for t in phrase[:title])
                                  or any(t.cap for t in phrase[title + 1:])):
        return False  # (", the ministry spokeswoman said", ", сообщила представитель МИД": perhaps the speaker)
    return any(t.value in _SPEAKER_NOUNS for t in phrase) or all(t.cap for t in phrase)


def _when_or_where(rest: list[_Token], verb: int) -> bool:
    """The word after an untracked speaker's verb, if any, opens when or where ("on Friday", "in a statement",
    "later"; not "to": "said to be"), or follows "told" (whom it addresses: "told Reuters"); not a clause ("said it
    left days ago", "said was inflated"). Only that word is looked at."""
    if verb + 1 >= len(rest) or rest[verb].value in _TELL_VERBS:
        return True
    following = rest[verb + 1].value
    return following != "to" and (following in _TAIL_PREPOSITIONS or following in _ADVERBIALS)


def _not_slavic_gerund(word: str, rest: list[_Token]) -> bool:
    """``word`` is no Russian or Ukrainian word, or a finite past tense: "-л", "-ла", "-ли", and the Ukrainian
    masculine "-в" when ``rest`` has a letter only Ukrainian has ("повідомив згодом його речник"); a Russian "-в" is
    a participle ("подтвердив"), and so is a Ukrainian "-в" without such a letter (", сказав речник" is missed)."""
    if not _CYRILLIC_START.match(word) or _slavic_past_tense(word):
        return True
    return word.endswith("в") and any(not _UKRAINIAN_LETTERS.isdisjoint(t.value) for t in rest)


def _untracked_opener(token: _Token, *, after_verb: bool) -> bool:
    """The first word of an untracked speaker's noun phrase; after the verb, any Russian or Ukrainian word
    ("сообщил источник", "повідомив згодом його речник")."""
    if token.value in _PRONOUNS or token.value in _RELATIVE_PRONOUNS or token.value in _COORDINATORS:
        return False
    return token.cap or token.value in _ARTICLES or token.value in _UNTRACKED_OPENERS or token.value.isdigit() \
        or token.value in _POSSESSIVES or after_verb and _CYRILLIC_START.match(token.value) is not None


_PARTICIPLE_APPOSITION_WORDS = 12
# Italian participles that open an apposition after a name: "Zelensky, arrivato a Washington, ..."
_ITALIAN_APPOSITION_PARTICIPLES = _words("""arrivato arrivata giunto giunta intervenuto intervenuta tornato tornata
rientrato rientrata atterrato atterrata collegato collegata intervistato intervistata interpellato interpellata
ospitato ospitata ricevuto ricevuta reduce""")
# ... and the prepositions after them, as _fold_italian reads them ("a", "alla", "in", "nel", "da", "dal", "con")
_ITALIAN_PARTICIPLE_PREPOSITIONS = _words(fold("a ao à em num numa por pelo pela com"))


def _past_apposition(tokens: list[_Token], comma: int) -> int:
    """The comma ending a short apposition with a title that starts after ``comma`` (", the ministry spokeswoman,",
    ", porte-parole du Kremlin,", ", официального представителя МИД,"), or ``comma`` itself when what follows is
    the clause ("according to Zakharova, the talks, she said, ...")."""
    first = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if first is not None and (first.value in _RELATIVE_PRONOUNS
                              or first.value == "que" and _relative_at(tokens, comma + 1)):
        # "Pour Volodymyr Zelensky, qui s'exprimait en marge du sommet, il s'agit ...": past the relative clause
        for k in range(comma + 2, min(len(tokens), comma + _RELATIVE_SPAN)):
            if tokens[k].kind == "Q" or tokens[k].value in (".", ";", ":"):
                break
            if tokens[k].value == "," and not (k + 1 < len(tokens) and _adverbial(tokens[k + 1])):
                return k  # (", qui s'exprimait à Moscou, en marge du forum, la Russie ...": past "en marge")
        return comma
    if first is None or first.kind != "W" or first.cap:
        return comma
    # (or an Italian participle's, with its preposition: "Per Zelensky, arrivato a Washington con una lista di
    # richieste, il vertice ...", not "Segundo Zelensky, muito em breve", "Secondo Zelensky, subito a Kiev")
    titled = first.value in _ITALIAN_APPOSITION_PARTICIPLES \
        and comma + 2 < len(tokens) and tokens[comma + 2].value in _ITALIAN_PARTICIPLE_PREPOSITIONS
    for k in range(comma + 1, min(len(tokens), comma + (_PARTICIPLE_APPOSITION_WORDS if titled else 8))):
        token = tokens[k]
        if token.value == ",":
            return k if titled else comma
        if token.kind not in ("W", "P") or _speech_verb(tokens, k) or token.value in _COMPLEMENTIZERS \
                or token.value in _RELATIVE_VERBS or _slavic_past_tense(token.value):
            return comma  # (a verb: ", визит генсека показал, что ...")
        titled = titled or token.value in _ROLES or token.value in _ROLE_GENITIVES or token.value in _TITLES \
            or token.value in _OFFICES or token.value in ("parole", "voz")
    return comma


def _reported_text(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int],
                   stop: int | None = None) -> str:
    """The reported clause of ``speaker`` in the sentence's ``tokens`` (a clause-first speaker's up to ``stop``, a
    token index, when given: where someone else's attribution begins)."""
    start, end = sentence
    if speaker.how == "according" and tokens[speaker.verb].value == _ACCORDING_AFTER:
        clause = text[tokens[speaker.verb].end:end]
    elif speaker.how == "according":
        after = speaker.subject + 1
        while after < len(tokens) and tokens[after].value not in (",", ".", ";"):
            after += 1  # "according to X, the spokeswoman, ..." stops at the first comma after the name
        following = tokens[speaker.subject + 1] if speaker.subject + 1 < len(tokens) else None
        if (speaker.verb == 0 and following is not None and following.kind == "W" and not _adverbial(following)
                and not _nationality(following.value)):  # ("Selon le président russe, ...")
            clause = text[tokens[speaker.subject].end:end]  # "Laut Lawrow versucht der Westen, ..."
        elif (after < len(tokens) and tokens[after].value == "," and after + 1 < len(tokens)
              and _relative_pronoun(tokens[after + 1].value) and speaker.verb >= 2
              and tokens[speaker.verb - 1].value == ","):
            clause = text[start:tokens[speaker.verb - 1].start]  # "The strike killed 12 people, according to
            # Zelensky, who posted a video": what comes before the source
        elif after < len(tokens) and tokens[after].value == "," and after + 1 < len(tokens):
            after = _past_apposition(tokens, after)  # "according to Zakharova, the ministry spokeswoman, ..."
            opener = tokens[after + 1] if after + 1 < len(tokens) else tokens[after]
            clause = text[opener.end if opener.value in _COMPLEMENTIZERS else tokens[after].end:end]
            if _goes_round_its_source(tokens, speaker.verb, after):
                # "Короткий разговор, по его словам, касался ДСНВ", "Le Conseil doit, selon lui, créer ...": the
                # clause goes round its source
                clause = f"{text[start:tokens[speaker.verb - 1].start]} {clause}"
        else:
            clause = text[start:tokens[speaker.verb].start]  # "..., according to Zakharova."
    elif speaker.how == "right":
        german = tokens[speaker.verb].value in _DE_VERBS
        after = speaker.subject + 1
        if tokens[speaker.verb].value in _PT_VERBS and after < len(tokens) and (
                tokens[after].value in _PREPOSITIONS or tokens[after].value in _OF
                or tokens[after].value in ("a", "as")) \
                and not any(t.value == "que" for t in tokens[after:]) and tokens[0].value != "como":
            return ""  # '"...", disse Lavrov a jornalistas em Nova Délhi, "...": whom and where, not what (but see
            # "como" below)
        if tokens[0].value == "como" and speaker.verb <= 3 and (comma := next(
                (k for k in range(speaker.subject + 1, len(tokens) - 1) if tokens[k].value == ","), None)) is not None:
            # "Como disse Lavrov a jornalistas em Nova Délhi, o Ocidente ...", "Come ha detto lo stesso capo del
            # Cremlino, Mosca è pronta ...": the main clause
            return text[tokens[comma + 1].start:end]
        if german and speaker.verb == 1 and tokens[0].value in ("das", "dies"):
            return ""  # "Das sagte Scholz in Berlin.", Norwegian "Det sa han til journalister": about what came before
        after = speaker.subject + 1
        if after < len(tokens) and tokens[after].kind == "W" and not tokens[after].cap \
                and _nationality(tokens[after].value):
            after += 1  # the subject's nationality: "a déclaré le président français en conférence de presse, ..."
        clause_start = _past_adverbials(tokens, after, any_words=german)
        if clause_start is None:
            if german:
                return ""  # "Am Montag sagte Scholz seine Reise ab": not speech without a clause
            clause_start = tokens[speaker.subject].end
        relative = _relative_speech_verb(tokens, tokens[after].start) if after < len(tokens) else None
        if (relative := relative or _relative_speech_verb(tokens, clause_start)) is not None:
            # '"...", a averti la porte-parole, qui a accusé Londres de ...': the relative clause is the speaker's
            # (looked for right after the subject too: _past_adverbials reads ", que garantiu" as "that")
            return _reported_text(text, tokens, _Speaker(speaker.official_id, relative, speaker.subject, "left"),
                                  sentence)
        participle = _participle_start(tokens, speaker.verb)
        if participle is not None and tokens[participle].start > clause_start:
            # '"...", avait déclaré le président français, assurant que ...': the participle's clause is its own
            end = tokens[_connector_start(tokens, participle)].start
        clause = text[clause_start:end]
    else:
        verb = tokens[speaker.verb]
        clause_start = verb.end if verb.value in _SAY_VERBS or verb.value in _COMPLEMENTIZERS else verb.start
        if verb.value == "qu" and speaker.verb + 1 < len(tokens) and tokens[speaker.verb + 1].value in ("'", "\u2019"):
            clause_start = tokens[speaker.verb + 1].end  # a second clause, "et qu'elles ...", after the elision
        marked = False  # by "that" or a colon
        # English "said X showed that ...": that "that" is another verb's, unless adverbials come first ("said on
        # Thursday that", "said, however, that"); "told reporters that" has its addressee.
        own_that = (verb.value not in _EN_VERBS or verb.value in _TELL_VERBS
                    or _verb_group(tokens, speaker.verb) < speaker.verb  # French: "a déclaré à l'agence AP que"
                    or speaker.verb + 1 < len(tokens) and _opens_adverbial(tokens[speaker.verb + 1]))
        # (French and German put longer adverbials before "que"/"dass": "a jugé quelques jours plus tôt, dans un
        # entretien à The Economist, que ...")
        # (Brazilian papers put longer ones still: "disse nesta segunda-feira (4), após reunião com ..., que")
        reach = (16 if own_that else 10) if verb.value in _EN_VERBS else 28 if verb.value in _PT_SAY_VERBS else 18
        if verb.value in _COMPLEMENTIZERS:
            reach, marked = 0, True  # a second clause's own "that" ("... and that Kyiv will not agree to any deal that
            # leaves ..."): the clause begins after it, and a later "that" is a relative one
        if verb.value in _PT_VERBS and speaker.verb + 2 < len(tokens) and tokens[speaker.verb + 1].value == "para" \
                and tokens[speaker.verb + 2].value not in _COMPLEMENTIZERS:
            reach, marked = 0, True  # "alertou para as consequências que ...": what was warned of ("que" relative)
        # Norwegian may leave out "at": "Stoltenberg mener den økonomiske uroen ikke må ..." (the verb read as German)
        following = tokens[speaker.verb + 1] if speaker.verb + 1 < len(tokens) else None
        bare = (verb.value in _DE_VERBS and fold(text[verb.start:verb.end]) in _NORWEGIAN_BARE_CLAUSE
                and following is not None and following.kind == "W" and not _adverbial(following)
                and following.value not in ("ein", "eine")  # (Norwegian "en", "et": an object, "sa en ting")
                and fold(text[following.start:following.end]) not in _NORWEGIAN_PARTICLES)
        k = speaker.verb
        while (k := k + 1) < min(len(tokens), speaker.verb + reach):
            token = tokens[k]
            if token.kind == "Q" and not _outlet_quote(tokens, k) or _speech_verb(tokens, k) \
                    and token.value not in _FR_INFINITIVES:
                break
            if verb.value in _TELL_VERBS and token.value == "," and k + 1 < len(tokens) \
                    and tokens[k + 1].value in ("which", "who") \
                    and (closing := next((m for m in range(k + 2, len(tokens)) if tokens[m].value == ","), None)):
                reach += closing - k  # "told the forum, which is organised by the IISS, that ...": past the relative
                k = closing - 1
                continue
            if verb.value in _TELL_VERBS and token.value in _EN_SUBJECT_PRONOUNS \
                    and _after_addressee(tokens, speaker.verb + 1) == k:
                own_that = False  # "told reporters he was hopeful that ...": that "that" is the clause's
            if token.value in _COPULATIVE and k + 1 < len(tokens) and tokens[k + 1].value in _COMPLEMENTIZERS:
                break  # "said the Kremlin had no information and that ...": the second clause's "that"
            if token.value in _INDIRECT_QUESTION and (k == speaker.verb + 1
                                                      or k == speaker.verb + 2 and tokens[k - 1].value == ",") \
                    and not _concessive(tokens, k):
                return ""  # "пояснив, чому ...", "explained why ...": the question, not the answer
            if token.value == "que" and tokens[k - 1].value in ("o", "em") and k - 2 != speaker.verb:
                continue  # "ignorar o que chamou de crimes", "um discurso em que ...": what, in which (not
                # "insistiu em que", Spanish "insistió en que")
            if token.value == "que" and tokens[k - 1].value == "," and verb.value in _PT_VERBS \
                    and _pt_object(tokens, speaker.verb + 1):
                break  # "destacou a importância do comércio, que atingiu ...": a relative clause about the object
            if token.value == "que" and k > speaker.verb + 1 and verb.value in _ITALIAN_OBJECT_PARTICIPLES:
                break  # "ha esortato le parti a evitare ogni azione che ...": the request with its object
            if token.value in _COMPLEMENTIZERS and verb.value in _SLAVIC_ACCUSE and k >= 2 \
                    and tokens[k - 1].value == "," and tokens[k - 2].value in ("том", "тому"):
                break  # "обвинил Запад в том, что ...": whom and of what, from the verb (as "обвинил Запад в ...")
            if token.value in _COMPLEMENTIZERS or token.value == ":":
                if k == speaker.verb + 1 or own_that or token.value == ":":
                    clause_start, marked = token.end, True
                    if k + 1 < len(tokens) and tokens[k + 1].value in ("'", "\u2019"):
                        clause_start = tokens[k + 1].end  # "qu'il"
                break
            if token.value == "zuruck" and verb.value == "wies" and not (k + 1 < len(tokens)
                                                                          and tokens[k + 1].value == ":"):
                return ""  # "wies Vorwürfe zurück, Moskau trage ...": the accusation rejected, not a statement
            if token.value == "," and verb.value in _DE_VERBS and k + 1 < len(tokens) and not bare \
                    and tokens[k + 1].value not in _COMPLEMENTIZERS and not _german_relative(tokens, k + 1) \
                    and not (k + 2 < len(tokens) and _date_dot(tokens, k + 2)):  # ("am Dienstag, 27. August, ...")
                # German reported speech follows the first comma: "schrieb auf X, die Umbesetzung zeige, dass ..."
                clause_start, marked = token.end, True
                break
            if token.value == ";" or token.value == "." and not (
                    k + 1 < len(tokens) and (
                        _abbreviation(text[tokens[k - 1].start:tokens[k - 1].end], text[tokens[k + 1].start])
                        or tokens[k + 1].start == token.end and not tokens[k + 1].cap)  # ("t.me/x", "10.30 Uhr")
                    or _date_dot(tokens, k)):
                break
        if not marked and verb.value in _EN_VERBS and tokens[0].value == "as" \
                and (after_source := _past_source_phrase(tokens, speaker.verb)) is not None:
            # "As Lavrov said on Monday, Moscow ...", "As Lavrov told reporters, ...": the clause follows the comma
            clause_start, marked = after_source, True
        if not marked and verb.value in _SAY_VERBS and verb.value in _EN_VERBS:
            clause_start = _past_date(tokens, speaker.verb + 1, clause_start)  # "said on Thursday the attack ..."
        responded = speaker.verb + 1  # (past "assim": "respondeu assim a ...")
        if responded + 1 < len(tokens) and (tokens[responded].value in _THUS
                                            or tokens[responded].value.endswith("ly") and verb.value in _EN_VERBS):
            responded += 1  # (and "responded directly to")
        if not marked and (verb.value in _RESPONSE_VERBS and responded < len(tokens)
                           and (tokens[responded].value in ("on", "to", "about", "sur", "a", "aux", "au", "ao", "aos",
                                                            "на", "о", "об", "про", "questions", "question")
                                or tokens[responded].kind == "M"  # "ответила Зеленскому в своей манере"
                                or tokens[responded].value in ("a", "the") and responded + 1 < len(tokens)
                                and tokens[responded + 1].value in ("question", "questions"))
                           or verb.value.startswith(_COMMENTED_STEMS + _TOPIC_ONLY_STEMS)):
            # "commented on the attack", "прокомментировала заявление", "объяснил решение в статье", "відповів того ж
            # дня", "answered questions from journalists": what about, not what
            return ""
        addressee_end = _after_addressee(tokens, speaker.verb + 1) if verb.value in _TELL_VERBS else None
        if not marked and addressee_end is not None:
            if addressee_end >= len(tokens) or tokens[addressee_end].kind == "P" \
                    or tokens[addressee_end].value in _PREPOSITIONS:
                return ""  # "told reporters in Moscow on Thursday.": whom, where and when, not what
            clause_start = tokens[addressee_end].start  # "told Reuters the talks were over"
        if not marked and verb.value not in _EN_VERBS:
            german = verb.value in _DE_VERBS
            after_adverbials = _past_adverbials(tokens, speaker.verb + 1, any_words=german)  # "sagte am Montag, ..."
            if bare:
                after_adverbials = verb.end
            if after_adverbials is None and german:
                return ""  # "Scholz sagte seine Reise nach Kiew ab" (cancelled): no clause, no statement
            first = next((k for k, t in enumerate(tokens) if t.start >= after_adverbials), len(tokens) - 1) \
                if after_adverbials is not None else None
            if german and first is not None and _german_relative(tokens, first):
                return ""  # "bestätigte den Tod von Prigoschin, der bei ...": about whom, not what was said
            if verb.value in _PT_TOPIC_VERBS and _pt_object(tokens, speaker.verb + 1 if first is None else first):
                return ""  # "destacou a importância do Brics", "reconheceu a operação": what about, not what
            if verb.value in _INSIST and following is not None and (
                    following.value in _INSISTED_ON or following.value == "em" and speaker.verb + 2 < len(tokens)
                    and tokens[speaker.verb + 2].value != "que") \
                    and not any(t.value == "que" for t in tokens[speaker.verb + 2:speaker.verb + 5]):
                return ""  # "insistiu na necessidade de ...", Spanish "insistió en la ...", French "a insisté sur le
                # sort des enfants": what on, not what (not "sur le fait que ...")
            clause_start = clause_start if after_adverbials is None else after_adverbials
        other = _other_speaker_start(tokens, speaker)
        participle = _participle_start(tokens, speaker.verb)
        cut = min(k for k in (other, participle, len(tokens), _german_relative_end(tokens, speaker.verb), stop)
                  if k is not None)
        if participle is not None and cut == participle:
            cut = _connector_start(tokens, cut)  # ", adding that", ", en estimant", " but argued"
        if participle is not None and cut < len(tokens) and not marked and verb.value in _ANNOUNCED \
                and tokens[speaker.verb + 1].value in _ACT_OBJECT_OPENERS \
                and not any(_finite(tokens, k) for k in range(speaker.verb + 1, cut)
                            if tokens[k].start >= clause_start):
            return ""  # "announced the swap in a video address, saying ...": the act, then what was said
        clause = text[clause_start:end if cut >= len(tokens) else tokens[cut].start]
    clause = _SOURCE_TAIL.sub("", _clean(clause)) if len(clause) < 4000 else _clean(clause)
    return _clean(clause)


def _pt_object(tokens: list[_Token], k: int) -> bool:
    """A Portuguese noun phrase opens at ``k`` (the verb's object: "destacou a importância", "anunciou esta manhã a
    mobilização"), not an addressee ("disse a jornalistas") or an adverbial."""
    while k < len(tokens) and (tokens[k].value in _PT_TIME_WORDS or tokens[k].value.isdigit()):
        k += 1
    if k < len(tokens) and tokens[k].value in _IN:  # where: "defendeu em conferência de imprensa o texto"
        k = next((m for m in range(k + 2, min(len(tokens), k + 6)) if tokens[m].value in _PT_ARTICLES
                  and tokens[m - 1].kind == "W" and tokens[m - 1].value not in _PREPOSITIONS), len(tokens))
    if k + 1 < len(tokens) and tokens[k].value == "mais":
        k += 1  # "acrescentou mais um nome à lista"
    if k + 1 < len(tokens) and tokens[k].value in _PT_POSSESSIVES:
        return True  # "reiterou seu apelo", Spanish "ha reiterado su llamamiento a"
    if k + 1 >= len(tokens) or tokens[k].value not in _PT_ARTICLES:
        return False
    following = tokens[k + 1]
    return tokens[k].value not in ("a", "as") or following.kind == "W" and not _to_whom(tokens[k], following) \
        and following.value not in _PT_MONTHS


def _goes_round_its_source(tokens: list[_Token], according: int, comma: int) -> bool:
    """The clause that a source in mid-sentence interrupts ("Короткий разговор, по его словам, касался ДСНВ", "Le
    Conseil doit, selon lui, créer ...", "The talks failed, according to Zakharova, because ..."): the words before
    are the clause's beginning, not a clause of the writer's ("Putin met Erdogan, but, according to Peskov, no
    agreement ...", "... в узком составе, по словам Пескова, они длились ...", "12 people, according to Zelensky,
    who posted ...")."""
    before = tokens[:according - 1]
    if (according < 2 or tokens[according - 1].value != "," or sum(t.kind in ("W", "M") for t in before) < 3
            or _opens_adverbial(tokens[0]) or any(t.kind == "Q" for t in before)
            or any(t.value == "," and k + 1 < len(before) and (before[k + 1].value in _COORDINATORS
                                                             or before[k + 1].value in _BUT)
                   for k, t in enumerate(before))
            or before[-1].value in _COORDINATORS or before[-1].value in _CONTRAST or before[-1].value in _BUT
            or any(_speech_verb(tokens, k) for k in range(len(before)))):
        return False
    following = tokens[comma + 1] if comma + 1 < len(tokens) else None
    return following is not None and following.kind == "W" and not (
        following.value in _PRONOUNS or following.value in _NOT_CONTINUING or _relative_pronoun(following.value)
        or following.value in _UK_RELATIVES or following.value in _PLURAL_PRONOUNS)


_PLURAL_PRONOUNS = _words(fold("они вони ils elles sie"))


def _relative_speech_verb(tokens: list[_Token], start: int) -> int | None:
    """The speech verb of a relative clause opening at ``start`` right after an inverted subject (", qui a accusé
    Londres de ...", ", who said that ..."), or None."""
    k = next((m for m, t in enumerate(tokens) if t.start >= start), len(tokens))
    if k < len(tokens) and tokens[k].value == ",":
        k += 1
    if k + 1 >= len(tokens) or tokens[k].value not in ("qui", "who", "que"):
        return None
    verb = k + 2 if tokens[k + 1].value in _FR_AUXILIARIES or tokens[k + 1].value in ("has", "had") else k + 1
    return verb if verb < len(tokens) and _speech_verb(tokens, verb) and not _negated(tokens, verb) else None


# ", — подчеркнул Лавров, — ", ", a ajouté Dmytro Kuleba, ", ", a-t-il ajouté. — ", Spanish " —afirmó Lavrov— ": an
# attribution inside a quote (its end may open the next one).
_INCISE = re.compile(r"(?:,\s*[-\u2014\u2013]?|\s[-\u2014\u2013])\s+(\w[^,.;:!?\"\u00ab\u00bb\n]{1,80}?)\s*"
                     r"(?=(,\s*[-\u2014\u2013]?|\.\s*[-\u2014\u2013]|[-\u2014\u2013])\s)")
_INCISE_CANDIDATES = 20  # per quote: bounds the work on a hostile quote full of commas


def _incise(text: str, quote: _Quote, mentions: list[Mention], mention_starts: list[int],
            context: _Context) -> tuple[str, int, int, str] | None:
    """An attribution set inside the quote marks, opening with its verb: «Россия, — подчеркнул Лавров, — не
    намерена ...», « L'Europe doit comprendre, a ajouté Dmytro Kuleba, que ... ». The official, the span to cut
    out, and what joins the two halves; None when there is none."""
    candidates = 0
    for match in _INCISE.finditer(text, quote.inner_start, quote.inner_end):
        segment_start, segment_end = match.span(1)
        first = context.fold_word(_WORD.match(text, segment_start).group())
        if first not in _SPEECH_VERBS and first not in _FR_AUXILIARIES and first != _SO:
            continue
        candidates += 1
        if candidates > _INCISE_CANDIDATES:
            break
        tokens = _tokens(text, segment_start, segment_end, [], mentions, bisect_left(mention_starts, segment_start),
                         context.fold_word)
        if not tokens or not (_speech_verb(tokens, 0) or tokens[0].value in _FR_AUXILIARIES
                              or tokens[0].value == _SO or tokens[0].value in _SLAVIC_INVERTED_ONLY):
            # (an incise is where a verb of speech only after the quote is one: «..., — отрезал Лавров, — ...»)
            continue
        speaker = _find_speaker(tokens, context)
        if speaker is None and tokens[0].value in _SLAVIC_INVERTED_ONLY \
                and (right := _right_subject(tokens, 0, context)) is not None:
            speaker = _Speaker(right[0], 0, right[1], "right")
        if speaker is None or speaker.official_id == _UNTRACKED:
            continue
        joiner = ". " if match.group(2).startswith(".") else " "  # the incise's commas are its own
        return speaker.official_id, match.start(), match.end(2) + 1, joiner
    return None


# Words that give a German sentence a source of its own (besides speech verbs such as "teilte ... mit"): "hieß
# es", "Wie Interfax meldete", "Laut dem Generalstab", "erwiderte".
_DE_SOURCES = _words(fold("""hieß heißt meldete meldet berichtete berichtet zufolge laut angaben erwiderte
entgegnete reagierte bestätigte bestätigt zeigt zeigte schätzen schätzt schätzte"""))
_DE_SO_SOURCE = re.compile(r",\s+so\s+[A-ZÄÖÜ]")  # "..., so Regierungssprecher Hebestreit."


def _konjunktiv(text: str, start: int, end: int) -> bool:
    """A German sentence that goes on with reported speech: a Konjunktiv I verb in its main clause (before its first
    comma: not "Beobachter gehen davon aus, dass es dauern werde"), not in the first person, and no source of its
    own (a speech verb, "teilte ... mit", "hieß es", "laut")."""
    comma = text.find(",", start, end)
    if _KONJUNKTIV.isdisjoint(_fold_word(word) for word in _WORD.findall(text, start, end if comma < 0 else comma)
                              if word[0].islower()):
        return False
    ordered = [_fold_word(word) for word in _WORD.findall(text, start, end)]
    words = set(ordered)
    perfect = next((k for k, word in enumerate(ordered) if word in ("habe", "haben", "hatte", "hatten")), len(ordered))
    # (a participle after "habe" is the reported content: "Putin habe dem Gast die Ziele erläutert")
    return ("ich" not in words and "wir" not in words and set(ordered[:perfect]).isdisjoint(_SPEECH_VERBS)
            and words.isdisjoint(_DE_SOURCES) and _DE_SO_SOURCE.search(text, start, end) is None)


def _quote_text(text: str, quote: _Quote) -> str:
    return _clean(text[quote.inner_start:quote.inner_end])


def _quote_texts(text: str, quotes: list[_Quote]) -> list[str]:
    """The statements of a sentence's quotes: a quote interrupted by its attribution in mid-sentence ('"The key
    question," Blinken said, "is whether ..."': the first half ends with a comma, inside its marks or after them
    as in German, the second opens in lowercase) is one; quotes shorter than ``MIN_QUOTE_WORDS`` are left out."""
    texts: list[str] = []
    joins = False  # the previous quote ended with a comma, inside its marks or after them (German)
    previous_end = 0
    for quote in quotes:
        inner = text[quote.inner_start:quote.inner_end].strip()
        if joins and texts and inner[:1].islower() and text[previous_end:quote.start].rstrip().endswith(","):
            texts[-1] = f"{texts[-1].rstrip(' ,')} {inner}"  # only the attribution between: ", sagte er, „und"
        else:
            texts.append(inner)
        joins = inner.endswith(",") or text.startswith(",", quote.end)
        previous_end = quote.end
    return [_clean(words) for words in texts if _word_count(words) >= MIN_QUOTE_WORDS]
