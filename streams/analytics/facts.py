"""The facts of a text (numbers, weekdays, months, number words) and its names, each in one spelling (pure analytics).

Facts are what an update of a story changes while keeping its words: "21 people were killed" after "14", "on
Friday" after "on Tuesday", "in September", "ten Patriot systems" after "seven". Outlets spell them their own way,
so a fact is written one way whatever the text's spelling and language: a number is its digits ("20,000" and
"20.000" are "20000"; a decimal keeps its separator as "_", so "1.5" is "1_5", not "15"); a cardinal word its
digits ("ten", "десять" are "10"); a weekday or month its English name ("Aug.", "августа", "août", "agosto" are
"august"); a word of magnitude its English word ("тысяч" is "thousand") or, right after a number, multiplies it
("10 тысяч" and "10 000" are "10000", "2,5 Milliarden" and "2.5 billion" "2500000000"); a date in figures its day
and month ("16.05", "16.5.", "27/02"). ``kind`` tells a fact's kind, so that a fact replaced by another of its kind
(news) can be told from one added or left out (a longer or trimmed copy).

Weekdays and months are read in the languages statements are read in, as whole words in the forms dates take
("27 августа", "в августе", "у п'ятницю"; a stem would take "Mercosur" for a Wednesday, "четверть" for a Thursday,
"березовий" for March). Number words are read in English, Russian and Ukrainian, and in the other languages those
that are no other word anywhere (Portuguese "dos" is "of the", French "sept" the English abbreviation of September).
Names (``names``) are a statement's capitalised words with the word before each: "to Odesa" replaces "to Kyiv",
and "Kiev" is "Kyiv" spelled otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from difflib import SequenceMatcher

from streams.analytics.officials import fold

__all__ = ["facts", "fact_of", "kind", "names", "replaces_a_name", "MAX_FACTS", "MAX_NAMES", "NAME_MARK"]

#: The facts of a text held (a table of figures has hundreds)
MAX_FACTS = 256
# The longest number read as one fact
_LONGEST_NUMBER = 24

_WEEKDAYS = {
    "monday": """monday понедельник понедельника понеділок понеділка montag lundi lunes lunedì mandag""",
    "tuesday": """tuesday вторник вторника вівторок вівторка dienstag mardi martes martedì tirsdag""",
    "wednesday": """wednesday среду середу mittwoch mercredi miércoles mercoledì onsdag""",
    "thursday": """thursday четверг четверга четвер donnerstag jeudi jueves giovedì torsdag""",
    "friday": """friday пятницу пятница пятницы п'ятницю п'ятниця п'ятниці freitag
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
    "may": """мая мае май травня травні травень mai maio maggio""",
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
    "5": "five пять пяти п'ять", "6": "six шесть шість", "7": "seven семь сім", "8": "eight восемь вісім",
    "9": "nine девять дев'ять", "10": "ten десять", "11": "eleven", "12": "twelve", "13": "thirteen",
    "14": "fourteen", "15": "fifteen", "16": "sixteen", "17": "seventeen", "18": "eighteen", "19": "nineteen",
    "20": "twenty", "30": "thirty", "40": "forty", "50": "fifty", "60": "sixty", "100": "сто", "200": "двести",
    "300": "триста", "1.5": "полтора півтора",
}
# ... and in the other languages, those that are no other word there or elsewhere (not Spanish "dos", in Portuguese
# "of the", nor "doce", "sweet"; Italian "due", English, nor "venti", "winds"; Portuguese "dez", German for December;
# Norwegian "to", "fire"; French "neuf", "new", and "sept", September)
_CARDINALS_ELSEWHERE = {
    "2": "zwei deux dois duas", "3": "drei trois tres três", "4": "vier quatre cuatro quattro quatro",
    "5": "fünf cinq cinco cinque fem", "6": "sechs seis seks", "7": "sieben siete sette sete sju",
    "8": "acht huit ocho oito åtte", "9": "neun nueve nove", "10": "zehn dix diez dieci",
    "12": "zwölf douze dodici doze tolv", "20": "zwanzig vingt veinte vinte tjue",
    "30": "dreißig trente treinta trenta trinta tretti",
}
_MAGNITUDES = {
    "hundred": "hundred hundreds сотни сотні", "dozen": "dozen dozens десятки",
    "thousand": """thousand thousands тысяча тысячи тысяч тыс тисяча тисячі тисяч тис tausend mille mil mila tusen""",
    "million": """million millions миллион миллиона миллионов млн мільйон мільйона мільйонів millionen millón
        millones milhão milhões milione milioni mln millioner""",
    "billion": """billion billions bn миллиард миллиарда миллиардов млрд мільярд мільярда мільярдів milliarde
        milliarden mrd milliard milliards miliardo miliardi milliarder bilhão bilhões""",
    "half": "half половина", "third": "third треть третина", "quarter": "quarter",
}
# What a number followed by a magnitude is multiplied by ("10 тысяч" is 10000, "2.5 billion" 2500000000; the long
# scale's "Billionen", "billioner" are left alone)
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}


