"""Money and stakes of session 28, kinds met on funding, stake and trade news outside the
corpus (India, Korea, Japan, Taiwan, Nigeria): a valuation told with a bound, a round's sum
off its members told apart. Sentences invented here, each beside one of a near shape that
must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_valuation_told_with_a_bound_is_no_rounds_sum(extract_text):
    record = extract_text("Velmora raised $40 million in Series C funding led by Corvan Ventures at a valuation north of "
                          "$2 billion.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "invests_in", "Velmora")["amount"] == 40e6


def test_a_bound_without_a_valuation_still_prices_the_deal(extract_text):
    record = extract_text("Corvan Ventures acquired Velmora for north of $2 billion.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "acquires", "Velmora")["amount"] == 2e9


def test_members_of_a_round_told_apart_do_not_take_the_leads_sum(extract_text):
    record = extract_text("Velmora raised $40 million in a Series B round led by Corvan Ventures. Other investors include "
                          "Tesk Capital and Orbel Partners.", "2024-03-04")
    assert fact_qualifiers(record, "Corvan Ventures", "invests_in", "Velmora")["amount"] == 40e6
    for investor in ("Tesk Capital", "Orbel Partners"):
        assert "amount" not in fact_qualifiers(record, investor, "invests_in", "Velmora")


def test_members_of_a_round_without_a_lead_keep_its_sum(extract_text):
    record = extract_text("Velmora raised $40 million in a Series B round. Investors include Tesk Capital.", "2024-03-04")
    assert fact_qualifiers(record, "Tesk Capital", "invests_in", "Velmora")["amount"] == 40e6
