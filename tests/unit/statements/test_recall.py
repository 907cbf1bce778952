"""A statement the writer recalls as said before is background (``Statement.recalled``), and does not alert."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from streams.analytics.officials import Watchlist
from streams.analytics.statements import extract_statements
from streams.pipeline import Analyzers, Pipeline


def recalled(text: str, watchlist: Watchlist) -> list[tuple[str, bool]]:
    return [(s.official_id, s.recalled) for s in extract_statements(text, watchlist)]


@pytest.mark.parametrize(
    "text",
    [
        # an imperfective past (the perfective "заявил" is the news verb)
        "Ранее Путин заявлял, что Россия в целом поддерживает идею прекращения огня.",
        "Раніше державний секретар США Ентоні Блінкен наголошував, що саме Росія має оплатити відбудову України.",
        "Речник Кремля Дмитро Пєсков ще 12 березня заявляв, що Москва не хоче «забігати наперед».",
        # a reminder, in the sentence or opening its paragraph
        "Нагадаємо, наприкінці лютого Макрон заявив, що не виключає відправки західних військ в Україну.",
        "Напомним, в среду вечером Макрон обратился к нации. По словам президента Франции, Россия «стала угрозой для "
        "Франции и Европы».",
        "Як повідомлялося, напередодні Генеральний секретар ООН Антоніу Гутерреш закликав до повної поваги до "
        "міжнародного гуманітарного права.",
        "Putin has repeatedly said that Russia will not attack NATO countries.",
        # a pluperfect
        "Earlier in the week, Mr. Zelensky had told the council that Russia should be stripped of its veto.",
        "Kremlsprecher Dmitri Peskow hatte vorab gesagt, Carlsons Haltung unterscheide sich von der vieler Medien.",
        "Macron avait déclaré en février que l'envoi de troupes en Ukraine n'était pas exclu.",
        "« La guerre est une absurdité au XXIe siècle. La guerre est un mal », avait déclaré Emmanuel Macron devant "
        "la presse.",
        "Na véspera, o chefe da diplomacia russa Sergei Lavrov tinha alertado para o perigo real de uma terceira "
        "guerra mundial.",
    ],
)
def test_a_recalled_statement_is_background(watchlist: Watchlist, text: str) -> None:
    found = recalled(text, watchlist)
    assert found and all(flag for _, flag in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ранее Блинкен заявил на заседании Совбеза, что Россия «должна прекратить» войну.",  # (perfective: news)
        "Zakharova said on Thursday that Moscow would respond to any provocation.",
        # the words recalling something are the statement's own, or in a quote
        "Peskov said Putin had repeatedly warned the West against sending troops to Ukraine.",
        '"We have repeatedly said that this is unacceptable," Zakharova told reporters on Thursday.',
        "Песков заявил журналистам, что Путин неоднократно предупреждал Запад о последствиях.",
        # a relative clause's verb is not the statement's
        "Звертаючись до російського керівництва, Зеленський повторив думку, яку вже висловлював у вересні: "
        "«Україна не віддасть жодного метра своєї землі».",
        # "claimed", "did not name": news verbs too
        "Речниця МЗС Росії Марія Захарова стверджувала, що західні країни вже втомилися від України.",
        # another statement of the sentence is read out ("had promised" is the second clause's)
        "Peskov also said Putin had invited Trump to Moscow during the meeting, and that the American had promised "
        "to think about it.",
    ],
)
def test_news_is_not_recalled(watchlist: Watchlist, text: str) -> None:
    found = recalled(text, watchlist)
    assert found and not any(flag for _, flag in found), found


def test_a_recalled_statement_does_not_alert_and_its_repeats_are_not_new() -> None:
    pipeline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=86400,
                        novelty_window_seconds=86400)
    when = datetime(2024, 8, 21, 9, tzinfo=timezone.utc)

    def process(article_id: str, text: str, minutes: int) -> list[str]:
        payload = json.dumps({"id": article_id, "title": f"Story {article_id}", "text": text}, ensure_ascii=False)
        outcome = pipeline.process(payload.encode(), ingested_at=when + timedelta(minutes=minutes))
        assert outcome.article is not None
        return [alert.statement for alert in outcome.alerts]

    recap = ("Песков отказался комментировать визит.\n\nРанее Путин заявлял, что Россия в целом поддерживает идею "
             "прекращения огня, но у Москвы есть вопросы к механизмам контроля за ним.")
    assert process("recap", recap, 0) == []
    again = ("Президент России Владимир Путин заявил, что Россия в целом поддерживает идею прекращения огня, но у "
             "Москвы есть вопросы к механизмам контроля за ним.")
    assert process("again", again, 30) == []  # (seen: the recap was remembered)
    new = "Президент России Владимир Путин заявил, что Москва готова обсуждать обмен пленными в ближайшие дни."
    assert process("new", new, 60) == ["Москва готова обсуждать обмен пленными в ближайшие дни."]
