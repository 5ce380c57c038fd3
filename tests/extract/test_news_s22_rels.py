"""Relations of session 22's task "rels": wordings the rules missed or misread, on sentences
invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_participle_in_a_description_of_a_firm_keeps_its_home_and_sector(extract_text):
    # "leading" is tagged a verb: the description still tells the firm's country and trade.
    record = extract_text("Hanul Steel, South Korea's leading steelmaker, said on Thursday it would expand.")
    assert ("Hanul Steel", "South Korea") in fact_ends(record, "headquartered_in")
    assert ("Hanul Steel", "steel") in fact_ends(record, "operates_in_sector")
    record = extract_text("Daewon Chips is the fast-growing chipmaker.")
    assert ("Daewon Chips", "semiconductors") in fact_ends(record, "operates_in_sector")


def test_a_finite_verb_after_the_name_is_no_description(extract_text):
    # "Hanul said, adding chipmaker stocks fell": the sector word is no apposition of the firm.
    record = extract_text("Hanul Steel said on Monday, adding that chipmaker stocks fell.")
    assert ("Hanul Steel", "semiconductors") not in fact_ends(record, "operates_in_sector")


def test_a_title_after_the_last_of_listed_names_is_that_name_s_alone(extract_text):
    record = extract_text("The deal was signed in a ceremony attended by Hanul CEO Kim Min-soo, "
                          "and Lee Jae-won, chairman of Daewon Group.")
    chairs = fact_ends(record, "chair_of")
    assert ("Lee Jae-won", "Daewon Group") in chairs
    assert ("Kim Min-soo", "Daewon Group") not in chairs
    assert ("Kim Min-soo", "Hanul") in fact_ends(record, "ceo_of")


def test_a_plural_title_after_listed_names_is_each_one_s(extract_text):
    record = extract_text("Kim Min-soo and Lee Jae-won, co-founders of Daewon Robotics, said on Monday.")
    founders = fact_ends(record, "founded_by")
    assert ("Daewon Robotics", "Kim Min-soo") in founders
    assert ("Daewon Robotics", "Lee Jae-won") in founders


def test_what_is_raised_from_an_investor_is_money(extract_text):
    for text in ("Hanul Robotics obtained approval from Minjin Motors.",
                 "Hanul Robotics attracted interest from Minjin Motors.",
                 "Hanul Robotics will secure lithium from Minjin Motors."):
        assert not fact_ends(extract_text(text), "invests_in"), text


def test_money_or_funds_raised_from_an_investor_are_its_investment(extract_text):
    for text in ("Hanul Robotics raised 10 billion won from Minjin Capital.",
                 "Hanul Robotics raised funds from Minjin Capital.",
                 "Hanul Robotics secured fresh capital from Minjin Capital."):
        assert ("Minjin Capital", "Hanul Robotics") in fact_ends(extract_text(text), "invests_in"), text
