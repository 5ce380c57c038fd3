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


def test_a_post_taken_with_no_of_is_the_storys_firms(extract_text):
    # "Hitachi said it will promote X to president, replacing Y, who will become chairman
    # and CEO" had given Y no post; "X was appointed chief executive" none either.
    record = extract_text("Hanul Motors makes trucks in Ulsan. Lee Soo-jin was appointed chief executive on Monday. "
                          "Choi Min-ho, who will become chairman and CEO, joined the firm in 1990. "
                          "Park Ji-hoon will take over as chairman in April.")
    assert {("Lee Soo-jin", "Hanul Motors"), ("Choi Min-ho", "Hanul Motors")} <= fact_ends(record, "ceo_of")
    assert {("Choi Min-ho", "Hanul Motors"), ("Park Ji-hoon", "Hanul Motors")} <= fact_ends(record, "chair_of")


def test_no_post_is_taken_where_a_name_or_an_of_follows_the_title(extract_text):
    record = extract_text("Hanul Motors makes trucks in Ulsan. Park Ji-hoon took CEO Kim Min-soo to the plant on Monday. "
                          "Lee Soo-jin was elected president in 2022. "
                          "Choi Min-ho served as chairman and chief executive officer of Daewon Steel until 2020.")
    assert ("Park Ji-hoon", "Hanul Motors") not in fact_ends(record, "ceo_of")
    assert ("Lee Soo-jin", "Hanul Motors") not in fact_ends(record, "executive_of")
    assert ("Choi Min-ho", "Hanul Motors") not in fact_ends(record, "chair_of") | fact_ends(record, "ceo_of")


def test_a_post_told_by_a_firm_is_that_firms(extract_text):
    # A firm that says who takes a post gives it, over the firm the story named most.
    record = extract_text("Hanul Motors makes trucks in Ulsan. Hanul Motors sells them in Asia. "
                          "Daewon Steel said Choi Min-ho was named chief executive.")
    assert fact_ends(record, "ceo_of") == {("Choi Min-ho", "Daewon Steel")}
    # Not an outlet that tells it, even one the parse makes the verb's subject.
    told = extract_text("Hanul Motors makes trucks in Ulsan. The Korea Herald said Choi Min-ho was named chief executive.")
    assert ("Choi Min-ho", "Korea Herald") not in fact_ends(told, "ceo_of")


def test_a_title_joined_after_as_is_given_too(extract_text):
    # "its board of directors nominated X as president and chief executive officer" had
    # given only the presidency.
    record = extract_text("Daewon Steel appointed Park Ji-hoon as president and chief executive officer. "
                          "Kim Min-soo will serve as president and chief executive of Hanul Motors.")
    assert {("Park Ji-hoon", "Daewon Steel"), ("Kim Min-soo", "Hanul Motors")} <= fact_ends(record, "ceo_of")
    # Not a title of another body named after it.
    unit = extract_text("Daewon Steel appointed Park Ji-hoon as president and chief executive officer of its unit Hanul Energy.")
    assert ("Park Ji-hoon", "Daewon Steel") not in fact_ends(unit, "ceo_of")


def test_a_post_one_is_promoted_to_is_the_promoters(extract_text):
    # "Hitachi will promote Vice President X to president" had given no post.
    record = extract_text("Daewon Steel will promote Vice President Lee Soo-jin to president on June 23.")
    assert ("Lee Soo-jin", "Daewon Steel") in fact_ends(record, "executive_of")
    unit = extract_text("Daewon Steel promoted Lee Soo-jin to president of its unit Hanul Energy.")
    assert ("Lee Soo-jin", "Daewon Steel") not in fact_ends(unit, "executive_of")
