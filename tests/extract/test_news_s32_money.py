"""Amounts, currencies and stakes of session 32 (helper "money"), kinds met on funding,
stake and trade news outside the corpus (Nigeria, Mexico, Chile, India, Japan, Korea,
Spain): a round's sum for those who join it, a stake told moving "up from A% to B%", a round
raised "with funding from" its investors. Sentences invented here, each beside one of a near
shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_those_who_join_a_round_another_leads_take_its_sum(extract_text):
    # "raised a $15M Series A ... Tiger Global led the round, with participation from A, B"
    # and "led by A with funding from B and C" had given the lead the sum and the others none,
    # where the gold gives a round's total to each investor the text gives no part of.
    for text in ("Corvane raised a $15 million Series A at a valuation of $90 million. Talvik Ventures led the round, "
                 "with participation from "
                 "Bremer Capital and Osler Partners.",
                 "Corvane raised a $15 million Series A led by Talvik Ventures with funding from Bremer Capital and "
                 "Osler Partners.",
                 "Corvane raised $15 million in a Series A round led by Talvik Ventures. Existing backers Bremer Capital "
                 "and Osler Partners also took part."):
        record = extract_text(text, "2024-03-04")
        for investor in ("Talvik Ventures", "Bremer Capital", "Osler Partners"):
            qualifiers = fact_qualifiers(record, investor, "invests_in", "Corvane")
            assert (qualifiers["amount"], qualifiers["currency"]) == (15e6, "USD"), (text, investor)
    # A part of its own told for one stays its own; the others still take the round's sum.
    record = extract_text("Corvane raised $15 million in a Series A round led by Talvik Ventures, which put in $10 million. "
                          "Bremer Capital also took part.", "2024-03-04")
    assert fact_qualifiers(record, "Talvik Ventures", "invests_in", "Corvane")["amount"] == 10e6
    assert fact_qualifiers(record, "Bremer Capital", "invests_in", "Corvane")["amount"] == 15e6
    # One who only advised on the round joins none.
    advised = extract_text("Corvane raised $15 million in a Series A round led by Talvik Ventures, with advice from "
                           "Bremer Capital.", "2024-03-04")
    assert ("Bremer Capital", "Corvane") not in fact_ends(advised, "invests_in")
