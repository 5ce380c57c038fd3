"""Entity names of session 33 (short helper "names3"), kinds met on deal news outside the
corpus (a South African logistics takeover told by a US wire, a private-equity buyout and an
Australian expansion told by UK and US outlets): a city written before its country's
possessive and a description in apposition to a firm's name; investors' kinds by their
initials ("the PE firm"); Australia as "Down Under"; a plural kind of several words before a
list of names some of which say they are firms; a name after "a unit of" (a Taiwanese
group's unit told by a US wire). Sentences invented here, each beside one of
a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_city_before_a_countrys_described_firm_is_not_what_is_bought(extract_text):
    # "agreed to buy <city>, <country>'s logistics company, <name>" had made the buyer
    # acquire the city (typed a firm as what is bought), the firm named after it nothing.
    for text in ("Talvik Group agreed to buy Johannesburg, South Africa's logistics company, Imperial Freight, "
                 "for $2 billion.",
                 "Talvik Group announced the purchase of Lagos, Nigeria's payments company, Quara Pay."):
        record = extract_text(text, "2024-03-04")
        bought = fact_ends(record, "acquires")
        assert bought == {("Talvik Group", "Imperial Freight" if "Imperial" in text else "Quara Pay")}, (text, bought)
        cities = {e["name"] for e in record["entities"] if e["type"] == "City"}
        assert cities == {"Johannesburg" if "Imperial" in text else "Lagos"}, text
    # A city a firm buys something in, with no firm named after its description, stays a place.
    record = extract_text("Talvik Group bought a warehouse in Lagos, Nigeria's biggest city.", "2024-03-04")
    assert not any(obj == "Lagos" for _, obj in fact_ends(record, "acquires"))


def _classes(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_an_investors_kind_by_its_initials_names_no_firm(extract_text):
    # "The PE firm said ..." had made a firm "PE".
    record = extract_text("Bremer Holdings bought Osler Foods in March. The PE firm said it would keep the managers. "
                          "A VC fund also looked at Osler Foods.", "2024-03-04")
    assert set(_classes(record)) == {"Bremer Holdings", "Osler Foods"}
    # Letters that are a firm's own name stay one.
    named = extract_text("Bremer Holdings bought a stake in PEX, a payments firm.", "2024-03-04")
    assert _classes(named).get("PEX") == "Company"


def test_down_under_is_australia(extract_text):
    # "expanded Down Under" had made a firm "Down".
    record = extract_text("Osler Foods has expanded Down Under, opening ten stores in Sydney.", "2024-03-04")
    classes = _classes(record)
    assert "Down" not in classes and classes.get("Australia") == "Country", classes
    # The words in lower case are no place.
    plain = extract_text("Osler Foods cut prices and its shares went down under pressure.", "2024-03-04")
    assert "Australia" not in _classes(plain)


def test_a_plural_kind_of_several_words_types_every_name_of_its_list(extract_text):
    # "Private equity firms A and B agreed to buy C" had left B, whose name has a firm's word
    # ("Holdings"), a Company.
    record = extract_text("Private equity firms Talvik Partners and Bremer Holdings agreed to buy Corvane.", "2024-03-04")
    classes = _classes(record)
    assert (classes["Talvik Partners"], classes["Bremer Holdings"]) == ("InvestmentFirm", "InvestmentFirm")
    # A one-word kind ("investors") says less than such a name's own word.
    other = extract_text("Of the other investors, Osler Group and Quara Holdings put in $5 million.", "2024-03-04")
    assert (_classes(other)["Osler Group"], _classes(other)["Quara Holdings"]) == ("Company", "Company")


def test_a_name_a_unit_is_of_is_a_firm(extract_text):
    # "Hanul Precision, a unit of Hon Hai" had typed Hon Hai a person.
    record = extract_text("Hanul Precision, a unit of Hon Hai, makes connectors.", "2024-03-04")
    assert _classes(record)["Hon Hai"] == "Company"
    assert ("Hanul Precision", "Hon Hai") in fact_ends(record, "subsidiary_of")
    # A person after another "of" stays a person.
    other = extract_text("Hanul Precision, a partner of Kim Min-soo, makes connectors.", "2024-03-04")
    assert _classes(other).get("Kim Min-soo") == "Person"
