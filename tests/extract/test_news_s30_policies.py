"""Policies and public bodies of session 30 (helper "policies"), kinds met on news snippets
outside the corpus (sanctions, export controls, tariffs, trade pacts): a ministry named with
known initials in brackets ("the Ministry of Commerce (MOFCOM)") stays one public body; a list
is the one's who adds names to it; a pact named by its countries and "FTA" is each country's;
a measure named by what it is ("new tariffs on imported zinc") is the policy of who imposes it.
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


# triggers.yaml policy_of: a verb of putting names on a list or taking them off, with "to", "from", "on".
def test_a_body_that_adds_names_to_a_list_keeps_the_list(extract_text):
    record = extract_text("The Hanul Trade Bureau added nine Daewon firms to its Entity List on Friday. "
                          "Japan removed Corex from its Hanul Export List in August.")
    assert ("Entity List", "Hanul Trade Bureau") in fact_ends(record, POLICY)
    assert ("Hanul Export List", "Japan") in fact_ends(record, POLICY)


def test_a_country_taken_off_a_list_does_not_keep_it(extract_text):
    record = extract_text("Peru was removed from the Entity List on Friday, the Hanul Trade Bureau said.")
    assert ("Entity List", "Peru") not in fact_ends(record, POLICY)


def test_a_country_slapping_a_named_levy_owns_it(extract_text):
    record = extract_text("Vietnam slapped the Steel Safeguard Act on Korean mills in March.")
    assert ("Steel Safeguard Act", "Vietnam") in fact_ends(record, POLICY)


# names.yaml name_heads Policy: "FTA", "Package"; name_facts: names a hyphen joins.
def test_a_pact_named_by_its_countries_and_fta_is_each_country_s(extract_text):
    record = extract_text("The Peru-Maldives FTA came into effect on January 1, the ministry said.")
    assert typed(record).get("Peru-Maldives FTA") == "Policy"
    assert fact_ends(record, POLICY) == {("Peru-Maldives FTA", "Peru"), ("Peru-Maldives FTA", "Maldives")}


def test_a_law_named_against_a_country_is_not_that_country_s(extract_text):
    record = extract_text("The Anti-Peru Tariff Act came into effect on January 1.")
    assert ("Anti-Peru Tariff Act", "Peru") not in fact_ends(record, POLICY)


def test_a_support_package_with_a_capitalised_name_is_a_policy(extract_text):
    record = extract_text("The government announced the Hanul Battery Support Package on June 26.")
    assert typed(record).get("Hanul Battery Support Package") == "Policy"


def test_a_firm_s_packaging_is_no_policy(extract_text):
    record = extract_text("Daewon Packaging said sales rose in June.")
    assert typed(record).get("Daewon Packaging") != "Policy"


# measures.measures_named: a measure named by what it is, the object of a verb of imposing.
def test_a_measure_a_country_imposes_is_its_policy(extract_text):
    record = extract_text("Peru imposed new tariffs on imported zinc and copper in March.", "2027-05-20")
    assert typed(record).get("new tariffs on imported zinc and copper") == "Policy"
    assert fact_ends(record, POLICY) == {("new tariffs on imported zinc and copper", "Peru")}


def test_the_target_of_a_measure_is_not_its_owner(extract_text):
    record = extract_text("Chile imposed fresh sanctions on Peru on Monday. Peru said it would respond.")
    assert fact_ends(record, POLICY) == {("fresh sanctions on Peru", "Chile")}


def test_a_firm_s_restrictions_name_no_policy(extract_text):
    record = extract_text("Hanul Steel imposed new restrictions on overtime work at its Busan plant.")
    assert "Policy" not in typed(record).values()


def test_a_bare_measure_noun_names_no_policy(extract_text):
    record = extract_text("Peru imposed tariffs in March, the ministry said.")
    assert "Policy" not in typed(record).values()
