"""What a word is in its sentence: speech verbs and their negation, auxiliaries, participles and infinitives, relative
pronouns, nationality adjectives, office phrases ("le chef de la diplomatie"), Portuguese objects and addressees,
opening adverbials: the tests both the speaker and the clause rules need.
"""

from __future__ import annotations

from streams.analytics.officials import fold
from streams.analytics.statements.text import _CYRILLIC_START, _Token
from streams.analytics.statements.vocabulary import (
    _ACT_PARTICIPLES, _ADVERBIALS, _ARTICLES, _ATTENTION, _BEFORE_PARTICIPLE, _BUT, _CLAUSE_MARKS, _CLITICS,
    _COLON_ONLY, _COMPLEMENTIZERS, _CONTRAST, _COORDINATORS, _COPULATIVE, _DE_INVERTED_ONLY, _DE_VERBS,
    _DE_WITH_COMPLEMENT, _DREW_ATTENTION, _EN_VERBS, _EN_WITH_COMPLEMENT, _FOREIGN_ARTICLES, _FR_AFTER_AUXILIARY,
    _FR_AUXILIARIES, _FR_IMPERFECTS, _FR_INFINITIVES, _FR_INVERTED_ONLY, _FR_VERBS, _FR_WITH_COMPLEMENT, _IN,
    _ITALIAN_OBJECT_PARTICIPLES, _JUDGED, _MODALS, _NATIONALITY_PREFIXES, _NEGATIONS, _NOT_NEGATING_NEXT,
    _NOUN_OPENERS, _OFFICE_PHRASES, _OFFICES_AFTER_ARTICLE, _PARTICIPLE_ENDINGS, _PREPOSITIONS, _PT_ARTICLES,
    _PT_INFINITIVES, _PT_PARTICIPLES, _PT_VERBS, _RELATIVE_VERBS, _ROLE_GENITIVES, _ROLES, _ROMANCE_GERUNDS,
    _RULED_OUT, _SHORT_NATIONALITIES, _SLAVIC_GERUNDS, _SLAVIC_INVERTED_ONLY, _SLAVIC_MONTHS, _SLAVIC_PRONOUNS,
    _SLAVIC_WITH_COMPLEMENT, _SPEECH_VERBS, _SPOKE_OUT, _TAIL_PREPOSITIONS, _THOUGH, _THUS_OPENERS, _TITLE_WORDS,
    _TITLES, _UK_RELATIVES, _words)


