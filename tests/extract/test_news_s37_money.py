"""Money and stakes on facts, session 37 (helper "money37"): a battery of the forms news
writes sums and stakes in, run against the extractor, kept here where one failed. A sum
written with a decimal comma ("$2,1 billion", as much of Europe and Central Asia writes
it) had been read as its whole part (2 dollars); the stake of an investment told beside it
by a clause of the investor's ("invested $20 million in Y, bringing its stake to 15%", "and
it will take 40% of the shares") or by the sentence after, of the investor alone ("X will
hold a 15% stake"), was left off the stake the investment implies. Sentences invented here,
each beside a near one that must not give the value."""

from __future__ import annotations

from extract_support import fact_qualifiers

from kg.extract.values import parse_money


def test_a_decimal_comma_before_a_scale_word_is_a_decimal_point():
    assert parse_money("$2,1 billion") == (2.1e9, "USD")
    assert parse_money("€4,75 billion") == (4.75e9, "EUR")
    assert parse_money("2,5 million euros") == (2.5e6, "EUR")
    # A thousands comma has three digits after it; without a scale no decimal comma is read.
    assert parse_money("$2,100 million") == (2.1e9, "USD")
    assert parse_money("$12,50 a share") == (12.0, "USD")


def test_a_trade_figure_with_a_decimal_comma_is_the_whole_sum(extract_text):
    record = extract_text("Trade between Chile and Peru amounted to $3,4 billion in 2019.", "2020-02-01")
    assert fact_qualifiers(record, "Chile", "trades_with", "Peru")["amount"] == 3.4e9
    record = extract_text("Trade between Chile and Peru amounted to $3,400 million in 2019.", "2020-02-01")
    assert fact_qualifiers(record, "Chile", "trades_with", "Peru")["amount"] == 3.4e9


def test_a_stake_brought_to_a_level_by_a_clause_of_the_investment_is_the_stake_held(extract_text):
    for text in ("Corvane Capital invested $20 million in Talvik Systems, bringing its stake to 15%.",
                 "Corvane Capital invested $20 million in Talvik Systems, raising its holding to 15 percent."):
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-04"), "Corvane Capital", "holds_stake_in", "Talvik Systems")
        assert qualifiers.get("stake_percent") == 15.0, text
    # Another holder's stake raised in a clause of its own is not the investor's.
    record = extract_text("Corvane Capital invested $20 million in Talvik Systems, while Oskar Fund raised its stake to 15%.",
                          "2024-03-04")
    assert "stake_percent" not in fact_qualifiers(record, "Corvane Capital", "holds_stake_in", "Talvik Systems")


def test_the_part_of_the_shares_a_joined_clause_takes_is_the_investors_stake(extract_text):
    for text in ("Corvane Capital will invest $20 million in Talvik Systems and it will take 15% of the shares.",
                 "Corvane Capital's investment in Talvik Systems will be $20 million and it will take 15% of the shares."):
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-04"), "Corvane Capital", "holds_stake_in", "Talvik Systems")
        assert qualifiers.get("stake_percent") == 15.0, text
    # A part of a market, or another firm's part, is no stake of the investor's.
    for text in ("Corvane Capital will invest $20 million in Talvik Systems and it will take 15% of the market.",
                 "Corvane Capital will invest $20 million in Talvik Systems, and Oskar Fund will take 15% of the shares."):
        record = extract_text(text, "2024-03-04")
        assert "stake_percent" not in fact_qualifiers(record, "Corvane Capital", "holds_stake_in", "Talvik Systems"), text


def test_a_stake_the_next_sentence_gives_the_investor_alone_is_its_stake(extract_text):
    for second in ("Corvane Capital will hold a 15% stake after the deal.", "It will hold a 15% stake.",
                   "Its stake will rise to 15%.", "The investment will give Corvane Capital a 15% stake."):
        text = "Corvane Capital will invest $20 million in Talvik Systems. " + second
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-04"), "Corvane Capital", "holds_stake_in", "Talvik Systems")
        assert qualifiers.get("stake_percent") == 15.0, text
    # A stake of another holder, or in another firm, or a figure of no stake, is not it.
    for second in ("Oskar Fund will hold a 15% stake.", "It holds a 15% stake in Mertens Energy.",
                   "Talvik Systems will take 15% of the market.", "Sales rose 15%.",
                   "It will hold 51% and Oskar Fund 49%."):
        text = "Corvane Capital will invest $20 million in Talvik Systems. " + second
        record = extract_text(text, "2024-03-04")
        assert "stake_percent" not in fact_qualifiers(record, "Corvane Capital", "holds_stake_in", "Talvik Systems"), text


def test_a_sum_each_of_several_investors_puts_in_is_each_ones_amount(extract_text):
    # "A and B invested $25 million each in Y": "each" after the sum had been read as the
    # price of one unit ("4,050 yen apiece"), and the sum left off both.
    record = extract_text("Corvane Capital and Oskar Fund invested $25 million each in Talvik Systems.", "2024-03-04")
    for investor in ("Corvane Capital", "Oskar Fund"):
        qualifiers = fact_qualifiers(record, investor, "invests_in", "Talvik Systems")
        assert (qualifiers.get("amount"), qualifiers.get("currency")) == (25e6, "USD"), investor
    # One buyer's price of each share is no sum of the deal.
    record = extract_text("Corvane Capital bought Talvik Systems at $12 each.", "2024-03-04")
    assert "amount" not in fact_qualifiers(record, "Corvane Capital", "acquires", "Talvik Systems")


def test_a_currency_named_with_its_countrys_adjective_is_that_currency():
    # "2.5 billion Malaysian ringgit", "Russian rubles", "British pounds": only the bare word
    # or another country's adjective had been listed, and the sum was no money.
    for words, code in (("Malaysian ringgit", "MYR"), ("Indonesian rupiah", "IDR"), ("South African rand", "ZAR"),
                        ("Russian roubles", "RUB"), ("Polish zloty", "PLN"), ("British pounds", "GBP"),
                        ("Kazakh tenge", "KZT"), ("Bangladeshi taka", "BDT"), ("Brazilian real", "BRL")):
        assert parse_money(f"2.5 billion {words}") == (2.5e9, code), words
    # "kroner" is Norway's unless the story is Denmark's.
    from kg.extract.values import story_currencies
    assert parse_money("2.5 billion kroner") == (2.5e9, "NOK")
    story = "The Copenhagen group, a Danish maker of pumps, paid 2.5 billion kroner."
    assert parse_money("2.5 billion kroner", story_currencies(story)) == (2.5e9, "DKK")
    # A country's adjective before a word of no currency is no money.
    assert parse_money("2.5 billion Malaysian workers") is None
