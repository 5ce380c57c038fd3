"""Types of names met on news snippets outside the corpus (session 31): which names are
entities, and of what class. Each case beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_firm_named_in_brackets_after_a_person_is_no_other_name_of_the_person(extract_text):
    # "Shola Akinlade (Paystack)" in a list of backers had made the firm a person's alias.
    record = extract_text("Backers of the fund include Maria Okonjo (Daewon Pay) and Tom Reyes (Hanul Labs).")
    people = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Person"}
    assert people == {"Maria Okonjo": [], "Tom Reyes": []}
    assert {"Daewon Pay", "Hanul Labs"} <= names(record)
    # Initials in brackets are still the person's.
    initials = extract_text("Crown Prince Mohammed bin Salman (MBS) met the ministers in Riyadh.")
    assert ("Mohammed bin Salman", "Person") in named(initials) and "MBS" not in names(initials)


def test_a_firm_named_only_with_firm_words_and_written_again_is_a_firm(extract_text):
    # "Ventures Platform" (every word a firm's word) had been dropped as no one's name.
    record = extract_text("Ventures Platform said on Monday it had closed a new fund. "
                          "Orvik, Daewon and Hanul joined, Ventures Platform said.")
    assert ("Ventures Platform", "InvestmentFirm") in named(record)
    # The same words after a determiner refer back to a firm named otherwise.
    generic = extract_text("Hanul Capital said the Ventures Platform would close soon. "
                           "The Ventures Platform holds a new fund.")
    assert "Ventures Platform" not in names(generic)


def test_a_pan_continental_adjective_is_no_firm(extract_text):
    # "its new US$40m Pan-African, early-stage fund" had given a firm "Pan-African".
    record = extract_text("Orvik Capital launched its new $40 million Pan-African, early-stage fund on Monday.")
    assert "Pan-African" not in names(record)
    assert ("Orvik Capital", "InvestmentFirm") in named(record)


def test_a_sum_with_its_scale_glued_on_is_no_firm(extract_text):
    # "bought by Stripe at $200m (R3.2bn)" had given a firm "R3.2bn".
    record = extract_text("Hanul Pay was bought by Daewon at $200m (R3.2bn) last year.")
    assert "R3.2bn" not in names(record)
    assert ("Daewon", "Hanul Pay") in fact_ends(record, "acquires")


def test_a_common_abbreviation_and_the_words_it_stands_for_name_no_body(extract_text):
    # "dedicated to ICT infrastructure", "Foreign Direct Investment into Vietnam", "The FTA
    # was signed" had given a firm, an investment firm and a firm.
    record = extract_text("Foreign Direct Investment into Vietnam rose in May, while the fund backed ICT projects. "
                          "The FTA was signed on Monday.")
    assert not {"ICT", "FTA", "Foreign Direct Investment"} & names(record)
    # A firm whose initials spell one keeps its name: its words are not all English ones,
    # or one of them is a firm's word.
    firms = extract_text("Global Drone Partners and Fadi Dani Invest raised $20 million.")
    assert "Global Drone Partners" in names(firms)
