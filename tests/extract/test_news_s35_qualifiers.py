"""Qualifiers of facts that are right, session 35 (helper "quals35"): kinds met behind dev
misses (read137: a venture's founding, 1) and in fresh news (startup funding round-ups,
India; a wire story on a Gulf wealth fund, UAE; tender offers, Jiji Press, Japan). A past
deal told in a relative clause on a firm whose main clause plans something ("X, which
raised $30 million from Y in January, plans to expand"): the sum was read as a level aimed
at and dropped with its date, and a past passive ("which was backed by Y in January") was
put in next year. A venture described beside its founding gave its partners no date. A
fund's size ("the $480 billion fund") was taken for the price of the deal a sentence refers
back to; a purchase told as the means of a stake ("by buying $40 million of new shares")
did not price it; a premium to a day's close ("40 pct higher than Wednesday's closing
price") gave a stake and that day.
The deal's cost told after it ("The acquisition costs are put at 7.2 billion yen") was no
amount of it, nor a price paid "for the shares" in the sentence after a stake bought.
Sentences invented here, each beside one of a near shape that must not give (or must
give) the value."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_past_round_in_a_relative_clause_keeps_its_sum_and_date(extract_text):
    # The plan of the main clause ("plans to expand") made the relative clause's "raised
    # $30 million" look aimed at, like "aims to raise trade to $100 billion".
    for text, day in (("Talvik Systems, which raised $30 million from Oskar Capital in January 2005, plans to expand.", "2005-01"),
                      ("Talvik Systems, which raised $30 million from Oskar Capital in January, plans to expand.", "2006-01")):
        qualifiers = fact_qualifiers(extract_text(text, "2006-03-21"), "Oskar Capital", "invests_in", "Talvik Systems")
        assert (qualifiers.get("amount"), qualifiers.get("currency"), qualifiers.get("date")) == (3e7, "USD", day), text
    # A past passive in such a clause is gone too: January of the news' year, not the next.
    qualifiers = fact_qualifiers(extract_text("Talvik Systems, which was backed by Oskar Capital in January, plans to expand.", "2006-03-21"),
                                 "Oskar Capital", "invests_in", "Talvik Systems")
    assert qualifiers.get("date") == "2006-01"


def test_a_round_still_to_come_keeps_its_month_ahead(extract_text):
    # The same clause planned ("which will be backed by Y in January") is next January's.
    qualifiers = fact_qualifiers(extract_text("Talvik Systems, which will be backed by Oskar Capital in January, plans to expand.", "2006-03-21"),
                                 "Oskar Capital", "invests_in", "Talvik Systems")
    assert qualifiers.get("date") == "2007-01"


def test_a_venture_described_beside_its_founding_takes_its_year(extract_text):
    # "X, a joint venture between A (51%) and B (49%), was established in August 2023" (dev,
    # a chip venture in China): the partners' tie had no date, the noun being no verb's.
    record = extract_text("Corvane Energy, a joint venture between Talvik Systems and Oskar Holdings, was established in August 2023.",
                          "2024-06-05")
    assert fact_qualifiers(record, "Talvik Systems", "partners_with", "Oskar Holdings").get("date") == "2023-08"
    # The year of another deed of the venture dates no founding of it.
    record = extract_text("Corvane Energy, a joint venture between Talvik Systems and Oskar Holdings, posted a loss in 2023.",
                          "2024-06-05")
    assert "date" not in fact_qualifiers(record, "Talvik Systems", "partners_with", "Oskar Holdings")


def test_a_sum_that_sizes_a_fund_is_no_price_of_its_deal(extract_text):
    # "The deal will allow X to own 55% of the company, but the $480 billion fund may also
    # ..." (a wire story on a Gulf wealth fund, UAE): the sentence telling of "the deal" gave
    # the fund's size to the deal told before.
    record = extract_text("The Oskar Fund will take a controlling stake in Talvik Systems. The deal will allow the Oskar Fund to own "
                          "55% of the company, but the $480 billion fund may also buy more shares later, Talvik said.", "2022-02-10")
    assert "amount" not in fact_qualifiers(record, "Oskar Fund", "acquires", "Talvik Systems")
    # A sum the deal costs, told so, is still its price.
    record = extract_text("The Oskar Fund will take a controlling stake in Talvik Systems. The deal will cost the Oskar Fund "
                          "$480 million, Talvik said.", "2022-02-10")
    qualifiers = fact_qualifiers(record, "Oskar Fund", "acquires", "Talvik Systems")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (4.8e8, "USD")


def test_a_purchase_told_as_the_means_of_a_stake_prices_it(extract_text):
    # "will take a controlling stake in X by agreeing to buy 150 million dirhams ($40.84
    # million) worth of new shares" (the same Gulf story): the sum hung on the means, a verb
    # of its own, and was left off.
    record = extract_text("Oskar Fund will take a controlling stake in Talvik Systems by agreeing to buy 150 million dirhams "
                          "($40.84 million) worth of new shares.", "2022-02-10")
    qualifiers = fact_qualifiers(record, "Oskar Fund", "acquires", "Talvik Systems")
    assert (qualifiers.get("amount"), qualifiers.get("currency"), qualifiers.get("amount_usd")) == (1.5e8, "AED", 4.084e7)
    record = extract_text("Oskar Fund took a 30% stake in Talvik Systems by subscribing to $40 million of new shares.", "2022-02-10")
    assert fact_qualifiers(record, "Oskar Fund", "invests_in", "Talvik Systems").get("amount") == 4e7
    # Money raised by selling something to pay for the stake is no price of it.
    record = extract_text("Oskar Fund took a 30% stake in Talvik Systems by selling $40 million of bonds.", "2022-02-10")
    assert "amount" not in fact_qualifiers(record, "Oskar Fund", "invests_in", "Talvik Systems")


def test_a_premium_to_a_days_close_is_no_stake_and_no_day_of_the_deal(extract_text):
    # "will buy Y shares at 3,081 yen apiece, over 40 pct higher than Wednesday's closing
    # price" (Jiji Press via Nippon.com, Japan): the premium was read as the stake of the
    # tender offer told before, and "Wednesday" of the price, resolved ahead as the deal is
    # to come, as the deal's day.
    for comparison in ("over 40 pct higher than Wednesday's closing price", "a 40% premium to Wednesday's close"):
        record = extract_text("Corvane Holdings said on Friday it would launch a tender offer for Talvik Systems. Corvane Holdings "
                              f"will buy Talvik Systems shares at 3,081 yen apiece, {comparison}.", "2020-07-09")
        qualifiers = fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")
        assert ("stake_percent" in qualifiers, qualifiers.get("date")) == (False, "2020-07-03"), comparison
    # A part bought, told so, is still the stake.
    record = extract_text("Corvane Holdings said on Friday it would launch a tender offer for Talvik Systems. "
                          "Corvane Holdings will buy 40 pct of Talvik Systems.", "2020-07-09")
    assert fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems").get("stake_percent") == 40.0


def test_the_cost_of_the_deal_told_after_it_is_its_amount(extract_text):
    # "The acquisition costs are put at 7.2 billion yen", "If X acquires all Y shares, the
    # acquisition cost will be 147.7 billion yen" (Jiji Press via Nippon.com, Japan, twice):
    # a cost of the deal noun referred back to no deal, as "the purchase price" does.
    for text, amount in (("Corvane Holdings said Thursday that it will launch a tender offer for Talvik Systems. "
                          "The acquisition costs are put at 7.2 billion yen.", 7.2e9),
                         ("Corvane Holdings will acquire Talvik Systems. The total cost of the acquisition is 7.2 billion yen.", 7.2e9),
                         ("Corvane Holdings plans to acquire Talvik Systems. If Corvane Holdings acquires all Talvik Systems shares, "
                          "the acquisition cost will be 147.7 billion yen.", 1.477e11)):
        qualifiers = fact_qualifiers(extract_text(text, "2020-07-09"), "Corvane Holdings", "acquires", "Talvik Systems")
        assert (qualifiers.get("amount"), qualifiers.get("currency")) == (amount, "JPY"), text
    # The cost of something else is no price of the deal.
    record = extract_text("Corvane Holdings will acquire Talvik Systems. The cost of the new plant is 7.2 billion yen.", "2020-07-09")
    assert "amount" not in fact_qualifiers(record, "Corvane Holdings", "acquires", "Talvik Systems")


def test_a_price_paid_for_the_part_told_again_is_the_stakes_amount(extract_text):
    # "X bought a 35% stake in Y. It paid 120 billion won for the shares": the part bought,
    # told again with "the" in the next sentence, was no deal told before (invented from the
    # stake purchases of Korean deal news, where the price follows the stake).
    for text in ("Corvane Holdings bought a 35% stake in Talvik Systems. Corvane Holdings paid 120 billion won for the stake.",
                 "Corvane Holdings bought a 35% stake in Talvik Systems. It paid 120 billion won for the shares."):
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-06"), "Corvane Holdings", "invests_in", "Talvik Systems")
        assert (qualifiers.get("amount"), qualifiers.get("currency")) == (1.2e11, "KRW"), text
    # Shares of another firm named after them are that firm's.
    record = extract_text("Corvane Holdings bought a 35% stake in Talvik Systems. Corvane Holdings paid 120 billion won for the "
                          "shares of Oskar Bank.", "2024-03-06")
    assert "amount" not in fact_qualifiers(record, "Corvane Holdings", "invests_in", "Talvik Systems")
