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


def test_a_stake_told_moving_from_one_figure_to_another_is_held_at_the_second(extract_text):
    # "increased its holdings in X, with its joint shareholding ratio up from 16.88% to
    # 17.76%" (a Japanese large-holding report) had given the stake 16.88, the figure left.
    for sentence in ("Ostmark Partners increased its holdings in Pellow Mining, with its shareholding ratio up from "
                     "12.4% to 13.9%.",
                     "Ostmark Partners increased its holdings in Pellow Mining, with its shareholding ratio up to 13.9% "
                     "from 12.4%."):
        record = extract_text(sentence)
        assert fact_qualifiers(record, "Ostmark Partners", "holds_stake_in", "Pellow Mining")["stake_percent"] == 13.9, sentence
    # Only the figure it left told: no stake held now.
    left = extract_text("Ostmark Partners increased its holdings in Pellow Mining, with its shareholding ratio up from 12.4%.")
    assert "stake_percent" not in fact_qualifiers(left, "Ostmark Partners", "holds_stake_in", "Pellow Mining")


def test_a_round_raised_with_funding_from_investors_is_theirs(extract_text):
    # "X raised a $6.3 Million Seed round with funding from A, B and C" (Datamart,
    # dealflow.la) had given nothing: with no lead, no frame read those the money came from.
    for text in ("Corvane raised a $6.3 million seed round with funding from Talvik Ventures and Bremer Capital.",
                 "Corvane closed a $6.3 million seed round with backing from Talvik Ventures and Bremer Capital.",
                 "Corvane raised $6.3 million in a seed round with participation from Talvik Ventures and Bremer Capital."):
        record = extract_text(text, "2024-03-04")
        for investor in ("Talvik Ventures", "Bremer Capital"):
            qualifiers = fact_qualifiers(record, investor, "invests_in", "Corvane")
            assert (qualifiers["amount"], qualifiers["round"]) == (6.3e6, "seed"), (text, investor)
    # Debt, or advice, is no funding of the round.
    for text in ("Corvane raised a $6.3 million round with debt funding from Talvik Ventures.",
                 "Corvane raised a $6.3 million seed round with advice from Talvik Ventures."):
        assert ("Talvik Ventures", "Corvane") not in fact_ends(extract_text(text, "2024-03-04"), "invests_in"), text


def test_sums_listed_each_before_its_country_are_each_countrys(extract_text):
    # "exported $26.16 billion to ASEAN, $22.05 billion to the United States": every country
    # after the first had taken the first sum.
    record = extract_text("Vietnam exported $14.2 billion to Japan, $11.8 billion to Germany and $9.5 billion to "
                          "Brazil last year.", "2024-03-04")
    for country, amount in (("Japan", 14.2e9), ("Germany", 11.8e9), ("Brazil", 9.5e9)):
        assert fact_qualifiers(record, "Vietnam", "exports_to", country)["amount"] == amount, country
    # One sum before a list of countries stays the clause's, as before.
    one = extract_text("Vietnam exported $14.2 billion to Japan, Germany and Brazil last year.", "2024-03-04")
    assert fact_qualifiers(one, "Vietnam", "exports_to", "Germany")["amount"] == 14.2e9
