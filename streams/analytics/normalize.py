"""Text clean-up for the analytics stage: HTML to plain paragraphs, Unicode canonicalisation, boilerplate removal.

Everything here is pure and stdlib-only. Every regular expression is written so that it runs in linear time on
hostile input (megabyte strings without spaces, unterminated tags, long runs of one character): no nested
quantifiers, and every unbounded quantifier is followed by something it cannot itself match.
"""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = ["normalize_text", "normalize_title"]

# --------------------------------------------------------------------------------------------------------------
# HTML

# Elements whose whole content is not article text. A missing close tag swallows the rest of the document, the way
# a browser would treat it.
_RAW_OPEN = re.compile(r"<!--|<(script|style|noscript|template|head)\b[^<>]*>", re.IGNORECASE)
_RAW_CLOSE = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "noscript", "template", "head")
}

# A tag: `<name ...>`, `</name>`, `<!doctype ...>`, `<?xml ...?>`. The lookahead pins the end of the name, and the
# attribute part stops at the next "<", so an unterminated tag costs only the distance to the next "<".
_TAG = re.compile(r"<(?:(/?)([A-Za-z][A-Za-z0-9:-]*)(?=[\s/>])|[!?])[^<>]*>")

_BLOCK_TAGS = frozenset(
    "p br div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody tfoot blockquote section article header "
    "footer aside nav main pre hr figure figcaption address caption form fieldset details summary".split()
)
_CELL_TAGS = frozenset(("td", "th"))


def _drop_raw_blocks(text: str) -> str:
    """Remove comments and script/style-like elements including their content."""
    parts: list[str] = []
    pos = 0
    while (m := _RAW_OPEN.search(text, pos)) is not None:
        parts.append(text[pos : m.start()])
        if m.group(1) is None:  # comment
            end = text.find("-->", m.end())
            pos = len(text) if end < 0 else end + 3
        else:
            close = _RAW_CLOSE[m.group(1).lower()].search(text, m.end())
            pos = len(text) if close is None else close.end()
        parts.append(" ")
    parts.append(text[pos:])
    return "".join(parts)


def _tag_replacement(m: re.Match[str]) -> str:
    name = m.group(2)
    if name is None:
        return ""
    name = name.lower()
    if name in _BLOCK_TAGS:
        return "\n\n"
    if name in _CELL_TAGS:
        return " "
    return ""


def _strip_html(text: str) -> tuple[str, bool]:
    """Return (text without markup, whether the input looked like HTML)."""
    if "<" not in text or _TAG.search(text) is None:
        return text, False
    text = _drop_raw_blocks(text)
    # In HTML a bare newline is just whitespace; block tags carry the structure. Blank lines are kept as breaks
    # because feeds often mix plain paragraphs with a few tags.
    return _TAG.sub(_tag_replacement, text), True


# --------------------------------------------------------------------------------------------------------------
# Characters

