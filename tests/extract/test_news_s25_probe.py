"""Kinds of wording met on news snippets outside the corpus (session 25): a holder's whole
stake sold ("X's entire stake in Y"), a unit named between its owner and the word "unit"
("Metro's Ceconomy unit"), a part bought under an agreement ("signed an agreement to
acquire 74 percent of Y"). Each case beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_holders_entire_stake_is_all_it_holds_not_all_of_the_firm(extract_text):
    record = extract_text("The deal for Minjin Capital's entire stake in Hanul Robotics should close in August.")
    assert not fact_ends(record, "acquires")
    assert ("Minjin Capital", "Hanul Robotics") in fact_ends(record, "holds_stake_in")
    assert "stake_percent" not in fact_qualifiers(record, "Minjin Capital", "holds_stake_in", "Hanul Robotics")
    sold = extract_text("Daewon Group sold its entire stake in Hanul Robotics to Minjin Capital.")
    assert not fact_ends(sold, "acquires")
    assert ("Minjin Capital", "Hanul Robotics") in fact_ends(sold, "holds_stake_in")
    # The whole of a firm bought, with no holder named, is still the firm bought.
    whole = extract_text("Daewon Group acquired the entire stake in Hanul Robotics.")
    assert fact_qualifiers(whole, "Daewon Group", "acquires", "Hanul Robotics")["stake_percent"] == 100


def test_a_unit_named_between_its_owner_and_the_word_unit_acts(extract_text):
    record = extract_text("Daewon's Hanul Robotics unit will buy a 24 percent stake in Minjin Motors.")
    assert ("Hanul Robotics", "Minjin Motors") in fact_ends(record, "holds_stake_in")
    assert not any(s == "Daewon" for s, _ in fact_ends(record, "holds_stake_in"))
    # With no owner named, the name before "unit" is the owner's: no unit named acts.
    owner = extract_text("The Hanul Robotics unit will buy a 24 percent stake in Minjin Motors.")
    assert ("Hanul Robotics", "Minjin Motors") not in fact_ends(owner, "holds_stake_in")


def test_a_part_bought_under_an_agreement(extract_text):
    record = extract_text("Kestrel Holdings said it has signed an agreement to acquire 74 percent of Brandt Logistics.")
    assert fact_qualifiers(record, "Kestrel Holdings", "acquires", "Brandt Logistics")["stake_percent"] == 74
    minority = extract_text("Kestrel Holdings reached a deal to buy 20 percent of Brandt Logistics.")
    assert fact_qualifiers(minority, "Kestrel Holdings", "holds_stake_in", "Brandt Logistics")["stake_percent"] == 20
    # Another's offer, or a sale, buys nothing for the subject.
    assert not fact_ends(extract_text("Kestrel Holdings rejected Minjin's offer to buy 60 percent of Brandt Logistics."), "acquires")
    assert not fact_ends(extract_text("Kestrel Holdings signed an agreement to sell 60 percent of Brandt Logistics."), "acquires")


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_an_acronym_describing_a_unit_whose_name_follows_is_no_firm(extract_text):
    # "CVC" spells a firm of the reference data; before "unit" and the unit's name it is the
    # common noun (corporate venture capital).
    record = extract_text("Hanul Wealth raised $48 million, backed by Daewon's CVC unit Sora Ventures, among others.")
    assert not any(name.startswith("CVC") for name, _ in named(record))
    assert ("Sora Ventures", "Hanul Wealth") in fact_ends(record, "invests_in")
    compound = extract_text("The round was backed by Daewon's health-focused CVC unit Sora Ventures.")
    assert not any(name.startswith("CVC") for name, _ in named(compound))
    # Named alone, the letters are still the firm's.
    assert any(name.startswith("CVC") for name, _ in named(extract_text("CVC invested $40 million in Hanul Wealth.")))


def test_marketing_agencies_and_publishers_are_firms(extract_text):
    assert ("Thinkr", "Company") in named(extract_text("The round was raised by artist management and marketing agency Thinkr."))
    record = extract_text("Manga Kobo, a Japan-based online comic publisher, raised $19.3 million, backed by Daewon Life.")
    assert ("Manga Kobo", "Company") in named(record)
    assert ("Daewon Life", "Manga Kobo") in fact_ends(record, "invests_in")
    # A public body's agency stays one.
    assert ("Sora", "GovernmentBody") in named(extract_text("The state agency Sora fined Hanul Robotics on Monday."))


def test_the_raiser_named_beside_a_description_owns_the_round(extract_text):
    record = extract_text("Asset management company Neo raised $48 million for a series B round, backed by Daewon Capital.")
    assert fact_ends(record, "invests_in") == {("Daewon Capital", "Neo")}
    # A raiser kg cannot name is no licence to give the round to another firm of the text.
    other = extract_text("Hanul Robotics raised $5 million last year. A wealth startup raised $48 million for a "
                         "series B round, backed by Daewon Capital.")
    assert not fact_ends(other, "invests_in")


def test_money_of_a_round_backed_by_an_investor(extract_text):
    record = extract_text("Hanul Rockets raised 3.1bn yen ($21.4m) of series E funding, backed by Daewon Telecom, among others.")
    qualifiers = fact_qualifiers(record, "Daewon Telecom", "invests_in", "Hanul Rockets")
    assert {k: qualifiers.get(k) for k in ("amount", "currency", "amount_usd", "round")} == {
        "amount": 3.1e9, "currency": "JPY", "amount_usd": 21.4e6, "round": "series-e"}
    # Money backed by nobody named gives no investor.
    assert not fact_ends(extract_text("Hanul Rockets raised 3.1bn yen ($21.4m) of series E funding, backed by strong demand."),
                         "invests_in")


def test_a_ranking_or_a_markets_mood_narrows_no_sector(extract_text):
    record = extract_text("Hanul Bank, South Korea's top foreign exchange specialist, said so.")
    assert fact_ends(record, "operates_in_sector") == {("Hanul Bank", "foreign exchange")}
    mood = extract_text("Hanul Bank wants to boost its presence in the country's highly competitive banking sector.")
    assert fact_ends(mood, "operates_in_sector") == {("Hanul Bank", "banking")}
    # Words that do narrow it stay.
    narrow = extract_text("Hanul Bank, a leading investment banking specialist, said so.")
    assert fact_ends(narrow, "operates_in_sector") == {("Hanul Bank", "investment banking")}


def test_two_organisations_names_that_abut_before_a_legal_form_are_one(extract_text):
    record = extract_text("Daewon Financial will buy the stake from Hyundai Merchant Marine Co Ltd and other shareholders.")
    assert ("Hyundai Merchant Marine Co Ltd", "Company") in named(record)
    assert not any(name.startswith("Merchant Marine") for name, _ in named(record))
    # Names a comma or "and" parts stay two.
    two = extract_text("Daewon Financial, Hanul Securities and Minjin Marine Co Ltd bought shares.")
    assert {"Hanul Securities", "Minjin Marine Co Ltd"} <= {name for name, _ in named(two)}


def test_the_insurer_and_the_lender_refer_back(extract_text):
    insurer = extract_text("Minjin Life is an insurer. Daewon Financial holds 12 percent of the insurer.")
    assert fact_qualifiers(insurer, "Daewon Financial", "holds_stake_in", "Minjin Life")["stake_percent"] == 12
    lender = extract_text("Daewon Financial will acquire a stake in Hanul Bank for 1.2 trillion won. "
                          "Daewon Financial said it will acquire a 22.56 percent stake in the lender.")
    assert fact_qualifiers(lender, "Daewon Financial", "holds_stake_in", "Hanul Bank")["stake_percent"] == 22.56


def test_the_figure_a_change_ended_at_not_where_it_started(extract_text):
    record = extract_text("Kenya's exports to Uganda rose from $2.5 billion in 2023 to $3 billion in 2024.")
    assert fact_qualifiers(record, "Kenya", "exports_to", "Uganda")["amount"] == 3e9
    # A figure after "from" with none after "to" is still the figure.
    alone = extract_text("Daewon Holdings raised $40 million from Hanul Capital to build a plant.")
    assert fact_qualifiers(alone, "Hanul Capital", "invests_in", "Daewon Holdings")["amount"] == 40e6
    up = extract_text("Kenya's exports to Uganda were $3 billion in 2024, up from $2.5 billion in 2023.")
    assert fact_qualifiers(up, "Kenya", "exports_to", "Uganda")["amount"] == 3e9


def test_the_subject_of_a_passive_governor_takes_the_stake(extract_text):
    record = extract_text("Daewon Holdings is set to acquire a 30 percent stake in Hanul Robotics.")
    assert fact_qualifiers(record, "Daewon Holdings", "holds_stake_in", "Hanul Robotics")["stake_percent"] == 30
    told = extract_text("Daewon Holdings has said it is expected to buy a 20 percent stake in Hanul Robotics.")
    assert ("Daewon Holdings", "Hanul Robotics") in fact_ends(told, "holds_stake_in")
    # Who is told to sell one sells, and holds none after.
    assert not fact_ends(extract_text("Daewon Holdings was forced to sell a 30 percent stake in Hanul Robotics."), "holds_stake_in")


def test_two_way_trade_written_with_its_hyphen_is_the_pairs(extract_text):
    record = extract_text("Kenya's trade with Uganda rose 62.7% in the first half. Two-way trade after six months was $5.48 billion.")
    assert fact_qualifiers(record, "Kenya", "trades_with", "Uganda")["amount"] == 5.48e9
    # A one-way trade's figure is no pair's.
    one = extract_text("Kenya's trade with Uganda rose 62.7% in the first half. One-way traffic was $5.48 billion.")
    assert "amount" not in fact_qualifiers(one, "Kenya", "trades_with", "Uganda")


def test_a_firm_said_to_be_a_place_based_maker(extract_text):
    record = extract_text("Hanul Chemicals, which is a Busan-headquartered chemical manufacturer, will own 51% of the venture.")
    assert fact_ends(record, "headquartered_in") == {("Hanul Chemicals", "Busan")}
    assert fact_ends(record, "operates_in_sector") == {("Hanul Chemicals", "chemicals")}
    plain = extract_text("Hanul Chemicals is a Busan-based chemical manufacturer.")
    assert fact_ends(plain, "headquartered_in") == {("Hanul Chemicals", "Busan")}
    # Who backs a firm is no place it is based in.
    assert not fact_ends(extract_text("Hanul Chemicals is a Daewon-backed startup."), "headquartered_in")


def test_a_firm_made_into_anothers_subsidiary(extract_text):
    record = extract_text("Daewon Group said it has converted Minjin Cosmetics into a wholly owned subsidiary.")
    assert fact_qualifiers(record, "Minjin Cosmetics", "subsidiary_of", "Daewon Group")["stake_percent"] == 100
    clause = extract_text("Daewon Group will make Minjin Cosmetics a subsidiary.")
    assert fact_ends(clause, "subsidiary_of") == {("Minjin Cosmetics", "Daewon Group")}
    # Made into something that is no title, nothing.
    assert not fact_ends(extract_text("Daewon Group turned Minjin Cosmetics into a leader in skincare."), "subsidiary_of")


def test_a_partners_firm_named_with_a_comma_is_one_name(extract_text):
    record = extract_text("The deal was advised by law firm Gibson, Dunn & Crutcher LLP and Hanul Securities.")
    assert {"Gibson, Dunn & Crutcher LLP", "Hanul Securities"} <= {name for name, _ in named(record)}
    # A list whose last member is such a firm, with "and", is still a list.
    listed = extract_text("The advisers were Hanul Securities, Daewon Partners and Minjin & Sora LLP.")
    assert {"Hanul Securities", "Daewon Partners", "Minjin & Sora LLP"} <= {name for name, _ in named(listed)}
