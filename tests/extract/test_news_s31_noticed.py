"""Facts fresh news had been read wrongly or not at all (session 30's notes, mended in
session 31): each kind on a sentence invented here, beside one of a near shape that must
give, or must not give, the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_name_described_as_put_on_a_list_keeps_no_list(extract_text):
    # "Peru, added to the Entity List in May, protested" had given "Entity List policy_of
    # Peru": the parser took the participle for the sentence's verb, Peru for its lister.
    record = extract_text("Chile, added to the Entity List in May, protested the decision on Friday.")
    assert not fact_ends(record, "policy_of")
    # The one who puts a name on the list keeps it.
    lister = extract_text("The United States added Chile to the Entity List in May.")
    assert ("Entity List", "United States") in fact_ends(lister, "policy_of")
    # "Hanul, founded in Busan in 1990, makes robots": the participle still describes the name.
    founded = extract_text("Hanul Robotics, founded in Busan in 1990, makes industrial robots.")
    assert ("Hanul Robotics", "Busan") in fact_ends(founded, "headquartered_in")