def _table(names: dict[str, str]) -> dict[str, str]:
    # Each spelling, as written and folded, with one apostrophe for the three ("п'ятницю", "пʼятницю", "п’ятницю")
    table: dict[str, str] = {}
    for name, spellings in names.items():
        for spelling in spellings.split():
            word = _one_apostrophe(spelling.lower())
            table[word] = table[fold(word)] = name
    return table


def _one_apostrophe(word: str) -> str:
    return word.replace("\u2019", "'").replace("\u02bc", "'")


_WORDS = {**_table(_CARDINALS_ELSEWHERE), **_table(_CARDINALS), **_table(_MAGNITUDES), **_table(_WEEKDAYS),
          **_table(_MONTHS)}
_KINDS = {**{name: "weekday" for name in _WEEKDAYS}, **{name: "month" for name in _MONTHS},
          **{name: "magnitude" for name in _MAGNITUDES}}


def fact_of(word: str) -> str | None:
    """The fact a lowercase word (as written or folded) names, or None: "августа" is "august", "ten" is "10"."""
    return _WORDS.get(_one_apostrophe(word) if "\u2019" in word or "\u02bc" in word else word)


def kind(fact: str) -> str:
    """A fact's kind: ``number``, ``weekday``, ``month``, ``magnitude`` or ``name``."""
    return "name" if fact.startswith(NAME_MARK) else _KINDS.get(fact, "number")


def facts(text: str) -> tuple[str, ...]:
    """The facts of a text, each once, in the order they come (at most ``MAX_FACTS``)."""
    found: dict[str, None] = {}
    text = _PORTUGUESE_WEEKDAY.sub(_weekday, text)
    pending: Decimal | None = None  # a number that a magnitude right after it may multiply
    after_pending = 0  # where that number ends
    for match in _SCAN.finditer(text):
        group = match.lastgroup
        word = match.group() if group == "word" else None
        fact = _WORDS.get(word.lower()) if word is not None else None  # (fact_of, inline: this runs for every word)
        if fact is None and word is not None and ("\u2019" in word or "\u02bc" in word):
            fact = fact_of(word.lower())  # (a word with another apostrophe than the table's)
        if fact is None and word is not None and pending is None:
            continue  # (most words: no fact, nothing to close)
        if pending is not None:
            if fact in _MULTIPLIERS and word.lower() not in _MANY and not text[after_pending:match.start()].strip():
                pending = min(pending * _MULTIPLIERS[fact], _LARGEST)
                after_pending = match.end()
                continue
            found[_written(pending)] = None
            pending = None
        if group in _DATE_GROUPS and (date := _date(match, text)) is not None:
            found.update(dict.fromkeys(date))
        elif group in _DATE_GROUPS and match.group("sep") == "/":
            found[match.group("day")] = found[match.group("month")] = None  # "2/24": a US date, or a ratio
        elif group in _DATE_GROUPS:
            pending = Decimal(f"{match.group('day')}.{match.group('month')}")  # "1.5 billion", "3.05%"
        elif word is None:
            pending = _value(match)
        elif fact is not None and fact[0].isdigit():
            pending = Decimal(fact)  # a cardinal word: "ten thousand", "четыре тысячи", "півтора мільйона"
        elif fact is not None:
            found[fact] = None
        if pending is not None:
            after_pending = match.end()
            if _YEARS[0] <= pending <= _YEARS[1] and pending == pending.to_integral_value():
                found[_written(pending)] = None  # a year is not multiplied: "In 2022 тысячи людей бежали"
                pending = None
        if len(found) >= MAX_FACTS:
            break
    if pending is not None:
        found[_written(pending)] = None
    return tuple(found)[:MAX_FACTS]


