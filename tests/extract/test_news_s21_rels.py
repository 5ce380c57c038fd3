"""Relations between two names of one sentence that no rule joined, as real news writes
them (session 21), on sentences invented here, each beside one of the same shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def sectors(record) -> set[tuple[str, str]]:
    return fact_ends(record, "operates_in_sector")


def test_a_plant_the_firm_owns_says_what_it_makes(extract_text):
    found = sectors(extract_text("Park Ji-hoon toured an automotive battery plant of Hanul Motors in Ohio."))
    assert ("Hanul Motors", "batteries") in found


def test_a_plant_named_for_its_place_says_nothing_of_the_trade(extract_text):
    record = extract_text("Park Ji-hoon toured the Ohio plant of Hanul Motors.")
    assert not sectors(record)


def test_the_possessive_production_of_a_firm(extract_text):
    found = sectors(extract_text("Tokyo allowed the export of a chemical crucial for Daewon Electronics' "
                                 "advanced contract chipmaking production."))
    assert ("Daewon Electronics", "contract chipmaking") in found


def test_operations_are_read_by_their_lemma(extract_text):
    found = sectors(extract_text("Kim Min-soo visited Hanul Motors' battery operations in Ohio."))
    assert ("Hanul Motors", "batteries") in found


def test_a_division_bought_is_not_the_buyers_trade(extract_text):
    # A part sold or spun off: the gold gives its trade to the part alone.
    record = extract_text("Daewon Group agreed to acquire the robotics division of Hanul Engineering for $5 billion.")
    assert not {end for end in sectors(record) if end[0] in ("Daewon Group", "Hanul Engineering")}


def test_production_started_or_increased(extract_text):
    found = sectors(extract_text("Hanul Electronics will invest $500 million to increase production of home "
                                 "appliances in Mexico."))
    assert ("Hanul Electronics", "home appliances") in found


def test_production_halted_is_no_trade_read(extract_text):
    # Not a verb that makes production grow: no rule of this kind reads it.
    record = extract_text("Flooding halted production of home appliances at the Busan site of Hanul Electronics.")
    assert ("Hanul Electronics", "home appliances") not in sectors(record)
