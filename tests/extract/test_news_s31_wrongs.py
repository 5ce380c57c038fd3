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