def _speech_verb(tokens: list[_Token], index: int) -> bool:
    """A speech verb used as one. English speech verbs double as nouns: after an article, a possessive or "of"
    ("Secretary of State", "a warning", "his claims"), right after another speech verb ("told state
    television"), and "State"/"States" capitalised inside a sentence ("the United States", "State Department")."""
    token = tokens[index]
    if token.kind != "W" or token.value not in _SPEECH_VERBS:
        return False
    if token.value == "savoir":
        return index > 1 and tokens[index - 1].value == "fait" and (
            tokens[index - 2].value in _FR_AUXILIARIES or tokens[index - 2].value in _IBERIAN_AUXILIARIES)
        # (and Italian "ha fatto sapere", read as "tem fait savoir")
    if token.value == "fugte":  # "fügte er hinzu", Norwegian "la han til" (not "la fram budsjettet": presented)
        return any(t.value in ("hinzu", "zu") for t in tokens[index + 1:index + 6])
    if token.value in _DE_WITH_COMPLEMENT:  # "machte deutlich, dass", "stellte im Interview klar:"
        # ('„...“, stellte der Franzose klar'; further on only before the clause: "machte nach den Beratungen
        # deutlich, dass")
        return any(t.value in ("deutlich", "klar") and (k < index + 4 or tokens[k + 1].value in (",", ":", "dass"))
                   for k, t in enumerate(tokens[index + 1:index + 8], index + 1) if k + 1 < len(tokens))
    if token.value in _SLAVIC_WITH_COMPLEMENT:  # "зауважив у зверненні, що" (not "зауважив журналістів": noticed)
        return any(t.value in ("что", "що", ":") for t in tokens[index + 1:index + 9])
    if token.value in _PT_INFINITIVES and token.value not in _FR_VERBS:  # "ao afirmar que" (not "o defender")
        return index > 0 and tokens[index - 1].value == "ao" \
            and any(t.value in ("que", ":") for t in tokens[index + 1:index + 14])
    if token.value in _LIMITED_TO:  # "limitou-se a dizer que", Spanish "se limitó a señalar que" / '«...», se limitó a
        # responder.' (not "limitou as exportações"); Italian "ha tenuto a precisare che" (not "è tenuto a rispondere":
        # is bound to)
        if token.value == "tenuto" and (index == 0 or tokens[index - 1].value not in _IBERIAN_AUXILIARIES):
            return False
        following = [t.value for t in tokens[index + 1:index + 5] if t.value not in ("-", "se")]
        return len(following) >= 2 and following[0] == "a" and following[1] in _PT_INFINITIVES
    if token.value in _ASKED and index + 1 < len(tokens) and tokens[index + 1].value in _APOLOGY:
        return False  # "pediu desculpa ao Canadá", Spanish "pidió disculpas", Italian "ha chiesto scusa": an apology
    if token.value == "contou":  # "contou aos jornalistas que", not "contou com o apoio da China"
        return any(t.value in ("que", ":") for t in tokens[index + 1:index + 7]) \
            or index > 0 and (tokens[index - 1].kind == "Q" or tokens[index - 1].value in _CLAUSE_MARKS)
    if token.value == "deixou":  # "deixou claro que", Spanish "lo dejó claro: ..." (not "deixou Kiev")
        return any(t.value == "claro" for t in tokens[index + 1:index + 3])
    if token.value == "publicou":  # "publicou no Telegram: ...", not "publicou um vídeo"
        return any(t.value in ("que", ":") for t in tokens[index + 1:index + 7])
    if token.value in _PT_PARTICIPLES:  # "tinha defendido que", not "tem-se afirmado como ..."
        return any(t.value in ("que", ":") for t in tokens[index + 1:index + 14]) \
            or index + 1 < len(tokens) and tokens[index + 1].value == "para" \
            or (auxiliary := _iberian_auxiliary(tokens, index)) is not None and (
                token.value not in _ACT_PARTICIPLES and (
                    any(t.value in ("que", ":") for t in tokens[index + 14:index + 28])
                    or tokens[auxiliary - 1].kind == "Q" or tokens[auxiliary - 1].value in _CLAUSE_MARKS
                    and (auxiliary < 2 or tokens[auxiliary - 2].kind != "M")
                    or auxiliary == 1 and tokens[0].value == "lo")  # "Lo ha detto Peskov": the sentence before
                or token.value == "acusado" and any(t.value == "de" for t in tokens[index + 1:index + 9])
                or token.value in _ITALIAN_OBJECT_PARTICIPLES and _italian_object_statement(tokens, index))
        # ("tinha alertado para o perigo"; the perfect after a long adverbial, "ha advertido desde Tirana, donde ...,
        # de que", inverted after a quote or clause, Spanish '«...», ha dicho el portavoz' (not after its subject's
        # apposition: "Putin, ha prometido ..."), "ha acusado a X de ..."; not "ha advertido a Occidente sobre ...")
    if token.value in _FR_INFINITIVES:
        return _que_follows(tokens, index) and (_after_avant_de(tokens, index) or _governed_infinitive(tokens, index))
    if token.value in _FR_WITH_COMPLEMENT:  # (or inverted after the quote: '« ... », avait promis le maître')
        auxiliary = _fr_auxiliary(tokens, index)
        return _que_follows(tokens, index) or auxiliary is not None and auxiliary >= 2 \
            and tokens[auxiliary - 1].value == "," and tokens[auxiliary - 2].kind == "Q"
    if token.value in _DE_INVERTED_ONLY:
        return index > 0 and (tokens[index - 1].value in _CLAUSE_MARKS or tokens[index - 1].kind == "Q")
    if token.value in _SPOKE_OUT:
        return any(t.value == ":" for t in tokens[index + 1:index + 5])
    if token.value in _COLON_ONLY:
        colon = next((k for k in range(index + 1, min(len(tokens) - 1, index + 5)) if tokens[k].value == ":"), None)
        if colon is not None and tokens[colon + 1].kind == "Q" \
                and (token.value != "resume" or _fr_auxiliary(tokens, index) is not None):  # (English "to resume")
            return True
        if token.value != "resume" and index >= 2 and tokens[index - 1].value == "," and tokens[index - 2].kind == "Q":
            return True
        if token.value not in _FR_INVERTED_ONLY:  # ('« ... », résume un chercheur': below)
            return False
    if token.value in _JUDGED:
        return tokens[0].value in _THUS_OPENERS
    if token.value in _RULED_OUT:
        return index > 0 and tokens[index - 1].value == "не" \
            and any(t.value in ("что", "що") for t in tokens[index + 1:index + 4])
    if token.value in _DREW_ATTENTION:
        return index + 1 < len(tokens) and tokens[index + 1].value in _ATTENTION \
            and any(t.value in ("что", "що") for t in tokens[index + 2:index + 7])
    if token.value in _SLAVIC_INVERTED_ONLY:  # after the quote and its dash
        k = index - 1
        while k > 0 and k >= index - 2 and tokens[k].value in _CLAUSE_MARKS:
            k -= 1
        return k < index - 1 and tokens[k].kind == "Q"
    if token.value in _FR_INVERTED_ONLY:  # right after the quote ('« ... », analyse'; not "Poutine, lui, observe")
        if index > 1 and tokens[index - 1].value in _FR_AUXILIARIES:
            index -= 1  # ('« ... ? », a demandé Kuleba')
        return index > 0 and (tokens[index - 1].kind == "Q"
                              or index > 1 and tokens[index - 1].value == "," and tokens[index - 2].kind == "Q")
    if token.value == "reported":  # to someone: "Shoigu reported to Putin that ..." (not "Reuters reported that ...",
        # whose subject is an outlet; nor "was reported to have told", ", who has reported to Putin")
        before = [t.value for t in tokens[max(0, index - 2):index]]
        return index + 2 < len(tokens) and tokens[index + 1].value == "to" \
            and tokens[index + 2].value not in ("have", "be", "been") \
            and any(t.value == "that" for t in tokens[index + 2:index + 8]) \
            and not any(word in ("who", "which", "was", "were", "is", "are", "be", "been") for word in before)
    if token.value in _EN_WITH_COMPLEMENT:  # "posted on X: ...", "posted on Telegram that ..." (not "posted the
        # video, said that", "posted a map showing that")
        following = tokens[index + 1:index + 8]
        colon = next((k for k, t in enumerate(following) if t.value == ":"), None)
        that = next((k for k, t in enumerate(following) if t.value == "that"), None)
        return (colon is not None and not any(t.kind == "Q" or t.value in (",", "that") for t in following[:colon])
                or that is not None and bool(following)
                and (following[0].value in _PREPOSITIONS or _adverbial(following[0]))  # "in her channel", "late"
                and all(t.kind in ("W", "M") for t in following[:that]))
    if token.value in _FR_AFTER_AUXILIARY:
        auxiliary = _fr_auxiliary(tokens, index)
        return auxiliary is not None and _french_participle_speech(tokens, index, auxiliary) \
            and (all(t.value in ("il", "elle") for t in tokens[auxiliary + 1:index]) or _que_follows(tokens, index)
                 or any(t.kind == "Q" for t in tokens[index + 1:index + 8])
                 or auxiliary > 0 and tokens[auxiliary - 1].value == ",")
        # (past an adverb only before what was said or after it: '« ... », a-t-il aussitôt précisé', "a de son côté
        # appelé mercredi à « une paix juste »"; not "a finalement assuré la présidence du sommet")
    if token.value in _FR_IMPERFECTS:  # "assurait que", '..., estimait-il' (not "qui assurait alors la présidence")
        return _que_follows(tokens, index) or index > 0 and tokens[index - 1].value == ","
    if token.value not in _EN_VERBS or index == 0:
        return True
    if token.value in ("state", "states") and (
            token.cap or token.value == "state" and tokens[index - 1].kind == "W" and tokens[index - 1].cap):
        return False  # "the United States", "State Department", "Russian state television"
    before = tokens[index - 1]
    if before.value == "state" and index >= 2 and tokens[index - 2].value == "of":
        return True  # "the secretary of state said": the noun of a title before the verb
    if _verb_group(tokens, index) < index:
        return True  # "a déclaré" folds to "a declare": French, not "a declaration"
    if (token.value.endswith("ing") and index >= 2 and tokens[index - 2].value in _ARTICLES and before.kind == "W"
            and not before.cap and not before.value.endswith("ly") and before.value not in _EN_VERBS):
        return False  # "a stark warning"
    if before.kind == "W" and before.value in _PREPOSITIONS and before.value != "to" \
            and not token.value.endswith("ing"):
        return False  # "shown on state television", "in reply"
    return not (before.kind == "W" and (before.value in _NOUN_OPENERS or before.value in _EN_VERBS))


