"""Events and policies of session 28 (helper "events"), kinds met on news snippets outside the
corpus: a body's meeting named with the body's initials in brackets ("the Hanul Cooperation
Organisation (HCO) summit"), a meeting named for a plan ("the Daewon Growth Initiative (DGI)
forum"), another edition of an event ("the next summit would be hosted by Japan"), a plan
whose name the tagger parses with a participle ("India's Production Linked Incentive scheme"),
and a known event's edition year before its city ("CES 2025 in Las Vegas"). Sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends

PART, HELD, POLICY = "participates_in", "event_held_at", "policy_of"


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# event_names.occasions_named: the initials in brackets between the body and the noun.
def test_a_body_s_summit_with_its_initials_in_brackets_is_an_event(extract_text):
    record = extract_text("Kim Min-soo attended the Hanul Cooperation Organisation (HCO) summit in Busan on Monday.")
    event = "Hanul Cooperation Organisation (HCO) summit"
    assert typed(record).get(event) == "Event"
    assert fact_ends(record, PART) == {("Kim Min-soo", event)}
    assert fact_ends(record, HELD) == {(event, "Busan")}


def test_the_summit_by_the_initials_alone_is_the_same_event(extract_text):
    record = extract_text("Kim Min-soo attended the Hanul Cooperation Organisation (HCO) summit in Busan. "
                          "Park Ji-hoon also attended the HCO summit.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Hanul Cooperation Organisation (HCO) summit"),
                                       ("Park Ji-hoon", "Hanul Cooperation Organisation (HCO) summit")}


def test_a_body_s_initials_before_a_word_of_no_meeting_name_no_event(extract_text):
    record = extract_text("Kim Min-soo attended talks on the Hanul Cooperation Organisation (HCO) budget in Busan.")
    assert not any(t == "Event" for t in typed(record).values())


def test_a_meeting_named_for_a_plan_is_an_event(extract_text):
    record = extract_text("The Daewon Growth Initiative (DGI) forum is being held in Busan from October 23 to 25.")
    event = "Daewon Growth Initiative (DGI) forum"
    assert typed(record).get(event) == "Event"
    assert fact_ends(record, HELD) == {(event, "Busan")}


def test_a_plan_s_name_alone_stays_a_policy(extract_text):
    record = extract_text("The Daewon Growth Initiative (DGI) was launched in Busan in October.")
    assert typed(record).get("Daewon Growth Initiative") == "Policy"


# own_occasion_words of names.yaml: "the next summit" is another edition.
def test_the_host_of_the_next_summit_takes_no_part_in_this_one(extract_text):
    record = extract_text("Kim Min-soo attended the Hanul Cooperation summit in Busan. It was agreed that the next "
                          "summit would be hosted by Japan.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Hanul Cooperation summit")}


def test_the_host_of_the_summit_takes_part_in_it(extract_text):
    record = extract_text("Kim Min-soo attended the Hanul Cooperation summit in Busan. The summit was hosted by Japan.")
    assert ("Japan", "Hanul Cooperation summit") in fact_ends(record, PART)


# mention_classes._named_policy: every word the name hangs outside itself hangs on the noun.
def test_a_country_s_scheme_named_with_a_participle_is_its_policy(extract_text):
    record = extract_text("Hanul Electronics will build a plant under India's Production Linked Incentive scheme.")
    assert typed(record).get("Production Linked Incentive") == "Policy"
    assert fact_ends(record, POLICY) == {("Production Linked Incentive", "India")}
    assert fact_ends(record, "headquartered_in") == set()


def test_a_country_s_scheme_with_its_initials_in_brackets_is_its_policy(extract_text):
    record = extract_text("Hanul Electronics will build a plant under India's Production Linked Incentive (PLI) scheme.")
    assert fact_ends(record, POLICY) == {("Production Linked Incentive", "India")}


def test_a_firm_s_scheme_is_no_country_s_policy(extract_text):
    record = extract_text("Hanul Electronics said India's Daewon Motors plan to build a plant in Chennai was approved.")
    assert fact_ends(record, POLICY) == set()


# pattern event-held-at: a known event's edition year between it and "in".
def test_a_known_event_s_edition_year_before_its_city(extract_text):
    record = extract_text("Hanul Robotics showcased its robots at CES 2025 in Las Vegas.")
    assert fact_ends(record, HELD) == {("CES", "Las Vegas")}


def test_a_year_after_an_event_then_a_city_of_another_deed(extract_text):
    record = extract_text("Hanul Robotics, which joined CES in 2025, opened an office in Las Vegas.")
    assert fact_ends(record, HELD) == set()


# descriptions.Descriptions.said_event: a trade show named by one word, said to be one.
def test_a_name_said_to_be_a_trade_exhibition_is_an_event(extract_text):
    record = extract_text("Velmora is the world's largest annual furniture trade exhibition. Velmora opened at the "
                          "Busan Exhibition Centre on Sunday.")
    assert typed(record).get("Velmora") == "Event"
    assert fact_ends(record, HELD) == {("Velmora", "Busan Exhibition Centre")}


def test_a_name_said_to_be_the_largest_maker_at_a_fair_is_no_event(extract_text):
    record = extract_text("Velmora is the largest furniture maker at the fair.")
    assert typed(record).get("Velmora") == "Company"


def test_the_name_an_edition_is_of_is_an_event(extract_text):
    record = extract_text("Around 85 countries brought their goods to the 26th edition of Velmora, which Kim Min-soo "
                          "inaugurated on Sunday.")
    assert typed(record).get("Velmora") == "Event"


def test_the_name_after_of_an_edition_s_other_noun_is_no_event(extract_text):
    record = extract_text("Around 85 countries brought their goods to the 26th store of Velmora on Sunday.")
    assert typed(record).get("Velmora") != "Event"


# coreference._before_nouns: the event by its name alone and with its kind.
def test_an_event_and_its_name_with_its_kind_are_one(extract_text):
    record = extract_text("Hanul Robotics is taking part in the Velmora trade fair in Dubai. Velmora is the world's "
                          "largest annual furniture trade exhibition.")
    events = [e["name"] for e in record["entities"] if e["type"] == "Event"]
    assert events == ["Velmora trade fair"]
