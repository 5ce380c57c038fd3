"""Amounts of session 32 (helper "money2"), kinds met on funding and trade news outside the
corpus by the session's first round: a sum told as that of several parties ("a
combined"), a total of money raised, a level a joined verb reaches, a stake "rising from A% to B%". Sentences invented here, each beside one of a near shape that must not give
the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_combined_sum_is_each_partys_while_none_has_a_part_of_its_own(extract_text):
    # "raised a combined $73 million from A and B" had given A and B no amount, where the
    # gold gives each investor the whole when the text tells no part of its own.
    record = extract_text("Velmora, a Busan-based drone maker, raised a combined $48 million from Orsk Ventures and "
                          "Pellam Capital, the company said on Tuesday.", "2024-05-02")
    for investor in ("Orsk Ventures", "Pellam Capital"):
        qualifiers = fact_qualifiers(record, investor, "invests_in", "Velmora")
        assert (qualifiers["amount"], qualifiers["currency"]) == (48e6, "USD"), investor
    # One party's part told elsewhere: the combined sum is no one's, the part stays its own.
    record = extract_text("Orsk Ventures said on Monday it will invest $12 million in a Danish battery maker. Orsk Ventures "
                          "will team up with Pellam Capital to invest a combined 60 billion won in Velmora Ltd, the "
                          "company said.", "2024-05-02")
    assert fact_qualifiers(record, "Orsk Ventures", "invests_in", "Velmora Ltd")["amount"] == 12e6
    assert "amount" not in fact_qualifiers(record, "Pellam Capital", "invests_in", "Velmora Ltd")


def test_a_total_of_money_raised_from_investors_is_theirs(extract_text):
    # "raised a total of $73 million from A and B" had given no fact: the object "total" is no
    # money word, what it is a total of is.
    record = extract_text("Velmora raised a total of $48 million from Orsk Ventures and Pellam Capital on Tuesday.",
                          "2024-05-02")
    for investor in ("Orsk Ventures", "Pellam Capital"):
        qualifiers = fact_qualifiers(record, investor, "invests_in", "Velmora")
        assert (qualifiers["amount"], qualifiers["currency"]) == (48e6, "USD"), investor
    # A total of anything else raised from a firm is no investment.
    orders = extract_text("Velmora secured a total of 12 orders from Orsk Motors and Pellam Motors on Tuesday.", "2024-05-02")
    assert ("Orsk Motors", "Velmora") not in fact_ends(orders, "invests_in")


def test_a_figure_a_joined_verb_reaches_is_the_trades(extract_text):
    # "exports to the U.S. grew 45.7% and reached $34.8 billion" had lost the amount: a verb
    # joined to the trigger's, sharing its subject, tells the level the trade came to.
    record = extract_text("Laos's exports to Thailand grew 12.4% and reached $2.6 billion in the first half.", "2024-08-02")
    qualifiers = fact_qualifiers(record, "Laos", "exports_to", "Thailand")
    assert (qualifiers["amount"], qualifiers["currency"], qualifiers["growth_percent"]) == (2.6e9, "USD", 12.4)
    # A joined verb with a subject of its own tells its own figure.
    other = extract_text("Laos's exports to Thailand grew 12.4% and Laos received $2.6 billion in loans in the first half.",
                         "2024-08-02")
    assert "amount" not in fact_qualifiers(other, "Laos", "exports_to", "Thailand")


def test_a_stake_rising_from_one_figure_to_another_beside_a_purchase_is_the_second(extract_text):
    # "bought more shares of X, with its stake rising from 10% to 14%": NER had cut the
    # phrase into "10% to" and "14%", and no stake was read.
    record = extract_text("Orsk Holdings bought additional shares of Pellam Bank on Monday, with its stake rising from "
                          "10% to 14%.", "2024-05-02")
    assert fact_qualifiers(record, "Orsk Holdings", "holds_stake_in", "Pellam Bank")["stake_percent"] == 14.0
    # A stake told only where it was is none held now.
    left = extract_text("Orsk Holdings bought additional shares of Pellam Bank on Monday, with its stake rising from "
                        "10%.", "2024-05-02")
    assert "stake_percent" not in fact_qualifiers(left, "Orsk Holdings", "holds_stake_in", "Pellam Bank")
