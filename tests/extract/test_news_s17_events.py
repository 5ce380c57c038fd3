"""Events, who takes part in them and where they are held, as real news tells them (session
17), on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest

from kg.extract.event_names import edition_of, edition_year

from extract_support import parsed_doc


def facts(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


def events(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Event"}


def dated(record, predicate: str) -> dict[tuple[str, str], str | None]:
    return {(r["subject"], r["object"]): (r.get("qualifiers") or {}).get("date") for r in record["relations"]
            if r["predicate"] == predicate and not r.get("candidate")}


# A year before an event's name, after "the", names the edition with it: no event of the
# year alone ("the 2031").
@pytest.mark.parametrize("sentence, name", [
    ("Kim Min-soo spoke at the 2031 Busan Robot Forum in Busan.", "2031 Busan Robot Forum"),
    ("Kim Min-soo attended the 2031 Hanul Mobility Summit in Busan.", "2031 Hanul Mobility Summit"),
])
def test_a_year_before_an_events_name_is_its_editions(extract_text, sentence, name):
    record = extract_text(sentence, "2031-05-14")
    assert name in events(record)
    assert not any(e.isdigit() or e.lower().startswith("the ") for e in events(record))
    assert ("Kim Min-soo", "participates_in", name) in facts(record)


# Not a year that dates the clause ("In 2031 the Busan Robot Forum drew ...").
def test_a_year_opening_a_clause_is_no_part_of_the_name(extract_text):
    assert "Busan Robot Forum" in events(extract_text("In 2031, the Busan Robot Forum drew 5,000 visitors.", "2031-05-14"))


# The edition named with its ordinal or year and the bare name later are one event.
@pytest.mark.parametrize("text, name", [
    ("The 135th Hanul Fair opened in Busan on Monday. Daewon Motors exhibited at the Hanul Fair.", "135th Hanul Fair"),
    # The bare acronym NER calls a firm's.
    ("Daewon Motors will exhibit at HBX 2031 in Busan. Minjin Cells also unveiled a battery at HBX.", "HBX 2031"),
])
def test_an_edition_and_its_bare_name_are_one_event(extract_text, text, name):
    record = extract_text(text, "2031-05-14")
    assert events(record) == {name}
    assert {"Daewon Motors", "Minjin Cells"} & {s for s, p, o in facts(record) if o == name and p == "participates_in"} \
        == {"Daewon Motors", "Minjin Cells"} & {e["name"] for e in record["entities"]}


def test_edition_of_takes_ordinals_and_years_only():
    assert edition_of(["Canton", "Fair"], ["135th", "Canton", "Fair"])
    assert edition_of(["CES"], ["CES", "2031"])
    assert edition_of(["Summer", "Davos"], ["2031", "Summer", "Davos", "Forum"])
    # Not another word before the name ("Busan Robot Fair" is no edition of "Robot Fair").
    assert not edition_of(["Robot", "Fair"], ["Busan", "Robot", "Fair"])
    assert not edition_of(["Robot", "Fair"], ["135th", "Canton", "Fair"])
    assert edition_year("2031 Summer Davos") == "2031" and edition_year("Hanul Show 2031") == "2031"
    assert edition_year("Hanul 2031 Show") is None


# A fact about an edition of another year than the news' is that year's, not the news' day.
def test_a_fact_about_an_edition_of_another_year_takes_its_year(extract_text):
    record = extract_text("Kim Min-soo attended the 2030 Hanul Mobility Summit in Busan.", "2031-05-14")
    assert dated(record, "participates_in")[("Kim Min-soo", "2030 Hanul Mobility Summit")] == "2030"


# Of the news' own year, the news' day stands.
def test_a_fact_about_this_years_edition_keeps_the_news_day(extract_text):
    record = extract_text("Kim Min-soo attended the 2031 Hanul Mobility Summit in Busan.", "2031-05-14")
    assert dated(record, "participates_in")[("Kim Min-soo", "2031 Hanul Mobility Summit")] == "2031-05-14"


# "The 21st Hanul Expo opened in Busan": the parser takes the ordinal for the sentence's
# root and the verb for its relative clause; the event is the verb's subject.
@pytest.mark.parametrize("sentence", [
    "The 21st Hanul Robot Expo opened in Busan on Tuesday.",
    "The 135th Daewon Trade Fair opened in Busan on Monday.",
])
def test_an_edition_that_opens_in_a_city_is_held_there(extract_text, sentence):
    record = extract_text(sentence, "2031-05-14")
    assert any(p == "event_held_at" and o == "Busan" for s, p, o in facts(record))


# Not a shop that opens in a city: no event.
def test_a_shop_that_opens_in_a_city_is_no_event(extract_text):
    record = extract_text("The 3rd Hanul Mart opened in Busan on Monday.", "2031-05-14")
    assert not any(p == "event_held_at" for s, p, o in facts(record))


def test_a_name_taken_for_the_root_of_its_own_verb_is_its_subject():
    from kg.extract.parse_repair import repair_parse

    doc = parsed_doc(["The", "21st Hanul Expo", "opened", "in", "Busan"], [1, 1, 1, 2, 3],
                     ["det", "ROOT", "relcl", "prep", "pobj"], ["DT", "NNP", "VBD", "IN", "NNP"], named=[1, 4])
    repair_parse(doc)
    assert (doc[1].dep_, doc[1].head.i, doc[2].dep_) == ("nsubj", 2, "ROOT")


# Not a relative clause with a subject of its own ("the expo Kim opened").
def test_a_relative_clause_with_its_own_subject_stays():
    from kg.extract.parse_repair import repair_parse

    doc = parsed_doc(["The", "Hanul Expo", "Kim Min-soo", "opened"], [1, 1, 3, 1],
                     ["det", "ROOT", "nsubj", "relcl"], ["DT", "NNP", "NNP", "VBD"], named=[1, 2])
    repair_parse(doc)
    assert (doc[1].dep_, doc[3].dep_) == ("ROOT", "relcl")


# A country's part in an event: "the guest country of the fair", "with Vietnam as the
# country of honor", "Vietnam is the guest country this year" (the event left unsaid).
@pytest.mark.parametrize("text", [
    "The Hanul Trade Fair opened in Busan on Monday. Vietnam was the guest country of the fair.",
    "Vietnam, the partner country of the Hanul Trade Fair, sent 40 firms.",
    "The Hanul Trade Fair opened in Busan on Monday. The five-day event drew 900 exhibitors, with Vietnam as the country of honor.",
    "The Hanul Trade Fair opened in Busan on Monday. Vietnam is the guest country this year.",
])
def test_a_guest_country_takes_part_in_the_event(extract_text, text):
    assert ("Vietnam", "participates_in", "Hanul Trade Fair") in facts(extract_text(text, "2031-05-14"))


# Not a country called a partner of another ("the largest trade partner of Korea"), nor one
# whose envoy speaks ("as the guest country's envoy"), nor a guest of no named event.
@pytest.mark.parametrize("text", [
    "The Hanul Trade Fair opened in Busan on Monday. Vietnam is the largest trade partner country of Korea.",
    "The Hanul Trade Fair opened in Busan on Monday. Kim Min-soo, as the guest country's envoy, spoke.",
    "Vietnam is the guest country this year.",
])
def test_a_country_named_otherwise_takes_no_part(extract_text, text):
    record = extract_text(text, "2031-05-14")
    assert not any(p == "participates_in" and s in ("Vietnam", "Korea", "South Korea") for s, p, o in facts(record))


# "On the sidelines of the G20 summit, Kim met Park": the subject of the clause the phrase
# opens takes part; not a country's adjective before a title ("Korean President Kim").
@pytest.mark.parametrize("text, subject", [
    ("On the sidelines of the Hanul Energy Summit, Kim Min-soo met Park Ji-hoon.", "Kim Min-soo"),
    ("On the sidelines of the Hanul Energy Summit in Busan on Monday, Korean President Kim Min-soo held talks with Park Ji-hoon.",
     "Kim Min-soo"),
])
def test_one_who_acts_on_the_sidelines_of_an_event_takes_part(extract_text, text, subject):
    record = extract_text(text, "2031-05-14")
    assert (subject, "participates_in", "Hanul Energy Summit") in facts(record)
    assert not any(s in ("South Korea", "Korea") and p == "participates_in" for s, p, o in facts(record))


# Not one named after the phrase's own words ("reporters asked Kim"): not the clause's subject.
def test_one_asked_on_the_sidelines_is_not_read_from_the_phrase(extract_text):
    record = extract_text("On the sidelines of the Hanul Energy Summit, reporters asked Kim Min-soo about trade.", "2031-05-14")
    assert ("Kim Min-soo", "participates_in", "Hanul Energy Summit") not in facts(record)


# A meeting a lower-case noun names ("the G20 summit") is no body one chairs or leads.
@pytest.mark.parametrize("sentence", [
    "Kim Min-soo chaired the Korea-Vietnam summit in Busan.",
    "Kim Min-soo chaired the G20 summit.",
])
def test_a_summit_chaired_stays_an_event(extract_text, sentence):
    record = extract_text(sentence, "2031-05-14")
    assert not {p for s, p, o in facts(record) if o.endswith("summit")} & {"chair_of", "executive_of", "ceo_of"}
    assert any(p == "participates_in" and o.endswith("summit") for s, p, o in facts(record))


# A body with a capitalised head ("the Busan Robot Forum", a firm's or an association's name
# as often as an event's) may still be what one heads.
def test_a_capitalised_forum_one_heads_may_be_a_body(extract_text):
    record = extract_text("Kim Min-soo heads the Busan Robot Forum.", "2031-05-14")
    assert ("Kim Min-soo", "executive_of", "Busan Robot Forum") in facts(record)


# A word of the meeting's subject between a name and "summit" ("the COP31 climate summit").
def test_a_subjects_word_before_summit_stays_in_the_name(extract_text):
    record = extract_text("Kim Min-soo attended the COP31 climate summit in Busan.", "2031-05-14")
    assert ("Kim Min-soo", "participates_in", "COP31 climate summit") in facts(record)


# Not a summit no name opens ("a climate summit").
def test_a_summit_no_name_opens_is_no_event(extract_text):
    record = extract_text("Kim Min-soo attended a climate summit in Busan.", "2031-05-14")
    assert not events(record)


# "visited the Korean pavilion at the expo": what one visits at an event, one attends.
@pytest.mark.parametrize("text", [
    "The Hanul Robot Expo opened in Busan on Tuesday. Kim Min-soo visited the Korean pavilion at the expo.",
    "Kim Min-soo toured the Daewon Motors booth at the Hanul Robot Expo on Tuesday.",
])
def test_one_who_visits_a_stand_at_an_event_takes_part(extract_text, text):
    assert ("Kim Min-soo", "participates_in", "Hanul Robot Expo") in facts(extract_text(text, "2031-05-14"))


# Not a place or an invitation one visits at ("visited Busan at the invitation of Park").
def test_one_who_visits_at_an_invitation_takes_no_part(extract_text):
    record = extract_text("Kim Min-soo visited Busan at the invitation of Park Ji-hoon.", "2031-05-14")
    assert not any(p == "participates_in" for s, p, o in facts(record))


# "Busan, the host city of the forum": the title of two words is read as its head with its
# modifier; not another city of the event ("the capital city of the forum" says nothing).
@pytest.mark.parametrize("sentence, held", [
    ("Busan, the host city of the Hanul Energy Forum, welcomed 2,000 delegates.", True),
    ("Busan is the host city of the Hanul Energy Forum.", True),
    ("Busan, the capital city of the Hanul Energy Forum, welcomed 2,000 delegates.", False),
])
def test_the_host_city_of_an_event_holds_it(extract_text, sentence, held):
    record = extract_text(sentence, "2031-05-14")
    assert (("Hanul Energy Forum", "event_held_at", "Busan") in facts(record)) is held


# "Kim's presence at the summit", "his visit to the expo", "returned to the expo this year".
@pytest.mark.parametrize("text, subject", [
    ("Kim Min-soo's presence at the Hanul Energy Summit drew attention.", "Kim Min-soo"),
    ("During his visit to the Hanul Energy Summit, Kim Min-soo praised Daewon Motors.", "Kim Min-soo"),
    ("Daewon Motors returned to the Hanul Energy Summit this year.", "Daewon Motors"),
])
def test_one_present_at_or_visiting_an_event_takes_part(extract_text, text, subject):
    record = extract_text(text, "2031-05-14")
    assert (subject, "participates_in", "Hanul Energy Summit") in facts(record)
    assert "Hanul Energy Summit" in events(record)


# Not a city one visits or returns to: a visit, no event.
@pytest.mark.parametrize("text", [
    "Kim Min-soo's visit to Busan drew attention.",
    "Kim Min-soo returned to Seoul after the talks.",
])
def test_a_visit_to_a_city_is_no_event(extract_text, text):
    assert not any(p == "participates_in" for s, p, o in facts(extract_text(text, "2031-05-14")))


# An event whose head word ends no body's or place's name keeps its class where another
# relation wants a firm ("among the leaders at the summit"); one whose head ends bodies'
# names too ("Forum") may be a body.
def test_an_event_only_name_keeps_its_class():
    from kg.extract.event_names import only_an_event

    assert only_an_event("Hanul Energy Summit") and only_an_event("G20 summit") and only_an_event("Busan Robot Expo")
    assert not only_an_event("Busan Robot Forum") and not only_an_event("Hanul Congress")
    assert not only_an_event("Daewon Games")  # a game maker's name as often as an event's


def test_a_summit_one_is_among_the_leaders_at_stays_an_event(extract_text):
    record = extract_text("Kim Min-soo was among the leaders at the Hanul Energy Summit.", "2031-05-14")
    assert not any(e["name"] == "Hanul Energy Summit" and e["type"] != "Event" for e in record["entities"])


# "staged" and "stages", which the lemmatizer reads as "stag": an event staged somewhere is
# held there, and who stages it takes part; not a comeback one stages.
@pytest.mark.parametrize("sentence, fact", [
    ("The Hanul Energy Forum will be staged in Busan in May.", ("Hanul Energy Forum", "event_held_at", "Busan")),
    ("Daewon Group staged the Hanul Energy Forum in Busan.", ("Daewon Group", "participates_in", "Hanul Energy Forum")),
])
def test_an_event_staged_is_held(extract_text, sentence, fact):
    assert fact in facts(extract_text(sentence, "2031-05-14"))


def test_a_comeback_staged_is_no_event(extract_text):
    record = extract_text("Daewon Group staged a comeback in Busan.", "2031-05-14")
    assert not any(p in ("participates_in", "event_held_at") for s, p, o in facts(record))
