"""Silent wrong facts met on news snippets outside the corpus (session 26): kinds of wording
that made kg write a fact the text does not say. Each case beside one of a near shape that
must still give its fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_an_outlet_that_reports_is_not_the_firm_its_story_describes(extract_text):
    # "The Irish Times reported ... that the bank's board has selected the group's former
    # CFO" had made the CFO an executive of the newspaper.
    lead = "Hanul Bank has named Kim Min-soo its interim chief executive. "
    record = extract_text(lead + "The Korea Herald reported on Tuesday that the group's former finance chief "
                          "Park Ji-hoon would become its next chief executive.")
    assert ("Park Ji-hoon", "Korea Herald") not in fact_ends(record, "ceo_of") | fact_ends(record, "executive_of")
    possessive = extract_text(lead + "Bloomberg reported that Park Ji-hoon would become its next chief executive.")
    assert ("Park Ji-hoon", "Bloomberg") not in fact_ends(possessive, "ceo_of")
    # A firm that is the sentence's subject still owns the description.
    firm = extract_text(lead + "Daewon Motors said on Tuesday that the group's former finance chief Park Ji-hoon would retire.")
    assert ("Park Ji-hoon", "Daewon Motors") in fact_ends(firm, "executive_of")


def test_the_chief_of_a_function_is_an_executive_not_the_chief_executive(extract_text):
    # "the group's former finance chief Myles O'Grady" had been read ceo_of.
    record = extract_text("Kim Min-soo, technology chief of Sora Motors, resigned last week after a dispute with the board.")
    assert fact_ends(record, "executive_of") == {("Kim Min-soo", "Sora Motors")}
    assert fact_qualifiers(record, "Kim Min-soo", "executive_of", "Sora Motors")["role"] == "technology chief"
    assert not fact_ends(record, "ceo_of")
    chief = extract_text("Choi Ji-woo, chief of Minjin Steel, said the company would keep its plants open.")
    assert fact_ends(chief, "ceo_of") == {("Choi Ji-woo", "Minjin Steel")}


def test_another_firms_thing_a_verb_reaches_into_is_no_trade(extract_text):
    # "to tap into the Hong Kong firm's extensive international network" had given the buyer
    # the sector "extensive international network".
    record = extract_text("Daewon Logistics bought a stake in Hanul Freight this month to tap into the Busan firm's "
                          "extensive international network.")
    assert not fact_ends(record, "operates_in_sector")
    named = extract_text("Sora Retail said it would expand into Hanul Freight's home delivery business.")
    assert not fact_ends(named, "operates_in_sector")
    # A trade the verb reaches into is still the subject's.
    trade = extract_text("Minjin Foods plans to expand into the battery business next year.")
    assert fact_ends(trade, "operates_in_sector") == {("Minjin Foods", "batteries")}


def test_a_firms_name_read_once_as_a_persons_is_the_firm(extract_text):
    # "Busan-listed Minjin Freight" after "control of Minjin Freight" had made a second
    # entity of the same name, a person.
    record = extract_text("Sora Holding is seeking to acquire control of Minjin Freight in a $2.3 billion deal.\n\n"
                          "The Korean courier plans to buy a 52% stake in Busan-listed Minjin Freight, it said on Tuesday.")
    assert {e["name"] for e in record["entities"] if e["type"] == "Person"} == set()
    assert [e["type"] for e in record["entities"] if e["name"] == "Minjin Freight"] == ["Company"]
    # A person named with a title keeps the name, a firm of the same words or not.
    titled = extract_text("Hanul Motors hired a new chief. Chief executive Kim Min-soo said the plant would open in May.")
    assert ("Kim Min-soo", "Person") in {(e["name"], e["type"]) for e in titled["entities"]}


def test_a_name_in_a_posts_phrase_is_no_holder_of_what_follows(extract_text):
    # "The post of CEO of Masan Group held by Nguyen Dang Quang" had made him a shareholder.
    record = extract_text("The post of chief executive of Hanul Group, held by Kim Min-soo since its founding, "
                          "will pass to Park Ji-hoon next month.")
    assert not fact_ends(record, "holds_stake_in")
    # A part of a firm held by another is still its stake, and so is a firm owned by one.
    part = extract_text("The 30% of Daewon Motors held by Sora Capital will be sold next year.")
    assert fact_ends(part, "holds_stake_in") == {("Sora Capital", "Daewon Motors")}
    owned = extract_text("Minjin Foods, which is owned by Lee Min-ho, opened a plant in Busan.")
    assert fact_ends(owned, "holds_stake_in") == {("Lee Min-ho", "Minjin Foods")}


def test_a_service_of_a_trade_in_apposition_is_a_firm_of_that_home(extract_text):
    # "Minjin Pay, a Korean payment service" had been a person with no home.
    record = extract_text("Minjin Pay, a Korean payment service, will join the delegation to Dublin next week.")
    assert ("Minjin Pay", "Company") in {(e["name"], e["type"]) for e in record["entities"]}
    assert fact_ends(record, "headquartered_in") == {("Minjin Pay", "South Korea")}
    # A public service named so is no firm's description.
    civil = extract_text("Kim Min-soo, a Korean civil servant, will join the delegation to Dublin next week.")
    assert not fact_ends(civil, "headquartered_in")
