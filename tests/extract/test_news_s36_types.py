"""Entities' classes and bounds, session 36 (helper "types36"), kinds met among the entity
errors of the read dev texts: a list of brands that "under" opens and "brand names" closes,
one of whose names is written with a hyphen ("Jenn-Air"), left its names before the hyphen
firms' or unfound (2 products of one text); the one a funding round is led by, a name the
store does not know and no trade's word ends, read as a company's (1 investment firm).
Sentences invented here, each beside one of a near shape that must not give (or must give)
the class."""

from __future__ import annotations


def _classes(record: dict) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entity in record["entities"]:
        found.setdefault(entity["name"], set()).add(entity["type"])
    return found


def test_brands_of_a_list_with_a_hyphened_name_are_products(extract_text):
    # "sells appliances under the Maytag, Amana, Hoover, Jenn-Air and Magic Chef brand
    # names": the hyphen stopped the walk along the list, so the names before it were read
    # as firms' (or, NER having missed one, not found).
    classes = _classes(extract_text("Brantel produces home and kitchen appliances under the Brantel, Amera, Hoover, "
                                    "Jenn-Lor and Magic Brill brand names."))
    assert {name: classes.get(name) for name in ("Amera", "Hoover", "Jenn-Lor", "Magic Brill")} == {
        "Amera": {"Product"}, "Hoover": {"Product"}, "Jenn-Lor": {"Product"}, "Magic Brill": {"Product"}}
    # The firm that sells them, named before the list and again in it, stays a firm only.
    assert classes.get("Brantel") == {"Company"}
    # Names of a list no noun of brands closes are the firms they were.
    classes = _classes(extract_text("Brantel bought Amera, Hoover-Lin and Jenn-Lor Holdings last year."))
    assert "Product" not in classes.get("Amera", set()) | classes.get("Jenn-Lor Holdings", set())


def test_who_leads_a_round_is_an_investment_firm(extract_text):
    # "its latest round of financing was led by CMB International, ...": a name the store
    # does not know, whose words say no kind of firm, was read as a company's.
    classes = _classes(extract_text("Its latest round of financing was led by Hanul International, "
                                    "Daewon Asset Management and funds under state-owned firms."))
    assert classes.get("Hanul International") == {"InvestmentFirm"}
    # A name that ends in a trade's word is a firm of that trade, whatever round it leads.
    classes = _classes(extract_text("Its latest round of financing was led by Brantel Motors, with Orvik joining."))
    assert classes.get("Brantel Motors") == {"Company"}
    # Nor does a name that only buys a stake invest for a living.
    assert _classes(extract_text("Hanul International bought a stake in Kestro."))["Hanul International"] == {"Company"}