def _french_participle_speech(tokens: list[_Token], participle: int, auxiliary: int) -> bool:
    """A participle of ``_FR_AFTER_AUXILIARY`` after its auxiliary is speech: "a précisé" before "que" or a colon or
    after a quote (", a-t-il précisé"); "a lancé" before a quote or inverted after one ('», a-t-il lancé'), not "a
    lancé une mise en garde" (an act); the others always."""
    verb = tokens[participle].value
    if verb not in ("precise", "lance") or _que_follows(tokens, participle):
        return True
    if verb == "precise":
        return auxiliary > 0 and tokens[auxiliary - 1].value == ","
    return (any(t.kind == "Q" for t in tokens[participle + 1:participle + 3])
            or tokens[auxiliary + 1].value in ("il", "elle") or auxiliary > 1 and tokens[auxiliary - 2].kind == "Q"
            or auxiliary > 0 and tokens[auxiliary - 1].value == "," and participle + 1 < len(tokens)
            and tokens[participle + 1].kind == "M")  # ("Les Occidentaux, a lancé Lavrov, ne parviendront pas")


def _que_follows(tokens: list[_Token], verb: int) -> bool:
    """What was said follows the French verb at ``verb``: "que", "qu'" or a colon within a few words."""
    return any(t.value in ("que", "qu", ":") for t in tokens[verb + 1:verb + 5])


