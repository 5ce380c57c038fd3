"""Wordings news uses for events, visits, rounds and titles, each on a hand-written
sentence (names and wording invented here, not taken from any corpus text), with
sentences of the same shape that must give nothing."""

from __future__ import annotations

import pytest

from kg.extract.parse_repair import repair_parse


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}


@pytest.mark.parametrize("text, fact", [
    # What one does at an event: exhibiting, unveiling, meeting.
    ("Hanul Robotics exhibited at the Daewon Robotics Expo.",
     ("Hanul Robotics", "participates_in", "Daewon Robotics Expo")),
    ("Hanul Robotics unveiled its new robot at the Daewon Robotics Expo.",
     ("Hanul Robotics", "participates_in", "Daewon Robotics Expo")),
    ("Kim Min-soo joined other leaders at the Asia Energy Summit.",
     ("Kim Min-soo", "participates_in", "Asia Energy Summit")),
    # An event named in a noun's modifier ("the ... trade fair").
    ("Hanul Robotics took part in the Hannover Messe trade fair.",
     ("Hanul Robotics", "participates_in", "Hannover Messe")),
    # A possessive on a multi-word name the parser labelled as a compound.
    ("Kim Min-soo's visit to Vietnam lasted three days.", ("Kim Min-soo", "visits", "Vietnam")),
    ("Kim Min-soo kicked off a tour of Vietnam and Laos on Monday.", ("Kim Min-soo", "visits", "Laos")),
    ("Kim Min-soo's arrival in Hanoi was delayed by fog.", ("Kim Min-soo", "visits", "Hanoi")),
    ("Daewon Group's Hanul Robotics acquisition closed in March.", ("Daewon Group", "acquires", "Hanul Robotics")),
    # A title's "of" after another "of" phrase.
    ("Kim Min-soo, chairman of the board of Hanul Robotics, said sales rose.",
     ("Kim Min-soo", "chair_of", "Hanul Robotics")),
    # A money phrase ending in "won" parsed as a clause of its own.
    ("Minjin Capital will inject 5 billion won into Hanul Robotics.",
     ("Minjin Capital", "invests_in", "Hanul Robotics")),
])
def test_news_wording(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, fact", [
    # Only what the text names as an event is attended: a building or a firm after "at"
    # is where something happened.
    ("Kim Min-soo met Lee Ji-won at the Blue House on Monday.", "participates_in"),
    ("Hanul Robotics unveiled its new robot at Minjin Foods.", "participates_in"),
    ("Lee Ji-won joined Hanul Robotics in 2019.", "participates_in"),
    # A title before a name that is no object of the verb: no fact of the verb's subject.
    ("Hanul Robotics said rival Minjin Robotics grew.", "competes_with"),
    # A modifier that is no entity names no theme ("the state visit").
    ("Kim Min-soo's state visit lasted three days.", "visits"),
    # "of" that is the theme's own preposition: no actor after "of".
    ("The acquisition of Hanul Robotics was approved.", "acquires"),
])
def test_no_such_fact(extract_text, text, fact):
    assert not {t for t in triples(extract_text(text)) if t[1] == fact}


def test_repair_moves_a_preposition_to_the_title_before_it():
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    # "Kim, president and CEO of Hanul": the parser hung "of" on the name.
    words = ["Kim", ",", "president", "and", "CEO", "of", "Hanul", "said"]
    doc = Doc(nlp.vocab, words=words, heads=[7, 0, 0, 2, 2, 0, 5, 7],
              deps=["nsubj", "punct", "appos", "cc", "conj", "prep", "pobj", "ROOT"],
              pos=["PROPN", "PUNCT", "NOUN", "CCONJ", "PROPN", "ADP", "PROPN", "VERB"],
              ents=["B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O"])
    assert repair_parse(doc) == 1
    assert doc[5].head.i == 4
    # Nothing more to repair the second time.
    assert repair_parse(doc) == 0


def test_repair_leaves_a_preposition_of_the_name_alone():
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    # "Hanul of Busan said": no title before "of".
    doc = Doc(nlp.vocab, words=["Hanul", "of", "Busan", "said"], heads=[3, 0, 1, 3],
              deps=["nsubj", "prep", "pobj", "ROOT"], pos=["PROPN", "ADP", "PROPN", "VERB"],
              ents=["B-ORG", "O", "B-GPE", "O"])
    assert repair_parse(doc) == 0
    assert doc[1].head.i == 0


