"""Entities kg extracted that the gold does not hold, session 37 (helper "ents37"), kinds met
among read138's spurious entities: one firm's other name kept as a second firm (a name given
after a firm's legal form in brackets, "X, Inc. (Y)", or inside them before a legal form,
"X (Y, Inc.)"; "X, better known as Y", "X, formerly known as Y"), a firm's short name the
text uses more than its longer forms kept apart from the firm named in full with only a
legal form or a group's word after it ("Tandor" of "Tandor Industries Ltd" beside "Tandor
Retail"), an indefinite article kept at a name's head ("a Council of ..."), and a month's
abbreviation taken for a firm ("(Nov. 12)"). Sentences invented here, each beside a near
one that must keep its entities apart."""

from __future__ import annotations

from extract_support import fact_ends


def _entities(record: dict) -> dict[str, tuple[str, set[str]]]:
    return {e["name"]: (e["type"], set(e.get("aliases") or ())) for e in record["entities"]}


def test_a_name_in_brackets_after_a_legal_form_is_the_same_firm(extract_text):
    record = extract_text("Harmon Medical Holdings, Inc. (HM Health) bought a minority stake in Prima Drug on Monday.", "2024-05-01")
    found = _entities(record)
    assert "HM Health" not in found and "HM Health" in found["Harmon Medical Holdings"][1]
    assert fact_ends(record, "invests_in") == {("Harmon Medical Holdings", "Prima Drug")}


def test_a_name_in_brackets_before_a_legal_form_is_the_same_firm(extract_text):
    found = _entities(extract_text("Harmon Medical bought a minority stake in Prima Drug (Velco Resources, Inc.) on Monday.", "2024-05-01"))
    assert "Velco Resources" not in found and "Velco Resources" in found["Prima Drug"][1]


def test_a_legal_form_between_two_names_without_brackets_links_nothing(extract_text):
    # "X, Inc. and Y": two firms; the legal form alone is no link.
    found = _entities(extract_text("Harmon Medical Holdings, Inc. and Velco Resources signed a supply deal on Monday.", "2024-05-01"))
    assert {"Harmon Medical Holdings", "Velco Resources"} <= set(found)


def test_better_known_as_and_formerly_known_as_name_one_firm(extract_text):
    found = _entities(extract_text("Orbis Precision Industry, better known as Luxtron, and Kelmar Energy signed a deal on Monday.", "2024-05-01"))
    assert "Luxtron" not in found and "Luxtron" in found["Orbis Precision Industry"][1] and "Kelmar Energy" in found
    found = _entities(extract_text("Denvo Automotive, formerly known as Ralco Motors, raised $50 million on Monday.", "2024-05-01"))
    assert "Ralco Motors" not in found and "Ralco Motors" in found["Denvo Automotive"][1]
    # A firm "known" to someone is no name of it.
    found = _entities(extract_text("Denvo Automotive, well regarded by Ralco Motors, raised $50 million on Monday.", "2024-05-01"))
    assert {"Denvo Automotive", "Ralco Motors"} <= set(found)


_TANDOR = ("Tandor Industries Ltd is in talks to buy a stake in Pellamy Software. {unit} said last year it would expand. "
           "Tandor has made several acquisitions. Tandor said the deal was not final. Tandor owns 20% of Kivra.")


def test_a_short_name_used_most_is_the_firm_named_in_full_with_a_legal_form(extract_text):
    record = extract_text(_TANDOR.format(unit="Tandor Retail"), "2024-05-01")
    found = _entities(record)
    assert "Tandor" not in found and "Tandor" in found["Tandor Industries Ltd"][1]
    assert fact_ends(record, "holds_stake_in") >= {("Tandor Industries Ltd", "Kivra")}
    # The unit is the firm's, by its name's first word.
    assert fact_ends(record, "subsidiary_of") == {("Tandor Retail", "Tandor Industries Ltd")}


def test_a_short_name_used_most_beside_units_only_is_their_parent(extract_text):
    # No longer name is the whole firm's: "Tandor" stays a firm of its own, the units' parent.
    record = extract_text(_TANDOR.replace("Tandor Industries Ltd", "Tandor Logistics").format(unit="Tandor Retail"), "2024-05-01")
    found = _entities(record)
    assert "Tandor" in found
    assert fact_ends(record, "subsidiary_of") == {("Tandor Retail", "Tandor"), ("Tandor Logistics", "Tandor")}


def test_an_indefinite_article_is_no_word_of_a_name(extract_text):
    found = _entities(extract_text("The ministers agreed on the creation of a Council of Wise Elders of the Orvala bloc on Monday.", "2024-05-01"))
    assert "Council of Wise Elders" in found and not any(name.startswith("a ") for name in found)


def test_a_months_abbreviation_is_no_firm(extract_text):
    found = _entities(extract_text("During President Lula's state visit to Chile on Tuesday (Nov. 12), the two countries signed 20 agreements.",
                                   "2024-11-14"))
    assert "Nov." not in found and {"Lula", "Chile"} <= set(found)
    # A firm whose name is a month's, without the stop, stays.
    found = _entities(extract_text("Shares of May Robotics Inc. rose 5% after the firm won a contract from Kelmar Energy.", "2024-11-14"))
    assert "May Robotics Inc." in found
