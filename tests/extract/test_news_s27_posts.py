"""Who holds which post, as fresh appointment and succession news writes it (session 27):
kinds of wording that gave a post to the wrong end or missed it; each on a sentence
invented here, beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def _classes(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_dateline_city_of_two_words_in_capitals_is_no_firm(extract_text):
    # "SAO PAULO--Latin America's biggest oil producer Petrobras announced the exit of its
    # chief executive" had made the dateline a firm, and the chief executive its.
    record = extract_text("NAM HANUL--Asia's biggest steelmaker Daewon Steel announced the exit of its chief executive "
                          "Kim Min-soo late Tuesday, the third head of the company to leave in two years.")
    assert _classes(record)["NAM HANUL"] == "City"
    assert fact_ends(record, "ceo_of") == {("Kim Min-soo", "Daewon Steel")}
    # Not a firm in capitals within the line, a dash after it.
    inside = extract_text("Shares of DAEWON STEEL -- the steelmaker -- fell on Monday after its chief executive Kim Min-soo quit.")
    assert _classes(inside)["DAEWON STEEL"] == "Company"


def test_a_person_described_as_a_regulator_stays_a_person(extract_text):
    # "Magda Chambriard, a former government regulator, will replace Prates" had made her a
    # public body.
    record = extract_text("Kim Min-soo, a former government regulator, will replace Park Ji-hoon as chief executive "
                          "of Hanul Motors.")
    assert _classes(record)["Kim Min-soo"] == "Person"
    assert ("Kim Min-soo", "Hanul Motors") in fact_ends(record, "ceo_of")
    # A body's name the description gives stays a body's.
    body = extract_text("The Daeha Financial Authority, the country's financial regulator, fined Hanul Bank on Monday.")
    assert _classes(body)["Daeha Financial Authority"] == "GovernmentBody"
