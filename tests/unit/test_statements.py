"""Statement extraction: quotes and reported speech in English, Russian, Ukrainian, French and German, and what is
not one."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from streams.analytics.normalize import normalize_text
from streams.analytics.officials import Watchlist
from streams.analytics.statements import Statement, extract_statements

TYPOGRAPHIC = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return Watchlist.default()


def extract(text: str, watchlist: Watchlist, lang: str | None = None) -> list[tuple[str, str, str]]:
    return [(s.official_id, s.kind, s.text) for s in extract_statements(text, watchlist, lang)]


def clean_sample(title: str, body: str) -> str:
    """Light stand-in for the normaliser: one paragraph per line, title repeats dropped, ASCII quotes."""
    lines = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    title = title.strip() or (lines[0] if lines else "")
    return "\n\n".join(line for line in lines if line != title).translate(TYPOGRAPHIC)


# --- English ---


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will respond to every provocation," Zakharova said.',
         ("maria-zakharova", "quote", "We will respond to every provocation")),
        ('Zakharova stated: "The West bears full responsibility for these attacks."',
         ("maria-zakharova", "quote", "The West bears full responsibility for these attacks.")),
        ('"We will respond to every provocation," said Maria Zakharova, the spokeswoman for the ministry.',
         ("maria-zakharova", "quote", "We will respond to every provocation")),
        ('Zakharova stressed that "this lawlessness is taking place with the full tolerance of the West."',
         ("maria-zakharova", "quote", "this lawlessness is taking place with the full tolerance of the West.")),
        ('Ukrainian President Volodymyr Zelensky spoke on Sunday, saying "it is now our primary task to destroy '
         'Russian war potential," the Kyiv Independent reported.',
         ("volodymyr-zelensky", "quote", "it is now our primary task to destroy Russian war potential")),
        ("Zakharova urged the UN to recognize the attacks on Kursk as terrorism.",
         ("maria-zakharova", "reported", "urged the UN to recognize the attacks on Kursk as terrorism.")),
        ("Maria Zakharova said that Russia would not negotiate with the Kiev regime, News.Az reports, citing TASS.",
         ("maria-zakharova", "reported", "Russia would not negotiate with the Kiev regime")),
        ("According to Zakharova, the West is directly involved in the attacks on Kursk.",
         ("maria-zakharova", "reported", "the West is directly involved in the attacks on Kursk.")),
        ("The West is directly involved in the attacks on Kursk, according to Zakharova.",
         ("maria-zakharova", "reported", "The West is directly involved in the attacks on Kursk")),
        ("Zakharova accused Kiev of deliberately targeting civilian infrastructure.",
         ("maria-zakharova", "reported", "accused Kiev of deliberately targeting civilian infrastructure.")),
        ("A key aide to the Ukrainian leader, Mikhail Podoliak, has said the goal is to unsettle Russians.",
         ("mykhailo-podolyak", "reported", "the goal is to unsettle Russians.")),
    ],
)
def test_english_patterns(watchlist: Watchlist, text: str, expected: tuple[str, str, str]) -> None:
    assert extract(text, watchlist) == [expected]


def test_pronoun_and_role_resolution(watchlist: Watchlist) -> None:
    text = ('Russian Foreign Ministry spokeswoman Maria Zakharova spoke to reporters. She emphasized that the '
            'strikes serve no military purpose. "Peace talks with the terrorist regime are out of the question," '
            'she said.\n\n"The West encourages the terrorist activities of Kiev," the spokeswoman added.')
    assert extract(text, watchlist) == [
        ("maria-zakharova", "reported", "the strikes serve no military purpose."),
        ("maria-zakharova", "quote", "Peace talks with the terrorist regime are out of the question"),
        ("maria-zakharova", "quote", "The West encourages the terrorist activities of Kiev"),
    ]


def test_pronoun_gender_picks_the_right_official(watchlist: Watchlist) -> None:
    text = 'Lavrov met Zakharova on Monday. "Negotiations with Kiev are impossible now," he said.'
    assert extract(text, watchlist) == [("sergey-lavrov", "quote", "Negotiations with Kiev are impossible now")]


def test_quote_continues_in_next_sentence_and_paragraph(watchlist: Watchlist) -> None:
    text = ('"We once again urge international organizations to condemn the attacks," Zakharova stated. '
            '"However, we are confident the response will be silence."\n\n'
            '"Do they respond to anything but fear? No, and everyone should realize that."\n\n'
            'The ministry published a map. "This sentence has no speaker at all here."')
    assert extract(text, watchlist) == [
        ("maria-zakharova", "quote", "We once again urge international organizations to condemn the attacks"),
        ("maria-zakharova", "quote", "However, we are confident the response will be silence."),
        ("maria-zakharova", "quote", "Do they respond to anything but fear? No, and everyone should realize that."),
    ]


def test_multi_paragraph_quote_without_closing_mark(watchlist: Watchlist) -> None:
    text = ('Zakharova said: "The first part of a long statement goes here.\n\n'
            '"And the second part follows in the next paragraph."')
    assert [s[2] for s in extract(text, watchlist)] == [
        "The first part of a long statement goes here.", "And the second part follows in the next paragraph."]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, Ukraine launched the operation since Russian President Vladimir Putin ordered an invasion.",
        "Talks with Zelensky stalled, and the Kremlin blamed the West.",
        '"Zelensky is a puppet of the West and everyone knows it," Sobyanin said.',  # named inside a quote
        "The skepticism expressed by Zakharova suggests Russia anticipates limited backing.",
        "Zakharova's remarks came on the same day that Moscow reported a drone attack.",
        'She called the strikes "loans" and "terror".',  # no antecedent, scare quotes
        'Zakharova called it "loans".',  # too short to be a reported statement, scare quote
        '"Eleven drones were destroyed over the capital," the Russian Defense Ministry said.',
        "Sobyanin said that no casualties had been reported in the capital overnight.",
        '"The talks are over for good," he said, after Zakharova left.',
        "The meeting with Захаровой lasted an hour.",
    ],
)
def test_mentions_that_are_not_statements(watchlist: Watchlist, text: str) -> None:
    assert extract(text, watchlist) == []


def test_official_named_in_another_officials_quote(watchlist: Watchlist) -> None:
    text = ('"Kuleba is lying about everything he tells the press," Zakharova said. '
            '"Putin has no interest in peace whatsoever, that much is clear," Kuleba said.')
    assert extract(text, watchlist) == [
        ("maria-zakharova", "quote", "Kuleba is lying about everything he tells the press"),
        ("dmytro-kuleba", "quote", "Putin has no interest in peace whatsoever, that much is clear"),
    ]


def test_nested_quotes_belong_to_the_outer_speaker(watchlist: Watchlist) -> None:
    text = ('"They call it \'just peace\' and Lavrov said \'no talks\' before," Zakharova said. '
            '«Он сказал „переговоров не будет“ и ушёл навсегда», — заявил Песков.')
    assert extract(text, watchlist) == [
        ("maria-zakharova", "quote", "They call it 'just peace' and Lavrov said 'no talks' before"),
        ("dmitry-peskov", "quote", "Он сказал „переговоров не будет“ и ушёл навсегда"),
    ]


def test_untracked_speaker_blocks_pronouns(watchlist: Watchlist) -> None:
    text = ('Putin ruled out talks.\n\n"Holding negotiations with them would be simply unnatural," Miroshnik '
            'stated. Kiev targets civilians "to sow fear in society and spread discontent," he claimed. '
            '"This policy is implemented deliberately by Zelensky himself," the diplomat stressed.')
    assert extract(text, watchlist) == []


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's words after a tracked official was named: the other person is introduced by an
        # indefinite article, a qualifier that is not the official's role, or a title before a name.
        'Maria Zakharova accused Washington of financing the incursion.\n\nA State Department spokeswoman rejected '
        'the accusation. "These claims are baseless and we knew nothing of it," the spokeswoman said.',
        'Maria Zakharova accused Washington of financing the incursion.\n\nThe claim was rejected by U.S. Ambassador '
        'Lynne Tracy, who met Russian officials on Tuesday. "We had no advance knowledge of this operation," she '
        'said.',
        'Maria Zakharova accused Washington of financing the incursion.\n\nEU foreign policy spokeswoman Nabila '
        'Massrali disagreed. "Ukraine is exercising its legitimate right to self-defence," the spokeswoman said.',
        # The passive: the subject is spoken about, or someone else speaks.
        "Zakharova was condemned by Kyiv and several EU capitals for her remarks about Bucha.",
        "Putin was accused by the International Criminal Court of the deportation of Ukrainian children.",
        "Zelensky was asked by reporters whether Ukraine would keep the captured territory.",
        "Lavrov has been criticised by Western diplomats for walking out of the G20 meeting in Bali.",
        "Blinken was warned by Republican senators that the aid package would not pass the House.",
        "Guterres condemned by Moscow: Russian officials criticised the UN chief for his visit to Kyiv.",
        # Speech verbs naming an action done to a person.
        "Zelensky called the Polish president on Tuesday to discuss the grain dispute and the blockade.",
        "Zelensky called President Biden to thank him for the new aid package.",
        "Putin dismissed Sergei Shoigu as defence minister in May and appointed Andrei Belousov in his place.",
    ],
)
def test_other_speakers_passives_and_actions_are_not_statements(watchlist: Watchlist, text: str) -> None:
    statements = extract(text, watchlist)
    assert all("incursion" in statement_text for _, _, statement_text in statements), statements


@pytest.mark.parametrize(
    "text, expected",
    [
        # An official who meets or mentions a titled person is still the one "he" and "the minister" refer to.
        ("Lavrov spoke after talks with Turkish counterpart Hakan Fidan. He said that Moscow saw no basis for "
         "resuming the Black Sea initiative.",
         ("sergey-lavrov", "reported", "Moscow saw no basis for resuming the Black Sea initiative.")),
        ('Dmitry Peskov told reporters the Kremlin had noted the statement by Polish President Andrzej Duda.\n\n'
         '"Such statements do not contribute to stability in Europe," he said.',
         ("dmitry-peskov", "quote", "Such statements do not contribute to stability in Europe")),
        ("Macron spoke at the summit in Paris. The French president said that Europe must be ready to defend "
         "itself.", ("emmanuel-macron", "reported", "Europe must be ready to defend itself.")),
        # "by" of a medium, and "that" of a relative clause after a trailing attribution.
        ("Zelensky said by video link that Ukraine needed more air defence systems before the winter.",
         ("volodymyr-zelensky", "reported", "Ukraine needed more air defence systems before the winter.")),
        ("Russia will never accept Ukraine's membership of NATO, Lavrov said in an interview that was broadcast on "
         "state television on Sunday.",
         ("sergey-lavrov", "reported", "Russia will never accept Ukraine's membership of NATO")),
        # Speech about a titled person, and a passive verb's subject carried to the coordinated active one.
        ("Lavrov called U.S. Secretary of State Antony Blinken a liar who had no interest in peace.",
         ("sergey-lavrov", "reported", "called U.S. Secretary of State Antony Blinken a liar who had no interest in "
                                       "peace.")),
        ("Zakharova called NATO and the EU accomplices in the crimes of the Kyiv regime.",
         ("maria-zakharova", "reported", "called NATO and the EU accomplices in the crimes of the Kyiv regime.")),
        ("Peskov dismissed Zelensky as an illegitimate leader whose term had expired in May.",
         ("dmitry-peskov", "reported", "dismissed Zelensky as an illegitimate leader whose term had expired in May.")),
        ("Peskov was asked about the drone strikes and said the Kremlin does not comment on military matters.",
         ("dmitry-peskov", "reported", "the Kremlin does not comment on military matters.")),
    ],
)
def test_officials_around_other_titled_people(watchlist: Watchlist, text: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in extract(text, watchlist)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MOSCOW, Aug 20 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow saw no "
         "basis for talks with Kyiv.",
         ("sergey-lavrov", "reported", "Moscow saw no basis for talks with Kyiv.")),
        ("KYIV, Aug 20 (Wire B) - Ukrainian Foreign Minister Dmytro Kuleba said on Tuesday, that Kyiv would not "
         "accept any ceasefire that froze the front line.",
         ("dmytro-kuleba", "reported", "Kyiv would not accept any ceasefire that froze the front line.")),
        ("Foreign Ministry spokeswoman Maria Zakharova said on Thursday. Russia will respond to the provocation.",
         None),
        ("Zakharova called for an independent international investigation of the strikes on Kursk.",
         ("maria-zakharova", "reported",
          "called for an independent international investigation of the strikes on Kursk.")),
        ("Zelensky called Putin a war criminal who must face a tribunal for the strikes.",
         ("volodymyr-zelensky", "reported", "called Putin a war criminal who must face a tribunal for the strikes.")),
        ("Zakharova dismissed Kuleba's remarks as a clumsy attempt to shift the blame for the strikes.",
         ("maria-zakharova", "reported",
          "dismissed Kuleba's remarks as a clumsy attempt to shift the blame for the strikes.")),
        ("Zakharova dismissed the claims as a clumsy attempt to shift the blame for the strikes.",
         ("maria-zakharova", "reported",
          "dismissed the claims as a clumsy attempt to shift the blame for the strikes.")),
        ('Maria Zakharova spoke on Thursday. "The West bears full responsibility for the escalation," the Russian '
         "Foreign Ministry spokeswoman said.",
         ("maria-zakharova", "quote", "The West bears full responsibility for the escalation")),
    ],
)
def test_datelines_wire_commas_and_qualified_roles(watchlist: Watchlist, text: str,
                                                   expected: tuple[str, str, str] | None) -> None:
    assert extract(text, watchlist) == ([expected] if expected else [])


def test_duplicates_are_merged_and_offsets_cover_the_sentence(watchlist: Watchlist) -> None:
    text = ("On Wednesday, Zakharova said Ukraine's incursion had ended... Maria Zakharova is seen at the UN. "
            'On Wednesday, Zakharova said Ukraine\'s incursion had ended "any possibility" of peace talks.')
    statements = extract_statements(text, watchlist)
    assert [s.text for s in statements] == ['Ukraine\'s incursion had ended "any possibility" of peace talks.']
    (statement,) = statements
    assert text[statement.start:statement.end].startswith("On Wednesday, Zakharova said")
    assert text[statement.start:statement.end].endswith("peace talks.")


def test_typographic_quotes_in_raw_text(watchlist: Watchlist) -> None:
    text = "“We will never negotiate with terrorists,” Zakharova said. ‘Single’ stays."
    assert extract(text, watchlist) == [("maria-zakharova", "quote", "We will never negotiate with terrorists")]


def test_abbreviations_do_not_split_sentences(watchlist: Watchlist) -> None:
    text = 'Gen. Gerasimov said the U.S. military is involved. "Mr. Blinken knows that very well," Gerasimov said.'
    assert extract(text, watchlist) == [
        ("valery-gerasimov", "reported", "the U.S. military is involved."),
        ("valery-gerasimov", "quote", "Mr. Blinken knows that very well"),
    ]


# --- Russian ---


@pytest.mark.parametrize(
    "text, expected",
    [
        ("«Мы не допустим эскалации конфликта на Украине», — заявила Захарова.",
         ("maria-zakharova", "quote", "Мы не допустим эскалации конфликта на Украине")),
        ('"Мы не допустим эскалации конфликта на Украине", - сказала она. ',  # „“ after normalisation
         None),
        ("Официальный представитель МИД России Мария Захарова заявила, что Киев несет ответственность за удары.",
         ("maria-zakharova", "reported", "Киев несет ответственность за удары.")),
        ("По словам Захаровой, Запад полностью поддерживает действия киевского режима.",
         ("maria-zakharova", "reported", "Запад полностью поддерживает действия киевского режима.")),
        ("Как сообщила Захарова, Москва направит ноту протеста в посольство Германии.",
         ("maria-zakharova", "reported", "Москва направит ноту протеста в посольство Германии.")),
        ("Захарова: «Мы будем отвечать на каждую провокацию».",
         ("maria-zakharova", "quote", "Мы будем отвечать на каждую провокацию")),
        ("Захарова призвала ООН осудить удары по Курской области.",
         ("maria-zakharova", "reported", "призвала ООН осудить удары по Курской области.")),
        ("Лавров отметил, что Россия открыта для диалога на равных условиях.",
         ("sergey-lavrov", "reported", "Россия открыта для диалога на равных условиях.")),
        ("«Россия не будет вести переговоры с террористами». Об этом заявила Захарова.",
         ("maria-zakharova", "quote", "Россия не будет вести переговоры с террористами")),
        # the outlet named between the subject and the verb is not the speaker
        ("Лавров в интервью РИА Новости заявил, что Запад ведет войну против России.",
         ("sergey-lavrov", "reported", "Запад ведет войну против России.")),
        ("Путин в интервью агентству AP сказал, что Россия готова к переговорам без условий.",
         ("vladimir-putin", "reported", "Россия готова к переговорам без условий.")),
        ("Лавров в интервью изданию The Economist заявил, что Запад проиграл эту войну.",
         ("sergey-lavrov", "reported", "Запад проиграл эту войну.")),
    ],
)
def test_russian_patterns(watchlist: Watchlist, text: str, expected: tuple[str, str, str] | None) -> None:
    assert extract(text, watchlist) == ([expected] if expected else [])


def test_russian_pronoun_after_inflected_mention(watchlist: Watchlist) -> None:
    text = "Лавров встретился с Захаровой. «Переговоры с Киевом невозможны в нынешних условиях», — сказал он."
    assert extract(text, watchlist) == [
        ("sergey-lavrov", "quote", "Переговоры с Киевом невозможны в нынешних условиях")]


@pytest.mark.parametrize(
    "text",
    ["Встреча с Захаровой прошла в Москве в среду вечером.", "Путин приказал начать операцию в феврале 2022 года.",
     "Лавров встретился с Блинкеном и Зеленским не встречался никогда."],
)
def test_russian_mentions_only(watchlist: Watchlist, text: str) -> None:
    assert extract(text, watchlist) == []


# --- Ukrainian ---


@pytest.mark.parametrize(
    "text, expected",
    [
        ("«Україна не піде на жодні поступки агресору», — заявив Подоляк.",
         ("mykhailo-podolyak", "quote", "Україна не піде на жодні поступки агресору")),
        ("Михайло Подоляк наголосив, що Росія має повністю вивести війська з території України.",
         ("mykhailo-podolyak", "reported", "Росія має повністю вивести війська з території України.")),
        ("За словами Подоляка, удари по Курській області мають суто військовий характер.",
         ("mykhailo-podolyak", "reported", "удари по Курській області мають суто військовий характер.")),
        ("Радник Офісу президента Михайло Подоляк заявив: «Ми не ведемо жодних переговорів з Росією».",
         ("mykhailo-podolyak", "quote", "Ми не ведемо жодних переговорів з Росією")),
        ("Зеленський зазначив, що Україна отримає нові системи ППО до кінця року.",
         ("volodymyr-zelensky", "reported", "Україна отримає нові системи ППО до кінця року.")),
        ("Як заявив Кулеба, Україна розраховує на рішення партнерів найближчим часом.",
         ("dmytro-kuleba", "reported", "Україна розраховує на рішення партнерів найближчим часом.")),
        # the apostrophe inside a word, and the outlet named between the subject and the verb
        ("Зеленський після зустрічі з прем'єром заявив, що Україна не погодиться на заморожування конфлікту.",
         ("volodymyr-zelensky", "reported", "Україна не погодиться на заморожування конфлікту.")),
        ("Зеленський в інтерв'ю агентству Reuters заявив, що Україна не погодиться на заморожування конфлікту.",
         ("volodymyr-zelensky", "reported", "Україна не погодиться на заморожування конфлікту.")),
    ],
)
def test_ukrainian_patterns(watchlist: Watchlist, text: str, expected: tuple[str, str, str]) -> None:
    assert extract(text, watchlist) == [expected]


def test_ukrainian_pronoun_continuation(watchlist: Watchlist) -> None:
    text = ("Речниця МЗС Росії Марія Захарова знову виступила в ефірі. Вона наголосила, що Україна нібито "
            "не хоче переговорів.")
    assert extract(text, watchlist) == [
        ("maria-zakharova", "reported", "Україна нібито не хоче переговорів.")]


# --- French (Macron's language, and how the French press quotes everyone else) ---


@pytest.mark.parametrize(
    "text, expected",
    [
        ("« Nous ne négocierons jamais avec un régime terroriste », a déclaré Maria Zakharova lors d'un point de "
         "presse.",
         [("maria-zakharova", "quote", "Nous ne négocierons jamais avec un régime terroriste")]),
        ("Emmanuel Macron a déclaré jeudi que la France continuerait à soutenir l'Ukraine aussi longtemps que "
         "nécessaire.",
         [("emmanuel-macron", "reported",
           "la France continuerait à soutenir l'Ukraine aussi longtemps que nécessaire.")]),
        # inverted pronoun: "a-t-il affirmé", "dit-elle"
        ("Emmanuel Macron a rencontré les chefs de la majorité. « La France ne reculera pas devant la menace », "
         "a-t-il affirmé.",
         [("emmanuel-macron", "quote", "La France ne reculera pas devant la menace")]),
        ("Maria Zakharova a répondu aux journalistes. « Kiev prépare une nouvelle provocation », dit-elle.",
         [("maria-zakharova", "quote", "Kiev prépare une nouvelle provocation")]),
        ("Selon Sergueï Lavrov, les Occidentaux cherchent à prolonger le conflit en Ukraine.",
         [("sergey-lavrov", "reported", "les Occidentaux cherchent à prolonger le conflit en Ukraine.")]),
        ("Vladimir Poutine a averti que la Russie répondrait à toute attaque contre son territoire.",
         [("vladimir-putin", "reported", "la Russie répondrait à toute attaque contre son territoire.")]),
        ("Maria Zakharova a déclaré : « Les provocations de Kiev ne resteront pas sans réponse. »",
         [("maria-zakharova", "quote", "Les provocations de Kiev ne resteront pas sans réponse.")]),
        ("« L'Europe doit se réveiller face à cette menace », estime Emmanuel Macron dans un entretien.",
         [("emmanuel-macron", "quote", "L'Europe doit se réveiller face à cette menace")]),
        # clause first, the dateline left out; a role noun with the name in apposition
        ("MOSCOU, 22 août (AFP) - La Russie n'entamera pas de négociations avec l'Ukraine, a déclaré jeudi la "
         "porte-parole de la diplomatie russe, Maria Zakharova.",
         [("maria-zakharova", "reported", "La Russie n'entamera pas de négociations avec l'Ukraine")]),
        ("« Nous avons besoin de davantage de défense aérienne », a souligné le président ukrainien Volodymyr "
         "Zelensky.",
         [("volodymyr-zelensky", "quote", "Nous avons besoin de davantage de défense aérienne")]),
        # not statements: meetings, someone else's words about an official, negated and passive verbs
        ("Emmanuel Macron a rencontré Olaf Scholz à Berlin pour discuter de l'aide à l'Ukraine.", []),
        ("Le Kremlin a accusé Emmanuel Macron de vouloir provoquer une escalade du conflit.", []),
        ("Emmanuel Macron n'a pas dit quand les premiers instructeurs seraient envoyés en Ukraine.", []),
        ("Macron a été averti que la situation pourrait dégénérer rapidement sur le terrain.", []),
        ("« L'Europe doit se réveiller face à cette menace », ajoute-t-il.", []),  # nobody named
    ],
)
def test_french_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


# --- German (Scholz's language) ---


@pytest.mark.parametrize(
    "text, expected",
    [
        ("„Wir werden die Ukraine so lange unterstützen wie nötig“, sagte Olaf Scholz am Montag in Berlin.",
         [("olaf-scholz", "quote", "Wir werden die Ukraine so lange unterstützen wie nötig")]),
        ("Scholz sagte, Deutschland werde die Ukraine weiter mit Waffen unterstützen.",
         [("olaf-scholz", "reported", "Deutschland werde die Ukraine weiter mit Waffen unterstützen.")]),
        ("Bundeskanzler Olaf Scholz erklärte, dass Deutschland keine Taurus-Marschflugkörper liefern werde.",
         [("olaf-scholz", "reported", "Deutschland keine Taurus-Marschflugkörper liefern werde.")]),
        # the verb in second place, the subject after it; an addressee before the comma
        ("Am Montag sagte Scholz in Berlin, Deutschland stehe fest an der Seite der Ukraine.",
         [("olaf-scholz", "reported", "Deutschland stehe fest an der Seite der Ukraine.")]),
        ("Scholz sagte der „Süddeutschen Zeitung“, Deutschland werde keine Bodentruppen schicken.",
         [("olaf-scholz", "reported", "Deutschland werde keine Bodentruppen schicken.")]),
        ("„Das ist eine gefährliche Eskalation des Konflikts“, so Kremlsprecher Dmitri Peskow.",
         [("dmitry-peskov", "quote", "Das ist eine gefährliche Eskalation des Konflikts")]),
        ("Olaf Scholz traf Selenskyj in Kiew. „Wir lassen die Ukraine nicht im Stich“, sagte er.",
         [("olaf-scholz", "quote", "Wir lassen die Ukraine nicht im Stich")]),
        ("Olaf Scholz empfing Emmanuel Macron in Berlin. „Wir stehen zusammen an der Seite der Ukraine“, sagte "
         "der Kanzler.",
         [("olaf-scholz", "quote", "Wir stehen zusammen an der Seite der Ukraine")]),
        ("Laut Lawrow versucht der Westen, den Konflikt in die Länge zu ziehen.",
         [("sergey-lavrov", "reported", "versucht der Westen, den Konflikt in die Länge zu ziehen.")]),
        ("Die Verhandlungen seien derzeit ausgeschlossen, sagte Sacharowa am Donnerstag in Moskau.",
         [("maria-zakharova", "reported", "Die Verhandlungen seien derzeit ausgeschlossen")]),
        ("„Die Lage an der Front ist schwierig“, sagte der ukrainische Präsident Wolodymyr Selenskyj.",
         [("volodymyr-zelensky", "quote", "Die Lage an der Front ist schwierig")]),
        # a German clause may open with a prepositional phrase (English "In a statement, ..." is no clause)
        ("Scholz war in Potsdam. Über Lieferungen von Taurus werde weiterhin nicht gesprochen, sagte er.",
         [("olaf-scholz", "reported", "Über Lieferungen von Taurus werde weiterhin nicht gesprochen")]),
        # not statements: a separable verb ("sagte ... ab": cancelled), negation, someone else, passive
        ("Scholz sagte seine Reise nach Kiew wegen der Lage kurzfristig ab.", []),
        ("Am Montag sagte Scholz seine Reise nach Kiew kurzfristig ab.", []),
        ("Scholz sagte nicht, wann die Lieferungen beginnen sollen.", []),
        ("Die Kritik an Scholz wächst, sagte ein Sprecher der Opposition am Montag.", []),
        ("Scholz wurde für seine Haltung zu den Taurus-Lieferungen scharf kritisiert.", []),
        ("Putin warnte den Westen vor einer weiteren Eskalation in der Ukraine.", []),
    ],
)
def test_german_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Portuguese words that are English, French or German words too: "assessor", "exige", "insiste", "do", "das",
        # "de", "que", "presidente"; and the rules Portuguese brought ("X ... e declarou que", "Para o presidente")
        ("Podolyak said Ukraine would win. The assessor said the damage was extensive.", []),
        ("Lavrov said the talks had failed. Anton Siluanov met him later. The Russian minister said that the deal was "
         "dead.", [("sergey-lavrov", "reported", "the talks had failed.")]),
        ("Zelensky met the governor of Kharkiv, who briefed him on the situation and said that the city was safe.", []),
        ("Blinken met the families of hostages, who thanked him and said that they would keep fighting.", []),
        ("Scholz traf den Bürgermeister von Kiew, der ihn informierte und sagte, dass die Stadt sicher sei.", []),
        ("Lavrov, de retour de New York, a déclaré que la Russie ne céderait pas.",
         [("sergey-lavrov", "reported", "la Russie ne céderait pas.")]),
        ("Zelensky a parlé hier. « Nous ne céderons jamais à la pression de personne », exige le communiqué.", []),
        ("La Russie doit se retirer immédiatement de tous les territoires, exige Macron.",
         [("emmanuel-macron", "reported", "La Russie doit se retirer immédiatement de tous les territoires")]),
        ("Macron a parlé lundi à Paris. Selon la présidente, l'Europe doit agir vite et fermement.", []),
        ("Il faut, selon Macron, que l'Europe se réarme rapidement et sans attendre.",
         [("emmanuel-macron", "reported", "l'Europe se réarme rapidement et sans attendre.")]),
        ("Die Lage sei ernst, sagte Scholz, das Land müsse sich auf einen langen Krieg einstellen.",
         [("olaf-scholz", "reported", "Die Lage sei ernst, das Land müsse sich auf einen langen Krieg einstellen.")]),
        ("Do not test our patience, Putin warned on Tuesday.",
         [("vladimir-putin", "reported", "Do not test our patience")]),
        ("Zelensky spoke on Monday. Do Kwon, the crypto founder, said he was innocent. He added that the charges were "
         "political.", []),
        # Stoltenberg's finance office is no "minister" for a role noun; a portfolio counts in the minister's own
        # complement only
        ("Stoltenberg met Lavrov in Brussels on Monday. The minister said Russia would not yield to the West.",
         [("sergey-lavrov", "reported", "Russia would not yield to the West.")]),
        ("Stoltenberg met Reznikov in Brussels. The minister said Kyiv needed more shells.", []),
        ("Lavrov s'est exprimé lundi à Moscou. Le ministre, interrogé sur la défense européenne, a déclaré que "
         "l'Europe se militarisait.", [("sergey-lavrov", "reported", "l'Europe se militarisait.")]),
        # what the Portuguese rules brought to every language
        ("Russian President Vladimir Putin signed the treaties on the four regions and declared that their residents "
         "were Russian citizens forever.",
         [("vladimir-putin", "reported", "their residents were Russian citizens forever.")]),
        ('"Russia will return to the deal," said Peskov, who insisted that the decision had nothing to do with the '
         'attack.', [("dmitry-peskov", "quote", "Russia will return to the deal"),
                     ("dmitry-peskov", "reported", "the decision had nothing to do with the attack.")]),
        ('In an interview with CNN, Blinken was blunt: "Russia is losing this war strategically."',
         [("antony-blinken", "quote", "Russia is losing this war strategically.")]),
    ],
)
def test_portuguese_rules_in_other_languages(watchlist: Watchlist, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jens Stoltenberg falou em Madrid. O norueguês tem repetido, desde 2022, que a Aliança apoia Kiev.",
         [("jens-stoltenberg", "reported", "a Aliança apoia Kiev.")]),
        ("Stoltenberg spoke in Brussels. The Norwegian said that the alliance would not be dragged into the war.",
         [("jens-stoltenberg", "reported", "the alliance would not be dragged into the war.")]),
        ("Guterres a parlé à New York. Le Portugais a ajouté que l'ONU était prête à aider.",
         [("antonio-guterres", "reported", "l'ONU était prête à aider.")]),
        ("Stoltenberg sprach in Brüssel. Der Norweger sagte, die Allianz werde nicht Kriegspartei.",
         [("jens-stoltenberg", "reported", "die Allianz werde nicht Kriegspartei.")]),
        # the latest person of that nationality, not the latest named
        ("Guterres falou em Nova Iorque. Depois, Stoltenberg falou em Bruxelas. O português acrescentou que a ONU "
         "está pronta.", [("antonio-guterres", "reported", "a ONU está pronta.")]),
        # inverted, with where and when after it
        ("António Guterres s'est rendu vendredi à Kiev. « Cette guerre doit cesser, conformément à la Charte des "
         "Nations unies », a déclaré le Portugais lors d'une conférence de presse.",
         [("antonio-guterres", "quote", "Cette guerre doit cesser, conformément à la Charte des Nations unies")]),
        ("Emmanuel Macron hat am Dienstag in Dresden eine Rede über Europa gehalten. „Unser Europa kann sterben, wenn "
         "wir nicht handeln“, warnte der Franzose vor Tausenden Zuhörern.",
         [("emmanuel-macron", "quote", "Unser Europa kann sterben, wenn wir nicht handeln")]),
        # someone untracked named since, subject or not, whose nationality is unknown: not the official
        ("Sergey Lavrov told reporters that sanctions had failed to isolate Moscow. He later met Russia's UN envoy "
         "Vassily Nebenzia. The Russian said the Security Council had been paralysed by Washington.",
         [("sergey-lavrov", "reported", "sanctions had failed to isolate Moscow.")]),
        ("Jens Stoltenberg was among the spectators on Sunday as Johannes Klæbo won the 50km race. The Norwegian said "
         "afterwards that the home crowd had carried him to the line.", []),
        ("Dmytro Kuleba a présenté à Paris son successeur désigné, Andriï Sybiha. L'Ukrainien a affirmé qu'il "
         "poursuivrait la même ligne diplomatique.", []),
        ("Vladimir Putin recebeu no Kremlin o governador da região de Kursk, Alexei Smirnov. O russo garantiu que a "
         "situação na região está «sob controlo».", []),
        # a country, an adjective, someone new, several people: none of them the official
        ("Lavrov spoke in Moscow. La Russie a déclaré que les négociations étaient terminées.", []),
        ("Lavrov spoke in Moscow. The Russian side said that the talks were over.", []),
        ("Lavrov spoke in Moscow. A Russian said that the talks were over.", []),
        ("Lavrov spoke in Moscow. The Russians said that the talks were over.", []),
    ],
)
def test_nationality_nouns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # The watchlist's "nationality" lets a nationality noun refer back to the official, as a role noun does.
    assert extract(text, watchlist) == expected


def test_nationality_may_name_the_country() -> None:
    watchlist = Watchlist.from_mapping(
        {"officials": [{"id": "jens-stoltenberg", "name": "Jens Stoltenberg", "nationality": "Norway"}]})
    assert extract("Jens Stoltenberg spoke in Oslo. The Norwegian said that the alliance was ready.", watchlist) == [
        ("jens-stoltenberg", "reported", "the alliance was ready.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dialogue dashes are quotes, and a dash paragraph with no attribution goes on with the one before
        ("- Vi kommer til å støtte Ukraina så lenge det trengs, sier Stoltenberg til NTB.\n\n- Det er ingen grunn "
         "til å tro noe annet nå.",
         [("jens-stoltenberg", "quote", "Vi kommer til å støtte Ukraina så lenge det trengs"),
          ("jens-stoltenberg", "quote", "Det er ingen grunn til å tro noe annet nå")]),
        ("Mandag sa Kreml-talsperson Dmitrij Peskov at Russland ikke vil forlenge kornavtalen i Svartehavet.",
         [("dmitry-peskov", "reported", "Russland ikke vil forlenge kornavtalen i Svartehavet.")]),
        ("Stoltenberg mener den økonomiske uroen ikke må gå ut over støtten til Ukraina.",
         [("jens-stoltenberg", "reported", "den økonomiske uroen ikke må gå ut over støtten til Ukraina.")]),
        ("Zelenskyj sa at Ukraina aldri vil godta en fred på Russlands premisser, og at alle områder skal tilbake.",
         [("volodymyr-zelensky", "reported", "Ukraina aldri vil godta en fred på Russlands premisser"),
          ("volodymyr-zelensky", "reported", "alle områder skal tilbake.")]),
        ("Stoltenberg orienterte Stortinget tirsdag.\n\nFinansministeren la til at økningen vil bli finansiert "
         "innenfor handlingsregelen.",
         [("jens-stoltenberg", "reported", "økningen vil bli finansiert innenfor handlingsregelen.")]),
        # a list, someone else's words after a dash ("Det sier ...", "ifølge ...", "spør NTB"), "sa opp" (cancelled)
        ("Finansminister Jens Stoltenberg sier at regjeringen vil øke forsvarsbudsjettet med 40 milliarder.\n\n- 40 "
         "milliarder til luftvern.\n\n- 12 milliarder til Ukraina.",
         [("jens-stoltenberg", "reported", "regjeringen vil øke forsvarsbudsjettet med 40 milliarder.")]),
        ("Stoltenberg sier at budsjettet er ansvarlig og godt for landet.\n\n- Dette er et budsjett som svikter folk "
         "flest. Det sier Frp-leder Sylvi Listhaug til NTB.",
         [("jens-stoltenberg", "reported", "budsjettet er ansvarlig og godt for landet.")]),
        ("Stoltenberg sier at budsjettet er ansvarlig og godt for landet.\n\n- Dette er et budsjett som svikter folk "
         "flest, ifølge Frp-leder Sylvi Listhaug.",
         [("jens-stoltenberg", "reported", "budsjettet er ansvarlig og godt for landet.")]),
        ("Stoltenberg sier at budsjettet er ansvarlig og godt for landet.\n\n- Hva betyr dette for kommunene i Norge? "
         "spør NTB.", [("jens-stoltenberg", "reported", "budsjettet er ansvarlig og godt for landet.")]),
        ("Stoltenberg sa opp avtalen med leverandøren i mars.", []),
        # what refers back, someone untracked with a title, "la fram" (presented)
        ("Stoltenberg møtte Zelenskyj i Kyiv. Det sa han til journalister i Oslo, samtidig som Nato-landene møttes.",
         []),
        ("- Vi utelukker ingenting nå, sier forsvarsminister Odd Roger Enoksen (Sp) til VG.", []),
        ("Finansminister Jens Stoltenberg (Ap) la tirsdag fram sitt første reviderte nasjonalbudsjett.", []),
    ],
)
def test_norwegian_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Norwegian is read as the German it is built like, only when the text was detected as Norwegian: "sa", "at",
    # "men" are other languages' words.
    assert extract(text, watchlist, "no") == expected
    assert extract(text, watchlist) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an EFE dateline, the perfect inverted after the quote, a role noun with the name in apposition
        ("MOSCÚ, 4 nov (EFE).- «No habrá ninguna negociación bajo ultimátums», ha afirmado este martes el portavoz "
         "del Kremlin, Dmitri Peskov, en su rueda de prensa telefónica diaria.",
         [("dmitry-peskov", "quote", "No habrá ninguna negociación bajo ultimátums")]),
        # the subject left out; a first name the watchlist spells otherwise
        ("KIEV, 11 nov (EFE).- «Hemos recuperado el control de la localidad», afirmó Zelenski en su mensaje nocturno. "
         "«Agradezco a cada soldado que lo ha hecho posible», añadió.",
         [("volodymyr-zelensky", "quote", "Hemos recuperado el control de la localidad"),
          ("volodymyr-zelensky", "quote", "Agradezco a cada soldado que lo ha hecho posible")]),
        ("«Las negociaciones solo serán posibles cuando Rusia retire sus tropas», ha apuntado el jefe de la Oficina "
         "del Presidente ucraniano, Andrí Yermak.",
         [("andriy-yermak", "quote", "Las negociaciones solo serán posibles cuando Rusia retire sus tropas")]),
        # source phrases, "él", "insistió en que", "advirtió de que", "dejó claro", an incise between bare dashes
        ("En palabras del secretario general de la OTAN, Jens Stoltenberg, la Alianza no es parte del conflicto.",
         [("jens-stoltenberg", "reported", "la Alianza no es parte del conflicto.")]),
        ("A juicio del canciller alemán, Olaf Scholz, suministrar misiles Taurus a Kiev supondría un riesgo.",
         [("olaf-scholz", "reported", "suministrar misiles Taurus a Kiev supondría un riesgo.")]),
        ("Peskov habló con la prensa tras la reunión. Él insistió en que el Kremlin no tiene planes de declarar una "
         "nueva movilización.",
         [("dmitry-peskov", "reported", "el Kremlin no tiene planes de declarar una nueva movilización.")]),
        ("El secretario general de la ONU, António Guterres, advirtió de que el mundo se encuentra al borde de un "
         "abismo nuclear.",
         [("antonio-guterres", "reported", "el mundo se encuentra al borde de un abismo nuclear.")]),
        ("Putin lo dejó claro en su discurso ante la Asamblea Federal: «Rusia dispone de armas capaces de alcanzar "
         "objetivos en territorio enemigo».",
         [("vladimir-putin", "quote", "Rusia dispone de armas capaces de alcanzar objetivos en territorio enemigo")]),
        ("«Rusia —afirmó Lavrov— no va a renunciar a sus objetivos en Ucrania».",
         [("sergey-lavrov", "quote", "Rusia no va a renunciar a sus objetivos en Ucrania")]),
        # two speakers; a verb coordinated after an opening phrase; a scare quote inside the second clause
        ('Blinken dijo que Washington respalda plenamente a Kiev, mientras que Kuleba subrayó que Ucrania necesita '
         'los F-16 "cuanto antes".',
         [("antony-blinken", "reported", "Washington respalda plenamente a Kiev"),
          ("dmytro-kuleba", "reported", 'Ucrania necesita los F-16 "cuanto antes".')]),
        ("Por su parte, Kuleba agradeció el apoyo y dijo que el Gobierno español ha sido un socio fiable.",
         [("dmytro-kuleba", "reported", "el Gobierno español ha sido un socio fiable.")]),
        # refusals, nouns that are verbs without their accent, what was insisted on
        ("Zajárova se negó a comentar las informaciones sobre un posible intercambio de prisioneros.", []),
        ("El anuncio de Putin sobre la movilización parcial sorprendió a Occidente y a muchos rusos.", []),
        ("Putin habló ante el público reunido en la Plaza Roja durante más de una hora.", []),
        ("Zelenski insistió en la necesidad de reforzar las defensas antiaéreas del país.", []),
    ],
)
def test_spanish_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Spanish is read as the Portuguese it is built like, only when the text was detected as Spanish: "la", "no",
    # "es" are other languages' words.
    assert extract(normalize_text(text), watchlist, "es") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A review of the rules that came with Spanish, on the other languages: a verb is no adjective after a role
        # noun, a colon after a role's complement is someone else's, a place relative in someone else's clause, "the
        # adviser to the president, X", an inverted verb with its adverbial, a chief diplomat is a foreign minister,
        # a head of government no president, "contou com", a relative clause before "mais", "A seguir," (an
        # adverbial), "insistido na", a role noun as the subject of a coordinated verb.
        ('en', 'Olaf Scholz was in Kyiv. The chancellor praised Zelensky, but stressed that Germany could not '
         'deliver Taurus missiles.',
         [('olaf-scholz', 'reported', 'Germany could not deliver Taurus missiles.')]),
        ('fr', "Emmanuel Macron était à l'Elysée. Le président reçoit Poutine, mais déclare que la France ne cédera "
         'pas.',
         [('emmanuel-macron', 'reported', 'la France ne cédera pas.')]),
        ('pt', 'Olaf Scholz estava em Lisboa. O Presidente recebeu Scholz e disse que Portugal apoia a Ucrânia até '
         'ao fim.',
         []),
        ('pt', 'Olaf Scholz estava em Kiev. O chanceler elogiou Zelensky, mas sublinhou que a Alemanha não enviará '
         'mísseis Taurus.',
         [('olaf-scholz', 'reported', 'a Alemanha não enviará mísseis Taurus.')]),
        ('en', 'Olaf Scholz was in Kyiv. The minister thanked Lavrov, but said the talks had failed.',
         []),
        ('fr', "Emmanuel Macron était à Bruxelles lundi. Le président du Conseil européen a été clair : « L'Europe "
         "soutiendra l'Ukraine jusqu'au bout. »",
         []),
        ('fr', 'Poutine était à Moscou. Le président de la Douma a été clair : « La Russie ne reculera jamais '
         "devant l'Occident. »",
         []),
        ('de', 'Dmitri Peskow äußerte sich am Montag. Der Sprecher des Weißen Hauses war deutlich: „Wir werden die '
         'Ukraine weiter unterstützen.“',
         []),
        ('fr', 'Sergueï Lavrov était à Ankara. Le ministre des Affaires étrangères turc a été clair : « La Turquie '
         'restera un médiateur. »',
         []),
        ('pt', 'Zelensky disse que Putin mentiu na entrevista à NBC, na qual afirmou que a Rússia não planeava '
         'invadir a Ucrânia.',
         [('volodymyr-zelensky', 'reported', 'Putin mentiu na entrevista à NBC, na qual afirmou que a '
                                               'Rússia não planeava invadir a Ucrânia.')]),
        ('pt', 'Zelensky afirmou que o discurso de Putin, em que declarou a anexação de quatro regiões, é nulo e '
         'sem efeito.',
         [('volodymyr-zelensky', 'reported', 'o discurso de Putin, em que declarou a anexação de quatro '
                                               'regiões, é nulo e sem efeito.')]),
        ('pt', 'Zelensky lembrou a entrevista de Putin a Tucker Carlson, em que afirmou que a Ucrânia é um Estado '
         'artificial.',
         []),
        ('pt', 'Lavrov citou um discurso de Putin, no qual afirmou que a Rússia nunca atacará a NATO.',
         []),
        ('en', '"Russia is lying about the talks in Istanbul," said the adviser to the Ukrainian president, '
         'Mykhailo Podolyak.',
         [('mykhailo-podolyak', 'quote', 'Russia is lying about the talks in Istanbul')]),
        ('en', '"We will not give up," said the chief of staff to the Ukrainian president, Andriy Yermak.',
         [('andriy-yermak', 'quote', 'We will not give up')]),
        ('fr', '« La Russie ment sur les pourparlers », a déclaré le conseiller auprès du président ukrainien, '
         'Mykhaïlo Podoliak.',
         [('mykhailo-podolyak', 'quote', 'La Russie ment sur les pourparlers')]),
        ('fr', '« Nous ne reculerons pas », a déclaré le porte-parole du président russe en conférence de presse, '
         'Dmitri Peskov.',
         [('dmitry-peskov', 'quote', 'Nous ne reculerons pas')]),
        ('pt', 'Lavrov falou em Moscovo. «A Rússia não vai aceitar nenhum ultimato do Ocidente», disse a dada '
         'altura.',
         [('sergey-lavrov', 'quote', 'A Rússia não vai aceitar nenhum ultimato do Ocidente')]),
        ('pt', 'Lavrov falou em Moscovo. «A Rússia não vai aceitar nenhum ultimato do Ocidente», disse o próprio.',
         [('sergey-lavrov', 'quote', 'A Rússia não vai aceitar nenhum ultimato do Ocidente')]),
        ('pt', 'Lavrov falou em Moscovo. «A Rússia não vai aceitar nenhum ultimato do Ocidente», garantiu uma vez '
         'mais.',
         [('sergey-lavrov', 'quote', 'A Rússia não vai aceitar nenhum ultimato do Ocidente')]),
        ('es', 'Lavrov habló en Moscú. «Rusia no va a aceptar ningún ultimátum de Occidente», dijo a continuación.',
         [('sergey-lavrov', 'quote', 'Rusia no va a aceptar ningún ultimátum de Occidente')]),
        ('de', 'Guterres empfing Lawrow in New York. „Der Westen führt einen Krieg gegen Russland“, sagte der '
         'Chefdiplomat.',
         [('sergey-lavrov', 'quote', 'Der Westen führt einen Krieg gegen Russland')]),
        ('en', 'Guterres met Lavrov in New York. The diplomat said the West was waging war on Russia.',
         [('sergey-lavrov', 'reported', 'the West was waging war on Russia.')]),
        ('fr', "Antonio Guterres a reçu Sergueï Lavrov à New York. Le diplomate a affirmé que l'Occident menait une "
         'guerre contre la Russie.',
         [('sergey-lavrov', 'reported', "l'Occident menait une guerre contre la Russie.")]),
        ('pt', 'Zelensky esteve em Kiev com Denys Shmyhal. O chefe do Governo ucraniano disse que a economia '
         'resiste.',
         []),
        ('pt', 'Putin contou com o apoio da China para contornar as sanções ocidentais.',
         []),
        ('pt', 'Lavrov tinha acrescentado mais um nome à lista de sanções contra o Ocidente.',
         []),
        ('fr', "Poutine a reçu des diplomates chinois qui n'ont rien obtenu, mais ont affirmé que le dialogue "
         'devait se poursuivre.',
         []),
        ('pt', 'Lavrov esteve em Ancara esta semana. A seguir, acrescentou que a Rússia não vai recuar no Donbass.',
         [('sergey-lavrov', 'reported', 'a Rússia não vai recuar no Donbass.')]),
        ('pt', 'Zelensky tem insistido na necessidade de mais sistemas de defesa antiaérea.',
         []),
        ('es', 'Scholz estaba en Kiev. El canciller elogió a Zelenski, pero subrayó que Alemania no enviará misiles '
         'Taurus.',
         [('olaf-scholz', 'reported', 'Alemania no enviará misiles Taurus.')]),
        ('fr', "Antonio Guterres était à Boutcha. « J'imagine ma famille dans ces maisons détruites », a poursuivi "
         'le diplomate portugais.',
         [('antonio-guterres', 'quote', "J'imagine ma famille dans ces maisons détruites")]),
        ('es', 'Guterres visitó Kiev. «Esta guerra debe terminar ya», ha dicho el diplomático portugués.',
         [('antonio-guterres', 'quote', 'Esta guerra debe terminar ya')]),
        # a final review's cases: a text ending with its attribution (an IndexError before, in pt and fr too), an
        # apostrophe inside an office, the outlet Politico, a perfect with no clause, a sentence opening with its
        # auxiliary
        ("es", "Serguéi Lavrov habló ayer en Moscú. «Occidente quiere infligir una derrota estratégica a Rusia, pero "
         "esa ilusión ya se ha desvanecido», dijo",
         [("sergey-lavrov", "quote",
           "Occidente quiere infligir una derrota estratégica a Rusia, pero esa ilusión ya se ha desvanecido")]),
        ("pt", "Sergei Lavrov falou ontem em Moscovo. «O Ocidente quer infligir uma derrota estratégica à Rússia, mas "
         "essa ilusão já se desfez», afirmou",
         [("sergey-lavrov", "quote",
           "O Ocidente quer infligir uma derrota estratégica à Rússia, mas essa ilusão já se desfez")]),
        ("fr", "Sergueï Lavrov a parlé hier à Moscou. « L'Occident veut infliger une défaite stratégique à la Russie, "
         "mais cette illusion s'est dissipée », a insisté",
         [("sergey-lavrov", "quote",
           "L'Occident veut infliger une défaite stratégique à la Russie, mais cette illusion s'est dissipée")]),
        ("pt", "Vladimir Putin esteve em Moscovo ontem. Segundo o chefe de ' Estado, a guerra vai acabar muito em "
         "breve para todos nós.",
         [("vladimir-putin", "reported", "a guerra vai acabar muito em breve para todos nós.")]),
        ("en", "Sergei Lavrov spoke in Moscow. Politico Europe said the Kremlin was preparing a new offensive in the "
         "east.", []),
        ("fr", "Sergueï Lavrov a parlé à Moscou. Politico a affirmé que le Kremlin préparait une nouvelle "
         "offensive.", []),
        ("es", "Lavrov ha advertido a Occidente sobre una provocación en la central nuclear de Zaporiyia.", []),
        ("pt", "Zelensky tinha explicado a Scholz a situação na frente oriental durante a reunião em Berlim.", []),
        ("es", "Serguéi Lavrov habló ayer en Moscú. Ha acusado a Occidente de preparar una provocación en la central "
         "nuclear.",
         [("sergey-lavrov", "reported", "acusado a Occidente de preparar una provocación en la central nuclear.")]),
    ],
)
def test_spanish_rules_in_other_languages(watchlist: Watchlist, lang: str, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist, lang) == expected


def _attribution_items() -> list[dict]:
    path = Path(__file__).resolve().parent.parent / "data" / "attribution_corpus.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("item", _attribution_items(), ids=lambda item: f"{item['lang']}: {item['note'][:60]}")
def test_wire_corpus(watchlist: Watchlist, item: dict) -> None:
    # tests/data/attribution_corpus.jsonl: 689 items in English, Russian, Ukrainian, French, German, Portuguese and
    # Spanish, in the styles of Reuters, AP, BBC, TASS, Interfax, Ukrinform, AFP, Le Monde, dpa, Tagesschau, Lusa,
    # Agência Brasil, Folha, EFE, Europa Press, Clarín ... (a third of them with no statement: mentions, negated,
    # passive and separable verbs, unnamed speakers; some written to make the rules fail), written apart from the
    # rules and labelled with what each official said. Every statement found must be expected (starting with the
    # labelled words, whitespace and apostrophes as the normaliser writes them), and every expected one must be found.
    # (Of the 60 Spanish items written to break the rules, the four still failing are README limitations, not here;
    # the 60 Russian and Ukrainian ones are all here: 29 of 35 statements and one not expected on their first run;
    # of 40 in English, French, German, Portuguese and Spanish written to break the rules they share, 30 are here,
    # (17 failed with the rules before), and the ten still failing are README limitations: "he" after someone
    # untracked named mid-sentence, a pronoun after opening phrases in those languages.)
    found = extract(normalize_text(item["text"]), watchlist, item["lang"])
    expected = [(e["official"], e["kind"], e["starts"]) for e in item["expected"]]
    unmatched = list(found)
    for official, kind, starts in expected:
        hit = next((f for f in unmatched if f[:2] == (official, kind) and f[2].startswith(starts)), None)
        assert hit is not None, f"missing {(official, kind, starts)}; found {found}"
        unmatched.remove(hit)
    assert not unmatched, f"not expected: {unmatched}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Россия не намерена вести переговоры, — подчеркнул Лавров, — пока Киев не откажется от своих требований».",
         [("sergey-lavrov", "quote", "Россия не намерена вести переговоры пока Киев не откажется от своих требований")]),
        ("«Украина, — заявил Зеленский, — никогда не признает оккупацию своих территорий».",
         [("volodymyr-zelensky", "quote", "Украина никогда не признает оккупацию своих территорий")]),
        ("«Ми не ведемо жодних переговорів з Росією, - наголосив Подоляк. - Компромісів не буде».",
         [("mykhailo-podolyak", "quote", "Ми не ведемо жодних переговорів з Росією. Компромісів не буде")]),
        ("Emmanuel Macron était à Berlin. « Nous devons, a-t-il ajouté, rester unis face à la Russie. »",
         [("emmanuel-macron", "quote", "Nous devons rester unis face à la Russie.")]),
        # a clause inside the quote that reports someone else is no incise
        ("«Мы знаем, что Лавров заявил, что переговоров не будет», - написал Подоляк.",
         [("mykhailo-podolyak", "quote", "Мы знаем, что Лавров заявил, что переговоров не будет")]),
        ("«Мы знаем, что Лавров заявил, что переговоров не будет».", []),
    ],
)
def test_attribution_inside_the_quote_marks(watchlist: Watchlist, text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    # Russian wire style («..., — подчеркнул Лавров, — ...») and the French incise: the words are the official's,
    # without the attribution.
    assert extract(text, watchlist) == expected


def test_full_articles(watchlist: Watchlist) -> None:
    # tests/data/attribution_articles.jsonl: 332 whole articles in English, Russian, Ukrainian, French and German
    # (3,413 labelled statements) with several officials, untracked speakers, background paragraphs and references
    # back, written apart from the rules in nine sets, 45 in Portuguese (378 statements), 40 in Norwegian (286; read as
    # Norwegian only when detected as such, as the pipeline does) and 65 in Spanish (496; likewise). Measured before
    # the fixes they led to: 149 of the first set's 198, 126 of the second's 155, 178 of the third's 240, 212 of the
    # fourth's 260, 231 of the fifth's 285, 241 of the sixth's 292, 269 of the seventh's 334 (docs/STATEMENTS.md;
    # 223 before a quote inside a reported clause came out as the clause, 'said the strikes hit "only military
    # targets"', which is how all labels count it now), 300 of the eighth's 387, 241 of the ninth's 302; in Portuguese, 171 of the first
    # set's 218 (rules written from short items only) and 148 of the held-out second set's 170; in Norwegian, none
    # before it was read, then 114 of the first set's 140 and 120 of the held-out second set's 131; in Spanish, 13 of
    # the first set's 179 and 7 of the second's 145 before it was read, then (rules written from short items only)
    # 137 of 179 and 111 of the held-out 145, and after their fixes 146 of a third set's 171 (held out; 150 with its
    # requests labelled as the others are). The Spanish labels follow the Portuguese sets' conventions ("acusó a X
    # de ..." and "calificó X de «...»" from the verb; a clause wholly in quote marks is a quote; headlines are not
    # labelled), and so do the Russian and Ukrainian ones ("назвал X «...»", "обвинил X в том, что ..." from the
    # verb; 12 labels of the earlier sets aligned). Three held-out sets of 20 articles each, measured on their first
    # run and after the fixes they led to: Russian, 209 of 230 (205 with the rules before them), 225 now; Ukrainian,
    # 217 of 241, 235; a second Russian one, 224 of 244, 238; and a fourth, 10 Russian and 10 Ukrainian articles
    # written after all those fixes: 244 of 250 on its first run, precision 97% (228 and 96% with the rules before
    # this work). Reached now: recall 0.96 (4,371 of 4,573), precision 0.97; the bounds below keep it with a little
    # room. Most "extra" ones are quotes continued after the attribution, which the first set's labels count once,
    # statements the labels missed, and requests and promises, "призвал ...", which some sets label and some not.
    path = Path(__file__).resolve().parent.parent / "data" / "attribution_articles.jsonl"
    found_total: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    expected_total: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        lang = item["lang"]
        text = normalize_text(item["text"], item["text"].split("\n", 1)[0])
        found = extract(text, watchlist, lang)
        found_total[lang] += len(found)
        for label in item["expected"]:
            expected_total[lang] += 1
            starts = normalize_text(label["starts"])  # quote marks, apostrophes and dashes as the normaliser writes them
            hit = next((f for f in found if f[:2] == (label["official"], label["kind"]) and f[2].startswith(starts)),
                       None)
            if hit is not None:
                found.remove(hit)
                matched[lang] += 1
    assert expected_total.total() == 4573
    recall, precision = matched.total() / expected_total.total(), matched.total() / found_total.total()
    assert recall >= 0.95, f"recall {matched.total()}/{expected_total.total()}"
    assert precision >= 0.96, f"precision {matched.total()}/{found_total.total()}"
    # Portuguese on its own (370 of 378, precision 99%), so that a loss there is not hidden by the other languages
    assert matched["pt"] / expected_total["pt"] >= 0.94, f"Portuguese recall {matched['pt']}/{expected_total['pt']}"
    assert matched["pt"] / found_total["pt"] >= 0.97, f"Portuguese precision {matched['pt']}/{found_total['pt']}"
    # and Norwegian (275 of 286, precision 98%)
    assert matched["no"] / expected_total["no"] >= 0.94, f"Norwegian recall {matched['no']}/{expected_total['no']}"
    assert matched["no"] / found_total["no"] >= 0.96, f"Norwegian precision {matched['no']}/{found_total['no']}"
    # and Russian (972 of 998, precision 97%), Ukrainian (728 of 752, precision 98%), and Spanish (473 of 496,
    # precision 96%)
    assert matched["ru"] / expected_total["ru"] >= 0.95, f"Russian recall {matched['ru']}/{expected_total['ru']}"
    assert matched["ru"] / found_total["ru"] >= 0.95, f"Russian precision {matched['ru']}/{found_total['ru']}"
    assert matched["uk"] / expected_total["uk"] >= 0.95, f"Ukrainian recall {matched['uk']}/{expected_total['uk']}"
    assert matched["uk"] / found_total["uk"] >= 0.96, f"Ukrainian precision {matched['uk']}/{found_total['uk']}"
    assert matched["es"] / expected_total["es"] >= 0.94, f"Spanish recall {matched['es']}/{expected_total['es']}"
    assert matched["es"] / found_total["es"] >= 0.94, f"Spanish precision {matched['es']}/{found_total['es']}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow will respond to every attack, Zakharova said, adding that the West is to blame.",
         [("maria-zakharova", "reported", "Moscow will respond to every attack"),
          ("maria-zakharova", "reported", "the West is to blame.")]),
        ('"Europe could die," Emmanuel Macron said in a speech at the Sorbonne on Thursday, urging the bloc to build '
         'up its own defences.',
         [("emmanuel-macron", "reported", "urging the bloc to build up its own defences.")]),
        # a quote interrupted by its attribution in mid-sentence is one statement
        ('"The key question," Blinken said, "is whether Russia is serious about diplomacy."',
         [("antony-blinken", "quote", "The key question is whether Russia is serious about diplomacy.")]),
        ('"We are not at war with Russia," Scholz said, while Macron insisted that Europe must not rule out any '
         'option.',
         [("olaf-scholz", "quote", "We are not at war with Russia"),
          ("emmanuel-macron", "reported", "Europe must not rule out any option.")]),
        ("U.S. Secretary of State Antony Blinken said Washington would keep supporting Kyiv, while Ukrainian Foreign "
         "Minister Dmytro Kuleba said the aid had to arrive faster.",
         [("antony-blinken", "reported", "Washington would keep supporting Kyiv"),
          ("dmytro-kuleba", "reported", "the aid had to arrive faster.")]),
        # the words after "said" are where and when; "that" of another verb is not the verb's
        ("Kuleba said on Feb. 20 that Ukraine expected the first F-16s to arrive by summer.",
         [("dmytro-kuleba", "reported", "Ukraine expected the first F-16s to arrive by summer.")]),
        ("Zakharova said on Thursday the attack had been organised by Kyiv's special services.",
         [("maria-zakharova", "reported", "the attack had been organised by Kyiv's special services.")]),
        ("Lavrov said Blinken's remarks showed that Washington was not interested in peace.",
         [("sergey-lavrov", "reported", "Blinken's remarks showed that Washington was not interested in peace.")]),
        ("ST PETERSBURG, June 7 (Reuters) - President Vladimir Putin said on Friday Russia did not need to use "
         "nuclear weapons.",
         [("vladimir-putin", "reported", "Russia did not need to use nuclear weapons.")]),
        # British quotes open a new sentence
        ("Scholz said Germany would not be drawn into the war. 'There will be no ground troops on Ukrainian soil,' "
         "he said.",
         [("olaf-scholz", "reported", "Germany would not be drawn into the war."),
          ("olaf-scholz", "quote", "There will be no ground troops on Ukrainian soil")]),
    ],
)
def test_more_of_the_sentence(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # From a fresh English set written apart from the rules: a participle clause after the attribution, a second
    # official in the same sentence, interrupted quotes, dates after "said", datelines.
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X" after "on" is the network, and the sentence ends there
        ("Kuleba wrote on X. The talks were productive and very useful, he said.",
         [("dmytro-kuleba", "reported", "The talks were productive and very useful")]),
        # after an attribution its speaker is in focus, not an official named in the clause
        ("Putin must not be rewarded for this war, Zelensky said. He added that the front was holding everywhere.",
         [("volodymyr-zelensky", "reported", "Putin must not be rewarded for this war"),
          ("volodymyr-zelensky", "reported", "the front was holding everywhere.")]),
        # a role noun refers back further than a pronoun, past someone introduced with another title
        ("Kremlin spokesman Dmitry Peskov said the visit was being prepared.\n\nThe talks will last two days.\n\n"
         "Presidential aide Yuri Ushakov said a dozen agreements would be signed.\n\nThe Kremlin spokesman added that "
         "Moscow saw no reason for talks with Kyiv.",
         [("dmitry-peskov", "reported", "the visit was being prepared."),
          ("dmitry-peskov", "reported", "Moscow saw no reason for talks with Kyiv.")]),
        # a title naming its holder a few words on introduces someone untracked
        ("Лавров заявив, що Москва готова до переговорів. Міністр закордонних справ України Андрій Сибіга "
         "відповів, що Москву не цікавить мир. «Усі ці вимоги - лише евфемізм для знищення України», - наголосив "
         "міністр.",
         [("sergey-lavrov", "reported", "Москва готова до переговорів.")]),
        # the gender of a Russian past tense picks the role noun's referent
        ("Лавров и Захарова выступили в Москве. Дипломат подчеркнула, что Россия оставляет за собой право на ответ.",
         [("maria-zakharova", "reported", "Россия оставляет за собой право на ответ.")]),
        ("According to Zakharova, the ministry spokeswoman, Russia will respond to every provocation.",
         [("maria-zakharova", "reported", "Russia will respond to every provocation.")]),
        ("According to Zakharova, the talks, she said, will not resume soon at all.",
         [("maria-zakharova", "reported", "the talks, she said, will not resume soon at all.")]),
        # French spacing before a closing guillemet still ends the sentence
        ("« Mais l'Ukraine doit d'abord gagner cette guerre », a dit Jens Stoltenberg. « Nous l'aiderons. » Selon "
         "lui, les Alliés fourniront au moins 40 milliards d'euros.",
         [("jens-stoltenberg", "quote", "Mais l'Ukraine doit d'abord gagner cette guerre"),
          ("jens-stoltenberg", "reported", "les Alliés fourniront au moins 40 milliards d'euros.")]),
        # a participle clause after a reported clause quoting the official's words
        ('Peskov said NATO was "totally involved in the conflict", adding that Russia would take measures.',
         [("dmitry-peskov", "reported", 'NATO was "totally involved in the conflict"'),
          ("dmitry-peskov", "reported", "Russia would take measures.")]),
        # a speech verb after a preposition is a noun
        ("Valery Gerasimov was shown on state television inspecting troops near the front.", []),
        # a role phrase trailing the clause with the name in apposition
        ("Stoltenberg was in Kyiv. NATO has no plans to send combat troops to Ukraine, the alliance's secretary "
         "general, Jens Stoltenberg, told the Associated Press.",
         [("jens-stoltenberg", "reported", "NATO has no plans to send combat troops to Ukraine")]),
        # an opening phrase before a qualified role noun; a verb taking a clause is not part of it
        ("Macron met the leaders. Speaking on Monday evening, the French president acknowledged there was no "
         "consensus on the issue.",
         [("emmanuel-macron", "reported", "there was no consensus on the issue.")]),
        ("Zakharova spoke on Monday. According to her, Washington and Brussels bear direct responsibility.",
         [("maria-zakharova", "reported", "Washington and Brussels bear direct responsibility.")]),
        ("Guterres arrived in Kazan. The UN chief said: \"We need peace in Ukraine, in Gaza and in Sudan.\"",
         [("antonio-guterres", "quote", "We need peace in Ukraine, in Gaza and in Sudan.")]),
        ("Lavrov, speaking to reporters in Rio de Janeiro, repeated that Russia had never refused negotiations.",
         [("sergey-lavrov", "reported", "Russia had never refused negotiations.")]),
        # an official named in a relative clause about the subject is not the subject
        # Russian and Ukrainian: imperfective verbs, long adverbials between subject and verb, offices, the country
        # after the role noun, addressees after an inverted subject, the Interfax tag, "Пряма мова X:"
        ("Президент России Владимир Путин ранее неоднократно заявлял, что Россия никогда не отказывалась от "
         "переговоров.",
         [("vladimir-putin", "reported", "Россия никогда не отказывалась от переговоров.")]),
        ("Владимир Путин на встрече с руководителями информационных агентств в Петербурге заявил, что Россия может "
         "ответить асимметрично.",
         [("vladimir-putin", "reported", "Россия может ответить асимметрично.")]),
        ("Путин выступил в Кремле. В феврале в послании Федеральному собранию он заявлял, что у России есть "
         "такое оружие.",
         [("vladimir-putin", "reported", "у России есть такое оружие.")]),
        ("Лавров прилетел в Пекин. «Американцы сами загнали себя в угол», — заявил глава российской дипломатии.",
         [("sergey-lavrov", "quote", "Американцы сами загнали себя в угол")]),
        ("Зеленський дав інтерв'ю. Путін раніше стверджував, що Росія не планує захоплювати Харків. «Путін бреше, як "
         "завжди», — додав президент України.",
         [("vladimir-putin", "reported", "Росія не планує захоплювати Харків."),
          ("volodymyr-zelensky", "quote", "Путін бреше, як завжди")]),
        ("Шольц прилетел в Москву. Канцлер ФРГ в воскресенье в интервью телеканалу ZDF сказал, что намерен снова "
         "поговорить с Путиным.",
         [("olaf-scholz", "reported", "намерен снова поговорить с Путиным.")]),
        ("Как сообщил Шойгу журналистам по итогам встречи, стороны обсудили вопросы военной безопасности.",
         [("sergei-shoigu", "reported", "стороны обсудили вопросы военной безопасности.")]),
        ("Москва. 12 июня. INTERFAX.RU - В Кремле не видят предпосылок для разговора, заявил Дмитрий Песков.",
         [("dmitry-peskov", "reported", "В Кремле не видят предпосылок для разговора")]),
        ("Подоляк виступив в ефірі.\n\nПряма мова Подоляка: «Росія не готова до жодних переговорів».",
         [("mykhailo-podolyak", "quote", "Росія не готова до жодних переговорів")]),
        ("Слова Макрона прозвучали в Парижі. «Ми запускаємо нову співпрацю з Україною», — сказав французький лідер.",
         [("emmanuel-macron", "quote", "Ми запускаємо нову співпрацю з Україною")]),
        # Russian and Ukrainian from the fourth set: a date after "Об этом", an outlet relaying an official's words,
        # gerunds, "очільник МЗС", a capitalised adjective opening the sentence, "Ранее", "ответила на критику",
        # "пояснив, чому", "однак сказав", "Водночас ... він написав", "доложил", "повторил"
        ("Решения саммита НАТО в Вашингтоне ведут к дальнейшей эскалации. Об этом 11 июля заявила Мария Захарова.",
         [("maria-zakharova", "reported", "Решения саммита НАТО в Вашингтоне ведут к дальнейшей эскалации.")]),
        ("«Операция будет завершена разгромом противника», — приводит слова Герасимова пресс-служба министерства.",
         [("valery-gerasimov", "quote", "Операция будет завершена разгромом противника")]),
        ("«Это конкретное мирное предложение», — сказал Владимир Путин, добавив, что решение теперь за Киевом.",
         [("vladimir-putin", "quote", "Это конкретное мирное предложение"),
          ("vladimir-putin", "reported", "решение теперь за Киевом.")]),
        ("Кулеба виступив в ефірі ARD. «Жодне з пояснень не є переконливим», — зазначив очільник МЗС.",
         [("dmytro-kuleba", "quote", "Жодне з пояснень не є переконливим")]),
        ("Мария Захарова, как обычно, ответила на критику в своем телеграм-канале. Официальный представитель МИД "
         "России написала, что реакция Киева показывает истинное отношение к ООН.",
         [("maria-zakharova", "reported", "реакция Киева показывает истинное отношение к ООН.")]),
        ("Лавров прилетел в Нью-Йорк. Ранее министр неоднократно указывал на то, что расширение альянса стало "
         "первопричиной кризиса.",
         [("sergey-lavrov", "reported", "расширение альянса стало первопричиной кризиса.")]),
        ("Канцлер Німеччини Олаф Шольц пояснив, чому його уряд не погоджується на передачу ракет Taurus.", []),
        ("Зеленський не коментував перестановки в Москві, однак сказав, що ситуація на фронті залишається складною.",
         [("volodymyr-zelensky", "reported", "ситуація на фронті залишається складною.")]),
        ("Єрмак не коментував кадрові рішення. Водночас у телеграмі він написав, що команда зосереджена на плані "
         "перемоги.",
         [("andriy-yermak", "reported", "команда зосереджена на плані перемоги.")]),
        ("Валерий Герасимов доложил, что продвижение украинских подразделений остановлено.",
         [("valery-gerasimov", "reported", "продвижение украинских подразделений остановлено.")]),
        # English from the fourth set: a coordinated speech verb is a second statement
        ("Kremlin spokesman Dmitry Peskov told Russian state television that the offer would not stay on the table, "
         "and said the West's reaction showed it was not interested in a settlement.",
         [("dmitry-peskov", "reported", "the offer would not stay on the table"),
          ("dmitry-peskov", "reported", "the West's reaction showed it was not interested in a settlement.")]),
        ("Macron spoke in Paris. He acknowledged that there was no consensus on ground troops but argued that many "
         "of the weapons Europe now supplies had been unthinkable.",
         [("emmanuel-macron", "reported", "there was no consensus on ground troops"),
          ("emmanuel-macron", "reported", "many of the weapons Europe now supplies had been unthinkable.")]),
        ("Foreign Minister Dmytro Kuleba, speaking at a news conference with his Lithuanian counterpart, Gabrielius "
         "Landsbergis, said that Ukraine had identified seven Patriot systems in Europe.",
         [("dmytro-kuleba", "reported", "Ukraine had identified seven Patriot systems in Europe.")]),
        # From the fifth set: an outlet's "as reported" opening, a relative clause's subject, whose adviser, an
        # outlet's name in quote marks, the office held (not one it belongs to), a descriptive apposition naming
        # someone else, "a stark warning", "a déclaré à l'agence AP que", "zitierte ihn"
        ("Как сообщал ТАСС, президент России Владимир Путин в послании Федеральному собранию предупредил, что у "
         "России есть оружие, способное поражать цели.",
         [("vladimir-putin", "reported", "у России есть оружие, способное поражать цели.")]),
        ("Захарова привела в пример канцлера ФРГ Олафа Шольца, который накануне в бундестаге заявил, что Германия не "
         "станет передавать Киеву ракеты Taurus.",
         [("olaf-scholz", "reported", "Германия не станет передавать Киеву ракеты Taurus.")]),
        ("Подоляк виступив у Києві. Пізніше в соцмережі X радник Єрмака написав: «Європа має вирішити, чи вона хоче "
         "виграти цю війну».",
         [("mykhailo-podolyak", "quote", "Європа має вирішити, чи вона хоче виграти цю війну")]),
        ("Пресс-секретарь президента Дмитрий Песков сказал корреспонденту «Фонтанки», что двусторонних встреч у "
         "Путина в этот раз больше.",
         [("dmitry-peskov", "reported", "двусторонних встреч у Путина в этот раз больше.")]),
        ("Зеленський повернувся до Києва. Керівник Офісу Президента Андрій Єрмак провів нараду. Президент заявив, що "
         "партнери готові ухвалити нові рішення.",
         [("volodymyr-zelensky", "reported", "партнери готові ухвалити нові рішення.")]),
        ("In Kyiv, Mykhailo Podolyak, an adviser to the office of President Volodymyr Zelensky, dismissed the show as "
         "\"a ritual of self-deception for a domestic audience.\"",
         [("mykhailo-podolyak", "reported",
           'dismissed the show as "a ritual of self-deception for a domestic audience."')]),
        ("Emmanuel Macron has refused to rule out sending troops, prompting a stark warning from the Kremlin that such "
         "a move would make a conflict inevitable.", []),
        ("Même ligne pour le secrétaire général de l'Otan, Jens Stoltenberg, qui a déclaré à l'agence AP que "
         "l'Alliance n'avait aucun projet de déployer des troupes.",
         [("jens-stoltenberg", "reported", "l'Alliance n'avait aucun projet de déployer des troupes.")]),
        ("Schoigu gab sich gelassen. „Die Aufgaben der Rüstungsindustrie sind nicht kleiner geworden“, zitierte ihn "
         "die Staatsagentur Tass.",
         [("sergei-shoigu", "quote", "Die Aufgaben der Rüstungsindustrie sind nicht kleiner geworden")]),
        # From the sixth set: Interfax's initials ("М.Захарова"), "Говоря о ...,", "по его мнению", "Об этом
        # российский президент сказал", "рассказал о", "Генсек НАТО", an outlet's programme in quote marks, "глава
        # українського МЗС", "допустив", "— цитують Пєскова", "Таку думку висловив", "and that", a dash before
        # "adding", a participle apposition
        ("«Любое изъятие российской собственности будет квалифицировано как воровство», - сказала М.Захарова на "
         "брифинге. По ее словам, российская сторона располагает перечнем западных активов.",
         [("maria-zakharova", "quote", "Любое изъятие российской собственности будет квалифицировано как воровство"),
          ("maria-zakharova", "reported", "российская сторона располагает перечнем западных активов.")]),
        ("Лавров прилетел в Эр-Рияд. Говоря о мирном плане Китая, министр подчеркнул, что именно он учитывает "
         "коренные причины кризиса.",
         [("sergey-lavrov", "reported", "именно он учитывает коренные причины кризиса.")]),
        ("Владимир Путин на встрече с руководством МИД заявил, что Россия готова немедленно прекратить огонь. Об этом "
         "российский президент сказал в пятницу, выступая в здании министерства.",
         [("vladimir-putin", "reported", "Россия готова немедленно прекратить огонь.")]),
        ("Пресс-секретарь президента Дмитрий Песков рассказал о графике работы главы государства.", []),
        ("Столтенберг прибув до Києва. Генсек НАТО також зазначив, що деякі союзники мають резервні системи ППО.",
         [("jens-stoltenberg", "reported", "деякі союзники мають резервні системи ППО.")]),
        ("Дмитро Кулеба в ефірі телемарафону «Єдині новини» сказав, що Україна веде переговори щодо Patriot.",
         [("dmytro-kuleba", "reported", "Україна веде переговори щодо Patriot.")]),
        ("Кулеба виступив у Раді безпеки. «Це не дипломатія, це театр абсурду», — сказав глава українського МЗС.",
         [("dmytro-kuleba", "quote", "Це не дипломатія, це театр абсурду")]),
        ("«Але ми не бачимо жодної готовності до цього з боку Києва», — цитують Пєскова російські ЗМІ.",
         [("dmitry-peskov", "quote", "Але ми не бачимо жодної готовності до цього з боку Києва")]),
        ("Візит Гутерреша до Казані завдає удару по репутації ООН. Таку думку висловив радник керівника Офісу "
         "президента Михайло Подоляк.",
         [("mykhailo-podolyak", "reported", "Візит Гутерреша до Казані завдає удару по репутації ООН.")]),
        ("NATO Secretary General Jens Stoltenberg said in a statement that Ukraine was closer than ever to joining "
         "the alliance and that allies must not waver in their support.",
         [("jens-stoltenberg", "reported", "Ukraine was closer than ever to joining the alliance"),
          ("jens-stoltenberg", "reported", "allies must not waver in their support.")]),
        ("Kuleba, appearing alongside Blinken at a news conference later in the day, said Ukraine had asked "
         "Washington to lift restrictions.",
         [("dmytro-kuleba", "reported", "Ukraine had asked Washington to lift restrictions.")]),
        # French and German from the sixth set: "avait rétorqué", "der Staatschef", "verwies darauf, dass",
        # "behauptete", "wies ... zurück, <the accusation>", a perfect auxiliary far from its participle, "der
        # 68-Jährige", a capitalised German noun after a separable verb is no speaker
        ("« Ce sont des messages d'ultimatum », avait rétorqué Volodymyr Zelensky depuis l'Italie.",
         [("volodymyr-zelensky", "quote", "Ce sont des messages d'ultimatum")]),
        ("Selenskyj sprach in München. Der Mangel an Munition spiele Russland in die Hände, sagte der Staatschef.",
         [("volodymyr-zelensky", "reported", "Der Mangel an Munition spiele Russland in die Hände")]),
        ("Scholz verwies darauf, dass Deutschland in diesem Jahr zwei Prozent für Verteidigung ausgebe.",
         [("olaf-scholz", "reported", "Deutschland in diesem Jahr zwei Prozent für Verteidigung ausgebe.")]),
        ("Kremlsprecher Dmitri Peskow wies Vorwürfe westlicher Politiker zurück, Moskau trage die Verantwortung für "
         "den Tod.", []),
        ("Russlands Präsident Wladimir Putin hat in einem Interview mit dem rechtskonservativen US-Moderator Tucker "
         "Carlson versichert, Russland habe kein Interesse an einem Angriff auf Polen.",
         [("vladimir-putin", "reported", "Russland habe kein Interesse an einem Angriff auf Polen.")]),
        ("Schoigu äußerte sich erstmals zu seinem Wechsel. Er sei dem Präsidenten dankbar für das Vertrauen, sagte "
         "der 68-Jährige.",
         [("sergei-shoigu", "reported", "Er sei dem Präsidenten dankbar für das Vertrauen")]),
        ("Kuleba dankte für die Unterstützung, mahnte aber mehr Tempo an. Die Ukraine brauche vor allem "
         "Patriot-Systeme, sagte er.",
         [("dmytro-kuleba", "reported", "Die Ukraine brauche vor allem Patriot-Systeme")]),
        ("Публично ту же мысль высказал и Сергей Лавров. По его словам, Россия вышла из черноморской инициативы.",
         [("sergey-lavrov", "reported", "Россия вышла из черноморской инициативы.")]),
        # French: "M.", elision before the verb, several appositions, a long relative clause, a pronoun after a
        # title in apposition, "a-t-il lancé", a parenthetical date before "que", "On" as a pronoun
        ("« Chaque missile qui n'est pas intercepté, ce sont des vies perdues », a écrit M. Zelensky sur Telegram. Le "
         "chef de l'Etat a précisé que l'attaque avait visé des infrastructures énergétiques.",
         [("volodymyr-zelensky", "quote", "Chaque missile qui n'est pas intercepté, ce sont des vies perdues"),
          ("volodymyr-zelensky", "reported", "l'attaque avait visé des infrastructures énergétiques.")]),
        ("Le ministre des affaires étrangères russe, Sergueï Lavrov, en déplacement à Antalya, en Turquie, a estimé "
         "que les Occidentaux avaient des militaires sur le terrain.",
         [("sergey-lavrov", "reported", "les Occidentaux avaient des militaires sur le terrain.")]),
        ("Andriï Iermak, le chef de l'administration présidentielle, qui a piloté pendant des mois la préparation du "
         "sommet avec les conseillers à la sécurité nationale des pays alliés, a écrit sur Telegram que le Kremlin "
         "tentait de saboter la rencontre.",
         [("andriy-yermak", "reported", "le Kremlin tentait de saboter la rencontre.")]),
        ("Lavrov a parlé à Minsk. A Paris, le ministre des affaires étrangères, Stéphane Séjourné, a répondu : le chef "
         "de l'Etat pensait, selon lui, à des missions de déminage, « sans franchir le seuil de la belligérance ».",
         []),
        ("Zelensky a parlé. « Nous n'avons pas peur de la Russie », a-t-il lancé, affirmant avoir reçu des demandes "
         "de compagnies maritimes.",
         [("volodymyr-zelensky", "quote", "Nous n'avons pas peur de la Russie"),
          ("volodymyr-zelensky", "reported", "avoir reçu des demandes de compagnies maritimes.")]),
        ("Emmanuel Macron était à l'Elysée. Au lendemain de la conférence, lundi 26 février, le président de la "
         "République a répété, mardi 27 février, que l'envoi de troupes ne pouvait être exclu.",
         [("emmanuel-macron", "reported", "l'envoi de troupes ne pouvait être exclu.")]),
        ("Zelensky était au G7. On ne peut pas faire confiance à Poutine, a insisté le président ukrainien.",
         [("volodymyr-zelensky", "reported", "On ne peut pas faire confiance à Poutine")]),
        ("Dmytro Kouleba a appelé à une pression maximale sur Moscou. « Poutine ne comprend que la force », "
         "a-t-il ajouté.",
         [("dmytro-kuleba", "reported", "appelé à une pression maximale sur Moscou."),
          ("dmytro-kuleba", "quote", "Poutine ne comprend que la force")]),
        # French from the fourth set: an adverb between auxiliary and participle, "le maître du Kremlin", "a-t-il
        # glissé", "en rappelant que", "tout en répétant que", "a-t-il aussitôt précisé", a short opening phrase,
        # "que" after long adverbials, a minister named in apposition is who "il" means later
        ("Poutine a parlé à Saint-Pétersbourg. Le maître du Kremlin a toutefois assuré que la Russie n'avait jamais "
         "eu besoin de l'arme atomique.",
         [("vladimir-putin", "reported", "la Russie n'avait jamais eu besoin de l'arme atomique.")]),
        ("Poutine était à Saint-Pétersbourg. « Les armes existent pour être utilisées », a-t-il glissé, en rappelant "
         "que la doctrine russe encadrait strictement un tel usage.",
         [("vladimir-putin", "quote", "Les armes existent pour être utilisées"),
          ("vladimir-putin", "reported", "la doctrine russe encadrait strictement un tel usage.")]),
        ("Macron était à Berlin. Mais « on ne doit pas permettre de toucher d'autres cibles en Russie », a-t-il "
         "aussitôt précisé.",
         [("emmanuel-macron", "quote", "on ne doit pas permettre de toucher d'autres cibles en Russie")]),
        ("Scholz était à Berlin. Plus prudent, le chancelier allemand a rappelé que l'Ukraine avait le droit de se "
         "défendre.",
         [("olaf-scholz", "reported", "l'Ukraine avait le droit de se défendre.")]),
        ("Son secrétaire général, Jens Stoltenberg, avait jugé quelques jours plus tôt, dans un entretien à The "
         "Economist, que le moment était venu de reconsidérer ces restrictions.",
         [("jens-stoltenberg", "reported", "le moment était venu de reconsidérer ces restrictions.")]),
        ("Son ministre des Affaires étrangères, Dmytro Kouleba, s'y est rendu en 2022. Dans un entretien à RFI en "
         "mai, il avait estimé que l'Afrique n'avait rien à gagner de la guerre.",
         [("dmytro-kuleba", "reported", "l'Afrique n'avait rien à gagner de la guerre.")]),
        # German from the fourth set: "die Diplomatin", "der Kremlsprecher", "kündigte an,", "Dieser erklärte"
        ("Maria Sacharowa meldete sich auf Telegram zu Wort. Sollte Berlin nicht reagieren, werde Moskau dies als "
         "Schuldeingeständnis werten, schrieb die Diplomatin.",
         [("maria-zakharova", "reported", "Sollte Berlin nicht reagieren, werde Moskau dies als Schuldeingeständnis "
                                          "werten")]),
        ("Kremlsprecher Dmitri Peskow kündigte an, Russland werde jede Beschlagnahmung juristisch anfechten.",
         [("dmitry-peskov", "reported", "Russland werde jede Beschlagnahmung juristisch anfechten.")]),
        ("Peskow sprach am Samstag. Das Angebot bleibe aber auf dem Tisch, betonte der Kremlsprecher.",
         [("dmitry-peskov", "reported", "Das Angebot bleibe aber auf dem Tisch")]),
        ("Die Macht konzentriert sich beim Leiter des Präsidialamts, Andrij Jermak. Dieser erklärte auf Telegram, "
         "Personalentscheidungen seien allein Sache des Präsidenten.",
         [("andriy-yermak", "reported", "Personalentscheidungen seien allein Sache des Präsidenten.")]),
        # German: the clause after the first comma, "Berater" in an apposition, a role noun with a party, a pronoun
        # after a name before the quote, a quote continued after "sagte er," (the comma after the closing mark)
        ("Mychajlo Podoljak, Berater im Präsidialamt, schrieb auf X, die Umbesetzung zeige, dass Russland sich auf "
         "einen langen Krieg einstelle.",
         [("mykhailo-podolyak", "reported", "die Umbesetzung zeige, dass Russland sich auf einen langen Krieg "
                                            "einstelle.")]),
        ("Bundeskanzler Olaf Scholz war in Sindelfingen. Deutschland dürfe nicht mit dem Krieg verknüpft sein, sagte "
         "der SPD-Politiker am Montag.",
         [("olaf-scholz", "reported", "Deutschland dürfe nicht mit dem Krieg verknüpft sein")]),
        ("Lawrow sprach vor Journalisten. Die Sprecherin seines Ministeriums, Maria Sacharowa, wurde noch deutlicher: "
         "„Das ist eine PR-Aktion auf Kosten von Menschenleben“, schrieb sie auf Telegram.",
         [("maria-zakharova", "quote", "Das ist eine PR-Aktion auf Kosten von Menschenleben")]),
        ("„Die Hilfe ist unterwegs“, sagte Blinken, „und einiges davon ist schon eingetroffen.“",
         [("antony-blinken", "quote", "Die Hilfe ist unterwegs und einiges davon ist schon eingetroffen.")]),
        ("Slovak Prime Minister Robert Fico, who is due to meet Putin in Moscow, said that ending transit would "
         "cost his country 500 million euros a year.", []),
        ("Секретар Радбезу РФ Сергій Шойгу, якого Путін у травні перевів з посади міністра оборони, заявив, що "
         "Росія продовжить наступальні дії до кінця.",
         [("sergei-shoigu", "reported", "Росія продовжить наступальні дії до кінця.")]),
    ],
)
def test_references_across_an_article(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # From whole articles written apart from the rules (tests/data/attribution_articles.jsonl).
    assert extract(text, watchlist) == expected


def test_english_addressee_and_dateline(watchlist: Watchlist) -> None:
    # Capitalised addressees that are not names ("Der Spiegel", "President Erdogan") are not the statement, and
    # neither is the dateline of a clause-first sentence.
    assert extract("Zakharova told Der Spiegel the talks were over for now.", watchlist) == [
        ("maria-zakharova", "reported", "the talks were over for now.")]
    assert extract("Putin told President Erdogan the grain deal could not be revived.", watchlist) == [
        ("vladimir-putin", "reported", "the grain deal could not be revived.")]
    assert extract("MOSCOW, Aug 22 (Reuters) - Russia will not negotiate with Kyiv, Zakharova said on Thursday.",
                   watchlist) == [("maria-zakharova", "reported", "Russia will not negotiate with Kyiv")]


# --- robustness and speed ---


@pytest.mark.parametrize(
    "blob",
    ["a" * 1_000_000, "\n" * 1_000_000, '"' * 100_000, "«" * 50_000 + "»" * 50_000, "‹" * 30_000 + "»" * 30_000,
     ". A" * 30_000, "Zakharova said " * 6_000, '"Zakharova said," he said. ' * 3_000,
     "!?" * 100_000, "Ab. " * 25_000, "x, " * 100_000 + "said Zakharova.",
     '"Zakharova said a b c d e\n\n' * 4_000, "'Zakharova said a b c d e\n\n" * 4_000, "' a" * 30_000,
     "Об этом заявила Захарова.\n\n" * 3_000, "The White House said it, while Blinken said so. " * 1_500],
)
def test_hostile_input_is_fast(watchlist: Watchlist, blob: str) -> None:
    # Linear time: 100 KB of pathological structure (or 1 MB without any) takes a fraction of a second;
    # the bound is loose so that only a super-linear blow-up (minutes) fails it on a busy machine.
    started = time.perf_counter()
    extract_statements(blob, watchlist)
    assert time.perf_counter() - started < 5.0


def test_empty_and_plain_text(watchlist: Watchlist) -> None:
    assert extract_statements("", watchlist) == []
    assert extract_statements("   \n\n ", watchlist) == []
    assert extract_statements("Nothing here.", watchlist) == []


# --- the real sample articles ---


def sample_statements(sample_articles: list[tuple[str, str]], watchlist: Watchlist) -> list[list[Statement]]:
    return [extract_statements(clean_sample(title, body), watchlist) for title, body in sample_articles]


def test_sample_articles(sample_articles: list[tuple[str, str]], watchlist: Watchlist) -> None:
    found = sample_statements(sample_articles, watchlist)
    by_article = [[(s.official_id, s.kind, s.text[:40]) for s in statements] for statements in found]
    prefix = {(official, kind, text[:20]) for article in by_article for official, kind, text in article}
    assert len(prefix) == sum(map(len, by_article))  # distinct
    assert len(by_article) == 5
    a000, a001, a002, a003, a004 = by_article
    assert ("maria-zakharova", "quote", "We once again urge international organiz") in a000
    assert ("maria-zakharova", "quote", "However, we are confident that the respo") in a000
    assert ("maria-zakharova", "reported", "these strikes serve no military purpose ") in a000
    assert ("valery-gerasimov", "reported", "the Ukrainian advance was halted, and th") in a000
    assert not any(s[2].startswith("loans") for s in a000)
    zakharova_001 = [s for s in a001 if s[0] == "maria-zakharova"]
    assert len(zakharova_001) == len(a001) == 8
    assert ("maria-zakharova", "quote", "Yes, the fertilizers are American, but t") in a001
    assert ("maria-zakharova", "quote", "The Kiev regime is a terrorist organizat") in a001
    assert a002 == []  # no tracked official speaks
    assert ("maria-zakharova", "quote", "Who will negotiate with them after this,") in a003
    assert ("volodymyr-zelensky", "quote", "it is now our primary task in defensive ") in a003
    assert [s for s in a003 if s[0] == "maria-zakharova" and s[1] == "reported"] == [
        ("maria-zakharova", "reported", "Ukraine's incursion into Russia's Kursk ")]  # caption repeat merged
    assert not any("Sobyanin" in s[2] or s[2].startswith("This is one of") for s in a003)
    assert ("mykhailo-podolyak", "quote", "Today they have a war that is expanding ") in a004
    assert ("mykhailo-podolyak", "quote", "Do they respond to anything but fear? No") in a004
    assert ("maria-zakharova", "reported", 'urged the UN on Wednesday to recognize a') in a004
    # Miroshnik (not tracked) is never attributed to anyone, nor is the Zelensky named in his quote.
    assert not any(s[2].startswith(("With their terrorist", "Holding negotiations", "The use of such", "This policy",
                                    "to sow fear")) for s in a004)


def test_sample_offsets_point_at_the_statement(sample_articles: list[tuple[str, str]], watchlist: Watchlist) -> None:
    for title, body in sample_articles:
        text = clean_sample(title, body)
        for statement in extract_statements(text, watchlist):
            assert statement.text[:30] in " ".join(text[statement.start:statement.end].split())


def test_three_kilobyte_article_takes_milliseconds(sample_articles: list[tuple[str, str]],
                                                   watchlist: Watchlist) -> None:
    texts = [clean_sample(title, body)[:3000] for title, body in sample_articles]
    started = time.perf_counter()
    for _ in range(5):
        for text in texts:
            extract_statements(text, watchlist)
    per_article = (time.perf_counter() - started) / (5 * len(texts))
    assert per_article < 0.2, f"{per_article * 1000:.1f} ms per 3 KB article"


# --- clause-first reported speech and negated speech verbs (regressions from the demo feed) ---


@pytest.mark.parametrize(
    "text, expected",
    [
        # demo feed wire-0004: the statement is the clause BEFORE the attribution, not "journalists on Thursday..."
        ("Russia will not enter into negotiations with Ukraine while its troops remain in the Kursk region, Foreign "
         "Ministry spokeswoman Maria Zakharova told journalists on Thursday, ruling out any talks in the near future.",
         ("maria-zakharova", "reported",
          "Russia will not enter into negotiations with Ukraine while its troops remain in the Kursk region")),
        ("The West bears full responsibility for the escalation, Zakharova added.",
         ("maria-zakharova", "reported", "The West bears full responsibility for the escalation")),
        ("Moscow will raise the issue at the Security Council, Zakharova told the BBC in an interview.",
         ("maria-zakharova", "reported", "Moscow will raise the issue at the Security Council")),
        ("Russia will not negotiate with the Kiev regime, said Maria Zakharova, the spokeswoman for the ministry.",
         ("maria-zakharova", "reported", "Russia will not negotiate with the Kiev regime")),
        ("Россия не будет вести переговоры с Украиной, пока ее войска находятся в Курской области, — заявила "
         "Захарова.",
         ("maria-zakharova", "reported",
          "Россия не будет вести переговоры с Украиной, пока ее войска находятся в Курской области")),
        ("Россия не будет вести переговоры с Украиной, - заявила Захарова.",  # em dash as the normaliser writes it
         ("maria-zakharova", "reported", "Россия не будет вести переговоры с Украиной")),
        ("Россия не будет вести переговоры с Украиной, сообщил Лавров журналистам.",
         ("sergey-lavrov", "reported", "Россия не будет вести переговоры с Украиной")),
        ("Россия не будет вести переговоры с Украиной, Лавров сообщил журналистам в среду.",
         ("sergey-lavrov", "reported", "Россия не будет вести переговоры с Украиной")),
        ("Україна не піде на жодні поступки агресору, — заявив Подоляк.",
         ("mykhailo-podolyak", "reported", "Україна не піде на жодні поступки агресору")),
        # the normaliser's " - " for an em dash still marks an inverted quote attribution
        ("«Мы вновь призываем международные организации осудить эти удары», - сказала Захарова на брифинге.",
         ("maria-zakharova", "quote", "Мы вновь призываем международные организации осудить эти удары")),
        # not clause-first: the verb has its own clause
        ("Speaking at a briefing in Moscow, Zakharova said Russia would respond to every attack.",
         ("maria-zakharova", "reported", "Russia would respond to every attack.")),
        ("Zakharova not only said Russia would respond but also promised retaliation.",
         ("maria-zakharova", "reported", "Russia would respond but also promised retaliation.")),
    ],
)
def test_clause_first_reported_speech(watchlist: Watchlist, text: str, expected: tuple[str, str, str]) -> None:
    assert extract(text, watchlist) == [expected]


def test_clause_first_with_pronoun_and_role(watchlist: Watchlist) -> None:
    text = ("Maria Zakharova spoke to reporters in Moscow. Moscow will raise the issue at the Security Council, she "
            "stressed on Thursday. Kiev bears the full responsibility for the attacks, the spokeswoman added.")
    assert extract(text, watchlist) == [
        ("maria-zakharova", "reported", "Moscow will raise the issue at the Security Council"),
        ("maria-zakharova", "reported", "Kiev bears the full responsibility for the attacks"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # demo feed wire-0008: "did not say how long ..." is no statement
        "Mykhailo Podolyak spoke on Saturday. The adviser did not say how long Ukrainian units would remain on "
        "Russian territory.",
        "Zakharova didn't say how long the operation would last in Kursk.",
        "Lavrov declined to say whether Russia would respond to the attack.",
        "Zakharova refused to say when talks could resume with the Ukrainian side.",
        "Podolyak would not say how many troops were involved in the operation.",
        "Peskov declined to comment on the reports of new talks in Istanbul.",
        "Лавров не уточнил, когда начнутся переговоры с украинской стороной.",
        "Захарова не сказала, сколько времени продлится операция в Курской области.",
        "Подоляк не уточнив, скільки військових бере участь в операції.",
        "Подоляк відмовився коментувати, скільки військових бере участь в операції.",
        # an inverted attribution after a short quote: the apposition is not a statement
        '"No," said Maria Zakharova, the spokeswoman for the ministry.',
        # an adverbial phrase, not a clause, before the attribution
        "In a statement on Thursday, Zakharova told reporters in Moscow.",
    ],
)
def test_negated_and_empty_attributions_are_not_statements(watchlist: Watchlist, text: str) -> None:
    assert extract(text, watchlist) == []


def test_negated_verb_does_not_hide_a_later_statement(watchlist: Watchlist) -> None:
    text = "Lavrov did not say when talks would resume, but said that Moscow remained open to dialogue."
    assert extract(text, watchlist) == [("sergey-lavrov", "reported", "Moscow remained open to dialogue.")]


def test_according_to_a_role_noun(watchlist: Watchlist) -> None:
    text = ("The appeal came from ministry spokeswoman Maria Zakharova on Thursday.\n\n"
            "According to the spokeswoman, the strikes serve no military purpose whatsoever.")
    assert extract(text, watchlist) == [
        ("maria-zakharova", "reported", "the strikes serve no military purpose whatsoever.")]
    text = ("Официальный представитель МИД Мария Захарова выступила на брифинге. По словам дипломата, западные "
            "страны несут прямую ответственность за эскалацию.")
    assert extract(text, watchlist) == [
        ("maria-zakharova", "reported", "западные страны несут прямую ответственность за эскалацию.")]
    # no tracked official of that role named before: nothing
    assert extract("According to the spokeswoman, the strikes serve no military purpose.", watchlist) == []


def test_sentence_end_regex_is_linear_on_terminator_runs() -> None:
    # A run of terminators without a following space used to be retried from every position (quadratic:
    # "!?" * 16_000 took 5 s, * 32_000 took 24 s).
    from streams.analytics.statements.text import _SENTENCE_END

    started = time.perf_counter()
    assert list(_SENTENCE_END.finditer("!?" * 500_000)) == []
    assert [m.group() for m in _SENTENCE_END.finditer("Stop!?! Go... now?\" Yes")] == ["!?! ", "... ", '?" ']
    assert time.perf_counter() - started < 5.0


def test_a_sentence_too_long_to_be_prose_is_skipped(watchlist: Watchlist) -> None:
    from streams.analytics.statements import MAX_FRAME_CHARS

    statement = "Zakharova said that Russia would respond to every provocation."
    assert extract(statement, watchlist)
    padding = "word " * (MAX_FRAME_CHARS // 5 + 1)
    assert extract(padding + statement, watchlist) == []  # one giant sentence without a break
    assert extract(padding.strip() + ". " + statement, watchlist) == extract(statement, watchlist)
    # A long quote is not frame: it is kept.
    long_quote = '"' + "We will respond. " * 400 + '" Zakharova said.'
    assert [k for _, k, _ in extract(long_quote, watchlist)] == ["quote"]


def test_statements_per_text_are_capped(watchlist: Watchlist) -> None:
    from streams.analytics.statements import MAX_STATEMENTS

    text = " ".join(f"Zakharova said that Russia would answer provocation number {i} with force." for i in
                    range(MAX_STATEMENTS + 50))
    statements = extract_statements(text, watchlist)
    assert len(statements) == MAX_STATEMENTS
    assert statements[0].text.startswith("Russia would answer provocation number 0 ")  # the first ones, in order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secretary of State Antony Blinken said the aid package was vital for Ukraine's defence.",
         [("antony-blinken", "reported", "the aid package was vital for Ukraine's defence.")]),
        ("U.S. Secretary of State Antony Blinken asked the Senate to approve the aid package quickly.",
         [("antony-blinken", "reported", "asked the Senate to approve the aid package quickly.")]),
        ("The United States rejected the claim, but Lavrov said the West had planned the incursion itself.",
         [("sergey-lavrov", "reported", "the West had planned the incursion itself.")]),
        ("Zakharova told state television that the talks with Kyiv were over for good now.",
         [("maria-zakharova", "reported", "the talks with Kyiv were over for good now.")]),
        ("Peskov said a warning from the State Department would not change the Kremlin's position at all.",
         [("dmitry-peskov", "reported", "a warning from the State Department would not change the Kremlin's "
                                        "position at all.")]),
        # Still verbs: after the official, and negated (the subject carries to "but said").
        ("Lavrov states that the West had planned the incursion into the Kursk region itself.",
         [("sergey-lavrov", "reported", "the West had planned the incursion into the Kursk region itself.")]),
        ("Zakharova did not state when the talks would resume, but said Russia would respond firmly.",
         [("maria-zakharova", "reported", "Russia would respond firmly.")]),
    ],
)
def test_speech_verbs_used_as_nouns_are_not_attributions(watchlist: Watchlist, text: str,
                                                          expected: list[tuple[str, str, str]]) -> None:
    # "Secretary of State", "the United States", "state television": "state" is a speech verb only as a verb.
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tracked official opening a later clause speaks, after someone untracked.
        ("The White House said it had not been informed in advance, while Blinken said Washington was studying "
         "the situation.", [("antony-blinken", "reported", "Washington was studying the situation.")]),
        ("The ministry said it was studying the report, and Peskov said the Kremlin had nothing to add to that.",
         [("dmitry-peskov", "reported", "the Kremlin had nothing to add to that.")]),
        # A sentence-initial participle is not the speaker's verb.
        ('Asked whether Moscow would retaliate, Zakharova said: "Russia will respond at a time of its choosing."',
         [("maria-zakharova", "quote", "Russia will respond at a time of its choosing.")]),
        # The quote belongs to the first speaker, tracked or not: never to an official in a later clause.
        ('"Russia is a threat to every NATO member," the deputy said, while Zakharova said Russia threatened '
         "nobody at all.", []),
        ('"Russia is a threat to every NATO member," officials said, while Zakharova said Russia threatened '
         "nobody at all.", []),
        # Reported by someone else about an official, not a clause of the official's own: not attributed.
        ("Officials said Putin told them the war would end soon after the elections in the United States.", []),
        # The official's clause ends where someone else's begins.
        ("Zakharova condemned the strike on the hospital, but Kyiv said the attack had targeted only military "
         "sites.", [("maria-zakharova", "reported", "condemned the strike on the hospital")]),
        ("Zakharova said Kyiv and Washington claimed the attack had been purely defensive in nature.",
         [("maria-zakharova", "reported", "Kyiv and Washington claimed the attack had been purely defensive in "
                                          "nature.")]),
        ("Lavrov dismissed the proposal and said Russia would continue its operation until its goals were met.",
         [("sergey-lavrov", "reported", "dismissed the proposal and said Russia would continue its operation until "
                                        "its goals were met.")]),
    ],
)
def test_a_sentence_with_two_speakers(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coordinated clause shares the subject that opens the sentence.
        ("Peskov declined to comment on the reports, but said the Kremlin was following the situation closely.",
         [("dmitry-peskov", "reported", "the Kremlin was following the situation closely.")]),
        ("Песков отказался комментировать сообщения, но сказал, что Кремль внимательно следит за ситуацией.",
         [("dmitry-peskov", "reported", "Кремль внимательно следит за ситуацией.")]),
        ("Zakharova was asked about the West's reaction, and she replied that there had been no reaction at all.",
         [("maria-zakharova", "reported", "there had been no reaction at all.")]),
        # ... but a pronoun after someone else opening the sentence is not resolved mid-sentence.
        ("Lavrov met Blinken in Vientiane, and he said the talks had been useful for both sides.", []),
        # "Об этом заявила ..." attributes the previous sentence; the words after the name are not a statement.
        ("Киев несет ответственность за удары по мирным жителям. Об этом заявила Захарова на брифинге в четверг.",
         [("maria-zakharova", "reported", "Киев несет ответственность за удары по мирным жителям.")]),
        ("Об этом заявила официальный представитель МИД России Мария Захарова на брифинге в четверг.", []),
        ("Захарова выступила на брифинге. Киев несет ответственность за удары. Об этом она заявила журналистам.",
         [("maria-zakharova", "reported", "Киев несет ответственность за удары.")]),
    ],
)
def test_coordinated_clauses_and_back_references(watchlist: Watchlist, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'The Kiev regime has crossed every red line,' Zakharova told reporters in Moscow on Thursday.",
         [("maria-zakharova", "quote", "The Kiev regime has crossed every red line")]),
        ("'We don't need their land,' Kuleba said. 'We need security for our people in the border regions.'",
         [("dmytro-kuleba", "quote", "We don't need their land"),
          ("dmytro-kuleba", "quote", "We need security for our people in the border regions.")]),
        # Apostrophes and scare quotes are not statements.
        ("Zakharova dismissed the officials' claims as lies and said Kyiv's allies were complicit in the attack.",
         [("maria-zakharova", "reported", "dismissed the officials' claims as lies and said Kyiv's allies were "
                                          "complicit in the attack.")]),
        ("Lavrov said the West's 'hybrid war' against Russia would fail, as previous attempts had failed.",
         [("sergey-lavrov", "reported", "the West's 'hybrid war' against Russia would fail, as previous attempts "
                                        "had failed.")]),
    ],
)
def test_quotes_in_single_marks(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # British style; "'...,' Zakharova told reporters" gave "reporters in Moscow on Thursday." as her statement.
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zakharova told reporters in Moscow on Thursday.", []),
        ("Zakharova told Reuters the talks with Kyiv were over for good.",
         [("maria-zakharova", "reported", "the talks with Kyiv were over for good.")]),
        ("Zelensky told the BBC he was ready to meet Putin only after Russian troops leave Ukraine.",
         [("volodymyr-zelensky", "reported", "he was ready to meet Putin only after Russian troops leave Ukraine.")]),
        ("Lavrov told his Turkish counterpart Russia was ready to resume the grain deal talks.",
         [("sergey-lavrov", "reported", "Russia was ready to resume the grain deal talks.")]),
    ],
)
def test_whom_an_official_told_is_not_the_statement(watchlist: Watchlist, text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role noun ending the noun phrase that opens the sentence refers back to the official named before.
        ("Lavrov arrived in Ankara on Monday. The Russian foreign minister said the talks were pointless now.",
         [("sergey-lavrov", "reported", "the talks were pointless now.")]),
        ("Kuleba met Radoslaw Sikorski in Warsaw. The Polish minister said Warsaw would keep helping Kyiv.", []),
        # A capitalised place or medium after a preposition is not a subject between the official and the verb.
        ("Захарова в своем Telegram-канале написала, что Запад покрывает преступления киевского режима.",
         [("maria-zakharova", "reported", "Запад покрывает преступления киевского режима.")]),
        ("Zakharova on Telegram wrote that the West was covering up the crimes of the Kiev regime.",
         [("maria-zakharova", "reported", "the West was covering up the crimes of the Kiev regime.")]),
        # A statement not made yet is not one; "went on to say" is.
        ("Lavrov is expected to say more about the proposal at the UN General Assembly next week.", []),
        ("Peskov will also comment on the reports at his daily briefing on Monday afternoon.", []),
        ("Lavrov went on to say that the West had planned the incursion into the Kursk region.",
         [("sergey-lavrov", "reported", "the West had planned the incursion into the Kursk region.")]),
        # What an official commented on is not what they said.
        ("Zakharova commented on the attack on the Kursk region in her weekly briefing.", []),
        ("Peskov responded to the report at length during his daily call with journalists.", []),
    ],
)
def test_role_phrases_and_responses(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" in the next sentence is the subject of this one, not the last person named in it.
        ('Turkish President Recep Tayyip Erdogan met Putin in Astana. "Turkey is ready to host new negotiations '
         'between the parties," he said.', []),
        ('Lavrov met Blinken in Vientiane on Friday. "The talks were frank and useful for both sides," he said.',
         [("sergey-lavrov", "quote", "The talks were frank and useful for both sides")]),
        # Someone untracked opening the next sentence takes "he": by name, or by office.
        ('Lavrov spoke in Moscow on Monday. Alexander Bogomaz, the governor of the Bryansk region, posted a video '
         'on Telegram. "The situation on the border is under control," he said.', []),
        ('Lavrov spoke in Moscow on Monday. The governor of the Bryansk region posted a video on Telegram. '
         '"The situation on the border is under control," he said.', []),
        ('Lavrov arrived in Ankara on Monday. The Russian foreign minister said the talks were pointless now. '
         '"We will not beg for negotiations," he said.',
         [("sergey-lavrov", "reported", "the talks were pointless now."),
          ("sergey-lavrov", "quote", "We will not beg for negotiations")]),
        ('Lavrov met Fidan in Ankara. The minister did not elaborate on the proposal. "We are ready for a serious '
         'conversation," he said.', [("sergey-lavrov", "quote", "We are ready for a serious conversation")]),
        # An opening adverbial is not the subject: Lavrov is.
        ('After talks with Blinken, Lavrov flew to Ankara. "The talks were frank and useful for both sides," he '
         'said.', [("sergey-lavrov", "quote", "The talks were frank and useful for both sides")]),
    ],
)
def test_a_pronoun_refers_to_the_previous_sentence_subject(watchlist: Watchlist, text: str,
                                                            expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to a source close to Peskov, the Kremlin was considering a response.", []),
        ("According to people familiar with Zelensky's thinking, Kyiv will not give up the territory.", []),
        ("According to TASS, Lavrov said Russia would respond to any aggression against its territory.",
         [("sergey-lavrov", "reported", "Russia would respond to any aggression against its territory.")]),
        ("According to the Chief of the General Staff, Army General Valery Gerasimov, the advance had been halted.",
         [("valery-gerasimov", "reported", "the advance had been halted.")]),
        ("Zakharova's statement said the West bore full responsibility for the escalation.",
         [("maria-zakharova", "reported", "the West bore full responsibility for the escalation.")]),
        ("In a statement, Zakharova's ministry said the attack was an act of terrorism.", []),
    ],
)
def test_sources_and_documents(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Someone close to an official is not the official; the official's own statement is.
    assert extract(text, watchlist) == expected


def test_a_quote_over_two_paragraphs_is_the_next_attributions(watchlist: Watchlist) -> None:
    # The wire convention: an unclosed quote paragraph continues in the next one, which carries "she said".
    text = ('Russian Foreign Ministry spokeswoman Maria Zakharova held her weekly briefing on Thursday.\n\n'
            '"The Kiev regime has crossed every red line. There will be consequences.\n\n'
            '"Moscow will not leave this without a response," she said.')
    assert extract(text, watchlist) == [
        ("maria-zakharova", "quote", "The Kiev regime has crossed every red line. There will be consequences."),
        ("maria-zakharova", "quote", "Moscow will not leave this without a response")]
    # A closed quote standing alone is not carried over: only an unclosed one continues.
    text = ("Захарова выступила в четверг.\n\n«Киевский режим перешел все красные линии, и ответ будет жестким».\n\n"
            "«Москва не оставит это без ответа», — заявила она.")
    assert extract(text, watchlist) == [("maria-zakharova", "quote", "Москва не оставит это без ответа")]
    # The opening paragraph is the next speaker's only: here someone untracked.
    text = ('Zakharova spoke on Thursday.\n\n"The Kiev regime has crossed every red line. There will be '
            'consequences.\n\n"Russia started this war and it will lose it," a Ukrainian official said.')
    assert extract(text, watchlist) == []
    # A paragraph about something else between them still ends the reference.
    text = ('Russian Foreign Ministry spokeswoman Maria Zakharova held her weekly briefing on Thursday.\n\n'
            'The strikes damaged a hospital and two schools in the Kursk region overnight.\n\n'
            '"Moscow will not leave this without a response," she said.')
    assert extract(text, watchlist) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the official's words quoted inside a reported clause: the clause is the statement, not the quote alone
        ('Zakharova said the sanctions were "illegal and will backfire on Europe".',
         [("maria-zakharova", "reported", 'the sanctions were "illegal and will backfire on Europe".')]),
        ("Песков заявил, что Москва «никогда не отказывалась от дипломатического пути».",
         [("dmitry-peskov", "reported", "Москва «никогда не отказывалась от дипломатического пути».")]),
        ("According to Peskov, the talks were \"a waste of time for everyone\".",
         [("dmitry-peskov", "reported", 'the talks were "a waste of time for everyone".')]),
        ('Podolyak called the proposal "an offensive against common sense".',
         [("mykhailo-podolyak", "reported", 'called the proposal "an offensive against common sense".')]),
        # ... and in the clause after a participle, with the first clause kept
        ('Lavrov noted that Russia had never refused dialogue, adding that any settlement must take into account '
         '"the realities on the ground".',
         [("sergey-lavrov", "reported", "Russia had never refused dialogue"),
          ("sergey-lavrov", "reported", 'any settlement must take into account "the realities on the ground".')]),
        ('Stoltenberg said the alliance must "be prepared for bad news", while insisting that support for Ukraine '
         'had to continue.',
         [("jens-stoltenberg", "reported", 'the alliance must "be prepared for bad news"'),
          ("jens-stoltenberg", "reported", "support for Ukraine had to continue.")]),
        # clause first, the attribution after it
        ('Die OSZE werde von westlichen Staaten zu einem "Anhängsel von NATO und EU" gemacht, sagte Lawrow in '
         'seiner Rede.',
         [("sergey-lavrov", "reported", 'Die OSZE werde von westlichen Staaten zu einem "Anhängsel von NATO und EU" '
                                        'gemacht')]),
        ('Maria Sacharowa wurde noch deutlicher: "Das ist eine PR-Aktion auf Kosten von Menschenleben", schrieb sie.',
         [("maria-zakharova", "quote", "Das ist eine PR-Aktion auf Kosten von Menschenleben")]),
        # a clause that opens with its quote, or with where and when, is the quote
        ('Lavrov said that "the West has lost its mind completely."',
         [("sergey-lavrov", "quote", "the West has lost its mind completely.")]),
        ('Zelensky said in his nightly address "We will not give up a single metre of our land."',
         [("volodymyr-zelensky", "quote", "We will not give up a single metre of our land.")]),
        ('Zakharova said on Thursday, "The West is playing with fire again."',
         [("maria-zakharova", "quote", "The West is playing with fire again.")]),
        ("Лавров заявил в интервью РИА Новости «Запад ведет войну против России».",
         [("sergey-lavrov", "quote", "Запад ведет войну против России")]),
        # a quote before the attribution stays a quote, in text order with the clause after it
        ('"Our cooperation is not directed against anyone," Lavrov said, adding that the two sides shared a vision '
         'of a "more just, multipolar world order."',
         [("sergey-lavrov", "quote", "Our cooperation is not directed against anyone"),
          ("sergey-lavrov", "reported", 'the two sides shared a vision of a "more just, multipolar world order."')]),
        # ... and the participle after it is its own clause
        ('"I have decided to open the strategic debate," Macron said, while stressing that any decision would '
         'remain his alone.',
         [("emmanuel-macron", "quote", "I have decided to open the strategic debate"),
          ("emmanuel-macron", "reported", "any decision would remain his alone.")]),
    ],
)
def test_quotes_inside_reported_clauses(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated title opening the sentence introduces its subject, whom the next "он" means
        ("Пресс-секретарь Кремля Дмитрий Песков всю неделю уходил от ответа на вопрос, поедет ли Путин. В среду, "
         "отвечая на вопрос Би-би-си, он сказал лишь, что «такого в планах нет».",
         [("dmitry-peskov", "quote", "такого в планах нет")]),
        ('Peskov dodged the question all week. On Wednesday he said only that "there are no such plans at all".',
         [("dmitry-peskov", "quote", "there are no such plans at all")]),
        # a name in apposition inside a relative clause is not the subject
        ('Mr Zelenskiy, who was accompanied by the head of his office, Andriy Yermak, later wrote on X: "Grateful to '
         'Ireland for the warm welcome."',
         [("volodymyr-zelensky", "quote", "Grateful to Ireland for the warm welcome.")]),
        # German reported speech goes on in Konjunktiv I without another attribution, within the paragraph
        ("Die OSZE sei zu einem Werkzeug des Westens geworden, sagte Lawrow in seiner Rede. Sie stehe inzwischen am "
         "Rande des Abgrunds. Polen hatte den Überflug verweigert.\n\nDie Organisation habe keine Zukunft mehr.",
         [("sergey-lavrov", "reported", "Die OSZE sei zu einem Werkzeug des Westens geworden"),
          ("sergey-lavrov", "reported", "Sie stehe inzwischen am Rande des Abgrunds.")]),
        ('"Das ist ein erster Schritt, aber er reicht nicht aus", erklärte Macron. Eine Waffenruhe müsse den '
         'Verhandlungen vorausgehen. Ich habe das schon oft gehört, sagte ein Diplomat.',
         [("emmanuel-macron", "quote", "Das ist ein erster Schritt, aber er reicht nicht aus"),
          ("emmanuel-macron", "reported", "Eine Waffenruhe müsse den Verhandlungen vorausgehen.")]),
        # French "Pour X, ..." opening the sentence is X's view; a relative clause after the name is not the clause
        ("Au Kremlin, le ton était à peine plus mesuré. Pour Dmitri Peskov, le discours d'Emmanuel Macron est « "
         "extrêmement conflictuel ».",
         [("dmitry-peskov", "reported", "le discours d'Emmanuel Macron est « extrêmement conflictuel ».")]),
        ("Pour Volodymyr Zelensky, qui s'exprimait en marge du sommet du G7, il s'agit « d'ultimatums qui ne diffèrent "
         "en rien de ceux d'Hitler ».",
         [("volodymyr-zelensky", "reported",
           "il s'agit « d'ultimatums qui ne diffèrent en rien de ceux d'Hitler ».")]),
        ("Pour la Russie, Sergueï Lavrov a déclaré que la décision était une provocation.",
         [("sergey-lavrov", "reported", "la décision était une provocation.")]),
        # verbs the seventh set's writers used
        ("Dmitri Peskov a parlé aux journalistes. Il a soutenu que l'épisode montrait l'oubli des leçons de la guerre.",
         [("dmitry-peskov", "reported", "l'épisode montrait l'oubli des leçons de la guerre.")]),
        ("Der Kreml veröffentlichte eine Version. Demnach machte Putin deutlich, dass mögliche Vereinbarungen die "
         "neuen Realitäten berücksichtigen müssten.",
         [("vladimir-putin", "reported", "mögliche Vereinbarungen die neuen Realitäten berücksichtigen müssten.")]),
        ("Putin machte einen Fehler, als er die Armee nach Kiew schickte.", []),
        ("Путін виступив у Ташкенті. «Ми вважаємо себе вправі застосовувати нашу зброю проти військових об'єктів», - "
         "погрожував Путін.",
         [("vladimir-putin", "quote", "Ми вважаємо себе вправі застосовувати нашу зброю проти військових об'єктів")]),
        # the first position before a German verb is its subject; the name after it, the object
        ("US-Präsident Joe Biden versicherte Selenskyj bei einem Auftritt, die Unterstützung der USA werde „nicht "
         "wanken“.", []),
        ("Bei einem Treffen mit seinem Amtskollegen Dmytro Kuleba versicherte Blinken, dass die Hilfe rasch ankommen "
         "werde.",
         [("antony-blinken", "reported", "die Hilfe rasch ankommen werde.")]),
        # "that" after a long adverbial is still the verb's
        ("Sergei Shoigu said in an interview with the state news agency RIA Novosti that European talk of nuclear "
         "deterrence was dangerous.",
         [("sergei-shoigu", "reported", "European talk of nuclear deterrence was dangerous.")]),
        ("Gestern Abend sagte Scholz, Deutschland werde die Ukraine weiter unterstützen.",
         [("olaf-scholz", "reported", "Deutschland werde die Ukraine weiter unterstützen.")]),
        ("Dem Sender ARD sagte Scholz, Deutschland werde die Ukraine weiter unterstützen.",
         [("olaf-scholz", "reported", "Deutschland werde die Ukraine weiter unterstützen.")]),
        # whom one answers is not what
        ("Мария Захарова ответила Зеленскому в своей манере.", []),
        # a role noun qualified by another country is not the latest official of that role
        ("Emmanuel Macron a reçu Erdogan. « Nous voulons la paix entre les deux pays voisins », a déclaré le "
         "président turc.", []),
        ("Olaf Scholz traf Duda. „Wir stehen fest an der Seite der Ukraine“, sagte der polnische Präsident.", []),
        ("Путин встретился с Эрдоганом. «Мы хотим мира между двумя странами», — заявил турецкий президент.", []),
        ("Dmytro Kouleba a dénoncé l'attaque. « J'imagine ma famille dans l'une de ces maisons détruites », a "
         "poursuivi le diplomate portugais.", []),
        # ... and is the one of that country (the watchlist's nationality counts as the role's)
        ("Dmytro Kouleba a dénoncé l'attaque. António Guterres était à Boutcha. « J'imagine ma famille dans l'une de "
         "ces maisons détruites », a poursuivi le diplomate portugais.",
         [("antonio-guterres", "quote", "J'imagine ma famille dans l'une de ces maisons détruites")]),
        ("Emmanuel Macron était à Berlin. « Nous devons rester unis face à la Russie », a déclaré le président "
         "français.",
         [("emmanuel-macron", "quote", "Nous devons rester unis face à la Russie")]),
    ],
)
def test_who_is_speaking(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # From the seventh set of whole articles (tests/data/attribution_articles.jsonl).
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later sentence with a source of its own, or whose Konjunktiv is in a subordinate clause, is not the
        # previous speaker's reported speech
        ("Die Lage an der Front sei schwierig, sagte Selenskyj. Kremlsprecher Dmitri Peskow erwiderte, Russland sei "
         "nicht interessiert. Die Angriffe gingen weiter, teilte die Luftwaffe mit. Beobachter gehen davon aus, dass "
         "es dauern werde.",
         [("volodymyr-zelensky", "reported", "Die Lage an der Front sei schwierig")]),
        # an untracked speaker's verb inside the clause of a trailing attribution
        ("Росія пригрозила ударами по центрах ухвалення рішень, нагадав Зеленський.",
         [("volodymyr-zelensky", "reported", "Росія пригрозила ударами по центрах ухвалення рішень")]),
        ("Die Ukraine machte deutlich, dass sie keine Gebiete abtreten werde, sagte Selenskyj.",
         [("volodymyr-zelensky", "reported", "Die Ukraine machte deutlich, dass sie keine Gebiete abtreten werde")]),
        # a quote introduced by a colon stays the quote
        ('Lavrov told reporters that Moscow\'s position had not changed: "We are ready for talks, but not for '
         'capitulation."',
         [("sergey-lavrov", "quote", "We are ready for talks, but not for capitulation.")]),
        # "and that" opens the second clause, not the first one's
        ("Peskov told reporters the Kremlin had no information about the talks and that Putin had no plans to travel.",
         [("dmitry-peskov", "reported", "the Kremlin had no information about the talks"),
          ("dmitry-peskov", "reported", "Putin had no plans to travel.")]),
        # "soutenu", "promet" are speech only before what was said
        ("Emmanuel Macron a soutenu la candidature de Kiev à l'UE lors du sommet de Bruxelles.", []),
        ("Lavrov a soutenu que l'Occident voulait prolonger la guerre en Ukraine.",
         [("sergey-lavrov", "reported", "l'Occident voulait prolonger la guerre en Ukraine.")]),
        # "Pour X," is the writer's narration unless it quotes or opens like a view
        ("Pour Volodymyr Zelensky, les Etats-Unis ont débloqué une nouvelle enveloppe de 60 milliards de dollars.", []),
        ("Pour Emmanuel Macron, qui se rend à Kiev mardi, ce voyage intervient à un moment crucial pour l'Europe.", []),
        ("Selon Dmitri Peskov, qui s'exprimait devant la presse à Moscou, en marge du forum, la Russie reste ouverte "
         "au dialogue.",
         [("dmitry-peskov", "reported", "la Russie reste ouverte au dialogue.")]),
    ],
)
def test_review_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of the seventh set's rules: each was wrong with one of them.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scare quote inside the clause of ", adding that" keeps the clause
        ('"That is and remains our guiding principle," Scholz said, adding that there would be no deployment of '
         'German ground troops "under any circumstances".',
         [("olaf-scholz", "quote", "That is and remains our guiding principle"),
          ("olaf-scholz", "reported", 'there would be no deployment of German ground troops "under any '
                                      'circumstances".')]),
        # the quote is the second clause's ("adding:"); the first clause is a statement of its own
        ('Andriy Yermak wrote on Telegram that a "tank coalition" had been formed, adding: "Next up is a coalition of '
         'fighter jets."',
         [("andriy-yermak", "reported", 'a "tank coalition" had been formed'),
          ("andriy-yermak", "quote", "Next up is a coalition of fighter jets.")]),
        # "posted" is speech only before what was said; "tweeted," before a quote introduces it
        ('Olaf Scholz posted on X: "Nobody wants peace more than the citizens of Ukraine!"',
         [("olaf-scholz", "quote", "Nobody wants peace more than the citizens of Ukraine!")]),
        ("Volodymyr Zelensky posted a video on Telegram showing the damaged school in Kharkiv.", []),
        ('Zelenskyy arrived in Hiroshima on Saturday. Shortly after landing, he tweeted, "Japan. G7. Important '
         'meetings with partners and friends of Ukraine."',
         [("volodymyr-zelensky", "quote", "Japan. G7. Important meetings with partners and friends of Ukraine.")]),
        # a possessive in the title phrase opening the sentence ("Germany's Olaf Scholz ..., and he argued")
        ("Germany's Olaf Scholz still refuses to send Kyiv Taurus cruise missiles, and he argued that Germany must not "
         "become a party to the war.",
         [("olaf-scholz", "reported", "Germany must not become a party to the war.")]),
        # "has yet to say" says nothing
        ("Dmitry Peskov did not comment on the clash, and Vladimir Putin, who has yet to say a word about the row, "
         "spent the day at his residence outside Moscow.", []),
        # "and that" opening a relative clause is not a second reported clause
        ("Valery Gerasimov also claimed that Ukraine had lost almost 560,000 troops this year - a figure that cannot "
         "be verified and that is far higher than Western estimates.",
         [("valery-gerasimov", "reported", "Ukraine had lost almost 560,000 troops this year - a figure that cannot "
                                           "be verified and that is far higher than Western estimates.")]),
        # ", before urging" is the speaker's own second clause
        ('"We will regard this as a new phase of the Western war against Russia," Lavrov said, before urging Western '
         'governments to read the updated doctrine "in full."',
         [("sergey-lavrov", "quote", "We will regard this as a new phase of the Western war against Russia"),
          ("sergey-lavrov", "reported", 'urging Western governments to read the updated doctrine "in full."')]),
    ],
)
def test_eighth_set_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the eighth set of whole articles (tests/data/attribution_articles.jsonl) missed or misread
    # when it was first measured.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after an inverted attribution is the speaker's; a participle after it is its own clause
        ('Maria Zakharova a parlé. « En cas de livraison d\'avions, Londres portera la responsabilité de '
         'l\'escalade », a averti la porte-parole du ministère russe des Affaires étrangères, qui a accusé le '
         'gouvernement britannique de « jouer avec le feu ».',
         [("maria-zakharova", "quote", "En cas de livraison d'avions, Londres portera la responsabilité de "
                                       "l'escalade"),
          ("maria-zakharova", "reported", "accusé le gouvernement britannique de « jouer avec le feu ».")]),
        ('Emmanuel Macron est arrivé. « La Russie ne peut ni ne doit gagner cette guerre », avait déclaré le président '
         'français, assurant que la France continuerait à aider l\'Ukraine « jusqu\'à la victoire ».',
         [("emmanuel-macron", "quote", "La Russie ne peut ni ne doit gagner cette guerre"),
          ("emmanuel-macron", "reported", "la France continuerait à aider l'Ukraine « jusqu'à la victoire ».")]),
        # ", avant d'assurer que", "tout en promettant que", "arguant que", "s'est contenté de rappeler que"
        ("Emmanuel Macron a déclaré que les trois dirigeants étaient sortis de la réunion, avant d'assurer que la "
         "France continuerait à aider l'Ukraine.",
         [("emmanuel-macron", "reported", "les trois dirigeants étaient sortis de la réunion"),
          ("emmanuel-macron", "reported", "la France continuerait à aider l'Ukraine.")]),
        ("Emmanuel Macron a estimé que la France devait se tenir prête à toutes les options, tout en promettant "
         "qu'elle ne prendrait jamais l'initiative d'une offensive.",
         [("emmanuel-macron", "reported", "la France devait se tenir prête à toutes les options"),
          ("emmanuel-macron", "reported", "elle ne prendrait jamais l'initiative d'une offensive.")]),
        ("Dmitri Peskov a refusé de s'avancer, arguant que l'enquête était en cours.",
         [("dmitry-peskov", "reported", "l'enquête était en cours.")]),
        ("Olaf Scholz s'était contenté de rappeler que l'Allemagne et la France figuraient parmi les soutiens de Kiev.",
         [("olaf-scholz", "reported", "l'Allemagne et la France figuraient parmi les soutiens de Kiev.")]),
        ("Emmanuel Macron a tenu à rappeler la Russie à l'ordre.", []),
    ],
)
def test_eighth_set_french_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective in the opening title phrase: "er" is the subject, not the last name
        ("Der ukrainische Präsident Wolodymyr Selenskyj bedankte sich noch am Abend bei Scholz und den anderen "
         "Verbündeten. Entscheidend seien jetzt Tempo und Stückzahlen, sagte er in seiner täglichen Videoansprache.",
         [("volodymyr-zelensky", "reported", "Entscheidend seien jetzt Tempo und Stückzahlen")]),
        # an adverbial in first position is no untracked subject
        ("Noch schärfer äusserte sich Maria Sacharowa. Auf Telegram schrieb sie, die westlichen Berichte über einen "
         "Einmarsch seien eine Desinformationskampagne.",
         [("maria-zakharova", "reported", "die westlichen Berichte über einen Einmarsch seien eine "
                                          "Desinformationskampagne.")]),
        # whom, where and when after a trailing German attribution
        ("Russland werde seine Militäroperation nicht unterbrechen, sagte Lawrow dem Staatssender Rossija 24.",
         [("sergey-lavrov", "reported", "Russland werde seine Militäroperation nicht unterbrechen")]),
        ("Die Botschaft an den Westen sei unmissverständlich, fügt Peskow hinzu.",
         [("dmitry-peskov", "reported", "Die Botschaft an den Westen sei unmissverständlich")]),
        # Konjunktiv continuation with a scare quote, a Konjunktiv II plural, a named official as its subject
        ("«Wir haben keinen Durchbruch erwartet», sagte Blinken. Man sei aber nun auf einem «klareren Weg», die "
         "Positionen der anderen Seite zu verstehen.",
         [("antony-blinken", "quote", "Wir haben keinen Durchbruch erwartet"),
          ("antony-blinken", "reported", "Man sei aber nun auf einem «klareren Weg», die Positionen der anderen Seite "
                                         "zu verstehen.")]),
        # (Konjunktiv II plurals, "würden", "dürften", are also the writer's conditional: not a continuation)
        ("Er habe keinen Grund, an Nehammers guten Absichten zu zweifeln, sagte Kuleba. Gespräche mit Moskau dürften "
         "aber nicht an die Stelle von Sanktionen treten.",
         [("dmytro-kuleba", "reported", "Er habe keinen Grund, an Nehammers guten Absichten zu zweifeln")]),
        ('"Es ist klug, sich auf einen langen Krieg einzustellen", sagte Scholz. Der russische Präsident Wladimir '
         'Putin habe sich verrechnet, als er auf eine Spaltung Europas gesetzt habe.',
         [("olaf-scholz", "quote", "Es ist klug, sich auf einen langen Krieg einzustellen"),
          ("olaf-scholz", "reported", "Der russische Präsident Wladimir Putin habe sich verrechnet, als er auf eine "
                                      "Spaltung Europas gesetzt habe.")]),
        # "wies ... zurück" is speech before a colon
        ("Maria Sacharowa wies das zurück: Die Konferenz sei längst zu einer Show verkommen.",
         [("maria-zakharova", "reported", "Die Konferenz sei längst zu einer Show verkommen.")]),
        # a German compound title between the verb and the name; a name there that is no title is not the subject
        ("In Moskau wies Außenamtssprecherin Maria Sacharowa das zurück: Die Konferenz sei längst zu einer Show "
         "verkommen.",
         [("maria-zakharova", "reported", "Die Konferenz sei längst zu einer Show verkommen.")]),
        ("Am Montag sagte US-Außenminister Antony Blinken, die Ukraine werde siegen.",
         [("antony-blinken", "reported", "die Ukraine werde siegen.")]),
        ("Am Montag sagte Merz Selenskyj weitere Hilfe zu, die Ukraine werde nicht allein gelassen.", []),
    ],
)
def test_eighth_set_german_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Selon lui" (someone untracked) speaking about officials: a later "estime-t-il" is still him
        ("Pour un chercheur de l'université de Strasbourg, la rencontre a surtout permis de « sauver les apparences ». "
         "Selon lui, Emmanuel Macron a voulu reprendre la main, quand Olaf Scholz cherchait avant tout à rassurer une "
         "opinion allemande inquiète. « Le couple franco-allemand fonctionne mal quand chacun parle de l'Ukraine de "
         "son côté », estime-t-il.", []),
        ("Міністр закордонних справ Дмитро Кулеба у коментарі журналістам зауважив, що відповідальність за виконання "
         "угоди тепер лежить на ООН.",
         [("dmytro-kuleba", "reported", "відповідальність за виконання угоди тепер лежить на ООН.")]),
        ("Радник керівника Офісу президента Михайло Подоляк припустив, що розмови в Москві про «байдужість» - лише "
         "хороша міна при поганій грі.",
         [("mykhailo-podolyak", "reported", "розмови в Москві про «байдужість» - лише хороша міна при поганій грі.")]),
        # announcing a truce is an act, not a statement
        ("Владимир Путин объявил пасхальное перемирие в зоне специальной военной операции.", []),
    ],
)
def test_eighth_set_more_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause interrupted by its attribution is one statement, without the attribution
        ("Vladimir Poutine est arrivé. Le statut des quatre régions, a-t-il toutefois prévenu, ne fera l'objet "
         "d'aucune discussion.",
         [("vladimir-putin", "reported", "Le statut des quatre régions ne fera l'objet d'aucune discussion.")]),
        ("Россия не будет вести переговоры, заявила Захарова, пока Киев не примет новые реалии.",
         [("maria-zakharova", "reported", "Россия не будет вести переговоры пока Киев не примет новые реалии.")]),
        ("Die Lage an der Front sei schwierig, sagte Selenskyj, man brauche mehr Munition.",
         [("volodymyr-zelensky", "reported", "Die Lage an der Front sei schwierig, man brauche mehr Munition.")]),
        # ... also when the rest holds a quote: the clause holding it is the statement
        ("Владимир Путин выступил. Российские военные должны быть готовы, подчеркнул глава государства, отразить "
         "провокации со стороны противника, «любые его агрессивные действия».",
         [("vladimir-putin", "reported", "Российские военные должны быть готовы отразить провокации со стороны "
                                         "противника, «любые его агрессивные действия».")]),
        # where, when, how, an apposition, a participle after the attribution are not the clause's
        ("Russia will not negotiate, Zakharova said, speaking at her weekly briefing in Moscow.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
        ("Russia will not negotiate, Zakharova said, in an interview with RT.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
        ("Russia will not negotiate, Zakharova said, the ministry's spokeswoman.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
        ("La Russie ne négociera pas, a déclaré Maria Zakharova, lors de son point de presse hebdomadaire.",
         [("maria-zakharova", "reported", "La Russie ne négociera pas")]),
        ("Russia will not negotiate, Zakharova said, while Lavrov was in Ankara.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
    ],
)
def test_clause_split_by_its_attribution(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the official opening the sentence, whose words a colon introduces
        ("Генсек НАТО Йенс Столтенберг в интервью Reuters был лаконичен: «Это опасная и безрассудная риторика».",
         [("jens-stoltenberg", "quote", "Это опасная и безрассудная риторика")]),
        ("Präsidialamtschef Andrij Jermak (53) wird noch deutlicher: «Putin will die Welt einschüchtern. Die Antwort "
         "darauf kann nur Stärke sein.»",
         [("andriy-yermak", "quote", "Putin will die Welt einschüchtern. Die Antwort darauf kann nur Stärke sein.")]),
        ('Zelensky quoted Churchill: "We shall fight on the beaches, we shall never surrender."', []),
        # a minister's portfolio must be the official's: the defence minister is not the foreign minister named
        # before (nor Shoigu, whose watchlist role is his current one: "defence minister" is Belousov since 2024)
        ("Sergei Lavrov arrived in Ankara. Later the defence minister said the strikes would continue.", []),
        ("Сергей Лавров прибыл в Анкару. Министр иностранных дел России заявил, что Москва готова к переговорам.",
         [("sergey-lavrov", "reported", "Москва готова к переговорам.")]),
        ("Shoigu attended the ceremony. Defence Minister Belousov said on Tuesday that the army's spending would be "
         "audited.", []),
    ],
)
def test_colon_quotes_and_portfolios(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Selon elle" (someone untracked) does not take "il" from the official in focus, nor a role noun
        ("Emmanuel Macron a rencontré Ursula von der Leyen à Bruxelles. Selon elle, l'Union européenne doit accélérer "
         "l'aide à Kiev. Il a assuré que la France prendrait sa part.",
         [("emmanuel-macron", "reported", "la France prendrait sa part.")]),
        ("Antony Blinken met Kaja Kallas in Tallinn. According to her, Russia is preparing a new offensive. He said "
         "Washington shared those concerns.",
         [("antony-blinken", "reported", "Washington shared those concerns.")]),
        ("Maria Zakharova a répondu à un journaliste britannique. Selon lui, la Russie ment. La porte-parole a affirmé "
         "que les médias occidentaux mentaient.",
         [("maria-zakharova", "reported", "les médias occidentaux mentaient.")]),
        # someone new after an opening adverb is still someone new
        ("Peskov a déclaré que Moscou était prêt à négocier. Puis Kirby a pris la parole. Il a affirmé que Washington "
         "ne voyait aucun signe de désescalade.",
         [("dmitry-peskov", "reported", "Moscou était prêt à négocier.")]),
        ("Scholz sagte, Deutschland werde weitere Panzer liefern. Nach Merz sprach Pistorius. Er sagte, die Bundeswehr "
         "sei bereit.",
         [("olaf-scholz", "reported", "Deutschland werde weitere Panzer liefern.")]),
        ("Den ukrainischen Präsidenten Wolodymyr Selenskyj empfing Scholz im Kanzleramt. Er sagte, Deutschland werde "
         "weitere Hilfe leisten.",
         [("olaf-scholz", "reported", "Deutschland werde weitere Hilfe leisten.")]),
        # "posted" with a relative "that", or an object
        ("Zelensky, who posted the video, said that Russia must be held accountable for the attack.",
         [("volodymyr-zelensky", "reported", "Russia must be held accountable for the attack.")]),
        ("Yermak posted a map showing that Russian forces had withdrawn from the west bank.", []),
        # "adding:" after where and what about, not after a clause
        ('Zelensky wrote on Telegram about the attack on Odesa, adding: "Russia will answer for every life it has '
         'taken."',
         [("volodymyr-zelensky", "quote", "Russia will answer for every life it has taken.")]),
        # French infinitives and gerunds that are acts, or another's reading
        ("Sergueï Lavrov a jugé bon de rappeler que la Russie disposait de l'arme nucléaire.",
         [("sergey-lavrov", "reported", "la Russie disposait de l'arme nucléaire.")]),
        ("Il appartient à Emmanuel Macron d'assurer que la France tienne ses engagements envers Kiev.", []),
        ('« La Russie ne peut pas gagner cette guerre », a déclaré Emmanuel Macron, rappelant l\'ambassadeur de France '
         'à Moscou pour « consultations ».',
         [("emmanuel-macron", "quote", "La Russie ne peut pas gagner cette guerre")]),
        ("« Nous n'avons pas peur », a lancé Volodymyr Zelensky, affirmant avoir reçu des demandes de compagnies "
         "maritimes.",
         [("volodymyr-zelensky", "quote", "Nous n'avons pas peur"),
          ("volodymyr-zelensky", "reported", "avoir reçu des demandes de compagnies maritimes.")]),
        ("La veille, le secrétaire général des Nations unies, António Guterres, avait lancé une mise en garde "
         "solennelle.", []),
        ("Emmanuel Macron a jugé que ce coup de force était illégitime. « Moscou n'a pas besoin d'organiser ces "
         "putschs, il lui suffit d'en récolter les fruits », analyse un chercheur sénégalais spécialiste du Sahel.",
         [("emmanuel-macron", "reported", "ce coup de force était illégitime.")]),
        # German: other verbs, subordinate clauses, other sources
        ("Nachdem Russland die Stadt erobert hatte, sprach Putin den Soldaten seinen Dank aus.", []),
        ("Moskau sei zu Gesprächen bereit, teilte das Außenministerium mit, Lawrow wies aber jede Vorbedingung "
         "zurück.", []),
        ("Putin spricht am Freitag vor der Föderalen Versammlung, die Rede wird live übertragen.", []),
        ("Russland sei zu Verhandlungen bereit, sagte Lawrow am Montag in Moskau. Die Lage würden Experten allerdings "
         "anders sehen.",
         [("sergey-lavrov", "reported", "Russland sei zu Verhandlungen bereit")]),
        ("Die Ukraine brauche mehr Luftabwehr, sagte Selenskyj. Scholz habe ihm weitere Iris-T-Systeme zugesagt, so "
         "Regierungssprecher Hebestreit.",
         [("volodymyr-zelensky", "reported", "Die Ukraine brauche mehr Luftabwehr")]),
        ("Kremlsprecher Dmitri Peskow sagte am Montag, man wisse nicht genau, was der Kanzler mitbringe. Am Tag danach "
         "lieferte Peskow die Moskauer Lesart nach: Putin habe dem Gast die Ziele ausführlich erläutert.",
         [("dmitry-peskov", "reported", "man wisse nicht genau, was der Kanzler mitbringe."),
          ("dmitry-peskov", "reported", "Putin habe dem Gast die Ziele ausführlich erläutert.")]),
        # ", so X" ending the sentence is its source, speech verbs inside included
        ("Der Kremlchef habe Biden bereits im Dezember erklärt, dass Russland niemanden bedrohe, so Peskow.",
         [("dmitry-peskov", "reported", "Der Kremlchef habe Biden bereits im Dezember erklärt, dass Russland niemanden "
                                        "bedrohe")]),
        # Ukrainian verbs that are speech only before what was said
        ("Кулеба зауважив журналістів біля входу і зупинився, щоб відповісти на кілька запитань.", []),
        ("Єрмак припустив помилку, коли погодився на цю зустріч, вважають у Раді.", []),
        # "he" in a clause after "<official> was furious:" is that official, not a possessive named after the colon
        ("Scholz also phoned Putin last Friday. Zelensky was furious: Scholz's decision to call Putin, he said, had "
         "opened \"Pandora's box\" and would only help Putin reduce his isolation.",
         [("volodymyr-zelensky", "reported", "Scholz's decision to call Putin had opened \"Pandora's box\" and would "
                                             "only help Putin reduce his isolation.")]),
    ],
)
def test_review_of_the_eighth_set_rules(watchlist: Watchlist, text: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of this set's rules: each was wrong with one of them (or before them).
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon after an act or an object, or after someone else's clause, does not make the quote the official's
        ('Putin signed the decree on Friday: "The Ministry of Defence shall ensure the call-up of citizens for '
         'military service."', []),
        ("Zelensky showed reporters a letter from a soldier's mother: \"Please bring my son home from the front "
         "alive.\"", []),
        ("Selenskyj ist enttäuscht, die Reaktion aus Berlin bleibt knapp: «Wir prüfen die Anfrage sorgfältig.»", []),
        # "he said" after a colon is the official before it only after "<official> <copula> ...:"
        ("Michael Kofman, an analyst at CNA, was blunt. Putin faces a dilemma: his army is running out of trained "
         "men, he said.", []),
        ("Scholz spoke with Zelensky on Monday: Germany will deliver two more Patriot systems, he said.", []),
        ("Russia's position has not changed: Crimea is and will remain Russian territory, Peskov said.",
         [("dmitry-peskov", "reported", "Russia's position has not changed: Crimea is and will remain Russian "
                                        "territory")]),
        # a German title after the verb is the subject's only when no one else is first
        ("Erdogan sagte Kremlchef Putin bei dem Treffen, die Türkei sei bereit zu vermitteln.", []),
        ("Der Papst schrieb Kremlchef Wladimir Putin einen Brief, in dem er zum Frieden aufrief.", []),
        # ", so X" does not take another's quote
        ("Selenskyj hatte am Vortag gesagt: «Wir brauchen mehr Flugabwehr, und zwar sofort», so Peskow.",
         [("volodymyr-zelensky", "quote", "Wir brauchen mehr Flugabwehr, und zwar sofort")]),
        ("Shoigu has been replaced by Andrei Belousov. The new defence minister said the army would be audited.", []),
        ("Vladimir Poutine, lui, observe la situation avec attention depuis le Kremlin.", []),
        # German clauses opening with "seit", "als", "wenn"; a particle after the rest of the sentence
        ("Seit Beginn des Krieges seien mehr als 500 Kinder getötet worden, sagte Selenskyj am Sonntag.",
         [("volodymyr-zelensky", "reported", "Seit Beginn des Krieges seien mehr als 500 Kinder getötet worden")]),
        ("Russland sei zu Gesprächen bereit, sagte Peskow, doch Kiew lehne jeden Dialog ab.",
         [("dmitry-peskov", "reported", "Russland sei zu Gesprächen bereit")]),
        ("Russland sei zu Gesprächen bereit, teilt Sacharowa mit.",
         [("maria-zakharova", "reported", "Russland sei zu Gesprächen bereit")]),
        ("Macron a voulu rappeler que la France ne serait jamais en guerre contre la Russie.",
         [("emmanuel-macron", "reported", "la France ne serait jamais en guerre contre la Russie.")]),
        ("Зеленський зауважив у вечірньому зверненні, що Росія готує новий наступ на Харків.",
         [("volodymyr-zelensky", "reported", "Росія готує новий наступ на Харків.")]),
        ("Zakharova posted in her Telegram channel that the West was preparing a new provocation in Bucha.",
         [("maria-zakharova", "reported", "the West was preparing a new provocation in Bucha.")]),
        ('Blinken told reporters the talks had been productive, adding: "We made real progress on the key issues."',
         [("antony-blinken", "reported", "the talks had been productive"),
          ("antony-blinken", "quote", "We made real progress on the key issues.")]),
        ("Blinken arrived in Kyiv on Wednesday. Kuleba's welcome was warm, and he said Ukraine was grateful for the "
         "new aid package.",
         [("dmytro-kuleba", "reported", "Ukraine was grateful for the new aid package.")]),
        # what the writer adds after an attribution is not the rest of the clause
        ("Russia will never give up Crimea, Zelensky said, who met Scholz in Berlin on Friday.",
         [("volodymyr-zelensky", "reported", "Russia will never give up Crimea")]),
        ("Die Nato werde geschlossen bleiben, sagte Scholz, der am Montag in Kiew war.",
         [("olaf-scholz", "reported", "Die Nato werde geschlossen bleiben")]),
        ("The alliance stands united, Stoltenberg said, its members united as never before.",
         [("jens-stoltenberg", "reported", "The alliance stands united")]),
        ("Die Lieferungen gehen weiter, sagte Scholz, die Koalition streitet seit Wochen über die Lieferung.",
         [("olaf-scholz", "reported", "Die Lieferungen gehen weiter")]),
        ("Die Ukraine werde siegen, sagte Scholz am Montag, die Ukraine brauche mehr Munition.",
         [("olaf-scholz", "reported", "Die Ukraine werde siegen, die Ukraine brauche mehr Munition.")]),
        ("Lavrov a affirmé que Moscou était prêt à négocier, prévenant les Occidentaux que toute livraison d'armes "
         "serait une cible légitime.",
         [("sergey-lavrov", "reported", "Moscou était prêt à négocier"),
          ("sergey-lavrov", "reported", "toute livraison d'armes serait une cible légitime.")]),
    ],
)
def test_second_review_of_the_eighth_set_rules(watchlist: Watchlist, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # Found by a second review of this set's rules: each was wrong with one of them.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told reporters he was hopeful that ...": that "that" is the clause's
        ("U.N. Secretary-General Antonio Guterres, meanwhile, told reporters he was hopeful that the Black Sea Grain "
         "Initiative would be extended.",
         [("antonio-guterres", "reported", "he was hopeful that the Black Sea Grain Initiative would be extended.")]),
        # a relative clause about the addressee before "that"
        ("The Ukrainian leader Volodymyr Zelensky also told the security forum, which is organised by the "
         "International Institute for Strategic Studies, that 106 countries had so far confirmed their participation.",
         [("volodymyr-zelensky", "reported", "106 countries had so far confirmed their participation.")]),
        # "are now telling" is someone else's verb, not the opening official's participle
        ("Emmanuel Macron has done it: all three are now telling the world that he does not speak for them.", []),
        ("Maria Zakharova was quoted as saying that the clown remains a clown whatever stage he stands on.",
         [("maria-zakharova", "reported", "the clown remains a clown whatever stage he stands on.")]),
        # an ambassador is a diplomat: "the diplomat" is the untracked ambassador named just before
        ("Maria Zakharova went further. Russia's ambassador to Canada, Oleg Stepanov, has demanded an official "
         "explanation. The diplomat said the ovation was an insult to the memory of millions of Soviet soldiers.", []),
        # someone untracked named with a relative clause: a later "the president" is him
        ("Vladimir Putin said the talks were constructive. Trump, who had threatened very severe consequences if Putin "
         "refused to stop the fighting, admitted there was still work to do. \"There's no deal until there's a deal,\" "
         "the president said.",
         [("vladimir-putin", "reported", "the talks were constructive.")]),
    ],
)
def test_ninth_set_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the ninth set of whole articles missed or misread when it was first measured.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long look between an inverted verb and its subject; a name in quotes between subject and verb
        ("«Блинкен попросил о контакте с Лавровым. На полях второй сессии министр переговорил с ним на ходу», - "
         "написала в своем Telegram-канале официальный представитель МИД РФ Мария Захарова.",
         [("maria-zakharova", "quote", "Блинкен попросил о контакте с Лавровым. На полях второй сессии министр "
                                       "переговорил с ним на ходу")]),
        ("Президент Франции Эммануэль Макрон после видеоконференции так называемой «коалиции желающих» сказал, что "
         "не видит у Путина желания мира.",
         [("emmanuel-macron", "reported", "не видит у Путина желания мира.")]),
        # Ukrainian capitalises "Президент"; "говорил о" is what about; an imperfective gerund after the subject's verb
        ("Володимир Зеленський провів засідання. За словами Президента, у зоні можливого затоплення перебувають "
         "близько 80 населених пунктів.",
         [("volodymyr-zelensky", "reported", "у зоні можливого затоплення перебувають близько 80 населених пунктів.")]),
        ("Сам Сергей Лавров на пресс-конференции говорил о контакте с Блинкеном скупо.", []),
        ("Володимир Зеленський виступив на саміті, наголошуючи, що Росії не місце за цим столом.",
         [("volodymyr-zelensky", "reported", "Росії не місце за цим столом.")]),
        # a clause that goes round its source ("по его словам", "selon lui", "according to X" in mid-sentence)
        ("«Мы ни о чем американцев не просили», - подчеркнул Сергей Лавров. Короткий разговор с госсекретарем, по его "
         "словам, касался в основном ДСНВ и Украины.",
         [("sergey-lavrov", "quote", "Мы ни о чем американцев не просили"),
          ("sergey-lavrov", "reported", "Короткий разговор с госсекретарем касался в основном ДСНВ и Украины.")]),
        ("Dmytro Kouleba est intervenu. Le Conseil doit, selon lui, créer sans délai une commission d'enquête.",
         [("dmytro-kuleba", "reported", "Le Conseil doit créer sans délai une commission d'enquête.")]),
        ("Помимо этого, по словам Зеленского, Киев готов продлить режим прекращения огня на 30 дней.",
         [("volodymyr-zelensky", "reported", "Киев готов продлить режим прекращения огня на 30 дней.")]),
        # a clause opening with its quote and going on is the statement; one that ends with it is the quote
        ("Глава Офиса президента Андрей Ермак в тот же день написал, что «ничего об Украине без Украины» остается "
         "принципом, от которого Киев не отступит.",
         [("andriy-yermak", "reported", "«ничего об Украине без Украины» остается принципом, от которого Киев не "
                                        "отступит.")]),
        ('Zakharova said "the West will regret this decision," speaking at her weekly briefing.',
         [("maria-zakharova", "quote", "the West will regret this decision")]),
        ("Emmanuel Macron a estimé qu'« il n'y a pas de consensus aujourd'hui » sur cette question.",
         [("emmanuel-macron", "quote", "il n'y a pas de consensus aujourd'hui")]),
    ],
)
def test_ninth_set_russian_and_ukrainian_cases(watchlist: Watchlist, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the ninth set of whole articles missed or misread when it was first measured.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role apposition without an article ("conseiller du président X") names someone else than the subject
        ("Mykhaïlo Podoliak, conseiller du président Volodymyr Zelensky, a estimé de son côté que ce n'était pas le "
         "moment de ménager le Kremlin.",
         [("mykhailo-podolyak", "reported", "ce n'était pas le moment de ménager le Kremlin.")]),
        # the official named in apposition to the title opening the sentence is its subject
        ("Le chef du bureau présidentiel ukrainien, Andriy Yermak, qui accompagnait M. Zelensky, a publié sur Telegram "
         "une photo. « Le Canada est avec nous. Nous continuons à travailler pour une paix juste », a-t-il écrit.",
         [("andriy-yermak", "quote", "Le Canada est avec nous. Nous continuons à travailler pour une paix juste")]),
        # the subject after opening adverbials; a place is no one
        ("Volodymyr Zelensky a parlé. La veille, le président américain avait créé la surprise. « Je pense que vous "
         "n'auriez pas de guerre aujourd'hui si Poutine était resté à la table », avait-il déclaré.", []),
        ("À New York, le secrétaire général de l'ONU, António Guterres, avait invoqué l'article 99 de la Charte. "
         "\"Les habitants de Gaza sont sommés de se déplacer comme des balles de flipper humaines\", avait-il "
         "déclaré deux jours plus tard.",
         [("antonio-guterres", "quote", "Les habitants de Gaza sont sommés de se déplacer comme des balles de flipper "
                                        "humaines")]),
        # "Pour un chercheur, ..." gives his view: "analyse-t-il" is him, not the official spoken about
        ("Pour un chercheur lillois spécialiste de la Russie, Emmanuel Macron reste fidèle à sa ligne. « Il veut être "
         "celui qui pourra parler aux deux camps le moment venu », analyse-t-il.", []),
        # a subhead quoting someone is not the continuation of the previous speaker's quote
        ("Maria Zakharova a ironisé. « Que la France commence par cesser de livrer des canons Caesar au régime de "
         "Kiev », a lancé la porte-parole de la diplomatie russe sur Telegram.\n\n« Ça fait mal à entendre »\n\nOlena "
         "préside une association.",
         [("maria-zakharova", "quote", "Que la France commence par cesser de livrer des canons Caesar au régime de "
                                       "Kiev")]),
        # French verbs: "a répondu que", "a répondu aux critiques" (what to), "a lancé" after a clause, "avait
        # promis" after a quote, "a révélé que"
        ("Sergueï Lavrov a répondu que la position de Moscou n'avait pas changé depuis des années.",
         [("sergey-lavrov", "reported", "la position de Moscou n'avait pas changé depuis des années.")]),
        ("Emmanuel Macron a répondu aux critiques de Kiev.", []),
        ("Les Occidentaux et leurs alliés, a lancé Lavrov, ne parviendront pas à infliger \"une défaite stratégique\" "
         "à la Russie.",
         [("sergey-lavrov", "reported", "Les Occidentaux et leurs alliés ne parviendront pas à infliger \"une "
                                        "défaite stratégique\" à la Russie.")]),
        ("Vladimir Poutine a parlé. « Dès que Kiev déclarera être prêt à prendre une telle décision, nous donnerons "
         "l'ordre de cessez-le-feu », avait promis le maître du Kremlin.",
         [("vladimir-putin", "quote", "Dès que Kiev déclarera être prêt à prendre une telle décision, nous donnerons "
                                      "l'ordre de cessez-le-feu")]),
        ("Dmitri Peskov a révélé que la Russie restait ouverte à un nouveau cycle de pourparlers à Istanbul.",
         [("dmitry-peskov", "reported", "la Russie restait ouverte à un nouveau cycle de pourparlers à Istanbul.")]),
    ],
)
def test_ninth_set_french_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause-first statement holding a quote; the subject after a perfect auxiliary; a colon after Konjunktiv
        ("Die Mobilmachung sei \"eine Handlung aus Verzweiflung\", sagte Bundeskanzler Olaf Scholz am Rande der "
         "Generaldebatte.",
         [("olaf-scholz", "reported", "Die Mobilmachung sei \"eine Handlung aus Verzweiflung\"")]),
        ("Wladimir Putin war da. Bereits am Sonntag hatte der Kremlchef gesagt, hinter der Explosion auf der Brücke "
         "stünden ukrainische Geheimdienste.",
         [("vladimir-putin", "reported", "hinter der Explosion auf der Brücke stünden ukrainische Geheimdienste.")]),
        ("Regierungssprecher Steffen Hebestreit hatte mitgeteilt, der Kanzler habe Putin aufgefordert, den Krieg zu "
         "beenden. Zudem habe Scholz die Entschlossenheit Deutschlands unterstrichen, die Ukraine zu unterstützen.",
         []),
        ("«Sie versuchen, uns zu vernichten und vom Antlitz der Erde zu tilgen», sagte Selenski. Russland habe zwei "
         "Ziele: die Energieversorgung und die Menschen.",
         [("volodymyr-zelensky", "quote", "Sie versuchen, uns zu vernichten und vom Antlitz der Erde zu tilgen"),
          ("volodymyr-zelensky", "reported", "Russland habe zwei Ziele: die Energieversorgung und die Menschen.")]),
        ("Kiew müsse seine Verpflichtungen erfüllen, verlangte Putin.",
         [("vladimir-putin", "reported", "Kiew müsse seine Verpflichtungen erfüllen")]),
        # an indirect question is what about, not what; "nicht sagen" says nothing
        ("Was die Teilmobilmachung konkret bedeutet, erläuterte Verteidigungsminister Sergej Schoigu im "
         "Staatsfernsehen.", []),
        ("Was in Butscha geschehen sei, sei eine Fälschung, behauptete Putin.",
         [("vladimir-putin", "reported", "Was in Butscha geschehen sei, sei eine Fälschung")]),
        ("Ob sich Putin in den kommenden Tagen erneut an die Nation wenden werde, wollte Peskow nicht sagen.", []),
    ],
)
def test_ninth_set_german_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject after "hat/hatte" only after adverbials (else the name after it is the addressee)
        ("Scholz hat Selenskyj bei dem Telefonat gesagt, Deutschland werde die Ukraine weiter unterstützen.",
         [("olaf-scholz", "reported", "Deutschland werde die Ukraine weiter unterstützen.")]),
        ("Macron hatte Putin bereits im Februar gewarnt, eine Invasion werde schwere Folgen haben.",
         [("emmanuel-macron", "reported", "eine Invasion werde schwere Folgen haben.")]),
        # an imperfective gerund belongs to the official opening the sentence, not to an object or another clause
        ("Лукашенко принял Шойгу в Минске, подчеркивая, что Белоруссия остается верным союзником России.", []),
        ("Путин провел совещание с Совбезом, а Лавров выступил на Генассамблее ООН, подчеркивая, что Запад ведет "
         "войну.", []),
        # a short quote is a name only in Russian and Ukrainian (not 'branded Zelensky a "terrorist" and said')
        ('Moscow branded Zelensky a "terrorist" and said that talks with Kyiv were impossible.', []),
        # French verbs that need what was said
        ("Maria Zakharova a raillé Emmanuel Macron, qui avait évoqué l'envoi de troupes.", []),
        ("Dmitri Peskov a répondu par la négative lorsqu'on lui a demandé si Poutine viendrait.", []),
        ("Dmitri Peskov a répondu à Emmanuel Macron en affirmant que l'envoi de troupes serait une escalade.",
         [("dmitry-peskov", "reported", "l'envoi de troupes serait une escalade.")]),
        # a German relative clause after the object is no statement; an adjective after "die" is no relative
        ("Putin bestätigte den Tod von Prigoschin, der bei einem Flugzeugabsturz ums Leben gekommen war.", []),
        ("Peskow dementierte Berichte, wonach Putin schwer erkrankt sei.", []),
        # a progressive verb has its own subject; "Nicht zuletzt" negates nothing
        ("Scholz was insisting that Germany would not send Taurus missiles.",
         [("olaf-scholz", "reported", "Germany would not send Taurus missiles.")]),
        ("Nicht zuletzt betonte Scholz, dass Deutschland der größte Unterstützer der Ukraine in Europa sei.",
         [("olaf-scholz", "reported", "Deutschland der größte Unterstützer der Ukraine in Europa sei.")]),
        # a pronoun after "told" in a time clause does not take the "that"
        ("Blinken told reporters after he met Kuleba that the United States would keep supporting Ukraine.",
         [("antony-blinken", "reported", "the United States would keep supporting Ukraine.")]),
        # a lowercase title after opening adverbials
        ("On Friday, chancellor Olaf Scholz, on a visit to Kyiv, said that Germany would deliver more tanks.",
         [("olaf-scholz", "reported", "Germany would deliver more tanks.")]),
        # an indefinite source is someone of their own title and gender; a capital city is no person
        ("Selon un responsable ukrainien, Zelensky a demandé des avions à Scholz. Le président ukrainien a assuré que "
         "les pilotes étaient prêts.",
         [("volodymyr-zelensky", "reported", "les pilotes étaient prêts.")]),
        ("Selon une source diplomatique, Vladimir Poutine ne participera pas au sommet. Il a expliqué que la Russie "
         "n'y voyait aucun intérêt.",
         [("vladimir-putin", "reported", "la Russie n'y voyait aucun intérêt.")]),
        ("Volodymyr Zelensky était à Bruxelles jeudi. Kiev, qui réclame des avions de combat, espère un accord. Le "
         "président ukrainien a affirmé que les pilotes étaient prêts.",
         [("volodymyr-zelensky", "reported", "les pilotes étaient prêts.")]),
        # a quote not right after "that" stays the quote
        ('Putin said "Russia is ready for talks with everyone" when he met Erdogan on Friday.',
         [("vladimir-putin", "quote", "Russia is ready for talks with everyone")]),
        # a source in mid-sentence after the writer's own clause
        ("Putin met Erdogan in Sochi on Friday, but, according to Peskov, no agreement on the grain deal was reached.",
         [("dmitry-peskov", "reported", "no agreement on the grain deal was reached.")]),
        ("Путин и Си провели переговоры в узком составе, по словам Пескова, они длились более трех часов.",
         [("dmitry-peskov", "reported", "они длились более трех часов.")]),
        ("The strike killed 12 people, according to Zelensky, who posted a video of the destroyed building.",
         [("volodymyr-zelensky", "reported", "The strike killed 12 people")]),
    ],
)
def test_review_of_the_ninth_set_rules(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of the ninth set's rules: each was wrong with one of them.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of a figure ends its sentence before a capital
        ("Шольц заявил, что страны договорились о кредите Украине на $50 млрд. Песков назвал такие планы «откровенным "
         "воровством».",
         [("olaf-scholz", "reported", "страны договорились о кредите Украине на $50 млрд."),
          ("dmitry-peskov", "reported", "назвал такие планы «откровенным воровством».")]),
        ("Лавров заявил, что потери противника составили 1,5 тыс. человек за сутки боев.",
         [("sergey-lavrov", "reported", "потери противника составили 1,5 тыс. человек за сутки боев.")]),
        # verbs of speech only after the quote and its dash
        ("«Наша позиция хорошо известна», - ограничился замечанием пресс-секретарь президента Дмитрий Песков.",
         [("dmitry-peskov", "quote", "Наша позиция хорошо известна")]),
        ("Песков отвечал уклончиво. «Борьба с коррупцией - это постоянная работа», - ограничился он короткой репликой.",
         [("dmitry-peskov", "quote", "Борьба с коррупцией - это постоянная работа")]),
        ("«Ну, пусть попробует, посмотрим», - бросил Путин, не называя Макрона по имени.",
         [("vladimir-putin", "quote", "Ну, пусть попробует, посмотрим")]),
        ("«Какие могут быть переговоры с такими людьми?» - задался вопросом Путин.",
         [("vladimir-putin", "quote", "Какие могут быть переговоры с такими людьми?")]),
        ("«Це неприйнятно для нас», - відрізав Зеленський.",
         [("volodymyr-zelensky", "quote", "Це неприйнятно для нас")]),
        ("Путин бросил вызов Западу, заявили в Вашингтоне. Песков ограничился встречей с журналистами в Кремле.", []),
        # "drew attention to the fact that"
        ("Министр Сергей Лавров обратил внимание на то, что западные страны запрещают Киеву вести переговоры.",
         [("sergey-lavrov", "reported", "западные страны запрещают Киеву вести переговоры.")]),
        ("Зеленський звернув увагу на те, що партнери затримують постачання зброї.",
         [("volodymyr-zelensky", "reported", "партнери затримують постачання зброї.")]),
        ("Лавров обратил внимание журналистов на рост цен на зерно в Африке.", []),
        # a role noun in the genitive with its complement after "по словам" / "за словами"
        ("Путин провел совещание. По словам главы государства, Киев пытается улучшить переговорные позиции.",
         [("vladimir-putin", "reported", "Киев пытается улучшить переговорные позиции.")]),
        ("Дмитрий Песков прокомментировал обращение. По мнению представителя Кремля, речь носит конфронтационный "
         "характер.",
         [("dmitry-peskov", "reported", "речь носит конфронтационный характер.")]),
        ("Дмитрий Песков прокомментировал обращение. По словам пресс-секретаря президента, речь носит "
         "конфронтационный характер.",
         [("dmitry-peskov", "reported", "речь носит конфронтационный характер.")]),
        ("Сергей Лавров провел переговоры. По словам главы российской дипломатии, сделка возможна только на "
         "условиях Москвы.",
         [("sergey-lavrov", "reported", "сделка возможна только на условиях Москвы.")]),
        ("Олаф Шольц провел переговоры. По словам канцлера Германии, помощь Украине будет продолжена.",
         [("olaf-scholz", "reported", "помощь Украине будет продолжена.")]),
        ("Дмитро Кулеба провів переговори. За словами очільника МЗС, партнери затримують постачання зброї.",
         [("dmytro-kuleba", "reported", "партнери затримують постачання зброї.")]),
        # someone else's office, or a phrase going on past its complement: not ours
        ("Олаф Шольц провел переговоры. По словам канцлера Австрии, помощь Украине будет продолжена.", []),
        ("Песков прокомментировал обращение. По словам министра, который выступал в Думе, речь носит "
         "конфронтационный характер.", []),
        # a name in quote marks inside the subject's apposition; a word in Latin letters or with a digit names no one
        ("Министр иностранных дел Сергей Лавров, находившийся в Рио-де-Жанейро на саммите «Большой двадцатки», "
         "выразил надежду, что на Западе прочтут документ целиком.",
         [("sergey-lavrov", "reported", "на Западе прочтут документ целиком.")]),
        ("Госсекретарь США Энтони Блинкен на встрече министров G7 под Римом назвал риторику Москвы «безответственной» "
         "и опасной.",
         [("antony-blinken", "reported", "назвал риторику Москвы «безответственной» и опасной.")]),
        ("Захарова разобрала высказывания Эммануэля Макрона. Ранее французский лидер в интервью телеканалам TF1 и "
         "France 2 заявил, что не исключает отправки западных контингентов.",
         [("emmanuel-macron", "reported", "не исключает отправки западных контингентов.")]),
        # a title given with the name holds for the text, also an office held before ("министр обороны" in 2022)
        ("В эфир вышло интервью министра обороны Сергея Шойгу.\n\nПутин выступил в Кремле.\n\nМинистр сообщил, "
         "что мобилизовать планируется 300 тысяч человек.",
         [("sergei-shoigu", "reported", "мобилизовать планируется 300 тысяч человек.")]),
        ("Министр обороны Сергей Шойгу выслушал доклад.\n\nВыслушав доклад, Шойгу отдал приказ.\n\n«Приступайте к "
         "отводу войск и примите все меры», - распорядился глава военного ведомства.",
         [("sergei-shoigu", "quote", "Приступайте к отводу войск и примите все меры")]),
        ("Сергей Шойгу выслушал доклад. По словам министра обороны, потери противника составили более тысячи человек.",
         []),
        # ... but not a title of which the role noun is a complement
        ("Керівник Офісу Президента Андрій Єрмак назвав візит сильним сигналом.\n\nПрезидент заявив, що партнери "
         "готові ухвалити нові рішення.", [("andriy-yermak", "reported", "назвав візит сильним сигналом.")]),
        # "accused X of the fact that": from the verb, as "accused X of ..."
        ("Министр Сергей Лавров обвинил западные делегации в том, что они превратили встречу в фарс.",
         [("sergey-lavrov", "reported", "обвинил западные делегации в том, что они превратили встречу в фарс.")]),
        ("«Никаких данных о причинах нет, а такие заявления уже делаются», - возмутился Песков.",
         [("dmitry-peskov", "quote", "Никаких данных о причинах нет, а такие заявления уже делаются")]),
        ("«Вижу, вы можете быть на меня похожим», - пошутил глава государства Владимир Путин.",
         [("vladimir-putin", "quote", "Вижу, вы можете быть на меня похожим")]),
        # an apposition is no clause with a verb in it
        ("По мнению пресс-секретаря президента России Дмитрия Пескова, визит генсека показал, что ООН «не может "
         "игнорировать голос Глобального Юга».",
         [("dmitry-peskov", "reported",
           "визит генсека показал, что ООН «не может игнорировать голос Глобального Юга».")]),
        # the opening name's second predicate after a comma: a singular verb or a gerund (not "заявили в Кремле")
        ("Шольц вновь отверг такую возможность, заявив, что для применения этих ракет потребовалось бы участие "
         "немецких военных.",
         [("olaf-scholz", "reported", "для применения этих ракет потребовалось бы участие немецких военных.")]),
        ("Путин подписал указ о мобилизации, заявили в Кремле в среду вечером.", []),
        # the words commented on are their speaker's
        ("Захарова прокомментировала слова госсекретаря США Энтони Блинкена, который ранее сказал, что поставки "
         "бронетехники позволят вернуть территории.",
         [("antony-blinken", "reported", "поставки бронетехники позволят вернуть территории.")]),
        ("Захарова прокомментировала заявление генсека НАТО Йенса Столтенберга о том, что альянс должен увеличить "
         "производство боеприпасов.",
         [("jens-stoltenberg", "reported", "альянс должен увеличить производство боеприпасов.")]),
        ("Захарова прокомментировала визит Блинкена, который прибыл в Киев утром.", []),
        ("Песков прокомментировал заявление Макрона и заявил, что такой шаг привел бы к прямому столкновению.",
         [("dmitry-peskov", "reported", "такой шаг привел бы к прямому столкновению.")]),
        ("Пєсков відреагував на удар по Бєлгороду в суботу ввечері.", []),
        # "did not rule out that" says that something may be; "начальник Генштаба" is the chief of the General Staff
        ("Путин выступил в Кремле. Глава государства не исключил, что российские войска могут войти в Сумы.",
         [("vladimir-putin", "reported", "российские войска могут войти в Сумы.")]),
        ("Путин не исключил участия в саммите в Казани этой осенью.", []),
        ("Валерий Герасимов провел брифинг. Начальник Генштаба предупредил, что Россия будет вынуждена ответить на "
         "вступление Финляндии.",
         [("valery-gerasimov", "reported", "Россия будет вынуждена ответить на вступление Финляндии.")]),
        # a longer name in quote marks right after a preposition
        ("Путин на «Российской энергетической неделе» заявил, что Россия готова поставлять газ по уцелевшей нитке.",
         [("vladimir-putin", "reported", "Россия готова поставлять газ по уцелевшей нитке.")]),
        # "Так X прокомментировал ..." and "Об этом ... заявил X" attribute the sentence before
        ("Американский госсекретарь поет в баре, пока украинцы гибнут на фронте. Так официальный представитель МИД "
         "России Мария Захарова прокомментировала выступление Блинкена.",
         [("maria-zakharova", "reported", "Американский госсекретарь поет в баре, пока украинцы гибнут на фронте.")]),
        ("Разговор получился очень полезным для обеих сторон. Так глава российской дипломатии Сергей Лавров оценил "
         "итоги встречи.",
         [("sergey-lavrov", "reported", "Разговор получился очень полезным для обеих сторон.")]),
        ("Лавров оценил итоги встречи как полезные для обеих сторон.", []),
        ("КНДР направит в Курскую область тысячу саперов. Об этом в Пхеньяне после переговоров с Ким Чен Ыном заявил "
         "секретарь Совета безопасности России Сергей Шойгу.",
         [("sergei-shoigu", "reported", "КНДР направит в Курскую область тысячу саперов.")]),
        # a mention in another case, or after a preposition, is not the subject
        ("Президент Франции Эммануэль Макрон на пресс-конференции вместе с Олафом Шольцем заявил, что Украине "
         "следует позволить наносить удары.",
         [("emmanuel-macron", "reported", "Украине следует позволить наносить удары.")]),
        ("После встречи с Путиным Лукашенко заявил, что союз двух стран крепок как никогда.", []),
        # the complement of an office is no one's name; "- продолжил он" after a quote
        ("Андрей Ермак прибыл в Вашингтон. Глава Офиса президента Украины заявил, что Киев ждет решения по ракетам.",
         [("andriy-yermak", "reported", "Киев ждет решения по ракетам.")]),
        ("Михаил Подоляк выступил в эфире. Советник главы Офиса президента заявил, что Киев ждет решения по ракетам.",
         [("mykhailo-podolyak", "reported", "Киев ждет решения по ракетам.")]),
        ("Зеленский объяснил почему.\n\n«Нельзя пригласить только одну часть страны, это было бы признанием "
         "оккупации», — продолжил он.",
         [("volodymyr-zelensky", "quote", "Нельзя пригласить только одну часть страны, это было бы признанием "
           "оккупации")]),
        ("Путин продолжил переговоры с премьером Индии в Кремле.", []),
        # from a held-out set of 20 Ukrainian articles
        ("Київ. 17 липня. ІНТЕРФАКС-УКРАЇНА - Зернові домовленості з понеділка фактично припиняють дію. Про це "
         "заявив речник Кремля Дмитро Пєсков.",
         [("dmitry-peskov", "reported", "Зернові домовленості з понеділка фактично припиняють дію.")]),
        ("Першою в Москві відреагувала офіційна представниця МЗС РФ Марія Захарова. «Рішення суду не мають для нашої "
         "країни жодного значення», - написала вона в Telegram.",
         [("maria-zakharova", "quote", "Рішення суду не мають для нашої країни жодного значення")]),
        ("Макрон від своїх слів не відмовився. 14 березня в інтерв'ю телеканалам TF1 і France 2 він пояснив, що "
         "Франція не збирається ініціювати наступальні дії.",
         [("emmanuel-macron", "reported", "Франція не збирається ініціювати наступальні дії.")]),
        ("Сам Герасимов виступає рідко. Однак наприкінці січня в інтерв'ю виданню «Аргументы и недели» він заявив, "
         "що колективний Захід фактично веде проти Росії війну.",
         [("valery-gerasimov", "reported", "колективний Захід фактично веде проти Росії війну.")]),
        ("Зеленський виступив увечері. Пізніше, у вечірньому зверненні, глава держави додав, що такі атаки свідчать "
         "про справжні наміри Москви.",
         [("volodymyr-zelensky", "reported", "такі атаки свідчать про справжні наміри Москви.")]),
        # "presidential" is no president: the Kremlin's press secretary is not "the head of state"
        ("Пєсков провів брифінг. Пізніше, у вечірньому зверненні, глава держави додав, що такі атаки свідчать про "
         "справжні наміри Москви.", []),
        ("Путін провів нараду. На ній очільник Кремля заявив, що противник «отримає гідну відповідь» від армії.",
         [("vladimir-putin", "reported", "противник «отримає гідну відповідь» від армії.")]),
        ("Андрій Єрмак виступив у Раді. «Заморожений конфлікт - це пауза для Росії, щоб переозброїтися», - пояснив "
         "керівник ОП.",
         [("andriy-yermak", "quote", "Заморожений конфлікт - це пауза для Росії, щоб переозброїтися")]),
        ("Радник керівника ОП Михайло Подоляк у коментарі Цензор.НЕТ зауважив, що ордер фактично обмежує "
         "пересування Путіна.",
         [("mykhailo-podolyak", "reported", "ордер фактично обмежує пересування Путіна.")]),
        ("Путін виступив у Кремлі. Також російський диктатор назвав Одесу «російським містом» без жодних підстав.",
         [("vladimir-putin", "reported", "назвав Одесу «російським містом» без жодних підстав.")]),
        ("Міністр закордонних справ Дмитро Кулеба в коментарі ТСН підсумував, що візит до Нью-Йорка «виконав своє "
         "завдання».",
         [("dmytro-kuleba", "reported", "візит до Нью-Йорка «виконав своє завдання».")]),
        ("Блінкен виступив перед студентами. «Ваша боротьба за свободу і гідність, - звернувся Блінкен до студентів, "
         "- це боротьба не лише за Україну».",
         [("antony-blinken", "quote", "Ваша боротьба за свободу і гідність це боротьба не лише за Україну")]),
        ("Зеленський зустрівся з Блінкеном. Глава держави подякував Сполученим Штатам за пакет допомоги і наголосив, "
         "що найбільшою потребою України залишається протиповітряна оборона.",
         [("volodymyr-zelensky", "reported", "найбільшою потребою України залишається протиповітряна оборона.")]),
        ("Зеленський визнав операцію. Пізніше глава держави висловився ще прямолінійніше: «Росія принесла війну "
         "іншим, тепер вона повертається додому».",
         [("volodymyr-zelensky", "quote", "Росія принесла війну іншим, тепер вона повертається додому")]),
        ("Зеленський висловився про переговори з Росією у вечірньому зверненні.", []),
        # from a second held-out set of 20 Russian articles
        ("23:20 Пресс-секретарь Кремля Дмитрий Песков рассказал, что переговоры идут «в хорошей атмосфере».",
         [("dmitry-peskov", "reported", "переговоры идут «в хорошей атмосфере».")]),
        ("Зеленский прилетел. Вечером, выступая на площади перед тысячами людей, он сказал, что НАТО сделает Украину "
         "безопаснее.",
         [("volodymyr-zelensky", "reported", "НАТО сделает Украину безопаснее.")]),
        ("Освобождение Курской области завершено. Об этом начальник Генерального штаба Валерий Герасимов доложил "
         "Верховному главнокомандующему Владимиру Путину.",
         [("valery-gerasimov", "reported", "Освобождение Курской области завершено.")]),
        ("Блинкен прилетел в Монголию. «Ни одно из этих освобождений не было бы возможным без союзников», - "
         "подчеркнул глава Госдепартамента.",
         [("antony-blinken", "quote", "Ни одно из этих освобождений не было бы возможным без союзников")]),
        ("Дмитрий Песков на вопросы о том, поедет ли Путин в Стамбул, отвечал, что состав делегации объявят позже.",
         [("dmitry-peskov", "reported", "состав делегации объявят позже.")]),
        ("Путин отвечал на вопросы журналистов и россиян 4 часа 27 минут.", []),
        ("Гутерриш выступил. По его словам, от прекращения сделки пострадают «сотни миллионов людей».",
         [("antonio-guterres", "reported", "от прекращения сделки пострадают «сотни миллионов людей».")]),
        ("Сам Блинкен на пресс-конференции с главой МИД Украины Дмитрием Кулебой говорил, что украинское "
         "контрнаступление «набирает темп».",
         [("antony-blinken", "reported", "украинское контрнаступление «набирает темп».")]),
        ("Путин выступил. На вопрос, когда ВСУ будут выбиты из региона, президент ответил, что назвать конкретную "
         "дату не может.",
         [("vladimir-putin", "reported", "назвать конкретную дату не может.")]),
        ("Утром 24 июня Владимир Путин выступил с обращением к гражданам, назвав действия организаторов мятежа "
         "«предательством».",
         [("vladimir-putin", "reported", "назвав действия организаторов мятежа «предательством».")]),
        ("«Наши переговоры прошли в конструктивной атмосфере», - начал российский президент Владимир Путин.",
         [("vladimir-putin", "quote", "Наши переговоры прошли в конструктивной атмосфере")]),
        ("Путин начал переговоры с премьером Индии в Кремле.", []),
        # explaining and answering name a topic unless a clause or a colon follows
        ("Путин объяснил решение спустя несколько дней в статье для африканских СМИ.", []),
        ("Подоляк пояснював мету операції прямолінійніше за інших.", []),
        ("Путин объяснил, что решение было вынужденным из-за позиции Запада.",
         [("vladimir-putin", "reported", "решение было вынужденным из-за позиции Запада.")]),
        ("Постоянный представитель РФ при ООН Василий Небензя на заседании Совбеза ООН призвал западные страны "
         "прекратить поставки оружия. Песков выступил позже.", []),
    ],
)
def test_russian_and_ukrainian_attribution_forms(watchlist: Watchlist, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    # Found in the Russian labelled articles (and their Ukrainian counterparts): each was missed or wrong before.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Песков прокомментировал перемирие.\n\n- Это прежде всего проявление доброй воли президента, - ответил "
         "Песков.",
         [("dmitry-peskov", "quote", "Это прежде всего проявление доброй воли президента")]),
        # an interviewer's question has no attribution: not a quote of the official
        ("Интервью с Лавровым.\n\n- Сергей Викторович, как вы оцениваете переговоры с американцами?\n\n- "
         "Переговоры идут трудно, но мы не теряем надежды, - сказал министр.",
         [("sergey-lavrov", "quote", "Переговоры идут трудно, но мы не теряем надежды")]),
        ("Зеленський звернувся до нації.\n\n- Ми вистоїмо, і ми переможемо в цій війні, - наголосив президент.",
         [("volodymyr-zelensky", "quote", "Ми вистоїмо, і ми переможемо в цій війні")]),
    ],
)
def test_russian_dialogue_dashes(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Russian and Ukrainian print direct speech as a paragraph opening with a dash: '- ..., - ответил Песков.'
    lang = "uk" if "і" in text else "ru"
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Захарова ответила на заявление Блинкена о том, что Россия полностью изолирована на "
         "международной арене, заявив, что Вашингтон живет в выдуманном мире.",
         [("antony-blinken", "reported", "Россия полностью изолирована на международной арене"),
          ("maria-zakharova", "reported", "Вашингтон живет в выдуманном мире.")]),
        ("en", "Peskov replied to Zelensky, who said on Monday that Kyiv would never negotiate with "
         "Moscow, adding that the Kremlin saw no basis for talks.",
         [("volodymyr-zelensky", "reported", "Kyiv would never negotiate with Moscow"),
          ("dmitry-peskov", "reported", "the Kremlin saw no basis for talks.")]),
        ("en", "Peskov replied to Zelensky, who said on Monday that Kyiv would never negotiate with "
         "Moscow.",
         [("volodymyr-zelensky", "reported", "Kyiv would never negotiate with Moscow.")]),
        ("en", "Zelensky responded to Putin, who said Kyiv was not ready for talks, that Ukraine would "
         "never surrender.", []),
        ("fr", "Peskov a réagi à Macron, qui a affirmé que l'envoi de troupes n'était pas exclu, en "
         "ajoutant que ce serait une escalade dangereuse.",
         [("emmanuel-macron", "reported", "l'envoi de troupes n'était pas exclu"),
          ("dmitry-peskov", "reported", "ce serait une escalade dangereuse.")]),
        ("ru", "Лавров прилетел в Пекин. По словам главы МИД Китая, Пекин поддерживает мирный процесс на "
         "Украине.", []),
        ("uk", "Лавров прилетів до Пекіна. За словами очільника МЗС Китаю, Пекін підтримує мирний процес в"
         " Україні.", []),
        ("ru", "Зеленский прилетел в Варшаву. По словам президента Польши, Варшава продолжит помощь Киеву.", []),
        ("ru", "Путин выступил в Думе. По словам лидера ЛДПР, партия поддержит законопроект в первом "
         "чтении.", []),
        ("ru", "Зеленский встретился с Макроном. По словам французского лидера, Париж готов к поставкам "
         "новых систем ПВО.",
         [("emmanuel-macron", "reported", "Париж готов к поставкам новых систем ПВО.")]),
        ("ru", "Гутерриш встретился с генералом Залужным. По словам генерала, ВСУ готовы к "
         "контрнаступлению весной этого года.", []),
        ("en", "UN chief Antonio Guterres spoke to reporters in New York on Monday. The secretary-general "
         "said the Black Sea Grain Initiative had been a lifeline.",
         [("antonio-guterres", "reported", "the Black Sea Grain Initiative had been a lifeline.")]),
        ("ru", "Путин провел совещание в Кремле. Указом президента Шойгу назначен секретарем Совбеза. "
         "Президент заявил, что армия выполнит все поставленные задачи.",
         [("vladimir-putin", "reported", "армия выполнит все поставленные задачи.")]),
        ("ru", "Путин провел совещание в Кремле. После доклада президенту Шойгу уехал в Минск. Президент "
         "заявил, что армия выполнит все поставленные задачи.",
         [("vladimir-putin", "reported", "армия выполнит все поставленные задачи.")]),
        ("ru", "Путин провел совещание в Кремле. Во время встречи президента с Шойгу обсуждали ситуацию на"
         " фронте. Президент заявил, что армия выполнит все задачи.",
         [("vladimir-putin", "reported", "армия выполнит все задачи.")]),
        ("ru", "Лукашенко лично заявил Шойгу, что белорусская армия готова к совместным учениям.", []),
        ("uk", "Ердоган учора повідомив Шойгу, що Туреччина готова знову прийняти переговори в Стамбулі.", []),
        ("ru", "Лавров провел переговоры. Глава МИД Китая Ван И прибыл в Москву и заявил, что Пекин "
         "поддерживает мирный процесс.", []),
        ("ru", "Лавров прилетел в Пекин. Главы МИД двух стран обсудили ситуацию и заявили, что выступают "
         "против расширения НАТО.", []),
        ("ru", "Переговоры в Стамбуле завершились без какого-либо результата. О чем именно говорили Путин "
         "и Трамп по телефону, в Кремле не уточнили.", []),
        ("ru", "Москва выслала из страны двух немецких дипломатов. Так Лавров отреагировал на решение "
         "Берлина.", []),
        ("ru", "Путин приехал на форум в Петербург. Так Путин ответил на приглашение губернатора.", []),
        ("pt", "Lula recebeu Zelensky. 14 de março em entrevista à TV Globo ele disse que o Brasil não "
         "enviaria armas à Ucrânia.", []),
        ("en", "Lula hosted Zelensky in Brasilia. 14 March in an interview with TV Globo he said that "
         "Brazil would not send weapons to Ukraine.", []),
        ("ru", "Песков выступил перед журналистами.\n\n- Это абсолютно неприемлемо для нас, - бросил Песков."
         " - И мы это больше не будем обсуждать с ними, - добавил он.",
         [("dmitry-peskov", "quote", "Это абсолютно неприемлемо для нас"),
          ("dmitry-peskov", "quote", "И мы это больше не будем обсуждать с ними")]),
        ("ru", "Песков ответил на слова Макрона о том, что Франция не исключает отправки войск на Украину,"
         " сообщает ТАСС.",
         [("emmanuel-macron", "reported", "Франция не исключает отправки войск на Украину, сообщает ТАСС.")]),
        ("ru", "Захарова ответила на слова Блинкена о том, что Запад пообещал Киеву новые поставки оружия.",
         [("antony-blinken", "reported", "Запад пообещал Киеву новые поставки оружия.")]),
        ("ru", "Зеленский ответил Путину, который ранее заявил журналистам, что Киев не готов к "
         "переговорам.",
         [("vladimir-putin", "reported", "Киев не готов к переговорам.")]),
        ("ru", "Брифинг в МИД.\n\n- Что это, если не провокация со стороны Вашингтона? - спросила Захарова. "
         "- Это провокация чистой воды, и мы ответим, - ответил ей Песков.",
         [("maria-zakharova", "quote", "Что это, если не провокация со стороны Вашингтона"),
          ("dmitry-peskov", "quote", "Это провокация чистой воды, и мы ответим")]),
        ("ru", "Путин выступил. Указом президента России Шойгу назначен секретарем Совбеза. Президент "
         "заявил, что армия выполнит все поставленные задачи.",
         [("vladimir-putin", "reported", "армия выполнит все поставленные задачи.")]),
        ("ru", "Лукашенко лично сообщил Шойгу о готовности белорусской армии к совместным учениям.", []),
        ("ru", "Первой на слова Макрона отреагировала официальный представитель МИД Мария Захарова, "
         "заявив, что Париж ведет опасную игру.",
         [("maria-zakharova", "reported", "Париж ведет опасную игру.")]),
        ("ru", "Лавров провел переговоры. Министр иностранных дел Китая Ван Ицзе прибыл в Москву и заявил,"
         " что Пекин поддерживает мирный процесс.", []),
        ("ru", "Лавров провел переговоры. Глава МИД Китая заявил, что Пекин поддерживает мирный процесс.", []),
        ("ru", "Путин ответил журналистам. «Мы никогда не отказывались от переговоров с Киевом». Так Путин"
         " ответил на вопрос журналиста.",
         [("vladimir-putin", "quote", "Мы никогда не отказывались от переговоров с Киевом")]),
        ("ru", "Валерий Герасимов провел совещание. По словам начальника Генштаба ВС РФ, потери противника"
         " превысили тысячу человек.",
         [("valery-gerasimov", "reported", "потери противника превысили тысячу человек.")]),
        ("uk", "Андрій Єрмак виступив. За словами керівника Офісу Президента, Київ розраховує на нові "
         "рішення партнерів.",
         [("andriy-yermak", "reported", "Київ розраховує на нові рішення партнерів.")]),
    ],
)
def test_review_of_the_russian_and_ukrainian_rules(watchlist: Watchlist, lang: str, text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    # Found by two reviews of this work's rules: each was wrong with one of them (a commenter's own words given to
    # the person commented on and the other way round, another country's office taken for ours, a word before a
    # name taken for its title, an addressee for the subject, "О чем ..." for a back reference, a pronoun after
    # opening phrases in Portuguese, a question in a dialogue paragraph given to whoever answers it).
    assert extract(normalize_text(text), watchlist, lang) == expected
