"""Names cut, glued or mistyped, met on news snippets outside the corpus (session 32, second
round): each case beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_firm_named_with_a_continent_last_is_no_person(extract_text):
    # "VC investor Granite Asia" had been read as a person's name, its investment a person's.
    record = extract_text("Singapore-based VC investor Pinecrest Asia led a $40 million funding round in Lumora on Tuesday.")
    assert ("Pinecrest Asia", "Person") not in named(record)
    assert ("Pinecrest Asia", "invests_in", "Lumora") in direct_facts(record)
    # A person's name with a title before it stays a person's.
    person = extract_text("Ms. Sofia Asia, a lawyer, joined Kestrel Labs as general counsel.")
    assert ("Sofia Asia", "Person") in named(person)


def test_a_firm_named_with_a_region_first_keeps_the_region(extract_text):
    # "Swedish water purification firm Nordic Water" had given a firm "Water", and the name
    # in a sentence of its own nothing at all.
    record = extract_text("Swedish water treatment firm Nordic Aqua has acquired Filtrex, a German pump maker, for 200 million euros.")
    assert ("Nordic Aqua", "acquires", "Filtrex") in direct_facts(record)
    assert "Aqua" not in names(record)
    alone = extract_text("Nordic Aqua said on Monday it will build a plant in Poland.")
    assert ("Nordic Aqua", "Company") in named(alone)
    # A region's adjective before a plural is no firm's name.
    leaders = extract_text("Nordic leaders met Lars Hansen in Oslo on Monday.")
    assert ("Lars Hansen", "Person") in named(leaders)
    assert not any(n.startswith("Nordic") for n in names(leaders))


def test_series_of_a_round_with_a_plus_is_no_event(extract_text):
    # "a Series A+ round" had given an event "Series".
    record = extract_text("Kestrel Labs raised $25 million in a Series B+ round led by Apex Ventures.")
    assert not any(e["type"] == "Event" for e in record["entities"])
    assert ("Apex Ventures", "invests_in", "Kestrel Labs") in direct_facts(record)
    # "Series" inside a longer event's name stays that name's word.
    event = extract_text("Kestrel Labs sponsored the Hanul Open Series B tournament in Seoul.")
    assert ("Hanul Open Series", "Event") in named(event)


def test_a_model_before_a_product_noun_in_capitals_is_no_firm(extract_text):
    # "its Curvv SUV will launch" had given a firm "Curvv".
    record = extract_text("Quinta Motors said sales of its Arvo SUV rose 20% in April.")
    assert "Arvo" not in names(record)
    assert ("Quinta Motors", "Company") in named(record)
    # Two capitals end a broadcaster's name: "Hanul TV" stays a firm.
    broadcaster = extract_text("Hanul TV said on Monday that Kestrel Labs raised $25 million.")
    assert ("Hanul TV", "Company") in named(broadcaster)
