"""Rules whose confidence or reach was set by their measured precision on the development
texts (session 12), each on sentences invented here (Hanul Robotics, Daewon Ventures,
Minjin Capital), with sentences of the same shape where the rule must now stay silent or
propose a candidate only."""

from __future__ import annotations

import pytest

from kg.extract.entities import DocumentEntity
from kg.extract.name_facts import facts_by_country_name, load_by_country_name
from kg.ontology import load_ontology


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


def marked(record) -> dict:
    from kg.extract.guard import default_min_confidence, mark_candidates

    return mark_candidates(record, min_confidence=default_min_confidence())


def _entities(names: dict[str, str]) -> dict[str, DocumentEntity]:
    return {n: DocumentEntity(key=n, name=n, cls=c, iri=None, mentions=[(0, len(n))]) for n, c in names.items()}


@pytest.mark.parametrize("names, homes", [
    # The country is named on its own as well: the name places the firm.
    ({"Vietnam Drone Corporation": "Company", "Vietnam": "Country"}, {"Vietnam"}),
    # Only inside the name: often a parent's or a market's country, so no fact.
    ({"Vietnam Drone Corporation": "Company", "Japan": "Country"}, set()),
    ({"Hanul Korea Shipping": "Company"}, set()),
])
def test_a_home_in_a_name_needs_the_country_named_in_the_text(names, homes):
    rule = load_by_country_name(load_ontology(), key="by_home_name")
    assert rule.named_in_text
    facts = facts_by_country_name(_entities(names), set(), rule)
    assert {f["object"] for f in facts} == homes


def test_a_home_in_a_name_alone_gives_no_fact_end_to_end(extract_text):
    text = "Hanul Vietnam Robotics opened a plant in Osaka. Daewon Ventures invested $5 million in the startup."
    assert not {t for t in triples(extract_text(text)) if t[1] == "headquartered_in" and t[2] == "Vietnam"}


STORY = "Hanul Robotics raised $20 million on Monday. {title} Kim Min-soo said the money would go to new sensors."


def test_a_top_title_without_its_firm_is_the_story_firms(extract_text):
    assert ("Kim Min-soo", "chair_of", "Hanul Robotics") in triples(extract_text(STORY.format(title="Chairman")))


@pytest.mark.parametrize("title", ["Vice Chairman", "Deputy Chairman"])
def test_a_vice_title_without_its_firm_gives_no_fact(extract_text, title):
    found = {t for t in triples(extract_text(STORY.format(title=title))) if t[0] == "Kim Min-soo"}
    assert not found


@pytest.mark.parametrize("text, subject", [
    ("The Korean trade ministry develops export software for small firms.", "trade ministry"),
    ("Minjin Institute of Science builds drone software for its own labs.", "Minjin Institute of Science"),
])
def test_only_firms_and_funds_have_a_sector(extract_text, text, subject):
    assert not {t for t in triples(marked(extract_text(text))) if t[1] == "operates_in_sector"}


def test_a_firm_that_makes_something_has_its_sector(extract_text):
    facts = triples(extract_text("Hanul Robotics develops drone software for farms."))
    assert ("Hanul Robotics", "operates_in_sector", "drone software") in facts


def test_leading_a_round_is_investing_not_running_the_firm(extract_text):
    facts = triples(extract_text("Hanul Robotics closed a $12 million round. Kim Min-soo, a partner at Daewon Ventures, led the round."))
    assert ("Kim Min-soo", "invests_in", "Hanul Robotics") in facts
    assert ("Kim Min-soo", "executive_of", "Hanul Robotics") not in facts


def test_a_person_who_leads_a_firm_still_heads_it(extract_text):
    facts = triples(extract_text("Kim Min-soo leads Hanul Robotics, a drone maker based in Busan."))
    assert ("Kim Min-soo", "executive_of", "Hanul Robotics") in facts


def test_a_partner_in_a_venture_does_not_take_the_ventures_sector(extract_text):
    facts = triples(extract_text("Hanul Robotics will form a joint venture with Daewon Motors to make drone batteries."))
    assert ("Hanul Robotics", "partners_with", "Daewon Motors") in facts
    assert ("Daewon Motors", "operates_in_sector", "drone batteries") not in facts


def test_partners_joined_for_a_purchase_each_buy(extract_text):
    facts = triples(extract_text("Daewon Ventures formed a consortium with Minjin Capital to buy Hanul Robotics."))
    assert ("Minjin Capital", "acquires", "Hanul Robotics") in facts


@pytest.mark.parametrize("text, predicate", [
    ("Vietnam bought a 10% stake in Hanul Robotics last year.", "holds_stake_in"),
    ("Vietnam bought a 10% stake in Hanul Robotics last year.", "invests_in"),
    ("Japan will invest $3 billion in Hanul Robotics Co., the drone maker said.", "invests_in"),
])
def test_a_country_is_no_investor_holder_or_buyer(extract_text, text, predicate):
    assert not {t for t in triples(marked(extract_text(text))) if t[1] == predicate and t[0] in ("Vietnam", "Japan")}


