"""Silent wrong facts noticed on fresh news in session 31: kinds of wording that gave a
fact a careful reader does not take; each on a sentence invented here, beside one of a
near shape that must still give its fact."""

from __future__ import annotations

from extract_support import fact_ends


def _any_facts(record: dict, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of each fact of *predicate*, candidates included."""
    return {(r["subject"], r["object"]) for r in record["relations"] if r["predicate"] == predicate}


def test_a_traveller_heads_no_country_a_journey_goes_to(extract_text):
    # "Trump will visit India" beside a state visit of King Charles to the US had given the
    # candidates "Trump head_of_state_of India" and "Charles head_of_state_of United States".
    for text in ("Premier Jansen will visit Vietnam next month.",
                 "Kaya will visit Peru next month. King Olaf will make a state visit to Chile in April.",
                 "King Olaf will make a state visit to Chile in April. Olaf will meet bankers in Santiago."):
        record = extract_text(text)
        heads = _any_facts(record, "head_of_state_of")
        assert not {h for h in heads if h[1] in ("Vietnam", "Peru", "Chile")}, (text, heads)
    # The host of a visitor leads the country visited.
    hosted = extract_text("Prime Minister Kaya will visit Chile next week. President Boric will host him in Santiago.")
    assert ("Boric", "Chile") in _any_facts(hosted, "head_of_state_of")


def test_the_other_holders_are_of_the_firm_held_not_of_its_holder(extract_text):
    # A bank's stake in a microfinance group, then "The other holders in the microfinance
    # group are IFC and MicroVest", had given "IFC holds_stake_in <the bank>".
    record = extract_text("Sorabol Bank owns a 25% stake in Kesan Finance. "
                          "The other shareholders in the lender are Arden Capital and Tamna Ventures.")
    ends = fact_ends(record, "holds_stake_in")
    assert ("Arden Capital", "Kesan Finance") in ends and ("Tamna Ventures", "Kesan Finance") in ends
    assert ("Arden Capital", "Sorabol Bank") not in ends and ("Tamna Ventures", "Sorabol Bank") not in ends
    # A sentence before that tells of no part held leaves the story's firm the one held.
    alone = extract_text("Kesan Finance is a microfinance lender in Busan. "
                         "The other shareholders in the lender are Arden Capital and Tamna Ventures.")
    assert ("Arden Capital", "Kesan Finance") in fact_ends(alone, "holds_stake_in")


def test_a_unit_named_from_its_parent_stays_its_own_firm(extract_text):
    # "Unifi Manufacturing, Inc., an operating subsidiary of Unifi, Inc." had merged the two
    # firms into one entity.
    record = extract_text("Tamna Textiles, Inc., an operating subsidiary of Tamna, Inc., makes nylon yarn in Busan.")
    names = {e["name"] for e in record["entities"]}
    assert {"Tamna Textiles", "Tamna"} <= names, names
    assert ("Tamna Textiles", "Tamna") in fact_ends(record, "subsidiary_of")
    # A short form met with no such description is still the firm's.
    short = extract_text("Tamna Textiles makes nylon yarn in Busan. Tamna said sales rose 5% in March.")
    assert "Tamna" not in {e["name"] for e in short["entities"]}