@pytest.mark.parametrize("text, facts", [
    # "co-" verbs the tokenizer splits, with the subject the broken parse misplaced.
    ("Hanul Robotics raised $20 million. The round was co-led by Minjin Capital and Sora Ventures.",
     {("Minjin Capital", "invests_in", "Hanul Robotics"), ("Sora Ventures", "invests_in", "Hanul Robotics")}),
    ("Kim Min-soo co-founded Hanul Robotics in 2015.", {("Hanul Robotics", "founded_by", "Kim Min-soo")}),
    # Those who join a round, however the round is told of.
    ("Hanul Robotics raised $20 million. Minjin Capital led the round, which also included Sora Ventures.",
     {("Minjin Capital", "invests_in", "Hanul Robotics"), ("Sora Ventures", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics raised $20 million. The funding round was led by Minjin Capital and saw participation "
     "from Sora Ventures.", {("Sora Ventures", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics raised $20 million. Sora Ventures, an existing investor, also took part in the round.",
     {("Sora Ventures", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics raised $20 million. New investors Minjin Capital and Sora Ventures joined Daewon Group "
     "in the round.", {("Minjin Capital", "invests_in", "Hanul Robotics")}),
    ("Hanul Robotics secured 10 billion won in funding from Minjin Capital.",
     {("Minjin Capital", "invests_in", "Hanul Robotics")}),
    ("Minjin Capital spearheaded the $20 million round in Hanul Robotics.",
     {("Minjin Capital", "invests_in", "Hanul Robotics")}),
])
def test_round_wording(extract_text, text, facts):
    assert facts <= triples(extract_text(text))


@pytest.mark.parametrize("text, fact", [
    # A round's words never make a participant of an event or an investor of a firm that
    # is no round.
    ("Hanul Robotics took part in the Busan marathon.", "invests_in"),
    ("The catalogue included Minjin Capital and Sora Ventures.", "invests_in"),
    ("The final saw participation from Minjin Capital.", "invests_in"),
    # Joining with no round told of nearby is no investment.
    ("Hanul Robotics unveiled a robot. Sora Ventures and Daewon Group also participated.", "invests_in"),
])
def test_no_round_fact(extract_text, text, fact):
    assert not {t for t in triples(extract_text(text)) if t[1] == fact}


@pytest.mark.parametrize("text, fact, qualifiers", [
    # A buyer of all the shares takes the whole firm.
    ("Daewon Group agreed to acquire all outstanding shares of Hanul Robotics for $2 billion.",
     ("Daewon Group", "acquires", "Hanul Robotics"), {"stake_percent": 100.0}),
    ("Minjin Capital bought the entire stake in Sora Foods.", ("Minjin Capital", "acquires", "Sora Foods"),
     {"stake_percent": 100.0}),
    # The date the text gives the deal, in a later sentence, beats the news' own.
    ("Daewon Group has invested in Hanul Robotics, the company said. Daewon Group invested in Hanul Robotics "
     "in March 2024, according to filings.", ("Daewon Group", "invests_in", "Hanul Robotics"), {"date": "2024-03"}),
])
def test_qualifiers_of_the_deal(extract_text, text, fact, qualifiers):
    found = [r for r in extract_text(text)["relations"] if (r["subject"], r["predicate"], r["object"]) == fact]
    assert found and qualifiers.items() <= found[0]["qualifiers"].items()


def test_a_stake_without_all_is_no_acquisition(extract_text):
    found = triples(extract_text("Minjin Capital bought a stake in Hanul Robotics."))
    assert ("Minjin Capital", "holds_stake_in", "Hanul Robotics") in found
    assert ("Minjin Capital", "acquires", "Hanul Robotics") not in found


@pytest.mark.parametrize("text, fact", [
    ("Prime Minister of Vietnam Tran Van Long arrived in Busan on Sunday.", ("Tran Van Long", "head_of_state_of", "Vietnam")),
    ("Minjin Capital of Busan led the round.", ("Minjin Capital", "headquartered_in", "Busan")),
    ("Sora Steel, the Indian steelmaker, made an offer.", ("Sora Steel", "headquartered_in", "India")),
    ("Daewon Group, a South Korean conglomerate, said so.", ("Daewon Group", "headquartered_in", "South Korea")),
])
def test_places_and_heads_of_state(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_a_firm_of_a_place_possessive_is_no_headquarters(extract_text):
    found = triples(extract_text("Hanul Robotics of South Korea's largest city said so."))
    assert not {t for t in found if t[1] == "headquartered_in"}


@pytest.mark.parametrize("text, fact", [
    # "business" after a sector's words names no sector of its own.
    # (the reference sector "drones": singular and plural name one sector).
    ("Hanul Robotics has been making inroads in the drone business.", ("Hanul Robotics", "operates_in_sector", "drones")),
])
def test_sector_wording(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_the_transaction_of_a_text_with_one_deal(extract_text):
    record = extract_text("Regulators had asked for changes. The transaction came to about $3.2 billion, the firm said. "
                          "Daewon Group first announced its planned acquisition of Hanul Steel in May 2024.")
    deal = [r for r in record["relations"] if r["predicate"] == "acquires"]
    assert deal and deal[0]["qualifiers"]["amount"] == 3.2e9 and deal[0]["qualifiers"]["currency"] == "USD"


def test_the_transaction_of_a_text_with_two_deals_is_neither(extract_text):
    record = extract_text("Regulators had asked for changes. The transaction came to about $3.2 billion, the firm said. "
                          "Daewon Group announced its acquisition of Hanul Steel in May. Minjin Foods announced its "
                          "acquisition of Sunwoo Robotics in June.")
    deals = [r for r in record["relations"] if r["predicate"] == "acquires"]
    assert len(deals) == 2 and all("amount" not in r["qualifiers"] for r in deals)


def test_an_attribute_takes_no_qualifiers_of_its_sentence(extract_text):
    record = extract_text("Daewon Group-backed Hanul Robotics announced a 4 billion yuan Series C round on Monday.")
    (fact,) = [r for r in record["relations"] if r["predicate"] == "invests_in"]
    assert (fact["subject"], fact["object"], fact["qualifiers"]) == ("Daewon Group", "Hanul Robotics", {})


def test_on_the_sidelines_of_an_event(extract_text):
    found = triples(extract_text("Kim Min-soo met Lee Ji-won on the sidelines of the Asia Energy Summit in Manila."))
    assert {("Kim Min-soo", "participates_in", "Asia Energy Summit"), ("Asia Energy Summit", "event_held_at", "Manila")} <= found
    # Not an event: no participation.
    assert not {t for t in triples(extract_text("Kim Min-soo met Lee Ji-won on the sidelines of the talks.")) if t[1] == "participates_in"}