def _nationality(word: str) -> str | None:
    """The country stem of a lowercase nationality adjective ("russe", "ukrainische", "allemand"), or None."""
    if len(word) < 5:
        return _SHORT_NATIONALITIES.get(word)
    return _NATIONALITY_PREFIXES.get(word[:5]) or _NATIONALITY_PREFIXES.get(word[:4])


def _office_at(tokens: list[_Token], index: int) -> tuple[str, int] | None:
    """The office whose head noun is at ``index`` ("chef de la diplomatie", "chefe do Kremlin") and where its
    complement ends, or None when the noun heads none."""
    phrases = _OFFICE_PHRASES.get(tokens[index].value)
    if phrases is None or tokens[index].value in _OFFICES_AFTER_ARTICLE and (
            index == 0 or tokens[index - 1].value not in _ARTICLES and tokens[index - 1].value not in _PT_ARTICLES):
        return None  # (the number one of the UN is its head, "o inimigo número um do Kremlin" is not)
    following = [k for k in range(index + 1, min(len(tokens), index + 8)) if tokens[k].value not in ("'", "\u2019")]
    values = tuple(tokens[k].value for k in following)
    for words, office in phrases:
        if values[:len(words)] == words:
            return office, following[len(words) - 1] + 1
    return None


# What follows "que" when it opens a clause of its own (French "que nous", "qu'il"), not a relative one's verb
_CLAUSE_SUBJECTS = _words(fold("l nous vous ce cela ça il elle ils elles on je tu eu ele ela eles elas nós"))


def _relative_at(tokens: list[_Token], k: int) -> bool:
    """A relative clause opens at ``k``: a relative pronoun, or Portuguese "que" before a verb (", que anunciou ...";
    not French ", selon Macron, que l'Europe ...", where "que" opens the clause itself)."""
    word = tokens[k].value
    if word != "que":
        return _relative_pronoun(word)
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (following is not None and following.kind == "W" and not following.cap
            and following.value not in _ARTICLES and following.value not in _FOREIGN_ARTICLES
            and following.value not in _CLAUSE_SUBJECTS)


def _relative_pronoun(word: str) -> bool:
    """Opens a relative clause between a subject and its verb, in any case form: "who", "whom", "которого",
    "якому", "qui", "dont" (German "der"/"die" are left out: more often they open an apposition)."""
    return word in _RELATIVE_OPENERS or word.startswith("котор") or word in _UK_RELATIVES


_RELATIVE_OPENERS = _words("who whom whose which qui dont lequel laquelle")


def _negated(tokens: list[_Token], verb: int) -> bool:
    """A speech verb that says nothing: "did not say", "didn't say", "declined to say", "не уточнил", "n'a pas
    dit", "sagte nicht"."""
    if (verb + 1 < len(tokens) and tokens[verb + 1].value == "nicht"
            and not (verb + 2 < len(tokens) and tokens[verb + 2].value in _NOT_NEGATING_NEXT)):
        return True
    if verb >= 2 and tokens[verb - 1].value == "to" and tokens[verb - 2].value == "yet":
        return True  # "has yet to say a word about it"
    if tokens[verb].value == "negou" and verb >= 1 and tokens[verb - 1].value == "se" \
            and verb + 1 < len(tokens) and tokens[verb + 1].value == "a":
        return True  # Spanish "se negó a comentar" (refused), not "negó que" (denied that)
    if tokens[verb].value in _RULED_OUT:
        return False  # (its "не" is what makes it speech)
    if verb >= 3 and tokens[verb - 2].value == "nor" \
            and any(t.value == "neither" for t in tokens[max(0, verb - 8):verb - 2]):
        return True  # "Neither Scholz nor Macron responded"
    for k in range(verb - 1, max(-1, verb - 5), -1):
        token = tokens[k]
        if token.kind == "W":
            if token.value in _NEGATIONS and not (token.value == "nicht" and k != verb - 1):  # ("Nicht zuletzt")
                return not (k + 1 < verb and tokens[k + 1].value in _NOT_NEGATING_NEXT)
            continue
        if token.kind == "P" and token.value in ("'", "\u2019"):
            continue  # didn't
        return False
    return False


