"""Who speaks: a sentence's attribution (speech verb and subject, inverted attribution, "according to", colon) to
an official, someone untracked, or no one.
"""

from __future__ import annotations

from typing import NamedTuple

from streams.analytics.officials import fold
from streams.analytics.statements.grammar import (
    _IBERIAN_AUXILIARIES, _PERFECT_ADVERBS, _adverbial, _german_relative_speech_verb, _nationality, _negated,
    _noun_phrase_after, _office_at, _opening_adverbials_end, _participle_start, _past_dates_back,
    _place_relative_start, _relative_at, _relative_pronoun, _slavic_past_tense, _speech_verb, _to_whom, _verb_group)
from streams.analytics.statements.reference import (
    _APPOSITION_MARKS, _APPOSITION_SPAN, _UNTRACKED, _Context, _country_stem, _inside_word, _name_like, _office_end,
    _official_before_colon, _possessive, _qualifies, _role_phrase, _role_text, _sentence_subject, _slavic_country,
    _subject_at, _title_phrase_word, _valid_subject_mention)
from streams.analytics.statements.text import _CYRILLIC_START, _Quote, _Token, _date_dot, _substantive
from streams.analytics.statements.vocabulary import (
    _ABOUT_IT, _ACCORDING, _ACCORDING_AFTER, _ACCORDING_TRIPLES, _ACCORDING_WORDS, _ACTION_VERBS, _ADVERBIALS,
    _ARTICLE_GENDERS, _ARTICLES, _AS_SOURCE, _BACK_REFERENCE_WORDS, _BUT, _BY_MEANS, _CLAUSE_MARKS, _CLAUSE_OPENERS,
    _CLITICS, _CLOSE_TO, _COMMENTED_STEMS, _COMPLEMENTIZERS, _COORDINATORS, _COPULATIVE, _DE_AUXILIARIES,
    _DE_FIRST_ADVERBS, _DE_PREPOSITIONS, _DE_VERBS, _DECLARED, _DEMONYM_NOUNS, _DETERMINERS, _DIRECT_SPEECH, _EN_VERBS,
    _FOREIGN_ARTICLES, _FR_AUXILIARIES, _FR_VERBS, _GENITIVE_OFFICES, _HONORIFICS, _HYPHENATED_ROLES,
    _INSTITUTIONS_OF_OFFICES, _INVERSION_OPENERS, _IRREGULAR_PAST, _IT_SAID, _JUDGED, _MEDIA_NOUNS, _MODALS,
    _NAME_JOINERS, _NOT_OBJECT_COMPLEMENT, _OBJECT_PRONOUNS, _OF, _OFFICE_PHRASES, _OFFICES, _OUTLET_NOUNS,
    _PARTICIPLE_ENDINGS, _PARTICIPLE_FOLLOWERS, _PASSIVE_AUXILIARIES, _PHRASE_FIRST_WORDS, _PHRASE_OPENERS,
    _POSSESSIVE_ACCORDING, _POSSESSIVES, _PREPOSITIONS, _PRONOUNS, _PT_AGENTS, _PT_ARTICLES, _PT_INFINITIVES,
    _PT_PARTICIPLES, _PT_PASSIVES, _PT_VERBS, _QUOTED, _REACTED_STEMS, _RELATIVE_PRONOUNS, _RELATIVE_SUBJECTS, _RELAYS,
    _RESPONSE_VERBS, _ROLE_GENITIVES, _ROLE_PHRASE_SPAN, _ROLES, _ROMANCE_GERUNDS, _SAY_VERBS, _SENTENCE_ADVERBIALS,
    _SLAVIC_ADDRESSEES, _SLAVIC_GERUNDS, _SLAVIC_IMPERFECTIVE_GERUNDS, _SLAVIC_VERBS, _SO, _SPEECH_VERBS,
    _STRESSED_PRONOUNS, _SUBORDINATORS, _TAIL_PREPOSITIONS, _THUS_ITALIAN, _THUS_OPENERS, _TITLE_WORDS, _TITLES,
    _TO_WHOM, _TRIPLE_OPENERS, _UKRAINIAN_LETTERS, _UNAMBIGUOUS_ARTICLES, _WORDS_OF, _words)


_LOOK = 6  # words between subject and verb
_SLAVIC_LOOK = 10  # Russian and Ukrainian put longer adverbials there

_RELATIVE_SPAN = 32  # tokens in a relative clause between subject and verb ", qui a piloté pendant des mois ..., "


class _Speaker(NamedTuple):
    official_id: str  # or _UNTRACKED
    verb: int  # token index of the speech verb (or of the "according to" phrase)
    subject: int  # token index of the subject
    how: str  # "left", "right", "according", "colon"


# Words before the complement of a role noun, which is not the subject ("o porta-voz do Kremlin disse": not the Kremlin)
_GENITIVES = _words("des der du do da dos das")


def _outlet_quote(tokens: list[_Token], index: int) -> bool:
    """The quote at ``index`` is a name: an outlet's after the noun for it or its addressee ("корреспонденту
    «Фонтанки»", "в коментарі «Главкому»", "der Zeitung „Argumenty i Fakty“"), or what is so called ("так
    называемой «коалиции желающих»")."""
    return (tokens[index].kind == "Q" and index > 0 and tokens[index - 1].kind == "W"
            and (tokens[index - 1].value in _MEDIA_NOUNS or tokens[index - 1].value in _SLAVIC_ADDRESSEES
                 or tokens[index - 1].value in _OUTLET_NOUNS
                 or tokens[index - 1].value.startswith(_SO_CALLED)))


_SO_CALLED = tuple(fold("называем званої званий званого званій sogenannt").split())
_NAME_QUOTE_CHARS = 25  # a quote this short between a subject and its verb names something: «Большой двадцатки»


def _genitive_complement(tokens: list[_Token], index: int) -> bool:
    """The capitalised word at ``index`` completes a noun before it: "des Außenministeriums", "du Kremlin", "de
    l'Etat", "do Kremlin" (not "Do Kwon" opening a sentence)."""
    k = index - 1
    if k >= 2 and tokens[k].value in ("'", "\u2019") and tokens[k - 1].value == "l":
        k -= 2  # "de l'Etat"
    return k > 0 and tokens[k].value in _GENITIVES or k == 0 and tokens[k].value in _FOREIGN_ARTICLES \
        or k >= 0 and tokens[k].value == "de" and k < index - 1


def _role_institution(tokens: list[_Token], index: int, context: _Context) -> bool:
    """The capitalised word at ``index`` names the institution of the role noun before it, as the official that role
    refers to holds it (its words are the role's, compared as ``_qualifies`` does): "The secretary of the Security
    Council said", "the secretary of Russia's Security Council" (Shoigu's role names the council), "Der
    Generalsekretär der Vereinten Nationen" (Guterres); not "A presidente da Comissão Europeia" for the president
    named before."""
    k = index
    while k > 0 and index - k <= 3 and tokens[k].kind == "W" and tokens[k].cap:
        k -= 1
    words = [t.value for t in tokens[k + 1:index + 1]]
    if k >= 3 and _possessive(tokens, k):
        words.append(tokens[k - 2].value)  # "the secretary of Russia's Security Council"
        k -= 3
    if k > 0 and (tokens[k].value in _ARTICLES or tokens[k].value in _FOREIGN_ARTICLES) \
            and not (tokens[k].value in _OF and tokens[k - 1].value in _ROLES):  # (German "der Vereinten Nationen")
        k -= 1
    if not (k > 0 and tokens[k].value in _OF and tokens[k - 1].value in _ROLES):
        return False
    official_id = _subject_at(tokens, k - 1, context)
    official = context.watchlist.officials.get(official_id) if official_id is not None else None
    named = tuple(word for word in words if word not in _STATE_FORMS)  # "of the Russian Federation": Russia's
    return official is not None and bool(named) and _qualifies(named, _role_text(official))


# Words of a state's formal name that the watchlist's roles leave out
_STATE_FORMS = _words(fold("""federation republic federal kingdom bundesrepublik fédération république federación
federação república föderation"""))


def _verb_gender(verb: str) -> str | None:
    """"f" for a Russian or Ukrainian feminine past tense ("заявила", "высказалась"), "m" for a masculine one
    ("заявил", "заявив", "ограничился")."""
    if verb not in _SLAVIC_VERBS:
        return None
    return "f" if verb.endswith(("ла", "лась", "лася")) else "m" if verb.endswith(("л", "в", "лся", "вся")) else None


_THAT_WHICH = _words(fold("том то тому те"))  # "о том, ...", "про те, ..."
_QUESTION_PARTICLES = _words(fold("ли чи"))


def _name_quote(tokens: list[_Token], index: int) -> bool:
    """The quote at ``index`` is a name, not someone's words: an outlet's ("в коментарі «Главкому»"), or a short one
    after a lowercase Russian or Ukrainian noun ("на саммите «Большой двадцатки»"; not 'branded Zelensky a
    "terrorist"'), or a longer one right after a preposition ("на «Российской энергетической неделе»")."""
    token = tokens[index]
    before = tokens[index - 1] if index > 0 else None
    return _outlet_quote(tokens, index) or token.kind == "Q" and before is not None and before.kind == "W" \
        and not before.cap and bool(_CYRILLIC_START.match(before.value)) \
        and (token.end - token.start <= _NAME_QUOTE_CHARS
             or before.value in _TAIL_PREPOSITIONS and token.end - token.start <= 2 * _NAME_QUOTE_CHARS)