_DROP = "".join(
    [
        "\u00ad",  # soft hyphen
        "\u180e",  # Mongolian vowel separator
        "\u200b\u200c\u200d\u200e\u200f",  # zero-width space/non-joiner/joiner, LRM, RLM
        "\u202a\u202b\u202c\u202d\u202e",  # bidi embeddings and overrides
        "\u2060\u2061\u2062\u2063\u2064",  # word joiner, invisible operators
        "\u2066\u2067\u2068\u2069",  # bidi isolates
        "\ufeff",  # byte order mark / zero-width no-break space
    ]
)
_CHAR_MAP: dict[str, str] = {ch: "" for ch in _DROP}
_CHAR_MAP.update({chr(c): "" for c in range(0x00, 0x20) if chr(c) not in "\t\n\r\x0b\x0c"})
_CHAR_MAP.update({chr(c): "" for c in range(0x7F, 0xA0) if c != 0x85})
_CHAR_MAP.update({"\t": " ", "\x0b": "\n", "\x0c": "\n", "\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})
# Curly and low-9 quotes become ASCII; guillemets are left alone because the statement extractor pairs them.
_CHAR_MAP.update({ch: '"' for ch in "\u201c\u201d\u201e\u201f\u301d\u301e\u301f\uff02"})
_CHAR_MAP.update({ch: "'" for ch in "\u2018\u2019\u201a\u201b\uff07"})
# One dash character in the output: "-". Dashes that are always punctuation (em dash, horizontal bar) get spaces so
# that "Kyiv\u2014the capital" does not fuse into one hyphenated token; hyphens, minus and en dash (used in ranges
# such as 1990\u20132000) do not.
_CHAR_MAP.update({ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"})
_CHAR_MAP.update({ch: " - " for ch in "\u2014\u2015\u2e3a\u2e3b\ufe58\ufe31\ufe32"})

_CHAR_RE = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")


def _map_char(m: re.Match[str]) -> str:
    return _CHAR_MAP[m.group()]


_OVERLONG_CHARREF = re.compile(r"&#[xX]?[0-9a-fA-F]{9}[0-9a-fA-F]*;?")


def _clean_chars(text: str) -> str:
    """Entities, NFKC, invisible/control characters, quotes and dashes; line structure is kept."""
    if "&" in text:
        # html.unescape turns "&#" + a million digits into an int (quadratic, and a ValueError past 4300 digits);
        # anything longer than 8 digits is not a valid code point anyway.
        text = html.unescape(_OVERLONG_CHARREF.sub("\ufffd", text))
    text = text.replace("\r\n", "\n")
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _CHAR_RE.sub(_map_char, text)


# --------------------------------------------------------------------------------------------------------------
# Paragraphs

# A line that ends like this closes its paragraph even when the next line starts in lower case.
_TERMINAL = frozenset(".!?:;\"'»«)]…>|")


def _paragraphs(text: str, html_mode: bool) -> list[str]:
    """Split into whitespace-collapsed paragraphs.

    Blank lines always separate paragraphs. Within a block, HTML joins lines (newlines are whitespace there); plain
    text treats every line as its own paragraph unless it is a soft wrap: the line does not end in sentence-closing
    punctuation and the next one starts with a lower-case letter.
    """
    paras: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            if current:
                paras.append(" ".join(current))
                current = []
            continue
        if current and (html_mode or (current[-1][-1] not in _TERMINAL and line[0].islower())):
            current.append(line)
            continue
        if current:
            paras.append(" ".join(current))
        current = [line]
    if current:
        paras.append(" ".join(current))
    return paras


# --------------------------------------------------------------------------------------------------------------
# Boilerplate
#
# Paragraphs are already whitespace-collapsed, so patterns use single literal spaces. Matching is case-insensitive
# and always anchored at the paragraph start; each class has a length cap so that a long real paragraph that happens
# to begin with "Subscribe" or "Copyright" survives.

_TRAIL = r"[ :.!»›>|\-…]*"

# Headings that start the page footer: the heading and everything after it are dropped.
_FOOTER = re.compile(
    r"(?:"
    r"related (?:posts?|articles?|stories|news|content|reading)|you (?:may|might) also like|leave a (?:reply|comment)"
    r"|disclaimer"
    r"|похожие (?:записи|статьи|новости|публикации|материалы)|(?:добавить|оставить|оставьте) комментарий"
    r"|схожі (?:записи|статті|новини|публікації|матеріали)|(?:залишити|додати|залиште) коментар"
    r"|ähnliche (?:beiträge|artikel|themen|nachrichten)|schreibe?n? einen kommentar|kommentar (?:hinterlassen|schreiben)"
    r"|articles? (?:similaires|liés|connexes)|laisser un commentaire|laisser une réponse|à lire aussi"
    r")" + _TRAIL,
    re.IGNORECASE,
)

# Short share/subscribe/navigation lines (paragraph of at most _SHORT_MAX characters).
_SHORT_MAX = 160
_SHORT = re.compile(
    r"(?:"
    r"share(?: this| on| via| the| article|:|$)|click to (?:share|print|email)|like this|like loading|tweet$|print$"
    r"|subscribe\b|follow us\b|translate\b|read more\b|continue reading\b|advertisement$"
    r"|your email address will not be published|required fields are marked"
    r"|поделиться|подпис(?:ывайтесь|аться|ка)|подпишитесь|читайте (?:также|нас)|читать (?:далее|полностью)"
    r"|подробнее$|реклама$|ваш (?:e-?mail|адрес e-?mail|адрес электронной почты) не будет опубликован"
    r"|поділитися|підпис(?:уйтесь|атися|ка)|підпишіться|читайте (?:також|нас)|читати (?:далі|повністю)"
    r"|детальніше$|ваша адреса (?:e-?mail|електронної пошти) не буде опублікована"
    r"|teilen(?: mit| sie|:|$)|diesen artikel teilen|folgen sie uns|abonnieren\b|weiterlesen|mehr lesen|werbung$"
    r"|anzeige$|ihre e-?mail-adresse wird nicht veröffentlicht"
    r"|partager(?: cet| sur|:|$)|partagez|suivez-nous|abonnez-vous|lire la suite|lire aussi|publicité$"
    r"|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée"
    r"|compartir(?: en|:|$)|síguenos|suscríbete|leer más|seguir leyendo"
    r")",
    re.IGNORECASE,
)

# Page metadata on a line of its own (at most _META_MAX characters): "Post At: Aug 22/2024 07:50AM", "Published on
# 22 August", "Updated: 12:30 GMT", or a byline of a few words without punctuation ("By Media", "By Jane Doe").
_META_MAX = 60
_META = re.compile(
    r"(?:(?:posted|post|published|updated|last updated)(?: at| on)? ?:|(?:posted|post|published|updated) (?:at|on) )"
    r"|by [^\W\d_][^\s.,;:!?\"«»]*(?: [^\s.,;:!?\"«»]+){0,3}$",
    re.IGNORECASE,
)
# A section label on its own line right above such metadata ("War" over "Post At: ..."): one to three words without
# sentence punctuation.
_LABEL_MAX = 30
_LABEL = re.compile(r"[^\W\d_][\w'&-]*(?: [\w'&-]+){0,2}")

# Copyright and editorial disclaimers (paragraph of at most _NOTICE_MAX characters).
_NOTICE_MAX = 600
_NOTICE_START = re.compile(
    r"(?:"
    r"©|\(c\) ?\d{4}|copyright (?:©|\(c\)|\d{4})|all rights reserved"
    r"|(?:the |any )?(?:views?|opinions?)(?: and opinions)? expressed\b"
    r"|disclaimer\b|haftungsausschluss\b|avertissement ?:|aviso legal\b"
    r"|мнение (?:редакции|автора)|точка зрения (?:редакции|автора)|думка (?:редакції|автора)|редакція може не"
    r"|все права защищены|(?:усі|всі) права захищен|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|при (?:копировании|использовании) материалов|при використанні матеріалів"
    r"|les opinions exprimées|die (?:hier )?geäußerten? meinung"
    r")",
    re.IGNORECASE,
)
# Rights notices also appear at the end of a short line ("Reuters 2024. All rights reserved.").
_NOTICE_ANYWHERE = re.compile(
    r"all rights reserved|все права защищены|(?:усі|всі) права захищен|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos reservados",
    re.IGNORECASE,
)
_NOTICE_ANYWHERE_MAX = 300
# A "Disclaimer: ..." paragraph can be long; it is still not article text.
_DISCLAIMER_MAX = 2000
_DISCLAIMER = re.compile(r"(?:disclaimer|haftungsausschluss|avertissement|aviso legal) ?:", re.IGNORECASE)


# A wire service's note on what a new version of the story changed, a paragraph in brackets of its own ("(Adds Peskov
# comment on video address in paragraphs 1, 6)", "(Updates with Lavrov quotes)", "(Recasts first paragraph)"): an
# editor's words, which would otherwise read as a statement of the official it names. Not a bracketed sentence that
# opens with such a word as a noun ("(Changes to the sanctions regime were agreed, Scholz said.)"): no "to", "of",
# "on" after the word, and no quote or speech verb in it.
_NOTE_MAX = 300
_NOTE = re.compile(
    r"\((?:(?:adds|updates|recasts|rewrites|corrects|refiles|repeats|changes|fixes|clarifies|inserts|removes|replaces"
    r"|expands|tops|writethru|aktualisiert|ergänzt|berichtigt|actualisé|ajoute|corrige|rectifié|actualiza|agrega"
    r"|añade|обновлено|дополнено|исправлено|оновлено|доповнено|виправлено)\b(?! (?:to|of|on|about|in|for|from)\b)"
    r"|new:|neu:)[^()\"«»]*\)",
    re.IGNORECASE,
)
_NOTE_SPEECH = re.compile(
    r"\b(?:said|says|told|warned|added|stated|declared|сказал|сказала|заявил|заявила|заявив|заявила|сказав|sagte"
    r"|erklärte|a déclaré|a dit|a affirmé|dijo|afirmó|disse)\b", re.IGNORECASE)


def _is_boilerplate(p: str) -> bool:
    n = len(p)
    if n <= _SHORT_MAX and _SHORT.match(p):
        return True
    if n <= _NOTE_MAX and _NOTE.fullmatch(p) and not _NOTE_SPEECH.search(p):
        return True
    if n <= _NOTICE_MAX and _NOTICE_START.match(p):
        return True
    if n <= _NOTICE_ANYWHERE_MAX and _NOTICE_ANYWHERE.search(p):
        return True
    return n <= _DISCLAIMER_MAX and _DISCLAIMER.match(p) is not None


def _is_metadata(p: str) -> bool:
    return len(p) <= _META_MAX and _META.match(p) is not None


def _is_label(p: str) -> bool:
    return len(p) <= _LABEL_MAX and _LABEL.fullmatch(p) is not None


def _is_footer(p: str) -> bool:
    return len(p) <= 80 and _FOOTER.fullmatch(p) is not None


def _remove_boilerplate(paras: list[str]) -> list[str]:
    kept: list[str] = []
    for p in paras:
        if _is_footer(p):
            if kept:
                break  # the rest of the page is comments, related links and widgets
            continue  # a "related" box above the article: drop only the heading
        if _is_metadata(p):
            if kept and _is_label(kept[-1]):
                kept.pop()
            continue
        if not _is_boilerplate(p):
            kept.append(p)
    return kept


# --------------------------------------------------------------------------------------------------------------
# Title

# A prefix shorter than this is not trusted to be the title run into the body ("War" vs "War continues ...").
_MIN_TITLE_PREFIX = 20
_TITLE_JOINERS = " :.-|"


def _remove_title(paras: list[str], title: str) -> list[str]:
    """Drop leading copies of the title; with no title, collapse a first paragraph repeated right after itself."""
    if not paras:
        return paras
    if not title:
        # Without a separate title the first paragraph is kept: it may be the title, but it is also the text.
        key = paras[0].casefold()
        i = 1
        while i < len(paras) and paras[i].casefold() == key:
            i += 1
        return paras[:1] + paras[i:]
    key = title.casefold()
    i = 0
    while i < len(paras) and paras[i].casefold() == key:
        i += 1
    paras = paras[i:]
    if paras and len(title) >= _MIN_TITLE_PREFIX:
        first = paras[0]
        head = first[: len(title)]
        if len(first) > len(title) and head.casefold() == key and not first[len(title)].isalnum():
            rest = first[len(title) :].lstrip(_TITLE_JOINERS)
            paras = ([rest] if rest else []) + paras[1:]
    return paras


# --------------------------------------------------------------------------------------------------------------
# Public API


def normalize_title(title: str | None) -> str:
    """Clean a headline the same way as article text, as a single line.

    Markup is stripped, entities decoded, NFKC applied, invisible characters removed, quotes and dashes unified and
    all whitespace (including line breaks) collapsed to single spaces. ``None`` gives ``""``.
    """
    if not title:
        return ""
    text, _ = _strip_html(title)
    return " ".join(_clean_chars(text).split())


def normalize_text(text: str, title: str | None = None) -> str:
    """Clean article text for analysis; returns paragraphs separated by exactly ``"\\n\\n"`` (possibly ``""``).

    Steps, in order:

    * HTML: comments and ``script``/``style``/``noscript``/``template``/``head`` elements are removed with their
      content; block elements (``p``, ``br``, ``div``, ``li``, ``h1``-``h6``, table rows, ...) become paragraph
      breaks, table cells a space, other tags nothing. Entities are decoded after the tags are gone, so an escaped
      ``&lt;b&gt;`` stays text.
    * Characters: NFKC; zero-width, bidi-control and C0/C1 control characters removed; curly and low quotes
      (“ ” „ ‟ 〝 〞 ＂ and ‘ ’ ‚ ‛) become ASCII ``"`` and ``'`` while « » ‹ › are kept; hyphens, minus and en dash
      become ``-``, em dash and horizontal bar become `` - ``.
    * Paragraphs: whitespace collapsed inside a paragraph. Blank lines separate paragraphs; in plain text a single
      line break does too, unless it is a soft wrap (see ``_paragraphs``).
    * Boilerplate: share/like/subscribe/follow lines, "Read more", "Translate »", "Posted at ..." lines and bylines
      of a few words ("By Jane Doe"), with a section label of one to three words right above them, copyright and
      rights notices and editorial disclaimers are dropped (English plus common Russian, Ukrainian, German, French
      and a few Spanish forms). A footer heading such as "Related Posts" or "Leave a Reply" drops itself and everything after it.
    * Title: leading paragraphs equal to ``title`` (case- and whitespace-insensitive) are dropped, and a title of at
      least 20 characters run into the first paragraph is cut off it. Without a title, a first paragraph repeated
      immediately after itself is kept once.
    """
    if not text:
        return ""
    body, html_mode = _strip_html(text)
    paras = _paragraphs(_clean_chars(body), html_mode)
    paras = _remove_boilerplate(paras)
    paras = _remove_title(paras, normalize_title(title))
    return "\n\n".join(paras)
