"""The left-to-right pass over a text that turns attributions into statements (``extract_statements``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from streams.analytics.officials import Mention, Watchlist, fold
from streams.analytics.statements.clause import (
    _after_opening_quote, _clause_before_quoted_participle, _clauses_quoting, _continuation_after_attribution, _incise,
    _inner_attribution, _inverted_without_clause, _konjunktiv, _participle_clause, _quote_text, _quote_texts,
    _quoted_second_clause, _reported_text, _second_speaker, _trailing_boundary, _with_continuation)
from streams.analytics.statements.grammar import _opening_adverbials_end, _past_dates_back, _speech_verb
from streams.analytics.statements.model import (
    MAX_FRAME_CHARS, MAX_STATEMENTS, MIN_QUOTE_WORDS, MIN_REPORTED_WORDS, Statement)
from streams.analytics.statements.recall import dated_before, recalled
from streams.analytics.statements.reference import (
    _UNTRACKED, _Context, _apposed_name, _copula_colon_subject, _indefinite_source, _introduces_someone,
    _named_after_title, _named_with_relative, _sentence_subject, _subject_at, _title_before, _titled_name,
    _unresolved_pronoun_source, _untracked_name, _words_after, _words_before)
from streams.analytics.statements.speaker import (
    _after_opening_phrase, _colon_speaker, _commenter, _coordinated_pronoun, _find_speaker, _opening_role_phrase,
    _opens_with_back_reference, _thus_commented)
from streams.analytics.statements.text import (
    _CYRILLIC_START, _DATELINE, _QUOTE_CHAR, _QUOTE_TRANSLATION, _REVERSED_GUILLEMETS, _WORD, _Quote, _clean,
    _dialogue_quotes, _paragraphs, _question_label, _quotes, _sentences, _speaker_label, _substantive, _tokens,
    _word_count)
from streams.analytics.statements.vocabulary import (
    _ACCORDING_WORDS, _BACK_REFERENCE, _COMPLEMENTIZERS, _CONTINUED_QUOTE, _HONORIFICS, _ITALIAN, _KONJUNKTIV,
    _NORWEGIAN, _PORTFOLIOS, _PRONOUNS, _ROLE_PHRASE_SPAN, _ROLES, _SLAVIC, _SPANISH, _STRESSED_PRONOUNS,
    _THUS_ITALIAN, _TITLE_WORDS, _TOKENISE_WORDS, _UKRAINIAN_LETTERS, _fold_italian, _fold_norwegian, _fold_spanish,
    _fold_word, _words)


# Words before its first quote that make a sentence a reported clause quoting some of its words, not a quote (not
# '«...», — говорится в заявлении МИД, опубликованном в пятницу.', nor a lead-in: "Вчера в Кремле прозвучало: «...»")
_CLAUSE_BEFORE_QUOTES = 3
_UKRAINIAN_LETTER = re.compile(f"[{''.join(sorted(_UKRAINIAN_LETTERS))}]", re.IGNORECASE)


def extract_statements(text: str, watchlist: Watchlist, lang: str | None = None, *,
                       day: date | None = None) -> list[Statement]:
    """Statements by the watchlist's officials in ``text``, in text order, one per distinct quote/clause. ``day``, the
    story's publication date when known, lets a date in an attribution tell a recalled statement ("said on Feb. 26").

    The English, Russian, Ukrainian, French, German and Portuguese rules are applied together, whatever ``lang``
    says, so mixed-language text and a wrong language guess still work; ``lang`` "no" (or "nb", "nn") also reads
    the text as Norwegian, and "es" as Spanish, whose words ("sa", "at", "men"; "la", "no", "es") mean other things
    in other languages.
    """
    if not text or not text.strip():
        return []
    mentions = watchlist.find_mentions(text)
    if not mentions:
        # Every attribution resolves to an official named in the text (directly, or through a pronoun or role
        # noun that refers back to a name): with no name, there is no statement to find.
        return []
    qtext = text.translate(_QUOTE_TRANSLATION)  # same length: offsets stay valid
    fold_word = _fold_word
    if lang in _NORWEGIAN:
        fold_word = _fold_norwegian  # read as the German it is built like: "sier Stoltenberg" -> "sagt Stoltenberg"
        qtext = _dialogue_quotes(qtext, fold_word, attributed_only=False)
    elif lang in _SLAVIC:
        qtext = _dialogue_quotes(qtext, fold_word, attributed_only=True)  # "- Это ..., - ответил Песков."
    elif lang in _SPANISH:
        fold_word = _fold_spanish  # read as the Portuguese it is built like: "añadió" -> "acrescentou"
        qtext = _CONTINUED_QUOTE.sub("\u00ab", qtext)  # (same length: offsets stay valid)
    elif lang in _ITALIAN:
        fold_word = _fold_italian  # likewise: "ha aggiunto" -> "tem acrescentado"
    closing = qtext.find("\u00bb")
    if closing >= 0 and closing + 1 < len(qtext) and qtext[closing + 1].isalnum() \
            and not 0 <= qtext.find("\u00ab") < closing:
        qtext = qtext.translate(_REVERSED_GUILLEMETS)  # German »...«: the same quotes the other way round
    # Ukrainian: so detected, or (not detected as Russian) written with a letter Russian does not have
    ukrainian = lang == "uk" or lang != "ru" and _UKRAINIAN_LETTER.search(text) is not None
    context = _Context(watchlist, norwegian=lang in _NORWEGIAN, fold_word=fold_word, ukrainian=ukrainian)
    found: list[Statement] = []
    mention_index = 0
    continuing: str | None = None  # official whose attributed quote the next bare quote continues
    reporting: str | None = None  # official whose statement the last sentence was (German reported speech goes on)
    previous: tuple[tuple[int, int], list[_Quote], bool] | None = None  # last sentence, its quotes, attributed?

    quote_only = True  # the paragraph before the first one: nothing to count
    # An unclosed quote paragraph with no attribution: the quote goes on in the next paragraph, whose speaker
    # it is when that paragraph opens with an attributed quote ('"... .' / '"...," she said.').
    opening_quote: tuple[_Quote, int, int] | None = None
    mention_starts = [m.start for m in mentions]
    paragraphs = list(_paragraphs(qtext))
    # A transcript: the paragraphs after an official's labelled turn are theirs up to the next label, when the text
    # has two turns or questions at least (a single "PUTIN: ..." is a pull-quote, and "UPDATE:" is no speaker)
    speaker_labels = [_speaker_label(qtext, start, end) for start, end in paragraphs]
    turns = [_transcript_turn(qtext, label, end, mentions, mention_starts, watchlist)
             for label, (_, end) in zip(speaker_labels, paragraphs)]
    questions = [_question_label(qtext, start, end) for start, end in paragraphs]
    # An interview: questions labelled as such ("Question: ...", "Вопрос: ..."), or two asked under the interviewer's
    # label ("SPIEGEL: ...?"; not "UPDATE:", "ЧИТАЙТЕ ТАКЖЕ:"). Its answers, and other speakers, may be labelled with
    # the name as written ("Lavrov: ...", "Wang Yi: ...").
    if any(questions) or sum(turn is None and label is not None and qtext[start:end].rstrip().endswith("?")
                             for turn, label, (start, end) in zip(turns, speaker_labels, paragraphs)) >= 2:
        for k, (start, end) in enumerate(paragraphs):
            if speaker_labels[k] is None:
                speaker_labels[k] = _speaker_label(qtext, start, end, names=True)
                turns[k] = _transcript_turn(qtext, speaker_labels[k], end, mentions, mention_starts, watchlist)
    labels = [turn is not None or question or label is not None
              for turn, question, label in zip(turns, questions, speaker_labels)]
    transcript = [k for k, (turn, question) in enumerate(zip(turns, questions)) if turn is not None or question]
    last_label = transcript[-1] if len(transcript) >= 2 else -1
    speaking: str | None = None  # the official whose transcript turn goes on
    posts = _embedded_posts(qtext, paragraphs, mentions, mention_starts)
    headline = 0 not in posts and not labels[0] and _headline(qtext, paragraphs)
    for p_number, (p_start, p_end) in enumerate(paragraphs):
        if p_number in posts:
            # an official's post embedded in the page, its signature line next: the post is their quote
            found.append(Statement(posts[p_number], _clean(text[p_start:p_end]), "quote", p_start, p_end))
            opening_quote, continuing = None, None
            continue
        context.next_paragraph(quote_only)
        carried_quote, opening_quote = opening_quote, None
        reporting = None
        quotes = _quotes(qtext, p_start, p_end, continued=carried_quote is not None)
        quote_only = (len(quotes) == 1 and not qtext[p_start:quotes[0].start].strip()
                      and len(qtext[quotes[0].end:p_end].strip(" .,;:!?")) == 0)
        named = bisect_left(mention_starts, p_start)
        if quote_only and quotes[0].inner_end == p_end and _substantive(qtext, quotes[0]) \
                and not (named < len(mentions) and mention_starts[named] < p_end):  # unclosed, names nobody
            opening_quote = (quotes[0], p_start, p_end)
        turn = turns[p_number]
        attributed = False  # a sentence of the paragraph names a speaker, tracked or not
        quote_index = 0
        p_first: int | None = None  # start of the paragraph's first sentence
        for sentence in _sentences(qtext, p_start, p_end, quotes):
            s_start, s_end = sentence
            if (dateline := _DATELINE.match(qtext, s_start, s_end)) is not None:
                s_start = dateline.end()  # "MOSCOW, Aug 22 (Reuters) - ": place and agency, not the statement
                sentence = (s_start, s_end)
            p_first = s_start if p_first is None else p_first
            while mention_index < len(mentions) and mentions[mention_index].end <= s_start:
                mention_index += 1
            while quote_index < len(quotes) and quotes[quote_index].start < s_start:
                quote_index += 1
            first_quote = quote_index
            while quote_index < len(quotes) and quotes[quote_index].start < s_end:
                quote_index += 1
            sentence_quotes = quotes[first_quote:quote_index]  # pointers, not a scan: linear overall
            frame_chars = (s_end - s_start) - sum(min(q.end, s_end) - q.start for q in sentence_quotes)
            if frame_chars > MAX_FRAME_CHARS:
                # Not prose (a megabyte without a sentence break, markup debris): no attribution in it, and no
                # continuation across it. Skipping it bounds the per-sentence work on hostile input.
                continuing, previous = None, None
                continue
            reported_on, reporting = reporting, None
            # "..., sagte Lawrow. Sie stehe inzwischen am Rande des Abgrunds.": German reported speech (Konjunktiv I)
            # goes on in the next sentences of the paragraph without another attribution
            konjunktiv = (reported_on is not None and lang not in _NORWEGIAN and _konjunktiv(qtext, s_start, s_end)
                          and not any(_substantive(qtext, quote) for quote in sentence_quotes))
            if (continuing is None and not konjunktiv
                    and (mention_index == len(mentions) or mentions[mention_index].start >= s_end)
                    and _TOKENISE_WORDS.isdisjoint(map(fold_word, _WORD.findall(qtext, s_start, s_end)))):
                # Most sentences name no official and have no speech verb, title or role noun: they can neither
                # carry a statement nor change who "she" refers to, so they are not tokenised (tokenising is the
                # costly part of the pass).
                previous = (sentence, sentence_quotes, False)
                if _introduces_someone(qtext, s_start, s_end):
                    context.push(None)  # "Alexander Bogomaz, the governor, posted ...": a later "he" is not ours
                    context.named(None)
                continue
            tokens = _tokens(qtext, s_start, s_end, sentence_quotes, mentions, mention_index, fold_word)
            substantive = [q for q in sentence_quotes
                           if _substantive(qtext, q)]
            speaker = _find_speaker(tokens, context)
            if speaker is None and substantive:
                speaker = _colon_speaker(tokens, context)
            # (the speaker's own "as I said", "мы говорили, что" is no one else's attribution)
            attributed = attributed or speaker is not None and tokens[speaker.subject].value not in _FIRST_PERSON
            next_continuing: str | None = None
            incises = ([_incise(qtext, quote, mentions, mention_starts, context) for quote in substantive]
                       if speaker is None else [])

            if speaker is None and konjunktiv and reported_on is not None:
                colon = qtext.find(": ", s_start, s_end)  # "Am Tag danach lieferte Peskow die Lesart nach: Putin habe"
                before_colon = _WORD.findall(qtext, s_start, colon) if colon >= 0 else []
                if not _KONJUNKTIV.isdisjoint(_fold_word(word) for word in before_colon):
                    colon = -1  # ("Russland habe zwei Ziele: die Energieversorgung und die Menschen": all of it)
                clause = _clean(text[s_start if colon < 0 else colon + 1:s_end])
                if _word_count(clause) >= MIN_REPORTED_WORDS:
                    found.append(Statement(reported_on, clause, "reported", s_start, s_end))
                    reporting = reported_on
            if speaker is not None and speaker.official_id != _UNTRACKED:
                official_id = speaker.official_id
                subject = tokens[speaker.subject]
                found_before = len(found)
                first_words = [k for k, t in enumerate(tokens) if t.kind in ("W", "M")][:3]
                inner = None  # someone else's attribution inside the reported clause
                if substantive and (split := _quoted_second_clause(text, tokens, speaker, sentence, substantive,
                                                                   context)):
                    # "Lavrov said ..., while Peskov said Moscow needed \"$40 billion a year\" ...": two clauses
                    first_text, first_kind, second_official, second_text = split
                    if first_kind == "quote" or _word_count(first_text) >= MIN_REPORTED_WORDS:
                        found.append(Statement(official_id, first_text, first_kind, s_start, s_end))
                    found.append(Statement(second_official, second_text, "reported", s_start, s_end))
                    next_continuing = second_official
                elif substantive:
                    if carried_quote is not None and s_start == p_first and tokens[0].kind == "Q":
                        quote, c_start, c_end = carried_quote
                        found.append(Statement(official_id, _quote_text(text, quote), "quote", c_start, c_end))
                    # 'said the strikes hit "only military targets"': the clause is the statement, its quote only
                    # part of it
                    clauses = _clauses_quoting(text, tokens, speaker, sentence, substantive)
                    if not clauses and (subject.kind == "M" or speaker.subject in first_words) and (
                            lead := _clause_before_quoted_participle(text, tokens, speaker, sentence, substantive)):
                        found.append(Statement(official_id, lead, "reported", s_start, s_end))
                    held = {q for _, _, clause_quotes in clauses for q in clause_quotes}
                    first_clause = clauses[0][0] if clauses else s_end
                    for words in _quote_texts(text, [q for q in sentence_quotes
                                                     if q not in held and q.start < first_clause]):
                        found.append(Statement(official_id, words, "quote", s_start, s_end))
                    for _, clause, _ in clauses:
                        found.append(Statement(official_id, clause, "reported", s_start, s_end))
                    for words in _quote_texts(text, [q for q in sentence_quotes
                                                     if q not in held and q.start >= first_clause]):
                        found.append(Statement(official_id, words, "quote", s_start, s_end))
                    next_continuing = official_id
                elif (trailing := _trailing_boundary(tokens, speaker)) is not None:
                    # Clause-first: "Russia will not negotiate, Zakharova told reporters on Thursday."
                    colon = next((k for k in range(trailing) if tokens[k].value == ":"), None)
                    if colon is not None and _copula_colon_subject(tokens, trailing) != official_id:
                        colon = None  # ("Russia's position has not changed: Crimea is ..., Peskov said": all of it)
                    clause = _clean(text[s_start if colon is None else tokens[colon].end:tokens[trailing].start])
                    # ("Zelensky was furious: Scholz's decision, he said, ...": what follows the colon)
                    if (rest := _continuation_after_attribution(text, tokens, speaker)) is not None:
                        # "Le statut des régions, a-t-il prévenu, ne fera ...": one clause
                        clause = _with_continuation(text, tokens, speaker, clause, rest)
                    if _word_count(clause) >= MIN_REPORTED_WORDS:
                        found.append(Statement(official_id, clause, "reported", s_start, s_end))
                elif _inverted_without_clause(tokens, speaker) or _after_opening_quote(tokens, speaker):
                    pass  # '"No," said Maria Zakharova, the spokeswoman.': what follows is an apposition
                elif (subject.kind == "M" or speaker.subject in first_words or speaker.how != "left"
                      or _opening_role_phrase(tokens, speaker.subject) or _coordinated_pronoun(tokens, speaker)
                      or _after_opening_phrase(tokens, speaker.subject)):
                    # Reported speech; a pronoun or role noun must open the sentence ("She emphasized that") or a
                    # clause coordinated with the official's own ("Zakharova was asked ..., and she replied").
                    inner = _inner_attribution(tokens, speaker, context)
                    clause = _reported_text(text, tokens, speaker, sentence, None if inner is None else inner[0])
                    # "Об этом заявила Захарова", "Об этом она заявила"
                    opening = _past_dates_back(tokens, min(speaker.verb, speaker.subject))
                    back_reference = (opening >= 2 and (tokens[opening - 2].value, tokens[opening - 1].value)
                                      in _BACK_REFERENCE) or _thus_commented(
                        tokens, speaker, qtext, previous[1] if previous is not None else []) or (
                        _opens_with_back_reference(tokens, speaker.verb)
                        and not any(t.value in _COMPLEMENTIZERS or t.kind == "Q" for t in tokens[2:])) or (
                        speaker.verb == 0 and tokens[0].value == _THUS_ITALIAN)  # "«...». Così Zelensky."
                    # (also with where and when before the verb, "Об этом в Пхеньяне после переговоров с ... заявил",
                    # and with the subject first: "Об этом начальник Генштаба ... доложил Путину")
                    if back_reference:
                        # "Об этом заявила Захарова (на брифинге)." attributes the previous sentence, unless it was
                        # attributed already; what follows the name is where and when, not what.
                        if previous and not previous[2]:
                            (b_start, b_end), b_quotes, _ = previous
                            b_substantive = [q for q in b_quotes if _substantive(qtext, q)]
                            clause = _clean(text[b_start:b_end])
                            lead = qtext[b_start:b_quotes[0].start].rstrip() if b_quotes else ""
                            if _word_count(lead) >= _CLAUSE_BEFORE_QUOTES and not lead.endswith((":", ",")):
                                b_substantive = []  # 'Le forniture "non fanno che prolungare l'agonia" del regime
                                # ... . Lo ha affermato Zakharova': a clause quoting words of it, the clause counts
                            for quote in b_substantive:
                                found.append(Statement(official_id, _quote_text(text, quote), "quote", b_start,
                                                       s_end))
                            if not b_substantive and _word_count(clause) >= MIN_REPORTED_WORDS:
                                found.append(Statement(official_id, clause, "reported", b_start, s_end))
                    elif _word_count(clause) >= MIN_REPORTED_WORDS:
                        found.append(Statement(official_id, clause, "reported", s_start, s_end))
                # More of the sentence: "..., adding that ...", "..., while Peskov said ..."
                if inner is not None:  # "..., Peskov said on Friday, adding that ...": Peskov's (or no one's)
                    if inner[1] is not None and (participle := _participle_clause(text, tokens, speaker)) is not None:
                        found.append(Statement(inner[1], participle, "reported", s_start, s_end))
                elif (participle := _participle_clause(text, tokens, speaker)) is not None:
                    # (the commenter going on after the words commented on: "Захарова ответила на заявление Блинкена о
                    # том, что ..., заявив, что ...")
                    commenter = _commenter(tokens, speaker, context) if speaker.how == "left" else None
                    if commenter is None or commenter[0] != _UNTRACKED:
                        found.append(Statement(official_id if commenter is None else commenter[0], participle,
                                               "reported", s_start, s_end))
                if (second := _second_speaker(text, tokens, speaker, context)) is not None:
                    found.append(Statement(second[0], second[1], "reported", s_start, s_end))
                if subject.kind != "M":
                    context.push(official_id)  # a resolved pronoun keeps the person in focus
                reporting = official_id if len(found) > found_before else None
                if context.norwegian and next_continuing is None and reporting is not None:
                    next_continuing = official_id  # a dialogue-dash paragraph after "X sier at ..." is X speaking
            elif any(incise is not None for incise in incises):
                # The attribution inside the quote marks: «Россия, — подчеркнул Лавров, — не намерена ...».
                for quote, incise in zip(substantive, incises):
                    if incise is not None:
                        official_id, cut_start, cut_end, joiner = incise
                        words = text[quote.inner_start:cut_start] + joiner + text[cut_end:quote.inner_end]
                        found.append(Statement(official_id, _clean(words), "quote", s_start, s_end))
                        next_continuing = official_id
            elif (speaker is None and substantive and continuing and tokens and tokens[0].kind == "Q"
                  and not any(_speech_verb(tokens, k) or tokens[k].value in _ACCORDING_WORDS
                              for k in range(len(tokens)))  # no attribution of its own ("ifølge Listhaug")
                  and not _subhead(text, s_start, s_end, p_start, p_end)):
                # A bare quote right after an attributed quote continues it ('" ...," she said. "More."').
                for quote in substantive:
                    found.append(Statement(continuing, _quote_text(text, quote), "quote", s_start, s_end))
                next_continuing = continuing

            for k, token in enumerate(tokens):
                if token.kind == "M" and token.inflected and not _CYRILLIC_START.match(text, token.start):
                    continue  # a German genitive ("Putins Angebot"): whose, not whom a later "er" means
                if token.kind == "M":
                    context.push(token.value, _title_before(tokens, k))
                    context.named(token.value)
                elif token.value in _TITLE_WORDS and (_titled_name(tokens, k) or _apposed_name(tokens, k)):
                    # "Ambassador Lynne Tracy", "le ministre des affaires étrangères, Stéphane Séjourné,": her or
                    # him, later
                    context.push(None, _words_before(tokens, k + 1))
                    context.named(None)
                elif _untracked_name(tokens, k):
                    context.named(None)  # "... as Johannes Klæbo won": not whom "he" means, but a Norwegian
            opener = _sentence_subject(tokens)
            subject_tokens = tokens
            if (opener is False or opener is None and not any(t.value in _TITLE_WORDS for t in tokens[:4])) \
                    and (after := _opening_adverbials_end(tokens)):
                # "Mardi, le président français a refusé ...", "À New York, le secrétaire général de l'ONU, António
                # Guterres, avait invoqué ...": the subject after where and when (a place is no untracked person)
                subject_tokens = tokens[after:]
                opener = _sentence_subject(subject_tokens)
            if opener is None:
                # "The Russian foreign minister said", "The minister did not elaborate": a role noun opening the
                # sentence may be the official named before.
                role = next((k for k, t in enumerate(subject_tokens[:_ROLE_PHRASE_SPAN + 1]) if t.value in _ROLES),
                            None)
                named = _named_after_title(subject_tokens, role) if role is not None else False
                if named is not False:
                    opener = named  # "Министр обороны РФ Сергей Шойгу", "Міністр ... України Андрій Сибіга"
                elif role is not None and not _titled_name(subject_tokens, role):
                    resolved = _subject_at(subject_tokens, role, context)
                    opener = resolved if resolved not in (None, _UNTRACKED) else None
            tracked_speaker = speaker is not None and speaker.official_id != _UNTRACKED
            if opener is False and not tracked_speaker and _named_with_relative(tokens):
                context.push(None)  # "Trump, who had threatened ..., admitted ...": a later "the president" is him
            if opener is not False and not (opener is None and tracked_speaker):
                # The subject is who a pronoun in the next sentence most likely means, not the last name in this
                # one: "Turkish President Erdogan met Putin. '...,' he said." is Erdogan speaking.
                context.push(opener, _words_before(subject_tokens, min(len(subject_tokens), _ROLE_PHRASE_SPAN + 1))
                             if opener is None else "")
            if tracked_speaker and opener != speaker.official_id:
                # ... and after an attribution, its speaker: "Putin must not win, he said. He added ..." is not Putin.
                context.push(speaker.official_id)
            if speaker is not None and speaker.official_id == _UNTRACKED and tokens[speaker.subject].kind == "W" \
                    and tokens[speaker.subject].value not in _PRONOUNS:
                # "Sobyanin said", "a State Department spokeswoman said": the one in focus
                title = (_words_after(tokens, speaker.verb + 1) if speaker.subject > speaker.verb
                         else _words_before(tokens, speaker.subject + 1))
                if title == tokens[speaker.subject].value and tokens[speaker.subject].cap:
                    title = context.title_of(title)  # "Sikorski said": as introduced, or any role
                context.push(None, title)
            elif speaker is None and (source := _indefinite_source(tokens)) is not None:
                # "Pour un chercheur lillois, Macron reste ... « ... », analyse-t-il": him (not "le président")
                context.push(None, *source)
            elif speaker is None and (pronoun := _unresolved_pronoun_source(tokens)) is not None:
                # "Selon lui, Emmanuel Macron a voulu ...": "lui" (someone untracked) speaks, and the officials named
                # are spoken about; a later "estime-t-il" is still him (a role noun is not: the title is the pronoun)
                context.push(None, pronoun, _STRESSED_PRONOUNS[pronoun])
            continuing = next_continuing
            previous = (sentence, sentence_quotes, speaker is not None)
        if labels[p_number]:
            speaking = None
        if turn is not None and not attributed:
            # A transcript ("ANTONY BLINKEN: We know ...", "В.Путин: Добрый день ..."): the paragraph, unless it
            # attributes words itself ('LAVROV: "...," the minister told state TV'), is the speaker's turn
            official_id, words_start = turn
            words = _clean(text[words_start:p_end])
            if _word_count(words) >= MIN_QUOTE_WORDS:
                found.append(Statement(official_id, words, "quote", p_start, p_end))
            context.push(official_id)
            speaking = official_id
        elif speaking is not None and not labels[p_number] and not attributed \
                and p_number < last_label and not qtext[p_start:p_end].lstrip().startswith(("(", "[")):
            # ... and so are the unlabelled paragraphs after it, up to the next label (not a stage direction,
            # "(SOUNDBITE OF ...)", nor after the transcript's last label: the article may go on)
            words = _clean(text[p_start:p_end])
            if _word_count(words) >= MIN_QUOTE_WORDS:
                found.append(Statement(speaking, words, "quote", p_start, p_end))
        elif not labels[p_number]:
            speaking = None
        if p_number == 0 and headline:
            opening_quote = continuing = None  # (a quote in the body is not the headline's continued)
    if headline:
        # "Lavrov says talks with Kyiv are pointless": the editor's words for what the body has the official say;
        # kept when the body has nothing of theirs (a one-line bulletin over a caption or a source line)
        body_end = paragraphs[0][1]
        in_body = {statement.official_id for statement in found if statement.start >= body_end}
        found = [statement for statement in found
                 if statement.start >= body_end or statement.official_id not in in_body]
    found = _deduplicate(found)[:MAX_STATEMENTS]
    # Whether the writer recalls them as said before: once per sentence, read outside all of its statements
    said: dict[tuple[int, int], list[str]] = {}
    for statement in found:
        said.setdefault((statement.start, statement.end), []).append(statement.text)
    italian = lang in _ITALIAN
    background = {span for span, texts in said.items() if recalled(qtext, *span, texts, day, italian=italian)}
    if day is not None:
        for k in posts:
            signature_start, signature_end = paragraphs[k + 1]  # (the post's signature line dates it)
            if dated_before(qtext[signature_start:signature_end], day):
                background.add(paragraphs[k])
    return [replace(statement, recalled=True) if (statement.start, statement.end) in background else statement
            for statement in found]


# The signature line of an embedded social-media post: "— Volodymyr Zelensky (@ZelenskyyUa) March 3, 2024"
_POST_SIGNATURE = re.compile(r"[^\S\n]*[\u2014\u2013-][^\S\n]*(?P<name>[^()\n]{2,60}?)[^\S\n]*\(@\w{1,30}\)"
                             r"(?P<date>[^\n]{0,40})$")


def _embedded_posts(text: str, paragraphs: list[tuple[int, int]], mentions: list[Mention],
                    mention_starts: list[int]) -> dict[int, str]:
    """Paragraphs that are an official's embedded post, by index -> the official: the paragraph right before a
    signature line that names them ("Grateful to @Bundeskanzler ...\n\n— Volodymyr Zelensky (@ZelenskyyUa) March 3,
    2024"), and that is prose of its own (no quote marks, no signature itself)."""
    posts: dict[int, str] = {}
    for k in range(1, len(paragraphs)):
        start, end = paragraphs[k]
        signature = _POST_SIGNATURE.match(text, start, end)
        if signature is None:
            continue
        m = bisect_left(mention_starts, signature.start("name"))
        if m >= len(mentions) or mentions[m].end > signature.end("name"):
            continue  # someone untracked posted it
        post_start, post_end = paragraphs[k - 1]
        post = text[post_start:post_end]
        if _word_count(post) >= MIN_QUOTE_WORDS and not _QUOTE_CHAR.search(post) \
                and _POST_SIGNATURE.match(post) is None:
            posts[k - 1] = mentions[m].official_id
    return posts


def _transcript_turn(text: str, label: tuple[int, int, int] | None, end: int, mentions: list[Mention],
                     mention_starts: list[int], watchlist: Watchlist) -> tuple[str, int] | None:
    """The official whose turn in a transcript the paragraph ending at ``end`` is, named in its speaker ``label``
    (``_speaker_label``'s) with nothing else but a title ("SECRETARY BLINKEN:", "М.В.Захарова:"; in an interview
    "Lavrov:"), and where their words begin; None otherwise, and for what is not someone speaking: a headline in
    capitals ("PUTIN: THE MAN WHO WOULD BE TSAR"), a factbox ("VLADIMIR PUTIN: The Russian president, 71, has ruled
    ..."), a briefing's topic ("ЗАХАРОВА: О ситуации ...")."""
    if label is None:
        return None
    label_start, label_end, words_start = label
    k = bisect_left(mention_starts, label_start)
    if k >= len(mentions) or mentions[k].end != label_end or mentions[k].inflected:
        return None  # (the name must end the label: "PUTIN'S SPOKESMAN:" is someone else)
    official = watchlist.officials.get(mentions[k].official_id)
    for word in map(_fold_word, _WORD.findall(text, label_start, mentions[k].start)):
        if word in _HONORIFICS:
            gender = _HONORIFICS[word]
            if official is not None and None not in (gender, official.gender) and gender != official.gender:
                return None  # "MRS MACRON:", "FRAU SCHOLZ:": someone else
        elif not (word in _TITLE_WORDS or word in _PORTFOLIOS or word in _LABEL_WORDS or len(word) == 1):
            return None  # a word that is no title: "PUTIN'S SPOKESMAN", "WIFE OF"
    words = _WORD.findall(text, words_start, end)
    if not words or all(word.isupper() for word in words if len(word) > 1) \
            or _fold_word(words[0]) in _TOPIC_OPENERS or _FACTBOX.match(text, words_start, end):
        return None
    return mentions[k].official_id, words_start


# Words of a speaker label besides titles and the name ("SECRETARY OF STATE", "NATO SECRETARY GENERAL", "U.S.")
_LABEL_WORDS = _words("of the state general nato un us u s")
# What follows a name in a factbox rather than in a transcript: a description with an age ("The Russian president,
# 71, has ruled ..."); and a briefing's topic ("О ситуации вокруг ...", "Про ...")
_FACTBOX = re.compile(r"(?:The|Der|Die|Le|La|El|O|A)\s(?:former\s|ehemalige|ancien|ex-|[^,.\n]{2,60},\s\d{1,3},)")
_FIRST_PERSON = _words(fold("i we je nous ich wir eu nós yo nosotros jeg vi я мы ми"))
_TOPIC_OPENERS = _words(fold("о об про щодо"))


def _headline(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """The text opens with a headline the feed left in it: a short first paragraph that does not end as a sentence or
    a lead-in does (a full stop, a colon), with more text after it ("Putin Says Russia Will Respond to Any Attack",
    "Zelensky: «We will win!»"); not a live blog's first entry ("10:45 Peskov says ...", "Ore 7.40 - ...")."""
    if len(paragraphs) < 2:
        return False
    start, end = paragraphs[0]
    line = text[start:end].strip().rstrip("\"»›'”’ \u00a0")
    return _word_count(line) <= _HEADLINE_WORDS and (not line.endswith((".", ":")) or line.endswith("...")) \
        and _DATELINE.match(text, start, end) is None


_HEADLINE_WORDS = 30


def _subhead(text: str, start: int, end: int, p_start: int, p_end: int) -> bool:
    """The sentence is a paragraph of its own without a sentence's closing mark: a subhead quoting someone ("« Ça fait
    mal à entendre »"), not the continuation of the previous speaker's quote."""
    return (start == p_start and end >= p_end - 1
            and not text[start:end].rstrip().rstrip("\"»›'”’ \u00a0").endswith((".", "!", "?", "\u2026")))


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _deduplicate(statements: list[Statement]) -> list[Statement]:
    """One statement per distinct text and official; a statement contained in a longer one of the same
    official (a photo caption repeating a truncated sentence) is dropped."""
    seen: set[tuple[str, str]] = set()
    unique: list[tuple[Statement, str]] = []
    for statement in statements:
        key = (statement.official_id, _normalised(statement.text))
        if key in seen or not key[1]:
            continue
        seen.add(key)
        unique.append((statement, key[1]))
    if len(unique) > 200:  # containment is quadratic; hostile input gets exact dedup only
        return [s for s, _ in unique]
    kept = []
    for statement, norm in unique:
        padded = f" {norm} "
        if any(other is not statement and other.official_id == statement.official_id and len(other_norm) > len(norm)
               and padded in f" {other_norm} " for other, other_norm in unique):
            continue
        kept.append(statement)
    return kept
