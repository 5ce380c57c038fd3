"""Investments and stakes of session 27, kinds met on funding and stake news outside the
corpus: rounds told money first with their investors in a phrase, a round's co-investors,
stakes told by shares. Sentences invented here, each beside one of a near shape that must
not be read so."""

from __future__ import annotations

from extract_support import direct_facts, fact_qualifiers


def test_an_investment_named_by_its_stage_is_a_round_led_by_its_investors(extract_text):
    record = extract_text("Velmora said on Monday that it has secured $12 million in a Series A investment led by Corvan "
                          "Ventures and Tesk Capital.", "2024-03-04")
    for investor in ("Corvan Ventures", "Tesk Capital"):
        qualifiers = fact_qualifiers(record, investor, "invests_in", "Velmora")
        assert qualifiers["amount"] == 12e6 and qualifiers["round"] == "series-a"


def test_an_investment_without_a_stage_led_by_a_person_is_no_round_of_the_firm(extract_text):
    record = extract_text("Velmora Motors made a strategic investment led by its chief executive Ana Ruiz.", "2024-03-04")
    assert ("Ana Ruiz", "invests_in", "Velmora Motors") not in direct_facts(record)


def test_those_with_participation_or_funding_from_join_a_round_told_in_a_clause(extract_text):
    record = extract_text("Velmora said that it has raised $12 million in a seed round led by Corvan Ventures, with "
                          "participation from Tesk Capital and Orbel Partners.", "2024-03-04")
    assert {("Tesk Capital", "Velmora"), ("Orbel Partners", "Velmora")} <= {
        (s, o) for s, p, o in direct_facts(record) if p == "invests_in"}
    record = extract_text("Velmora raised a $12 million seed round led by Corvan Ventures with funding from Tesk Capital "
                          "and Orbel Partners.", "2024-03-04")
    assert ("Orbel Partners", "invests_in", "Velmora") in direct_facts(record)


def test_those_who_advised_on_a_round_did_not_join_it(extract_text):
    record = extract_text("Velmora raised $12 million in a seed round led by Corvan Ventures, with advice from Tesk Capital.",
                          "2024-03-04")
    assert ("Tesk Capital", "invests_in", "Velmora") not in direct_facts(record)


def test_the_rounds_sum_goes_to_its_lead_and_to_those_who_joined(extract_text):
    # Session 32: no part of the round told for them, those who join take its sum too, as
    # the gold gives a round's total to each investor (it had been withheld from them).
    record = extract_text("Velmora raised $12 million in a Series A round led by Corvan Ventures, with participation from "
                          "Tesk Capital and Orbel Partners.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "invests_in", "Velmora")["amount"] == 12e6
    for investor in ("Tesk Capital", "Orbel Partners"):
        assert fact_qualifiers(record, investor, "invests_in", "Velmora")["amount"] == 12e6


def test_a_joiners_own_sum_stays_with_it(extract_text):
    record = extract_text("Velmora raised $12 million in a Series A round led by Corvan Ventures, which put in $8 million.",
                          "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "invests_in", "Velmora")["amount"] == 8e6


def test_a_count_of_shares_in_crores_is_no_sum_of_rupees(extract_text):
    record = extract_text("Varuna Life raised its stake in Dhanvi Ltd by about 2 per cent. Varuna Life bought 1.7 crore shares "
                          "of Dhanvi Ltd.", "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Varuna Life", "invests_in", "Dhanvi Ltd")


def test_a_sum_in_crores_is_still_rupees(extract_text):
    record = extract_text("Varuna Life invested 300 crore in Dhanvi Ltd on Monday.", "2024-03-04")
    qualifiers = fact_qualifiers(record, "Varuna Life", "invests_in", "Dhanvi Ltd")
    assert qualifiers["amount"] == 3e9 and qualifiers["currency"] == "INR"


def test_a_holding_in_a_firm_owned_by_an_investor_is_its_stake_not_its_subsidiary(extract_text):
    record = extract_text("The 6.4% holding in Corvan Bank owned by Norway's Tesk Capital is its largest position.", "2024-03-04")
    assert ("Corvan Bank", "subsidiary_of", "Tesk Capital") not in direct_facts(record)
    assert fact_qualifiers(record, "Tesk Capital", "holds_stake_in", "Corvan Bank")["stake_percent"] == 6.4


def test_a_firm_owned_by_another_is_still_its_subsidiary(extract_text):
    record = extract_text("Corvan Bank, owned by Tesk Capital, opened a branch in Oslo.", "2024-03-04")
    assert ("Corvan Bank", "subsidiary_of", "Tesk Capital") in direct_facts(record)


def test_money_lent_is_no_investment(extract_text):
    for text in ("Velmora raised $60 million in debt financing from Corvan Capital.",
                 "Velmora secured $60 million in venture debt from Corvan Capital.",
                 "Velmora received debt funding from Corvan Capital."):
        assert ("Corvan Capital", "invests_in", "Velmora") not in direct_facts(extract_text(text, "2024-03-04")), text


def test_equity_raised_with_debt_is_still_an_investment(extract_text):
    for text in ("Velmora raised $60 million in equity funding from Corvan Capital.",
                 "Velmora raised $60 million in equity and debt from Corvan Capital."):
        assert fact_qualifiers(extract_text(text, "2024-03-04"), "Corvan Capital", "invests_in", "Velmora")["amount"] == 60e6


def test_money_pulled_in_from_an_investor_is_its_investment(extract_text):
    record = extract_text("Velmora, which pulled in $90 million from Corvan Capital last year, is hiring.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Capital", "invests_in", "Velmora")["amount"] == 90e6


def test_money_pulled_from_a_fund_is_no_investment(extract_text):
    record = extract_text("Corvan Capital pulled $90 million from Velmora Fund last year.", "2024-03-04")
    assert not {(s, o) for s, p, o in direct_facts(record) if p == "invests_in"}