def test_a_firm_a_country_invests_in_is_still_typed_by_the_fact(extract_text):
    # The fact is a candidate, yet what it says of its other end stands: a guessed place
    # that receives an investment is a firm.
    record = marked(extract_text("Japan to lead $3 billion investment in Hanul Robotics, a Busan drone maker."))
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Hanul Robotics") == "Company"
    assert not triples(record) & {("Japan", "invests_in", "Hanul Robotics")}


def test_a_firm_is_still_an_investor(extract_text):
    facts = triples(marked(extract_text("Daewon Ventures bought a 10% stake in Hanul Robotics last year.")))
    assert {("Daewon Ventures", "holds_stake_in", "Hanul Robotics"), ("Daewon Ventures", "invests_in", "Hanul Robotics")} <= facts


def test_an_event_is_held_in_a_city_or_a_site_not_a_country(extract_text):
    facts = triples(marked(extract_text("The Busan Drone Expo was held in South Korea for the first time, at the BEXCO centre in Busan.")))
    assert ("Busan Drone Expo", "event_held_at", "Busan") in facts
    assert ("Busan Drone Expo", "event_held_at", "South Korea") not in facts


def test_a_plan_to_take_part_is_a_candidate_and_taking_part_a_fact(extract_text):
    planned = marked(extract_text("Hanul Robotics plans to participate in the Busan Drone Expo."))
    fact = ("Hanul Robotics", "participates_in", "Busan Drone Expo")
    assert fact not in triples(planned)
    assert fact in {(r["subject"], r["predicate"], r["object"]) for r in planned["relations"] if r["candidate"]}
    assert fact in triples(marked(extract_text("Hanul Robotics participated in the Busan Drone Expo last year.")))


def test_a_frame_confidence_must_name_a_frame_and_a_confidence(tmp_path):
    from kg.errors import OntologyError
    from kg.extract.frames import load_frame_patterns
    from kg.resources import resource_dir

    source = resource_dir("ontology")
    old = "frame_confidence: {verb-control: 0.45}"
    for bad, message in (("frame_confidence: {no-such-frame: 0.45}", "no-such-frame"), ("frame_confidence: {verb-control: 2}", "frame_confidence")):
        for name in ("frames.yaml", "triggers.yaml"):
            (tmp_path / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
        text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
        assert text.count(old) == 1
        (tmp_path / "triggers.yaml").write_text(text.replace(old, bad), encoding="utf-8")
        with pytest.raises(OntologyError, match=message):
            load_frame_patterns(load_ontology(), tmp_path)


def test_who_takes_part_after_a_gap_is_a_person_or_an_organisation():
    # "companies in 19 Vietnam provinces to participate in ...": the country named in
    # the gap is not the one taking part.
    from kg.resources import read_yaml, resource_dir

    patterns = read_yaml(resource_dir("ontology") / "patterns" / "places-and-people.yaml", ValueError, "patterns")["patterns"]
    (rule,) = [p for p in patterns if p["id"] == "takes-part-in"]
    assert rule["tokens"][0]["mention"] == ["Person", "Organization"]


def test_a_firm_founded_by_firms_is_a_candidate(extract_text):
    by_firms = marked(extract_text("Hanul Robotics was set up in 2019 by Daewon Motors and Minjin Capital."))
    assert not {t for t in triples(by_firms) if t[1] == "founded_by"}
    assert ("Hanul Robotics", "founded_by", "Daewon Motors") in {
        (r["subject"], r["predicate"], r["object"]) for r in by_firms["relations"] if r["candidate"]}
    by_person = triples(marked(extract_text("Hanul Robotics was founded in 2019 by Kim Min-soo.")))
    assert ("Hanul Robotics", "founded_by", "Kim Min-soo") in by_person


def test_end_bounds_name_known_classes(tmp_path):
    from kg.errors import OntologyError
    from kg.extract.frames import load_end_bounds
    from kg.resources import resource_dir

    assert load_end_bounds(load_ontology())["founded_by"] == (frozenset(), frozenset({"Person"}), 0.45)
    text = (resource_dir("ontology") / "triggers.yaml").read_text(encoding="utf-8")
    old = "bounds: {object: [Person], confidence: 0.45}"
    assert text.count(old) == 1
    for bad in ("bounds: {object: [Founder], confidence: 0.45}", "bounds: {object: [Person]}"):
        (tmp_path / "triggers.yaml").write_text(text.replace(old, bad), encoding="utf-8")
        with pytest.raises(OntologyError):
            load_end_bounds(load_ontology(), tmp_path)
