"""Typed entities other than sectors, session 35 (helper "types35"): a business group named
by a firm's word and "group" in lower case ("the founder of the X group", "loans from the X
group", "the X group of companies"), met three times among the development texts' missed
companies (a Japanese, an Indian and a Japanese bank's group), where kg had kept only the
firm's word or nothing. Sentences invented here, each beside a near one where "group" is
a noun's modifier or heads a group of states, which must not give a group."""

from __future__ import annotations


def _entities(record: dict) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_the_firm_group_is_a_company(extract_text):
    for text, group in (
        ("Cerberus will also purchase some 500 billion yen in loans from the Norvik group and other lenders to Kasai Kogyo.",
         "Norvik group"),
        ("Talvik Sons, the investment holding arm of the Talvik group of companies, announced the reappointment of Arun Mehra.",
         "Talvik group"),
        # NER read the firm's word as a person's; a longer firm's name of the text opens with it.
        ("Corvane Industries was established in 1926 by Kenji Mori, the founder of the Corvane group.",
         "Corvane group"),
    ):
        assert (group, "Company") in _entities(extract_text(text)), text


def test_group_as_a_modifier_or_a_group_of_states_is_no_group(extract_text):
    entities = _entities(extract_text("He is a former Norvik group member from Texas."))
    assert ("Norvik group", "Company") not in entities
    assert ("Norvik", "Company") in entities
    names = {name for name, _ in _entities(extract_text("The leaders of the BRICS group of nations met in Kazan."))}
    assert "BRICS group" not in names and "BRICS" in names


def test_a_firm_of_a_lower_case_group_is_not_its_subsidiary_by_name(extract_text):
    # "the Corvane group" is a family of firms: "Corvane Motor" bears its word but is no
    # subsidiary of it, as "Doosan Robotics" is of the holding firm "Doosan Group".
    record = extract_text("Corvane Industries was established in 1926 by Kenji Mori, the founder of the Corvane group. "
                          "Corvane Motor was created from a division of Corvane Industries.")
    facts = {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}
    assert ("Corvane group", "founded_by", "Kenji Mori") in facts
    assert not any(p == "subsidiary_of" and o == "Corvane group" for _, p, o in facts)
    record = extract_text("Doosan Robotics, a unit of Doosan Group, raised $10 million.")
    assert ("Doosan Robotics", "subsidiary_of", "Doosan Group") in {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}
