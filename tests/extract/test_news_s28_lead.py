"""Kinds of wording met on the development texts' entity errors (session 28): a given name
after a title before the person is named in full ("President Uhuru receives ..."), a family
name alone that NER takes for a firm's after the person's full name ("Chimbalu added").
Each case beside one of the same shape that must not be read so."""

from __future__ import annotations


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def aliases(record, name: str) -> set[str]:
    return next((set(e.get("aliases") or ()) for e in record["entities"] if e["name"] == name), set())


def test_a_given_name_after_a_title_is_the_person_named_in_full_later(extract_text):
    # NER read the headline's lone given name as a place, kg then as a firm.
    record = extract_text("President Uhuru receives Ghana's trade minister in Nairobi\n\n"
                          "The minister held talks with President Uhuru Kenyatta at State House on Monday.")
    assert "Uhuru" in aliases(record, "Uhuru Kenyatta")
    assert not {name for name, cls in named(record) if name == "Uhuru"}
    # Without a title the word is left to what NER and the other cues make of it.
    bare = extract_text("Uhuru receives Ghana's trade minister in Nairobi\n\n"
                        "The minister held talks with President Uhuru Kenyatta at State House on Monday.")
    assert "Uhuru" not in aliases(bare, "Uhuru Kenyatta")


def test_a_family_name_alone_that_ner_calls_a_firm_is_the_person(extract_text):
    record = extract_text("Malawi Trade Centre Public Relations Manager, Deliby Chimbalu said they had received "
                          "confirmations from banks.\n\nChimbalu added that the centre had also organised an exhibition.")
    assert "Chimbalu" in aliases(record, "Deliby Chimbalu")
    assert ("Chimbalu", "Company") not in named(record)
    # A firm of the text whose name holds the word keeps it: "Chimbalu" is the firm's short form.
    firm = extract_text("Chimbalu Holdings hired Deliby Chimbalu as its manager.\n\nChimbalu said the plant would open in May.")
    assert "Chimbalu" not in aliases(firm, "Deliby Chimbalu")
