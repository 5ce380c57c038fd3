"""Entity types of unfamiliar names as fresh news writes them (session 27, helper "types"),
on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A title after a comma may follow a firm's name and its "'s" ("X, Hanul's chief business
# officer"): X is a person, though NER read "X, Hanul's" as one organisation
# (people.PersonCues.titled_after).
def test_a_name_before_a_firm_s_title_is_a_person(extract_text):
    record = extract_text("Tavish Orrenby, Uber's chief business officer in the Asia Pacific, said he expects growth.")
    assert typed(record).get("Tavish Orrenby") == "Person"
    assert ("Tavish Orrenby", "executive_of", "Uber") in direct_facts(record)


def test_a_firm_before_another_firm_s_noun_stays_a_firm(extract_text):
    names = typed(extract_text("Velmora Systems, Uber's main supplier in the Asia Pacific, said it expects growth."))
    assert names.get("Velmora Systems") == "Company"


# "which" after a name makes it a thing's, unless the text names the person with a title
# elsewhere ("the President of X, Ana Rebelo de Sousa, which was followed by talks" ...
# "President Rebelo de Sousa"; mention_classes).
def test_which_after_a_titled_person_s_name_keeps_the_person(extract_text):
    record = extract_text("Talks were held with the President of Portugal, Marta Velasco de Lima, which was followed "
                          "by a banquet. President Velasco de Lima spoke of trade.")
    names = typed(record)
    assert names.get("Marta Velasco de Lima") == "Person"
    assert not any(t == "Company" for n, t in names.items() if "Velasco" in n)


def test_which_after_an_untitled_name_is_a_firm(extract_text):
    names = typed(extract_text("The plan was funded by Orvik Lindahl, which provided $15 million last year."))
    assert names.get("Orvik Lindahl") == "Company"


# A title's modifier before a title ("Union Minister Ana Lim", as Indian news writes a
# federal minister's) is a word of the title, no body's name (people.Titles.without_titles).
def test_union_before_minister_names_no_body(extract_text):
    record = extract_text("He was received by Union Minister Piyush Varanasi in Delhi on Sunday.")
    names = typed(record)
    assert "Union" not in names and names.get("Piyush Varanasi") == "Person"


def test_union_alone_stays_a_name(extract_text):
    assert "Union" in typed(extract_text("The Union said on Monday it would strike at the plant."))

