"""Wrong facts of session 34 (helper "wrongfacts"), kinds met on fresh company news outside
the corpus this session (leadership changes, investment plans and state visits,
international wire-style reports; the helper was given the wording shapes, not the
outlets): "the company" in a clause below the main one ("X's board replaced CEO Y, who
led the company ...", "X's chief executive, Y, said the company would invest ...") stood
for the firm the story named first, not X; a visit "conducted" was none made.
Sentences invented here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends

_BEFORE = "Tarvo Systems said on Monday it would cut 500 jobs. "


def test_the_company_a_replaced_chief_led_is_the_firm_whose_board_replaced_him(extract_text):
    # "X's board replaced CEO Y, who led the company for eight years, with Z": the led
    # company was the story's first firm, and Y its head.
    record = extract_text(_BEFORE + "Brennic Foods' board replaced CEO Alan Moreau, who led the company for eight years, "
                          "with Julia Penn.", "2026-12-01")
    heads = fact_ends(record, "executive_of") | fact_ends(record, "ceo_of")
    assert ("Alan Moreau", "Tarvo Systems") not in heads
    assert ("Alan Moreau", "Brennic Foods") in fact_ends(record, "ceo_of")
    record = extract_text(_BEFORE + "The board of Brennic Foods replaced CEO Alan Moreau, who led the company for eight "
                          "years, with Julia Penn.", "2026-12-01")
    assert ("Alan Moreau", "Tarvo Systems") not in fact_ends(record, "executive_of") | fact_ends(record, "ceo_of")


def test_the_company_a_chief_said_would_invest_is_his_firm(extract_text):
    # "X's chief executive, Y, said the company would invest $2 billion in Z": the
    # investment went to the story's first firm.
    record = extract_text(_BEFORE + "Brennic Foods' chief executive, Alan Moreau, said the company would invest "
                          "$2 billion in Corlan Dairy.", "2026-12-01")
    assert ("Brennic Foods", "Corlan Dairy") in fact_ends(record, "invests_in")
    assert ("Tarvo Systems", "Corlan Dairy") not in fact_ends(record, "invests_in")
    # The firm named otherwise as whose the speaker is: a name before his title, after "of".
    for line in ("Brennic Foods CEO Alan Moreau said the company would invest $2 billion in Corlan Dairy.",
                 "Alan Moreau, chief executive of Brennic Foods, said the company would invest $2 billion in Corlan Dairy."):
        record = extract_text(_BEFORE + line, "2026-12-01")
        assert ("Brennic Foods", "Corlan Dairy") in fact_ends(record, "invests_in"), line
        assert ("Tarvo Systems", "Corlan Dairy") not in fact_ends(record, "invests_in"), line
    # A firm the line names but that owns no subject ("analysts at X said the company
    # would ..."): the company is still the story's.
    record = extract_text(_BEFORE + "Analysts at Brennic Bank said the company would invest $2 billion in Corlan Dairy.",
                          "2026-12-01")
    assert ("Tarvo Systems", "Corlan Dairy") in fact_ends(record, "invests_in")
    assert ("Brennic Bank", "Corlan Dairy") not in fact_ends(record, "invests_in")


def test_a_visit_conducted_is_a_visit_made(extract_text):
    # "will conduct a state visit to X from October 17 to 21": "pay" gave the visit,
    # "conduct" none.
    record = extract_text("President Ramon Dilay will conduct a state visit to Vietnam from October 17 to 21, "
                          "the foreign ministry said.", "2026-10-01")
    assert ("Ramon Dilay", "Vietnam") in fact_ends(record, "visits")
    # A review conducted in a country is no visit to it.
    record = extract_text("President Ramon Dilay will conduct a review of the army in Vietnam from October 17 to 21, "
                          "the foreign ministry said.", "2026-10-01")
    assert ("Ramon Dilay", "Vietnam") not in fact_ends(record, "visits")