def _left_subject(tokens: list[_Token], verb: int, context: _Context) -> tuple[str, int] | None:
    verb_gender = _verb_gender(tokens[verb].value)
    # Russian and Ukrainian put long adverbials between the subject and the verb: "Путин на встрече с
    # руководителями информационных агентств в Петербурге заявил"
    look = _SLAVIC_LOOK if tokens[verb].value in _SLAVIC_VERBS else _LOOK
    offices = [j for j in range(verb) if tokens[j].value in _OFFICE_PHRASES]  # heads of "глава Офиса президента"
    gap = 0
    i = verb - 1
    head = _complement_chain_head(tokens, verb)
    if head is not None:
        i = head  # the role noun whose complements run up to the verb: their words are not between the two
    while i >= 0 and gap <= look:
        token = tokens[i]
        if _name_quote(tokens, i):
            i -= 1
            continue
        if i == verb - 1 and token.value in _COPULATIVE and (tokens[verb].value in _PT_VERBS
                                                             or tokens[verb].value in _IBERIAN_AUXILIARIES):
            return None  # "telefonou a Zelensky e garantiu-lhe que", "ha incontrato Zelensky e ha detto che": what
            # comes before "e" is no subject of it
        if token.value == "que" and i >= 2 and tokens[i - 1].value == "," and tokens[i - 2].kind == "M" \
                and not (tokens[verb].value in _NAMING_VERBS and verb + 1 < len(tokens)
                         and tokens[verb + 1].value in ("de", "como")) and (
                i == _verb_group(tokens, verb) - 1 or tokens[i + 1].value == "," and tokens[verb - 1].value == ","
                and all(t.kind == "W" for t in tokens[i + 2:verb - 1])):
            # "..., Serguei Lavrov, que acusou o Ocidente de ...", "Zelensky, que, antes da reunião, escreveu", "...,
            # que tinha advertido", Spanish "..., quien ha advertido"
            # (not "la «fórmula de paz» de Zelenski, que calificó de «ultimátum»": "que" is what was called so)
            return tokens[i - 2].value, i - 2
        if token.kind == "Q" or (token.value in _SPEECH_VERBS and _speech_verb(tokens, i)) \
                or (token.kind == "W" and token.value in _COMPLEMENTIZERS):
            return None
        if token.kind == "P" and 0 < i < verb and tokens[i - 1].end == token.start \
                and tokens[i + 1].start == token.end \
                and (token.value == "-" or token.value in ("'", "\u2019") and (
                    _CYRILLIC_START.match(tokens[i + 1].value) or tokens[i - 1].value in _ELIDED)
                     or token.value == "." and _inside_word(tokens, i)):  # (a dot only between words)
            # inside a word: "Telegram-канале", the Ukrainian apostrophe of "інтерв'ю", French "le chef de l'Etat",
            # an outlet's "Цензор.НЕТ"
            i -= 1
            continue
        if _possessive(tokens, i) and i + 2 < verb and tokens[i + 2].cap:
            i -= 1  # an institution's country: "The secretary of Russia's Security Council said"
            continue
        if token.kind == "P":
            if token.value not in _APPOSITION_MARKS:
                return None
            # ", the official spokesperson for the Russian Foreign Ministry," or ", Mikhail Podoliak,"
            j = i - 1
            while j >= 0 and i - j <= _RELATIVE_SPAN and tokens[j].value not in _APPOSITION_MARKS:
                if tokens[j].kind == "Q" and not _name_quote(tokens, j):
                    return None
                j -= 1
            if j < 0 or i - j > _APPOSITION_SPAN and not _relative_at(tokens, j + 1) or j == i - 1:
                return None  # no apposition: ", - заявил Подоляк" is inverted, its subject is on the right
            if j >= 1 and tokens[j].value == "," and (tokens[j - 1].value in _THAT_WHICH or any(
                    tokens[k].value in _QUESTION_PARTICLES for k in range(j + 1, i))):
                # "Песков на вопросы о том, поедет ли Путин в Стамбул, отвечал": a clause about something, whoever
                # is named in it
                i = j - 1
                gap += 1
                continue
            if _relative_at(tokens, j + 1):
                # ", who is due to meet Putin on Friday,", ", якого Путін перевів ...": not the subject; it may
                # follow an apposition (", le chef de l'administration présidentielle, qui a piloté ...,")
                i = j if _apposition_before(tokens, j) else j - 1
                gap += 1  # (bounds the walk over a chain of them)
                continue
            if tokens[0].value in _SENTENCE_ADVERBIALS and _opening_adverbials_end(tokens) == j + 1 \
                    and (opener := next(
                    (k for k in range(j + 1, i) if tokens[k].kind == "M" and _valid_subject_mention(tokens, k)),
                    None)) == i - 1:
                # after where and when: "Em Berlim, o chanceler Olaf Scholz, ...," (not a clause of its own: "A
                # Washington, Antony Blinken doit s'exprimer dans la soirée, a indiqué le département d'Etat")
                return tokens[opener].value, opener
            if (tokens[j + 1].value in _ARTICLES or tokens[j + 1].value in _FOREIGN_ARTICLES
                    or tokens[j + 1].kind == "W" and not tokens[j + 1].cap and tokens[j + 1].value.endswith("ing")
                    or tokens[j + 1].kind == "W" and not tokens[j + 1].cap and tokens[j + 1].value in _PHRASE_OPENERS
                    or tokens[j + 1].kind == "W" and not tokens[j + 1].cap and j > 0 and tokens[j - 1].kind == "M"
                    and (tokens[j + 1].value in _ROLES or tokens[j + 1].value in _TITLES)):
                # (", conseiller du président Volodymyr Zelensky,": a role without an article, whose official is
                # not the subject)
                # ", an adviser to the office of President Volodymyr Zelensky,", ", appearing alongside Blinken at a
                # news conference,": describes the subject
                i = j - 1
                gap += 1
                continue
            named = next((k for k in range(j + 1, i) if tokens[k].kind == "M" and _valid_subject_mention(tokens, k)),
                         None)
            if named is not None:
                relative = _relative_clause_before(tokens, j)
                if relative is None:
                    return tokens[named].value, named
                # ", who was accompanied by the head of his office, Andriy Yermak, later wrote": the name is in
                # the relative clause, the subject before it
                i = relative - 1
                gap += 1
                continue
            if _adverbial(tokens[j + 1]) and _apposition_before(tokens, j):
                i = j  # one of several: ", Sergueï Lavrov, en déplacement à Antalya, en Turquie, a estimé"
                gap += 1
                continue
            if (i - j <= 4 or i - j <= 6 and any(tokens[k].value in _NAME_PARTICLES and tokens[k - 1].cap
                                                 and tokens[k + 1].cap for k in range(j + 2, i - 1))) \
                    and sum(_name_like(tokens[k]) for k in range(j + 1, i)) >= 2 and not any(
                    tokens[k].value in _ROLES for k in range(j + 1, i)):  # (", Berater im Präsidialamt,")
                if j > 0 and tokens[j - 1].value in _TITLES and _apposition_before(tokens, j):
                    # whom the apposition before names: ", speaking ... with his Lithuanian counterpart, Gabrielius
                    # Landsbergis, said"
                    i = j
                    gap += 1
                    continue
                return _UNTRACKED, j + 1  # ", Dmytro Lubinets, said": someone named, not tracked
            i = j - 1
            continue
        if token.kind == "W" and token.value in _FR_AUXILIARIES:
            i -= 1  # "a remercié ses partenaires mais a prévenu": auxiliaries do not count as words between
            continue
        if token.kind == "W" and i >= 2 and tokens[i - 1].value == "," and (
                token.value in _RELATIVE_SUBJECTS
                or i == verb - 1 and _german_relative_speech_verb(tokens, verb) and not context.norwegian):
            # (German "Kremlsprecher Dmitri Peskow, der betonte, dass ...": the relative pronoun right before the verb)
            if tokens[i - 2].kind == "M":
                return tokens[i - 2].value, i - 2  # "канцлера ФРГ Олафа Шольца, который ... заявил"
            i -= 2  # "Le président français, qui avait dit": the noun before the comma is the subject
            continue
        if token.kind == "M" and token.inflected and i > 0 and tokens[i - 1].value in _ROLES:
            i -= 1  # "радник Єрмака написав": whose adviser, not the subject
            gap += 1
            continue
        head = next((j for j in reversed(offices) if i - 7 < j < i), None) if offices else None
        if head is not None and (end := _office_end(tokens, head)) is not None and end > i:
            # the complement of an office: "глава Офиса президента", "le chef de l'Etat"; an office in the genitive
            # is itself the complement of the title before it ("советник главы Офиса президента")
            i = head - 1 if tokens[head].value in _GENITIVE_OFFICES else head
            continue
        subject = _subject_at(tokens, i, context, verb_gender)
        if subject == _UNTRACKED and _name_like(token) and (
                _genitive_complement(tokens, i) or _role_institution(tokens, i, context)
                or i > 0 and tokens[i - 1].value in _ROLES or token.value in _INSTITUTIONS_OF_OFFICES
                or _slavic_country(token) and i > 0 and tokens[i - 1].kind == "W"
                and tokens[i - 1].value not in _TAIL_PREPOSITIONS
                or _CYRILLIC_START.match(tokens[verb].value) and not _CYRILLIC_START.match(token.value)):
            # "Die Sprecherin des Außenministeriums sagte", "le chef de l'Etat a déclaré", "представитель МИД
            # России написала"; Russian and Ukrainian write people's names in Cyrillic, so a word in Latin letters
            # names something else ("в интервью телеканалам TF1 и France 2 заявил")
            subject = None
        if subject is not None:
            return subject, i
        if token.kind == "M" and verb_gender is not None and (
                token.inflected or i > 0 and tokens[i - 1].value in _TAIL_PREPOSITIONS):
            # Russian and Ukrainian mark who is not the subject by case: "Макрон на пресс-конференции вместе с
            # Олафом Шольцем заявил", "Путин в разговоре с Макроном заявил" (a first name in the same case before
            # the mention too: "с главой МИД Украины Дмитрием Кулебой говорил")
            gap += 1
            i -= 1
            while i > 0 and verb - i < look and tokens[i].kind == "W" and _name_like(tokens[i]) \
                    and not _slavic_country(tokens[i]):
                i -= 1
            continue
        if token.kind == "M":
            return None  # an official who is not the subject ("talks with Zelensky")
        gap += 1
        i -= 1
    return None


# English links of a role noun's complements: "The chief of the General Staff", "The adviser to the head of ..."
_CHAIN_LINKS = _words("of to for")


def _complement_chain_head(tokens: list[_Token], verb: int) -> int | None:
    """The English role noun right before a chain of two or more complements that runs up to ``verb`` ("The chief of
    the General Staff of the Russian Armed Forces said", "The adviser to the head of the Office of the President
    said"), or None. The chain holds capitalised words, "the", its links and office nouns within it ("to the head
    of"); one complement alone stays within the words a subject may be from its verb."""
    k = verb - 1
    links = 0
    while k > 0:
        token = tokens[k]
        if token.kind != "W":
            return None
        if token.value in _CHAIN_LINKS and not token.cap:
            links += 1
        elif not (token.cap or token.value == "the" or token.value in _OFFICES and k >= 2
                  and tokens[k - 1].value == "the" and tokens[k - 2].value in _CHAIN_LINKS):
            break
        k -= 1
    if links >= 2 and tokens[k].kind == "W" and not tokens[k].cap and tokens[k + 1].value in _CHAIN_LINKS \
            and (tokens[k].value in _ROLES or tokens[k].value in _OFFICES):
        return k
    return None


def _relative_clause_before(tokens: list[_Token], mark: int) -> int | None:
    """The comma opening a relative clause (", who was accompanied by") that the apposition after ``mark`` ends,
    or None."""
    for k in range(mark - 1, max(-1, mark - _RELATIVE_SPAN), -1):
        if tokens[k].kind == "Q":
            return None
        if tokens[k].value in _APPOSITION_MARKS:
            return k if k + 1 < mark and _relative_pronoun(tokens[k + 1].value) else None
    return None


def _apposition_before(tokens: list[_Token], mark: int) -> bool:
    """Another apposition mark within reach before the one at ``mark``: the phrase ending there is one of a chain
    (", Sergueï Lavrov, en déplacement à Antalya, en Turquie, a estimé")."""
    return any(tokens[m].value in _APPOSITION_MARKS for m in range(max(0, mark - _APPOSITION_SPAN), mark))


_NAME_PARTICLES = _words("von van der de da dos das du")  # "Ursula von der Leyen", "Luiz Inácio Lula da Silva"


def _honorific(token: _Token) -> bool:
    """A title or an initial before a name: "M.", "Mr", "Herr", "М." of "М.Захарова"."""
    return token.value in _HONORIFICS or len(token.value) == 1 and token.cap


_ELIDED = _words("l d qu n s c j lorsqu jusqu puisqu")  # French words ending in an apostrophe: "l'Etat"


def _gerund(tokens: list[_Token], verb: int, ukrainian: bool) -> bool:
    """A Russian or Ukrainian gerund: a listed one, or a Russian word ending in -в, which in Ukrainian is a past tense
    ("назвав": "having called" in Russian, "called" in Ukrainian). ``ukrainian``: the text is; otherwise a sentence
    with a Ukrainian letter is."""
    value = tokens[verb].value
    if value.endswith("в"):
        return not ukrainian and not any(_UKRAINIAN_LETTERS.intersection(t.value) for t in tokens)
    return value in _SLAVIC_GERUNDS


def _closing_subject(tokens: list[_Token], verb: int, context: _Context) -> tuple[str, int] | None:
    """The subject named in the nominative after a finite ``verb`` ("..., заявил пресс-секретарь Кремля Дмитрий
    Песков.", "..., сообщил Песков журналистам в среду: «...»"): whoever the sentence opens with, that one speaks.
    Not a name in another case ("..., назвав формулу мира Владимира Зеленского «...»"), nor after a Russian gerund,
    which has no subject of its own ("..., назвав Шойгу «...»": Ukrainian "заявив" is a past tense)."""
    if not any(t.kind == "M" for t in tokens[verb + 1:]):
        return None
    if _gerund(tokens, verb, context.ukrainian):
        return None
    right = _right_subject(tokens, verb, context)
    return right if right is not None and tokens[right[1]].kind == "M" and not tokens[right[1]].inflected else None


