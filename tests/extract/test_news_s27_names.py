"""Names kg missed or cut wrong on fresh news (session 27, helper "names"): outlets cited as
sources, quantities NER took for firms, titles glued to places. Sentences invented here,
each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A listed outlet is a name though its words are generic ("Financial", "Times") or open a
# sentence as a common noun would ("Sputnik"); people.Titles.listed, MentionClasses.classify.
def test_an_outlet_of_generic_words_cited_as_a_source_is_a_company(extract_text):
    names = typed(extract_text("Hanul Robotics will buy Orvik Labs for $40 million, the Financial Times reported on Friday."))
    assert names.get("Financial Times") == "Company"


def test_generic_words_that_name_no_outlet_stay_out(extract_text):
    names = typed(extract_text("Hanul Robotics will buy Orvik Labs for $40 million, the Financial Services reported on Friday."))
    assert "Financial Services" not in names


def test_an_outlet_opening_a_sentence_beside_another_is_a_company(extract_text):
    names = typed(extract_text("Hanul Robotics will buy Orvik Labs. Sputnik and Kyodo also reported the purchase on Friday."))
    assert names.get("Sputnik") == "Company"


# Outlets that report a deal are no parties to it (frames.yaml reciprocal-noun: not "report").
def test_outlets_that_report_a_deal_are_no_partners(extract_text):
    record = extract_text("Hanul Robotics will buy Orvik Labs. Reuters and Bloomberg also reported the deal on Friday.")
    assert not any(p == "partners_with" for _, p, _ in direct_facts(record))


def test_firms_that_sign_a_deal_are_partners(extract_text):
    record = extract_text("Hanul Robotics and Orvik Labs signed a partnership on Friday.")
    assert ("Hanul Robotics", "partners_with", "Orvik Labs") in direct_facts(record) \
        or ("Orvik Labs", "partners_with", "Hanul Robotics") in direct_facts(record)


# A unit's symbol after a number is a quantity's, no firm's (names.yaml unit_symbols).
def test_a_unit_after_a_number_names_no_firm(extract_text):
    names = typed(extract_text("Hanul Power runs a data centre with a capacity of 40 MW, which will be raised to 150 MW."))
    assert not any("MW" in name for name in names)


def test_letters_without_a_number_before_them_stay_a_name(extract_text):
    names = typed(extract_text("Hanul Power signed a supply deal with MW on Monday."))
    assert "MW" in names


# "CM" (chief minister) after a state's name is a title, not the end of an organisation's
# name; a title inside a run NER read as one name parts a person's name after it from the
# words before (people.Titles._title_inside).
def test_a_chief_minister_abbreviated_after_a_state_makes_no_firm(extract_text):
    names = typed(extract_text("The pact was signed in the presence of Odisha CM Ravi Menon and state industries minister Anil Das."))
    assert not any("CM" in name for name in names)
    assert names.get("Ravi Menon") == "Person"


def test_a_title_word_inside_a_firm_s_name_parts_nothing(extract_text):
    names = typed(extract_text("Shares of Hanul Director Systems Ltd rose 4% on Monday."))
    assert names.get("Hanul Director Systems Ltd") == "Company"


# Capitals in brackets that lower-case words before them spell name nothing ("a letter of
# intent (LoI)"), unless the words are a public body's ("the department of mines (DoM)");
# acronym_names.common_noun_acronyms.
def test_capitals_common_words_spell_name_no_firm(extract_text):
    names = typed(extract_text("Hanul Space received a letter of intent (LoI) for its low Earth orbit (LEO) satellites. "
                               "The LoI covers five years."))
    assert "LoI" not in names and "LEO" not in names


def test_capitals_a_firm_s_name_spells_stay_its_name(extract_text):
    names = typed(extract_text("Hanul Orbital Systems (HOS) received a licence. HOS will launch in May."))
    assert names.get("Hanul Orbital Systems") == "Company"


def test_a_department_written_lower_case_before_its_capitals_is_a_public_body(extract_text):
    record = extract_text("The licence was issued by the department of mines (DoM) on Tuesday.")
    entities = {e["name"].lower(): e for e in record["entities"]}
    assert entities["department of mines"]["type"] == "GovernmentBody" and "DoM" in entities["department of mines"]["aliases"]


# A person's possessive before "administration" is whose it is, no body's name.
def test_a_person_s_possessive_administration_is_no_body(extract_text):
    names = typed(extract_text("Lena Marsh's administration imposed tariffs on Hanul Steel."))
    assert not any("administration" in name for name in names)


def test_a_person_s_name_before_administration_names_a_body(extract_text):
    names = typed(extract_text("The Marsh administration imposed tariffs on Hanul Steel."))
    assert names.get("Marsh administration") == "GovernmentBody"


# A venture named by its parents joined by a hyphen names both (venture_names.venture_parents).
def test_a_venture_named_by_its_parents_names_both(extract_text):
    names = typed(extract_text("The Hanul Chem-Daewon joint venture will start production next year."))
    assert names.get("Hanul Chem") == "Company" and names.get("Daewon") == "Company"
    assert not any("-" in name for name in names)


def test_one_name_written_with_a_hyphen_before_a_venture_stays_one(extract_text):
    names = typed(extract_text("The Orvik-Benzel joint venture in China sold more cars."))
    assert "Orvik" not in names and "Benzel" not in names
