"""The facts of a text (``facts.facts``): numbers, weekdays, months and number words, each in one spelling."""

from __future__ import annotations

from streams.analytics.facts import MAX_FACTS, fact_of, facts, kind, names, replaces_a_name


def test_the_facts_of_a_text_are_its_numbers_dates_and_number_words() -> None:
    assert facts("On Tuesday, 21 August 2024, he said 115 of them came home; on Tuesday he said more") == (
        "tuesday", "21", "august", "2024", "115")
    assert facts("1.5 per cent") == ("1_5",) and facts("1.5 billion") != facts("15 billion")
    assert facts("9" * 1000) == ("9" * 24,) and len(facts(", ".join(map(str, range(1000))))) == MAX_FACTS


def test_a_fact_is_written_one_way_whatever_the_spelling_and_language() -> None:
    # numbers with separators, cardinal words as digits, abbreviated and declined months, weekdays in every language
    assert facts("Seven more soldiers, 20,000 in all (1.5 per cent), from Jan. 12, in May; пять в мае") == (
        "7", "20000", "1_5", "january", "12", "5", "may")
    assert facts("Гросси посетит станцию 27 августа, в п'ятницю; у вівторок") == ("27", "august", "friday", "tuesday")
    assert facts("on Aug. 27") == ("august", "27")
    assert {facts(t) for t in ("27 августа", "27 серпня", "le 27 août", "27. August", "il 27 agosto")} == {
        ("27", "august")}
    assert {facts(t) for t in ("Friday", "пятницу", "в пятницу", "у пʼятницю", "vendredi", "venerdì", "viernes",
                               "Freitag", "fredag")} == {("friday",)}
    assert facts("ten Patriot systems") == facts("10 Patriot systems") == facts("десять систем Patriot") == ("10",)
    assert facts("20.000 Soldaten") == facts("20,000 soldiers") == ("20000",)
    assert facts("тысячи беженцев") == facts("thousands of refugees") == ("thousand",)


def test_a_number_is_its_value_with_its_magnitude_and_a_date_in_figures_its_day_and_month() -> None:
    assert {facts(t) for t in ("2.5 billion", "2,5 млрд", "2,5 Milliarden", "2.500 millones", "$2.5bn",
                               "2 500 000 000")} == {("2500000000",)}
    assert facts("10 тысяч") == facts("10 000") == facts("10 mil") == facts("10.000") == facts("ten thousand") == (
        "10000",)
    assert facts("nearly four hundred drones") == facts("400 drones") == ("400",)
    assert {facts(t) for t in ("16 мая", "16.05 в Пекине", "am 16.5. in Peking", "16. Mai", "le 16 mai")} == {
        ("16", "may")}
    assert facts("06.09. i Ramstein") == facts("6. september") == ("6", "september")
    assert facts("16.05.2024") == ("16", "may", "2024")
    # a decimal stays one: before a percentage or magnitude, without a leading zero, or ending a sentence
    assert facts("3.05% growth") == ("3_05",) and facts("1.05 billion") == ("1050000000",)
    assert facts("It rose to 16.5. Prices fell") == ("16_5",) and facts("16.5 tonnes") == ("16_5",)
    assert facts("85 mrd. kroner") == facts("85 milliarder kroner") == ("85000000000",)
    assert facts("півтора мільйона снарядів") == facts("1,5 млн снарядів") == ("1500000",)
    assert facts("el 27/02 en Estambul") == ("27", "february") and facts("24/7") == ("24", "july")
    assert facts("2/24") == ("2", "24")  # (a US date, month first: two numbers)
    assert facts("zwei Systeme, trois systèmes, quatro sistemas") == ("2", "3", "4")
    assert facts("dos sistemas, très important, doce de leite") == ()  # (Portuguese "of the", French "very", "sweet")
    # Portuguese weekdays are two words
    assert facts("na quinta-feira") == ("thursday",) and facts("Sexta-feira") == ("friday",)


