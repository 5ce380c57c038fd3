"""Homes and places of session 32, kinds met on news outside the corpus (wire stories on
deals and plants in Japan, Korea, China, Vietnam, Germany and Latin America): a country's
description of a firm by more nouns of trade, with the name's article or its ticker between,
a city's country past its province, and a plant "in the city of" a place that is no trade.
Sentences invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends

HOME = "headquartered_in"


def _classes(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("noun", ["brewer", "brokerage", "assembler", "behemoth", "outfit", "homebuilder"])
def test_a_countrys_description_by_more_nouns_of_trade(extract_text, noun):
    # "Japan's largest brewer, Asahi Group," had no home: "brewer" was no firm's noun.
    record = extract_text(f"Korea's largest {noun}, Minjin Corp, said it would expand.")
    assert ("Minjin Corp", "South Korea") in fact_ends(record, HOME)
    # The country's dealings with a firm are no home.
    record = extract_text(f"Korea's deal with the {noun} Minjin Corp was signed on Monday.")
    assert ("Minjin Corp", "South Korea") not in fact_ends(record, HOME)


def test_a_nationals_description_by_such_a_noun_types_the_name(extract_text):
    # "Japanese powerhouse X" had made X a person, with no home.
    record = extract_text("Japanese powerhouse Hanul Denki said it would expand.")
    assert _classes(record).get("Hanul Denki") == "Company"
    assert ("Hanul Denki", "Japan") in fact_ends(record, HOME)


def test_a_countrys_description_before_the_name_with_its_article(extract_text):
    # "Taiwan's leading food manufacturing company, the President Enterprises Corporation,".
    record = extract_text("Korea's leading snack maker, the Minjin Foods Corporation, will build a plant.")
    assert ("Minjin Foods Corporation", "South Korea") in fact_ends(record, HOME)
    # A description that is the subject of its own clause describes no name after it.
    record = extract_text("Korea's leading snack maker said the Minjin Foods Corporation will build a plant.")
    assert ("Minjin Foods Corporation", "South Korea") not in fact_ends(record, HOME)


def test_a_tickers_brackets_between_a_name_and_its_countrys_description(extract_text):
    # "Suntory Beverage & Food Ltd (2587.T), Japan's second-largest drinks maker," had no home.
    record = extract_text("Hanul Foods Ltd (5930.KS), South Korea's largest food maker, said it would buy Minjin.")
    assert ("Hanul Foods Ltd", "South Korea") in fact_ends(record, HOME)
    # A firm the named one deals with after a comma is not described so.
    record = extract_text("Hanul Foods Ltd (5930.KS) bought Minjin, South Korea's largest food maker, on Monday.")
    assert ("Hanul Foods Ltd", "South Korea") not in fact_ends(record, HOME)


def test_a_city_its_province_and_its_country(extract_text):
    # "in Cheongju, North Chungcheong Province, South Korea": the province had hidden the country.
    record = extract_text("Hanul will build a plant in Okcheon, North Chungcheong Province, South Korea.")
    assert ("Okcheon", "South Korea") in fact_ends(record, "located_in")
    # Cities listed with countries are no city in the last one.
    record = extract_text("Hanul opened offices in Okcheon, Gimcheon, Japan and China.")
    assert ("Okcheon", "Japan") not in fact_ends(record, "located_in")


def test_a_plant_in_the_city_of_a_place_gives_no_trade_city(extract_text):
    # "will build a factory in the city of Kunshan" had given the builder the sector "city".
    record = extract_text("Hanul will build a factory in the city of Okcheon.")
    assert not [pair for pair in fact_ends(record, "operates_in_sector") if pair[1].lower().startswith("city")]
    # "smart city" is still a trade.
    record = extract_text("Hanul develops smart city solutions for local governments.")
    assert ("Hanul", "smart city solutions") in fact_ends(record, "operates_in_sector")


def test_a_description_ner_read_into_a_firms_name_is_no_part_of_it(extract_text):
    # "to buy the Brazilian company Telsinc": NER's one name "Brazilian company Telsinc" had
    # been bought, with no home.
    record = extract_text("Hanul agreed to buy the Peruvian company Minjin Andina for $38 million.")
    assert "Peruvian company Minjin Andina" not in _classes(record)
    assert ("Minjin Andina", "Peru") in fact_ends(record, HOME)
    assert ("Hanul", "Minjin Andina") in fact_ends(record, "acquires")
    # A firm's name with a word in lower case and no description before it stays whole.
    record = extract_text("Shares of Banco de la Nacion fell on Monday.")
    assert not any(name in _classes(record) for name in ("la Nacion", "Nacion"))


def test_a_datelines_city_in_capitals_before_the_storys_first_name(extract_text):
    # "TOKYO Lixil Group Corp (5938.T) has reached ...": the city had opened the firm's name.
    record = extract_text("SEOUL Hanul Motors Corp (005380.KS) said on Monday it would buy Minjin Parts.")
    classes = _classes(record)
    assert classes.get("Seoul") == "City" and classes.get("Hanul Motors Corp") == "Company"
    assert "SEOUL Hanul Motors Corp" not in classes
    # A firm in capitals whose name is a city's, before its legal form, keeps its name.
    record = extract_text("NICE Ltd said on Monday it would buy Minjin Parts.")
    assert _classes(record).get("NICE Ltd") == "Company"


@pytest.mark.parametrize("text", ["The mine lies 900 km north of Chile's capital Santiago.",
                                  "Hanul opened an office in Chile's capital, Santiago."])
def test_a_city_named_as_a_countrys_capital_after_its_possessive(extract_text, text):
    # "north of Chile's capital Santiago" had made Santiago a firm.
    record = extract_text(text)
    assert _classes(record).get("Santiago") == "City"
    assert ("Santiago", "Chile") in fact_ends(record, "located_in")


def test_a_name_after_a_firms_capital_word_is_no_city(extract_text):
    # "Capital" of a firm's name, as written, names no capital city.
    record = extract_text("Hanul Capital Santiago invested in Minjin Robotics.")
    assert _classes(record).get("Santiago") != "City"
