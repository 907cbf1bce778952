"""Statements by tracked officials: direct quotes and reported speech, attributed by rules.

Pure analytics. The text is cut into paragraphs, top-level quotes and sentences (a sentence never ends
inside a quote), then each sentence's *frame* (its words outside quotes) is searched for an attribution:
a speech verb with its subject on the left ("Zakharova said", "she stressed that"), inverted after a quote
or after "as"/"как"/"як" ("said Maria Zakharova", "— заявила Захарова", "a déclaré Emmanuel Macron", "sagte
Scholz", "so Peskow"), an "according to X" phrase ("по словам Захаровой", "за словами Подоляка", "selon Lavrov",
"laut Lawrow"), or "X: «...»". German puts the subject after the verb in second place ("Am Montag sagte Scholz"),
and French inverts a pronoun ("a-t-il affirmé", read as "a il affirmé"); Portuguese leaves the subject out
('«...», acrescentou.': the latest person named speaks); Norwegian is read as German and Spanish as Portuguese, only
when detected.
Subjects are tracked officials, pronouns and role nouns ("the spokeswoman") resolved to the most recently named
person of a plausible gender, nationality nouns ("the Norwegian") resolved to the latest official of that
nationality, or *untracked* people and organisations ("Sobyanin said"), whose quotes are dropped. A sentence that is
only a quote continues the previous sentence's attributed quote (also across a paragraph break).

A trailing attribution ("<clause>, Zakharova told reporters on Thursday." / "<clause>, - заявила Захарова.")
attributes the clause before it. Negated speech verbs ("did not say", "declined to say", "не уточнил") are not
statements. Sentences with more than ``MAX_FRAME_CHARS`` outside quotes are not prose and are skipped, and at
most ``MAX_STATEMENTS`` are returned per text: both bound the work on hostile input.

Everything is a single left-to-right pass with bounded look-around per token: linear in the text length.

The rules live in one module per question, each importing only from those before it (checked by
``tests/unit/test_package_layout.py``): ``model`` (the ``Statement`` record and the limits), ``vocabulary`` (the
words, per language), ``text`` (paragraphs, quotes, sentences, tokens), ``grammar`` (what a word is in its sentence),
``reference`` (who a name, pronoun or role noun is), ``speaker`` (who speaks in a sentence), ``clause`` (what they
said), ``recall`` (whether the writer recalls it as said before) and ``extract`` (the pass over a text).
"""

from streams.analytics.statements.extract import extract_statements
from streams.analytics.statements.model import (
    MAX_FRAME_CHARS, MAX_STATEMENTS, MIN_QUOTE_WORDS, MIN_REPORTED_WORDS, Statement)

__all__ = ["Statement", "extract_statements", "MIN_QUOTE_WORDS", "MIN_REPORTED_WORDS", "MAX_FRAME_CHARS",
           "MAX_STATEMENTS"]
