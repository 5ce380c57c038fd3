"""Dates of session 29, kinds met on news snippets outside the corpus: a reappointment "as"
a title for a new term starting in a month, a plan verb told as done ("offered on Monday to
buy"), a tour's later leg dated by what the traveller did there, a post taken by replacing
its last holder on a day, an earlier round told after "after". Sentences invented here, each
beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_qualifiers


def test_a_title_after_as_takes_the_start_of_the_term_its_verb_gives(extract_text):
    for text, day in (("Daewon Steel reappointed Park Ji-won as chairman for a new two-year term starting in April.", "2027-04"),
                      ("Daewon Steel reappointed Park Ji-won as chairman for another term beginning May 2.", "2027-05-02")):
        record = extract_text(text, "2027-02-09")
        assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == day, text


def test_a_month_of_another_clause_after_the_title_does_not_date_the_post(extract_text):
    record = extract_text("Daewon Steel reappointed Park Ji-won as chairman on Monday, after a term in which sales rose "
                          "sharply in April.", "2027-02-09")
    assert fact_qualifiers(record, "Park Ji-won", "chair_of", "Daewon Steel")["date"] == "2027-02-08"


def test_a_plan_verb_told_as_done_takes_the_day_just_gone(extract_text):
    record = extract_text("Minjin Foods offered on Tuesday to buy Corex Dairy for $300 million.", "2027-03-12")
    assert fact_qualifiers(record, "Minjin Foods", "acquires", "Corex Dairy")["date"] == "2027-03-09"


def test_a_plan_verb_with_a_day_it_is_for_still_looks_ahead(extract_text):
    record = extract_text("Corex Dairy has scheduled a shareholder vote for Tuesday. Minjin Foods will acquire Corex Dairy "
                          "for $300 million if shareholders approve.", "2027-03-12")
    assert fact_qualifiers(record, "Minjin Foods", "acquires", "Corex Dairy").get("date") != "2027-03-09"


def test_a_later_leg_takes_the_day_of_the_travellers_deed_where_he_went(extract_text):
    record = extract_text("President Lee Jae-ho arrived in Peru on Monday for a two-day state visit. He then flew to Chile, "
                          "where he met President Ana Rojas on Thursday.", "2027-04-17")
    assert fact_qualifiers(record, "Lee Jae-ho", "visits", "Chile")["date"] == "2027-04-15"


def test_another_actors_deed_where_the_traveller_went_does_not_date_his_stay(extract_text):
    record = extract_text("President Lee Jae-ho arrived in Peru on Monday for a two-day state visit. He then flew to Chile, "
                          "where the government signed a copper deal with Hanul Mining in 2019.", "2027-04-17")
    assert fact_qualifiers(record, "Lee Jae-ho", "visits", "Chile").get("date") != "2019"


def test_a_post_named_on_a_day_takes_the_day_its_holder_replaces_the_last(extract_text):
    record = extract_text("Corex Bank named Kim Min-soo as its chief executive on Monday. He will replace Park Ji-won "
                          "from July 1, the bank said.", "2027-05-20")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Corex Bank")["date"] == "2027-07-01"


def test_replacing_a_thing_from_a_day_is_no_post_taken(extract_text):
    record = extract_text("Corex Bank named Kim Min-soo as its chief executive on Monday. He will replace the old "
                          "cash machines from July 1, the bank said.", "2027-05-20")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Corex Bank")["date"] == "2027-05-17"


_ROUND = "Hanul Robotics raised a Series B round. Daewon Capital led the round.\n\n"


def test_an_earlier_round_told_after_after_lends_the_round_neither_money_nor_month(extract_text):
    record = extract_text(_ROUND + "The round comes just months after its $5 million seed round in March.", "2027-09-14")
    found = fact_qualifiers(record, "Daewon Capital", "invests_in", "Hanul Robotics")
    assert found.get("amount") != 5e6 and found.get("date") != "2027-03"


def test_the_rounds_own_money_told_beside_an_earlier_round_is_kept(extract_text):
    record = extract_text(_ROUND + "The round, worth $40 million, comes just months after its $5 million seed round in March.",
                          "2027-09-14")
    found = fact_qualifiers(record, "Daewon Capital", "invests_in", "Hanul Robotics")
    assert found["amount"] == 4e7 and found.get("date") != "2027-03"
