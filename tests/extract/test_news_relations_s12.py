"""Classes of news wording for rounds, pledges and ranked trade partners (session 12), each
on sentences invented here (firms such as Hanul Robotics, Daewon Ventures, Minjin Capital),
with sentences of the same shape that must give nothing."""

from __future__ import annotations

import pytest


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


ROUND = "Hanul Robotics raised $10 million in a Series A round. "


@pytest.mark.parametrize("text, facts", [
    # Those who took part in a round, named as its participants.
    (ROUND + "Other participants in that round included Daewon Ventures and Minjin Capital.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics"), ("Minjin Capital", "invests_in", "Hanul Robotics")}),
    (ROUND + "Participants in the round were Daewon Ventures and Minjin Capital.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics"), ("Minjin Capital", "invests_in", "Hanul Robotics")}),
    # Investors named after the round the money was raised in, where the parser hangs
    # "from" on the round.
    ("Hanul Robotics raised $3 million in a seed round from investors such as Daewon Ventures and Minjin Capital.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics"), ("Minjin Capital", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics raised $3 million in a seed round from several investors including Daewon Ventures.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics secured $12 million in Series B funding from Daewon Ventures and Minjin Capital.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics"), ("Minjin Capital", "invests_in", "Hanul Robotics")}),
    # More verbs of money a firm raised from investors.
    ("Hanul Robotics grabbed $2.5 million from Daewon Ventures, Minjin Capital, and Sora Partners.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics"), ("Sora Partners", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics pocketed $4 million from Minjin Capital last week.", {("Minjin Capital", "invests_in", "Hanul Robotics")}),
    # Money pledged or committed for a firm.
    ("Daewon Ventures, Minjin Capital and Sora Partners pledged $9 million for Hanul Robotics in a series A round.",
     {("Daewon Ventures", "invests_in", "Hanul Robotics"), ("Sora Partners", "invests_in", "Hanul Robotics")}),
    ("Minjin Capital has committed another $20 million for Hanul Robotics.", {("Minjin Capital", "invests_in", "Hanul Robotics")}),
    # A country's ranked markets and sources, listed after the verb.
    ("Chile's three largest trading export partners were China, Japan and South Korea.",
     {("Chile", "exports_to", "China"), ("Chile", "exports_to", "Japan"), ("Chile", "exports_to", "South Korea")}),
    ("Kenya's main export markets include Uganda and Tanzania.", {("Kenya", "exports_to", "Uganda"), ("Kenya", "exports_to", "Tanzania")}),
    ("Vietnam's top import partners were China and South Korea.",
     {("Vietnam", "imports_from", "China"), ("Vietnam", "imports_from", "South Korea")}),
    ("Kenya's main import sources were China and India.", {("Kenya", "imports_from", "China"), ("Kenya", "imports_from", "India")}),
    # The market a country's market is ranked after is one too.
    ("Vietnam is now Korea's third-largest export market behind China.", {("South Korea", "exports_to", "China")}),
    ("Peru is Chile's second biggest export destination after the United States.", {("Chile", "exports_to", "United States")}),
])
def test_news_wording(extract_text, text, facts):
    assert facts <= triples(extract_text(text))


@pytest.mark.parametrize("text, predicate", [
    # A participant in an event invests in nothing.
    ("Participants in the Busan Robot Expo included Daewon Ventures and Minjin Capital.", "invests_in"),
    ("Kim Min-soo was a participant in the Busan Robot Expo.", "invests_in"),
    # Support, or money for a fair, is no investment in a firm.
    ("Daewon Motors pledged support for Hanul Robotics.", "invests_in"),
    ("Minjin Capital committed $50 million for the Busan Robot Expo.", "invests_in"),
    ("Hanul Robotics makes drones. Investors were cautious as Daewon Ventures sold shares.", "invests_in"),
    # "after all" ranks nothing.
    ("Chile's export growth came after all the mines reopened.", "exports_to"),
    # Growth of exports names no market.
    ("Korea's export growth was strong as China bought more.", "exports_to"),
])
def test_no_such_fact(extract_text, text, predicate):
    assert not {t for t in triples(extract_text(text)) if t[1] == predicate}



