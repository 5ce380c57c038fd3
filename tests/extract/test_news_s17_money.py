"""The money, currency and stake of deals as real news writes them (session 17), on sentences
invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if not r.get("candidate")}


def qualifiers_of(record, subject: str, predicate: str, obj: str) -> dict:
    return facts(record)[(subject, predicate, obj)]["qualifiers"]


# A sum merged into one token after a noun's "of" ("an investment of 300 mln euros in
# Hanul"), which the parser takes for a plural noun or, ending in "won", for a verb and hangs
# the firm on: the firm is the noun's theme, the sum its amount.
@pytest.mark.parametrize("money, amount, currency", [
    ("300 mln euros", 300e6, "EUR"),
    ("1.2 trillion won", 1.2e12, "KRW"),
    ("KRW 500 bln", 500e9, "KRW"),
    ("500 crore rupees", 5e9, "INR"),
    ("2.3 bn euros", 2.3e9, "EUR"),
    ("HK$3.2bn", 3.2e9, "HKD"),
    # One token NER took for a firm's name: money all the same.
    ("RM1.2bil", 1.2e9, "MYR"),
])
def test_an_investment_of_a_sum_in_a_firm(extract_text, money, amount, currency):
    record = extract_text(f"Daewon Ventures announced an investment of {money} in Hanul Robotics.")
    found = qualifiers_of(record, "Daewon Ventures", "invests_in", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency")) == (amount, currency)


# The sum of a noun with no firm after it is no one's investment in the firm named elsewhere.
def test_an_investment_of_a_sum_in_a_plant_names_no_firm(extract_text):
    record = extract_text("Daewon Ventures announced an investment of 1.2 trillion won in a new plant, Hanul Robotics said.")
    assert ("Daewon Ventures", "invests_in", "Hanul Robotics") not in facts(record)


# A name NER ran on into the currency sign of the sum after it ("Hanul Robotics for Rs") ends
# before the sign: the firm is bought, the sum its price.
@pytest.mark.parametrize("money, amount", [("Rs 1,200 crore", 1.2e10), ("Rs 50 lakh", 5e6)])
def test_a_name_does_not_run_into_the_currency_sign(extract_text, money, amount):
    record = extract_text(f"Daewon Ventures acquired Hanul Robotics for {money}.")
    found = qualifiers_of(record, "Daewon Ventures", "acquires", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency")) == (amount, "INR")


# A currency word after the number that a name takes in ("300 million Hong Kong dollars")
# stays the money's, and a name before it stays whole.
def test_a_currency_name_after_the_number_stays_the_moneys(extract_text):
    record = extract_text("Daewon Ventures acquired Hanul Robotics for 300 million Hong Kong dollars.")
    found = qualifiers_of(record, "Daewon Ventures", "acquires", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency")) == (300e6, "HKD")


# The seller of a part of a firm ("bought 16.9 percent of Hanul from Kim", "a 20% stake in
# Hanul from Minjin") held it; what it keeps, told right after, is its stake now.
@pytest.mark.parametrize("text, seller", [
    ("Daewon Ventures acquired 16.9 percent of Hanul Robotics from Kim Min-jun for 9,090 won a share. "
     "Kim will retain a 78.1 percent holding, Hanul Robotics said on Sunday.", "Kim Min-jun"),
    ("Daewon Ventures bought a 16.9 per cent stake in Hanul Robotics from Minjin Holdings. "
     "Minjin Holdings will keep a 78.1 per cent stake.", "Minjin Holdings"),
])
def test_the_seller_holds_what_it_keeps(extract_text, text, seller):
    record = extract_text(text)
    assert qualifiers_of(record, seller, "holds_stake_in", "Hanul Robotics").get("stake_percent") == 78.1
    assert qualifiers_of(record, "Daewon Ventures", "holds_stake_in", "Hanul Robotics").get("stake_percent") == 16.9


# Where the text tells nothing the seller keeps, the part it sold is the stake it held; and
# over half of a firm taken is the firm bought, by the buyer alone.
def test_the_seller_held_what_it_sold_where_nothing_is_kept(extract_text):
    record = extract_text("Daewon Ventures bought a 60% stake in Hanul Robotics from Minjin Holdings. "
                          "Minjin Holdings opened an office in Busan.")
    assert qualifiers_of(record, "Minjin Holdings", "holds_stake_in", "Hanul Robotics").get("stake_percent") == 60
    assert ("Minjin Holdings", "acquires", "Hanul Robotics") not in facts(record)
    assert qualifiers_of(record, "Daewon Ventures", "acquires", "Hanul Robotics").get("stake_percent") == 60


# A lead that tells the deal by descriptions ("a sovereign wealth fund has bought a $1.5
# billion stake in the investment company of ..."), right before the sentence that names its
# ends, gives that deal its money.
@pytest.mark.parametrize("lead, amount, currency", [
    ("Korea's state pension fund has bought a $1.5 billion stake in the holding company of billionaire Kim Min-jun.", 1.5e9, "USD"),
    ("A Japanese pension fund has invested 30 billion yen in a Korean robot maker.", 30e9, "JPY"),
])
def test_a_lead_told_by_descriptions_gives_the_deal_its_money(extract_text, lead, amount, currency):
    record = extract_text(f"{lead} Daewon Capital acquired 20 percent of Hanul Robotics, the companies said.")
    found = qualifiers_of(record, "Daewon Capital", "invests_in", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency")) == (amount, currency)


# Not from a sentence further back, nor from one whose money is no such deal's.
@pytest.mark.parametrize("text", [
    "A Japanese pension fund has invested 30 billion yen in a Korean robot maker. Minjin Ventures opened an office in Busan. "
    "Daewon Capital acquired 20 percent of Hanul Robotics, the companies said.",
    "The company's board approved a 500 billion won plan. Daewon Capital acquired 20 percent of Hanul Robotics, the companies said.",
])
def test_no_money_from_a_lead_further_back_or_of_no_deal(extract_text, text):
    record = extract_text(text)
    assert "amount" not in qualifiers_of(record, "Daewon Capital", "invests_in", "Hanul Robotics")


# "20.5 pct", which NER reads as a bare number: a percentage all the same.
@pytest.mark.parametrize("text", ["Daewon Capital owns 20.5 pct of Hanul Robotics.",
                                  "Daewon Capital holds a 20.5 pct stake in Hanul Robotics."])
def test_pct_writes_a_percentage(extract_text, text):
    assert qualifiers_of(extract_text(text), "Daewon Capital", "holds_stake_in", "Hanul Robotics").get("stake_percent") == 20.5


def test_a_number_of_pieces_is_no_percentage(extractor):
    from kg.extract.value_spans import whole_money

    doc = whole_money(extractor.nlp("Daewon Capital shipped 20 pcs and a 5 pct stake to Hanul Robotics."))
    assert [e.text for e in doc.ents if e.label_ == "PERCENT"] == ["5 pct"]


# A part added to a stake ("a further 5%", "an additional 5 percent stake"), the sentence
# telling the stake it brings the buyer to: the stake held is that one.
@pytest.mark.parametrize("text, percent", [
    ("Daewon Capital acquired a further 5% of Hanul Robotics, taking its stake to 25%.", 25),
    ("Daewon Capital bought an additional 5 percent stake in Hanul Robotics, raising its holding to 25.5 percent.", 25.5),
    ("Daewon Capital bought another 3 pct of Hanul Robotics, bringing its total stake to 18 pct.", 18),
])
def test_a_part_added_to_a_stake_gives_the_stake_it_comes_to(extract_text, text, percent):
    assert qualifiers_of(extract_text(text), "Daewon Capital", "holds_stake_in", "Hanul Robotics").get("stake_percent") == percent


# Not where the part is no addition, nor where the stake it comes to is in another firm.
@pytest.mark.parametrize("text", ["Daewon Capital acquired 5% of Hanul Robotics, taking its total stake to 25%.",
                                  "Daewon Capital acquired a further 5% of Hanul Robotics, taking its stake in Minjin Motors to 25%."])
def test_a_part_not_added_or_a_stake_elsewhere_keeps_its_own_percent(extract_text, text):
    assert qualifiers_of(extract_text(text), "Daewon Capital", "holds_stake_in", "Hanul Robotics").get("stake_percent") == 5


# A later sentence that pays for the deal gives it its sum with the dollar figure beside it,
# and "the total consideration" is the deal's price.
@pytest.mark.parametrize("later, usd", [
    ("Daewon Capital will pay 1.2 trillion won ($900 million) in cash.", 900e6),
    ("The total consideration is 1.2 trillion won.", None),
])
def test_a_later_sentence_prices_the_purchase(extract_text, later, usd):
    record = extract_text(f"Daewon Capital has agreed to buy Hanul Robotics. {later}")
    found = qualifiers_of(record, "Daewon Capital", "acquires", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency"), found.get("amount_usd")) == (1.2e12, "KRW", usd)


# Consideration given for something else is no price of the deal.
def test_consideration_of_another_matter_prices_nothing(extract_text):
    record = extract_text("Daewon Capital has agreed to buy Hanul Robotics. Regulators gave the plan careful consideration "
                          "after Minjin Motors lost 30 billion won.")
    assert "amount" not in qualifiers_of(record, "Daewon Capital", "acquires", "Hanul Robotics")


# "A combined" sum is that of several parties: no one investor's own; the lead right before,
# telling the investor's own sum by a description of the firm, gives it.
def test_a_combined_sum_is_no_ones_own(extract_text):
    record = extract_text("Daewon Capital said on Monday it will invest US$33 million in a British battery materials maker. "
                          "Daewon Capital will form a consortium with Minjin Ventures to invest a combined 80 billion won "
                          "in Hanul Robotics Ltd, the company said.")
    found = qualifiers_of(record, "Daewon Capital", "invests_in", "Hanul Robotics Ltd")
    assert (found.get("amount"), found.get("currency")) == (33e6, "USD")
    assert "amount" not in qualifiers_of(record, "Minjin Ventures", "invests_in", "Hanul Robotics Ltd")


def test_a_sum_of_ones_own_stays_its_amount(extract_text):
    found = qualifiers_of(extract_text("Daewon Capital will invest a further 80 billion won in Hanul Robotics."),
                          "Daewon Capital", "invests_in", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency")) == (80e9, "KRW")


# A part bought or owned named with "in" ("acquire 55.5 percent in Hanul", "owns 20% in
# Hanul"), and a part bought under a verb of agreeing or planning ("agreed to acquire 55.5
# percent of Hanul"): over half is the firm bought.
@pytest.mark.parametrize("text, fact, percent", [
    ("Daewon Capital agreed to acquire 55.5 percent in local charger maker Hanul Robotics for 293 billion won.",
     ("Daewon Capital", "acquires", "Hanul Robotics"), 55.5),
    ("Daewon Capital agreed to acquire 55.5 percent of Hanul Robotics for 293 billion won.",
     ("Daewon Capital", "acquires", "Hanul Robotics"), 55.5),
    ("Daewon Capital owns 20% in Hanul Robotics.", ("Daewon Capital", "holds_stake_in", "Hanul Robotics"), 20),
    ("Daewon Capital plans to buy 20 per cent of Hanul Robotics.", ("Daewon Capital", "holds_stake_in", "Hanul Robotics"), 20),
])
def test_a_part_named_with_in_or_under_a_plan(extract_text, text, fact, percent):
    assert qualifiers_of(extract_text(text), *fact).get("stake_percent") == percent


# A part sold or spent is no stake, nor a share of something that is no firm.
@pytest.mark.parametrize("text", ["Daewon Capital sold 20% in Hanul Robotics last year.",
                                  "Daewon Capital invested 20% in Hanul Robotics' research last year.",
                                  "Daewon Capital agreed to cut 20 percent of its staff in Hanul Robotics."])
def test_a_part_sold_or_spent_is_no_stake(extract_text, text):
    assert ("Daewon Capital", "holds_stake_in", "Hanul Robotics") not in facts(extract_text(text))


# Parts listed for holders listed, without "respectively": each holds a stake, of no part
# the text pairs with it.
def test_listed_parts_without_respectively_give_no_holder_a_part(extract_text):
    record = extract_text("Daewon Group and Honda hold 51 percent and 49 percent stakes in Hanul Robotics.")
    for holder in ("Daewon Group", "Honda"):
        assert "stake_percent" not in qualifiers_of(record, holder, "holds_stake_in", "Hanul Robotics")


def test_listed_parts_with_respectively_pair_each_holder(extract_text):
    record = extract_text("Daewon Group and Honda hold 51 percent and 49 percent stakes in Hanul Robotics, respectively.")
    assert qualifiers_of(record, "Honda", "holds_stake_in", "Hanul Robotics").get("stake_percent") == 49


# A firm bought whole at a price per share, the sentence valuing it: that value is the price.
@pytest.mark.parametrize("text, amount, currency", [
    ("Daewon Capital will acquire Hanul Robotics for $12 a share, valuing the company at about $1.5 billion.", 1.5e9, "USD"),
    ("Daewon Capital agreed to buy Hanul Robotics for 4,050 yen apiece in a deal that values the company at 300 billion yen.",
     300e9, "JPY"),
])
def test_a_firm_bought_whole_is_priced_at_its_value(extract_text, text, amount, currency):
    found = qualifiers_of(extract_text(text), "Daewon Capital", "acquires", "Hanul Robotics")
    assert (found.get("amount"), found.get("currency")) == (amount, currency)


# Not a stake nor a round, whose firm's value is no price paid.
@pytest.mark.parametrize("text, fact", [
    ("Daewon Capital will buy a 30% stake in Hanul Robotics for $12 a share, valuing the company at about $1.5 billion.",
     ("Daewon Capital", "invests_in", "Hanul Robotics")),
    ("Daewon Capital led a round in Hanul Robotics, valuing the company at $900 million.",
     ("Daewon Capital", "invests_in", "Hanul Robotics")),
])
def test_a_part_or_a_round_is_not_priced_at_the_firms_value(extract_text, text, fact):
    assert "amount" not in qualifiers_of(extract_text(text), *fact)
