"""People's posts as fresh news writes them (session 25): a parent firm named on its own
beside two of its units, titles joined after a unit's bracketed short name; on sentences
invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


PARENT = ("Daewon Chief Executive Kim Min-soo said on Monday he will retire this year, Daewon said. "
          "He will lead Daewon until December. Daewon Marine Engines (DME) President and CEO Park Ji-hoon will also "
          "leave. Daewon said Choi Min-ho, head of Daewon Digital Services, joins the board of Daewon. "
          "Daewon shares fell.")


def test_a_parent_named_alone_more_often_than_its_units_is_no_short_name_of_one(extract_text):
    record = extract_text(PARENT)
    # (Session 27: his title is now read as Daewon's chief executive, which supersedes the
    # executive post "He will lead Daewon" gives.)
    assert ("Kim Min-soo", "Daewon") in fact_ends(record, "executive_of") | fact_ends(record, "ceo_of")
    assert ("Daewon Marine Engines", "Daewon") in fact_ends(record, "subsidiary_of")
    assert ("Kim Min-soo", "Daewon Marine Engines") not in fact_ends(record, "executive_of")


def test_a_short_name_fewer_times_alone_than_its_fuller_name_is_that_firm(extract_text):
    # "Hanul" named once, "Hanul Robotics" more: the short form of the firm the story tells of
    record = extract_text("Hanul Robotics said on Monday it will build a plant. Hanul Robotics makes welding robots, "
                          "and Hanul Robotics Japan sells them. Chief Executive Kim Min-soo of Hanul said sales rose.")
    assert ("Kim Min-soo", "Hanul Robotics") in fact_ends(record, "ceo_of")


def test_titles_joined_after_a_units_bracketed_short_name_are_the_units(extract_text):
    record = extract_text(PARENT)
    assert ("Park Ji-hoon", "Daewon Marine Engines") in fact_ends(record, "ceo_of")
    # not the story's firm, read as unsaid from the second title alone
    assert ("Park Ji-hoon", "Daewon") not in fact_ends(record, "ceo_of")


def test_a_title_joined_to_a_firm_by_and_is_still_the_storys(extract_text):
    # "Minjin and CEO Kim": the "and" joins the firm and the person, no title before it
    record = extract_text("Hanul Robotics said on Monday it will build a plant in Busan. "
                          "The plan was praised by Minjin Motors and CEO Kim Min-soo, who said Hanul Robotics would grow.")
    assert ("Kim Min-soo", "Minjin Motors") not in fact_ends(record, "ceo_of")


def test_a_firm_that_names_a_person_its_title_gives_the_post(extract_text):
    # the parser hangs the person's name on the title as a compound
    record = extract_text("The Hanul Robotics Co. has named Park Ji-hoon CEO, replacing Kim Min-soo, effective immediately.")
    assert ("Park Ji-hoon", "Hanul Robotics Co.") in fact_ends(record, "ceo_of")
    assert ("Kim Min-soo", "Hanul Robotics Co.") not in fact_ends(record, "ceo_of")


def test_a_title_named_of_another_firm_is_not_the_namers(extract_text):
    record = extract_text("Daewon Group has named Park Ji-hoon CEO of its battery unit Hanul Energy.")
    assert ("Park Ji-hoon", "Daewon Group") not in fact_ends(record, "ceo_of")


def test_the_outlet_that_reports_is_not_the_firm_of_a_title_without_one(extract_text):
    record = extract_text("Hanul said on Wednesday that director Kim Min-soo will become its next president, "
                          "the Busan Ilbo Shimbun reported. Chairman Park Ji-hoon will stay in his post.")
    assert ("Park Ji-hoon", "Busan Ilbo Shimbun") not in fact_ends(record, "chair_of")


def test_a_firm_the_story_tells_of_still_holds_a_title_without_one(extract_text):
    record = extract_text("Hanul Robotics said on Wednesday it will build a plant, the Busan Ilbo Shimbun reported. "
                          "Hanul Robotics makes welding robots. Chairman Park Ji-hoon will stay in his post.")
    assert ("Park Ji-hoon", "Hanul Robotics") in fact_ends(record, "chair_of")


def test_a_post_in_a_named_arm_is_the_arms_not_its_possessors(extract_text):
    record = extract_text("Daewon Group Chairman Kim Min-soo promoted his brother Kim Ji-ho, vice chairman of the "
                          "group's shipping arm Hanul Marine, to a chairman post.")
    assert ("Kim Ji-ho", "Hanul Marine") in fact_ends(record, "executive_of")
    assert ("Kim Ji-ho", "Daewon Group") not in fact_ends(record, "executive_of")


def test_a_post_in_an_unnamed_part_is_still_its_possessors(extract_text):
    record = extract_text("Kim Ji-ho, vice president of Daewon Group's shipping division, said sales rose.")
    assert ("Kim Ji-ho", "Daewon Group") in fact_ends(record, "executive_of")


def test_a_successor_takes_the_post_of_the_storys_firm(extract_text):
    record = extract_text("Hanul Robotics said on Monday that Park Ji-hoon will succeed Kim Min-soo as chairman on April 1.")
    assert ("Park Ji-hoon", "Hanul Robotics") in fact_ends(record, "chair_of")
    # the one succeeded held the post before: no fact
    assert ("Kim Min-soo", "Hanul Robotics") not in fact_ends(record, "chair_of")


def test_a_successor_in_a_post_of_another_firm_is_not_the_storys(extract_text):
    record = extract_text("Hanul Robotics said on Monday that Park Ji-hoon will succeed Kim Min-soo as chairman of Minjin Motors.")
    assert ("Park Ji-hoon", "Hanul Robotics") not in fact_ends(record, "chair_of")