@pytest.mark.parametrize("text, fact", [
    ("Daewon Motors and Minjin Energy announced a joint venture. Hanul Battery, the new joint venture, will build cells. "
     "Daewon Motors' initial investment in this battery joint venture will be $1 billion.",
     ("Daewon Motors", "invests_in", "Hanul Battery")),
    ("Daewon Motors and Minjin Energy formed a joint venture, Hanul Battery. Kim Min-soo will become the joint venture's "
     "chief executive.", ("Kim Min-soo", "ceo_of", "Hanul Battery")),
    ("Daewon Motors and Minjin Energy set up a venture last year. The joint venture, tentatively named Hanul Battery, "
     "makes cells. Lee Ji-won is the venture's chief operating officer.", ("Lee Ji-won", "executive_of", "Hanul Battery")),
])
def test_the_joint_venture_is_the_one_named_beside_such_a_noun(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_two_named_ventures_leave_the_venture_unsaid(extract_text):
    record = extract_text("Daewon Motors formed Hanul Battery, a joint venture. Sora Partners formed another joint venture, "
                          "Jeonju Cells. Kim Min-soo will become the joint venture's chief executive.")
    assert not {t for t in triples(record) if t[0] == "Kim Min-soo" and t[2] in ("Hanul Battery", "Jeonju Cells")}


@pytest.mark.parametrize("text, bought", [
    # More than half a firm taken is the firm bought.
    ("Daewon Motors agreed to buy a 60% stake in Hanul Industries for $47 million.", True),
    ("Daewon Motors took a 51 percent stake in Hanul Industries last year.", True),
    ("Minjin Capital will purchase a 75 per cent stake in Sora Foods.", True),
    # Half or less is a stake; a stake held says nothing of a purchase.
    ("Daewon Motors bought a 50% stake in Hanul Industries.", False),
    ("Daewon Motors will acquire a 20% stake in Hanul Industries.", False),
    ("Daewon Motors holds a 60% stake in Hanul Industries.", False),
])
def test_a_majority_stake_taken_is_an_acquisition(extract_text, text, bought):
    found = triples(extract_text(text))
    assert bool({t for t in found if t[1] == "acquires"}) is bought
    assert bool({t for t in found if t[1] == "holds_stake_in"}) is not bought


@pytest.mark.parametrize("text, fact, part", [
    # A title of a part of an organisation "at" the organisation is the organisation's.
    ("Kim Min-soo, executive vice president of Global Markets Group at Daewon Bank, said rates would fall.",
     ("Kim Min-soo", "executive_of", "Daewon Bank"), "Global Markets Group"),
    ("Lee Ji-won, head of the Research Division at Hanul Robotics, spoke on Monday.",
     ("Lee Ji-won", "executive_of", "Hanul Robotics"), "Research Division"),
])
def test_a_part_at_an_organisation_stands_for_it(extract_text, text, fact, part):
    found = triples(extract_text(text))
    assert fact in found
    assert (fact[0], fact[1], part) not in found


def test_a_title_of_an_organisation_at_an_event_stays_the_organisations(extract_text):
    found = triples(extract_text("Kim Min-soo, chief executive of Hanul Robotics at the Busan Robot Expo, spoke."))
    assert ("Kim Min-soo", "ceo_of", "Hanul Robotics") in found


def test_a_name_before_funding_gives_it_rather_than_gets_it(extract_text):
    from kg.extract.guard import default_min_confidence, mark_candidates

    # Read as the one funded, the name before "funding" is a candidate only.
    record = mark_candidates(extract_text("With the Daewon Ventures funding, Hanul Robotics will expand its plant."),
                             min_confidence=default_min_confidence())
    assert ("Hanul Robotics", "invests_in", "Daewon Ventures") not in triples(record)
    # An investment named by what it went into stays a fact.
    record = extract_text("Daewon Ventures made a Hanul Robotics investment last year.")
    assert ("Daewon Ventures", "invests_in", "Hanul Robotics") in triples(record)
