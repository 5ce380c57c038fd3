"""Names of firms and products of session 34 (short round, helper "names5"), kinds met on
fresh news outside the corpus earlier in the session (chip-maker and AI stories; outlets
not recorded for this round): a list of names after a firm's own kind of goods ("its
low-power accelerators, A and B") read as investment firms or a place, and two firms
with the verb between them read as one name ("X bought Y Systems"), a firm named for its
factory ("X Pharmaceutical Factory") read as a site where it signs and buys. Sentences invented
here, each beside one of a near shape that must not give the same answer."""

from __future__ import annotations

from extract_support import fact_ends


def _types(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_list_after_a_firms_own_goods_names_its_products(extract_text):
    # "X sells its low-power accelerators, A and B, to ..." (fresh news): the plural before
    # the list typed the names ("accelerators" describe investors), whatever owned it; and
    # after "its chips" the second name was a city's.
    for text in ("Qelvant sells its low-power accelerators, Vesta and Orinda, to data centres in Europe.",
                 "Qelvant sells its low-power chips, Vesta and Orinda, to data centres in Europe."):
        types = _types(extract_text(text, "2024-03-04"))
        assert (types.get("Vesta"), types.get("Orinda")) == ("Product", "Product"), text
    # Accelerators no firm owns are investors; a firm's investors stay firms.
    types = _types(extract_text("The startup joined two accelerators, Vesta and Orinda, last year.", "2024-03-04"))
    assert (types.get("Vesta"), types.get("Orinda")) == ("InvestmentFirm", "InvestmentFirm")
    types = _types(extract_text("Brix said its earlier investors, Hanul Partners and Daewon Group, would sell.", "2024-03-04"))
    assert types.get("Hanul Partners") == "InvestmentFirm"


def test_a_verb_between_two_names_parts_them(extract_text):
    # "X bought Y Systems" (fresh news): NER read subject, verb and object as one firm's
    # name, and the purchase was lost.
    for text in ("Corvane bought Talvik Systems for $200 million in March.",
                 "Dovex said that Corvane bought Talvik Systems for $200 million."):
        record = extract_text(text, "2024-03-04")
        assert {"Corvane", "Talvik Systems"} <= set(_types(record)), text
        assert ("Corvane", "Talvik Systems") in fact_ends(record, "acquires"), text
    # A lower-case word that is no verb between a subject and its object stays in the name.
    types = _types(extract_text("Corvane signed a deal with the Bank of America in March.", "2024-03-04"))
    assert "Bank of America" in types


def test_a_firm_named_for_its_factory_is_a_firm_where_it_acts(extract_text):
    # "X Pharmaceutical Factory" (fresh news, Japan): "Factory" ended the name of a
    # site, though the firm signed deals.
    for text in ("Hanwa Pharmaceutical Factory signed a supply agreement with Dovex Labs on Tuesday.",
                 "Hanwa Pharmaceutical Factory said on Monday it would buy a plant in Osaka."):
        assert _types(extract_text(text, "2024-03-04")).get("Hanwa Pharmaceutical Factory") == "Company", text
    # A factory that is owned or where things are made stays a site.
    for text in ("Dovex owns the Hanwa Pharmaceutical Factory in Osaka.",
                 "The tablets are made at the Hanwa Pharmaceutical Factory in Osaka."):
        assert _types(extract_text(text, "2024-03-04")).get("Hanwa Pharmaceutical Factory") == "Facility", text
