"""Events and policies of session 28 (helper "events"), kinds met on news snippets outside the
corpus: a body's meeting named with the body's initials in brackets ("the Hanul Cooperation
Organisation (HCO) summit"), a meeting named for a plan ("the Daewon Growth Initiative (DGI)
forum"), another edition of an event ("the next summit would be hosted by Japan"), a plan
whose name the tagger parses with a participle ("India's Production Linked Incentive scheme"),
and a known event's edition year before its city ("CES 2025 in Las Vegas"); a policy whose head
no firm's name ends in keeps its class ("India launched the X Programme"), a plan's period before
the comma of "Under the X Strategy 2021-2025, Vietnam ...", a law named by its subject ("the Law on
Investment"), a dateline's "ST. PETERSBURG", a city before "President X said", and one "who is on
the sidelines of" an event. Sentences invented here, each beside one of the same shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers

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


# government_mentions.GovernmentCues.named_policy: every word the name hangs outside itself hangs on the noun.
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


# pattern event-held-at: a known event's edition year between it and "in". Since session 39
# the edition keeps its year in its name, as the real-news gold writes editions ("Expo
# Pakistan 2017"); the ruler had cut it to the reference's "CES".
def test_a_known_event_s_edition_year_before_its_city(extract_text):
    record = extract_text("Hanul Robotics showcased its robots at CES 2025 in Las Vegas.")
    assert fact_ends(record, HELD) == {("CES 2025", "Las Vegas")}


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


# relations._only_a_policy (policy_only_heads of names.yaml): a relation that wants a firm
# does not make one of a policy so named.
def test_a_programme_a_country_launches_is_its_policy_not_a_firm_it_founded(extract_text):
    record = extract_text("India launched the Hanul Chip Programme in 2021 with an outlay of $10 billion.")
    assert typed(record).get("Hanul Chip Programme") == "Policy"
    assert fact_ends(record, POLICY) == {("Hanul Chip Programme", "India")}
    assert fact_ends(record, "founded_by") == set()


def test_a_firm_one_launches_is_still_founded(extract_text):
    record = extract_text("Kim Min-soo launched Hanul Robotics in Busan in 2021.")
    assert fact_ends(record, "founded_by") == {("Hanul Robotics", "Kim Min-soo")}


def test_a_strategy_that_aims_to_build_plies_no_trade(extract_text):
    record = extract_text("Seoul's Hanul Chip Strategy aims to build the world's largest chip cluster by 2030.")
    assert typed(record).get("Hanul Chip Strategy") == "Policy"
    assert fact_ends(record, "operates_in_sector") == set()


# pattern under-policy-country-acts: the plan's period between its name and the comma.
def test_a_country_acting_under_a_plan_with_its_period_owns_it(extract_text):
    record = extract_text("Under the Hanul Industrial Strategy 2021-2025, Vietnam aims to double its chip output.")
    assert fact_ends(record, POLICY) == {("Hanul Industrial Strategy", "Vietnam")}
    assert fact_qualifiers(record, "Hanul Industrial Strategy", POLICY, "Vietnam").get("date") == "2021/2025"


def test_a_firm_acting_under_a_plan_with_its_period_owns_none(extract_text):
    record = extract_text("Under the Hanul Industrial Strategy 2021-2025, Daewon Motors aims to double its output.")
    assert fact_ends(record, POLICY) == set()


# name_repairs.policy_subjects_joined: "the Law on Investment".
def test_a_law_named_by_its_subject_after_on_is_one_policy(extract_text):
    record = extract_text("Vietnam's Law on Enterprises and the Law on Investment took effect in 2021.")
    assert typed(record).get("Law on Enterprises") == "Policy"
    assert typed(record).get("Law on Investment") == "Policy"
    assert "Investment" not in typed(record)
    assert fact_ends(record, POLICY) == {("Law on Enterprises", "Vietnam")}


def test_a_regulation_ner_read_whole_is_a_policy_of_its_possessor(extract_text):
    record = extract_text("The EU's Regulation on Foreign Subsidies applies to Hanul Robotics.")
    assert typed(record).get("Regulation on Foreign Subsidies") == "Policy"
    assert fact_ends(record, POLICY) == {("Regulation on Foreign Subsidies", "European Union")}


def test_a_law_passed_on_a_day_goes_on_to_no_day(extract_text):
    record = extract_text("Japan passed the Hanul Data Act on Monday.")
    assert "Hanul Data Act" in typed(record)
    assert not any("Monday" in name for name in typed(record))


# dateline_cities.dateline_cities: a saint's abbreviation in a dateline in capitals.
def test_a_dateline_city_opened_by_a_saint_s_abbreviation_is_one_city(extract_text):
    record = extract_text("ST. PETERSBURG, Russia - Deals were signed during the Hanul Economic Forum, Kim Min-soo "
                          "said on Saturday.")
    names = typed(record)
    assert names.get("ST. PETERSBURG") == "City"
    assert not any(t == "Company" for t in names.values())
    assert fact_ends(record, PART) == {("Kim Min-soo", "Hanul Economic Forum")}


# people.PersonCues.titled_after: a title before another's name is that name's.
def test_a_city_before_a_title_and_a_person_s_name_stays_a_city(extract_text):
    record = extract_text("Deals were signed during the Hanul Economic Forum in Busan, President Kim Min-soo said.")
    assert typed(record).get("Busan") == "City"
    assert fact_ends(record, HELD) == {("Hanul Economic Forum", "Busan")}


def test_a_name_before_a_title_of_its_own_is_a_person(extract_text):
    record = extract_text("Deals were signed during the forum, Velmor Ostrand, president of Hanul Robotics, said.")
    assert typed(record).get("Velmor Ostrand") == "Person"


# pattern sidelines-of-event: a relative clause of "who".
def test_one_who_is_on_the_sidelines_of_an_event_takes_part(extract_text):
    record = extract_text("Kim Min-soo held talks with Park Ji-hoon, who is also in Busan on the sidelines of the "
                          "Hanul Economic Forum.")
    assert ("Park Ji-hoon", "Hanul Economic Forum") in fact_ends(record, PART)


def test_a_firm_that_signed_on_the_sidelines_is_no_person_who_did(extract_text):
    record = extract_text("Kim Min-soo praised Hanul Robotics, which signed a deal on the sidelines of the Hanul "
                          "Economic Forum.")
    assert ("Kim Min-soo", "Hanul Economic Forum") not in fact_ends(record, PART)