def _right_subject(tokens: list[_Token], verb: int, context: _Context) -> tuple[str, int] | None:
    verb_gender = _verb_gender(tokens[verb].value)
    best: tuple[str, int] | None = None
    addressee = False
    # ("написала в своем Telegram-канале официальный представитель МИД РФ Мария Захарова")
    look = _SLAVIC_LOOK if tokens[verb].value in _SLAVIC_VERBS else _LOOK
    first = verb + 1
    if tokens[verb].value in _PT_VERBS and first + 1 < len(tokens) and tokens[first].value == "," \
            and tokens[first + 1].value in _PREPOSITIONS:
        # a parenthetical before the subject: '"...", disse, por seu turno, o Presidente francês'
        closing = next((k for k in range(first + 2, min(len(tokens), first + 6)) if tokens[k].value == ","), None)
        if closing is not None and all(t.kind == "W" for t in tokens[first + 1:closing]):
            first = closing + 1
    if first + 1 < len(tokens) and (tokens[first].value in _ARTICLES or tokens[first].value in _FOREIGN_ARTICLES) \
            and tokens[first].value not in _TO_WHOM and tokens[first + 1].kind == "W" and tokens[first + 1].cap \
            and tokens[first + 1].value not in _TITLE_WORDS and _office_at(tokens, first + 1) is None \
            and not _nationality(tokens[first + 1].value) and tokens[first + 1].value not in _DEMONYM_NOUNS \
            and (first + 2 == len(tokens) or tokens[first + 2].value in _SENTENCE_MARKS):
        # a body or an outlet named by one word: "..., ha riferito il Cremlino.", "..., said the Kremlin." (not whom it
        # was said to, Portuguese "disse à Reuters", nor "sagte der Norweger")
        return _UNTRACKED, first + 1
    for i in range(first, min(len(tokens), first + _APPOSITION_SPAN)):
        token = tokens[i]
        if i >= first + look and best is None:
            break
        if token.value == "." and tokens[i - 1].kind == "W" and _honorific(tokens[i - 1]) or (
                token.kind == "W" and _honorific(token) and i + 1 < len(tokens)
                and (tokens[i + 1].value == "." or tokens[i + 1].kind == "M" or tokens[i + 1].cap)):
            continue  # "a écrit M. Zelensky", "said Mr Peskov", "сказала М.Захарова" (Interfax's initial)
        if token.kind == "P":
            if token.value in ("-", "'", "\u2019") and tokens[i - 1].end == token.start or token.value == "." \
                    and tokens[i - 1].end == token.start and i + 1 < len(tokens) and tokens[i + 1].start == token.end:
                continue  # inside a compound, an elision or a domain: "porte-parole", "de l'Alliance", "Formiche.net"
            # "a déclaré la porte-parole de la diplomatie russe, Maria Zakharova.": the name in apposition
            # (a first name the watchlist does not spell that way may come first: ", Andrí Yermak.")
            named = i + 1
            while named < min(len(tokens) - 1, i + 3) and tokens[named].kind == "W" and _name_like(tokens[named]):
                named += 1
            if (best is not None and token.value == "," and named < len(tokens) and tokens[named].kind == "M"
                    and (named + 1 == len(tokens) or tokens[named + 1].kind == "P")
                    and not _title_in_a_phrase(tokens[best[1] + 1:i])):
                # (not another title's: "ha asegurado el jefe de la diplomacia estadounidense en un encuentro con el
                # presidente ucraniano, Volodímir Zelenski")
                return tokens[named].value, named
        if token.kind in ("Q", "P"):
            break
        if token.kind == "M":
            if i > first and tokens[i - 1].value in ("a", "au", "aux") and tokens[verb].value in _FR_VERBS:
                # whom it was said to, after its subject: '« ... ? », a demandé un journaliste à Zelensky'
                return best if best is not None else (_UNTRACKED, first)
            if i > first + 1 and tokens[i - 1].value == "a" and tokens[i - 2].value in _CLOSE_TO:
                return best if best is not None else (_UNTRACKED, first)  # "un diplomatico vicino a Lavrov"
            before = i - 2 if i >= 2 and tokens[i - 1].value in ("'", "\u2019") else i - 1  # ("d'Emmanuel")
            if before > first + 1 and tokens[before].value in _OF \
                    and any(t.value in _ARTICLES or t.value in _FOREIGN_ARTICLES for t in tokens[first:before - 1]):
                # the official completes the subject: '« ... », a glissé le conseiller d'Emmanuel Macron'
                if i + 2 < len(tokens) and tokens[i + 1].value == "," and tokens[i + 2].kind == "M" \
                        and (i + 3 == len(tokens) or tokens[i + 3].kind == "P"):
                    return tokens[i + 2].value, i + 2  # (unless named: "le porte-parole de Poutine, Dmitri Peskov")
                return best if best is not None else (_UNTRACKED, first)
            return (token.value, i) if _valid_subject_mention(tokens, i) else best
        if token.kind == "W" and token.value in _PRONOUNS and i != first:
            break
        if tokens[verb].value in _PT_VERBS and (token.value in ("ao", "aos") or i + 1 < len(tokens)
                                                and tokens[i + 1].kind == "W" and _to_whom(token, tokens[i + 1])):
            addressee = True  # whom it was said to: "disse à Reuters", "disse aos jornalistas o porta-voz" (not
            continue  # "disse a porta-voz")
        if addressee and token.kind == "W" and token.value not in _PT_ARTICLES and token.value not in _ROLES:
            continue
        addressee = False
        subject = _subject_at(tokens, i, context, verb_gender)
        if subject is not None and best is None:
            best = (subject, i)
        if (token.value in _SPEECH_VERBS and _speech_verb(tokens, i)) or (token.kind == "W" and token.value in
                                                                         _COMPLEMENTIZERS):
            break
    group = _verb_group(tokens, verb)  # ("ha scritto il generale": the auxiliary first)
    if best is None and group > 0 and (tokens[group - 1].value == "," or tokens[group - 1].kind == "Q") \
            and first + 1 < len(tokens) and (
                tokens[verb].value in _EN_VERBS and (tokens[first].value in _ARTICLES
                                                     or tokens[first].value in _DETERMINERS)
                or tokens[verb].value not in _EN_VERBS and tokens[first].value in _UNAMBIGUOUS_ARTICLES):
        # someone untracked ending an inverted attribution: "..., said the mayor.", "..., said a senior Ukrainian
        # commander.", "..., dijo el alcalde de Járkov, Ígor Terejov" (a role noun there is resolved above: "said the
        # minister" may be the official; in the other languages a name must be in it: "disse o próprio", "ha
        # riferito il generale" may be someone named before)
        end = next((k for k in range(first + 1, min(len(tokens), first + 5)) if tokens[k].kind != "W"), len(tokens))
        if end > first + 1 and (end == len(tokens) or tokens[end].value in _SENTENCE_MARKS
                                or tokens[end].value == ",") \
                and (tokens[verb].value in _EN_VERBS or any(t.cap for t in tokens[first + 1:end])):
            return _UNTRACKED, end - 1
    return best


def _title_in_a_phrase(between: list[_Token]) -> bool:
    """A title in a phrase other than the subject's complement comes between the subject and a name in apposition,
    which is then that title's: "... in a meeting with the Ukrainian president, Zelensky" (not "the head of the
    office of the president, Yermak", "the Secretary-General of the UN, Guterres")."""
    title = next((k for k, t in enumerate(between) if t.value in _TITLE_WORDS), None)
    return title is not None and any(t.value in _PREPOSITIONS and t.value not in _OF and t.value not in _ATTACHED
                                     for t in between[:title])


# Prepositions attaching a role to whom it serves: "the adviser to the president", "le conseiller auprès du président"
_ATTACHED = _words(fold("to auprès junto para au aux zum zur"))

_FOREIGN_PASSIVES = _words(fold("été wurde worden wird"))
_PROSPECTS = _words("expected due set likely scheduled going plans planned intends intended")


# Who reports on an official's behalf without being them: "according to a source close to Peskov".
_INTERMEDIARIES = _words(fold("""source sources people person persons someone insider insiders aide aides ally allies
associate associates friend friends report reports document documents officials diplomats outlet media newspaper
agency источник источники источника человек собеседник люди соратник джерело джерела fonte fontes pessoa pessoas
documento documentos relatório relatórios aliado aliados assessores analistas especialistas jornal agência imprensa
entourage proches proche conseillers collaborateurs équipe camp umfeld vertraute vertrauten berater entorno allegados
cercanos asesores círculo окружение окружения соратники приближенные оточення"""))


def _names_the_source(tokens: list[_Token], start: int, end: int) -> bool:
    """The words after "according to" up to ``end`` only introduce the person ("according to the Foreign
    Ministry spokeswoman", "according to the spokesman for the Kremlin"), not someone near them ("according to
    a source close to Peskov", "people familiar with")."""
    return not any(t.kind == "W" and (t.value in _INTERMEDIARIES or t.value in _PREPOSITIONS
                                      and t.value not in _OF)
                   for t in tokens[start:end])


def _prospective(tokens: list[_Token], verb: int) -> bool:
    """A statement not made yet: "is expected to say", "will comment", "is due to announce"."""
    k = verb - 1
    if k >= 0 and tokens[k].value in _ADVERBIALS:
        k -= 1  # "will also say"
    if k < 0 or tokens[k].kind != "W":
        return False
    if tokens[k].value in _MODALS:
        return True
    return tokens[k].value == "to" and k > 0 and tokens[k - 1].value in _PROSPECTS


def _not_speech(tokens: list[_Token], verb: int) -> bool:
    """A speech verb used for something else: the passive ("Zakharova was condemned by Kyiv", "Blinken was
    warned that ...": the subject is not the speaker), or an action ("Zelensky called the Polish president",
    "Putin dismissed Sergei Shoigu")."""
    word = tokens[verb].value
    if word not in _EN_VERBS:
        if word in _FR_VERBS and verb >= 2 and tokens[verb - 2].value in _FOREIGN_ARTICLES \
                and tokens[verb - 1].kind == "W" and not tokens[verb - 1].cap and tokens[verb - 1].value not in _ROLES:
            return True  # a participle describing a noun: "le déploiement annoncé de missiles"
        group = _verb_group(tokens, verb)
        if word in _DECLARED and (group < verb and tokens[group].value == "se"
                                  or [t.value for t in tokens[verb + 1:verb + 3]] == ["-", "se"]):
            return True  # "declarou-se chocado", Spanish "se ha declarado «conmocionado»": how they said they were
        if word in _PT_PARTICIPLES:  # the passive: "Lavrov foi (duramente) criticado por Kiev"
            k = verb - 1 if verb > 0 and not tokens[verb - 1].value.endswith("mente") else verb - 2
            return k >= 0 and tokens[k].value in _PT_PASSIVES or verb + 1 < len(tokens) \
                and tokens[verb + 1].value in _PT_AGENTS
        # "Macron a été averti que ...", "Scholz wurde kritisiert": the subject is spoken to or about
        return verb > 0 and tokens[verb - 1].value in _FOREIGN_PASSIVES and (word in _FR_VERBS or word in _DE_VERBS)
    following = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if (following is not None and following.value == "by" and word.endswith("ed")
            and not (verb + 2 < len(tokens) and tokens[verb + 2].value in _BY_MEANS)):
        return True  # "condemned by Kyiv", not "said by video link" or "stressed by phone"
    if verb > 0 and tokens[verb - 1].value in _PASSIVE_AUXILIARIES and not word.endswith("ing"):
        return True
    if word in _ACTION_VERBS:
        return _action_on_a_person(tokens, verb)
    return False


def _action_on_a_person(tokens: list[_Token], verb: int) -> bool:
    """"called"/"dismissed" with a person as the object, and nothing describing them after the name: "called
    the Polish president on Tuesday", "called President Biden to thank him", "dismissed Shoigu as defence
    minister". "called Putin a war criminal", "called NATO and the EU accomplices", "dismissed Kuleba's remarks",
    "dismissed Zelensky as illegitimate" and "called for" are speech."""
    k = verb + 1
    while k < len(tokens) and tokens[k].value in _ARTICLES:
        k += 1
    if k >= len(tokens) or not _in_name(tokens, k):
        return False
    while k < len(tokens):  # the object's noun phrase: names, titles, "of", "and" between them, "U.S."
        token = tokens[k]
        if _in_name(tokens, k) or (token.value == "." and tokens[k - 1].kind == "W"):
            k += 1
        elif (token.value in _NAME_JOINERS and k + 1 < len(tokens)
              and (_in_name(tokens, k + 1) or tokens[k + 1].value in _DETERMINERS)):
            k += 1
        elif token.value in _DETERMINERS and k + 1 < len(tokens) and _in_name(tokens, k + 1):
            k += 1
        else:
            break
    if k >= len(tokens):
        return True
    after = tokens[k]
    if after.kind == "Q" or after.value in ("a", "an", "'", "\u2019"):
        return False
    if after.value == "as":  # "as defence minister" (an office) or "as illegitimate", "as a politician"
        if k + 1 < len(tokens) and tokens[k + 1].value in ("a", "an"):
            return False
        office = next((t for t in tokens[k + 1:k + 4] if t.value in _TITLES or t.value in _ROLES
                       or t.value in _OFFICES), None)
        return office is not None
    return not (after.kind == "W" and after.value not in _PREPOSITIONS and after.value not in _NOT_OBJECT_COMPLEMENT)


def _in_name(tokens: list[_Token], k: int) -> bool:
    token = tokens[k]
    return token.kind == "M" or (token.kind == "W" and (token.cap or token.value in _TITLES))


