"""Relations of session 23, kinds met on news snippets outside the corpus: the one a firm is
bought from sells it ("the acquisition of X from Y"), and a sentence ending in a money scale
of one letter ("for $440m.") is not run on into the next. Sentences invented here, each
beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def test_the_one_a_firm_is_bought_from_is_no_buyer(extract_text):
    found = fact_ends(extract_text("Daewon Group completed the acquisition of Hanul Robotics from Minjin Capital for $4bn."),
                      "acquires")
    assert found == {("Daewon Group", "Hanul Robotics")}


def test_the_buyer_after_by_still_buys(extract_text):
    found = fact_ends(extract_text("The purchase of Hanul Robotics by Daewon Group closed in March."), "acquires")
    assert found == {("Daewon Group", "Hanul Robotics")}


def test_a_sentence_ending_in_a_scale_of_one_letter_is_not_run_on(extract_text):
    found = fact_ends(extract_text("Sora Energy agreed to buy the brake unit of Minjin Motors for $440m.\n"
                                   "Daewon Group completed the acquisition of Hanul Robotics for $10.5bn."), "acquires")
    assert ("Daewon Group", "Hanul Robotics") in found and ("Sora Energy", "Hanul Robotics") not in found


def test_a_scale_of_one_letter_inside_a_sentence_is_still_money(extract_text):
    from extract_support import fact_qualifiers

    found = fact_qualifiers(extract_text("Daewon Group agreed to buy Hanul Robotics for $440m. Minjin Capital declined."),
                            "Daewon Group", "acquires", "Hanul Robotics")
    assert found.get("amount") == 440e6


def test_the_one_a_majority_stake_is_bought_from_is_no_buyer(extract_text):
    found = fact_ends(extract_text("Daewon Group completed the acquisition of a majority stake in Hanul Robotics "
                                   "from Minjin Capital."), "acquires")
    assert found == {("Daewon Group", "Hanul Robotics")}


def test_a_stake_bought_from_a_holder_is_still_its_stake(extract_text):
    found = fact_ends(extract_text("Hanul Robotics received a 20% stake in Sora Energy from Daewon Group."), "holds_stake_in")
    assert ("Daewon Group", "Sora Energy") in found


def test_a_possessive_in_a_phrase_of_the_verb_is_its_subject(extract_text):
    # "its" under the verb's phrases is what the verb's subject is, not the investor named nearer
    found = fact_ends(extract_text("Hanul Robotics also revealed that it raised 100 million yuan in funding from "
                                   "Daewon Capital in its Series C1 round."), "invests_in")
    assert found == {("Daewon Capital", "Hanul Robotics")}


def test_a_possessive_outside_the_verb_s_phrases_is_the_nearer_name(extract_text):
    found = fact_ends(extract_text("Minjin Capital said Daewon Ventures led its Series B round of Hanul Robotics."), "invests_in")
    assert ("Minjin Capital", "Hanul Robotics") not in found


def test_a_possessor_of_a_noun_of_intent_does_the_deed(extract_text):
    found = fact_ends(extract_text("Regulators cleared Minjin Capital's offer to buy Hanul Robotics on Monday."), "acquires")
    assert found == {("Minjin Capital", "Hanul Robotics")}


def test_a_possessor_of_another_noun_does_not(extract_text):
    found = fact_ends(extract_text("Regulators noted Minjin Capital's refusal to buy Hanul Robotics on Monday."), "acquires")
    assert not found


def test_a_noun_of_intent_undone_undoes_its_clause(extract_text):
    # "rejected X's offer to buy Y", "scrapped its plan to invest in Y": the deed is undone
    assert not fact_ends(extract_text("Daewon Ventures rejected Minjin Capital's offer to buy Hanul Robotics."), "acquires")
    assert not fact_ends(extract_text("Daewon Ventures scrapped its plan to invest in Hanul Robotics."), "invests_in")


def test_a_firm_bought_back_is_bought(extract_text):
    found = fact_ends(extract_text("Kim Min-soo, the founder of Hanul Robotics, said he has repurchased Hanul Robotics "
                                   "from Daewon Group."), "acquires")
    assert found == {("Kim Min-soo", "Hanul Robotics")}


def test_own_shares_bought_back_buy_no_firm(extract_text):
    assert not fact_ends(extract_text("Hanul Robotics repurchased 2 million of its own shares last quarter."), "acquires")


def test_a_round_named_by_its_letter_is_money_raised(extract_text):
    found = fact_ends(extract_text("Hanul Robotics raised a $140 million Series C from Minjin Capital and Daewon Ventures."),
                      "invests_in")
    assert found == {("Minjin Capital", "Hanul Robotics"), ("Daewon Ventures", "Hanul Robotics")}


def test_what_else_is_raised_from_a_firm_is_no_investment(extract_text):
    assert not fact_ends(extract_text("Hanul Robotics secured a Series C approval from Minjin Capital."), "invests_in")


def test_a_person_with_two_titles_joined_after_the_firm_holds_one(extract_text):
    # "said Kim, Hanul Robotics chairman and CEO": the titles are read past "and"
    found = fact_ends(extract_text("\"We are ready,\" said Kim Min-soo, Hanul Robotics chairman and CEO."), "ceo_of")
    assert found == {("Kim Min-soo", "Hanul Robotics")}


def test_a_list_of_titled_people_gives_no_title_to_the_first(extract_text):
    record = extract_text("Lee Ji-won, Minjin Capital chairman and Daewon Group attended the forum.")
    assert ("Lee Ji-won", "Minjin Capital") not in fact_ends(record, "chair_of")