def _verb_group(tokens: list[_Token], verb: int) -> int:
    """Where the speech verb's group begins: at the auxiliary of a French participle ("a déclaré", "a toutefois
    assuré")."""
    if tokens[verb].value in _FR_VERBS and (auxiliary := _fr_auxiliary(tokens, verb)) is not None \
            and tokens[auxiliary + 1].value not in ("il", "elle"):  # (the inversion "a-t-il dit" is another order)
        return auxiliary
    if tokens[verb].value in _PT_VERBS:
        # the auxiliary ("tinha dito", Spanish "ha afirmado", Italian "ha poi aggiunto") and a clitic before it
        # ('«...», se ha limitado a ...')
        group = _auxiliary_before(tokens, verb)
        if group == verb and verb >= 2 and tokens[verb - 1].value == "e" and tokens[verb - 2].value == "se":
            return verb - 2  # Italian "si è limitato a dire", read as "se e limitou a dizer"
        return group - 1 if group > 0 and tokens[group - 1].value in _CLITICS else group
    return verb


_INFINITIVE_ENDINGS = ("are", "ere", "ire", "ar", "er", "ir")
# A verb of saying after "a" makes these a statement: "limitou-se a dizer", Italian "ha tenuto a precisare"
_LIMITED_TO = _words("limitou tenuto")
# Asking for forgiveness is an act, not a request: "pediu desculpa", "pidió perdón", Italian "ha chiesto scusa"
_ASKED = _words("pediu pede pedido chiesto")
_APOLOGY = _words(fold("desculpa desculpas perdão disculpas disculpa perdón scusa scuse perdono"))


def _italian_object_statement(tokens: list[_Token], index: int) -> bool:
    """The Italian participle at ``index`` says something with its object: "ha chiesto agli alleati di inviare ..."
    (not "ha chiesto scusa al leader di Baku", "un minuto di silenzio"), "ha esortato le parti a ...", "ha definito la
    proposta «...»" or "... come inaccettabile" (not "ha definito i dettagli")."""
    word = tokens[index].value
    following = tokens[index + 1:index + 20]
    if word == "chiesto":
        return any(t.value == "de" and k + 1 < len(following) and following[k + 1].value.endswith(_INFINITIVE_ENDINGS)
                   for k, t in enumerate(following[:9]))  # (an infinitive, Italian or read as Portuguese: "defender")
    if word == "definito":
        return any(t.kind == "Q" or t.value == "como" for t in following)
    return True


def _german_relative_speech_verb(tokens: list[_Token], verb: int) -> bool:
    """The German speech verb at ``verb`` is a relative clause's, right after its pronoun and comma: "Kremlsprecher
    Dmitri Peskow, der betonte, dass ..."."""
    return verb >= 2 and tokens[verb].value in _DE_VERBS and tokens[verb - 1].value in ("der", "die") \
        and tokens[verb - 2].value == ","


def _iberian_verb_after(tokens: list[_Token], k: int) -> int:
    """The verb after ``k``, past a Portuguese auxiliary or the Spanish one read as it ("e tem advertido")."""
    if k + 2 < len(tokens) and tokens[k + 1].value in _IBERIAN_AUXILIARIES:
        participle = k + 2
        while participle < min(len(tokens) - 1, k + 2 + _PERFECT_ADVERB_SPAN) \
                and tokens[participle].value in _PERFECT_ADVERBS:
            participle += 1
        if tokens[participle].value in _PT_PARTICIPLES:
            return participle
    return k + 1


# Relative words of place or occasion before a verb: "onde", "em que", "na qual", Spanish "donde", "en la que"
_PLACE_RELATIVES = _words(fold("onde donde"))
_IN_WHICH = _words(fold("que qual quais cual"))


def _place_relative_start(tokens: list[_Token], verb: int) -> int | None:
    """Where a relative clause of place or occasion opens before the Portuguese verb at ``verb`` (its auxiliary and
    clitic skipped): "onde defendeu", "na qual afirmou", Spanish "en la que ha precisado" ("em a que tem ..."); None
    otherwise."""
    k = _verb_group(tokens, verb) - 1
    if k < 0:
        return None
    if tokens[k].value in _PLACE_RELATIVES:
        return k
    if tokens[k].value not in _IN_WHICH or k < 1:
        return None
    if tokens[k - 1].value in _IN:
        return k - 1
    if k >= 2 and tokens[k - 1].value in _PT_ARTICLES and tokens[k - 2].value == "em":
        return k - 2
    return None