def _according_role(tokens: list[_Token], according: int, phrase: int, context: _Context) -> _Speaker | None:
    """"According to the spokeswoman, ...", "По словам дипломата, ...": a lowercase role noun, and no name,
    before the first comma of the phrase, resolved to a tracked official named recently."""
    for k in range(according + phrase, min(len(tokens), according + phrase + _LOOK)):
        token = tokens[k]
        if token.kind != "W":
            return None  # a name, a quote or the end of the phrase comes first
        if (k == according + phrase and token.value in _STRESSED_PRONOUNS and k + 1 < len(tokens)
                and tokens[k + 1].value == ","):
            official_id = context.resolve(tokens, k, _STRESSED_PRONOUNS[token.value], None)
            return _Speaker(official_id, according, k, "according") if official_id else None
        role = _ROLE_GENITIVES.get(token.value, token.value)
        qualifiers: tuple[str, ...] = ()
        hyphenated = token.value == "porta" and [t.value for t in tokens[k + 1:k + 3]] == ["-", "voz"]
        if hyphenated or token.value == "portavoz":  # (Spanish "Según el portavoz del Kremlin, ...")
            k, role = k + 2 if hyphenated else k, "spokesperson"  # "Segundo o porta-voz, ..."
            comma = next((m for m in range(k + 1, min(len(tokens), k + 8)) if tokens[m].kind != "W"), None)
            # (Spanish "de la" reads "de a")
            of = 2 if k + 2 < len(tokens) and tokens[k + 1].value == "de" and tokens[k + 2].value in _PT_ARTICLES \
                else 1 if k + 1 < len(tokens) and tokens[k + 1].value in ("do", "da") else 0
            if comma is not None and comma > k + of and of and tokens[comma].value == ",":
                # "Segundo o porta-voz do Kremlin, ...", "Segundo a porta-voz da chancelaria russa, ..."
                qualifiers = tuple(t.value for t in tokens[k + 1 + of:comma] if t.cap or _nationality(t.value))
                k = comma - 1
        elif role == "chefe" and (office := _office_at(tokens, k)) is not None:  # "Para o chefe da diplomacia russa,"
            role, k = office[0], office[1] - 1
        if role in _ROLES and (not token.cap or _CYRILLIC_START.match(token.value)  # ("За словами Президента")
                               or k > 0 and tokens[k - 1].value in ("o", "a")):  # ("Segundo o Presidente francês")
            # "selon le président russe,", Spanish "según el portavoz presidencial,": a word of the role
            qualifier = k + 1 < len(tokens) and tokens[k + 1].kind == "W" and (
                _nationality(tokens[k + 1].value) or not tokens[k + 1].cap and tokens[k + 1].value not in _PREPOSITIONS)
            if k + 1 < len(tokens) and tokens[k + 1].value != "," and not (
                    qualifier and k + 2 < len(tokens) and tokens[k + 2].value == ","):
                return None  # "according to the minister's office", "according to the president of ..."
            role_words, gender = _ROLES[role]
            gender = gender or _ARTICLE_GENDERS.get(tokens[k - 1].value)  # "selon la présidente"
            # a nationality before the role noun qualifies it too: "по словам французского лидера"
            before = tuple(t.value for t in tokens[according + phrase:k] if _nationality(t.value))
            official_id = context.resolve(tokens, k, gender, role_words,
                                          ((tokens[k + 1].value,) if qualifier else qualifiers) + before)
            # (the phrase ends with its qualifier)
            return _Speaker(official_id, according, k + 1 if qualifier else k, "according") if official_id else None
    return None


def _countries_after_office(tokens: list[_Token], verb: int) -> tuple[str, ...] | None:
    """The countries named in the role or office phrase opening the sentence, up to its first predicate ("Глава МИД
    России прибыл" -> ("россии",)); None when someone is named in it ("Глава МИД Китая Ван И прибыл", "Министр
    иностранных дел Китая Ван Ицзе") or a capitalised word is neither an institution nor a country."""
    countries: list[str] = []
    for token in tokens[1:verb]:
        if token.kind != "W" or _predicate_like(token.value):
            break
        if not token.cap or token.value in _INSTITUTIONS_OF_OFFICES:
            continue
        if not _slavic_country(token):
            return None
        countries.append(token.value)
    return tuple(countries)


def _predicate_like(word: str) -> bool:
    """A Russian or Ukrainian word that reads as a past-tense verb ("прибыл", "подякував", "прибув")."""
    return _slavic_past_tense(word) or len(word) >= 5 and word.endswith(("ав", "ив", "ів", "ув")) \
        and bool(_CYRILLIC_START.match(word))


def _slavic_according_role(tokens: list[_Token], according: int, phrase: int,
                           context: _Context) -> _Speaker | None:
    """"По словам главы государства, ...", "по мнению представителя Кремля,", "за словами речника МЗС,": a Russian or
    Ukrainian role noun in the genitive with its complement (no name), up to the phrase's comma, resolved to a tracked
    official named recently."""
    k = according + phrase
    if k + 1 >= len(tokens) or not _CYRILLIC_START.match(tokens[k].value):
        return None
    head, role_index = tokens[k].value, k
    if k + 2 < len(tokens) and tokens[k + 1].value == "-" and (head, tokens[k + 2].value) in _HYPHENATED_ROLES:
        role_index = k + 2
        role = _HYPHENATED_ROLES[head, tokens[k + 2].value]  # "пресс-секретаря"
    elif (office := _office_at(tokens, k)) is not None:
        role = office[0]  # "главы государства", "главы российской дипломатии"
    else:
        role = _ROLE_GENITIVES.get(head, "")
    if role not in _ROLES:
        return None
    comma = next((m for m in range(role_index + 1, min(len(tokens), role_index + 5)) if tokens[m].kind != "W"), None)
    if comma is None or tokens[comma].value != ",":
        return None  # a name, a quote or more words than a complement ("по словам министра, который ...")
    qualifiers = list(_role_phrase(tokens, role_index)[1])
    for token in tokens[role_index + 1:comma]:
        if token.cap and token.value not in _INSTITUTIONS_OF_OFFICES and token.value not in _TITLE_WORDS \
                and token.value not in _ROLE_GENITIVES:
            if not (_slavic_country(token) or _nationality(token.value)):
                return None  # someone else's office: "по словам лидера ЛДПР", "главы МИД Китая"
            qualifiers.append(token.value)  # "президента Польши": the country must be the official's
    role_words, gender = _ROLES[role]
    official_id = context.resolve(tokens, k, gender, role_words, tuple(qualifiers))
    return _Speaker(official_id, according, comma - 1, "according") if official_id else None


def _after_preposition(tokens: list[_Token], index: int) -> bool:
    """The mention at ``index``, with its title, is a preposition's object: "with President Volodymyr Zelenskyy"."""
    k = index - 1
    while k >= 0 and tokens[k].kind == "W" and (tokens[k].cap or tokens[k].value in _TITLE_WORDS):
        k -= 1
    return k >= 0 and tokens[k].kind == "W" and tokens[k].value in _PREPOSITIONS


def _opens_sentence(tokens: list[_Token], index: int) -> bool:
    """The mention at ``index``, with its title ("Kremlin spokesman Dmitry Peskov", "Germany's Olaf Scholz"), opens
    the sentence (not "After Putin's speech")."""
    return all(_title_phrase_word(t) or _possessive(tokens, k) for k, t in enumerate(tokens[:index]))


def _coordinated(tokens: list[_Token], index: int) -> bool:
    """``index`` opens a coordinated clause: ", and she replied", ", but said", ", но сказал", "but said"."""
    index = _verb_group(tokens, index)  # (Portuguese "mas tinha dito", Spanish "pero ha escrito")
    return index >= 2 and (tokens[index - 1].value in _COORDINATORS and tokens[index - 2].value == ","
                           or tokens[index - 1].value in _BUT)


def _opening_role_phrase(tokens: list[_Token], index: int) -> bool:
    """The role noun at ``index`` ends the noun phrase that opens the sentence ("The Russian foreign minister
    said")."""
    return (tokens[index].value in _ROLES and index <= _ROLE_PHRASE_SPAN
            and all(t.kind == "W" and not _speech_verb(tokens, k) or _possessive(tokens, k)  # "The Kremlin's"
                    for k, t in enumerate(tokens[:index])))


def _after_opening_phrase(tokens: list[_Token], index: int) -> bool:
    """The subject at ``index`` follows an opening adverbial phrase and its comma: "Speaking in Berlin on Monday,
    he said ...", "Asked about the talks, she said ...", "Отвечая на вопрос, представитель Кремля заявил"; a
    pronoun also after a prepositional phrase without one ("В феврале в послании ... он заявлял"), a role noun after
    any short one ("Plus prudent, le chancelier allemand a rappelé")."""
    begin = _source_prefix_end(tokens)  # (after "Як повідомляв Укрінформ,")
    slavic = bool(_CYRILLIC_START.match(tokens[index].value))
    if (index - begin <= _SLAVIC_LOOK + (4 if slavic else 0) and begin < index
            and (_adverbial(tokens[begin]) or slavic and tokens[begin].value.isdigit())
            and (tokens[index].value in _PRONOUNS or (begin > 0 or not slavic and index - begin > 1
                                                      and tokens[index - 1].value in _FOREIGN_ARTICLES)
                 and tokens[index].value in _ROLES)
            and all(t.kind == "W" and not _speech_verb(tokens, k) or _name_quote(tokens, k) or _inside_word(tokens, k)
                    for k, t in enumerate(tokens[begin:index], begin))):
        # without a comma: "В феврале в послании Федеральному собранию он заявлял, что ...", "14 березня в інтерв'ю
        # телеканалам TF1 і France 2 він пояснив", "наприкінці січня в інтерв'ю виданню «Аргументы и недели» він"
        return True
    comma = index - 1
    joined = 0  # marks inside a word: "porte-parole" is one word
    # (a compound role without a complement or with the Kremlin's: "le porte-parole du Kremlin", "прес-секретар
    # Кремля"; not "du Pentagone", "Білого дому")
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    complement = (tokens[index + 2] if following is not None and following.value in _OF and index + 2 < len(tokens)
                  else following if following is not None and following.kind == "W" and following.cap else None)
    while comma > 0 and index - comma - joined <= 3 and (
            _inside_word(tokens, comma) and (tokens[comma - 1].value, tokens[comma + 1].value) in _HYPHENATED_ROLES
            and (complement is None or complement.value in ("kremlin", "кремля")) and (joined := joined + 2)
            or tokens[comma].kind == "W" and (not tokens[comma].cap or tokens[index].value in _ROLES
                                              or _office_at(tokens, index) is not None)):
        comma -= 1  # "Speaking in Moscow, the veteran diplomat said", "..., the French president acknowledged",
        # "Mardi, le porte-parole du Kremlin a jugé"
    if comma < 1 or tokens[comma].value != ",":
        return False
    if comma + 1 == _opening_adverbials_end(tokens):
        return True  # phrases naming no one: "Mais tarde, em conferência de imprensa, o ministro garantiu que"
    if comma <= 3 and tokens[index].value in _ROLES and all(
            t.kind == "W" and not _speech_verb(tokens, k) for k, t in enumerate(tokens[:comma])):
        return True  # a short opening phrase: "Plus prudent, le chancelier allemand a rappelé que"
    opener = tokens[0].value
    if any(t.value == "," for t in tokens[:comma]) and not (
            opener in _TAIL_PREPOSITIONS and not any(t.kind in ("M", "Q") or _speech_verb(tokens, k)
                                                     for k, t in enumerate(tokens[:comma]))):
        return False  # (a prepositional phrase may have commas: "Au lendemain de ..., lundi 26 février, le président",
        # "На вопрос, когда ..., президент ответил")
    return opener in _PHRASE_OPENERS or opener in _TAIL_PREPOSITIONS or opener.endswith(_PARTICIPLE_ENDINGS)


# Qualifiers that make a role someone else's: "the former president", "le vice-chancelier"
_OTHER_HOLDERS = _words(fold("former ex vice deputy acting late ancien ancienne antigo antiga expresidente"))


def _bare_opening_role(tokens: list[_Token], verb: int) -> int | None:
    """The role noun of an article, at most one adjective or nationality and the role, opening the sentence with
    no complement ("The Russian leader even borrowed ...", "In the same speech, the Russian president set out ...",
    not "The president of the European Commission", "The former president", "El presidente del Gobierno español"),
    before ``verb``."""
    first = _opening_adverbials_end(tokens) or 0  # (past where and when)
    if not (len(tokens) > first + 3 and (tokens[first].value in _ARTICLES or tokens[first].value in _FOREIGN_ARTICLES)):
        return None
    role = first + 1 if tokens[first + 1].value in _ROLES else first + 2 if tokens[first + 2].value in _ROLES else None
    if role is None or role + 1 >= verb:
        return None
    if role == first + 2 and (tokens[first + 1].kind != "W" or tokens[first + 1].value in _OTHER_HOLDERS
                              or tokens[first + 1].cap and _nationality(tokens[first + 1].value) is None):
        return None
    following = tokens[role + 1]
    if following.kind != "W" or following.cap or following.value in _OF or following.value in _OTHER_HOLDERS:
        return None
    return role


