"""Kinds of wording met on news snippets outside the corpus (session 27): a firm's first word
alone that NER takes for a person's name ("Hanbit makes memory chips" after "Hanbit Semicon"),
a story opening with a place before "-based" (no dateline). Each case beside one of the same
shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_firms_first_word_alone_is_that_firm_not_its_parent(extract_text):
    # NER read the bare first word as a person's name; made a firm by the verb later, it
    # stayed apart from the full name and became the firm's parent.
    record = extract_text("Seoul-based chipmaker Hanbit Semicon said on Monday it had raised 20 billion won from "
                          "investors. Hanbit makes memory chips for phones.")
    assert not fact_ends(record, "subsidiary_of")
    assert ("Hanbit Semicon", "memory chips") in fact_ends(record, "operates_in_sector")
    assert "Hanbit" not in {name for name, _ in named(record)}
    # A person's full name that ends in the word claims it: the bare word stays that person's.
    person = extract_text("Seoul-based chipmaker Hanbit Semicon said on Monday it had raised 20 billion won. Its chief "
                          "executive, Alan Hanbit, founded the company in 2015. Hanbit said the money would fund a new plant.")
    assert ("Hanbit Semicon", "Alan Hanbit") in fact_ends(person, "founded_by")
    assert ("Alan Hanbit", "Hanbit Semicon") in fact_ends(person, "ceo_of")


def test_a_place_before_based_opening_a_story_is_no_dateline(extract_text):
    # The hyphen of "Seoul-based" had been read as a dateline's dash: the chief executive,
    # a person of a Korean firm, was then said to visit Seoul.
    record = extract_text("Seoul-based chipmaker Hanbit Semicon said on Monday it had raised 20 billion won. Its chief "
                          "executive, Alan Hanbit, founded the company in 2015.")
    assert not fact_ends(record, "visits")
    # A dateline's spaced dash still says where a visitor from elsewhere told the story.
    dated = extract_text("SEOUL - Brazilian President Ana Lima signed a trade deal with South Korea on Monday.")
    assert ("Ana Lima", "Seoul") in fact_ends(dated, "visits")


def test_a_firm_whose_name_is_a_possessive_keeps_it_whole(extract_text):
    # "McDonald's Korea" had been cut into "McDonald" and Korea, and the sale not read.
    record = extract_text("McDonald's Korea was sold to Hanbit Foods for 500 billion won. Moody's and Sainsbury's "
                          "also reported earnings.")
    assert ("Hanbit Foods", "McDonald's Korea") in fact_ends(record, "acquires")
    assert {"McDonald's Korea", "Moody's", "Sainsbury's"} <= {name for name, _ in named(record)}
    # Any other firm's possessive owns what follows it: two names, as before.
    owner = extract_text("Hanbit Foods's Korea unit was sold to Orvik Group for 500 billion won.")
    assert ("Hanbit Foods", "Company") in named(owner)
    assert not any("'s" in name for name, _ in named(owner))


def test_a_deal_of_sale_with_a_firm_is_no_partnership(extract_text):
    # "its acquisition deal with X" had made the seller and its buyer partners.
    record = extract_text("Hanbit Foods's founder defended its acquisition deal with Corvane Partners on Monday.")
    assert not fact_ends(record, "partners_with")
    # A deal of another kind with a firm still is one.
    supply = extract_text("Hanbit Foods signed a supply deal with Orvik Group on Monday.")
    assert ("Hanbit Foods", "Orvik Group") in fact_ends(supply, "partners_with")


def test_a_family_name_ner_read_as_a_place_ends_the_persons_name(extract_text):
    # "Pham Nhat" and a place "Vuong" had made the founder half a name and the firm
    # another's subsidiary through "its".
    record = extract_text("The conglomerate, led by founder Tran Minh Vuong, Vietnam's richest man, will finance "
                          "the fund. An additional $50 million will be contributed by Vuong.")
    assert "Tran Minh Vuong" in {name for name, kind in named(record) if kind == "Person"}
    assert "Vuong" not in {name for name, _ in named(record)}
    # A known place after a person's name stays the place.
    placed = extract_text("The fund, led by founder Tran Minh of Hanoi, will invest in Orvik Robotics.")
    assert ("Hanoi", "City") in named(placed)


def test_a_name_beside_an_opening_phrases_noun_and_the_subject_after_it_are_no_list(extract_text):
    # "Though known for its arm, X, Y is ...": Y is the subject; X had been listed with it
    # (both the parent's subsidiaries), and "is the parent company of" not read.
    record = extract_text("Though known for its property arm, Orvik Homes, Hanbit Group is also the parent company "
                          "of carmaker Orvik Motors.")
    assert fact_ends(record, "subsidiary_of") == {("Orvik Motors", "Hanbit Group")}
    # A list of investors joined by commas and "and" stays a list.
    listed = extract_text("Meanwhile, Corvane, Daewon Partners, and Minjin Capital pledged $9 million for Orvik Motors.")
    assert {s for s, _ in fact_ends(listed, "invests_in")} == {"Corvane", "Daewon Partners", "Minjin Capital"}


def test_whose_trade_a_sentence_without_a_trader_tells(extract_text):
    # "India's commerce with China" had also been read as the trade of the country named most
    # (the US), and "Exports to China" after it given to the US.
    record = extract_text("The US has become India's biggest trading partner. Trade between India and the US rose "
                          "to $128 billion in 2023. Exports to the US rose 3 per cent. India's two-way commerce with "
                          "China fell 1.5 per cent to $113 billion. Exports to China dipped 28 per cent to $15 billion.",
                          "2024-04-16")
    assert ("United States", "China") not in fact_ends(record, "trades_with")
    assert ("United States", "China") not in fact_ends(record, "exports_to")
    assert ("India", "China") in fact_ends(record, "exports_to")


def test_a_date_after_a_figure_compared_against_dates_no_fact(extract_text):
    # "as against $119.5 billion in 2021-22", the date hung on the verb, had dated the trade.
    record = extract_text("Trade between India and Japan rose 7.6 per cent to $28.5 billion in 2023 as against "
                          "$26.5 billion in 2022.", "2024-04-16")
    dates = {f["qualifiers"].get("date") for f in record["relations"] if f["predicate"] == "trades_with"
             and f["qualifiers"].get("amount") == 28.5e9}
    assert dates == {"2023"}
    # The compared figure, with its own year, is a figure of its own (session 29: base_figures).
    assert {(f["qualifiers"].get("amount"), f["qualifiers"].get("date")) for f in record["relations"]
            if f["predicate"] == "trades_with"} == {(28.5e9, "2023"), (26.5e9, "2022")}
    # The year of the figure itself still dates it when no compared figure comes before.
    plain = extract_text("Trade between India and Japan rose 7.6 per cent to $28.5 billion in 2022.", "2024-04-16")
    assert {f["qualifiers"].get("date") for f in plain["relations"] if f["predicate"] == "trades_with"} == {"2022"}


def test_a_post_after_as_is_of_the_body_its_of_names(extract_text):
    # "The board appointed X as chief executive of Y" had given no post; "Y appointed X as
    # chief executive of its unit Z" had made X the chief of Y as well as of Z.
    record = extract_text("The board appointed Anil Kapoor as chief executive of Hanbit Motors.")
    assert fact_ends(record, "ceo_of") == {("Anil Kapoor", "Hanbit Motors")}
    unit = extract_text("Hanbit Motors appointed Anil Kapoor as chief executive of its unit Orvik Energy.")
    assert fact_ends(unit, "ceo_of") == {("Anil Kapoor", "Orvik Energy")}
    # With no "of", the post is the appointing firm's, as before.
    own = extract_text("Hanbit Motors appointed Anil Kapoor as its new chief executive.")
    assert fact_ends(own, "ceo_of") == {("Anil Kapoor", "Hanbit Motors")}
