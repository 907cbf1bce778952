"""Who a word refers to: names, role nouns, titles and nationality nouns, someone untracked introduced by a sentence,
the official before a colon, and the context of who was named recently, which resolves pronouns and role nouns to
an official.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple

from streams.analytics.officials import Official, Watchlist, fold
from streams.analytics.statements.grammar import (
    _nationality, _office_at, _opening_adverbials_end, _relative_pronoun, _speech_verb)
from streams.analytics.statements.text import _CYRILLIC_START, _WORD, _Token
from streams.analytics.statements.vocabulary import (
    _ACCORDING, _ACCORDING_TRIPLES, _ACCORDING_WORDS, _ADVERBIALS, _ARTICLE_GENDERS, _ARTICLES, _CLAUSE_MARKS,
    _CLAUSE_PARTICIPLE_ENDINGS, _CLOSE_TO, _COMPLEMENT_DETERMINERS, _COMPLEMENTIZERS, _COORDINATORS, _COUNTRY_NAMES,
    _DEMONYM_ARTICLES, _DEMONYM_NOUNS, _DEMONYMS, _FIRST_TWO_WORDS, _FOREIGN_ARTICLES, _FR_AUXILIARIES,
    _GERMAN_TITLED_NAME, _GOVERNMENTS, _HYPHENATED_ROLES, _INSTITUTIONS_OF_OFFICES, _MEDIA_NOUNS, _NOT_NAMES, _OF,
    _OFFICE_PHRASES, _OFFICES, _OTHER_BODIES, _OUTLET_NOUNS, _PARTIES, _PORTFOLIO_WORDS, _PORTFOLIOS, _PREPOSITIONS,
    _PRONOUNS, _PT_ARTICLES, _RELATIVE_PRONOUNS, _ROLE_PHRASE_SPAN, _ROLES, _SENTENCE_ADVERBIALS, _SPEECH_VERBS,
    _STATE_WORDS, _STRESSED_PRONOUNS, _SUBJECT_AUXILIARIES, _TAIL_PREPOSITIONS, _TITLE_WORDS, _TITLES, _UK_RELATIVES,
    _fold_word, _words)


# The speaker of words by someone not on the watchlist (no official id can be it): their quotes are dropped.
_UNTRACKED = "\x00untracked"


class _Entity(NamedTuple):
    official_id: str | None  # None: a person or organisation not on the watchlist
    gender: str | None
    paragraph: int
    # words around an untracked person's name ("помощник президента юрий ушаков"), the title a tracked official is
    # given right before the name ("министра обороны" for Shoigu in 2022), or ""
    title: str


_ROLE_REACH = 4  # paragraphs back that a role noun may refer to


class _Context:
    """Who was named recently (for pronouns and role nouns) and the watchlist."""

    def __init__(self, watchlist: Watchlist, norwegian: bool = False,
                 fold_word: Callable[[str], str] = _fold_word, ukrainian: bool = False) -> None:
        self.watchlist = watchlist
        self.norwegian = norwegian  # the text is Norwegian, read through German (see _fold_norwegian)
        self.ukrainian = ukrainian  # the text is Ukrainian (its words in -в are past tenses, not Russian gerunds)
        self.fold_word = fold_word  # how the text's words are read (Norwegian as German, Spanish as Portuguese)
        self.recent: list[_Entity] = []
        # Everyone named, in order, subjects or not (None: someone untracked): whom a nationality noun may mean
        self.people: list[tuple[str | None, int]] = []
        self.paragraph = 0
        self.titles: dict[str, list[str]] = {}  # official id -> the titles given with the name in this text

    def next_paragraph(self, after_quote_only: bool) -> None:
        """A paragraph begins. A paragraph that is all quote does not count: in 'Zakharova held her briefing.'
        / '"... .' / '"...," she said.' the quote runs over two paragraphs and "she" is still Zakharova."""
        if not after_quote_only:
            self.paragraph += 1

    def push(self, official_id: str | None, title: str = "", gender: str | None = None) -> None:
        if official_id is not None:
            official = self.watchlist.officials.get(official_id)
            gender = official.gender if official is not None else None
            # A title given with a tracked official's name once holds for the rest of the text ("министр обороны
            # Сергей Шойгу ... Шойгу ... - распорядился глава военного ведомства")
            titles = self.titles.setdefault(official_id, [])
            if title and title not in titles:
                titles.append(title)
                del titles[:-3]
            title = " ".join(titles)
        self.recent.append(_Entity(official_id, gender, self.paragraph, title))
        if len(self.recent) > 16:
            del self.recent[:-8]

    def title_of(self, name: str) -> str:
        """The title an untracked person named by ``name`` alone (their surname as a subject: "Sikorski said") was
        given when introduced ("his Polish counterpart Radoslaw Sikorski", "главой МИД Турции Хаканом Фиданом"), or
        ``_NAMED_ONLY`` when none is known: then a role noun right after, in the same paragraph, may be them
        ('"...," Sikorski said. "...," the minister added.')."""
        stem = name[:max(4, len(name) - 2)]  # (the name in another case: "Фидан", "Фиданом")
        return next((e.title for e in reversed(self.recent)
                     if e.official_id is None and e.title and e.title != _NAMED_ONLY
                     and any(word.startswith(stem) for word in e.title.split())
                     and not _TITLE_WORDS.isdisjoint(e.title.split())), _NAMED_ONLY)  # (a title, not "Mark Rutte è")

    def named(self, official_id: str | None) -> None:
        """Someone is named (an official, or None: someone untracked), as a subject or not."""
        self.people.append((official_id, self.paragraph))
        if len(self.people) > 16:
            del self.people[:-8]

    def resolve_nationality(self, tokens: list[_Token], before: int, gender: str | None, country: str) -> str:
        """The official a nationality noun at ``before`` refers to ("o norueguês", "the Norwegian"): the latest person
        named, in this sentence or the last few paragraphs, who is of that nationality, passing over officials who
        are not; ``_UNTRACKED`` when someone untracked comes first (their nationality is unknown: "Stoltenberg watched
        Johannes Klæbo win. The Norwegian said ...")."""
        in_sentence = [tokens[k].value if tokens[k].kind == "M" else None
                       for k in range(before - 1, -1, -1) if tokens[k].kind == "M" or _untracked_name(tokens, k)]
        candidates = in_sentence + [official_id for official_id, paragraph in reversed(self.people)
                                    if self.paragraph - paragraph <= _ROLE_REACH]
        for official_id in candidates:
            official = self.watchlist.officials.get(official_id) if official_id is not None else None
            if official is None:
                return _UNTRACKED
            if gender is not None and official.gender is not None and official.gender != gender:
                continue
            if country in _nationality_stems(official.nationality):
                return official.id
        return _UNTRACKED

    def resolve(self, tokens: list[_Token], before: int, gender: str | None,
                role_words: tuple[str, ...] | None, qualifiers: tuple[str, ...] = ()) -> str | None:
        """The official a pronoun/role noun at ``before`` refers to: the latest plausible person named in this
        sentence or the current/previous paragraph. ``_UNTRACKED`` when that person is not tracked. Capitalised
        ``qualifiers`` of a role noun ("State Department spokeswoman") must be words of that official's role;
        otherwise the role noun is someone else, and None is returned. An untracked person introduced with a title
        that is not the role noun's ("Помощник президента Юрий Ушаков" for "представитель Кремля") is passed over."""
        # People named earlier in this sentence: officials, and someone untracked given a title ("le ministre des
        # affaires étrangères, Stéphane Séjourné, ...: selon lui").
        candidates: list[tuple[str | None, str, str | None]] = [
            (tokens[k].value, "", None) if tokens[k].kind == "M" else (None, _words_before(tokens, k + 1), None)
            for k in range(before - 1, -1, -1)
            if tokens[k].kind == "M" or tokens[k].value in _TITLE_WORDS
            and (_titled_name(tokens, k) or _apposed_name(tokens, k))]
        # A pronoun means someone of this paragraph or the previous one; a role noun ("the Kremlin spokesman") may
        # go back further, to where the official was introduced.
        reach = 1 if role_words is None else _ROLE_REACH
        # (someone named by a name alone may be a bare role noun right after them: '"...," Sikorski said. "...," the
        # minister added.'; not a qualified one, which their unknown title cannot confirm: "Kiev, qui réclame des
        # avions, espère un accord. Le président ukrainien a affirmé")
        candidates += [(e.official_id, "" if e.title == _NAMED_ONLY and e.paragraph == self.paragraph
                        and not qualifiers else e.title, e.gender)
                       for e in reversed(self.recent) if self.paragraph - e.paragraph <= reach]
        role_noun = tokens[before].value if role_words is not None and before < len(tokens) else ""
        for official_id, title, known_gender in candidates:
            if official_id is None:
                if gender is not None and known_gender is not None and known_gender != gender:
                    continue  # "Selon elle" (someone untracked) before "il": not him
                if role_words is not None and title and not any(w in title for w in role_words) \
                        and not (len(role_noun) > 3 and role_noun in title) \
                        and _COUNTERPARTS.isdisjoint(title.split()):
                    # (a title holding the role noun is theirs: "Regierungssprecher Steffen Hebestreit ... der
                    # Sprecher"; so is an official's counterpart's: "his Polish counterpart Radoslaw Sikorski")
                    continue
                if qualifiers and title and not _qualifies(qualifiers, title):
                    continue  # "the Ukrainian president" after "Turkish President Erdogan": someone named before
                return _UNTRACKED  # the latest person is not on the watchlist: not one of ours
            official = self.watchlist.officials.get(official_id)
            if official is None:
                continue
            if gender is not None and official.gender is not None and official.gender != gender:
                continue
            if role_words is not None and not _holds_role(fold(official.role), role_words) and not (
                    "diplomat" in role_words and qualifiers and _of_nationality(qualifiers, official.nationality)) \
                    and not (title and _title_holds_role(title, role_words)):
                continue  # (a diplomat of the official's nationality: "le diplomate portugais" is Guterres; an
                # office held before, given with the name: "министр обороны Сергей Шойгу" in 2022 is "министр")
            if qualifiers and not _qualifies(qualifiers, _role_text(official)) \
                    and not (title and role_words is not None and _title_holds_role(title, role_words)
                             and _qualifies(qualifiers, title)):  # ("министра обороны" given to Shoigu in 2022)
                continue  # "the Russian president" after Zelensky was named: someone named before him
            return official_id
        return None


def _role_text(official: Official) -> str:
    """The words a qualifier of ``official``'s role is compared with: the role and, when the watchlist gives it, the
    nationality."""
    return f"{official.role} {official.nationality}" if official.nationality else official.role


def _untracked_name(tokens: list[_Token], k: int) -> bool:
    """Someone untracked is named at ``k``: the first of two capitalised words (not sentence openers, days or titles)
    that follow neither an article nor a preposition ("as Johannes Klæbo won", "envoy Vassily Nebenzia"; not "in New
    York", "the Security Council")."""
    if not (k + 1 < len(tokens) and tokens[k].kind == tokens[k + 1].kind == "W" and _name_like(tokens[k])
            and _name_like(tokens[k + 1])):
        return False
    before = tokens[k - 1] if k > 0 else None
    return before is None or before.kind != "W" or not (
        _name_like(before) or before.value in _ARTICLES or before.value in _FOREIGN_ARTICLES
        or before.value in _PREPOSITIONS or before.value in _OF or before.value in _OUTLET_NOUNS)


@lru_cache(maxsize=256)
def _nationality_stems(text: str) -> frozenset[str]:
    """The country stems a watchlist ``nationality`` names, as a demonym or a country ("Portuguese" and "Portugal"
    -> "port", "American" -> "unit", "Norway" -> "norw")."""
    words = _WORD.findall(fold(text))
    return frozenset(stem for word in words if (stem := _country_stem(word))) | {word[:4] for word in words}


def _country_stem(word: str) -> str | None:
    """The stem of the country or body a word names, as the roles' words are compared: a nationality ("norueguês" ->
    "norw", "french" -> "fran", "american" -> "unit"), a country, its capital or an international body ("Hungría" ->
    "hung", "Moscow" -> "russ", "ONU" -> "nati"); None for any other word."""
    return _nationality(word) or _DEMONYMS.get(word, "")[:4] or _COUNTRY_NAMES.get(word, "")[:4] or None


def _nationality_noun(tokens: list[_Token], index: int) -> tuple[str, str | None] | None:
    """The country stem and gender of a nationality noun standing for a person as a subject at ``index``: after a
    singular definite article and before its verb, an auxiliary, an adverb or a mark ("O norueguês tem repetido",
    "acrescentou o português.", "the Norwegian said"); None otherwise (an adjective: "the Russian side said", "o
    russo Lavrov"; the indefinite "a Russian said": someone new)."""
    token = tokens[index]
    if token.kind != "W" or index == 0 or token.value not in _DEMONYM_NOUNS:
        return None
    article = tokens[index - 1].value
    if article in ("'", "\u2019") and index >= 2:
        article = tokens[index - 2].value  # "l'Américain"
    if article not in _DEMONYM_ARTICLES or article == "a" and token.cap:
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    start = index - 2 if tokens[index - 1].value in ("'", "\u2019") else index - 1  # (the article)
    inverted = start > 0 and tokens[start - 1].kind == "W" and _speech_verb(tokens, start - 1)
    if following is not None and not inverted and (following.kind in ("M", "Q") or following.kind == "W" and not (
            following.value in _SUBJECT_AUXILIARIES or following.value in _ADVERBIALS
            or _speech_verb(tokens, index + 1))):
        return None  # (after an inverted verb, where and when may follow: "a déclaré le Portugais lors de ...")
    stem = _country_stem(token.value)
    return (stem, _DEMONYM_ARTICLES[article]) if stem else None


_APPOSITION_MARKS = {",", "\u2014", "\u2013", "(", ")"}

_APPOSITION_SPAN = 16  # tokens in an apposition ", the official spokesperson for ..., "


def _holds_role(role: str, role_words: tuple[str, ...]) -> bool:
    """One of ``role_words`` names the office in the (folded) role text, not an office it belongs to: "Head of the
    Office of the President" is no president, "Adviser to the head of ..." no head."""
    for word in role_words:
        at = role.find(word)
        while at >= 0:
            if not role.endswith(("of the ", "to the ", "secretary-", "vice-"), 0, at) \
                    and not role.startswith("ial", at + len(word)):
                return True  # (not an adjective of it: "presidential press secretary" is no president; a
                # "Secretary-General" is no general, a "vice-president" no president)
            at = role.find(word, at + 1)
    return False


# Words after which a role noun is a complement, not the title: "керівник Офісу президента", "the Office of the
# President", "пресс-секретарь президента", "le chef du bureau du président"
_TITLE_COMPLEMENT_AFTER = _TITLE_WORDS | _words(fold("""of the de del des der du do da dos das офиса офісу office
администрации адміністрації аппарата апарату керівник керівника руководитель руководителя head"""))


def _title_holds_role(title: str, role_words: tuple[str, ...]) -> bool:
    """A word of the ``title`` a tracked official is given in the text names the office, and is not the complement
    of another title or institution before it ("министра обороны" names a minister, "Керівник Офісу Президента" no
    president)."""
    words = title.split()
    return any(_holds_role(word, role_words)
               and (k == 0 or words[k - 1] not in _TITLE_COMPLEMENT_AFTER or word in _PORTFOLIO_NAMES)
               for k, word in enumerate(words))  # (a portfolio completes its title: "министр обороны")


def _of_nationality(qualifiers: tuple[str, ...], nationality: str) -> bool:
    """Every qualifier is a nationality, the watchlist one: "portugais" for "Portuguese"."""
    stems = _nationality_stems(nationality) if nationality else frozenset()
    return all((stem := _country_stem(q)) is not None and stem in stems for q in qualifiers)


def _qualifies(qualifiers: tuple[str, ...], role: str) -> bool:
    """Every qualifier is a word of ``role``, compared on a 4-letter stem ("Ukrainian" and "of Ukraine"), or the
    country of a demonym that is ("French president" and "President of France"). Letters of an abbreviation
    ("U.S.") are not compared."""
    stems = {word[:4] for word in _WORD.findall(fold(role))}
    return all(len(q) < 2 or q in _PARTIES or q[:4] in stems or _country_stem(q) in stems for q in qualifiers)


# The title of someone untracked named by a name alone, whose role is unknown (``_Context.title_of``)
_NAMED_ONLY = "?"
_INDEFINITE = _words("a an ein eine einer un une um uma")
# An official's counterpart holds the same role: "his Chinese counterpart Wang Yi", "son homologue turc"
_COUNTERPARTS = _words(fold("""counterpart counterparts homologue homologues homólogo homóloga omologo omologa
    amtskollege amtskollegen amtskollegin коллега коллеги коллегой колега колеги колегою"""))
# Role nouns that are not French, so "un" before them is the UN: "the UN chief said".
_ENGLISH_ROLES = _words("chief spokeswoman spokesperson spokesman leader secretary aide adviser advisor diplomat")


def _role_phrase(tokens: list[_Token], index: int) -> tuple[bool, tuple[str, ...]]:
    """Whether the role noun at ``index`` is introduced with an indefinite article ("A State Department
    spokeswoman": someone new), and its capitalised qualifiers."""
    qualifiers: list[str] = []
    k = index - 1
    while k >= 0 and index - k <= _ROLE_PHRASE_SPAN:
        token = tokens[k]
        if token.kind == "P" and (token.value == "." and k > 0 and tokens[k - 1].kind == "W"
                                  or token.value == "-" and tokens[k + 1].start == token.end):
            k -= 1  # "U.S.", "US-Chefdiplomat"
            continue
        if token.kind != "W" or _speech_verb(tokens, k) or token.value in _COMPLEMENTIZERS:
            break
        if _possessive(tokens, k):
            if tokens[k - 2].kind == "W":
                qualifiers.append(tokens[k - 2].value)  # "China's president", "the Kremlin's spokesman"
            break
        if token.value == "un" and token.cap and (tokens[k + 1].cap or tokens[index].value in _ENGLISH_ROLES):
            qualifiers.append(token.value)  # "UN Secretary", "the UN chief", "A UN spokesperson"
            k -= 1
            continue
        if token.value in _INDEFINITE and not (token.value == "a" and tokens[index].value in _PT_ROLE_WORDS):
            return True, ()
        if token.value in _ARTICLES or token.value in _PREPOSITIONS or token.value in _FOREIGN_ARTICLES \
                or token.value in _ADVERBIALS:
            break  # (an opening "Ранее", "Earlier" is not a qualifier)
        if (token.cap and not (k == 0 and _CYRILLIC_START.match(token.value) and not _slavic_country(token))
                or _nationality(token.value) or token.value in _PORTFOLIOS):
            qualifiers.append(token.value)  # (Russian capitalises an adjective only at the sentence's start)
        k -= 1
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and following.value in _SLAVIC_PORTFOLIOS:
        qualifiers.append(_SLAVIC_PORTFOLIOS[following.value])  # "министр обороны": the defence minister
    if (portfolio := _romance_portfolio(tokens, index)) is not None:
        qualifiers.append(portfolio)  # "le ministre norvégien des Affaires étrangères": the foreign minister
    if following is not None and following.kind == "W" and not following.cap and _nationality(following.value):
        qualifiers.append(following.value)  # French puts it after the noun: "le président russe"
    if (end := _office_end(tokens, index)) is not None:
        # ... and after an office's complement: "le chef de la diplomatie russe", "o chefe da diplomacia
        # norte-americana", Spanish "el jefe de la diplomacia estadounidense"
        after = [t for t in tokens[end:end + 3] if t.value not in ("norte", "-")]
        if after and after[0].kind == "W" and not after[0].cap and _nationality(after[0].value):
            qualifiers.append(after[0].value)
    qualifiers += _complement_qualifiers(tokens, index)
    # Russian and Ukrainian name the country or body in the genitive after it: "президент України", "глава МИД
    # России", "глава МИД Китая" (past the institution); another body or region is someone else's ("Президент
    # Татарстана", "Голова Верховної Ради")
    for k in range(index + 1, min(len(tokens), index + 4)):
        token = tokens[k]
        if token.kind != "W" or not token.cap:
            break
        if _slavic_country(token):
            qualifiers.append(token.value)
            if token.value not in _INSTITUTIONS_OF_OFFICES:
                break  # (after "МИД", "ООН" the country may follow)
        elif token.value not in _INSTITUTIONS_OF_OFFICES:
            if k == index + 1 and (token.value in _OTHER_BODIES or _untracked_name_pair(tokens, k)):
                qualifiers.append(token.value)
            break
    return False, tuple(qualifiers)


# Articles between a role noun's link and its complement: "of the", "de la", "de l'", Spanish "de la" read as "de a"
_COMPLEMENT_ARTICLES = _words("the la l a o os el")


def _untracked_name_pair(tokens: list[_Token], k: int) -> bool:
    """Two capitalised Cyrillic words at ``k`` that are neither a country nor an institution: a person's first and
    last name ("пресс-секретарь Кира Ярмыш"), whose role it is."""
    if k + 1 >= len(tokens):
        return False
    pair = (tokens[k], tokens[k + 1])
    return all(t.kind == "W" and t.cap and _CYRILLIC_START.match(t.value) and not _slavic_country(t)
               and t.value not in _INSTITUTIONS_OF_OFFICES and t.value not in _STATE_WORDS for t in pair)


def _complement_link(token: _Token) -> bool:
    """What links a role noun to the country or body it serves: "of", "de", "do", "der" ...; and Norwegian "i"
    ("presidenten i Kina"), read as German "in" but written as one letter (English "the foreign minister in Turkey"
    names where, not whose)."""
    return not token.cap and (token.value in _OF or token.value == "in" and token.end - token.start == 1)


def _complement_qualifiers(tokens: list[_Token], index: int) -> list[str]:
    """What the complement of the role noun at ``index`` says the role is of, for ``_qualifies`` to compare with the
    official's (English) role text: countries and international bodies ("the president of China", "le secrétaire
    général de l'Otan", "el ministro de Asuntos Exteriores de Hungría", "der Präsident Chinas", "presidenten i Kina",
    "of the Kremlin" as the presidency's), and other bodies and places: after English "of" or "for" a capitalised
    name ("the president of Tatarstan", "of the IOC", "the head of the Office of the President"), unless it qualifies
    a lowercase noun ("the Atlantic alliance"); in any language the bodies the rules know are no state's own, also as
    the lowercase noun past two adjectives ("of the central bank", "le président du Sénat", "el presidente del
    Gobierno"; another language's words cannot be compared with the English role text). Never the words of a
    portfolio other than the English ones ("of Foreign Affairs", "de la diplomatie russe", which the watchlist may
    spell otherwise) nor those that name a state itself ("le président de la République", "the head of state")."""
    found: list[str] = []
    k = _office_end(tokens, index) or index + 1  # (past an office's own complement: "le secrétaire général")
    if k + 1 < len(tokens) and tokens[k].value == "-" and (tokens[index].value, tokens[k + 1].value) \
            in _HYPHENATED_ROLES:
        k += 2  # "secretary-general of the UN"
    elif k < len(tokens) and tokens[k].value == "general":
        k += 1  # "secretary general of NATO", "secretario general de la OTAN"
    linked = False  # after "of", "de", "i": a country in any case; right after the noun only a German genitive
    english = False  # the last link was English "of" or "for"
    named = False  # a capitalised word came after a link: a lowercase word is no longer the complement's noun
    lowercase = 0  # lowercase words read after the link
    end = min(len(tokens), k + _COMPLEMENT_SPAN)
    while k < end:
        token = tokens[k]
        value = token.value
        if token.kind != "W":
            if value not in ("'", "\u2019"):  # (the elision of "de l'Otan")
                break
        elif _complement_link(token):
            linked, english = True, value in ("of", "for")
        elif value in _COMPLEMENT_ARTICLES and not token.cap and linked \
                and k + 1 < len(tokens) and (tokens[k + 1].cap or tokens[k + 1].value in ("'", "\u2019")):
            pass  # "of the", "de la", "de l'"
        elif token.cap:
            named = named or linked
            if _country_stem(value) is not None and (linked or value.endswith("s")):
                found.append(value)
            elif linked and english and value in _PORTFOLIOS:
                found.append(value)  # "the spokeswoman for the Ministry of Defence": not the foreign ministry's
            elif linked and value not in _STATE_WORDS and value not in _PORTFOLIO_WORDS and (
                    value in _OTHER_BODIES and not _of_a_country(tokens, k)
                    or english and not _modifier(tokens, k)):
                found.append(value)  # another body's or place's name: "of the Senate", "of Tatarstan", "du Sénat"
        elif linked and not named and (value in _COMPLEMENT_ARTICLES or value in _COMPLEMENT_DETERMINERS):
            pass  # "of the central bank", "for his trust"
        elif linked and not named and value not in _STATE_WORDS and not _speech_verb(tokens, k):
            # A lowercase complement names its body in words the rules know, past up to two adjectives ("of the
            # central bank", "de la région"); any other ("for his part", "of the world body", "of the army") says
            # nothing the role text could be compared with.
            if english and value in _PORTFOLIOS or value in _OTHER_BODIES and not _of_a_country(tokens, k):
                found.append(value)
                break
            lowercase += 1
            if lowercase > 2:
                break
        elif not (linked and k > 0 and tokens[k - 1].cap and k + 1 < len(tokens) and _complement_link(tokens[k + 1])):
            break  # anything but a name's lowercase adjective before the next link ("des Affaires étrangères de la
            # Turquie"): the verb ends it ("The president of Russia said Ukraine ...")
        k += 1
    return found


_COMPLEMENT_SPAN = 8  # tokens of "des Affaires étrangères de la Turquie"
# Lowercase words after a capitalised one in a complement that do not make it a modifier: "of the IOC on Tuesday"
_AFTER_A_NAME = _PREPOSITIONS | _ADVERBIALS | _words("and or but who which that has had was is")


def _modifier(tokens: list[_Token], k: int) -> bool:
    """The capitalised word at ``k`` qualifies a lowercase noun after it ("the Atlantic alliance", "the Biden
    administration"), which is then the complement's noun."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is not None and following.kind == "W" and not following.cap \
        and following.value not in _AFTER_A_NAME and not _complement_link(following) \
        and not _speech_verb(tokens, k + 1)


def _of_a_country(tokens: list[_Token], k: int) -> bool:
    """The government named at ``k`` is a country's ("del Gobierno ruso", "du gouvernement de la Russie"), which may
    be the official's own; a bare "el presidente del Gobierno" is the head of a government."""
    if tokens[k].value not in _GOVERNMENTS:
        return False
    following = [t for t in tokens[k + 1:k + 4] if t.kind == "W" and t.value not in _COMPLEMENT_ARTICLES
                 and not _complement_link(t)]
    return bool(following) and _country_stem(following[0].value) is not None


# Portuguese role nouns (and the second word of "porta-voz", "secretário-geral"), after which "a" is the feminine
# article ("a porta-voz"), not an indefinite one.
_PT_ROLE_WORDS = _words(fold("""voz geral ministro ministra chanceler conselheiro conselheira diplomata líder dirigente
chefe secretário presidente portavoz"""))


def _romance_portfolio(tokens: list[_Token], role: int) -> str | None:
    """The portfolio in the complement of a French or Portuguese minister at ``role``, after a nationality at most:
    "ministre (norvégien) des Affaires étrangères", "ministro da Defesa"; None otherwise ("le ministre, interrogé sur la
    défense, ...")."""
    k = role + 1
    if k < len(tokens) and _nationality(tokens[k].value):
        k += 1
    if k >= len(tokens) or tokens[k].value not in ("des", "de", "du", "da", "do", "dos", "das"):
        return None
    for token in tokens[k + 1:k + 4]:
        if token.kind != "W":
            return None
        if token.value in _ROMANCE_PORTFOLIOS:
            return _ROMANCE_PORTFOLIOS[token.value]
    return None


_ROMANCE_PORTFOLIOS = {fold(word): portfolio for portfolio, words in (
    ("foreign", "étrangères estrangeiros exteriores"), ("defence", "défense armées defesa"),
    ("finance", "finances finanças fazenda")) for word in words.split()}
_SLAVIC_PORTFOLIOS = {fold("обороны"): "defence", fold("оборони"): "defence", fold("иностранных"): "foreign",
                      fold("закордонних"): "foreign"}


_PORTFOLIO_NAMES = frozenset(_SLAVIC_PORTFOLIOS.values())


def _slavic_country(token: _Token) -> bool:
    """A capitalised Russian or Ukrainian country name or abbreviation: "России", "України", "РФ", "США", "МИД"."""
    return token.cap and bool(_CYRILLIC_START.match(token.value)) and (
        _nationality(token.value) is not None or token.value in _DEMONYMS)


def _name_like(token: _Token) -> bool:
    """A word written like a person's name: capitalised, not a sentence opener, day, month or title."""
    return token.cap and token.value not in _NOT_NAMES and (
        token.value.isalpha() or not any(c.isdigit() for c in token.value))  # ("G7"; most names are letters only)


def _titled_name(tokens: list[_Token], index: int) -> bool:
    """A title or role noun followed by a capitalised name that is not a tracked official, as a speaker: the
    subject opening the sentence ("EU spokeswoman Nabila Massrali disagreed", "Turkish President Recep Erdogan
    said") or the agent of a passive speech verb ("was rejected by U.S. Ambassador Lynne Tracy"). Later pronouns
    and role nouns may refer to that person. A titled person who is only spoken about ("talks with Turkish
    counterpart Hakan Fidan", "met Prime Minister Narendra Modi") is not one."""
    token = tokens[index]
    if token.kind != "W" or (token.value not in _TITLES and token.value not in _ROLES):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (following is None or following.kind != "W" or not _name_like(following) or following.value in _TITLES
            or _slavic_country(following)):
        return False  # (not "Президент РФ"; "President Putin" is a mention)
    k = index - 1  # back over the rest of the title phrase: "U.S.", "EU foreign policy", "the Turkish"
    while k >= 0 and (tokens[k].kind == "W" and tokens[k].value not in _PREPOSITIONS
                      and not _speech_verb(tokens, k) and tokens[k].value not in _COORDINATORS
                      or tokens[k].value == "."):
        k -= 1
    if k < 0 or k == 0 and tokens[0].value == "fur":
        return True  # (and German "Für Aussenminister Ignazio Cassis ist ...": his view follows)
    if tokens[k].value == "," and 0 < k <= _ROLE_PHRASE_SPAN and all(t.kind == "W" for t in tokens[:k]):
        # in an apposition to the noun opening the sentence: "The host, Lithuanian President Gitanas Nausėda, was ..."
        end = index + 1
        while end < len(tokens) and tokens[end].kind == "W" and _name_like(tokens[end]):
            end += 1
        return end < len(tokens) and tokens[end].value == ","
    return tokens[k].value == "by" and k > 0 and _speech_verb(tokens, k - 1)


def _apposed_name(tokens: list[_Token], index: int) -> bool:
    """A role noun whose holder, someone untracked, is named in an apposition after its phrase: "le ministre des
    affaires étrangères, Stéphane Séjourné, ...", "the head of the agency, Rafael Grossi, ..."."""
    if tokens[index].kind != "W" or tokens[index].value not in _ROLES or tokens[index].cap:
        return False
    k = index + 1
    while k < len(tokens) and k - index <= _ROLE_PHRASE_SPAN and tokens[k].kind == "W":
        k += 1  # "des affaires étrangères", "of the agency"
    if k >= len(tokens) or tokens[k].value != ",":
        return False
    names = 0
    for token in tokens[k + 1:k + 5]:
        if token.kind == "W" and _name_like(token):
            names += 1
            continue
        return names >= 2 and token.value in _APPOSITION_MARKS
    return False


def _valid_subject_mention(tokens: list[_Token], index: int) -> bool:
    token = tokens[index]
    if token.inflected:
        return False  # Захаровой, Подоляка: not the grammatical subject
    if index + 1 < len(tokens) and tokens[index + 1].value in ("'", "\u2019"):
        return False  # Zakharova's remarks
    if index > 0 and tokens[index - 1].kind == "W" and tokens[index - 1].value in _PREPOSITIONS:
        return False  # by Zakharova, with Zelensky
    if index > 1 and tokens[index - 1].value == "a" and tokens[index - 2].value in _CLOSE_TO:
        return False  # Spanish "cercano a Lavrov", Italian "vicino a Lavrov" ("a" is also an article)
    return True


def _subject_at(tokens: list[_Token], index: int, context: _Context, verb_gender: str | None = None) -> str | None:
    """Official id, ``_UNTRACKED`` or None for the token at ``index`` as a subject candidate. ``verb_gender``: the
    gender a Russian or Ukrainian past-tense verb gives its subject ("дипломат подчеркнула")."""
    token = tokens[index]
    if token.kind == "M":
        return token.value if _valid_subject_mention(tokens, index) else None
    if token.kind != "W":
        return None
    if token.value in _PRONOUNS:
        # In a trailing attribution (", he added", ", fügte er hinzu", ", a-t-il ajouté") the pronoun is not someone
        # named in the clause it attributes: "Putin must not be rewarded, he added" is someone else speaking.
        trailing = (index >= 1 and tokens[index - 1].value in _CLAUSE_MARKS
                    or index >= 2 and tokens[index - 2].value in _CLAUSE_MARKS
                    and (_speech_verb(tokens, index - 1) or tokens[index - 1].value in _FR_AUXILIARIES))
        # Someone named before the quote it attributes still counts: "Maria Sacharowa wurde deutlicher: „...“,
        # schrieb sie".
        before = next((k for k, t in enumerate(tokens[:index]) if t.kind == "Q"), 0) if trailing else index
        if trailing and before == 0 and (official := _copula_colon_subject(tokens, index)) is not None:
            gender = context.watchlist.officials[official].gender
            if gender is None or gender == _PRONOUNS[token.value] or _PRONOUNS[token.value] is None:
                return official  # "Zelensky was furious: Scholz's decision, he said, had opened ...": Zelensky
        return context.resolve(tokens, before, _PRONOUNS[token.value], None) or _UNTRACKED
    role = token.value
    if token.cap and role in _LOWERCASE_ROLES:
        return None  # an outlet or a name: "Politico said", not "o político norueguês"
    if index >= 2 and tokens[index - 1].value == "-" and (tokens[index - 2].value, role) in _HYPHENATED_ROLES:
        role = _HYPHENATED_ROLES[tokens[index - 2].value, role]  # "porte-parole", "пресс-секретарь"
    elif (office := _office_at(tokens, index)) is not None:
        role = office[0]  # "le chef de l'Etat", "le secrétaire d'Etat américain", "глава государства"
    if role in _ROLES:
        role_words, gender = _ROLES[role]
        if gender is None and index > 0:
            gender = _ARTICLE_GENDERS.get(tokens[index - 1].value)  # "la diplomate russe"
        gender = gender or verb_gender
        someone_new, qualifiers = _role_phrase(tokens, index)
        if someone_new:
            return _UNTRACKED
        if (employer := _official_possessor(tokens, index)) is not None:
            # "Zelensky's spokesman": on the staff of that official, so not the official, and of their country
            official = context.watchlist.officials.get(employer)
            if official is None or not official.nationality:
                return _UNTRACKED
            qualifiers += (fold(official.nationality.split()[0]),)
            resolved = context.resolve(tokens, index, gender, role_words, qualifiers)
            return resolved if resolved not in (None, employer) else _UNTRACKED
        if context.norwegian and index + 1 < len(tokens) and tokens[index + 1].kind == "W" \
                and _name_like(tokens[index + 1]):
            return _UNTRACKED  # "sier forsvarsminister Odd Roger Enoksen": the one named, not the last minister
        return context.resolve(tokens, index, gender, role_words, qualifiers) or _UNTRACKED
    if (demonym := _nationality_noun(tokens, index)) is not None:
        country, gender = demonym  # "O norueguês tem repetido que", "acrescentou o português", "the Norwegian said"
        return context.resolve_nationality(tokens, index, gender, country)
    if _name_like(token):
        if index + 1 < len(tokens) and tokens[index + 1].value == "-" and tokens[index + 1].start == token.end:
            return None  # the first part of a compound: "US-Chefdiplomat", "SPD-Politiker"
        # "в своем Telegram-канале", "on Telegram", "у коментарі Цензор.НЕТ": a place or medium, not a subject
        first = index
        while first >= 2 and _inside_word(tokens, first - 1):
            first -= 2
        if any(t.kind == "W" and t.value in _TAIL_PREPOSITIONS for t in tokens[max(0, first - 2):first]):
            return None
        if _names_a_medium(tokens, index):
            return None
        return _UNTRACKED
    return None


def _official_possessor(tokens: list[_Token], index: int) -> str | None:
    """The tracked official in a possessive before the role noun at ``index`` ("Zelensky's spokesman", "Putin's top
    foreign-policy aide"), or None."""
    k = index - 1
    while k >= 2 and index - k <= _ROLE_PHRASE_SPAN and (tokens[k].kind == "W" and tokens[k].value != "s"
                                                          or _inside_word(tokens, k)):
        k -= 1  # past the role's own words: "top foreign-policy"
    return tokens[k - 2].value if k >= 2 and _possessive(tokens, k) and tokens[k - 2].kind == "M" else None


# Role nouns that are ordinary words capitalised: the outlet "Politico"
_LOWERCASE_ROLES = _words("politico politica militar")


def _office_end(tokens: list[_Token], index: int) -> int | None:
    """Where the complement of the office whose head noun is at ``index`` ends, or None (see ``_office_at``)."""
    office = _office_at(tokens, index)
    return office[1] if office is not None else None


def _names_a_medium(tokens: list[_Token], index: int) -> bool:
    """The capitalised word at ``index`` is part of the name of an outlet after the noun for it, between a subject
    and its verb: "в интервью агентству AP", "в интервью РИА Новости", "изданию The Economist"."""
    k = index - 1
    while k >= 0 and index - k <= 4 and tokens[k].kind == "W" and (_name_like(tokens[k]) or tokens[k].value == "the"
                                                                   and tokens[k].cap):
        k -= 1  # the rest of the name: "The Economist", "РИА Новости"
    if k >= 2 and tokens[k].value == "ю" and tokens[k - 1].value in ("'", "\u2019") and tokens[k - 2].value == "інтерв":
        return True  # "в інтерв'ю The Economist"
    return k >= 0 and tokens[k].kind == "W" and tokens[k].value in _MEDIA_NOUNS


def _inside_word(tokens: list[_Token], index: int) -> bool:
    """The mark at ``index`` joins two words without a space: "інтерв'ю", "Telegram-канале", "Цензор.НЕТ"."""
    token = tokens[index]
    return token.kind == "P" and token.value in ("'", "\u2019", "-", ".") and 0 < index < len(tokens) - 1 \
        and tokens[index - 1].end == token.start and tokens[index + 1].start == token.end \
        and tokens[index - 1].kind == tokens[index + 1].kind == "W"


def _title_phrase_word(token: _Token) -> bool:
    """A word of a title phrase opening a sentence ("Kremlin spokesman", "The Russian foreign minister", "U.S."),
    not an opening adverbial ("After", "Meanwhile")."""
    return (token.kind == "W" and token.value not in _SENTENCE_ADVERBIALS
            and (token.cap or token.value in ("of", "the") or token.value in _ROLES or token.value in _TITLES
                 or _nationality(token.value) is not None  # "Der ukrainische Präsident"
                 or token.value in _PORTFOLIOS)  # "Ukraine's foreign minister Dmytro Kuleba"
            or token.value == ".")


def _possessive(tokens: list[_Token], index: int) -> bool:
    """The "'s" of a capitalised word: "Germany's", "Ukraine's" (one token for the mark, one for the s)."""
    token = tokens[index]
    if token.value in ("'", "\u2019"):
        return index > 0 and tokens[index - 1].cap and index + 1 < len(tokens) and tokens[index + 1].value == "s"
    return token.value == "s" and index > 1 and tokens[index - 1].value in ("'", "\u2019") and tokens[index - 2].cap


def _introduces_someone(text: str, start: int, end: int) -> bool:
    """The sentence opens with someone who is not tracked: two capitalised words that may be a name ("Alexander
    Bogomaz, the governor, posted"), or an office ("The governor of the Bryansk region posted")."""
    if _GERMAN_TITLED_NAME.match(text, start, end):
        return True
    match = _FIRST_TWO_WORDS.match(text, start, end)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    folded = fold(first)
    if first[0].isupper() and second[0].isupper() and folded not in _NOT_NAMES:
        return True
    return folded in _OFFICES or fold(second) in _OFFICES


def _sentence_subject(tokens: list[_Token]) -> str | None | bool:
    """Who opens the sentence as its subject: an official's id, None for a titled person who is not tracked
    ("Turkish President Recep Tayyip Erdogan met Putin"), or False when the sentence opens otherwise."""
    if tokens and tokens[0].value in ("den", "dem"):
        return False  # German object first: "Den ukrainischen Präsidenten Selenskyj empfing Scholz"
    if len(tokens) > 3 and (tokens[0].value in _ARTICLES or tokens[0].value in _FOREIGN_ARTICLES) and (
            tokens[1].value in _ROLES or tokens[1].value in _TITLES or tokens[1].value in _OFFICES
            or tokens[1].value in _OFFICE_PHRASES):
        comma = next((k for k in range(2, min(len(tokens) - 2, _APPOSITION_SPAN)) if tokens[k].value == ","), None)
        if comma is not None and tokens[comma + 1].kind == "M" and tokens[comma + 2].value == "," \
                and not any(t.kind in ("M", "Q") for t in tokens[:comma]):
            return tokens[comma + 1].value  # "Le chef du bureau présidentiel ukrainien, Andriy Yermak, qui ..."
    titled = False
    names = 0
    for k, token in enumerate(tokens):  # along the opening title phrase only
        if token.kind == "M":
            return token.value if _valid_subject_mention(tokens, k) else False
        titled = titled or _titled_name(tokens, k)
        if token.value == "-" and 0 < k < len(tokens) - 1 and tokens[k - 1].end == token.start \
                and token.end == tokens[k + 1].start:
            continue  # "Пресс-секретарь Кремля Дмитрий Песков", "Porte-parole du Kremlin"
        if k == 0 and token.value in _FOREIGN_ARTICLES:
            continue  # (after opening adverbials: "Mardi, le président français ...")
        if (token.value == "," and titled and k + 2 < len(tokens) and tokens[k + 1].kind == "M"
                and tokens[k + 2].value == ","):
            return tokens[k + 1].value  # "Le chef du bureau présidentiel ukrainien, Andriy Yermak, qui ..., a publié"
        if titled and token.kind == "W" and (token.value in _OF or (
                token.value in _FOREIGN_ARTICLES or token.value in _PT_ARTICLES) and tokens[k - 1].value in _OF):
            continue  # the title's complement: "El asesor de la Oficina del Presidente ucraniano Mijailo Podoliak"
        if k > 0 and tokens[k - 1].value in _ROLES and token.kind == "W" and not token.cap \
                and _adjective_like(token.value):
            continue  # an adjective after the role noun: "o conselheiro presidencial", "le conseiller diplomatique"
        if not (_title_phrase_word(token) or token.value in _OFFICES or _possessive(tokens, k)):
            break
        names += _name_like(token)
        titled = titled or token.value in _ROLES or token.value in _TITLES or token.value in _OFFICES
    # Someone else: a titled person ("Turkish President Recep Tayyip Erdogan met Putin", "The governor of the
    # Bryansk region posted") or a full name ("Alexander Bogomaz, the governor, posted").
    return None if titled or names >= 2 else False


# Endings of Romance adjectives after a role noun ("presidencial", "diplomatique", "americano"), not of verbs
_ADJECTIVE_ENDINGS = ("al", "ial", "ique", "ico", "ica", "ano", "ana", "eiro", "eira", "ivo", "iva", "ario", "aria",
                      "ien", "ienne", "isch", "ische")


def _adjective_like(word: str) -> bool:
    """A lowercase word after a role noun that qualifies it: a nationality or an adjective (not "recebeu", "reçoit")."""
    return _nationality(word) is not None or word.endswith(_ADJECTIVE_ENDINGS) and word not in _SPEECH_VERBS \
        and word not in _SENTENCE_ADVERBIALS


def _named_after_title(tokens: list[_Token], role: int) -> str | None | bool:
    """The person a title opening the sentence introduces by name a few words on ("Министр обороны РФ Сергей
    Шойгу", "Le ministre russe des Affaires étrangères Sergueï Lavrov"): the official, None for someone untracked
    (two capitalised words in a row), False when no name follows the title."""
    previous_name = False
    for k in range(role + 1, min(len(tokens), role + 7)):
        token = tokens[k]
        if token.kind == "M":
            return token.value
        if token.value == "," and k + 1 < len(tokens) and tokens[k + 1].kind == "M":
            return tokens[k + 1].value  # in apposition: "Son ministre des Affaires étrangères, Dmytro Kouleba, ..."
        if token.kind != "W" or _speech_verb(tokens, k):
            return False
        if _name_like(token) and previous_name:
            return None
        previous_name = _name_like(token)
    return False


def _title_before(tokens: list[_Token], index: int) -> str:
    """The words right before the name at ``index`` (up to three, up to a coordinator or punctuation), which may be
    the title it is given in this text ("министра обороны Сергея Шойгу", "Defence Minister Sergei Shoigu" folded);
    "" when they cannot be (see below). ``_title_holds_role`` decides whether they name an office."""
    words: list[str] = []
    for token in reversed(tokens[max(0, index - _ROLE_PHRASE_SPAN + 1):index]):
        if token.kind != "W" or token.value in _COORDINATORS:
            break
        words.append(_SLAVIC_PORTFOLIOS.get(token.value, token.value))  # ("министра defence": see _qualifies)
    near = index - 1  # the word before the name, past a country ("президента России Шойгу")
    while near > 0 and tokens[near].kind == "W" and _slavic_country(tokens[near]):
        near -= 1
    word = tokens[near] if words else None
    if word is not None and word.kind == "W" and (
            word.value in _TAIL_PREPOSITIONS or not tokens[index].inflected and not word.cap
            and _CYRILLIC_START.match(word.value) and word.value not in _TITLE_WORDS
            and word.value not in _OFFICE_PHRASES and any(word.value.startswith(role) for role in _CYRILLIC_ROLES)):
        # the name is the object of a preposition ("встречи президента с Шойгу"), or the role noun right before a
        # name in the nominative is in another case, another noun's ("Указом президента Шойгу назначен", "доклада
        # президенту Шойгу"); with the first name in its case it is the title ("министра обороны Сергея Шойгу")
        return ""
    return " ".join(reversed(words))


_CYRILLIC_ROLES = tuple(role for role in _ROLES if _CYRILLIC_START.match(role)) + ("глав", "очільник", "керівник")


def _words_before(tokens: list[_Token], end: int) -> str:
    """The words of the noun phrase ending at ``end`` (its title and name), for telling untracked people apart."""
    words: list[str] = []
    for token in reversed(tokens[max(0, end - 5):end]):
        if token.kind != "W":
            break
        words.append(token.value)
    return " ".join(reversed(words))


def _words_after(tokens: list[_Token], start: int) -> str:
    """The words of a noun phrase after a verb, from ``start`` (its title and name, and an apposition: "said Ukraine's
    top commander, General Oleksandr Syrskyi", "said Rafael Grossi, director general of the IAEA"), up to a quote, the
    end of the clause, or a comma that a participle or relative clause follows ("a écrit le président américain,
    qualifiant son homologue français de ...", ", who briefed the council")."""
    words: list[str] = []
    for k in range(start, min(len(tokens), start + 12)):
        token = tokens[k]
        if token.kind == "Q" or token.value in ".;:!?" or token.value == "," and k + 1 < len(tokens) and (
                tokens[k + 1].value in _RELATIVE_PRONOUNS or not tokens[k + 1].cap
                and tokens[k + 1].value.endswith(_CLAUSE_PARTICIPLE_ENDINGS)):
            break
        if token.kind == "W":
            words.append(token.value)
    return " ".join(words)


_QUOTING_OTHERS = _words(fold("""quoted quoting cited citing zitierte zitiert zitierend процитировал процитировала
процитував процитувала цитируя цитуючи cité citant"""))

# How the official is before the colon: "was blunt:", "wird noch deutlicher:", "был лаконичен:", "était formel :",
# or whom they turned to: "звернувся до партнерів:", "обмежився коротким дописом:"
_COPULAS = _words(fold("""is was war ist wird wurde blieb bleibt est était fut был была было був була є appealed foi
esteve mostrou été звернувся звернулася обратился обратилась обмежився обмежилася ограничился ограничилась"""))


def _copula_before_colon(tokens: list[_Token], subject: int, colon: int) -> int | None:
    """The copula of "<official> <copula> <manner>:" ("Stoltenberg ... был лаконичен:", "Zelensky was furious:"), or
    None when the colon follows an act or an object ("Putin signed the decree:", "Zelensky showed a letter:"),
    someone else or a quote is named first, or a clause of someone else's comes between (a relative clause about
    the official does not count: "Шольц, якого ... критикували, цього разу був однозначним:")."""
    copula = None
    k = subject + 1
    if k < colon and tokens[k].value == "," and subject > 0 and tokens[subject - 1].value == ",":
        k += 1  # the end of the name's apposition: "O secretário-geral da NATO, Jens Stoltenberg, foi taxativo:"
    while k < colon:
        token = tokens[k]
        if token.kind in ("M", "Q") or token.value in _QUOTING_OTHERS:
            return None
        if token.value == ",":
            if k + 1 < colon and (_relative_pronoun(tokens[k + 1].value) or tokens[k + 1].value in _UK_RELATIVES):
                end = next((m for m in range(k + 2, colon) if tokens[m].value == ","), None)
                if end is None:
                    return None
                k = end + 1  # past the relative clause
                continue
            return None  # ("Selenskyj ist enttäuscht, die Reaktion aus Berlin bleibt knapp:")
        if copula is None and token.kind == "W" and token.value in _COPULAS:
            copula = k
        k += 1
    return copula


def _copula_colon_subject(tokens: list[_Token], before: int) -> str | None:
    """The official opening the sentence as "<official> <copula> <manner>:" before ``before`` ("Zelensky was furious:
    ..."), whose words follow the colon; None otherwise."""
    colon = next((k for k, t in enumerate(tokens[:before]) if t.value == ":"), None)
    found = _official_before_colon(tokens, colon) if colon is not None else None
    return found[0] if found is not None else None


def _official_before_colon(tokens: list[_Token], colon: int,
                           context: _Context | None = None) -> tuple[str, int] | None:
    """The official opening the sentence as "<official> <copula> <manner>" before the colon at ``colon``, and where
    they are named; None when the sentence opens otherwise or the colon follows something else. Adverbial phrases
    may come first: "In an interview with CNN, Blinken was blunt:"."""
    opener = _sentence_subject(tokens)
    if not isinstance(opener, str) and (after := _opening_adverbials_end(tokens)) and after < colon:
        opener = _sentence_subject(tokens[after:])
    if opener is None and context is not None and len(tokens) > 1 and tokens[0].value in _FOREIGN_ARTICLES \
            and tokens[1].value in _ROLES and 1 < colon:
        # a role noun naming an official before: "O Presidente francês foi taxativo:", Spanish "El mandatario galo
        # fue rotundo:"
        k = _office_end(tokens, 1) or 2
        if k < colon and tokens[k].kind == "W" and not tokens[k].cap and _nationality(tokens[k].value) is not None:
            k += 1  # "El mandatario galo fue rotundo:"
        resolved = _subject_at(tokens, 1, context) if k < colon and tokens[k].value in _COPULAS else None
        if resolved not in (None, _UNTRACKED):
            return resolved, 1  # (not "Le président de la Douma a été clair :", someone else)
    if context is not None and (inverted := _inverted_copula_subject(tokens, colon, context)) is not None:
        return inverted
    if not isinstance(opener, str):
        return None
    subject = next(k for k, t in enumerate(tokens) if t.kind == "M")
    if subject >= colon or _copula_before_colon(tokens, subject, colon) is None:
        return None
    return opener, subject


# German copulas, before their subject in second position, and the manner that ends the phrase before the colon:
# "Beim Spatenstich wurde der Kanzler noch grundsätzlicher:" (not "ist der Kanzler ein Zauderer:", "wurde der
# Kanzler gefragt:")
_DE_COPULAS = _words("wurde wird")
_DE_MANNERS = _words(fold("""deutlich deutlicher klar klarer grundsätzlich grundsätzlicher konkret konkreter scharf
schärfer drastisch drastischer emotional persönlich persönlicher energisch deutlichst"""))


def _inverted_copula_subject(tokens: list[_Token], colon: int, context: _Context) -> tuple[str, int] | None:
    """The official after a German copula in second position, before the colon: "Beim Spatenstich wurde der Kanzler
    noch grundsätzlicher:", "Auf die Frage, ob ..., wurde der SPD-Politiker deutlich:" (the first position is a
    phrase naming no official); their words follow the colon."""
    copula = next((k for k in range(1, colon - 1) if tokens[k].value in _DE_COPULAS
                   and tokens[k - 1].kind in ("W", "P") and tokens[k - 1].value not in _ARTICLES), None)
    if copula is None or any(t.kind in ("M", "Q") for t in tokens[:copula]):
        return None
    subject = copula + 1
    if tokens[subject].kind != "M":
        if tokens[subject].value not in ("der", "die"):
            return None
        subject += 1
        while subject + 2 < colon and _inside_word(tokens, subject + 1):
            subject += 2  # "der SPD-Politiker"
        if tokens[subject].value not in _ROLES:
            return None
    if colon - subject > 4 or tokens[colon - 1].value not in _DE_MANNERS \
            or any(t.kind != "W" or t.cap for t in tokens[subject + 1:colon]):
        return None  # the manner only: "noch grundsätzlicher", "deutlich" (not "von Demonstranten empfangen")
    official_id = tokens[subject].value if tokens[subject].kind == "M" else _subject_at(tokens, subject, context)
    return (official_id, subject) if official_id not in (None, _UNTRACKED) else None


def _named_with_relative(tokens: list[_Token]) -> bool:
    """The sentence opens with someone untracked named by one word and a relative clause about a person: "Trump,
    who had threatened ...", "Erdoğan, qui ..."."""
    return (len(tokens) > 2 and tokens[0].kind == "W" and _name_like(tokens[0]) and tokens[1].value == ","
            and tokens[2].value in _PERSON_RELATIVES)


_PERSON_RELATIVES = _words("who")  # (French "qui", German "der", Russian "который" follow a capital city too)


def _indefinite_source(tokens: list[_Token]) -> tuple[str, str | None] | None:
    """Who gives their view when the sentence opens with someone introduced by an indefinite article ("Pour un
    chercheur lillois, ...", "Selon une source diplomatique, ...", "According to a Western official, ..."): the words
    naming them (which a later role noun must match) and the gender of the article; None otherwise."""
    k = _after_opening_source(tokens, also=("pour",))
    if k is None or tokens[k].value not in _INDEFINITE:
        return None
    comma = next((m for m in range(k + 1, len(tokens)) if tokens[m].value == ","), len(tokens))
    return " ".join(t.value for t in tokens[k + 1:comma]), _INDEFINITE_GENDERS.get(tokens[k].value)


_INDEFINITE_GENDERS = {"un": "m", "ein": "m", "une": "f", "eine": "f", "einer": "f"}


def _unresolved_pronoun_source(tokens: list[_Token]) -> str | None:
    """The pronoun of "Selon lui, ...", "According to her, ..." opening the sentence (its speaker left unresolved)."""
    k = _after_opening_source(tokens)
    return tokens[k].value if k is not None and tokens[k].value in _STRESSED_PRONOUNS else None


def _after_opening_source(tokens: list[_Token], also: tuple[str, ...] = ()) -> int | None:
    """Where the source begins when the sentence opens with "according to", "по словам", "selon", "laut" (or one of
    ``also``); None when it opens otherwise."""
    if len(tokens) > 2 and (tokens[0].value, tokens[1].value) in _ACCORDING:
        return 2
    if len(tokens) > 3 and (tokens[0].value, tokens[1].value, tokens[2].value) in _ACCORDING_TRIPLES:
        return 3
    return 1 if len(tokens) > 1 and (tokens[0].value in _ACCORDING_WORDS or tokens[0].value in also) else None