def _coordinated_with_subject(tokens: list[_Token], mention: int, verb: int) -> bool:
    """The speech verb at ``verb`` follows a bare "and" or "but" and shares the subject that opens the sentence, the
    official at ``mention``: "Putin signed the treaties ... and declared that", "O Presidente russo, Vladimir Putin,
    assinou ... e declarou que", "Zelensky thanked Macron but said" (another official named between is the first
    verb's object); not inside a relative clause about someone else ("met the governor, who briefed him and said"),
    nor after a quote (a scare quote does not count: 'ha calificado de «histeria» la reacción y ha afirmado que')."""
    verb = _verb_group(tokens, verb)  # "Lavrov ha comparecido ... y ha asegurado que"
    if mention >= verb - 1 or tokens[verb - 1].value not in _COPULATIVE and tokens[verb - 1].value not in _BUT:
        return False
    if _after_perfect(tokens, mention):
        return False  # "Una donna ha incontrato Zelensky e ha detto che": the name is the first verb's object
    between = tokens[mention + 1:verb]
    official_between = next((k for k in range(mention + 1, verb) if tokens[k].kind == "M"), verb)
    if any(t.kind == "Q" and t.end - t.start > _NAME_QUOTE_CHARS for t in between) or any(
            tokens[k - 1].value == "," and (_relative_at(tokens, k) or tokens[k].value in _RELATIVE_PRONOUNS)
            or tokens[verb - 1].value in _BUT and tokens[k].value in _RELATIVE_PRONOUNS
            for k in range(mention + 2, verb)) or official_between < verb and any(
            tokens[k].value in _SUBORDINATORS for k in range(mention + 1, official_between)):
        # (nor the official of a clause of its own: "Putin watched as Lavrov took the floor and said", "Zelensky
        # listened while Macron spoke and said")
        # (nor a "but" that goes on with a relative clause: "Poutine a reçu des diplomates chinois qui n'ont rien
        # obtenu, mais ont affirmé que")
        return False
    return _opens_sentence(tokens, mention) or _sentence_subject(tokens) == tokens[mention].value \
        or _opening_subject(tokens) == tokens[mention].value  # "Por su parte, Kuleba agradeció el apoyo y dijo que"


def _after_perfect(tokens: list[_Token], k: int) -> bool:
    """The word at ``k`` follows a perfect's participle, as its object: Italian "ha incontrato Zelensky", Spanish "ha
    recibido a Zelenski", Portuguese "tem recebido Zelensky"."""
    if k >= 3 and tokens[k - 1].value == "a":
        k -= 1  # (Spanish puts "a" before a person)
    return k >= 2 and tokens[k - 2].value in _IBERIAN_AUXILIARIES and tokens[k - 1].kind == "W"


def _object_of_untracked(tokens: list[_Token], mention: int) -> bool:
    """The mention at ``mention`` follows the verb of someone untracked who opens the sentence: "Bujar Osmani, who
    chaired the meeting, defended the decision to invite Lavrov, saying ...", "Trudeau welcomed Zelensky to Ottawa,
    saying ...": the participle is theirs."""
    if _opens_sentence(tokens, mention):
        return False  # (with its title: "Foreign ministry spokeswoman Maria Zakharova went further, saying")
    subject = _sentence_subject(tokens)
    if subject is False:
        opening = _opening_adverbials_end(tokens)
        subject = _sentence_subject(tokens[opening:]) if opening else False
        first = opening or 0
    else:
        first = 0
    if subject is False:  # a name without a title: one or two capitalised words before a lowercase verb
        k = first
        while k < mention and k - first < 3 and tokens[k].kind == "W" and _name_like(tokens[k]) \
                and _country_stem(tokens[k].value) is None:
            k += 1  # (not a nationality: "Ukrainian President ...")
        if not (first < k < mention and tokens[k].kind == "W" and not tokens[k].cap
                and (tokens[k].value.endswith("ed") or tokens[k].value in _IRREGULAR_PAST)
                and tokens[first].value not in _SENTENCE_ADVERBIALS and tokens[first].value not in _ARTICLES
                and not any(t.value in _TITLE_WORDS for t in tokens[first:mention])):
            return False  # (not a title phrase, "Foreign ministry spokeswoman Maria Zakharova", nor when, "Last week
            # Lavrov toured Africa": the name's verb in the past tense)
        subject = None
    return subject is None and any(t.kind == "W" and not t.cap and t.value not in _PREPOSITIONS
                                   for t in tokens[first:mention])


def _opening_subject(tokens: list[_Token]) -> str | None | bool:
    """The subject after opening adverbials ("Por su parte, Kuleba", "Desde Moscú, la portavoz de Exteriores, María
    Zajárova,"), as ``_sentence_subject`` gives it; False when no adverbial opens the sentence."""
    after = _opening_adverbials_end(tokens)
    if not after:
        return False
    return tokens[after].value if tokens[after].kind == "M" else _sentence_subject(tokens[after:])


def _coordinated_pronoun(tokens: list[_Token], speaker: _Speaker) -> bool:
    """A pronoun or role noun opening a coordinated clause that refers to the official opening the sentence:
    "Zakharova was asked about it, and she replied that ..."."""
    return _coordinated(tokens, speaker.subject) and any(
        t.kind == "M" and t.value == speaker.official_id and _opens_sentence(tokens, k)
        for k, t in enumerate(tokens[:speaker.subject]))


def _opens_clause(tokens: list[_Token], index: int) -> bool:
    """The mention at ``index``, with its title ("U.S. Secretary of State"), follows a clause opener."""
    k = index - 1
    while k >= 0 and (tokens[k].kind == "W" and (tokens[k].cap or tokens[k].value in ("of", "the")
                                                 or tokens[k].value in _TITLE_WORDS)
                      or tokens[k].value == "."):
        k -= 1
    return k >= 0 and tokens[k].value in _CLAUSE_OPENERS


_DOCUMENTS = _words("statement post message letter article op-ed column communique tweet remarks")


def _author_of_document(tokens: list[_Token], verb: int) -> int | None:
    """The official whose statement is the subject: "Zakharova's statement said", "Lavrov's letter warned"."""
    if (verb >= 4 and tokens[verb - 1].value in _DOCUMENTS and tokens[verb - 2].value == "s"
            and tokens[verb - 3].value in ("'", "\u2019") and tokens[verb - 4].kind == "M"):
        return verb - 4
    return None


def _common_noun_subject(tokens: list[_Token], verb: int) -> bool:
    """A subject that is neither a name nor a role noun: "the deputy said", "his aide said", and a plural
    after a quote or comma ('"...," officials said')."""
    if verb < 2 or tokens[verb - 1].kind != "W" or tokens[verb - 1].value in _ADVERBIALS \
            or tokens[verb - 1].value in _BUT or tokens[verb - 1].value in _CLITICS and tokens[verb].value in _PT_VERBS:
        return False  # (", mas disse que": Portuguese "but", not a plural; Spanish '"...", les dijo': to them)
    if _verb_group(tokens, verb) < verb:
        return False  # a French auxiliary and an adverb: '« ... », a toutefois déclaré' ("a" is no article there)
    before = tokens[verb - 2]
    if before.kind == "W" and (before.value in _ARTICLES or before.value in _DETERMINERS):
        return True
    word = tokens[verb - 1]
    return (not word.cap and word.value.endswith("s") and word.value not in _EN_VERBS
            and (before.kind == "Q" or before.value == ",")) or _described_common_noun(tokens, verb)


def _described_common_noun(tokens: list[_Token], verb: int) -> bool:
    """A common noun subject with a word or two, or a possessor, before it, after a comma or quote: ", the regional
    governor said", ", a senior Ukrainian commander said", ", the city's mayor said", ", Kharkiv's governor said"
    (English: Portuguese "a" is also an article, Spanish "a" "to")."""
    if tokens[verb].value not in _EN_VERBS:
        return False
    k = verb - 2
    if k >= 3 and tokens[k].value == "s" and tokens[k - 1].value in ("'", "\u2019") and tokens[k - 2].kind == "W":
        k -= 2  # the possessor
        start = k - 1 if tokens[k - 1].value in _ARTICLES else k
    else:
        while k >= 1 and verb - k <= 3 and tokens[k].kind == "W" and tokens[k].value not in _ARTICLES \
                and tokens[k].value not in _DETERMINERS and tokens[k].value not in _ADVERBIALS \
                and tokens[k].value not in _COMPLEMENTIZERS and tokens[k].value not in _EN_VERBS \
                and not tokens[k].value.endswith("ly"):
            k -= 1
        if k == verb - 2 or tokens[k].value not in _ARTICLES and tokens[k].value not in _DETERMINERS:
            return False
        start = k
    return start >= 1 and (tokens[start - 1].kind == "Q" or tokens[start - 1].value == ",")


def _norwegian_subject_after(tokens: list[_Token], verb: int) -> bool:
    """Norwegian puts the subject after the verb in second place with a title before the name, no article: "sier
    finansministeren at", "Mandag sa Kreml-talsperson Dmitrij Peskov at", "sa Russlands president Vladimir Putin at"
    (not "sa til Putin at": the one spoken to)."""
    for token in tokens[verb + 1:verb + 6]:
        if token.kind == "M" or token.value in _ROLES:
            return True
        if token.kind != "W" and token.value != "-" or token.value in _PREPOSITIONS:
            return False
    return False


_DE_ARTICLES = _words("der die ein eine")  # before a subject after the verb: "sagte der Kanzler"

# German compound titles end with their role: "Kremlsprecher", "Außenamtssprecherin", "US-Außenminister" (folded).
_DE_TITLE_ENDINGS = tuple(fold("""sprecher sprecherin minister ministerin präsident präsidentin chef chefin kanzler
kanzlerin berater beraterin generalsekretär""").split())


def _german_title_before_name(tokens: list[_Token], k: int) -> bool:
    """A German title right after the verb, then the official, who is the subject: "..., sagte Kremlsprecher Dmitri
    Peskow", "In Moskau wies Außenamtssprecherin Maria Sacharowa ... zurück" (not "sagte Merz Selenskyj Hilfe zu":
    Merz is no title; not "Erdogan sagte Kremlchef Putin, ...": someone else is first, the official the addressee)."""
    verb = k - 1
    if not (verb == 0 or tokens[verb - 1].value in _CLAUSE_MARKS or tokens[verb - 1].kind == "Q"
            or tokens[0].value in _DE_PREPOSITIONS or tokens[0].value in _DE_FIRST_ADVERBS):
        return False
    while k + 1 < len(tokens) and tokens[k + 1].value == "-" and tokens[k].end == tokens[k + 1].start:
        k += 2  # "US-Außenminister"
    return (k + 1 < len(tokens) and tokens[k].kind == "W" and tokens[k].cap and tokens[k + 1].kind == "M"
            and tokens[k].value.endswith(_DE_TITLE_ENDINGS))


def _german_subject_before(tokens: list[_Token], verb: int) -> bool:
    """A person in the first position before a German verb ("US-Präsident Joe Biden versicherte Selenskyj, ...",
    "Lawrow warf Blinken vor, ..."): the name after the verb is then its object, not its subject."""
    if any(t.value in _DE_PREPOSITIONS or t.value in _SENTENCE_ADVERBIALS or t.value == "," for t in tokens[:verb]):
        return False  # "Bei einem Treffen mit Dmytro Kuleba versicherte Blinken": the first position is not a person
    return verb >= 1 and tokens[verb - 1].kind == "M" or verb >= 3 and all(
        tokens[k].kind == "W" and _name_like(tokens[k]) for k in (verb - 1, verb - 2)) and (
        tokens[verb - 3].value in _ROLES or tokens[verb - 3].value in _TITLES)  # (not "Gestern Abend sagte Scholz")


# How a view opens after "Pour X,": "c'est", "il s'agit", "il faut", "cela".
_VIEW_OPENERS = _words(fold("c ce il cela ça"))


def _comme_source(tokens: list[_Token], index: int, context: _Context) -> _Speaker | None:
    """French "Comme l'a déclaré Dmitri Peskov, ...", "Comme l'avait souligné Macron le 12 février, ..." opening the
    sentence at ``index``, and Portuguese "Como disse Lavrov, ...", Spanish "Como ha dicho ...", Italian "Come ha
    spiegato Peskov, ...": the official named after the verb speaks the main clause after the comma."""
    k = index + 1
    if k + 1 < len(tokens) and tokens[k].value == "l" and tokens[k + 1].value in ("'", "\u2019"):
        k += 2
    if k < len(tokens) and (tokens[k].value in _FR_AUXILIARIES or tokens[k].value in _IBERIAN_AUXILIARIES):
        k += 1
    if k + 1 >= len(tokens):
        return None
    french = tokens[index].value == "comme"
    if french:
        if tokens[k].value in _FR_VERBS and tokens[k + 1].kind == "M":
            return _Speaker(tokens[k + 1].value, k, k + 1, "right")
        return None
    # Only a verb of saying: not a request or promise granted ("Como pediu Zelensky, os aliados enviaram ..."), an
    # answer, or a question ("Como respondeu Zelensky às críticas?")
    if tokens[k].value not in _SAY_VERBS or tokens[k].value in _RESPONSE_VERBS or any(t.value == "?" for t in tokens):
        return None
    # the name, or a role after when ("Come ha detto venerdì lo stesso capo del Cremlino, Mosca è pronta ...")
    subject = (tokens[k + 1].value, k + 1) if tokens[k + 1].kind == "M" else _right_subject(tokens, k, context)
    if subject is None or subject[0] == _UNTRACKED or tokens[subject[1] - 1].value in _TO_WHOM:
        return None  # (nor whom it was said to: "Como disse o presidente americano a Putin, ...")
    comma = next((m for m in range(subject[1] + 1, len(tokens))
                  if tokens[m].kind != "W" and not _inside_word(tokens, m)), None)  # ("segunda-feira")
    if comma is None or tokens[comma].value != ",":
        return None  # (whom, where and when may come before the comma: "Como disse Lavrov a jornalistas em Délhi,")
    if any(t.value in _SPEECH_VERBS or t.value in _ACCORDING_WORDS for t in tokens[comma + 1:]):
        return None  # ("Como anunciou Zelensky, Kiev recebeu os F-16, disse Kuleba": whose words are unclear)
    return _Speaker(subject[0], k, subject[1], "right")


