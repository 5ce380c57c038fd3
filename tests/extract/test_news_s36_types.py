"""Entities' classes and bounds, session 36 (helper "types36"), kinds met among the entity
errors of the read dev texts: a list of brands that "under" opens and "brand names" closes,
one of whose names is written with a hyphen ("Jenn-Air"), left its names before the hyphen
firms' or unfound (2 products of one text); the one a funding round is led by, a name the
store does not know and no trade's word ends, read as a company's (1 investment firm); a
name after a firm officer's title and "of" ("general director of Takara Belmon") read as a
person's (1 firm); a firm named again by the word after the province that opens its name
("Shandong Ruyi" ... "Ruyi") read as a person or a second firm (1 person, in Chinese firms'
news); a name in apposition to a firm's own accelerator ("its next-generation accelerator,
RNGD") read as a firm (1 product).
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


def test_a_name_after_a_firm_officers_title_and_of_is_a_firm(extract_text):
    # "X, general director of Takara Belmon, said": a two-word name NER read as a person's
    # was one, though a firm's officer heads it.
    record = extract_text("In early March 2018, Kestro Belmont announced the admission of Ngu Lan JSC. "
                          "Hidetaka Yoshikawa, general director of Kestro Belmont, said the group will retain the brand.")
    assert _classes(record).get("Kestro Belmont") == {"Company"}
    classes = _classes(extract_text("Hidetaka Yoshikawa, the chief executive of Kestro Belmont, met Ana Lim, the daughter of Kim Min-soo."))
    assert (classes.get("Kestro Belmont"), classes.get("Kim Min-soo")) == ({"Company"}, {"Person"})
    # A director of no firm's title ("a director of Kim Min-soo's films") leaves the person.
    classes = _classes(extract_text("Ana Lim, a director of Kim Min-soo's films, spoke on Monday."))
    assert classes.get("Kim Min-soo") == {"Person"}


def test_a_firm_named_again_without_its_home_province_is_that_firm(extract_text):
    # "Shandong Ruyi said ... Ruyi will buy": the word after the province was read as
    # another firm, or as a person.
    record = extract_text("Chinese textile group Shandong Kesong said on Monday that it will buy a 41 percent stake in "
                          "Japanese apparel maker Renwa. Kesong will buy Renwa's shares at 120 yen each, a 15 percent discount.")
    assert {e["name"]: (e["type"], e["aliases"]) for e in record["entities"] if "Kesong" in e["name"]} == {
        "Shandong Kesong": ("Company", ["Kesong"])}
    record = extract_text("Jiangsu Hengmei said on Monday it would buy Orvik. Hengmei will pay 3 billion yuan.")
    assert [e["name"] for e in record["entities"] if "Hengmei" in e["name"]] == ["Jiangsu Hengmei"]
    # A word that also opens another firm's name shortens that name, not the one it ends.
    record = extract_text("Hanul Orvik and Sanan Optoelectronics built a plant. Sanan Lumen, a joint venture between "
                          "Hunan Sanan (51%) and Orvik (49%), was set up in August. Sanan has disclosed that the project is in its stage.")
    assert {e["name"]: e["aliases"] for e in record["entities"] if e["name"] in ("Sanan Optoelectronics", "Hunan Sanan")} == {
        "Sanan Optoelectronics": ["Sanan"], "Hunan Sanan": []}
    # A name whose first word is no home of firms keeps its last word apart.
    record = extract_text("Austin Kesong said on Monday it would buy Orvik. Kesong will pay 3 billion yuan.")
    assert "Kesong" not in next((e["aliases"] for e in record["entities"] if e["name"] == "Austin Kesong"), ["Kesong"])


def test_a_name_in_apposition_to_a_firms_accelerator_is_its_product(extract_text):
    # "to focus on its next-generation accelerator, RNGD, slated for mass production": one
    # product named after the firm's own kind of goods was read as a firm.
    record = extract_text("Hanul rejected the offer to focus on its next-generation accelerator, Vesta, "
                          "slated for mass production in the latter half of this year.")
    assert _classes(record).get("Vesta") == {"Product"}
    # A startup accelerator that invests, or one named as a fund, is no product.
    assert _classes(extract_text("Hanul said its accelerator, Vesta, would invest in Orvik.")).get("Vesta") == {"Company"}
    assert _classes(extract_text("Hanul said its accelerator, Orvik Capital, would invest.")).get("Orvik Capital") == {"InvestmentFirm"}
