"""Posts, session 36 (helper "posts36"), kinds met among the development texts' missed posts:
a minister titled by a brief before the title ("Commerce minister", "Finance Minister",
"Trade, Industry and Energy Minister") in a story that never names the ministry (three
ministers of three stories; a secretary of the same ministry then reads through it too).
The body is implied as the form "Minister of Commerce" already implied it, named both ways
round ("Ministry of Commerce", "Commerce Ministry"). Not a brief whose ministry is named
differently from country to country ("Foreign Minister", "Trade Minister": three of three
such titles on the development texts were of ministries named otherwise), nor where the text
names a ministry of the brief. A deputy to the chief executive ("deputy CEO of X", "X deputy
CEO Y"): an executive of X, not its chief (one fund's deputy group CEO). Sentences invented
here, each beside a near one that must not give the post."""

from __future__ import annotations

import pytest

from extract_support import fact_ends, fact_qualifiers

POST = "executive_of"


def bodies(record) -> dict[str, list[str]]:
    return {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "GovernmentBody"}


@pytest.mark.parametrize("text, person, ministry, other_name", [
    ("Commerce minister Tomas Rell met delegates from Vietnam and Jordan.",
     "Tomas Rell", "Ministry of Commerce", "Commerce Ministry"),
    ("The deal was signed in a ceremony attended by Finance Minister Tomas Rell and Hanul Robotics CEO Mina Sora.",
     "Tomas Rell", "Ministry of Finance", "Finance Ministry"),
    ("The pact was signed in Seoul, attended by Trade, Industry and Energy Minister Tomas Rell.",
     "Tomas Rell", "Ministry of Trade, Industry and Energy", "Trade, Industry and Energy Ministry"),
])
def test_a_brief_before_a_ministers_title_implies_the_ministry(extract_text, text, person, ministry, other_name):
    record = extract_text(text)
    assert bodies(record).get(ministry) == [other_name]
    assert (person, ministry) in fact_ends(record, POST)


@pytest.mark.parametrize("text", [
    "Foreign Minister Tomas Rell said the tour had yielded fruitful results.",
    "Trade Minister Tomas Rell met delegates from Vietnam and Jordan.",
    "Trade and Industry Minister Tomas Rell met delegates from Vietnam and Jordan.",
    "Prime Minister Tomas Rell met delegates from Vietnam and Jordan.",
])
def test_a_brief_named_differently_by_country_implies_no_ministry(extract_text, text):
    record = extract_text(text)
    assert not [n for n in bodies(record) if "Ministry" in n]
    assert not fact_ends(record, POST)


def test_a_ministry_the_text_names_takes_the_post_not_a_guessed_one(extract_text):
    record = extract_text("Malawi's commerce ministry approved the deal. "
                          "Commerce and Industry Minister Tomas Rell met delegates from Vietnam.")
    assert not [n for n in bodies(record) if n.startswith("Ministry of")]
    assert fact_ends(record, POST) == {("Tomas Rell", "commerce ministry")}


# A deputy to the chief executive holds a post under the chief's: "deputy CEO" was read as
# the chief executive's post (development texts: a fund's deputy group CEO).
@pytest.mark.parametrize("text, role", [
    ("Mina Sora, deputy CEO of Hanul Robotics, said the plan was sound.", "deputy CEO"),
    ("Mina Sora, deputy chief executive of Hanul Robotics, said the plan was sound.", "deputy chief executive"),
    ("Hanul Robotics deputy CEO Mina Sora said the plan was sound.", "deputy CEO"),
    # The deputy's word before another word of the title.
    ("Mina Sora, deputy group CEO at Hanul Robotics, said the plan was sound.", "deputy group CEO"),
])
def test_a_deputy_chief_executive_is_an_executive_not_the_chief(extract_text, text, role):
    record = extract_text(text)
    assert not fact_ends(record, "ceo_of")
    assert fact_qualifiers(record, "Mina Sora", POST, "Hanul Robotics")["role"] == role


@pytest.mark.parametrize("text", [
    "Mina Sora, chief executive officer of Hanul Robotics, said the plan was sound.",
    "Mina Sora, group CEO at Hanul Robotics, said the plan was sound.",
])
def test_the_chief_executive_without_a_deputy_stays_the_chief(extract_text, text):
    record = extract_text(text)
    assert fact_ends(record, "ceo_of") == {("Mina Sora", "Hanul Robotics")}
    assert not fact_ends(record, POST)