def _opening_word(tokens: list[_Token], index: int) -> bool:
    """The word at ``index`` opens the sentence, or follows only a coordinator ("Mas para Lavrov, ...")."""
    return index == 0 or index == 1 and (tokens[0].value in _COORDINATORS or tokens[0].value in _BUT)


def _pour_view(tokens: list[_Token]) -> bool:
    """French "Pour X, ..." gives X's view when the sentence quotes ("Pour Peskov, le discours est « ... »") or the
    clause opens like one ("Pour Zelensky, il s'agit ...", "c'est ..."): otherwise it is the writer's narration
    ("Pour Emmanuel Macron, l'équation s'annonce délicate")."""
    if any(t.kind == "Q" for t in tokens):
        return True
    comma = next((k for k, t in enumerate(tokens) if t.value == ","), None)
    return comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].value in _VIEW_OPENERS \
        and not (comma > 1 and _relative_pronoun(tokens[comma - 1].value))


def _d_apres(tokens: list[_Token], index: int) -> bool:
    """French "d'après" (according to), not "après" (after)."""
    return (tokens[index].value == "apres" and index >= 2 and tokens[index - 1].value in ("'", "\u2019")
            and tokens[index - 2].value == "d")


def _perfect_auxiliary(tokens: list[_Token], verb: int) -> int:
    """The auxiliary of a German participle ("Selenskyj hat in einem Interview gesagt, ..."): its subject is
    left of the auxiliary. ``verb`` itself otherwise."""
    if tokens[verb].value in _DE_VERBS:
        for k in range(verb - 1, max(-1, verb - 16), -1):
            if tokens[k].kind != "W" and tokens[k].kind != "M" and not (
                    tokens[k].value == "-" and tokens[k - 1].end == tokens[k].start  # "Taurus-Marschflugkörpern"
                    or _date_dot(tokens, k)):  # "hatte am 26. Februar erklärt"
                break
            if tokens[k].value in _DE_AUXILIARIES:
                return k
    return verb


def _source_prefix_end(tokens: list[_Token]) -> int:
    """Where the sentence begins after an outlet's "as reported" opening it ("Как сообщал ТАСС, ...", "Як повідомляв
    Укрінформ, ..."): its verb is the outlet's, not the statement's. 0 when there is none, or an official is named
    in it ("Как сообщила Захарова, ..." attributes)."""
    if len(tokens) < 4 or tokens[0].value not in _AS or not _speech_verb(tokens, 1):
        return 0
    for k in range(2, min(len(tokens), 8)):
        if tokens[k].value == "," and k > 2:
            return k + 1
        if tokens[k].kind != "W" or not _name_like(tokens[k]) or tokens[k].value in _TITLE_WORDS:
            return 0  # (only an outlet's name: "Как отметила дипломат, ..." is the diplomat speaking)
    return 0


_AS = _words(fold("как як"))


_STATEMENT_NOUNS = _words(fold("""заявление заявления слова высказывание высказывания утверждение утверждения заяву
заяви слова висловлювання твердження"""))
_ABOUT_THAT = (("о", "том", ",", "что"), ("про", "те", ",", "що"))


def _opens_with_back_reference(tokens: list[_Token], verb: int) -> bool:
    """The sentence opens with a reference back to the one before, which the speech verb at ``verb`` attributes: "Об
    этом (в Пхеньяне ...) заявил Шойгу", "Lo ha (poi) affermato Zakharova"."""
    if len(tokens) < 3 or (tokens[0].value, tokens[1].value) not in _ABOUT_IT:
        return False
    if (tokens[0].value, tokens[1].value) == _IT_SAID:
        return tokens[verb].value in _SAY_VERBS and all(t.value in _PERFECT_ADVERBS for t in tokens[2:verb])
    return True


def _thus_commented(tokens: list[_Token], speaker: _Speaker, text: str, previous_quotes: list[_Quote]) -> bool:
    """"Так Захарова прокомментировала выступление Блинкена.": the sentence attributes the one before it (a
    Russian or Ukrainian verb after its subject, no clause of its own; not "Так как ...", "Так же ...")."""
    verb = tokens[speaker.verb].value
    return len(tokens) > 2 and tokens[0].value in _THUS_OPENERS and tokens[1].value not in _NOT_THUS \
        and speaker.how == "left" and 0 < speaker.subject < speaker.verb \
        and (verb in _SLAVIC_VERBS or verb in _JUDGED) \
        and not any(t.value in _COMPLEMENTIZERS or t.kind == "Q" or t.value == ":" for t in tokens) \
        and (verb not in _RESPONSE_VERBS and not verb.startswith(_REACTED_STEMS)
             or any(_substantive(text, quote) for quote in previous_quotes))
    # (an answer or a reaction only after a quote, «...». Так Путин ответил на вопрос журналиста; not "Так Путин
    # ответил на приглашение", "Так Лавров отреагировал на решение Берлина" after a narrative sentence: what they did)


_NOT_THUS = _words(fold("как же что и само самое ли що")) | {","}


def _coordinated_speech_after(tokens: list[_Token], verb: int) -> bool:
    """The next speech verb after ``verb`` follows "and" with no clause or quote of ``verb``'s own between."""
    for k in range(verb + 1, len(tokens)):
        token = tokens[k]
        if token.kind == "Q" or token.value in _COMPLEMENTIZERS or token.value in (":", ".", ";"):
            return False
        if token.value in _SPEECH_VERBS and _speech_verb(tokens, k):
            return tokens[k - 1].value in _COORDINATORS
    return False


def _commented_words(tokens: list[_Token], verb: int) -> _Speaker | None:
    """The official whose words the comment or answer at ``verb`` is on, when the sentence gives them and ends with
    them: "Захарова прокомментировала заявление генсека НАТО Йенса Столтенберга о том, что ...", "Песков ответил на
    заявление Макрона о том, что ...", "... слова госсекретаря США Энтони Блинкена, который ранее сказал, что ...",
    "Peskov replied to Zelensky, who said that ..." (a relative clause with its own speech verb needs no noun of
    speech before it). The speaker is the official named in the object, the statement the clause after "что"
    (``verb`` of the result is that word, or the relative clause's speech verb); what the commenter goes on to say
    ("..., заявив, что ...", "..., adding that ...") stays theirs (``_commenter``). None when a clause of the answer
    itself follows the words commented on (``_ends_with_relayed``)."""
    noun = False
    for k in range(verb + 1, min(len(tokens), verb + 10)):
        token = tokens[k]
        if token.kind == "Q" or token.value in (".", ";", ":"):
            return None
        noun = noun or token.value in _STATEMENT_NOUNS
        if token.kind != "M":
            continue
        following = tuple(t.value for t in tokens[k + 1:k + 5])
        if noun and following in _ABOUT_THAT:
            return _Speaker(token.value, k + 4, k, "left") if _ends_with_relayed(tokens, k + 4) else None
        if len(following) >= 2 and following[0] == "," and following[1] in _RELATIVE_SUBJECTS:
            said = next((m for m in range(k + 3, min(len(tokens), k + 3 + _SLAVIC_LOOK)) if tokens[m].kind != "W"
                         or _speech_verb(tokens, m)), None)
            if said is not None and tokens[said].kind == "W" and not _negated(tokens, said) \
                    and _ends_with_relayed(tokens, said):
                return _Speaker(token.value, said, k, "left")
        return None
    return None


def _ends_with_relayed(tokens: list[_Token], start: int) -> bool:
    """The relayed words from ``start`` are not followed by a second clause of the answer itself: "who said Kyiv was
    not ready, that Ukraine would never surrender" (the answer's "that" after a comma). The commenter going on with a
    participle or a second verb (", заявив, что", ", adding that") is fine: that clause is theirs (see
    ``_commenter``); so are speech verbs inside the relayed words ("о том, что Запад пообещал") and an outlet's tail
    (", сообщает ТАСС")."""
    own_that = tokens[start].value not in _COMPLEMENTIZERS  # a speech verb's own "that", ", что" in Russian
    comma = False  # a comma before the next "that" other than Russian's ", что"
    participle = _participle_start(tokens, start)
    for k in range(start + 1, len(tokens) if participle is None else participle):
        token = tokens[k]
        if token.value in _COMPLEMENTIZERS:
            if not own_that or comma:
                return False
            own_that = False
        elif token.value == "," and not (k + 1 < len(tokens) and tokens[k + 1].value in _COMPLEMENTIZERS
                                         and _CYRILLIC_START.match(tokens[k + 1].value)):
            comma = True
    return True


def _commenter(tokens: list[_Token], speaker: _Speaker, context: _Context) -> tuple[str, int] | None:
    """Who commented, when ``speaker`` speaks words the sentence says were commented on (``_commented_words``)."""
    for k in range(speaker.subject):
        token = tokens[k]
        if token.kind == "W" and (token.value.startswith(_COMMENTED_STEMS) or token.value in _RESPONSE_VERBS) \
                and _speech_verb(tokens, k) and _commented_words(tokens, k) == speaker:
            return _left_subject(tokens, k, context)
    return None


_SENTENCE_MARKS = frozenset(".;!?")  # (not a hyphen inside a word, "sagte der SPD-Politiker", nor a comma before a
# name in apposition, "sagte der Regierungschef, Olaf Scholz")


def _thus_source(tokens: list[_Token], context: _Context) -> _Speaker | None:
    """The official named right after an opening "Così" in a sentence with no verb of speech or clause of its own:
    the source of the quote before it (which ``extract_statements`` gives them, as after "Об этом заявила")."""
    if len(tokens) < 2 or tokens[1].value == "como" or any(
            t.value in _COMPLEMENTIZERS or t.value in _SPEECH_VERBS and _speech_verb(tokens, k)
            for k, t in enumerate(tokens)):
        return None  # ("Così Putin ha risposto a ...": the sentence's own statement; "Così come Zelensky, ...": like)
    right = _right_subject(tokens, 0, context)
    if right is None or right[0] == _UNTRACKED or right[1] > _THUS_SUBJECT_SPAN:
        return None
    k = right[1] + 1
    if k < len(tokens) and tokens[k].value == ",":  # (past a parenthesis: "Così Putin, dopo il vertice, è tornato")
        k = next((m + 1 for m in range(k + 1, len(tokens)) if tokens[m].value == ","), k)
    if k < len(tokens) and tokens[k].kind == "W" and not _adverbial(tokens[k]):
        return None  # ("Così Putin si è assicurato la vittoria": a verb of its own; only where and when may follow)
    return _Speaker(right[0], 0, right[1], "right")


_THUS_SUBJECT_SPAN = 6  # words of "il presidente ucraino Volodymyr Zelensky" after "Così"


