"""Visits, trade and partnerships of session 29, kinds met on news outside the corpus (state
visits, ministers' trips, bilateral trade figures from customs and ministries, memoranda and
joint ventures): trade told "between" two countries at a paragraph's start or with its
turnover or volume; who leaves for a place to do something there ("left for Peru to attend")
or reaches one; a country named as a partner of figures ("exports to Chile") is no trader of
the story's later figures told without one.
Sentences invented here, each beside one of a near shape that must not be
read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers

TRADE = "trades_with"
VISITS = "visits"


def test_trade_between_two_countries_opening_a_later_paragraph(extract_text):
    record = extract_text("Ghana released its trade data on Monday.\n\n"
                          "Trade between Mali and Niger rose to $700 million in 2023.", "2024-02-05")
    assert fact_qualifiers(record, "Mali", TRADE, "Niger") == {"amount": 7e8, "currency": "USD", "date": "2023"}


def test_trade_turnover_or_volume_between_two_countries(extract_text):
    for noun in ("turnover", "volume"):
        record = extract_text(f"The trade {noun} between Mali and Niger reached $700 million in 2023.", "2024-02-05")
        assert fact_qualifiers(record, "Mali", TRADE, "Niger")["amount"] == 7e8, noun


def test_trade_talks_between_two_countries_are_no_trade(extract_text):
    record = extract_text("Ghana released its trade data on Monday.\n\n"
                          "Trade talks between Mali and Niger resumed in 2023.", "2024-02-05")
    assert fact_ends(record, TRADE) == set()


def test_who_leaves_for_a_country_to_do_something_there_visits_it(extract_text):
    record = extract_text("Kim Min-soo left for Peru on Monday to attend a mining forum.", "2024-02-05")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Peru")}


def test_who_leaves_a_choice_for_a_country_to_make_visits_nothing(extract_text):
    record = extract_text("Kim Min-soo left the decision for Peru to make.", "2024-02-05")
    assert fact_ends(record, VISITS) == set()


def test_who_reaches_a_city_visits_it(extract_text):
    record = extract_text("Kim Min-soo reached Nairobi on Monday.", "2024-02-05")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Nairobi")}


def test_who_reaches_a_city_for_a_visit_to_a_country_visits_both(extract_text):
    record = extract_text("Kim Min-soo reached Abu Dhabi for a two-day visit to the United Arab Emirates.", "2024-02-05")
    assert fact_ends(record, VISITS) == {("Kim Min-soo", "Abu Dhabi"), ("Kim Min-soo", "United Arab Emirates")}


def test_reaching_an_agreement_or_a_figure_is_no_visit(extract_text):
    for sentence in ("Kim Min-soo reached an agreement with Park Ji-hoon in January.",
                     "Trade between Mali and Niger reached $700 million in 2023."):
        assert fact_ends(extract_text(sentence, "2024-02-05"), VISITS) == set(), sentence


def test_a_partner_named_before_is_no_trader_of_the_storys_figures(extract_text):
    record = extract_text("Japan's exports rose 10 percent in June.\n\n"
                          "Exports to Chile surged 20 percent, to $5 billion, and exports to Chile and Bolivia made up "
                          "half the gain. Exports to Peru, Japan's second market, climbed 7 percent, to $2 billion.",
                          "2024-07-18")
    assert ("Japan", "Peru") in fact_ends(record, "exports_to")
    assert ("Chile", "Peru") not in fact_ends(record, "exports_to")


def test_a_base_of_another_year_is_a_figure_of_its_own(extract_text):
    for sentence, base in (("Trade between Mali and Niger reached $700 million in 2023, up from $600 million in 2022.", 6e8),
                           ("Trade between Mali and Niger rose from $500 million in 2021 to $700 million in 2023.", 5e8),
                           ("Trade between Mali and Niger fell to $700 million in 2023, compared with $800 million in 2022.", 8e8)):
        record = extract_text(sentence, "2024-02-05")
        figures = {(r["qualifiers"].get("amount"), r["qualifiers"].get("date")) for r in record["relations"]
                   if r["predicate"] == TRADE and not r.get("candidate")}
        assert (7e8, "2023") in figures and (base, "2021" if base == 5e8 else "2022") in figures, sentence
        assert len(figures) == 2, sentence


def test_a_base_without_its_own_year_is_no_figure_of_its_own(extract_text):
    record = extract_text("Trade between Mali and Niger reached $700 million in 2023, up from $600 million.", "2024-02-05")
    assert [r["qualifiers"].get("amount") for r in record["relations"] if r["predicate"] == TRADE] == [7e8]


def test_the_base_of_another_pair_is_not_the_first_pairs(extract_text):
    record = extract_text("Ghana's trade with Mali rose to $700 million in 2023, while for Niger it rose from $300 million "
                          "in 2021.",
                          "2024-02-05")
    assert 3e8 not in [r["qualifiers"].get("amount") for r in record["relations"] if r["predicate"] == TRADE]


def test_a_figure_beside_a_base_a_year_earlier_keeps_its_own_year(extract_text):
    record = extract_text("Mali's exports to Niger rose to $700 million in 2023 from $600 million a year earlier.", "2024-02-05")
    assert fact_qualifiers(record, "Mali", "exports_to", "Niger")["date"] == "2023"


def test_a_change_to_a_figure_written_without_its_scale_has_no_base_for_its_amount(extract_text):
    record = extract_text("Mali's exports to Niger increased from $9.3 billion in 2017-18 to 18.13 in 2021-22.", "2023-02-10")
    figures = {(r["qualifiers"].get("amount"), r["qualifiers"].get("date")) for r in record["relations"]
               if r["predicate"] == "exports_to"}
    assert (9.3e9, "2021/2022") not in figures and (9.3e9, "2017/2018") in figures