_MONTH_NAMES = list(_MONTHS)
# The groups a date in figures ends with (the last group _SCAN matched: ``Match.lastgroup``)
_DATE_GROUPS = frozenset({"month", "year", "dot"})
# Magnitudes that say "many" rather than multiply the number before them ("2022 thousands of people" is no number)
_MANY = frozenset("hundreds thousands millions billions dozens".split())
# Years, which no magnitude multiplies, and the largest value read (a longer number is cut: see _LONGEST_NUMBER)
_YEARS = (1900, 2100)
_LARGEST = Decimal(10) ** _LONGEST_NUMBER
# What may be a date in figures: "16.05.2024", "16.5.", "06.09", "16/05/2024" (read by _date)
_DAY_MONTH = (r"(?<![\d.,])(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?!\d)"
              r"(?:(?P=sep)(?P<year>\d{4})(?!\d)|(?P<dot>\.)(?!\d))?")
# A number: with thousands separators ("20,000", "1.000.000", "10 000", and a decimal part: "1,000,000.50"), a
# decimal ("1.5", "2,5"), or digits; at most 64 characters read of one
_FIGURE = (r"(?P<grouped>\d{1,3}(?:(?P<gsep>[.,])\d{3}){1,20}(?:(?!(?P=gsep))[.,]\d{1,20})?(?![.,]?\d))"
           r"|(?P<spaced>(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,20}(?![.,]?\d))"
           r"|(?P<decimal>\d{1,32}[.,]\d{1,32})|(?P<digits>\d{1,64})")
_SCAN = re.compile(rf"(?=\d)(?:{_DAY_MONTH}|{_FIGURE})|(?P<word>[^\W\d_]+(?:['\u02bc\u2019][^\W\d_]+)*)")
# What follows a decimal, not a date: a percentage ("3.05%", "1.05 percent", "2,05 Prozent")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent|pour\s*cent|por\s*ciento|por\s*cento|per\s*cento|prozent|prosent"
                            r"|проц|відс)", re.IGNORECASE)
# Portuguese weekdays are two words ("quinta-feira"), each of which alone means something else
_PORTUGUESE_WEEKDAY = re.compile(r"\b(segunda|terça|terca|quarta|quinta|sexta)-feira", re.IGNORECASE)
_FEIRA = {"segunda": "monday", "terça": "tuesday", "terca": "tuesday", "quarta": "wednesday", "quinta": "thursday",
          "sexta": "friday"}


def _weekday(match: re.Match[str]) -> str:
    return _FEIRA[match.group(1).lower()]


def _date(match: re.Match[str], text: str) -> tuple[str, ...] | None:
    """The day, month (and year) of a date in figures, or None when it is a decimal: with a year it is a date, and
    with a slash ("27/02"); with a dot after it ("am 16.5. in Peking") when no capital follows (which would start a
    sentence: "rose to 16.5. Prices ..."); without either ("16.05 в Пекине") when the day or the month has a leading
    zero and no percentage or magnitude follows."""
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if match.group("year") is not None:
        return str(day), _MONTH_NAMES[month - 1], match.group("year")
    if match.group("sep") == "/":
        return str(day), _MONTH_NAMES[month - 1]
    rest = text[match.end():match.end() + 16]
    if match.group("dot") is not None:
        if rest.lstrip()[:1].isupper():
            return None
    elif not ("0" in (match.group("day")[0], match.group("month")[0]) and len(match.group("month")) == 2) \
            or _PERCENT_AFTER.match(rest) or (
                (following := rest.split()[:1]) and fact_of(following[0].strip(".,;:").lower()) in _MULTIPLIERS):
        return None
    return str(day), _MONTH_NAMES[month - 1]


