"""Entities on hand-written sentences (session 10): sector phrases that name nothing,
short forms, organisation names."""

from __future__ import annotations

import pytest


def names(record, cls: str | None = None) -> set[str]:
    return {e["name"] for e in record["entities"] if cls is None or e["type"] == cls}


def test_a_sector_phrase_no_fact_took_is_no_entity(extract_text):
    # "robotics task force team" was tried as the object of "set up" and no fact took it:
    # the reference sector in it stays, the phrase does not.
    record = extract_text("Hanul Robotics set up a new robotics task force team under its chief executive.")
    assert "robotics task force team" not in names(record)
    assert "robotics" in names(record, "Sector")


def test_a_sector_phrase_a_fact_took_stays(extract_text):
    record = extract_text("Minjin Capital invested in Daewon Systems, a maker of welding equipment.")
    assert "welding equipment" in names(record, "Sector")


def sector_names(record) -> dict[str, set[str]]:
    return {e["name"]: {e["name"], *e["aliases"]} for e in record["entities"] if e["type"] == "Sector"}


def test_a_narrowed_sector_is_named_as_written(extract_text):
    # The words before a reference sector that say which kind name the sector a fact takes.
    record = extract_text("Daewon Ventures builds lithium-ion batteries for delivery vans.")
    assert "lithium-ion batteries" in sector_names(record)
    assert ("Daewon Ventures", "operates_in_sector", "lithium-ion batteries") in {
        (r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


def test_a_narrowed_sector_no_fact_names_is_a_name_of_the_broad_one(extract_text):
    record = extract_text("Hanul Robotics sells batteries to carmakers. Its rechargeable batteries charge in ten minutes.")
    sectors = sector_names(record)
    assert "rechargeable batteries" in sectors.get("batteries", set())
    assert "rechargeable batteries" not in sectors


def test_words_of_rank_or_place_narrow_no_sector(extract_text):
    sectors = sector_names(extract_text("Hanul Robotics is the leading Korean battery supplier and makes new robots."))
    assert not any(name.startswith(("leading", "Korean", "new ")) for names in sectors.values() for name in names)


def test_a_place_glued_by_a_hyphen_is_no_part_of_the_sector(extract_text):
    sectors = sector_names(extract_text("Minjin Capital bought a stake in a Busan-based robotics firm."))
    assert not any("based" in name for names in sectors.values() for name in names)


def test_a_broker_is_a_company(extract_text):
    record = extract_text("Analysts at Daewon Securities expect Hanul Robotics to raise prices.")
    assert {e["name"]: e["type"] for e in record["entities"]}.get("Daewon Securities") == "Company"


def test_a_province_is_no_entity(extract_text):
    record = extract_text("Hanul Robotics will build a plant in Bekasi, West Java, next year.")
    assert "West Java" not in names(record)


def test_a_sector_spelled_out_before_its_initials(extract_text):
    record = extract_text("Minjin Capital backed Daewon Motors, which makes new energy vehicle (NEV) parts.")
    sectors = sector_names(record)
    assert "NEV" in sectors.get("new energy vehicle", set())
    assert "NEV" not in names(record, "Company")


@pytest.mark.parametrize("text, name, cls", [
    # NER reads unfamiliar one-word names as nationalities now and then: after a common
    # noun that describes it, such a name is a firm's; a city of the world is a city.
    ("Danish fintech Kvorra has secured €8 million in financing.", "Kvorra", "Company"),
    ("Hanul Robotics will build its plant in Chitose.", "Chitose", "City"),
])
def test_a_name_ner_took_for_a_people(extractor, text, name, cls):
    from spacy.tokens import Span

    doc = extractor.nlp(text)
    index = next(t.i for t in doc if t.text == name)
    doc.ents = [Span(doc, index, index + 1, label="NORP")]
    assert extractor.classes.classify(doc.ents[0], name, {})[0] == cls


def test_a_people_is_no_firm(extractor):
    from spacy.tokens import Span

    doc = extractor.nlp("Analysts said Republican lawmakers would object.")
    index = next(t.i for t in doc if t.text == "Republican")
    doc.ents = [Span(doc, index, index + 1, label="NORP")]
    assert extractor.classes.classify(doc.ents[0], "Republican", {}) is None


def test_a_short_form_with_the_country_written_short(extract_text):
    record = extract_text("Daewon Group bought United States Steel Corp. last year. U.S. Steel will keep its name.")
    firms = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Company"}
    assert "U.S. Steel" in firms.get("United States Steel Corp.", [])
    assert "U.S. Steel" not in firms


@pytest.mark.parametrize("text, name, cls", [
    # Where something happens, in a place named right after it, is a site.
    ("Leaders of both countries met at Hanbit Lodge in Busan on Monday.", "Hanbit Lodge", "Facility"),
    # Where someone works is a firm.
    ("Kim Min-ji, an analyst at Norvo in Tokyo, said the deal was fair.", "Norvo", "Company"),
])
def test_a_site_in_a_place(extract_text, text, name, cls):
    record = extract_text(text)
    assert {e["name"]: e["type"] for e in record["entities"]}.get(name) == cls


def test_an_event_spelled_two_ways_is_one(extract_text):
    record = extract_text(
        "The International Robot and Drone Industry Expo opens in Busan on Monday. "
        "Hanul Robotics will show its arms at the Int'l Robot & Drone Industry Expo.")
    events = [e for e in record["entities"] if e["type"] == "Event"]
    assert len(events) == 1, events



def test_firm_words_after_a_name_belong_to_it(extractor):
    # NER may end a firm's name early, or take its first word for a person's.
    from spacy.tokens import Span

    from kg.extract.name_repairs import firm_words_joined

    doc = extractor.nlp("Hanwoo Auto Holdings CEO Park Jun-ho told analysts.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 1, 2, label="ORG")]
    joined = firm_words_joined(doc, frozenset({"auto", "holdings"}))
    assert [(e.text, e.label_) for e in joined.ents] == [("Hanwoo Auto Holdings", "ORG")]


def test_a_short_form_of_a_name_and_of_its_short_form(extract_text):
    record = extract_text(
        "Daewon Steel International has offered to buy the unit. Daewon Steel has its own mines, "
        "and Daewon said the offer was final.")
    firms = [e for e in record["entities"] if e["type"] == "Company"]
    assert [f["name"] for f in firms] == ["Daewon Steel International"], firms


def test_a_state_among_states_is_no_city(extract_text):
    record = extract_text("Hanul Robotics has offices in 19 U.S. states, including Oregon, Florida, Pennsylvania, and Washington.")
    assert "Washington" not in names(record)
    record = extract_text("Hanul Robotics has offices in Seoul, Tokyo and Washington.")
    assert "Washington" in names(record, "City")


def test_automotive_as_an_adjective_names_no_sector(extract_text):
    record = extract_text("Hanul Robotics sold its automotive subsidiary to Daewon Motors, which makes cars in Busan.")
    assert "automobiles" not in names(record)


def test_semiconductor_as_an_adjective_names_no_sector(extract_text):
    record = extract_text("Hanul Robotics opened a semiconductor research centre in Busan on Monday.")
    assert "semiconductors" not in names(record)


@pytest.mark.parametrize("name, cls", [
    ("Orvik Research", "Company"),  # a firm that sells research
    ("Hanul Research Institute", "ResearchOrg"),
    ("Daewon University", "ResearchOrg"),
])
def test_research_in_a_name(extractor, name, cls):
    assert extractor.classes.organisation_class(name) == cls


def test_a_plural_firm_word_is_no_part_of_a_name(extract_text):
    record = extract_text("Hanul Robotics and Daewon Energy Companies held talks with the government on Monday.")
    assert "Daewon Energy" in names(record) and "Daewon Energy Companies" not in names(record)


def test_a_proper_name_before_a_site_noun_names_the_site(extract_text):
    record = extract_text("Park toured the HNX-2 cleanroom facility at the company's Soryeong campus on Monday.")
    assert {"HNX-2 cleanroom facility", "Soryeong campus"} <= names(record, "Facility")


def test_a_firm_named_elsewhere_keeps_its_name_before_a_site_noun(extract_text):
    record = extract_text("Norvo Chemicals said on Monday it would close the Norvo Chemicals plant next year.")
    assert "Norvo Chemicals" in names(record, "Company")
    assert not names(record, "Facility")


def test_a_one_word_short_form_of_two_firms_is_the_one_named_most(extract_text):
    record = extract_text(
        "Daewon Holding owns both brands. Daewon Holding will sell its stake, and Daewon Auto Holdings "
        "will keep its shares. Daewon said the deal would close in May.")
    firms = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Company"}
    assert "Daewon" in firms.get("Daewon Holding", []) and "Daewon" not in firms
