"""Events of session 24, kinds met on news snippets outside the corpus: who opens an event
("inaugurated the summit"), those whose presence or participation an event's clause tells,
a country's envoys named by "of" ("ministers of Thailand and Nepal met at ..."), an edition
of a meeting named by its ordinal and lower-case noun ("the 13th summit of the X", "the 29th
regular meeting between ..."). Sentences invented here, each beside one of the same shape
that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers

PART = "participates_in"


def test_who_inaugurates_an_event_takes_part(extract_text):
    found = fact_ends(extract_text("Kim Min-soo inaugurated the Hanul Investment Summit on Monday."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Summit")}


def test_who_inaugurates_a_plant_takes_part_in_nothing(extract_text):
    found = fact_ends(extract_text("Kim Min-soo inaugurated the Daewon Robotics plant on Monday."), PART)
    assert found == set()


def test_those_an_event_opens_with_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Summit opened in Busan on Monday with the participation of "
                                   "Kim Min-soo and Park Ji-hoon."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Summit"), ("Park Ji-hoon", "Hanul Investment Summit")}


def test_those_in_whose_presence_an_event_opens_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Summit opened in the presence of Korean Prime Minister "
                                   "Kim Min-soo."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Summit")}


def test_countries_marking_an_event_by_their_participation_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Summit was marked by the active participation of Vietnam, "
                                   "Laos and Thailand."), PART)
    assert found == {("Vietnam", "Hanul Investment Summit"), ("Laos", "Hanul Investment Summit"),
                     ("Thailand", "Hanul Investment Summit")}


def test_a_participation_discussed_at_an_event_is_none_in_it(extract_text):
    found = fact_ends(extract_text("At the Hanul Investment Summit, ministers discussed the participation of "
                                   "Vietnam in the Daewon Fund."), PART)
    assert ("Vietnam", "Hanul Investment Summit") not in found


def test_a_country_s_ministers_take_part_for_it(extract_text):
    found = fact_ends(extract_text("Ministers of Thailand, Nepal and Bhutan met at the Hanul Investment Summit."), PART)
    assert found == {("Thailand", "Hanul Investment Summit"), ("Nepal", "Hanul Investment Summit"),
                     ("Bhutan", "Hanul Investment Summit")}


def test_a_body_s_officials_do_not_make_it_a_participant_by_of(extract_text):
    found = fact_ends(extract_text("Officials of the Daewon Ministry of Trade attended the Hanul Investment Summit."), PART)
    assert ("Daewon Ministry of Trade", "Hanul Investment Summit") not in found


def test_an_edition_numbered_before_a_lower_case_noun_is_an_event(extract_text):
    record = extract_text("Kim Min-soo arrived in Busan for the 29th regular meeting between Korean and Japanese "
                          "heads of government.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "29th regular meeting between Korean and Japanese heads of government")}


def test_an_edition_of_a_body_s_meeting_is_an_event_it_is_held_at(extract_text):
    record = extract_text("The 13th summit of the Hanul Cooperation Organisation ended in Busan on Wednesday.")
    assert fact_ends(record, "event_held_at") == {("13th summit of the Hanul Cooperation Organisation", "Busan")}


def test_an_edition_of_a_forum_s_meeting_keeps_its_class_when_chaired(extract_text):
    record = extract_text("The 25th meeting of the Daewon Business Forum was chaired by Kim Min-soo.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "25th meeting of the Daewon Business Forum")}
    assert fact_ends(record, "chair_of") == set()


def test_an_ordinal_of_no_meeting_names_no_event(extract_text):
    record = extract_text("Hanul Robotics posted its 13th quarter of growth in Busan, and Kim Min-soo attended "
                          "the 5th meeting of officials in Busan.")
    assert not [e for e in record["entities"] if e["type"] == "Event"]


def test_a_visit_joined_to_an_edition_keeps_the_arrival_s_date(extract_text):
    record = extract_text("TOKYO, Aug. 20 -- Korean Premier Kim Min-soo arrived here Tuesday for the 29th regular "
                          "meeting between Korean and Japanese heads of government and an official visit to Japan.",
                          "2024-08-20")
    assert fact_qualifiers(record, "Kim Min-soo", "visits", "Japan").get("date") == "2024-08-20"


def test_those_among_an_event_s_participants_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum opened on Monday. Among the forum participants were "
                                   "Kim Min-soo and Park Ji-hoon."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum"), ("Park Ji-hoon", "Hanul Investment Forum")}


def test_those_among_a_fund_s_participants_take_part_in_no_event(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum opened on Monday. Among the participants of the Daewon "
                                   "Fund were Kim Min-soo and Park Ji-hoon."), PART)
    assert found == set()


def test_one_among_the_speakers_takes_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum opened on Monday. Kim Min-soo and Park Ji-hoon were "
                                   "among the speakers."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum"), ("Park Ji-hoon", "Hanul Investment Forum")}


def test_one_speaking_at_an_event_before_the_main_clause_takes_part(extract_text):
    found = fact_ends(extract_text("Speaking at the opening of the Hanul Investment Summit, Kim Min-soo said trade "
                                   "would grow."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Summit")}


def test_one_speaking_about_an_event_takes_no_part(extract_text):
    found = fact_ends(extract_text("Speaking about the Hanul Investment Summit, Kim Min-soo said trade would grow."), PART)
    assert found == set()


def test_a_body_s_annual_meeting_is_an_event(extract_text):
    record = extract_text("Kim Min-soo attended the annual meeting of the Asian Hanul Investment Bank in Busan.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "annual meeting of the Asian Hanul Investment Bank")}


def test_a_meeting_between_two_people_names_no_event(extract_text):
    record = extract_text("The bilateral meeting between Kim Min-soo and Park Ji-hoon lasted an hour.")
    assert not [e for e in record["entities"] if e["type"] == "Event"]


def test_a_city_and_an_event_of_one_deed_place_the_event(extract_text):
    record = extract_text("Hanul Robotics is pitching its projects to investors in Busan in the 3-day Hanul Africa "
                          "Business Summit.")
    assert fact_ends(record, "event_held_at") == {("Hanul Africa Business Summit", "Busan")}


def test_a_city_of_another_clause_places_no_event(extract_text):
    record = extract_text("Kim Min-soo, who was born in Busan, spoke at the Hanul Investment Summit.")
    assert fact_ends(record, "event_held_at") == set()


def test_an_edition_numbered_in_words_is_an_event(extract_text):
    record = extract_text("Kim Min-soo chaired the third summit of the Hanul Cooperation Organisation in Busan.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "third summit of the Hanul Cooperation Organisation")}


def test_a_meeting_of_a_firm_s_shareholders_names_no_event(extract_text):
    record = extract_text("Hanul Robotics held the first meeting of Daewon Group's shareholders in Busan.")
    assert not [e for e in record["entities"] if e["type"] == "Event"]


def test_countries_a_relative_clause_lists_take_part(extract_text):
    found = fact_ends(extract_text("More than 500 delegates from 29 countries which include Vietnam, Laos and "
                                   "Thailand will attend the Hanul Investment Forum."), PART)
    assert found == {("Vietnam", "Hanul Investment Forum"), ("Laos", "Hanul Investment Forum"),
                     ("Thailand", "Hanul Investment Forum")}


def test_what_the_senders_countries_export_takes_no_part(extract_text):
    found = fact_ends(extract_text("Delegates from 29 countries whose exports include Hanul Robotics' machines will "
                                   "attend the Hanul Investment Forum."), PART)
    assert found == set()


def test_an_event_named_again_by_its_head_words_is_the_one_event(extract_text):
    record = extract_text("The Ethio-Hanul Business Forum opened in Busan on Tuesday. Kim Min-soo, chairman of "
                          "Daewon Group, attended the Business Forum.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Ethio-Hanul Business Forum")}
    assert [e["name"] for e in record["entities"] if e["type"] == "Event"] == ["Ethio-Hanul Business Forum"]


def test_head_words_two_events_end_in_name_neither(extract_text):
    record = extract_text("The Korea-Hanulia Business Forum and the Japan-Hanulia Business Forum opened in Busan. "
                          "Kim Min-soo attended the Business Forum.")
    assert ("Kim Min-soo", "Korea-Hanulia Business Forum") not in fact_ends(record, PART)
    assert ("Kim Min-soo", "Japan-Hanulia Business Forum") not in fact_ends(record, PART)


def test_who_graces_an_event_takes_part(extract_text):
    found = fact_ends(extract_text("Kim Min-soo graced the Hanul Investment Forum as the guest of honor."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum")}


def test_who_graces_a_ceremony_of_no_named_event_takes_part_in_nothing(extract_text):
    found = fact_ends(extract_text("Kim Min-soo graced the Daewon Group ceremony as the guest of honor."), PART)
    assert found == set()


def test_two_countries_joined_by_and_name_their_forum(extract_text):
    record = extract_text("Kim Min-soo attended the Ethiopia and Korea business forum in Busan.")
    assert fact_ends(record, PART) == {("Kim Min-soo", "Ethiopia and Korea business forum")}


def test_countries_joined_by_and_without_the_name_no_joint_forum(extract_text):
    record = extract_text("Trade between Ethiopia and Korea forum members grew.")
    assert "Ethiopia and Korea forum" not in {e["name"] for e in record["entities"]}


def test_an_edition_of_a_council_of_names_joined_by_a_dash_is_not_cut(extract_text):
    record = extract_text("The second meeting of the India-Hanulia business council will be held in Busan next week.")
    assert "second meeting of the India" not in {e["name"] for e in record["entities"]}


def test_the_person_a_title_after_by_names_takes_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum was opened by the secretary-general of the Daewon "
                                   "Federation, Kim Min-soo."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum")}


def test_the_sayer_after_a_title_after_by_takes_no_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum was opened by the minister of trade, Kim Min-soo said."),
                      PART)
    assert found == set()


def test_one_in_a_panel_at_an_event_takes_part(extract_text):
    found = fact_ends(extract_text("Kim Min-soo took part in a panel discussion on the future of robots at the Hanul "
                                   "Investment Forum."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum")}


def test_one_who_judges_a_panel_at_an_event_takes_no_part(extract_text):
    found = fact_ends(extract_text("Kim Min-soo said a panel discussion at the Hanul Investment Forum was useful."), PART)
    assert found == set()


def test_those_an_event_brings_together_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum brought together Kim Min-soo, Park Ji-hoon and Lee Ji-won."),
                      PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum"), ("Park Ji-hoon", "Hanul Investment Forum"),
                     ("Lee Ji-won", "Hanul Investment Forum")}


def test_one_an_event_brings_fame_takes_no_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum brought Kim Min-soo fame."), PART)
    assert found == set()


def test_those_whose_participation_an_event_saw_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum saw the participation of Kim Min-soo and Park Ji-hoon."),
                      PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum"), ("Park Ji-hoon", "Hanul Investment Forum")}


def test_a_body_that_hosts_an_event_by_by_is_no_place(extract_text):
    record = extract_text("The Hanul Investment Forum was hosted by the Daewon Chamber of Commerce.")
    assert fact_ends(record, "event_held_at") == set()
    assert fact_ends(record, PART) == {("Daewon Chamber of Commerce", "Hanul Investment Forum")}
    assert {e["name"]: e["type"] for e in record["entities"]}["Daewon Chamber of Commerce"] != "City"


def test_a_city_that_hosts_an_event_is_its_place(extract_text):
    record = extract_text("Busan hosted the Hanul Investment Forum last year.")
    assert fact_ends(record, "event_held_at") == {("Hanul Investment Forum", "Busan")}


def test_those_also_in_attendance_take_part(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum opened in Busan on Monday. Kim Min-soo and Park Ji-hoon "
                                   "were also in attendance."), PART)
    assert found == {("Kim Min-soo", "Hanul Investment Forum"), ("Park Ji-hoon", "Hanul Investment Forum")}


def test_one_in_attendance_at_another_event_takes_no_part_in_the_first(extract_text):
    found = fact_ends(extract_text("The Hanul Investment Forum opened in Busan on Monday. Kim Min-soo was in attendance "
                                   "at the Daewon Awards."), PART)
    assert ("Kim Min-soo", "Hanul Investment Forum") not in found
