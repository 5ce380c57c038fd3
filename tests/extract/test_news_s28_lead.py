"""Kinds of wording met on the development texts' entity errors (session 28): a given name
after a title before the person is named in full ("President Uhuru receives ..."), a family
name alone that NER takes for a firm's after the person's full name ("Chimbalu added").
Each case beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


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


def test_a_leader_named_by_family_name_alone_is_a_person(extract_text):
    # A one-word name NER calls a person's with no title nor full name had been made a firm,
    # and a firm's visit is only a candidate: "Putin [Company]".
    record = extract_text("Putin's visit to Beijing drew attention on Monday.")
    assert ("Putin", "Person") in named(record)
    assert ("Putin", "Beijing") in fact_ends(record, "visits")
    # Any other lone name so read is still a firm's ("Finix" of the earlier cases).
    firm = extract_text("Finix's expansion into Beijing drew attention on Monday.")
    assert ("Finix", "Person") not in named(firm)


def test_a_countrys_combining_form_before_a_hyphen_is_that_country(extract_text):
    # "Sino" named no country: the pair's trade was not read, and "Franco" became a firm.
    record = extract_text("Sino-US trade rose 5 percent to $600 billion in 2024, while Franco-British ties deepened.")
    assert ("China", "United States") in fact_ends(record, "trades_with") | {
        (o, s) for s, o in fact_ends(record, "trades_with")}
    assert ("France", "Country") in named(record)
    assert not any(cls == "Company" for _, cls in named(record))
    # Not before a region, nor inside a firm's name.
    other = extract_text("Indo-Pacific security matters, said Sino-Ocean Holdings on Monday.")
    assert ("India", "Country") not in named(other)
    assert ("China", "Country") not in named(other)


def test_a_symmetric_fact_read_both_ways_alike_is_written_once(extract_text):
    record = extract_text("China-Japan trade rose 8 percent to $300 billion in 2024. Japan-China trade rose "
                          "8 percent to $300 billion in 2024.")
    trades = [r for r in record["relations"] if r["predicate"] == "trades_with"]
    assert len(trades) == 1
    # Two figures of two periods are two facts, whichever way each is read.
    two = extract_text("China-Japan trade rose 8 percent to $300 billion in 2024. Japan-China trade rose "
                       "3 percent to $120 billion in the first half of 2025.")
    assert len([r for r in two["relations"] if r["predicate"] == "trades_with"]) == 2


def test_a_firm_that_names_someone_gives_no_description_to_the_name(extract_text):
    # "named" after a firm's name had been read as "a bank named X": the person became a firm
    # and the post was lost.
    record = extract_text("Hanul Bank named Kim Min-soo as its CEO.")
    assert ("Kim Min-soo", "Person") in named(record)
    assert ("Kim Min-soo", "Hanul Bank") in fact_ends(record, "ceo_of")
    # A description before "named" still gives the name its class.
    described = extract_text("Hanul Bank acquired a startup named Approvix.")
    assert ("Approvix", "Company") in named(described)
