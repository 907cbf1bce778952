"""The facts of a text: its numbers, weekdays, months and number words, each in one spelling (pure analytics).

Facts are what an update of a story changes while keeping its words: "21 people were killed" after "14", "on
Friday" after "on Tuesday", "in September", "ten Patriot systems" after "seven". Outlets spell them their own way,
so a fact is written one way whatever the text's spelling and language: a number is its digits ("20,000" and
"20.000" are "20000"; a decimal keeps its separator as "_", so "1.5" is "1_5", not "15"); a cardinal word its
digits ("ten", "десять" are "10"); a weekday or month its English name ("Aug.", "августа", "août", "agosto" are
"august"); a word of magnitude its English word ("тысяч" is "thousand"). ``kind`` tells a fact's kind, so that a
fact replaced by another of its kind (news) can be told from one added or left out (a longer or trimmed copy).

Weekdays and months are read in the languages statements are read in, as whole words in the forms dates take
("27 августа", "в августе", "у п'ятницю"; a stem would take "Mercosur" for a Wednesday, "четверть" for a Thursday,
"березовий" for March). Number words are read in English, Russian and Ukrainian only: elsewhere they are too often
other words (Portuguese "dos" is "of the", French "sept" the English abbreviation of September).
"""

from __future__ import annotations

import re

from streams.analytics.officials import fold

__all__ = ["facts", "fact_of", "kind", "MAX_FACTS"]

#: The facts of a text held (a table of figures has hundreds)
MAX_FACTS = 256
# The longest number read as one fact
_LONGEST_NUMBER = 24
_WORD = re.compile(r"\w+")
# A number with thousands separators ("20,000", "1.000.000"; "20 000" is two) is one fact, its digits; a decimal
# ("1.5", "2,5") one too, its separator kept as "_" (so that "1.5 billion" is not "15 billion")
_NUMBER = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?![.,]?\d)|\d+[.,]\d+")

_WEEKDAYS = {
    "monday": """monday понедельник понедельника понеділок понеділка montag lundi lunes lunedì mandag""",
    "tuesday": """tuesday вторник вторника вівторок вівторка dienstag mardi martes martedì tirsdag""",
    "wednesday": """wednesday среду середу mittwoch mercredi miércoles mercoledì onsdag""",
    "thursday": """thursday четверг четверга четвер donnerstag jeudi jueves giovedì torsdag""",
    "friday": """friday пятницу пятница пятницы пʼятницю пʼятниця пʼятниці п'ятницю п'ятниця п'ятниці freitag
        vendredi viernes venerdì fredag""",
    "saturday": """saturday субботу суббота субботы суботу субота суботи samstag samedi sábado sabato lørdag""",
    "sunday": """sunday воскресенье воскресенья неділю неділя неділі sonntag dimanche domingo domenica søndag""",
}
_MONTHS = {
    "january": """january jan января январе январь січня січні січень januar janvier enero janeiro gennaio""",
    "february": """february feb февраля феврале февраль лютого лютому februar février febrero fevereiro
        febbraio""",
    "march": """march mar марта марте март березня березні березень märz mars marzo março""",
    "april": """april apr апреля апреле апрель квітня квітні квітень avril abril aprile""",
    "may": """мая мае май травня травні травень maio maggio""",
    "june": """june jun июня июне июнь червня червні червень juni juin junio junho giugno""",
    "july": """july jul июля июле июль липня липні липень juli juillet julio julho luglio""",
    "august": """august aug августа августе август серпня серпні серпень août agosto""",
    "september": """september sep sept сентября сентябре сентябрь вересня вересні вересень septembre septiembre
        setembro settembre""",
    "october": """october oct октября октябре октябрь жовтня жовтні жовтень oktober octobre octubre outubro
        ottobre""",
    "november": """november nov ноября ноябре ноябрь листопада листопаді листопад novembre noviembre novembro""",
    "december": """december dec декабря декабре декабрь грудня грудні грудень dezember décembre diciembre dezembro
        dicembre desember""",
}
# Cardinal words of wire copy, as digits ("ten Patriot systems", "пять населенных пунктов")
_CARDINALS = {
    "1": "one", "2": "two два две двух дві", "3": "three три трех трёх трое трьох", "4": "four четыре чотири",
    "5": "five пять пяти пʼять", "6": "six шесть шість", "7": "seven семь сім", "8": "eight восемь вісім",
    "9": "nine девять девʼять", "10": "ten десять", "11": "eleven", "12": "twelve", "13": "thirteen",
    "14": "fourteen", "15": "fifteen", "16": "sixteen", "17": "seventeen", "18": "eighteen", "19": "nineteen",
    "20": "twenty", "30": "thirty", "40": "forty", "50": "fifty", "60": "sixty", "100": "сто", "200": "двести",
    "300": "триста",
}
_MAGNITUDES = {
    "hundred": "hundred hundreds сотни сотні", "dozen": "dozen dozens десятки",
    "thousand": "thousand thousands тысяча тысячи тысяч тисяча тисячі тисяч",
    "million": "million millions миллион миллиона миллионов мільйон мільйона мільйонів",
    "billion": "billion billions миллиард миллиарда миллиардов мільярд мільярда мільярдів",
    "half": "half половина", "third": "third треть третина", "quarter": "quarter",
}


def _table(names: dict[str, str]) -> dict[str, str]:
    # Each spelling, as written and folded; one written with an apostrophe by the second word the word pattern
    # splits it into ("п'ятницю" is "п", "ятницю")
    table: dict[str, str] = {}
    for name, spellings in names.items():
        for spelling in spellings.split():
            word = _WORD.findall(spelling.lower())[-1]
            table[word] = table[fold(word)] = name
    return table


_WORDS = {**_table(_CARDINALS), **_table(_MAGNITUDES), **_table(_WEEKDAYS), **_table(_MONTHS)}
_KINDS = {**{name: "weekday" for name in _WEEKDAYS}, **{name: "month" for name in _MONTHS},
          **{name: "magnitude" for name in _MAGNITUDES}}


def fact_of(word: str) -> str | None:
    """The fact a lowercase word (as written or folded) names, or None: "августа" is "august", "ten" is "10"."""
    return _WORDS.get(word)


def kind(fact: str) -> str:
    """A fact's kind: ``number``, ``weekday``, ``month`` or ``magnitude``."""
    return _KINDS.get(fact, "number")


def facts(text: str) -> tuple[str, ...]:
    """The facts of a text, each once, in the order they come (at most ``MAX_FACTS``)."""
    found: dict[str, None] = {}
    for word in _WORD.findall(_NUMBER.sub(_digits, text.lower())):
        if word.isdecimal() or word.replace("_", "").isdecimal() and word[0] != "_" and word[-1] != "_":
            found[word[:_LONGEST_NUMBER]] = None
        elif (fact := fact_of(word)) is not None:
            found[fact] = None
        else:
            continue
        if len(found) >= MAX_FACTS:
            break
    return tuple(found)


def _digits(number: re.Match[str]) -> str:
    separator = number.group(1)
    return number.group().replace(separator, "") if separator else number.group().replace(",", "_").replace(".", "_")
