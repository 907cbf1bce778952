"""Writes streams/data/demo_feed.jsonl: the small sample feed `make demo` replays.

The texts are the project's own, written in the style of August 2024 wire coverage: several outlets,
reposts with changed headlines, footers and cut tails, English, Russian, French, German, Spanish and Portuguese,
statements by seven tracked officials, an unrelated story and two broken messages. Run it again after editing the
stories below.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "streams" / "data" / "demo_feed.jsonl"

BRIEFING = (
    "The Russian Foreign Ministry has called on international organisations to condemn the strikes carried out "
    "by Ukrainian forces on residential areas of the Kursk region. The appeal came from ministry spokeswoman "
    "Maria Zakharova at her weekly briefing in Moscow on Thursday.\n\n"
    "\"We once again urge international organisations to issue a statement condemning the terrorist attacks "
    "carried out by Ukrainian militants on civilian infrastructure,\" Zakharova said. \"We are confident, however, "
    "that the response will be the shameful silence of the relevant structures.\"\n\n"
    "According to the spokeswoman, the strikes serve no military purpose and are intended to show foreign "
    "sponsors of the Kiev government that their money is being spent. She said that Western capitals bear "
    "responsibility for the escalation because they continue to supply long-range weapons.\n\n"
    "The ministry's statement follows the incursion of Ukrainian units into the Kursk region on August 6. "
    "According to the regional authorities, more than a hundred thousand residents have been evacuated from "
    "border districts, and emergency shelters have been opened in Kursk and neighbouring regions.\n\n"
    "Zakharova also accused the International Committee of the Red Cross of ignoring appeals to visit the "
    "affected districts, and said that Moscow would raise the issue at the United Nations Security Council."
)

OTHER_REPORT = (
    "Russia will not enter into negotiations with Ukraine while its troops remain in the Kursk region, Foreign "
    "Ministry spokeswoman Maria Zakharova told journalists on Thursday, ruling out any talks in the near future.\n\n"
    "\"Peace talks with the terrorist regime in Kiev are out of the question after what it has done in the Kursk "
    "region,\" Zakharova said in response to a question from a Chinese correspondent.\n\n"
    "Her remarks came a day after the Ukrainian presidential office suggested that the cross-border operation "
    "was meant to strengthen Kyiv's position in any future negotiations. Analysts in Moscow said the Kremlin had "
    "little reason to change its stance while fighting continues on both sides of the border.\n\n"
    "Diplomats in Geneva noted that neither side has proposed a venue or a format for talks since the failed "
    "Istanbul round in the spring of 2022, and that mediation efforts by Turkey and Qatar have stalled."
)

PODOLIAK = (
    "Mykhailo Podoliak, an adviser to the head of the Ukrainian presidential office, said on Saturday that the "
    "operation in the Kursk region was aimed at pushing Russia towards a fair negotiation process.\n\n"
    "\"In the Kursk region, we can clearly see how the military tool is being used objectively to persuade the "
    "Russian Federation to enter a fair negotiation process,\" Podoliak wrote on social media. \"Russia must "
    "understand that the war will inevitably come back to its own territory.\"\n\n"
    "The adviser did not say how long Ukrainian units would remain on Russian territory. Kyiv has released few "
    "details about the scale of the operation, which began on August 6 and took Moscow by surprise.\n\n"
    "Western governments have said that Ukraine has the right to defend itself, while several European capitals "
    "called for restraint and for the protection of civilians on both sides of the border."
)

LAVROV = (
    "Russian Foreign Minister Sergei Lavrov said on Monday that the West was directly involved in planning the "
    "Ukrainian incursion into the Kursk region, a charge that Washington has rejected.\n\n"
    "\"Nobody doubts that the Western curators of the Kiev regime knew about the preparations for this operation "
    "and helped to plan it,\" Lavrov told reporters after talks with his counterpart from Belarus.\n\n"
    "Lavrov also said that Moscow saw no sign that Ukraine was prepared for a serious dialogue and accused its "
    "allies of encouraging the government in Kyiv to continue the fighting.\n\n"
    "The State Department said the United States had no advance knowledge of the operation and was not "
    "involved in it. Officials in Berlin and Paris declined to comment on the minister's remarks."
)

RUSSIAN = (
    "Официальный представитель МИД России Мария Захарова заявила, что Москва добьется международного "
    "осуждения ударов ВСУ по жилым кварталам Курской области.\n\n"
    "«Мы вновь призываем международные организации выступить с заявлением, осуждающим террористические атаки "
    "украинских боевиков на гражданскую инфраструктуру», — сказала Захарова на брифинге в четверг.\n\n"
    "По словам дипломата, западные страны несут прямую ответственность за эскалацию, поскольку продолжают "
    "поставлять Киеву дальнобойное оружие. Она также отметила, что Россия поднимет этот вопрос в Совете "
    "Безопасности ООН.\n\n"
    "Власти Курской области сообщили, что из приграничных районов эвакуированы более ста тысяч человек, "
    "в Курске и соседних регионах открыты пункты временного размещения."
)

FRENCH = (
    "La Russie n'entamera pas de négociations avec l'Ukraine tant que des troupes ukrainiennes se trouvent dans "
    "la région de Koursk, a déclaré jeudi la porte-parole de la diplomatie russe, Maria Zakharova.\n\n"
    "« Les Occidentaux savaient tout de cette opération et l'ont aidée à la préparer, ils en portent la "
    "responsabilité », a-t-elle affirmé lors de son point de presse hebdomadaire à Moscou.\n\n"
    "De son côté, le président Emmanuel Macron a estimé que la France devait « continuer à soutenir l'Ukraine "
    "aussi longtemps qu'il le faudra ». Paris n'a pas commenté l'opération dans la région de Koursk.\n\n"
    "Selon les autorités régionales, plus de cent mille habitants ont été évacués des districts frontaliers "
    "depuis le début de l'incursion, le 6 août."
)

GERMAN = (
    "Bundeskanzler Olaf Scholz hat der Ukraine weitere Unterstützung zugesagt. Deutschland werde die Ukraine "
    "so lange unterstützen, wie es nötig sei, sagte Scholz am Freitag bei einem Besuch in Potsdam.\n\n"
    "„Wir lassen die Ukraine nicht im Stich, auch wenn der Haushalt knapp ist“, betonte der Kanzler. Über "
    "Lieferungen von Taurus-Marschflugkörpern werde weiterhin nicht gesprochen, sagte er.\n\n"
    "Kremlsprecher Dmitri Peskow sagte in Moskau, die deutschen Waffenlieferungen verlängerten den Krieg nur "
    "unnötig. Russland werde seine Ziele in jedem Fall erreichen.\n\n"
    "Die Opposition im Bundestag forderte die Regierung auf, mehr Mittel für die Ukraine bereitzustellen."
)

SPANISH = (
    "NUEVA YORK, 12 ago (EFE).- El secretario general de la ONU, António Guterres, ha pedido este lunes a Rusia y a "
    "Ucrania que actúen con la máxima moderación en torno a las centrales nucleares de Zaporiyia y de Kursk, tras "
    "el incendio declarado el domingo en una de las torres de refrigeración de la planta ucraniana.\n\n"
    "«Cualquier ataque contra una instalación nuclear es inaceptable y puede tener consecuencias catastróficas para "
    "toda la región», ha advertido Guterres en un comunicado difundido por su portavoz.\n\n"
    "El diplomático portugués ha recordado que el Organismo Internacional de Energía Atómica debe tener acceso "
    "pleno a las dos centrales y ha subrayado que la seguridad nuclear no puede quedar a merced de la guerra.\n\n"
    "Moscú y Kiev se acusan mutuamente del incendio. El OIEA informó de que no se habían detectado niveles "
    "anormales de radiación en el entorno de la planta."
)

PORTUGUESE = (
    "Nova Iorque, 13 ago 2024 (Lusa) - O secretário-geral da ONU, António Guterres, voltou hoje a apelar a uma "
    "solução negociada para a guerra na Ucrânia, uma semana depois do início da incursão ucraniana na região "
    "russa de Kursk.\n\n"
    "«A paz só será possível com respeito pela Carta das Nações Unidas, pelo direito internacional e pela "
    "integridade territorial de todos os Estados», afirmou Guterres aos jornalistas na sede da organização.\n\n"
    "O diplomata português sublinhou ainda que a proteção dos civis deve ser a prioridade de "
    "todas as partes e que as Nações Unidas estão prontas para apoiar qualquer esforço de mediação.\n\n"
    "Segundo as autoridades russas, mais de cem mil pessoas foram retiradas das zonas fronteiriças de Kursk."
)

UNRELATED = (
    "Heavy rain is expected across the north of England on Friday, with up to 60 millimetres falling over high "
    "ground in Cumbria and the Pennines, the Met Office said in its latest forecast.\n\n"
    "A yellow weather warning is in place from early morning until midnight. Forecasters said that flooding of "
    "homes and businesses was possible and that spray and standing water would make driving difficult.\n\n"
    "Temperatures will stay below the seasonal average into the weekend before a ridge of high pressure brings "
    "drier and brighter weather on Sunday, according to the forecast."
)


def _cut_tail(text: str, paragraphs: int) -> str:
    return "\n\n".join(text.split("\n\n")[:paragraphs])


def articles() -> list[dict | str]:
    title = "Russian Foreign Ministry urges condemnation of Kiev's strikes on Kursk region"
    return [
        {"id": "wire-0001", "source": "Global Wire", "url": "https://globalwire.example/2024/08/15/zakharova-kursk",
         "title": title, "published_at": "2024-08-15T10:02:00+03:00", "lang": "en", "text": BRIEFING},
        {"id": "post-0002", "source": "Daily Courier", "url": "https://dailycourier.example/world/kursk-condemn",
         "title": "Moscow demands global condemnation of Kursk strikes",
         "published_at": "2024-08-15T10:40:00+03:00",
         "text": f"{title}\n\n{_cut_tail(BRIEFING, 4)}\n\nRelated Post\n\nKremlin comments on evacuation"},
        {"id": "post-0003", "source": "Eurasia Digest", "url": "https://eurasiadigest.example/kursk-appeal.html",
         "title": f"BREAKING: {title}", "published_at": "2024-08-15T11:15:00+03:00",
         "text": "<p>" + BRIEFING.replace("\n\n", "</p><p>") + "</p><p>Share this:</p><p>Leave a Reply</p>"
                 "<p>Your email address will not be published.</p>"},
        {"id": "wire-0004", "source": "Capital News Agency", "url": "https://cna.example/zakharova-no-talks",
         "title": "Zakharova: no talks with Kyiv while troops are in Kursk region",
         "published_at": "2024-08-15T12:05:00+03:00", "text": OTHER_REPORT},
        {"id": "post-0005", "source": "Pravda Review", "url": "https://pravdareview.example/2024/08/15/no-talks",
         "title": "Russia rules out peace talks with Ukraine",
         "published_at": "2024-08-15T13:30:00+03:00",
         "text": OTHER_REPORT.replace("told journalists on Thursday", "told reporters on Thursday")
                 + "\n\n© 2024 Pravda Review. All rights reserved."},
        {"id": "ru-0006", "source": "Вестник", "url": "https://vestnik.example/news/zakharova-kursk",
         "title": "Захарова призвала осудить удары ВСУ по Курской области",
         "published_at": "2024-08-15T10:30:00+03:00", "lang": "ru", "text": RUSSIAN},
        {"id": "ru-0007", "source": "Новости Дня", "url": "https://novostidnya.example/ru/kursk",
         "title": "МИД России: Запад несет ответственность за эскалацию",
         "published_at": "2024-08-15T11:45:00+03:00",
         "text": _cut_tail(RUSSIAN, 3) + "\n\nПодписывайтесь на наш канал в Telegram"},
        {"id": "wire-0008", "source": "Kyiv Wire", "url": "https://kyivwire.example/podoliak-kursk",
         "title": "Podoliak: Kursk operation meant to push Russia to fair talks",
         "published_at": "2024-08-17T09:10:00+03:00", "text": PODOLIAK},
        {"id": "post-0009", "source": "Balkan Times", "url": "https://balkantimes.example/podolyak-kursk",
         "title": "Zelensky adviser Podolyak explains Kursk incursion",
         "published_at": "2024-08-17T10:20:00+03:00", "text": PODOLIAK.replace("Podoliak", "Podolyak")},
        {"id": "wire-0010", "source": "Global Wire", "url": "https://globalwire.example/2024/08/19/lavrov-west",
         "title": "Lavrov says West helped plan Kursk incursion",
         "published_at": "2024-08-19T14:00:00+03:00", "text": LAVROV},
        {"id": "fr-0014", "source": "Dépêche Monde", "url": "https://depechemonde.example/russie-koursk",
         "title": "Koursk : Moscou exclut toute négociation avec Kiev",
         "published_at": "2024-08-15T14:20:00+02:00", "text": FRENCH},
        {"id": "de-0015", "source": "Nachrichten Aktuell", "url": "https://nachrichten.example/scholz-ukraine",
         "title": "Scholz sagt Ukraine weitere Unterstützung zu",
         "published_at": "2024-08-16T12:00:00+02:00", "text": GERMAN},
        {"id": "post-0016", "source": "Rhein-Kurier", "url": "https://rheinkurier.example/politik/scholz",
         "title": "Kanzler Scholz: Wir lassen die Ukraine nicht im Stich",
         "published_at": "2024-08-16T13:05:00+02:00",
         "text": _cut_tail(GERMAN, 3) + "\n\nTeilen Sie diesen Artikel\n\nAlle Rechte vorbehalten."},
        {"id": "es-0017", "source": "Agencia Sur", "url": "https://agenciasur.example/guterres-centrales-nucleares",
         "title": "Guterres pide máxima moderación en torno a las centrales de Zaporiyia y Kursk",
         "published_at": "2024-08-12T18:10:00+02:00", "text": SPANISH},
        {"id": "pt-0018", "source": "Diário Atlântico", "url": "https://diarioatlantico.example/mundo/guterres-paz",
         "title": "Guterres volta a apelar a uma paz negociada na Ucrânia",
         "published_at": "2024-08-13T16:45:00+01:00", "text": PORTUGUESE},
        {"id": "wire-0011", "source": "Weather Desk", "url": "https://weatherdesk.example/uk-rain",
         "title": "Heavy rain warning for northern England",
         "published_at": "2024-08-16T07:00:00+01:00", "text": UNRELATED},
        '{"id": "broken-0012", "title": "truncated message", "text": "The feed cut this mess',
        {"id": "broken-0013", "source": "Unknown", "title": "An article without a body"},
    ]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as handle:
        for item in articles():
            handle.write((item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
