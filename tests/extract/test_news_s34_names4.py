"""Names of people and firms of session 34 (short round, helper "names4"), kinds met on
fresh news outside the corpus earlier in the session (chip-startup, airport-concession and
impact-lending stories; outlets not recorded for this round): a royal title that is a
person's family name after a given name ("X Pope, the chief executive of Y"), a firm named
for the airports it runs ("X Airports (SL) Limited") read as a person, and a lender named
"X Capital" read as an investment firm. Sentences invented here, each beside one of a near
shape that must not give the same answer."""

from __future__ import annotations

from extract_support import fact_ends


def _types(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_royal_title_after_a_given_name_is_a_family_name(extract_text):
    # "X Pope, the chief executive of Y" (fresh news): "Pope" was stripped as a
    # title, leaving a person of the given name alone, who headed nothing.
    record = extract_text("Dorian Pope, the chief executive of Qelvant, said the company would ship its first chip next year.",
                          "2024-03-04")
    assert _types(record).get("Dorian Pope") == "Person"
    assert ("Dorian Pope", "Qelvant") in fact_ends(record, "ceo_of")
    # A title that runs on into another ("Crown Prince") is still no part of the name before it.
    record = extract_text("Saudi Crown Prince Mohammed met Dorian Vance, the chief executive of Qelvant.", "2024-03-04")
    assert "Dorian Vance" in _types(record)
    assert not any(name.endswith(("Crown", "Prince")) for name in _types(record))


def test_a_firm_named_for_the_airports_it_runs_is_no_person(extract_text):
    # "X Airports (SL) Limited" (fresh news): no word of "X Airports" marked a
    # firm's name, and it was read as a person's.
    # Opening a sentence, NER ends the name before the brackets and calls it a person's.
    record = extract_text("Ostrava Airports (SL) Limited will operate the terminal, the ministry said.", "2024-03-04")
    assert {n: t for n, t in _types(record).items() if n.startswith("Ostrava")} == {"Ostrava Airports": "Company"}
    # One airport named for its city stays a facility, no firm.
    record = extract_text("The minister flew into Ostrava Airport on Friday.", "2024-03-04")
    assert _types(record).get("Ostrava Airport") != "Company"


def test_a_lender_named_capital_is_a_company(extract_text):
    # "X Capital, a non-profit social lender," (fresh news): the investment word of
    # the name outweighed the lender it is said to be; a lender is a company, as a bank is.
    record = extract_text("Root Harbor Capital, a non-profit social lender, lent $2 million to Kiboko Farms.", "2024-03-04")
    assert _types(record).get("Root Harbor Capital") == "Company"
    # Said to be a venture firm, a name with the same word stays an investment firm.
    record = extract_text("Talvik Capital, a venture firm, invested $2 million in Kiboko Farms.", "2024-03-04")
    assert _types(record).get("Talvik Capital") == "InvestmentFirm"
