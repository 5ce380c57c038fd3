"""Entity names as news writes them (session 21, helper "ents"), on sentences invented
here, each beside one of the same shape that must not be read so."""

from __future__ import annotations


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# The fields a chamber's or a ministry's name lists after "of" are one name with it
# (list_members._briefs_after_of, name_repairs.briefs_joined).
def test_a_chamber_of_listed_fields_is_one_name(extract_text):
    names = typed(extract_text("The Tehran Chamber of Commerce, Industries, Mines and Agriculture said on Monday "
                               "that Daewon Ventures will open an office."))
    assert names.get("Tehran Chamber of Commerce, Industries, Mines and Agriculture") == "Company"
    assert "Mines" not in names and "Agriculture" not in names


def test_a_name_after_a_bank_of_a_country_is_another(extract_text):
    names = typed(extract_text("The Bank of Korea and Hanul Capital signed a deal."))
    assert "Bank of Korea" in names and names.get("Hanul Capital") == "InvestmentFirm"


# Briefs before a minister's title are no name (people.Titles._brief_before_title).
def test_listed_briefs_before_a_minister_are_no_name(extract_text):
    names = typed(extract_text("India's Commerce and Industry Minister Piyush Goyal met Daewon Ventures executives in Delhi."))
    assert "Commerce" not in names and "Industry" not in names and names.get("Piyush Goyal") == "Person"


def test_a_firm_before_a_minister_is_a_name(extract_text):
    names = typed(extract_text("Executives of Hanul Robotics and Trade Minister Piyush Goyal met in Delhi."))
    assert names.get("Hanul Robotics") == "Company" and "Trade" not in names
