"""Posts, session 36 (helper "posts36"), kinds met among the development texts' missed posts:
a minister titled by a brief before the title ("Commerce minister", "Finance Minister",
"Trade, Industry and Energy Minister") in a story that never names the ministry (three
ministers of three stories; a secretary of the same ministry then reads through it too).
The body is implied as the form "Minister of Commerce" already implied it, named both ways
round ("Ministry of Commerce", "Commerce Ministry"). Not a brief whose ministry is named
differently from country to country ("Foreign Minister", "Trade Minister": three of three
such titles on the development texts were of ministries named otherwise), nor where the text
names a ministry of the brief. Sentences invented here, each beside a near one that must not
give the post."""

from __future__ import annotations

import pytest

from extract_support import fact_ends

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
