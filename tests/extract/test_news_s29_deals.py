"""Posts, investments, stakes and purchases as fresh deal and appointment news writes them
(session 29): kinds of wording that gave a wrong fact or missed one; each on a sentence
invented here, beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def _classes(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_one_appointed_as_a_chief_is_a_person_whatever_ner_called_the_name(extract_text):
    # "Mittu Chandilya, a Singapore-based consultant, has been appointed as chief executive
    # officer of AirAsia India" had made him a firm at home in Singapore, with no post.
    record = extract_text("Mittu Pallav, a Dubai-based consultant, has been appointed as chief executive officer of Hanul Air India.")
    assert _classes(record).get("Mittu Pallav") == "Person"
    assert ("Mittu Pallav", "Hanul Air India") in fact_ends(record, "ceo_of")
    assert not [f for f in fact_ends(record, "headquartered_in") if f[0] == "Mittu Pallav"]
    named = extract_text("Mittu Chandi was named chief executive of Hanul Air India on Monday.")
    assert ("Mittu Chandi", "Hanul Air India") in fact_ends(named, "ceo_of")
    # A firm named as a partner or a supplier is no person.
    firm = extract_text("Hanul Robotics has been selected as the supplier of the Busan metro project.")
    assert _classes(firm).get("Hanul Robotics") == "Company"


def test_a_passive_clause_with_its_own_subject_tells_nothing_of_the_main_clauses(extract_text):
    # "While the operations at Audi India are headed by Balbir Singh Dhillon, Volvo's Indian
    # business is managed by Jyoti Malhotra" had made Dhillon an executive of Volvo.
    record = extract_text("While Hanul Motors India is headed by Arvind Sen, Daewon's Indian business is managed by Priya Nair.")
    ends = fact_ends(record, "executive_of")
    assert ("Arvind Sen", "Daewon") not in ends
    assert {("Arvind Sen", "Hanul Motors India"), ("Priya Nair", "Daewon")} <= ends
    # A participle fronted with no subject of its own still tells of the clause's subject.
    fronted = extract_text("Backed by Minjin Capital, Hanul Robotics expanded abroad last year.")
    assert ("Minjin Capital", "Hanul Robotics") in fact_ends(fronted, "invests_in")


def test_a_post_one_is_set_to_take_is_read_through_the_control_verb(extract_text):
    # "Santosh Iyer is set to become the MD & CEO of Mercedes India" gave no post.
    record = extract_text("Anil Desai is set to become the chief executive of Hanul Motors India from January.")
    assert ("Anil Desai", "Hanul Motors India") in fact_ends(record, "ceo_of")
    named = extract_text("Kim Min-soo is expected to be named chairman of Daewon Group next month.")
    assert ("Kim Min-soo", "Daewon Group") in fact_ends(named, "chair_of")
    # Not the object of another's wish: Daewon wants it, Kim holds nothing yet.
    wish = extract_text("Daewon Group wants Kim Min-soo to become the chief executive of Hanul Robotics.")
    assert not fact_ends(wish, "ceo_of")


def test_a_deed_refused_or_declined_is_no_fact(extract_text):
    # "declined to invest in", "refused to buy", "declined to become its chairman" had each
    # given the fact the verb refuses.
    for sentence, predicate in (("Daewon Group declined to invest in Hanul Robotics.", "invests_in"),
                                ("Daewon Group refused to buy Hanul Robotics.", "acquires"),
                                ("Daewon Group declined to take a stake in Hanul Robotics.", "holds_stake_in")):
        assert ("Daewon Group", "Hanul Robotics") not in fact_ends(extract_text(sentence), predicate), sentence
    post = extract_text("Kim Min-soo refused to become the chief executive of Hanul Robotics.")
    assert not fact_ends(post, "ceo_of")
    # What a declined comment mentions stands; a stake one refuses to sell is kept.
    comment = extract_text("Daewon Group declined to comment on its plan to buy Hanul Robotics.")
    assert ("Daewon Group", "Hanul Robotics") in fact_ends(comment, "acquires")
    kept = extract_text("Daewon Group refused to sell its stake in Hanul Robotics.")
    assert ("Daewon Group", "Hanul Robotics") in fact_ends(kept, "holds_stake_in")


def test_a_title_the_parser_joined_to_a_name_after_a_quote_is_the_names(extract_text):
    # '..." stated Dare Okoudjou, Founder and CEO of MFS Africa.' gave no post: after
    # "stated" the parser joined "Founder" to the name as a second name.
    record = extract_text('"The round shows our growth," stated Sipho Ndlovu, Founder and CEO of Hanul Pay.')
    assert ("Sipho Ndlovu", "Hanul Pay") in fact_ends(record, "ceo_of")
    assert ("Hanul Pay", "Sipho Ndlovu") in fact_ends(record, "founded_by")
    # A list of people is no title.
    people = extract_text('"The round shows our growth," stated Sipho Ndlovu, Thabo Mokoena and Lee Jun of Hanul Pay.')
    assert not fact_ends(people, "ceo_of")


def test_a_firm_named_with_a_continent_is_one_arm_not_a_unit_of_the_firm(extract_text):
    # "MFS Africa's performance" had split into "MFS" and a continent, giving "MFS Africa
    # subsidiary_of MFS", and "CEO of MFS Africa" no post.
    record = extract_text("Sipho Ndlovu, chief executive of KPZ Group Middle East, said the round was a testament to its growth.")
    assert ("Sipho Ndlovu", "KPZ Group Middle East") in fact_ends(record, "ceo_of")
    assert "KPZ Group" not in _classes(record)
    assert not fact_ends(record, "subsidiary_of")
    # A firm that does business in a continent is no arm named by it.
    trade = extract_text("Hanul Robotics sells robots in Africa and Asia.")
    assert "Hanul Robotics" in _classes(trade) and not [n for n in _classes(trade) if "Africa" in n]


def test_a_rounds_members_named_with_where_they_are_based_are_its_investors(extract_text):
    # "Other participants include Amsterdam-based Goodwell Investments" gave no investment.
    record = extract_text("Hanul Pay has raised $4.5 million in a Series B round led by Minjin Capital. "
                          "Other participants include Lisbon-based Sora Ventures and several angel investors.")
    assert ("Sora Ventures", "Hanul Pay") in fact_ends(record, "invests_in")
    # Those a summit's guests include are no investors.
    summit = extract_text("Hanul Pay hosted a fintech summit in Seoul. Other participants include Lisbon-based Sora Ventures.")
    assert ("Sora Ventures", "Hanul Pay") not in fact_ends(summit, "invests_in")


def test_a_purpose_clause_after_a_bid_gives_the_bidder_no_parent(extract_text):
    # "will launch a tender offer for Tokyo Dome to make the operator of the stadium a
    # subsidiary": the parser took "for Tokyo Dome to make" for a clause with its own
    # subject, and a shape of it had made the bidder a subsidiary of the target.
    record = extract_text("Daewon Group said it will launch a tender offer for Hanul Robotics to make the robot maker a subsidiary.")
    assert ("Daewon Group", "Hanul Robotics") not in fact_ends(record, "subsidiary_of")
    # A small clause of "make" with no such mark is still read.
    made = extract_text("Daewon Group will make Hanul Robotics a wholly owned subsidiary.")
    assert ("Hanul Robotics", "Daewon Group") in fact_ends(made, "subsidiary_of")


def test_a_tender_offer_or_takeover_bid_for_a_firm_is_a_purchase_sought(extract_text):
    # "launch a tender offer for Tokyo Dome", "a takeover bid for X" gave no acquisition.
    for sentence in ("Daewon Group launched a tender offer for Hanul Robotics on Friday.",
                     "Daewon Group made a takeover bid for Hanul Robotics on Friday.",
                     "Daewon Group's tender offer for Hanul Robotics ends on Friday."):
        assert ("Daewon Group", "Hanul Robotics") in fact_ends(extract_text(sentence), "acquires"), sentence
    # A bid for a contract buys no firm; a bid withdrawn is none.
    contract = extract_text("Daewon Group launched a bid for the Busan port contract with Hanul Robotics.")
    assert not fact_ends(contract, "acquires")
    withdrawn = extract_text("Daewon Group withdrew its tender offer for Hanul Robotics.")
    assert not fact_ends(withdrawn, "acquires")


def test_a_part_of_a_firm_sold_to_another_is_the_buyers_stake(extract_text):
    # "Mitsui Fudosan will sell 20 pct of the Tokyo Dome shares to Yomiuri Shimbun
    # Holdings" gave Yomiuri no stake: only a stake noun ("sold its 20% stake in X to Y")
    # was read with its recipient.
    record = extract_text("Daewon Group will sell 20% of Hanul Robotics to Minjin Holdings next year.")
    assert ("Minjin Holdings", "Hanul Robotics") in fact_ends(record, "holds_stake_in")
    assert ("Daewon Group", "Hanul Robotics") not in fact_ends(record, "holds_stake_in")
    shares = extract_text("Daewon Group sold 35 percent of its shares in Hanul Robotics to Minjin Holdings.")
    assert ("Minjin Holdings", "Hanul Robotics") in fact_ends(shares, "holds_stake_in")
    # More than half is the firm bought.
    most = extract_text("Daewon Group sold 60% of Hanul Robotics to Minjin Holdings for $300 million.")
    assert ("Minjin Holdings", "Hanul Robotics") in fact_ends(most, "acquires")
    # A part of what a firm makes, sold, is no stake; nor is the seller's own firm bought.
    output = extract_text("Daewon Group sold 20% of its output to Minjin Holdings.")
    assert not fact_ends(output, "holds_stake_in") and not fact_ends(output, "acquires")
