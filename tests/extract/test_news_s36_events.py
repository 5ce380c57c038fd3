"""Events, session 36 (helper "events36"), kinds met among the development texts' misses of
where events are held and who takes part (read137: event_held_at found 9 of 20,
participates_in 36 of 85): a wire story filed from the event, whose dateline's city is the
only place it gives the event its lead line names ("CITY: ... the second day of the 10th
<expo>", "CITY, <date> -- ... arrived here for the 29th regular meeting of ...", 2 misses);
an edition's name an ordinal opens and a possessive holds ("addressing the 19th <office
holder>'s Meeting of <body>", 1 miss, the event left out whole). Sentences invented here,
each beside one of a near shape that must not give the fact or name."""

from __future__ import annotations

import pytest
from extract_support import fact_ends

from kg.errors import OntologyError
from kg.extract.dateline_events import load_by_dateline
from kg.ontology import load_ontology


def _events(record: dict) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Event"}


def test_an_event_the_dateline_line_names_is_held_in_the_dateline_city(extract_text):
    # "KARACHI: The minister on Friday - the second day of the 10th Expo ... - held
    # meetings": the story is told from the event; nothing else said where it was held.
    record = extract_text("Varga meets delegates\nLAGOS: Trade minister Tomas Varga on Friday, the second day of the "
                          "10th Corvane Robot Expo, met foreign delegates.\nThe talks covered tariffs.", "2024-03-08")
    assert fact_ends(record, "event_held_at") == {("10th Corvane Robot Expo", "Lagos")}
    record = extract_text("Talks open\nNAIROBI, May 3 (Xinhua) -- Premier Tomas Varga arrived here Tuesday for the 12th regular "
                          "meeting between Talvikian and Kenyan heads of government.\nMore talks follow.", "2024-05-03")
    assert fact_ends(record, "event_held_at") == {
        ("12th regular meeting between Talvikian and Kenyan heads of government", "Nairobi")}


def test_a_dateline_does_not_place_an_event_held_elsewhere_or_named_later(extract_text):
    # The lead names the event's own city: the dateline is where the story was told from.
    record = extract_text("Varga to attend\nLAGOS: Trade minister Tomas Varga will attend the Corvane Robot Expo in Nairobi "
                          "next week.\nThe talks covered tariffs.", "2024-03-08")
    assert fact_ends(record, "event_held_at") == {("Corvane Robot Expo", "Nairobi")}
    # An event named only after the lead line is not the lead's story.
    record = extract_text("Varga meets delegates\nLAGOS: Trade minister Tomas Varga met foreign delegates on Friday.\n"
                          "He will attend the Corvane Robot Expo next year.", "2024-03-08")
    assert fact_ends(record, "event_held_at") == set()


def test_an_ordinal_and_a_possessive_name_an_edition(extract_text):
    # "addressing the 19th Minister's Meeting of the <body>": NER cut the name at the
    # possessive into a person's name, and the meeting was lost.
    record = extract_text("Tomas Varga said this on Monday, addressing the 12th Minister’s Meeting of the "
                          "Northern Seas Initiative.")
    assert _events(record) == {"12th Minister’s Meeting"}
    assert fact_ends(record, "participates_in") == {("Tomas Varga", "12th Minister’s Meeting")}
    record = extract_text("Tomas Varga spoke at the 3rd Women's Economic Forum on Monday.")
    assert _events(record) == {"3rd Women's Economic Forum"}
    # An ordinal before capitalised words no event's head word ends is no event.
    record = extract_text("Corvane Holdings won the 3rd Place Award at the fair on Monday.")
    assert _events(record) == set()



@pytest.mark.parametrize("old, new, message", [
    ("by_dateline: {classes: [Event], confidence: 0.6}", "by_dateline: {classes: [Country], confidence: 0.6}",
     "cannot take a Country as its subject"),
    ("by_dateline: {classes: [Event], confidence: 0.6}", "by_dateline: {classes: [Event], confidence: 3}", "confidence"),
], ids=["wrong-class", "bad-confidence"])
def test_a_broken_dateline_rule_is_refused_naming_it_once(rules_copy, old, new, message):
    with pytest.raises(OntologyError) as raised:
        load_by_dateline(load_ontology(), rules_copy(old, new))
    text = str(raised.value)
    assert message in text and text.count("by_dateline") == 1, text
