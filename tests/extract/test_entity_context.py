"""What the words around a name say it is, on hand-written sentences: descriptions after a
dash or with places inside them, plural descriptions, legal forms, bracketed agencies."""

from __future__ import annotations

import pytest


def types(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def entity(record, name: str) -> dict:
    return next(e for e in record["entities"] if e["name"] == name)


def test_an_agency_in_brackets_after_a_dateline_is_no_name_of_the_city(extract_text):
    record = extract_text("OSAKA (Reuters) - Tellan Marine said on Monday it had raised $30 million from two funds.")
    found = types(record)
    assert (found.get("Reuters"), found.get("Osaka")) == ("Company", "City")
    assert "Reuters" not in entity(record, "Osaka")["aliases"]


def test_a_firms_new_name_after_now(extract_text):
    record = extract_text("The fund lent money to the former Daewon Credit Bank, now Hanul Bank, in 2004. "
                          "Hanul Bank sold the loans this year.")
    names = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Company"}
    assert names == {"Daewon Credit Bank": ["Hanul Bank"]}


@pytest.mark.parametrize("text, name", [
    ("Arata Kensetsu Co. will be delisted in May. Before that, Arata Kensetsu is to sell its hotels.", "Arata Kensetsu"),
    ("Shares of Mori Shokai rose after Mori Shokai Ltd. said it would buy a rival.", "Mori Shokai"),
])
def test_a_name_written_once_with_a_legal_form_is_a_firm_everywhere(extract_text, text, name):
    record = extract_text(text)
    classes = {e["type"] for e in record["entities"] if name in (e["name"], *e["aliases"]) or e["name"].startswith(name)}
    assert classes == {"Company"}


@pytest.mark.parametrize("text, name, cls", [
    # A description after a dash, as after a comma.
    ("Orvik Lumen — a startup that turns farm waste into fuel — raised $4 million last week.", "Orvik Lumen", "Company"),
    # Places inside the description, and words after its noun.
    ("Grey Harbor, a small Bergen, Norway-based venture firm focused on shipping, closed its second fund.",
     "Grey Harbor", "InvestmentFirm"),
    # "another" opens a description as "a" does.
    ("The stake goes to Kaito Co., another investment company that holds shares in the brewer.", "Kaito Co.", "InvestmentFirm"),
    # A plural description right before the first name of a list.
    ("The round drew existing backers and investors Vellum, Orbis Ventures and Tarn Capital.", "Vellum", "InvestmentFirm"),
])
def test_descriptions_in_more_shapes(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls


def test_a_bank_called_an_investor_stays_a_bank(extract_text):
    found = types(extract_text("Hanul Bank, another investor, may add 10 billion won with two other lenders."))
    assert found.get("Hanul Bank") == "Company"


def test_a_paragraph_opening_with_a_name_in_capitals_is_no_dateline(extract_text):
    record = extract_text("Orvik Power Systems, also known as OPSC, makes turbines.\n\n"
                          "OPSC, which is based in Bergen, sold two turbines last year.")
    assert {e["type"] for e in record["entities"] if "OPSC" in (e["name"], *e["aliases"])} == {"Company"}


@pytest.mark.parametrize("text, name, cls", [
    # A fund's word ends the name of an organisation, whatever NER's label or a head word.
    ("With $40 million to spend, ‘The Harbor Games Fund’ backs studios in Poland.", "Harbor Games Fund", "InvestmentFirm"),
    # A head word ends a name only where the name ends ("Games" of a venture firm's name).
    ("She left Blue Games Venture Capital (BGVC) in 2019 to start her own studio.", "Blue Games Venture Capital",
     "InvestmentFirm"),
    # A number written as a word opens a name.
    ("The round drew Orbis Ventures, Tarn Capital and Two Rivers Ventures.", "Two Rivers Ventures", "InvestmentFirm"),
    # Coordinated with a person, a name shaped like a person's is one.
    ("It is the brainchild of Maria Kochanova and Ilya Erdeev, two former executives from Orbis.", "Ilya Erdeev", "Person"),
    # A name the parse continues past NER's end.
    ("The suppliers Hanwha SDI and Doosan Fuel met officials on Monday.", "Hanwha SDI", "Company"),
    # Two firms NER read as one, the second's first word tagged as a verb.
    ("Hanul will form a consortium with KTB Investment and SJL Partners to buy the plant.", "KTB Investment",
     "InvestmentFirm"),
])
def test_boundaries_and_classes_from_name_words(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls


@pytest.mark.parametrize("text, absent", [
    ("Tellan Marine sells ferries across the Caribbean and in Scandinavia.", {"Caribbean", "Scandinavia"}),
    ("The group wants to expand in Southeast Asia and the Middle East next year.", {"Southeast Asia", "Middle East"}),
])
def test_regions_of_the_world_are_no_entities(extract_text, text, absent):
    assert not absent & set(types(extract_text(text)))


def test_a_city_whose_name_holds_of_and_a_country(extract_text):
    found = types(extract_text("The minister met business leaders in Port of Spain on Tuesday."))
    assert (found.get("Port of Spain"), found.get("Spain")) == ("City", None)


@pytest.mark.parametrize("text, country", [
    ("Estonian battery maker Kestrel Cells raised 40 million euros.", "Estonia"),
    ("The Peruvian miner Andes Cobre signed a deal with Hanul.", "Peru"),
    ("Slovak carmaker Tatran Motors will build a plant in Nitra.", "Slovakia"),
])
def test_the_demonyms_of_smaller_countries(extract_text, text, country):
    record = extract_text(text)
    assert types(record).get(country) == "Country"


@pytest.mark.parametrize("text, name, cls", [
    # An event's name goes on past its head word with "of (the) ...".
    ("The 9th Annual Meeting of the Young Founders ended on Friday in Dalian.", "9th Annual Meeting of the Young Founders",
     "Event"),
    # A city of the world followed by its own country is a city, whatever NER says.
    ("Green Harbor, a young Tampere, Finland-based investment firm focused on climate, closed its fund.", "Tampere", "City"),
    # A name written as one word counts its inner words ("...Ventures" is a venture firm).
    ("The round was led by Tarn Capital and Bergen's NordVentures.", "NordVentures", "InvestmentFirm"),
])
def test_event_tails_cities_before_their_country_and_joined_words(extract_text, text, name, cls):
    assert types(extract_text(text)).get(name) == cls


def test_a_hard_wrapped_text_reads_across_its_line_breaks(extract_text):
    text = ("Tellan Marine said on Monday that it\nwould team up with Swedish battery maker Orvik\n"
            "Cells to build electric ferry batteries, and\nthat it would sell them to Nordvik Line and to\n"
            "the Bergen Shipping unit Kestrel Ferries.\n")
    record = extract_text(text)
    assert types(record).get("Orvik Cells") == "Company"
    # Offsets still point into the text as given.
    assert {text[a:b] for e in record["entities"] if e["name"] == "Orvik Cells" for a, b in e["mentions"]} == {"Orvik\nCells"}
    assert ("Tellan Marine", "partners_with", "Orvik Cells") in {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


def test_a_unit_named_before_its_name_is_a_firm(extract_text):
    assert types(extract_text("Orders came from Hyundai and from Daimler unit Kestrel Fuso last year.")).get("Kestrel Fuso") == "Company"
