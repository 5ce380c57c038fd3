"""Amounts on facts that are right, session 34 (helper "money34"), kinds met on acquisition,
stake and funding news outside the corpus (Jiji Press via Nippon.com, Japan; a deals
round-up of Indian and European buyouts, India; an African deals newsletter, Nigeria; a
funding round-up, Kenya): the price of a firm bought whole told as the enterprise value its
buyer acquires it at; the sum a buyer spends "for the acquisition" told in the sentence
after the deal; a majority stake bought in a deal that values the whole firm (no price of
the part); the investors of a second clause "while C received $40m from D" read as backers
of the first clause's firm. One shape was tried beside these, not met in a story: a deal
"valued at" a sum in commas after the name of the firm it buys. Sentences invented here,
each beside one of a near shape that must not give (or must give) the amount or fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_firm_bought_at_an_enterprise_value_costs_that_value(extract_text):
    # "X agreed to acquire Y at an enterprise value of €1.2 billion": the value was read as
    # a valuation of the firm and left off; for a firm bought whole it is the deal's price.
    for text, code in (("Corvane Holdings agreed to acquire Talvik Systems at an enterprise value of $1.2 billion.", "USD"),
                       ("Corvane Holdings will buy Talvik Systems at an enterprise value of about €1.2bn.", "EUR")):
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-04"), "Corvane Holdings", "acquires", "Talvik Systems")
        assert (qualifiers.get("amount"), qualifiers.get("currency")) == (1.2e9, code), text
    # A part bought at a value put on the whole firm did not cost that value.
    record = extract_text("Corvane Holdings agreed to acquire a 40 percent stake in Talvik Systems at an enterprise value of $1.2 billion.",
                          "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Corvane Holdings", "invests_in", "Talvik Systems")


def test_a_sum_spent_on_the_deal_in_the_next_sentence_is_its_amount(extract_text):
    # "X plans to acquire a stake of over 50 pct in Y. X is expected to spend some 4 billion
    # yen for the acquisition" (Jiji Press): the deal told again by "the acquisition" named
    # no firm bought, and the sum was left off.
    record = extract_text("Corvane Holdings agreed to acquire Talvik Systems. "
                          "Corvane Holdings is expected to spend some 4 billion yen for the acquisition.", "2024-03-04")
    qualifiers = fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (4e9, "JPY")
    record = extract_text("Corvane Holdings plans to acquire a 40 percent stake in Talvik Systems. "
                          "Corvane Holdings will spend 4 billion yen on the deal.", "2024-03-04")
    qualifiers = fact_qualifiers(record, "Corvane Holdings", "invests_in", "Talvik Systems")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (4e9, "JPY")
    # A sum spent on a thing of its own is no price of the deal told before.
    record = extract_text("Corvane Holdings agreed to acquire Talvik Systems. "
                          "Corvane Holdings is expected to spend some 4 billion yen on the purchase of a new plant.", "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")


def test_a_majority_stake_bought_in_a_deal_valuing_the_firm_costs_no_such_sum(extract_text):
    # "In 2010, X acquired a majority stake in Y in a deal that valued the company at roughly
    # $200M" (a deals newsletter, Nigeria): the stake gives no percentage, and the firm's
    # value was taken for the price of a firm bought whole.
    record = extract_text("Corvane Holdings acquired a majority stake in Talvik Systems in a deal that valued the company at $200 million.",
                          "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")
    # The whole of the firm bought so costs what the deal values it at.
    record = extract_text("Corvane Holdings acquired the entire stake in Talvik Systems in a deal that valued the company at $200 million.",
                          "2024-03-04")
    qualifiers = fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (2e8, "USD")


def test_a_second_clause_with_its_own_subject_names_no_investor_of_the_first(extract_text):
    # "A received a $50m investment from B, while Kenya's C received a $40m investment from D
    # and E" (a funding round-up, Kenya): D and E had been read as backers of A too, with
    # C's sum.
    record = extract_text("Corvane received a $50m investment from Talvik Capital, while Mertens Energy received a $40m "
                          "investment from Oskar Fund.", "2024-03-04")
    assert fact_ends(record, "invests_in") == {("Talvik Capital", "Corvane"), ("Oskar Fund", "Mertens Energy")}
    assert fact_qualifiers(record, "Oskar Fund", "invests_in", "Mertens Energy")["amount"] == 4e7
    # A clause with no subject of its own is done by the subject of the verb it completes.
    record = extract_text("Corvane Holdings is considering making an investment in Talvik Systems.", "2024-03-04")
    assert ("Corvane Holdings", "Talvik Systems") in fact_ends(record, "invests_in")


def test_a_deal_valued_in_commas_after_the_firm_it_buys_costs_that_sum(extract_text):
    # "X's acquisition of Y, valued at $1.2 billion, closed on Friday": the parser hangs the
    # participle on the name bought, and its sum was read as that firm's, no price.
    for text in ("Corvane Holdings' acquisition of Talvik Systems, valued at $1.2 billion, closed on Friday.",
                 "Corvane Holdings completed the purchase of Talvik Systems, valued at $1.2 billion, on Friday."):
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-04"), "Corvane Holdings", "acquires", "Talvik Systems")
        assert (qualifiers.get("amount"), qualifiers.get("currency")) == (1.2e9, "USD"), text
    # A firm valued so, bought by a verb, is told at its value in another deal.
    record = extract_text("Corvane Holdings bought Talvik Systems, valued at $1.2 billion in its last funding round.", "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")