def test_what_is_not_multiplied_nor_a_date() -> None:
    # (found by a review) a year or a number in another sentence is not multiplied, nor one before "thousands of"
    assert facts("In 2022 thousands of people fled") == ("2022", "thousand")
    assert facts("We lost 300. Thousands more fled") == ("300", "thousand")
    assert facts("В 2022 тысячи людей бежали") == ("2022", "thousand")
    # a percentage after a decimal, after a Portuguese weekday too (the positions were those of the text before its
    # weekdays were written out)
    assert facts("rates rose 1.05 percent") == ("1_05",) and facts("2.05 Prozent") == ("2_05",)
    assert facts("Na quinta-feira a inflação subiu 3.05% em maio") == ("thursday", "3_05", "may")
    assert facts("$1,000,000.50") == ("1000000_5",)
    # Italian "mio" is "my", Portuguese "dez" German for December, Italian "venti" "winds"
    assert facts("Nel 2022 mio padre") == ("2022",) and facts("il mio omologo") == ()


def test_hostile_numbers_are_cut_not_fatal() -> None:
    # more digits than Python writes (4,300) raised, and a run of magnitudes took seconds
    assert all(len(fact) <= 24 for fact in facts("1" + ",000" * 1500) + facts("1" + " 000" * 1500))
    assert facts("1 " + "billion " * 500) == ("1" + "0" * 23,)


def test_words_that_only_look_like_facts_are_not() -> None:
    assert facts("They may come home soon") == ()  # (English "may" is no month)
    assert facts("Mr Marchetti said, at the Mercosur summit") == ()  # (whole words, not stems)
    assert facts("четверть века; окружающая среда; березовий гай") == ()
    assert facts("Ukraine has dos, tre et sept") == ("september",)  # (number words in English, Russian, Ukrainian)


def test_a_facts_kind() -> None:
    assert [kind(f) for f in facts("on Tuesday, 27 August, thousands of them, ten more")] == [
        "weekday", "number", "month", "magnitude", "number"]
    assert fact_of("августе") == "august" and fact_of("ten") == "10" and fact_of("war") is None


def test_the_names_of_a_statement_and_the_word_before_each() -> None:
    assert names("Russian troops are massing near Kharkiv, and we expect a new offensive", "en") == ("@near>kharkiv",)
    assert names("Россия стягивает войска к Харькову. Украина готовится", "ru") == ("@к>харькову",)
    # (not a word opening a sentence, a quote or a parenthesis; none in German, whose nouns have capitals)
    assert names('"We value it," he said. Moscow will respond to NATO (Brussels knows)', "en") == ("@to>nato",)
    assert names("Die Lieferung von Taurus an die Ukraine", "de") == ()
    # (a lowercase word with an accent is none, nor a word after "…" or an opening quote; an elision is no quote)
    assert names("Nous avons été clairs, con él, chegou às", "fr") == ()
    assert names("We will win… Russia will lose, 'Moscow' knows", "en") == ()
    assert names("des armes envoyées à l'Ukraine", "fr") == ("@l>ukraine",)
    assert names("a" * 100000 + " B" + "b" * 100, "en") == ()  # (linear; a word longer than a name is none)


def test_a_name_replaced_is_one_after_the_same_word_that_is_not_another_spelling() -> None:
    assert replaces_a_name(["@to>odesa"], ["@to>kyiv"]) and replaces_a_name(["@к>запорожью"], ["@к>харькову"])
    assert not replaces_a_name(["@to>kiev"], ["@to>kyiv"]) and not replaces_a_name(["@к>харькову"], ["@к>харьков"])
    assert not replaces_a_name(["@to>odesa", "@to>kyiv"], ["@to>kyiv"])  # (one added)
    assert not replaces_a_name(["@el>derecho"], ["@la>onu"])  # (an outlet's capitals, another's abbreviation)
