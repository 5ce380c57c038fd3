"""Relations between two names of one sentence that no rule joined, as real news writes
them (session 21), on sentences invented here, each beside one of the same shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def test_a_plant_the_firm_owns_says_what_it_makes(extract_text):
    found = sectors(extract_text("Park Ji-hoon toured an automotive battery plant of Hanul Motors in Ohio."))
    assert ("Hanul Motors", "batteries") in found


def test_a_plant_named_for_its_place_says_nothing_of_the_trade(extract_text):
    record = extract_text("Park Ji-hoon toured the Ohio plant of Hanul Motors.")
    assert not sectors(record)


def test_the_possessive_production_of_a_firm(extract_text):
    found = sectors(extract_text("Tokyo allowed the export of a chemical crucial for Daewon Electronics' "
                                 "advanced contract chipmaking production."))
    assert ("Daewon Electronics", "contract chipmaking") in found


def test_operations_are_read_by_their_lemma(extract_text):
    found = sectors(extract_text("Kim Min-soo visited Hanul Motors' battery operations in Ohio."))
    assert ("Hanul Motors", "batteries") in found


def test_a_division_bought_is_not_the_buyers_trade(extract_text):
    # A part sold or spun off: the gold gives its trade to the part alone.
    record = extract_text("Daewon Group agreed to acquire the robotics division of Hanul Engineering for $5 billion.")
    assert not {end for end in sectors(record) if end[0] in ("Daewon Group", "Hanul Engineering")}


def test_production_started_or_increased(extract_text):
    found = sectors(extract_text("Hanul Electronics will invest $500 million to increase production of home "
                                 "appliances in Mexico."))
    assert ("Hanul Electronics", "home appliances") in found


def test_production_halted_is_no_trade_read(extract_text):
    # Not a verb that makes production grow: no rule of this kind reads it.
    record = extract_text("Flooding halted production of home appliances at the Busan site of Hanul Electronics.")
    assert ("Hanul Electronics", "home appliances") not in sectors(record)


def facts(record, relation: str) -> set[tuple[str, str]]:
    return fact_ends(record, relation)


def test_a_part_of_the_shares_of_a_firm_is_a_stake(extract_text):
    record = extract_text("Daewon Ventures bought 30% of the shares in Hanul Robotics.")
    assert ("Daewon Ventures", "Hanul Robotics") in facts(record, "holds_stake_in")


def test_most_of_the_shares_of_a_firm_is_the_firm(extract_text):
    record = extract_text("Daewon Ventures in mid-June acquired 95.24% of shares of Hanul Robotics in a deal "
                          "worth $91.2 million.")
    assert ("Daewon Ventures", "Hanul Robotics") in facts(record, "acquires")


def test_a_part_of_a_firms_shares_named_by_its_possessor(extract_text):
    record = extract_text("Daewon Ventures bought 40% of Hanul Robotics' shares.")
    assert ("Daewon Ventures", "Hanul Robotics") in facts(record, "holds_stake_in")


def test_a_part_of_the_shares_sold_is_no_stake_of_the_seller(extract_text):
    # The seller gives its shares away: the portion frames read buying and owning only.
    record = extract_text("Daewon Ventures sold 30% of the shares in Hanul Robotics.")
    assert ("Daewon Ventures", "Hanul Robotics") not in facts(record, "holds_stake_in")


def test_who_leads_a_visit_visits(extract_text):
    record = extract_text("Vice President Park Ji-hoon will lead an official visit to Mexico on August 27-28.")
    assert ("Park Ji-hoon", "Mexico") in facts(record, "visits")


def test_who_plans_a_visit_for_another_is_not_read_by_leading(extract_text):
    # "lead" carries the visit's noun only: leading talks about a visit is no visit.
    record = extract_text("Park Ji-hoon will lead talks on a future visit by Kim Min-soo to Mexico.")
    assert ("Park Ji-hoon", "Mexico") not in facts(record, "visits")


def test_a_fintech_or_a_shipyard_of_a_country(extract_text):
    record = extract_text("South Korea's fintech Hanul Pay raised $198 million. South Korean shipyard Daewon Heavy "
                          "Industries Co. said it will buy a stake in Minjin Parts.")
    found = facts(record, "headquartered_in")
    assert ("Hanul Pay", "South Korea") in found
    assert ("Daewon Heavy Industries Co.", "South Korea") in found


def test_a_name_after_a_description_and_a_comma_may_be_who_reports(extract_text):
    record = extract_text("Hanul Energy may pump around $300 million into the Indian unicorn, Minjin News reported "
                          "citing unidentified sources.")
    assert ("Minjin News", "India") not in facts(record, "headquartered_in")


def test_a_name_after_a_description_and_a_comma_is_the_firm_described(extract_text):
    record = extract_text("The Chinese EV startup, Hanul Motors, said it raised $5 million.")
    assert ("Hanul Motors", "China") in facts(record, "headquartered_in")


def test_both_titles_before_of_and_the_name(extract_text):
    record = extract_text("Chairman and CEO of Hanul Motors Kim Min-soo also took part in the round.")
    assert ("Kim Min-soo", "Hanul Motors") in facts(record, "chair_of")
    assert ("Kim Min-soo", "Hanul Motors") in facts(record, "ceo_of")


def test_a_vice_chairman_before_of_is_no_chairman(extract_text):
    record = extract_text("Vice Chairman and CEO of Hanul Motors Kim Min-soo also took part in the round.")
    assert ("Kim Min-soo", "Hanul Motors") not in facts(record, "chair_of")


def rivals(record) -> set[frozenset]:
    return {frozenset(ends) for ends in facts(record, "competes_with")}


def test_the_rival_a_firm_buys_is_its_rival(extract_text):
    record = extract_text("Hanul Chips announced Thursday that it closed its acquisition of rival Minjin Technologies "
                          "in an all-stock deal.")
    assert frozenset({"Hanul Chips", "Minjin Technologies"}) in rivals(record)


def test_a_merger_with_a_rival(extract_text):
    record = extract_text("Daewon Motors' merger with rival Hanul Cars was approved.")
    assert frozenset({"Daewon Motors", "Hanul Cars"}) in rivals(record)


def test_a_firm_bought_without_the_word_rival_is_no_rival(extract_text):
    record = extract_text("Daewon Motors announced the acquisition of Hanul Cars on Monday.")
    assert not rivals(record)


def test_money_committed_to_a_fund_is_invested_in_it(extract_text):
    record = extract_text("In 2020, Daewon Capital also made a EUR 1 billion commitment to Hanul Bank's flagship "
                          "Minjin Fund.")
    assert ("Daewon Capital", "Minjin Fund") in facts(record, "invests_in")


def test_a_commitment_to_a_place_or_a_cause_is_no_investment(extract_text):
    record = extract_text("Daewon Capital reaffirmed its commitment to Vietnam and to sustainability.")
    assert not facts(record, "invests_in")


def test_firms_listed_after_a_based_description(extract_text):
    record = extract_text("The start-up, whose Busan-based peers include Hanul Robotics and Minjin Seek Co., was "
                          "founded in 2017.")
    assert ("Hanul Robotics", "Busan") in facts(record, "headquartered_in")


def test_a_firm_one_of_the_based_firms(extract_text):
    record = extract_text("Among its partners is Hanul Motors, one of a host of Korea-based startups.")
    assert ("Hanul Motors", "South Korea") in facts(record, "headquartered_in")


def test_a_based_description_without_a_list_gives_no_home(extract_text):
    # Plural firms described, none named: a firm after another verb is no member.
    record = extract_text("Busan-based startups raised money from Hanul Capital last year.")
    assert ("Hanul Capital", "Busan") not in facts(record, "headquartered_in")
