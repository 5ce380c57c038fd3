"""What firms do, as fresh news writes it (session 24): a gerund of making after a verb of
specialising ("specializes in producing rechargeable batteries"); on sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


@pytest.mark.parametrize("text, firm, sector", [
    ("Hanul Robotics specializes in producing collaborative robots.", "Hanul Robotics", "collaborative robots"),
    ("Daewon Cells, which specialises in making solid-state batteries, raised $10 million.",
     "Daewon Cells", "solid-state batteries"),
    ("Minjin Semicon is focused on developing AI chips for data centers.", "Minjin Semicon", "AI chips"),
    ("Hanul Recycling, a startup specializing in recycling lithium-ion batteries, raised $5 million.",
     "Hanul Recycling", "lithium-ion batteries"),
])
def test_a_gerund_of_making_after_a_verb_of_specialising_names_the_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    # a gerund of buying or of a verb of no trade: what the firm acquires is no trade of its own
    ("Hanul Capital specializes in acquiring battery makers.", "Hanul Capital", "battery makers"),
    ("Daewon Group is focused on selling its stake in Hanul Robotics.", "Daewon Group", "Hanul Robotics"),
    # a verb of wanting, not of specialising
    ("Minjin Motors is interested in producing solid-state batteries.", "Minjin Motors", "solid-state batteries"),
])
def test_a_gerund_of_no_making_or_after_no_verb_of_specialising_names_no_trade(extract_text, text, firm, sector):
    assert (firm, sector) not in sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    ("Daewon Pharma, one of the largest pharmaceutical companies in Korea, is buying three plants.",
     "Daewon Pharma", "pharmaceuticals"),
    ("Daewon Cells, one of the country's biggest battery makers, is buying three plants.", "Daewon Cells", "batteries"),
    ("Minjin Pharma, India's third-largest generic drugmaker by sales, bought Hanul Labs.", "Minjin Pharma", "pharmaceuticals"),
    ("Daewon Industries, a Busan auto parts maker, will buy Hanul Motors.", "Daewon Industries", "auto parts"),
])
def test_more_ways_an_apposition_names_a_firms_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


@pytest.mark.parametrize("text, firm, sector", [
    # one of the investors in, or a customer of, a trade's makers is not in the trade
    ("Daewon Capital, one of the biggest investors in battery makers, led the round.", "Daewon Capital", "batteries"),
    ("Hanul Motors, one of the country's biggest buyers from battery makers, signed the deal.", "Hanul Motors", "batteries"),
    ("Hanul Motors, a Busan customer of the auto parts maker Daewon Industries, signed the deal.", "Hanul Motors", "auto parts"),
])
def test_an_apposition_of_another_role_names_no_trade(extract_text, text, firm, sector):
    assert (firm, sector) not in sectors(extract_text(text))


def test_a_name_right_after_a_sector_head_is_the_one_it_describes(extract_text):
    record = extract_text("Its backers include the electronics manufacturer Hanul Denki, the chemicals company "
                          "Daewon Kasei and the trading house Minjin Shoji.")
    assert ("Daewon Kasei", "chemicals") in sectors(record)
    assert ("Hanul Denki", "electronics") in sectors(record)
    assert ("Hanul Denki", "chemicals") not in sectors(record)


@pytest.mark.parametrize("text, firm, sector", [
    ("Daewon Commerce is in talks to buy Hanul Cycle Co., a German battery recycler.", "Hanul Cycle Co.", "batteries"),
    ("Daewon Commerce is in talks to buy online travel aggregator Hanul Travel Co.", "Hanul Travel Co.", "online travel"),
])
def test_recyclers_and_aggregators_are_in_a_trade(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


def test_an_ordinal_joined_by_a_hyphen_narrows_the_trade(extract_text):
    assert ("Hanul Power", "second-life batteries") in sectors(extract_text("Hanul Power makes second-life batteries."))
    # a bare ordinal says which plant, not what is made there
    record = extract_text("Hanul Power makes batteries. It will build a second battery plant in Busan.")
    assert not any(sector.startswith("second") for _, sector in sectors(record))


@pytest.mark.parametrize("text, firm, sector", [
    ("Kim Min-soo, the founder of self-driving car company Hanul Motors, raised $10 million.", "Hanul Motors", "self-driving car"),
    ("Hanul Motors, a self-driving car startup, raised $10 million.", "Hanul Motors", "self-driving car"),
])
def test_a_reference_sector_the_tagger_calls_a_verb_opens_the_sectors_words(extract_text, text, firm, sector):
    assert (firm, sector) in sectors(extract_text(text))


def test_a_reference_sector_before_a_name_of_no_sector_head_names_no_trade(extract_text):
    # "pioneer" is no sector head: the words name no trade of the firm's
    record = extract_text("Hanul Motors, a self-driving pioneer, raised $10 million.")
    assert not any(sector.startswith("self-driving") for _, sector in sectors(record))


def test_a_reference_sector_before_more_words_of_a_makers_trade_is_not_the_trade_alone(extract_text):
    found = sectors(extract_text("Hanul Motors, a solar panel maker, raised $10 million."))
    assert ("Hanul Motors", "solar panel") in found
    assert ("Hanul Motors", "solar power") not in found
    # the reference sector named alone before the maker is still the trade
    assert ("Hanul Cells", "batteries") in sectors(extract_text("Hanul Cells, a battery maker, raised $10 million."))