# Portuguese auxiliaries of the perfect, and Spanish "ha"/"había" and Italian "ha"/"aveva" read as them
_IBERIAN_AUXILIARIES = _words("tem tinha havia")
# Adverbs Italian puts between the auxiliary and the participle ("ha poi aggiunto", "ha invece detto", "ha più volte
# ribadito"), as _fold_italian reads them
_PERFECT_ADVERBS = _words(fold("""depois também ainda já mais vezes sempre invece infatti quindi pure anzi peraltro
comunque tuttavia"""))
_PERFECT_ADVERB_SPAN = 2


def _iberian_auxiliary(tokens: list[_Token], participle: int) -> int | None:
    """The auxiliary of a Portuguese participle ("tinha dito"), a Spanish one ("ha afirmado") or an Italian one, also
    with an adverb or two between them ("ha poi aggiunto", "ha più volte ribadito")."""
    if tokens[participle].value not in _PT_PARTICIPLES:
        return None
    auxiliary = _auxiliary_before(tokens, participle)
    return auxiliary if auxiliary < participle else None


def _auxiliary_before(tokens: list[_Token], verb: int) -> int:
    """Where the auxiliary of the Portuguese verb at ``verb`` is (past the adverbs Italian puts between them), or
    ``verb`` when it has none."""
    k = verb - 1
    while k > 0 and verb - k <= _PERFECT_ADVERB_SPAN and tokens[k].value in _PERFECT_ADVERBS:
        k -= 1
    return k if k >= 0 and tokens[k].value in _IBERIAN_AUXILIARIES else verb


def _fr_auxiliary(tokens: list[_Token], participle: int) -> int | None:
    """The auxiliary of the French participle at ``participle``: right before it, before an inverted pronoun ("a-t-il
    ajouté") or before an adverb ("a toutefois assuré", "a-t-il aussitôt précisé"); None if there is none."""
    k = participle - 1
    if k >= 0 and tokens[k].value in _FR_ADVERBS:
        k -= 1
    elif k >= 2 and (tokens[k - 2].value, tokens[k - 1].value, tokens[k].value) in _FR_ADVERB_PHRASES:
        k -= 3  # "a pour sa part assuré", "a de son côté estimé"
    if k >= 0 and tokens[k].value in ("il", "elle"):
        k -= 1
    return k if k >= 0 and tokens[k].value in _FR_AUXILIARIES else None


_FR_ADVERBS = _words(fold("""toutefois aussi également encore déjà ensuite pourtant aussitôt notamment cependant
finalement alors ainsi enfin surtout clairement fermement vivement immédiatement publiquement"""))
_FR_ADVERB_PHRASES = {tuple(fold(phrase).split()) for phrase in ("pour sa part", "pour leur part", "de son côté",
                                                                 "de leur côté")}


def _adverbial(token: _Token) -> bool:
    return token.value in _TAIL_PREPOSITIONS or token.value in _ADVERBIALS


def _past_dates_back(tokens: list[_Token], k: int) -> int:
    """``k`` moved back over the dates and adverbials before it, to where "Об этом" / "Про це" would end: "Об этом
    11 июля заявила", "Про це в понеділок заявив"."""
    while k > 2 and (tokens[k - 1].value.isdigit() or _adverbial(tokens[k - 1])
                     or tokens[k - 1].value in _SLAVIC_MONTHS or _nationality(tokens[k - 1].value)):
        k -= 1  # (and a role's nationality: "Об этом российский президент сказал")
    return k