def _find_speaker(tokens: list[_Token], context: _Context) -> _Speaker | None:
    """Who the sentence's statement is attributed to: the first speech verb's subject, except that after
    someone untracked ("The White House said ...") a tracked official opening a later clause ("..., while
    Blinken said ...") still speaks, and that a comment on someone's words given in the sentence is theirs
    ("Захарова прокомментировала заявление Столтенберга о том, что ...": see ``_commented_words``)."""
    start = _source_prefix_end(tokens)
    quoted = any(t.kind == "Q" for t in tokens)  # (quotes are the words of whom their own attribution names)
    for i in range(max(start, 1), len(tokens) - 1):
        if not quoted and tokens[i].value == _SO and tokens[i - 1].value == "," and tokens[i + 1].value != "auch":
            # "Der Kremlchef habe Biden erklärt, dass ..., so Peskow.": the source ending the sentence claims all of it,
            # speech verbs inside included
            right = _right_subject(tokens, i, context)
            if right is not None and right[0] != _UNTRACKED and tokens[right[1]].kind == "M" \
                    and all(t.kind == "P" or _adverbial(t) for t in tokens[right[1] + 1:]):
                return _Speaker(right[0], i, right[1], "right")
    if tokens and tokens[0].value == _THUS_ITALIAN and not quoted and (source := _thus_source(tokens, context)):
        return source
    first_mention = next((i for i, t in enumerate(tokens) if i >= start and t.kind == "M"
                          and _valid_subject_mention(tokens, i)), None)
    carried_subject: tuple[str, int] | None = None
    someone_else: _Speaker | None = None
    for i, token in enumerate(tokens):
        if i < start:
            continue
        if someone_else is not None:
            if (token.value in _SPEECH_VERBS and _speech_verb(tokens, i) and not _not_speech(tokens, i)
                    and not _negated(tokens, i) and not _prospective(tokens, i)):
                left = _left_subject(tokens, i, context)
                if (left is not None and tokens[left[1]].kind == "M" and left[1] > someone_else.verb
                        and _opens_clause(tokens, left[1])
                        and not any(t.kind == "Q" for t in tokens[:left[1]])):  # those quotes are not theirs
                    return _Speaker(left[0], i, left[1], "left")
                group = _verb_group(tokens, i)
                right = (_right_subject(tokens, i, context)
                         if left is None and group > 0 and tokens[group - 1].value in _CLAUSE_MARKS else None)
                if (right is not None and right[0] != _UNTRACKED and tokens[right[1]].kind == "M"
                        and (right[1] + 1 == len(tokens) or tokens[right[1] + 1].kind == "P"
                             or _adverbial(tokens[right[1] + 1]))
                        and not any(t.kind == "Q" for t in tokens[:group])):
                    # "Die Ukraine betonte, dass ..., sagte Selenskyj.": a trailing attribution claims the clause
                    return _Speaker(right[0], i, right[1], "right")
            continue
        if token.value in _AS_SOURCE and _opening_word(tokens, i) \
                and (source := _comme_source(tokens, i, context)) is not None:
            return source  # "Comme l'a déclaré Dmitri Peskov lundi, Moscou estime que ...", "Come ha spiegato X, ..."
        if (token.value in _RELAYS and i + 2 < len(tokens) and tokens[i + 1].value in _WORDS_OF
                and tokens[i + 2].kind == "M"):
            return _Speaker(tokens[i + 2].value, i, i + 2, "right")  # «...», — приводит слова Герасимова пресс-служба
        if token.value in _QUOTED and i + 1 < len(tokens) and i > 0 and tokens[i - 1].value in _CLAUSE_MARKS:
            # „...“, zitierte ihn die Staatsagentur Tass: the quote is the one quoted
            quoted = tokens[i + 1]
            if quoted.kind == "M":
                return _Speaker(quoted.value, i, i + 1, "right")
            if quoted.value in _OBJECT_PRONOUNS:
                official_id = context.resolve(tokens, 0, _OBJECT_PRONOUNS[quoted.value], None)
                if official_id is not None:
                    return _Speaker(official_id, i, i + 1, "right")
        if token.kind == "M" and i + 2 < len(tokens) and tokens[i + 1].value == ":" and tokens[i + 2].kind == "Q":
            if (_valid_subject_mention(tokens, i)
                    or i >= 2 and (tokens[i - 2].value, tokens[i - 1].value) in _DIRECT_SPEECH):
                return _Speaker(token.value, i + 1, i, "colon")  # Захарова: «...», Пряма мова Подоляка: «...»
        if token.kind != "W":
            continue
        if (i + 2 < len(tokens) and tokens[i + 1].value in _POSSESSIVES
                and (token.value, tokens[i + 2].value) in _POSSESSIVE_ACCORDING):
            official_id = context.resolve(tokens, i, _POSSESSIVES[tokens[i + 1].value], None)
            if official_id is not None:
                return _Speaker(official_id, i, i + 2, "according")
        if (i + 2 < len(tokens) and tokens[i + 1].kind == "M" and tokens[i + 1].inflected
                and (token.value, tokens[i + 2].value) in _POSSESSIVE_ACCORDING):
            return _Speaker(tokens[i + 1].value, i, i + 2, "according")  # "Nach Lawrows Worten ist ..."
        phrase = 0 if token.value not in _PHRASE_FIRST_WORDS else (
            2 if i + 1 < len(tokens) and (token.value, tokens[i + 1].value) in _ACCORDING
            else 3 if token.value in _TRIPLE_OPENERS and i + 2 < len(tokens)
            and (token.value, tokens[i + 1].value, tokens[i + 2].value) in _ACCORDING_TRIPLES
            else 1 if token.value in _ACCORDING_WORDS or _d_apres(tokens, i)
            or token.value == "pour" and _opening_word(tokens, i) and _pour_view(tokens)
            or token.value == "para" and _opening_word(tokens, i) and i + 2 < len(tokens) and (
                tokens[i + 1].kind != "W" or tokens[i + 1].value in ("o", "a") and tokens[i + 2].value in _PT_TITLES
                or tokens[i + 1].value in ("ele", "ela") and tokens[i + 2].value == ",")  # "Para ele, ..."
            else 0)  # "according to", "selon", "Pour Dmitri Peskov, le discours ..." opening the sentence,
        # "Para Blinken, ..." (Portuguese names a person there only for their view)
        if phrase:
            role = _according_role(tokens, i, phrase, context) or _slavic_according_role(tokens, i, phrase, context)
            if role is not None:
                return role
            for k in range(i + phrase, min(len(tokens), i + phrase + _APPOSITION_SPAN)):
                token_k = tokens[k]
                if token_k.kind == "Q" or token_k.value in (".", ";", ":"):
                    break
                if token_k.value == ",":
                    # "According to the ministry's spokeswoman, Maria Zakharova, ..." names her in an apposition;
                    # "According to TASS, Lavrov said ..." ends the source at the comma.
                    j = k + 1  # over a title: ", Army General Valery Gerasimov,"
                    while j < len(tokens) and tokens[j].kind == "W" and (tokens[j].cap or tokens[j].value in _TITLES
                                                                         or tokens[j].value in _ROLES):
                        j += 1
                    if (j + 1 < len(tokens) and tokens[j].kind == "M" and tokens[j + 1].value == ","
                            and _names_the_source(tokens, i + phrase, k)):
                        return _Speaker(tokens[j].value, i, j, "according")
                    break
                if token_k.kind == "M":
                    # "according to one of Zelensky's closest aides", "according to a Zelensky aide": someone else
                    # (the noun right after the name, or at most two words after its possessive)
                    possessive = [t.value for t in tokens[k + 1:k + 3]] in (["'", "s"], ["’", "s"])
                    after = k + 3 if possessive else k + 1
                    if any(t.kind == "W" and t.value in _INTERMEDIARIES
                           for t in tokens[after:after + (2 if possessive else 1)]):
                        break
                    if k >= 2 and tokens[k - 1].value in _OF and (
                            tokens[k - 2].value in _ROLES or tokens[k - 2].value == "parole"):
                        break  # "selon le porte-parole de Macron", "según el portavoz de Sánchez": someone else
                    if _names_the_source(tokens, i + phrase, k):
                        return _Speaker(token_k.value, i, k, "according")
                    break  # "according to a source close to Peskov": someone else
            continue
        if token.value == _ACCORDING_AFTER and i > 0 and tokens[i - 1].kind == "M":
            return _Speaker(tokens[i - 1].value, i, i - 1, "according")
        if token.value == _SO and i > 0 and tokens[i - 1].value == ",":
            # "„...“, so Kremlsprecher Peskow.": the subject ends the sentence or its clause
            right = _right_subject(tokens, i, context)
            if right is not None and (right[1] + 1 == len(tokens) or tokens[right[1] + 1].kind == "P"
                                      or _adverbial(tokens[right[1] + 1])):  # "so Selenskyj in seiner Botschaft"
                if right[0] != _UNTRACKED:
                    return _Speaker(right[0], i, right[1], "right")
                someone_else = _Speaker(right[0], i, right[1], "right")
            continue
        if token.value not in _SPEECH_VERBS or not _speech_verb(tokens, i):
            continue
        responding = token.value.startswith(_COMMENTED_STEMS) or token.value in _RESPONSE_VERBS
        if responding and (relayed := _commented_words(tokens, i)) is not None:
            return relayed  # the words commented on are their speaker's
        if responding and _coordinated_speech_after(tokens, i):
            # "Песков прокомментировал заявление Макрона и заявил, что ...": what was commented on, then what was
            # said, by the same subject
            carried_subject = _left_subject(tokens, i, context) if carried_subject is None else carried_subject
            continue
        if i == 0 and len(tokens) > 1 and tokens[1].value in _PARTICIPLE_FOLLOWERS and token.value in _EN_VERBS:
            continue  # "Asked whether Moscow would retaliate, Zakharova said": the participle has no subject here
        if _not_speech(tokens, i) or _negated(tokens, i) or _prospective(tokens, i):
            # "Lavrov did not say when, but said that ...", "Peskov was asked about it and said ...": the skipped
            # verb's subject carries over to a coordinated one.
            carried_subject = _left_subject(tokens, i, context) if carried_subject is None else carried_subject
            continue
        progressive = token.value.endswith("ing") and i >= 1 and (
            tokens[i - 1].value in _PROGRESSIVE_AUXILIARIES
            or i >= 2 and tokens[i - 2].value in _PROGRESSIVE_AUXILIARIES and _adverbial(tokens[i - 1]))
        # ("Scholz was insisting that ...", "all three are now telling the world that ...": a verb with its own
        # subject, not the participle of the sentence's first official)
        if not progressive and token.value.endswith("ing") and token.value in _EN_VERBS \
                or token.value in _ROMANCE_GERUNDS or token.value in _PT_INFINITIVES and token.value not in _FR_VERBS \
                or token.value in _SLAVIC_IMPERFECTIVE_GERUNDS:
            # "..., saying" / "adding": the participle's subject is the clause's subject (not an official the
            # sentence's subject did something with: "Trudeau ..., signing an agreement with President Zelenskyy and
            # announcing")
            if first_mention is not None and first_mention < i and not _after_preposition(tokens, first_mention) \
                    and not (token.value in _SLAVIC_IMPERFECTIVE_GERUNDS and not (
                        _opens_sentence(tokens, first_mention)
                        and not any(t.kind == "M" for t in tokens[first_mention + 1:i]))) \
                    and not _object_of_untracked(tokens, first_mention):
                # (not "Лукашенко принял Шойгу в Минске, подчеркивая, ...": the official there is the object)
                return _Speaker(tokens[first_mention].value, i, first_mention, "left")
            if first_mention is None and (role := _bare_opening_role(tokens, i)) is not None \
                    and token.value not in _SLAVIC_IMPERFECTIVE_GERUNDS \
                    and (role_subject := _subject_at(tokens, role, context)) not in (None, _UNTRACKED):
                # "The Russian leader even borrowed one of Trump's lines, telling reporters that ..."
                return _Speaker(role_subject, i, role, "left")
            continue
        if token.value in _DE_VERBS and i + 1 < len(tokens) and (
                tokens[i + 1].kind == "M" or tokens[i + 1].value in _PRONOUNS or tokens[i + 1].value in _DE_ARTICLES
                or _german_title_before_name(tokens, i + 1)
                or context.norwegian and _norwegian_subject_after(tokens, i)):
            # German puts the subject after the verb in second place: "Am Montag sagte Scholz, ...", "sagte er"
            right = _right_subject(tokens, i, context) if not _german_subject_before(tokens, i) else None
            if right is not None and right[0] != _UNTRACKED:
                return _Speaker(right[0], i, right[1], "right")
            # else "Scholz sagte der Zeitung, ...": an addressee, the subject is on the left
        auxiliary = _perfect_auxiliary(tokens, i)
        if auxiliary < i and auxiliary + 1 < len(tokens) and tokens[auxiliary].value in ("hat", "hatte") and (
                auxiliary == 0 or tokens[0].value in _DE_PREPOSITIONS or tokens[0].value in _DE_FIRST_ADVERBS
                or tokens[auxiliary + 1].value == "er") and (
                tokens[auxiliary + 1].kind == "M" or tokens[auxiliary + 1].value in _PRONOUNS
                or tokens[auxiliary + 1].value in _DE_ARTICLES):
            # "Bereits am Sonntag hatte der Kremlchef gesagt, ...": the subject right after the auxiliary (not
            # Konjunktiv "habe Scholz ... unterstrichen": someone reports it)
            right = _right_subject(tokens, auxiliary, context)
            if right is not None and right[0] != _UNTRACKED:
                return _Speaker(right[0], i, right[1], "right")
        if (first_mention is not None and first_mention < i and token.value in _PT_VERBS
                and _place_relative_start(tokens, i) is not None
                and not any(t.kind == "M" for t in tokens[first_mention + 1:i])  # ("a entrevista de Putin, em que")
                and tokens[first_mention].value in (_sentence_subject(tokens), _opening_subject(tokens))):
            # "O chefe do Estado-Maior, Valeri Gerasimov, deu uma entrevista, na qual afirmou que", Spanish "en la que
            # ha sostenido que": the sentence's subject speaks where it says
            return _Speaker(tokens[first_mention].value, i, first_mention, "left")
        if first_mention is not None and _coordinated_with_subject(tokens, first_mention, i):
            # "Putin signed the treaties on Donetsk and Kherson and declared that ...", "assinou ... e declarou que":
            # the sentence's subject speaks (what is named before "and" is an object)
            return _Speaker(tokens[first_mention].value, i, first_mention, "left")
        if (_opens_with_back_reference(tokens, i) and (i >= 3 or (tokens[0].value, tokens[1].value) == _IT_SAID)
                and (right := _right_subject(tokens, i, context)) is not None and tokens[right[1]].kind == "M"):
            # "Об этом в Пхеньяне после переговоров с Ким Чен Ыном заявил секретарь Совбеза Сергей Шойгу": the
            # subject follows the verb, whoever is named where and when
            return _Speaker(right[0], i, right[1], "right")
        if (i >= 3 and tokens[i - 1].value in _COORDINATORS and _CYRILLIC_START.match(tokens[0].value)
                and _verb_gender(token.value) is not None  # (one subject: not "Главы МИД двух стран ... и заявили")
                and (tokens[0].value in _ROLES or _office_at(tokens, 0) is not None)
                and not any(t.kind == "Q" or t.kind == "M" and _valid_subject_mention(tokens, k)
                            or t.value in _RELATIVE_SUBJECTS or t.value in (",", ";", ":")
                            for k, t in enumerate(tokens[:i]) if k > 0)
                and (countries := _countries_after_office(tokens, i)) is not None
                and (role_subject := _subject_at(tokens, 0, context)) not in (None, _UNTRACKED)
                and _qualifies(countries, f"{context.watchlist.officials[role_subject].role} "
                                          f"{context.watchlist.officials[role_subject].nationality}")):
            # "Глава держави подякував Сполученим Штатам за пакет допомоги і наголосив, що": the role opening the
            # sentence is the subject of both predicates
            return _Speaker(role_subject, i, 0, "left")
        closing = _closing_subject(tokens, i, context) if tokens[i - 1].value == "," else None
        if (tokens[i - 1].value == "," and _CYRILLIC_START.match(token.value)
                and (gender := _verb_gender(token.value)) is not None
                and closing is not None and closing[0] != _UNTRACKED
                and tokens[closing[1]].kind == "M" and not tokens[closing[1]].inflected
                and context.watchlist.officials[closing[0]].gender in (None, gender)):
            # "Путин не поедет в Рио, заявил пресс-секретарь Кремля Дмитрий Песков (в среду).": an official named
            # in the nominative after the verb and agreeing with it is its subject, whoever the sentence opens with
            return _Speaker(closing[0], i, closing[1], "right")
        # (before a Portuguese auxiliary and clitic: "Ha añadido que" opens with no subject, "Ha" is no name)
        left = _left_subject(tokens, _verb_group(tokens, i) if token.value in _PT_VERBS else auxiliary, context)
        if (left is None and tokens[i - 1].value == "," and first_mention is not None and first_mention < i
                and first_mention + 1 < len(tokens) and tokens[first_mention + 1].value == ","
                and _opens_sentence(tokens, first_mention)):
            # "Andriy Yermak, the head of Zelensky's office, who accompanied him, wrote": the opening name
            left = (tokens[first_mention].value, first_mention)
        if (left is None and tokens[i - 1].value == "," and first_mention is not None and first_mention < i
                and (token.value in _SLAVIC_GERUNDS or _verb_gender(token.value) is not None)
                and (_opens_sentence(tokens, first_mention)
                     or (tokens[0].value in _SENTENCE_ADVERBIALS or all(t.kind == "W" for t in tokens[:first_mention]))
                     and not any(t.kind == "Q" or t.value in _SPEECH_VERBS for t in tokens[:first_mention]))
                # (after opening phrases: "После встречи с Макроном Шольц ...", "Утром 24 июня Владимир Путин ...")
                and not any(t.kind == "Q" or t.kind == "M" and _valid_subject_mention(tokens, k)
                            or t.value in _RELATIVE_PRONOUNS or t.value in _COMPLEMENTIZERS
                            for k, t in enumerate(tokens[:i]) if k > first_mention)
                # (not "Путин не поедет в Рио, заявил пресс-секретарь Кремля Дмитрий Песков.": a subject after the
                # verb is the speaker)
                and closing is None):
            # "Шольц вновь отверг такую возможность, заявив, что ...", Ukrainian "..., заявив, що": the opening
            # name's second predicate (a singular verb or a gerund; not "..., заявили в Кремле")
            left = (tokens[first_mention].value, first_mention)
        if (left is not None and left == (_UNTRACKED, 0) and tokens[0].kind == "W" and not tokens[1].cap
                and _CYRILLIC_START.match(tokens[0].value) and _verb_gender(token.value) is not None
                and (right := _right_subject(tokens, i, context)) is not None and right[0] != _UNTRACKED
                and tokens[right[1]].kind == "M" and not tokens[right[1]].inflected
                and context.watchlist.officials[right[0]].gender in (None, _verb_gender(token.value))
                and (all(t.kind == "P" for t in tokens[right[1] + 1:])
                     or tokens[right[1] + 1].value == "," and right[1] + 2 < len(tokens)
                     and tokens[right[1] + 2].value in _SPEECH_VERBS)):  # (", заявив, что")
            # (not an addressee before what was said: "Лукашенко лично заявил Шойгу, что ...")
            # "Першою в Москві відреагувала ... Марія Захарова", "Первой высказалась Захарова": the subject follows
            # the verb, agreeing with it, and ends the sentence or goes on speaking, so the capital opening the
            # sentence is no one's name (not "Лукашенко заявил Шойгу, что ...", "сообщил Шойгу о ...": to whom)
            return _Speaker(right[0], i, right[1], "right")
        author = _author_of_document(tokens, i)
        if left is None and author is not None:
            return _Speaker(tokens[author].value, i, author, "left")  # "Zakharova's statement said ..."
        if left is None and _common_noun_subject(tokens, i):
            left = (_UNTRACKED, i - 1)  # '"...," the deputy said': someone, and the quote is theirs
        if left is not None and left[0] == _UNTRACKED and tokens[left[1]].kind == "W" and _coordinated(tokens, i) \
                and first_mention is not None and left[1] < first_mention < i \
                and tokens[first_mention].value in (_sentence_subject(tokens), _opening_subject(tokens)):
            # (no one named in the first clause: "Zelenski, ... la Casa Blanca, se negó a ..., pero admitió")
            left = None
        if (left is not None and left[1] + 1 < i and tokens[left[1] + 1].kind == "W" and not tokens[left[1] + 1].cap
                and (group := _verb_group(tokens, i)) > 0 and tokens[group - 1].value == "," and i + 1 < len(tokens)
                and (tokens[i + 1].value in _ARTICLES or tokens[i + 1].value in _FOREIGN_ARTICLES)
                and tokens[i + 1].value != "a"  # (French "à": to whom)
                and (right := _right_subject(tokens, i, context)) is not None
                and all(t.kind == "P" for t in tokens[right[1] + 1:])):
            # an inverted attribution ending the sentence: "A Washington, Antony Blinken doit s'exprimer dans la
            # soirée, a indiqué le département d'Etat" (the name before has its own verb: the subject of the clause
            # reported; not an apposition, '"...," Putin, 70, told Macron')
            left = right
        if left is not None:
            if left[0] == _UNTRACKED:
                someone_else = _Speaker(left[0], i, left[1], "left")
                continue
            return _Speaker(left[0], i, left[1], "left")
        group = _verb_group(tokens, i)
        previous = tokens[group - 1] if group > 0 else None  # (before "tem" of Spanish "y ha asegurado")
        if carried_subject is not None and previous is not None and previous.value in _COORDINATORS:
            return _Speaker(carried_subject[0], i, carried_subject[1], "left")
        if (_coordinated(tokens, i) and first_mention is not None and first_mention < i
                and not any(t.value in _RELATIVE_SUBJECTS for t in tokens[first_mention + 1:i])  # (", qui ..., mais")
                and (_opens_sentence(tokens, first_mention)
                     or _sentence_subject(tokens) == tokens[first_mention].value)):
            # "Peskov declined to comment on the reports, but said ...": the sentence's subject speaks.
            return _Speaker(tokens[first_mention].value, i, first_mention, "left")
        if (_coordinated(tokens, i) and len(tokens) > 2 and tokens[1].value in _ROLES
                and (tokens[0].value in _ARTICLES or tokens[0].value in _FOREIGN_ARTICLES)
                and not any(t.kind == "Q" or t.value in _RELATIVE_SUBJECTS for t in tokens[2:i])
                and (role_subject := _subject_at(tokens, 1, context)) not in (None, _UNTRACKED)):
            return _Speaker(role_subject, i, 1, "left")  # "The chancellor praised Zelensky, but stressed that"
        before_group = tokens[group - 1] if group > 0 else None  # before "a" of "a déclaré"
        if (before_group is None or before_group.kind == "Q" or before_group.value in _APPOSITION_MARKS
                or before_group.value in _INVERSION_OPENERS
                or token.value in _PT_VERBS and before_group.value in _PT_OPENERS_OF_VERBS and all(
                    t.value in _PT_OPENERS_OF_VERBS for t in tokens[:group])  # "Mas advertiu que",
                # "Também reconheceu que", Spanish "También reconoció que"
                or tokens[_past_dates_back(tokens, group) - 1].value in _BACK_REFERENCE_WORDS):
            right = _right_subject(tokens, i, context)
            if (right is not None and right[0] == _UNTRACKED and token.value in _DE_VERBS and group >= 2
                    and tokens[group - 2].kind != "Q"):
                continue  # German capitalises nouns: "Kuleba dankte ..., mahnte aber mehr Tempo an" names no one
            if right is not None:
                return _Speaker(right[0], i, right[1], "right")
            if token.value in _PT_VERBS and not any(
                    tokens[k].kind == tokens[k + 1].kind == "W" and _name_like(tokens[k]) and _name_like(tokens[k + 1])
                    for k in range(i - 1)) and not (
                    tokens[0].value in _PT_ARTICLES and not any(t.value == "," for t in tokens[1:3])  # ("A seguir,")
                    and any(t.value in ("que", ":") for t in tokens[i + 1:i + 4])) \
                    and not _noun_phrase_after(tokens, i):
                # Portuguese leaves the subject out: '«...», acrescentou.', "Disse ainda que ...": the latest person
                # named, as a pronoun would be (not when someone untracked is named before it: "Em Washington, Joe
                # Biden foi mais longe: «...», disse"; nor when a noun phrase opens the sentence: "O Ministério da
                # Defesa, por sua vez, informou que ..."; nor when one follows it: '«...», disse a chancelaria')
                official_id = context.resolve(tokens, i, None, None)
                if official_id is not None:
                    return _Speaker(official_id, i, i, "left")
    return someone_else


