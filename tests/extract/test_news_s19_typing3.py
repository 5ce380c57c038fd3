"""Entity names and their classes as news writes them (session 19, helper "typing3"), on
sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A country whose name is also a person's or a place's is a country among countries or
# after "from" (names.yaml countries_by_context).
@pytest.mark.parametrize("sentence, country", [
    ("Officials of Hanul Robotics met delegates from Vietnam, the Netherlands, Jordan and Peru.", "Jordan"),
    ("Daewon Ventures sells drones to Kenya, Chad and Ghana.", "Chad"),
    ("The trade envoys came from Georgia to Busan last week.", "Georgia"),
])
def test_a_country_of_a_shared_name_among_countries(extract_text, sentence, country):
    assert typed(extract_text(sentence)).get(country) == "Country"


@pytest.mark.parametrize("sentence, name", [
    ("Daewon Ventures hired Chad Park and Jordan Lee.", "Chad"),
    ("Daewon Ventures hired Chad Park and Jordan Lee.", "Jordan"),
    ("Hanul Robotics opened an office in Atlanta, Georgia, last year.", "Georgia"),
])
def test_a_shared_name_elsewhere_is_no_country(extract_text, sentence, name):
    assert typed(extract_text(sentence)).get(name) != "Country"


# A number word the parse hangs on a name is no part of it where the text also writes the
# name alone (name_repairs.written_alone).
def test_a_number_word_before_a_name_written_alone(extract_text):
    record = extract_text("Johannesburg - Two Kestrel executives who led a recovery in operations from a strike in 2012 "
                          "have resigned, less than two months after the platinum producer began restoring output. "
                          "Kestrel said on Monday the pair would leave.")
    assert "Kestrel" in typed(record) and "Two Kestrel" not in typed(record)


def test_a_number_word_of_a_name_never_written_alone(extract_text):
    assert typed(extract_text("Seoul - One Way Ventures invested in Hanul Robotics.")).get("One Way Ventures") == "InvestmentFirm"


# Office holders named together are no body (names.yaml office_holder_groups).
def test_heads_of_state_are_no_entity(extract_text):
    record = extract_text("The two sides plan to adopt a Joint Statement of the Heads of State, as well as to sign "
                          "trade deals between Hanul Robotics and Daewon Ventures.")
    assert "Heads of State" not in typed(record) and typed(record).get("Hanul Robotics") == "Company"


def test_a_body_in_the_same_place_stays(extract_text):
    record = extract_text("The two sides plan to adopt a Joint Statement of the Ministry of Trade, as well as to sign "
                          "trade deals between Hanul Robotics and Daewon Ventures.")
    assert typed(record).get("Ministry of Trade") == "GovernmentBody"


# A name, two trades joined by "and" and a firm's word is one name (list_members._trade_pair).
def test_two_trades_and_a_firm_word_are_one_name(extract_text):
    record = extract_text("Lenders such as Hanul Agriculture Investment and Trade Fund, Daewon Bank and Busan Finance "
                          "Corporation will fund the forum.")
    assert typed(record).get("Hanul Agriculture Investment and Trade Fund") == "InvestmentFirm"


def test_a_firm_and_a_trade_fund_are_two(extract_text):
    record = extract_text("Lenders such as Hanul Capital and Trade Fund, Daewon Bank and Busan Finance Corporation "
                          "will fund the forum.")
    assert "Hanul Capital" in typed(record)
