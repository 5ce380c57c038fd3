"""Money and stakes of deal facts met on news snippets outside the corpus (session 26): a
holding another keeps restates no deal of the buyer, a stake told in the next sentence of a
firm told again by what it is. Each case beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_holding_another_keeps_is_no_stake_of_the_buyer(extract_text):
    # "Korea Securities Finance decided not to sell its 15.2 percent stake in Dongbu Daewoo to
    # Dayou" had given Dayou's acquisition of the firm a stake of 15.2 percent.
    kept = extract_text("Sora Group will acquire a majority stake in Jeonju Foundry, people said on Sunday.\n\n"
                        "Minjin Finance decided not to sell its 12.4 percent stake in Jeonju Foundry to Sora.")
    assert "stake_percent" not in fact_qualifiers(kept, "Sora Group", "acquires", "Jeonju Foundry")
    assert fact_qualifiers(kept, "Minjin Finance", "holds_stake_in", "Jeonju Foundry")["stake_percent"] == 12.4
    # A holding sold to the buyer is what it buys.
    sold = extract_text("Sora Group will acquire a stake in Jeonju Foundry, people said on Sunday.\n\n"
                        "Minjin Finance sold its 12.4 percent stake in Jeonju Foundry to Sora.")
    assert fact_qualifiers(sold, "Sora Group", "holds_stake_in", "Jeonju Foundry")["stake_percent"] == 12.4


def test_a_stake_told_next_of_the_firm_described_again(extract_text):
    # "KB Financial said it will acquire a 22.56 percent stake in the brokerage" after a
    # sentence that named Hyundai Securities had left KB's stake without its percentage.
    text = ("Ilsan Financial Group said on Monday it will buy a stake in brokerage Daewon Securities for 1.1 trillion won.\n\n"
            "Ilsan Financial said it will acquire a 31.5 percent stake in the brokerage from Hanul Shipping.")
    assert fact_qualifiers(extract_text(text), "Ilsan Financial Group", "holds_stake_in", "Daewon Securities")["stake_percent"] == 31.5
    # A firm described without "the" is another one.
    other = ("Ilsan Financial Group said on Monday it will buy a stake in brokerage Daewon Securities for 1.1 trillion won.\n\n"
             "Ilsan Financial said it will also acquire a 31.5 percent stake in a brokerage in Busan.")
    assert "stake_percent" not in fact_qualifiers(extract_text(other), "Ilsan Financial Group", "holds_stake_in", "Daewon Securities")


def test_a_part_bought_from_several_sellers_is_no_ones_stake(extract_text):
    # "acquire remaining 66.5% stake in Fuji Kiko from TACHI-S and others" had made 66.5% the
    # stake of TACHI-S, which the next sentence says held 24.47%.
    first = "Daewon Corporation made an offer to acquire remaining 58.5% stake in Hanul Co., Ltd. from Minjin Co., Ltd. and others."
    text = (first + " Daewon Corporation has concluded an agreement with Minjin Co., Ltd. to acquire all of its 9.1 million "
            "Hanul shares, representing 21.3% stake.")
    assert fact_qualifiers(extract_text(text), "Minjin Co.", "holds_stake_in", "Hanul Co.")["stake_percent"] == 21.3
    assert "stake_percent" not in fact_qualifiers(extract_text(first), "Minjin Co.", "holds_stake_in", "Hanul Co.")
    # One seller sold all it held.
    one = extract_text("Daewon Corporation agreed to acquire a 58.5% stake in Hanul from Minjin.")
    assert fact_qualifiers(one, "Minjin", "holds_stake_in", "Hanul")["stake_percent"] == 58.5


def test_money_a_figure_is_compared_with_is_no_deals(extract_text):
    # "will buy Ootoya shares at 3,081 yen apiece, over 40 pct higher than Wednesday's closing
    # price of 2,113 yen" had given Colowide's investment in Ootoya an amount of 2,113 yen.
    record = extract_text("Sora Holdings will buy a stake in Jeonju Foundry at 5,100 yen apiece, "
                          "over 30 pct higher than Monday's closing price of 3,900 yen.")
    assert "amount" not in fact_qualifiers(record, "Sora Holdings", "invests_in", "Jeonju Foundry")
    # "more than", "less than" bound the deal's own sum.
    bound = extract_text("Sora Holdings will buy a stake in Jeonju Foundry for more than 20 billion yen.")
    assert fact_qualifiers(bound, "Sora Holdings", "invests_in", "Jeonju Foundry")["amount"] == 2e10


def test_a_stake_bought_under_an_agreement_entered_or_signed_for(extract_text):
    # "has entered into an agreement to acquire 75 per cent stake in TruCap Finance with an
    # investment of Rs 207 crore" had given no fact at all.
    entered = extract_text("Sora Brokers has entered into an agreement to acquire 75 per cent stake in "
                           "Jeonju Finance with an investment of Rs 310 crore.")
    assert fact_qualifiers(entered, "Sora Brokers", "acquires", "Jeonju Finance") == {
        "stake_percent": 75.0, "amount": 3.1e9, "currency": "INR", "date": "2026-01-14"}
    signed = extract_text("Sora Brokers has signed an agreement for the acquisition of a 26% stake in Jeonju Renewables.")
    assert fact_qualifiers(signed, "Sora Brokers", "holds_stake_in", "Jeonju Renewables")["stake_percent"] == 26
    # Another's agreement, or one to sell, buys nothing for the subject.
    assert not fact_ends(extract_text("Sora Brokers has entered into an agreement to sell 75 per cent stake in Jeonju Finance."),
                         "acquires")
    assert not fact_ends(extract_text("Sora Brokers has signed an agreement for the sale of a 26% stake in Jeonju Renewables."),
                         "holds_stake_in")
    assert not fact_ends(extract_text("Sora Brokers has rejected an agreement for the acquisition of a 26% stake in Jeonju Renewables."),
                         "holds_stake_in")


def test_a_holding_a_purchase_raises_to_control_is_the_takeovers_stake(extract_text):
    # "bought shares in Hinduja Leyland Finance, taking its holding to 68.81 per cent" (read
    # as a takeover, whose words of a stake had no "holding") had left the stake out.
    record = extract_text("Sora Capital bought 2.1 million shares in Jeonju Finance, raising its holding to 61.2 per cent.")
    assert fact_qualifiers(record, "Sora Capital", "acquires", "Jeonju Finance")["stake_percent"] == 61.2
    # A holding in another firm is no stake in the firm bought.
    other = extract_text("Sora Capital bought 2.1 million shares in Jeonju Finance, raising its holding in Minjin Bank to 61.2 per cent.")
    assert "stake_percent" not in fact_qualifiers(other, "Sora Capital", "holds_stake_in", "Jeonju Finance")


def test_the_money_of_another_part_bought_is_no_price_of_this_one(extract_text):
    # "has acquired a 53-percent stake in Arabtec" and "tried to acquire a 70-percent stake in
    # Arabtec in 2010 in a $1.7 billion deal" had priced the 53% at $1.7 billion.
    record = extract_text("Sora Capital has acquired a 53% stake in Jeonju Builders, a market official said on Sunday. "
                          "Sora Capital tried to acquire a 70% stake in Jeonju Builders in 2020 in a $1.7 billion deal.")
    assert "amount" not in fact_qualifiers(record, "Sora Capital", "acquires", "Jeonju Builders")
    # The same part told again with its price is priced.
    same = extract_text("Sora Capital has acquired a 53% stake in Jeonju Builders, a market official said on Sunday. "
                        "Sora Capital bought the 53% stake in Jeonju Builders for $900 million.")
    assert fact_qualifiers(same, "Sora Capital", "acquires", "Jeonju Builders")["amount"] == 9e8