def _participle_start(tokens: list[_Token], verb: int) -> int | None:
    """The participle or coordinated speech verb opening a second clause of the speaker of the speech verb at
    ``verb`` (", adding that", ", en estimant que", ", while insisting that", ", and said", " but argued that",
    '"..." and said', "хотя и допустил"), or the "that" of a second clause of the same verb ("said that X and that
    Y"); None when there is none, or a clause of someone else's comes first (", but Ukraine said")."""
    for k in range(verb + 2, len(tokens) - 1):
        token = tokens[k]
        if token.kind == "W" and token.value in _THOUGH and tokens[k + 1].value in ("и", "й") and k + 2 < len(tokens) \
                and _speech_verb(tokens, k + 2):
            return k + 2  # "хотя и допустил, что", "хоча й наголосив, що"
        second = _iberian_verb_after(tokens, k)  # (past an auxiliary: Spanish "y ha advertido de que")
        if token.value in ("mais", "et") and k + 2 < len(tokens) and tokens[k + 1].value == "a" \
                and tokens[k + 2].value in _FR_VERBS and _speech_verb(tokens, k + 2) and not _negated(tokens, k + 2) \
                and (token.value == "mais" or _que_follows(tokens, k + 2)):
            # French "..., mais a prévenu que", "et a ajouté que" (the auxiliary's subject is the first's; not "et a
            # annoncé de nouvelles sanctions": an act)
            return k + 2
        if token.kind == "W" and token.value in _COORDINATORS and (tokens[k - 1].value == ","
                                                                     or tokens[k - 1].kind == "Q"
                                                                     or token.value in _BUT
                                                                     or tokens[second].value in _PT_VERBS) \
                and tokens[second].value in _SPEECH_VERBS and _speech_verb(tokens, second) \
                and not _negated(tokens, second):
            return second  # the subject's own second verb: ", and said", "but argued that", '"..." and said'
        if token.kind == "W" and token.value in _COPULATIVE and tokens[k + 1].value in _COMPLEMENTIZERS \
                and not (tokens[k + 1].value == "that" and k + 2 < len(tokens)
                         and tokens[k + 2].value in _VERB_AFTER_THAT):
            return k + 1  # "said that ... and that ...": a second clause of the same verb ("a figure that cannot be
            # verified and that is far higher": a relative clause)
        if token.kind == "W" and token.value in _CONTRAST and tokens[k - 1].value == "," \
                and not (token.value in _BEFORE_PARTICIPLE and _speech_participle(tokens[k + 1])):
            return None  # (", while insisting that" is the subject's own participle)
        if token.value in _FR_INFINITIVES and _after_avant_de(tokens, k) and _speech_verb(tokens, k):
            return k  # ", avant d'assurer que ..."
        if token.value in _PT_VERBS and tokens[k - 1].value == "que" and tokens[k - 2].value == "ao" \
                and _speech_verb(tokens, k):
            return k  # "..., ao que acrescentou que ...": what the speaker added
        if token.value in _PT_VERBS and (relative := _place_relative_start(tokens, k)) is not None \
                and _speech_verb(tokens, k) and not any(
                    t.kind == "M" and m != verb + 1 or t.value in _COMPLEMENTIZERS  # (an inverted subject is theirs)
                    for m, t in enumerate(tokens[verb + 1:relative], start=verb + 1)):
            # "..., na qual/onde afirmou que", Spanish "en la que ha precisado que": where they said it (not in their
            # clause about someone else: "disse que Putin mentiu na entrevista, na qual afirmou que")
            return k
        after_comma = tokens[k - 1].value in (",", "\u2014") or tokens[k - 1].value in _BEFORE_PARTICIPLE and (
            tokens[k - 2].value == "," or tokens[k - 2].value == "tout" and tokens[k - 3].value == ",")  # tout en
        if after_comma and _speech_participle(token) and _speech_verb(tokens, k) \
                and not (token.value == "adding" and tokens[k + 1].value in ("to", "up")) \
                and not (token.value in _FR_OBJECT_GERUNDS and tokens[k + 1].value in _FOREIGN_ARTICLES
                         and not _que_follows(tokens, k)) \
                and not (token.value in _PT_OBJECT_GERUNDS and tokens[k + 1].value in _PT_ARTICLES):
            # (not "adding to the debate", "rappelant l'ambassadeur", "assurant la sécurité": acts)
            return k
    return None


# The verbs before "de"/"à" that make the official the one who speaks: "s'est contenté de rappeler", "a tenu à
# souligner" (not "il appartient à Macron d'assurer", "cherche à affirmer").
_INFINITIVE_GOVERNORS = _words(fold("""contenté contentée contentés tenu tenue tient tenait soin voulu voulue souhaité
souhaitée choisi choisie borné bornée limité limitée pour"""))


def _governed_infinitive(tokens: list[_Token], k: int) -> bool:
    """The infinitive at ``k`` follows "contenté de", "tenu à", "pris soin de", "a voulu", "pour"."""
    particle = _infinitive_particle(tokens, k, ("de", "a"))  # (folded "à")
    if particle is None:
        return k >= 1 and tokens[k - 1].value in _INFINITIVE_GOVERNORS  # "a voulu rappeler que", "pour affirmer que"
    return particle >= 1 and tokens[particle - 1].value in _INFINITIVE_GOVERNORS


def _after_avant_de(tokens: list[_Token], k: int) -> bool:
    """The infinitive at ``k`` follows ", avant de" / ", avant d'"."""
    particle = _infinitive_particle(tokens, k, ("de",))
    return particle is not None and particle >= 2 and tokens[particle - 1].value == "avant" \
        and tokens[particle - 2].value == ","


