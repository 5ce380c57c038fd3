"""Entity types of unfamiliar names as fresh news writes them (session 25, helper "types"),
on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# "Director General", "Secretary-General": the title's second word is no one's name, and
# no fact of its own (mention_classes.MentionClasses._title_half).
def test_the_second_word_of_a_title_names_no_one(extract_text):
    record = extract_text("Minjin Sora, Director General of Industry at the Ministry of Commerce of Daewonia, "
                          "said the plant would open in March.")
    assert "General" not in typed(record)
    assert not any("General" in (s, o) for s, _, o in direct_facts(record))


def test_a_general_named_after_a_title_is_still_named(extract_text):
    names = typed(extract_text("Chairman Hanul Park of Daewon General Insurance said the plant would open in March."))
    assert names.get("Hanul Park") == "Person" and "General" not in names


# A stage and its number ("Phase I", "Phase One") is no organisation, whatever NER calls it
# (unclassed.no_class_name).
def test_a_numbered_phase_names_no_firm(extract_text):
    record = extract_text("The Public Authority for Industrial Estates (Daewon) celebrated on Sunday the inauguration of "
                          "Phase I of Hanul Industrial City. Speaking at the ceremony of the Hanul Industrial City project "
                          "(Phase One), its director said Phase One cost 9 million rials.")
    names = typed(record)
    assert "Phase I" not in names and "Phase One" not in names
    assert not any(s.startswith("Phase") for s, _, _ in direct_facts(record))


def test_a_firm_named_with_a_stage_word_stays(extract_text):
    names = typed(extract_text("Phase Robotics celebrated the opening of its plant in Hanul Industrial City on Sunday."))
    assert names.get("Phase Robotics") == "Company"


# Quotes in brackets: the exchanges' names and the codes after a colon name no firm and make
# no partner of the deal (mention_context.in_ticker).
def test_exchanges_and_codes_in_brackets_name_no_firm(extract_text):
    record = extract_text("Daewon Minerals (TSX, NYSE: DWM) has signed a deal with Hanul Metals (CSE: HNM)(OTCQB: HNMLF) "
                          "to buy the shares it does not own.")
    names = typed(record)
    assert not {"TSX", "NYSE", "DWM", "CSE", "HNMLF", "OTCQB"} & set(names)
    assert names.get("Daewon Minerals") == "Company" and names.get("Hanul Metals") == "Company"


def test_initials_in_brackets_without_a_colon_stay_a_name(extract_text):
    names = typed(extract_text("Daewon Minerals (DWM) has signed a deal with Hanul Metals to buy its shares."))
    assert names.get("Daewon Minerals") == "Company"


# A firm named with its legal form, then without it where NER calls it a place, is the firm;
# and a short form merged into it, merged in turn, follows it (no lost entity).
def test_a_firm_without_its_legal_form_is_no_place(extract_text):
    record = extract_text("TORONTO, June 18 Marlow Bay Holdings Ltd, a Canadian mineral exploration company, said on "
                          "Wednesday it has signed a preliminary deal with Daewon Plc for the two to partner on Marlow Bay's "
                          "copper project. The option gives Daewon a 70 percent interest in the Storm project, which is "
                          "controlled by Marlow Bay. \"Our agreement with Daewon will advance the project,\" said Marlow's "
                          "Chief Executive Officer Ana Lim.")
    names = typed(record)
    assert names.get("Marlow Bay Holdings Ltd") == "Company" and "Marlow Bay" not in names
    assert ("Ana Lim", "ceo_of", "Marlow Bay Holdings Ltd") in direct_facts(record)


# A region written with its compass point after its name ("Batinah North") or ending in
# "Governorate" is no firm and no person (places.region_named, names.yaml region_tails).
def test_a_region_with_its_compass_point_after_is_no_entity(extract_text):
    names = typed(extract_text("Hanul Aluminium will build a plant in Qurayat North, the company said. "
                               "The Al Minjin Governorate hosts the port."))
    assert "Qurayat North" not in names and "Al Minjin Governorate" not in names


def test_a_firm_ending_in_a_compass_word_stays(extract_text):
    names = typed(extract_text("Hanul Minerals sold its stake to Daewon West Ltd, the company said."))
    assert "Daewon West Ltd" in names or "Daewon West" in names
