"""Stakes and funding rounds worded otherwise (session 31, helper "stakes"): a part owned
named by a fraction ("owns a third of Hanul"), a stake raised to a count of shares restated
as a percentage, money raised "worth of funding from" investors, investors named inside a
fund, and a trade between a country and "its ally". Sentences invented here, each beside one
of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_part_owned_named_by_a_fraction_is_a_stake(extract_text):
    # "Cevian owns a third of X", "holds a majority of X" had given no stake at all.
    for sentence in ("Norrland Capital owns a third of Velby Foods.",
                     "Norrland Capital owns half of Velby Foods.",
                     "Norrland Capital holds a majority of Velby Foods."):
        record = extract_text(sentence)
        assert ("Norrland Capital", "Velby Foods") in fact_ends(record, "holds_stake_in"), sentence
        # A fraction is no figure the text gives: the fact bears none.
        assert "stake_percent" not in fact_qualifiers(record, "Norrland Capital", "holds_stake_in", "Velby Foods")
    # A part of what the firm owns, or a part sold, is no stake of the subject.
    for sentence in ("Norrland Capital owns half of Velby Foods' warehouses.",
                     "Norrland Capital sold half of Velby Foods last year."):
        record = extract_text(sentence)
        assert ("Norrland Capital", "Velby Foods") not in fact_ends(record, "holds_stake_in"), sentence


def test_a_stake_raised_to_a_part_of_a_firms_shares_is_held(extract_text):
    # "GWI increased its stake to 19,008,196 shares, or 42.47%, of Gafisa's outstanding
    # shares" had given nothing: the firm is named only as the owner of the shares.
    for sentence in ("Ostmark Partners increased its stake to 3,120,500 shares, or 18.4%, of Pellow Mining's outstanding shares.",
                     "Ostmark Partners raised its holding to 18.4% of the outstanding shares of Pellow Mining."):
        record = extract_text(sentence)
        assert fact_qualifiers(record, "Ostmark Partners", "holds_stake_in", "Pellow Mining")["stake_percent"] == 18.4, sentence
    # Shares one bought from a firm are no part of that firm's shares.
    sold = extract_text("Ostmark Partners increased its stake to 18.4% of the shares it bought from Pellow Mining.")
    assert ("Ostmark Partners", "Pellow Mining") not in fact_ends(sold, "holds_stake_in")


def test_money_raised_worth_of_funding_is_invested_by_those_it_came_from(extract_text):
    # "raised $47.5 million worth of funding from A and B" had given nothing, and "received
    # $5 million worth of equipment from Daewon" had made Daewon an investor.
    record = extract_text("Corvane raised $12.5 million worth of funding from Talvik Ventures and Bremer Capital.")
    ends = fact_ends(record, "invests_in")
    assert ("Talvik Ventures", "Corvane") in ends and ("Bremer Capital", "Corvane") in ends
    assert fact_qualifiers(record, "Talvik Ventures", "invests_in", "Corvane")["amount"] == 12500000.0
    # Goods or orders worth money are no funding.
    for sentence in ("Corvane received $12.5 million worth of equipment from Talvik Ventures.",
                     "Corvane secured $12.5 million worth of orders from Talvik Ventures."):
        assert ("Talvik Ventures", "Corvane") not in fact_ends(extract_text(sentence), "invests_in"), sentence


def test_trade_between_a_country_and_its_ally_is_trade(extract_text):
    # "Bilateral trade between North Korea and its ally Russia" had given no trade.
    record = extract_text("Bilateral trade between Belarus and its ally Armenia rose 9% last year.")
    assert {("Belarus", "Armenia"), ("Armenia", "Belarus")} & fact_ends(record, "trades_with")
    # Its allies unnamed: no trade with a country named after.
    unnamed = extract_text("Bilateral trade between Belarus and its allies rose, Armenia said.")
    assert not {("Belarus", "Armenia"), ("Armenia", "Belarus")} & fact_ends(unnamed, "trades_with")
