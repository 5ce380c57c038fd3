"""Money and stakes of session 28, kinds met on funding, stake and trade news outside the
corpus (India, Korea, Japan, Taiwan, Nigeria): a valuation told with a bound, a round's sum
off its members told apart. Sentences invented here, each beside one of a near shape that
must not be read so."""

from __future__ import annotations

from extract_support import direct_facts, fact_qualifiers


def test_a_valuation_told_with_a_bound_is_no_rounds_sum(extract_text):
    record = extract_text("Velmora raised $40 million in Series C funding led by Corvan Ventures at a valuation north of "
                          "$2 billion.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "invests_in", "Velmora")["amount"] == 40e6


def test_a_bound_without_a_valuation_still_prices_the_deal(extract_text):
    record = extract_text("Corvan Ventures acquired Velmora for north of $2 billion.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "acquires", "Velmora")["amount"] == 2e9


def test_members_of_a_round_told_apart_take_its_sum_as_the_lead_does(extract_text):
    # Session 32: the gold gives a round's total to each investor the text gives no part of.
    record = extract_text("Velmora raised $40 million in a Series B round led by Corvan Ventures. Other investors include "
                          "Tesk Capital and Orbel Partners.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "invests_in", "Velmora")["amount"] == 40e6
    for investor in ("Tesk Capital", "Orbel Partners"):
        assert fact_qualifiers(record, investor, "invests_in", "Velmora")["amount"] == 40e6


def test_members_of_a_round_without_a_lead_keep_its_sum(extract_text):
    record = extract_text("Velmora raised $40 million in a Series B round. Investors include Tesk Capital.", "2024-03-04")
    assert fact_qualifiers(record, "Tesk Capital", "invests_in", "Velmora")["amount"] == 40e6


def test_a_stake_after_a_bound_read_as_a_preposition_is_held(extract_text):
    record = extract_text("Corvan Group owns about a 35 percent stake in Tesk Motors.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Group", "holds_stake_in", "Tesk Motors")["stake_percent"] == 35.0
    record = extract_text("Corvan Group plans to buy a stake of over 30 pct in Tesk Motors.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Group", "holds_stake_in", "Tesk Motors")["stake_percent"] == 30.0


def test_a_bound_before_a_place_is_no_stake(extract_text):
    record = extract_text("Corvan Group owns about a dozen plants in Tesk Motors' home town.", "2024-03-04")
    assert ("Corvan Group", "holds_stake_in", "Tesk Motors") not in direct_facts(record)


def test_a_deal_after_a_preposition_is_not_what_is_invested(extract_text):
    record = extract_text("Corvan Group agreed to invest in Tesk Motors under a $500 million deal.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Group", "invests_in", "Tesk Motors")["amount"] == 5e8


def test_a_total_of_two_deals_told_together_is_neither_deals_sum(extract_text):
    record = extract_text("Varuna Foods announced the acquisition of a majority stake in Dhanvi Snacks and a 20 per cent stake "
                          "in Orvi Labs with a total investment of Rs 400 crore.", "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Varuna Foods", "acquires", "Dhanvi Snacks")


def test_a_total_of_one_deal_is_its_sum(extract_text):
    record = extract_text("Varuna Foods announced the acquisition of a majority stake in Dhanvi Snacks with a total investment "
                          "of Rs 400 crore.", "2024-03-04")
    assert fact_qualifiers(record, "Varuna Foods", "acquires", "Dhanvi Snacks")["amount"] == 4e9


def test_money_snagged_from_an_investor_is_its_investment(extract_text):
    record = extract_text("Automation firm Velmora snagged $53 million from Corvan Capital.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Capital", "invests_in", "Velmora")["amount"] == 53e6
    record = extract_text("Velmora snagged a contract from Tesk Motors.", "2024-03-04")
    assert ("Tesk Motors", "invests_in", "Velmora") not in direct_facts(record)


def test_shares_bought_restated_as_a_percentage_give_the_stake(extract_text):
    record = extract_text("Orbel Partners acquired 8.2 million shares in Velmora Labs, representing 12.4% of the issued capital "
                          "of Velmora Labs.", "2024-03-04")
    assert fact_qualifiers(record, "Orbel Partners", "holds_stake_in", "Velmora Labs")["stake_percent"] == 12.4


def test_a_percentage_of_another_thing_after_shares_bought_is_no_stake(extract_text):
    record = extract_text("Orbel Partners bought 8.2 million shares of Velmora Labs, sending its stock up 6.5 percent.",
                          "2024-03-04")
    assert "stake_percent" not in fact_qualifiers(record, "Orbel Partners", "holds_stake_in", "Velmora Labs")


def test_where_a_change_started_is_no_figure_when_the_parse_loses_its_end(extract_text):
    record = extract_text("Meanwhile, Korean exports of machinery to Chile grew by 11.5 percent from USD 2.03 billion during the "
                          "period Jan- Sep 2023 to USD 2.26 billion during the same period in 2024.", "2024-11-04")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Chile").get("amount") != 2.03e9


def test_where_a_change_started_with_its_end_parsed_stays_out(extract_text):
    record = extract_text("Korean exports to Chile rose 11.5 percent from $2.03 billion in 2023 to $2.26 billion in 2024.",
                          "2025-01-04")
    assert fact_qualifiers(record, "South Korea", "exports_to", "Chile")["amount"] == 2.26e9


def test_what_a_sum_in_a_plural_currency_pays_for_is_the_verbs(extract_text):
    record = extract_text("Orbel Partners paid 900 million riyals for a 25% stake in Velmora Labs.", "2024-03-04")
    qualifiers = fact_qualifiers(record, "Orbel Partners", "invests_in", "Velmora Labs")
    assert (qualifiers["amount"], qualifiers["currency"]) == (9e8, "SAR")
    record = extract_text("Orbel Partners paid 900 million euros for Velmora Labs.", "2024-03-04")
    assert fact_qualifiers(record, "Orbel Partners", "acquires", "Velmora Labs")["amount"] == 9e8


def test_a_sum_raised_for_a_purpose_buys_no_firm(extract_text):
    record = extract_text("Velmora Labs raised 900 million euros for Orbel Partners' new plant.", "2024-03-04")
    assert ("Velmora Labs", "acquires", "Orbel Partners") not in direct_facts(record)
