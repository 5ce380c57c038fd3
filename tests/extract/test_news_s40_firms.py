"""Firms described by what they design, and names NER missed inside a list of trades (a
fresh story of session 40, re-told). Each beside a near sentence."""

from __future__ import annotations

from extract_support import entity_classes, fact_ends


def test_a_chip_designer_is_a_firm_a_fashion_designer_a_person(extract_text):
    # NER reads the invented name as a person's after "designer", a word of people.
    assert entity_classes(extract_text("AI chip designer Veltrano raised $100 million."))["Veltrano"] == {"Company"}
    assert entity_classes(extract_text("Fashion designer Stella Marin opened a store in Paris."))["Stella Marin"] == {"Person"}


def test_a_name_inside_a_list_of_trades_is_no_sector(extract_text):
    # NER leaves "FuriosaAI" out (a common noun to it); its capital inside says it is a name.
    for text in ("Investors backed AI semiconductor designer FuriosaAI and cosmetics maker and distributor Velbeau last year.",
                 "The list includes AI chip designer FuriosaAI and battery maker Velbeau."):
        record = extract_text(text)
        assert not any("FuriosaAI" in name for name, classes in entity_classes(record).items() if "Sector" in classes), text
        assert not any("FuriosaAI" in obj for _, obj in fact_ends(record, "operates_in_sector")), text
    # A sector's own word written with an inner capital stays a sector's word.
    record = extract_text("Arvex Systems, a LiDAR sensor maker, raised $20 million.")
    assert any(obj.lower().startswith("lidar") for subj, obj in fact_ends(record, "operates_in_sector") if subj == "Arvex Systems")