def _infinitive_particle(tokens: list[_Token], k: int, particles: tuple[str, ...]) -> int | None:
    """Where the particle before the French infinitive at ``k`` is ("d'", or one of ``particles``), or None."""
    if k >= 2 and tokens[k - 1].value == "'" and tokens[k - 2].value == "d":
        return k - 2
    return k - 1 if k >= 1 and tokens[k - 1].value in particles else None


def _speech_participle(token: _Token) -> bool:
    return (token.value.endswith("ing") and token.value in _EN_VERBS or token.value in _ROMANCE_GERUNDS
            or token.value in _SLAVIC_GERUNDS)


_VERB_AFTER_THAT = _RELATIVE_VERBS | _MODALS | {"cannot"}  # "and that is ...": a relative clause

_FR_OBJECT_GERUNDS = _words(fold("rappelant assurant prévenant reconnaissant"))  # (also: recalling, ensuring, ...)
# Portuguese gerunds that also take an object: "lembrando o envio de tropas" (recalling it, not a clause)
_PT_OBJECT_GERUNDS = _words(fold("lembrando destacando salientando"))

# Whom a Portuguese speech verb is addressed to after "a"/"à": "disse a jornalistas", "disse à imprensa"
_PT_ADDRESSEES = _words(fold("""jornalistas repórteres imprensa deputados televisão rádio agência emissora
correspondentes estudantes apoiantes apoiadores canal jornal diário revista semanário"""))

_SLAVIC_PAST_ENDINGS = tuple("ал ял ил ел ыл ала яла ила ела ыла али яли или ели ыли".split())


def _slavic_past_tense(word: str) -> bool:
    """A word that reads as a Russian past-tense verb ("показал", "заявила"), not a title ("генерал"). (Ukrainian
    masculine "-в" is left out: too many nouns end so, "держав", "мотив".)"""
    return len(word) >= 5 and word.endswith(_SLAVIC_PAST_ENDINGS) and bool(_CYRILLIC_START.match(word)) \
        and word not in _TITLE_WORDS and word not in _ROLE_GENITIVES


def _noun_phrase_after(tokens: list[_Token], verb: int) -> bool:
    """A Portuguese noun phrase follows the verb at ``verb``, its subject when inverted ('«...», disse o Kremlin'),
    not an addressee ("disse a jornalistas", Spanish "dijo a la prensa")."""
    if verb + 2 >= len(tokens) or tokens[verb + 1].value not in _PT_ARTICLES:
        return False
    article, noun = tokens[verb + 1], tokens[verb + 2]
    return noun.kind == "W" and (noun.cap or noun.value in _INSTITUTIONS) and not _to_whom(article, noun)


def _to_whom(preposition: _Token, following: _Token) -> bool:
    """Portuguese "a"/"as" before a name or a word for an audience is "to": "disse à Reuters", "disse a jornalistas"
    (not the article of "disse a porta-voz")."""
    return preposition.value in ("a", "as") and (following.cap or following.value in _PT_ADDRESSEES)


# Institutions that speak in Portuguese and Spanish (read as it) news, as subjects: "disse o Kremlin", "ha señalado la
# cancillería ucraniana"
_INSTITUTIONS = _words(fold("""kremlin chancelaria cancilleria ministério ministerio governo gobierno executivo
presidência presidencia embaixada embajada diplomacia exército ejercito casa onu otan nato"""))


def _opening_adverbials_end(tokens: list[_Token]) -> int:
    """Where the subject begins after adverbial phrases closed by commas ("Mardi, le président français ...", "La
    veille au soir, dans un entretien accordé à TF1, le chef de l'État ..."), or 0: the phrases name no one, quote
    nothing and have no speech verb, and what follows them opens a noun phrase."""
    start = 0
    for _ in range(3):
        comma = next((k for k in range(start, min(len(tokens) - 1, start + 12)) if tokens[k].value == ","), None)
        if comma is None or comma == start or any(
                t.kind in ("M", "Q") or t.value in _SPEECH_VERBS for t in tokens[start:comma]):
            return 0
        following = tokens[comma + 1]
        if following.kind == "M" or following.value in _ARTICLES or following.value in _FOREIGN_ARTICLES \
                or following.value in _ROLES or following.value in _TITLES or _office_at(tokens, comma + 1) \
                or following.value in _SLAVIC_PRONOUNS:
            # (an office: "Пізніше, у вечірньому зверненні, глава держави додав"; a Russian or Ukrainian pronoun,
            # whose gender and case tell more than "he" and "él": "Вечером, выступая на площади, он сказал")
            return comma + 1
        if following.value not in _PREPOSITIONS and not (
                following.kind == "W" and following.value.endswith(_PARTICIPLE_ENDINGS)):
            return 0  # (another phrase: a prepositional one, or a participle's: "Вечером, выступая на площади")
        start = comma + 1
    return 0
