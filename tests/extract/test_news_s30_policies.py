"""Policies and public bodies of session 30 (helper "policies"), kinds met on news snippets
outside the corpus (sanctions, export controls, incentive schemes): a ministry named with
known initials in brackets ("the Ministry of Commerce (MOFCOM)") stays one public body.
Sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends

POLICY = "policy_of"


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# name_repairs.open_brackets_cut: NER's "Ministry of Commerce (MOFCOM" lost to the ruler's "MOFCOM".
def test_a_ministry_with_known_initials_in_brackets_is_one_body(extract_text):
    record = extract_text("China's Ministry of Commerce (MOFCOM) issued the Hanul Export Control Rules on Monday.")
    assert typed(record).get("Ministry of Commerce") == "GovernmentBody"
    assert "Commerce" not in typed(record)
    assert ("Hanul Export Control Rules", "Ministry of Commerce") in fact_ends(record, POLICY)


def test_another_ministry_named_before_does_not_take_its_rules(extract_text):
    record = extract_text("The Ministry of Economy, Trade and Industry (METI) amended the Daewon Trade Order. "
                          "China's Ministry of Commerce (MOFCOM) issued the Hanul Export Control Rules on Monday.")
    owners = {o for s, o in fact_ends(record, POLICY) if s == "Hanul Export Control Rules"}
    assert owners and owners <= {"Ministry of Commerce", "China"}
