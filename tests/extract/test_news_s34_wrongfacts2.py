"""Wrong facts of session 34 (short helper "wrongfacts2"), kinds met on deal and shipbuilding
news outside the corpus earlier in session 34 (the outlets were noted by the helpers who met
them): a part of a firm named after a noun of buying ("completed the acquisition of 24.5
per cent of X") read as buying the firm, a seller named as the possessor of the
stake bought ("bought Y's controlling stake in X") read as a buyer, and a possessive set beside
a name ("X, its affiliate Y") read as that name's; a kind of firm ("the sub-holding
company") and a site built ("plans to build a shipyard") read as its trade. Sentences invented here, each beside one of a near
shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_the_acquisition_of_a_minority_part_is_a_stake(extract_text):
    # "completed the acquisition of 24.5 per cent of the issued share capital of X" had
    # been buying X; the verb ("bought 24.5 per cent of X") already gave a stake.
    text = "Brennic Holdings completed the acquisition of 24.5 per cent of the issued share capital of Corlan Group."
    record = extract_text(text, "2024-03-04")
    assert ("Brennic Holdings", "Corlan Group") not in fact_ends(record, "acquires")
    assert fact_qualifiers(record, "Brennic Holdings", "holds_stake_in", "Corlan Group")["stake_percent"] == 24.5
    # More than half bought is the firm bought; the firm named alone is bought too.
    for text in ("Brennic Holdings completed the acquisition of 60 per cent of the issued share capital of Corlan Group.",
                 "Brennic Holdings completed the acquisition of Corlan Group."):
        record = extract_text(text, "2024-03-04")
        assert ("Brennic Holdings", "Corlan Group") in fact_ends(record, "acquires"), text
        assert ("Brennic Holdings", "Corlan Group") not in fact_ends(record, "holds_stake_in"), text


def test_a_holding_bought_from_its_possessor_is_no_longer_the_possessors(extract_text):
    # "X bought Y's controlling stake in Z" had made the seller Y a buyer of Z.
    record = extract_text("Talvik Energy bought Osric Networks' controlling stake in Corlan Group.", "2024-03-04")
    assert ("Osric Networks", "Corlan Group") not in fact_ends(record, "acquires")
    assert ("Talvik Energy", "Corlan Group") in fact_ends(record, "acquires")
    # The holding told of without a buyer is still its possessor's.
    record = extract_text("Osric Networks' 20% stake in Corlan Group is worth $40 million.", "2024-03-04")
    assert fact_qualifiers(record, "Osric Networks", "holds_stake_in", "Corlan Group")["stake_percent"] == 20.0


def test_a_possessive_beside_a_name_is_not_that_names(extract_text):
    # "merge with X, its affiliate Y": "its" had been X, so Y a unit of X.
    record = extract_text("Hanmar Heavy said it would merge with Durvo Marine, its affiliate Ostrel Shipbuilding.", "2024-03-04")
    assert ("Ostrel Shipbuilding", "Durvo Marine") not in fact_ends(record, "subsidiary_of")
    # Without the name before it, "its" is the one named last.
    record = extract_text("Hanmar Heavy said Durvo Marine would merge with its affiliate Ostrel Shipbuilding.", "2024-03-04")
    assert ("Ostrel Shipbuilding", "Durvo Marine") in fact_ends(record, "subsidiary_of")


def test_a_kind_of_firm_or_a_site_built_is_no_trade(extract_text):
    # "X, the sub-holding company of Y" had given X the trade "sub-holding"; "plans to build
    # a shipyard" the trade shipbuilding (a site a firm builds, not goods it sells).
    record = extract_text("Hanmar Holdings, the sub-holding company of Durvo Group, plans to build a shipyard in Texas.",
                          "2024-03-04")
    assert not {o for s, o in fact_ends(record, "operates_in_sector") if s == "Hanmar Holdings"}
    assert ("Hanmar Holdings", "Durvo Group") in fact_ends(record, "subsidiary_of")
    # Ships it builds are its trade.
    record = extract_text("Hanmar Holdings builds ships and plans to build a shipyard in Texas.", "2024-03-04")
    assert {o for s, o in fact_ends(record, "operates_in_sector") if s == "Hanmar Holdings"} == {"ships"}
