"""People and their posts as real news tells them (session 17), on sentences invented here,
each beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def _facts(record, predicate: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in record["relations"]
            if r["predicate"] == predicate and not r.get("candidate")}


# "president and chief executive of Hanul": the chief executive, not also an executive of
# the firm; a president alone is one.
def test_a_chief_executive_is_no_executive_of_the_same_firm_too(extract_text):
    record = extract_text("Kim Min-soo, president and chief executive of Hanul Robotics, said sales rose.")
    assert ("Kim Min-soo", "Hanul Robotics") in _facts(record, "ceo_of")
    assert ("Kim Min-soo", "Hanul Robotics") not in _facts(record, "executive_of")


def test_a_president_alone_is_an_executive(extract_text):
    record = extract_text("Kim Min-soo, president of Hanul Robotics, said sales rose.")
    assert ("Kim Min-soo", "Hanul Robotics") in _facts(record, "executive_of")


# "headed by chair Lee Ji-won": "chair" heads a firm as "chairman" does; read as the
# story's firm's, a fact. Not a vice chair, which the story's firm has less often.
def test_a_chair_named_alone_chairs_the_story_firm(extract_text):
    record = extract_text("Daewon Motors said on Sunday its chief executive had resigned. "
                          "Daewon Motors will be run by a committee headed by chair Lee Ji-won.")
    assert ("Lee Ji-won", "Daewon Motors") in _facts(record, "chair_of")


def test_a_vice_chair_named_alone_is_no_fact(extract_text):
    record = extract_text("Daewon Motors said on Sunday its chief executive had resigned. "
                          "Daewon Motors will be run by a committee headed by vice chair Lee Ji-won.")
    assert ("Lee Ji-won", "Daewon Motors") not in _facts(record, "chair_of")


# "A, B managing director Kim and Lee": a title of one, between two lists, is B's and
# Kim's alone; not A's, nor Lee's.
def test_a_singular_title_in_a_list_is_of_its_own_names_alone(extract_text):
    record = extract_text("Other participants included Minjin Angel Network, Daewon Capital managing director "
                          "Kim Min-soo and Lee Jae-won, a former partner of Sorel Partners.")
    executives = _facts(record, "executive_of")
    assert ("Kim Min-soo", "Daewon Capital") in executives
    assert not {("Kim Min-soo", "Minjin Angel Network"), ("Lee Jae-won", "Daewon Capital"),
                ("Lee Jae-won", "Minjin Angel Network")} & executives


# A plural title is each listed name's: "Hanul Robotics co-founders Kim and Lee".
def test_a_plural_title_is_each_listed_names(extract_text):
    record = extract_text("Hanul Robotics co-founders Kim Min-soo and Lee Jae-won started the firm in 2015.")
    assert {("Hanul Robotics", "Kim Min-soo"), ("Hanul Robotics", "Lee Jae-won")} <= _facts(record, "founded_by")


# "Daewon Group chief financial officer Lee": the officer's function between the firm and
# the title; not the words of what a firm makes ("energy storage technology maker Sorel").
def test_an_officer_with_a_function_before_the_title_is_the_firms(extract_text):
    record = extract_text("Daewon Group chief marketing officer Lee Min-ho said sales rose.")
    assert ("Lee Min-ho", "Daewon Group") in _facts(record, "executive_of")


def test_a_function_word_before_a_maker_is_no_officer(extract_text):
    record = extract_text("Estonian energy storage technology maker Sorel Cells said sales rose.")
    assert not _facts(record, "executive_of") and not _facts(record, "ceo_of")


# "Park, Hanul Robotics chief executive, said": the article left out; not a list of titled
# people ("Lee, Minjin Union Chairman Seo Young-ho, and ...": the chairman is Seo).
def test_a_bare_title_in_apposition_is_the_names(extract_text):
    record = extract_text("Park Ji-hoon, Hanul Robotics chief executive, said sales rose.")
    assert ("Park Ji-hoon", "Hanul Robotics") in _facts(record, "ceo_of")


def test_a_list_of_titled_people_gives_each_title_its_own_name(extract_text):
    record = extract_text("From the left, Daewon Motors CEO Lee Yong-joon, Minjin Union Chairman Seo Young-ho, "
                          "and Sorel Tech CEO Kim Sung-soo hold up their agreement.")
    assert ("Lee Yong-joon", "Minjin Union") not in _facts(record, "chair_of")
    assert ("Seo Young-ho", "Minjin Union") in _facts(record, "chair_of")


# "Orvik Marine founder and CEO Ana Lim": a firm NER missed before two titles joined by
# "and" is found as before one title; not a firm joined to a titled person by "and"
# ("Orvik Marine and CEO Ana Lim signed": no title of the firm's).
def test_a_missed_firm_before_two_joined_titles_is_theirs(extract_text):
    record = extract_text("Orvik Marine founder and CEO Ana Lim said the funding would be used for research.")
    assert ("Ana Lim", "Orvik Marine") in _facts(record, "ceo_of")
    assert ("Orvik Marine", "Ana Lim") in _facts(record, "founded_by")


def test_a_firm_joined_to_a_titled_person_holds_no_title_of_theirs(extract_text):
    record = extract_text("Orvik Marine and CEO Ana Lim said the funding would be used for research.")
    assert ("Ana Lim", "Orvik Marine") not in _facts(record, "ceo_of")


# "Mexican Foreign Minister Ana Lim" in a story that names "Mexico's foreign ministry": a
# post in that ministry, though no sentence ties them; "Vice Minister of Commerce" too.
@pytest.mark.parametrize("text, person, ministry", [
    ("Daewon will build a plant in Mexico, Mexico's foreign ministry said on Tuesday. Daewon told its plans "
     "to Mexican Foreign Minister Ana Lim, who is visiting Seoul.", "Ana Lim", "foreign ministry"),
    ("China's commerce ministry said exports rose. Speaking at the fair, China's Vice Minister of Commerce "
     "Zhao Wen said ties were strong.", "Zhao Wen", "commerce ministry"),
])
def test_a_minister_holds_a_post_in_the_ministry_of_the_brief(extract_text, text, person, ministry):
    assert (person, ministry) in _facts(extract_text(text), "executive_of")


# Not another country's ministry of the same brief, nor a ministry of another brief.
@pytest.mark.parametrize("text, person, ministry", [
    ("Japan's trade ministry approved the plan, and South Korean Trade Minister Park Ji-hoon welcomed it.",
     "Park Ji-hoon", "trade ministry"),
    ("Japan's trade ministry approved the plan, and Japanese Finance Minister Sato Ken welcomed it.",
     "Sato Ken", "trade ministry"),
])
def test_a_minister_holds_no_post_in_another_ministry(extract_text, text, person, ministry):
    assert (person, ministry) not in _facts(extract_text(text), "executive_of")


# A secretary of a department is read as a minister of a ministry: "Commerce Secretary Ana
# Lim" where the text names "the Commerce Department"; not where it names only another.
def test_a_secretary_holds_a_post_in_the_department_of_the_brief(extract_text):
    record = extract_text("The Commerce Department said on Monday it would curb exports of chips. "
                          "Commerce Secretary Ana Lim said the rules would protect security.")
    assert ("Ana Lim", "Commerce Department") in _facts(record, "executive_of")


def test_a_secretary_holds_no_post_in_a_department_of_another_brief(extract_text):
    record = extract_text("The Treasury Department said on Monday it would curb exports of chips. "
                          "Commerce Secretary Ana Lim said the rules would protect security.")
    assert not _facts(record, "executive_of")