def _value(number: re.Match[str]) -> Decimal:
    if number.group("grouped") is not None:
        grouped = number.group("grouped").replace(number.group("gsep"), "")
        return Decimal(grouped.replace(",", "."))  # (the decimal part's separator, the other one)
    if number.group("spaced") is not None:
        return Decimal(re.sub(r"\D", "", number.group("spaced")))
    if number.group("decimal") is not None:
        return Decimal(number.group("decimal").replace(",", "."))
    return Decimal(number.group("digits")[:_LONGEST_NUMBER])


def _written(value: Decimal) -> str:
    # digits; a decimal keeps its separator as "_", so that "1.5" is not "15"
    return format(value.normalize(), "f").replace(".", "_")[:_LONGEST_NUMBER]


#: What marks a name among facts: "@near>kharkiv" is "Kharkiv" after "near"
NAME_MARK = "@"
# A word with a capital that does not open a sentence, a quote or a parenthesis: a name ("near Kharkiv", "Trump"),
# and the word before it
_NAME_WORD = re.compile(r"[^\W\d_]+")
# (a longer word is no name)
_LONGEST_NAME = 40
_OPENERS = frozenset(".!?:;\"'«»„“‘([\u2014\u2013\u2026-")
#: The names of a statement held (the first ones)
MAX_NAMES = 16
# Spellings of one name are this alike: "Kiev" and "Kyiv", "Kharkiv" and "Kharkov", "Харьков" and "Харькову"
_SAME_NAME = 0.6


def names(text: str, lang: str | None = None) -> tuple[str, ...]:
    """The names of a statement, each with the word before it: its words with a capital that do not open a
    sentence or quote, folded and marked with ``NAME_MARK`` ("@near>kharkiv"); none in German, which capitalises
    its nouns."""
    if lang == "de":
        return ()
    found: dict[str, None] = {}
    left = ""
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        if word[0].isupper() and 1 < len(word) <= _LONGEST_NAME:
            before = text[max(0, match.start() - 8):match.start()].rstrip()
            if before and (before[-1] not in _OPENERS or before[-1] in "'\u2019" and before[-2:-1].isalpha()):
                # (an elision is no quote: "à l'Ukraine")
                found[f"{NAME_MARK}{fold(left)}>{fold(word)}"] = None
                if len(found) >= MAX_NAMES:
                    break
        left = word[:_LONGEST_NAME]
    return tuple(found)


def replaces_a_name(said: Sequence[str], stored: Sequence[str]) -> bool:
    """Whether a statement's names (``names``) put a name where the stored statement's had another after the same
    word ("to Odesa" after "to Kyiv", "к Запорожью" after "к Харькову"); another spelling or case form of a name
    ("Kyiv", "Kiev"; "Харьков", "Харькову") is the same name, and a name only added or left out, or capitalised
    by one outlet ("Derecho Internacional"), replaces none."""
    said_set, stored_set = set(said), set(stored)
    lefts = {_left(name) for name in said_set} & {_left(name) for name in stored_set}
    added = [name for name in said_set - stored_set if _left(name) in lefts]
    removed = [name for name in stored_set - said_set if _left(name) in lefts]
    return any(_left(a) == _left(r) and not any(_same_name(a, other) for other in stored_set)
               and not any(_same_name(r, other) for other in said_set) for a in added for r in removed)


def _left(name: str) -> str:
    return name[len(NAME_MARK):name.index(">")]


def _same_name(a: str, b: str) -> bool:
    a, b = a[a.index(">") + 1:], b[b.index(">") + 1:]
    if a == b:
        return True
    if a[:1] != b[:1] and a[-3:] != b[-3:]:
        return False  # (spellings of a name begin or end alike: "Kyiv", "Kiev"; "Kharkiv", "Charkiv"; "Харькову")
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= _SAME_NAME and matcher.quick_ratio() >= _SAME_NAME \
        and matcher.ratio() >= _SAME_NAME