# Verbs naming their object as something: "classificou X de ...", Spanish "calificó X de ..."
_NAMING_VERBS = _words(fold("classificou classifica qualificou"))

_PROGRESSIVE_AUXILIARIES = _words("is are was were be been am")

# Adverbs that may open a sentence whose subject is left out: "Também reconheceu que ..."
_PT_OPENING_ADVERBS = _words(fold("também ainda depois entretanto"))
_PT_OPENERS_OF_VERBS = _BUT | _PT_OPENING_ADVERBS
# Words that introduce a person after "Para o"/"Para a": role nouns, and "assessor" (an English word too, so no role)
_PT_TITLES = frozenset(_ROLES) | {"assessor"}


def _colon_speaker(tokens: list[_Token], context: _Context) -> _Speaker | None:
    """The official opening the sentence as its subject, with no speech verb, whose words a colon introduces:
    "Генсек НАТО Йенс Столтенберг в интервью Reuters был лаконичен: «...»", "Jermak wird noch deutlicher: «...»"
    (not when someone else is named or quoted first: "Selenskyj zitierte Scholz: «...»")."""
    colon = next((k for k, t in enumerate(tokens[:-1]) if t.value == ":" and tokens[k + 1].kind == "Q"), None)
    found = _official_before_colon(tokens, colon, context) if colon is not None else None
    return _Speaker(found[0], colon, found[1], "colon") if found is not None else None
