"""Constructions across languages: clause-first reported speech, negation, speech verbs used as nouns, two speakers in
a sentence, references back, quotes inside reported clauses, quotes over two paragraphs.
"""

from __future__ import annotations

from datetime import date

import pytest

from streams.analytics.normalize import normalize_text
from streams.analytics.officials import Watchlist
from streams.analytics.statements import extract_statements
from tests.unit.statements.helpers import extract


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


@pytest.mark.parametrize(
    "text, expected",
    [
        # an interview's answers labelled with the name as written, when the text has questions or an interviewer
        ("Question: Mr Lavrov, will Moscow talk to Washington?\n\nLavrov: We have never refused dialogue, but it must "
         "be equal.\n\nQuestion: And the Europeans?\n\nLavrov: I have no illusions about them, they follow "
         "Washington.",
         [("sergey-lavrov", "quote", "We have never refused dialogue, but it must be equal."),
          ("sergey-lavrov", "quote", "I have no illusions about them, they follow Washington.")]),
        ("SPIEGEL: Herr Kuleba, wie steht es an der Front?\n\nKuleba: Die Lage ist schwierig, aber nicht "
         "hoffnungslos.\n\nSPIEGEL: Reicht die Hilfe?\n\nKuleba: Wir sind Deutschland dankbar, aber es reicht nicht.",
         [("dmytro-kuleba", "quote", "Die Lage ist schwierig, aber nicht hoffnungslos."),
          ("dmytro-kuleba", "quote", "Wir sind Deutschland dankbar, aber es reicht nicht.")]),
        # ... and another speaker's label ends a turn ("Wang Yi: ...")
        ("Q: Will Moscow talk to Washington?\n\nLavrov: We expect the Americans to come back to the table soon."
         "\n\nWang Yi: China believes that dialogue is the only way forward for everyone.",
         [("sergey-lavrov", "quote", "We expect the Americans to come back to the table soon.")]),
        # ... not a related story's label, which is no interviewer ("ЧИТАЙТЕ ТАКЖЕ:", "UPDATE:")
        ("ЧИТАЙТЕ ТАКЖЕ: Новости дня\n\nЗахарова: Запад несет ответственность за удары по регионам.\n\nВ Москве "
         "прошла встреча министров иностранных дел.\n\nПесков: Кремль не планирует разговор с Шольцем.", []),
        # ... not a line of a news story ("Peskov: ..." with no questions is a headline-style summary)
        ("Kremlin says no call planned\n\nPeskov: no such plans exist at the moment, the spokesman told reporters.",
         [("dmitry-peskov", "reported", "Peskov: no such plans exist at the moment")]),
        # a Russian quote over two paragraphs: the second opens with no mark, the attribution follows its closing one
        ("Захарова выступила на брифинге.\n\n«Без западного оружия эти удары были бы невозможны. Это понимают все."
         "\n\nМы призываем международные организации дать оценку этим преступлениям», - подчеркнула Захарова.",
         [("maria-zakharova", "quote", "Без западного оружия эти удары были бы невозможны. Это понимают все."),
          ("maria-zakharova", "quote", "Мы призываем международные организации дать оценку этим преступлениям")]),
        ('Zakharova spoke on Thursday.\n\n"Without Western weapons these strikes would have been impossible.\n\n'
         'We call on international organisations to assess these crimes," Zakharova said.',
         [("maria-zakharova", "quote", "Without Western weapons these strikes would have been impossible."),
          ("maria-zakharova", "quote", "We call on international organisations to assess these crimes")]),
        # (the old French way, "» " opening the paragraph that goes on, is not part of the words)
        ("Macron a pris la parole.\n\n« Nous devons rester unis face à la Russie, car notre sécurité est en jeu.\n\n"
         "» Nous devons rester solidaires avec l'Ukraine jusqu'au bout », a déclaré Macron.",
         [("emmanuel-macron", "quote", "Nous devons rester unis face à la Russie, car notre sécurité est en jeu."),
          ("emmanuel-macron", "quote", "Nous devons rester solidaires avec l'Ukraine jusqu'au bout")]),
        # ... but a stray mark is no closing one ('the 12" shells')
        ('"We will never give up our goals and will defend our country to the end\n\nPeskov told reporters the '
         'Kremlin saw no grounds for talks with Kyiv at all.',
         [("dmitry-peskov", "reported", "the Kremlin saw no grounds for talks with Kyiv at all.")]),
    ],
)
def test_interviews_and_quotes_over_paragraphs(watchlist: Watchlist, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an official's post embedded in the page, its signature line after it
        ("Zelensky thanked Germany on Sunday.\n\nGrateful to @Bundeskanzler Olaf Scholz and the German people for "
         "the new Patriot system. This will save thousands of lives.\n\n— Volodymyr Zelensky (@ZelenskyyUa) March 3, "
         "2024",
         [("volodymyr-zelensky", "quote", "Grateful to @Bundeskanzler Olaf Scholz and the German people for the new "
           "Patriot system. This will save thousands of lives.")]),
        # ... not someone untracked's
        ("Scholz visited Kyiv.\n\nThe new Patriot system will save thousands of lives in Ukrainian cities this "
         "winter.\n\n— John Smith (@jsmith) March 3, 2024", []),
    ],
)
def test_embedded_posts(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


def test_an_embedded_post_signed_days_before_the_story_is_background(watchlist: Watchlist) -> None:
    text = ("Zelensky thanked Germany.\n\nGrateful to @Bundeskanzler Olaf Scholz and the German people for the new "
            "Patriot system.\n\n— Volodymyr Zelensky (@ZelenskyyUa) March 3, 2024")
    assert [s.recalled for s in extract_statements(text, watchlist, day=date(2024, 3, 10))] == [True]
    assert [s.recalled for s in extract_statements(text, watchlist, day=date(2024, 3, 4))] == [False]


def test_english_addressee_and_dateline(watchlist: Watchlist) -> None:
    # Capitalised addressees that are not names ("Der Spiegel", "President Erdogan") are not the statement, and
    # neither is the dateline of a clause-first sentence.
    assert extract("Zakharova told Der Spiegel the talks were over for now.", watchlist) == [
        ("maria-zakharova", "reported", "the talks were over for now.")]
    assert extract("Putin told President Erdogan the grain deal could not be revived.", watchlist) == [
        ("vladimir-putin", "reported", "the grain deal could not be revived.")]
    assert extract("MOSCOW, Aug 22 (Reuters) - Russia will not negotiate with Kyiv, Zakharova said on Thursday.",
                   watchlist) == [("maria-zakharova", "reported", "Russia will not negotiate with Kyiv")]


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
        # a headline the feed left at the top of the text: the editor's words, not a statement (the body has it)
        ("Putin Says Russia Will Respond to Any Attack on Its Territory\n\nMOSCOW (AP) - Russian President Vladimir "
         "Putin said on Tuesday that Moscow would respond to any attack.",
         [("vladimir-putin", "reported", "Moscow would respond to any attack.")]),
        ('Zakharova slams "cynical" Western statements on Kursk\n\nMOSCOW, August 15. /TASS/. Maria Zakharova said '
         "the West bore direct responsibility.",
         [("maria-zakharova", "reported", "the West bore direct responsibility.")]),
        ("Захарова: «Запад несет прямую ответственность»\n\nМария Захарова заявила на брифинге, что западные страны "
         "несут прямую ответственность за удары.",
         [("maria-zakharova", "reported", "западные страны несут прямую ответственность за удары.")]),
        # ... but its name is still whom "he" means, and a first paragraph that is a sentence is read
        ("Lavrov in Ankara\n\nHe said the talks with Turkey had been useful and would go on.",
         [("sergey-lavrov", "reported", "the talks with Turkey had been useful and would go on.")]),
        ("Lavrov said the talks had been useful.\n\nHe spoke in Ankara.",
         [("sergey-lavrov", "reported", "the talks had been useful.")]),
        # a text of one line without a closing mark is no headline over anything
        ("Lavrov said the talks with Turkey had been useful", [("sergey-lavrov", "reported",
                                                               "the talks with Turkey had been useful")]),
        # ... nor is a first paragraph whose official says nothing in the body (a bulletin over a caption), a live
        # blog's first entry, a transcript's first turn; a headline ending in "!" or "..." is one
        ("Zelensky said Ukraine will receive two more Patriot systems from its partners\n\nPhoto: Presidential Office",
         [("volodymyr-zelensky", "reported", "Ukraine will receive two more Patriot systems from its partners")]),
        ("10:45 Peskov says talks with Kyiv are pointless\n\n10:30 Zelensky says Ukraine needs more air defence",
         [("dmitry-peskov", "reported", "talks with Kyiv are pointless"),
          ("volodymyr-zelensky", "reported", "Ukraine needs more air defence")]),
        ("PUTIN: Colleagues, good afternoon, we are meeting today to discuss the budget\n\nLAVROV: Thank you, "
         "Vladimir Vladimirovich, we have prepared the figures.",
         [("vladimir-putin", "quote", "Colleagues, good afternoon, we are meeting today to discuss the budget"),
          ("sergey-lavrov", "quote", "Thank you, Vladimir Vladimirovich, we have prepared the figures.")]),
        ("Zelensky: 'We will win this war!'\n\nPresident Volodymyr Zelensky said on Monday that Ukraine would win "
         "the war.", [("volodymyr-zelensky", "reported", "Ukraine would win the war.")]),
        ("Zelensky says Ukraine needs more air defence...\n\nPresident Volodymyr Zelensky said on Monday that Ukraine "
         "needs more air defence systems.",
         [("volodymyr-zelensky", "reported", "Ukraine needs more air defence systems.")]),
    ],
)
def test_a_headline_left_in_the_text_is_not_a_statement(watchlist: Watchlist, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected
