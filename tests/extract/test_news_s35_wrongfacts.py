"""Wrong facts and junk entities, session 35 (helper "wrong35"), kinds met on the read
development texts (one story each, all three left by the session's other helpers): a year
of a country ("the successfully completed Year of Uzbekistan") whose common noun, cut from
the country by the ruler, was taken for a firm NER missed and given the country as its
home; the area around a country ("chair of Greater China at the forum") read as a firm's
arm in that country, given a chair and a home; and a description that says a clause
naming an owner in the possessive ("X made an offer for Y's steel division, the German
conglomerate said"), which gave the clause's subject the owner's home. Sentences invented
here, each beside one of a near shape that must still give the fact."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends


def _names(record: dict) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_common_noun_titled_before_of_a_country_is_no_firm(extract_text):
    record = extract_text("The festival will continue the successfully completed Year of Uzbekistan in the neighbouring country.",
                          "2024-03-04")
    assert "Year" not in _names(record)
    assert not {s for s, _ in fact_ends(record, "headquartered_in")}
    # A firm's own name before "of" and its country still has that home.
    record = extract_text("The festival was paid for by Orvantiq of Uzbekistan, the organisers said.", "2024-03-04")
    assert ("Orvantiq", "Uzbekistan") in fact_ends(record, "headquartered_in")


def test_the_area_around_a_country_is_no_firm_in_it(extract_text):
    record = extract_text('In an interview, Marta Ellwood, chair of Greater China at the Halvern Forum, said: "It matters."',
                          "2024-03-04")
    assert "Greater China" not in _names(record)
    assert not any("Greater China" in (s, o) for s, _, o in direct_facts(record))
    # A firm's name and a country side by side still name the firm's arm there.
    record = extract_text('In an interview, Marta Ellwood, chair of Zorvex China, said: "It matters."', "2024-03-04")
    assert ("Marta Ellwood", "Zorvex China") in fact_ends(record, "chair_of")


def test_a_description_saying_a_clause_with_an_owner_in_it_is_no_one(extract_text):
    # "X has made an offer to acquire Y's steel division, the German conglomerate said": the
    # seller may speak as well as the buyer; the buyer had been given the seller's home.
    record = extract_text("Talvik Steel International has made an offer to acquire Orvane's steel division, "
                          "the German conglomerate said on Tuesday.", "2024-03-04")
    assert not any(o == "Germany" for _, o in fact_ends(record, "headquartered_in"))
    # A description after a clause with no owner in it still refers back to the clause's firm.
    record = extract_text("Talvik Steel International has made an offer to acquire a steel plant, "
                          "the German conglomerate said on Tuesday.", "2024-03-04")
    assert ("Talvik Steel International", "Germany") in fact_ends(record, "headquartered_in")
