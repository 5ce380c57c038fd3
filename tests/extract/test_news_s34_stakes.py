"""Stakes and partners of session 34 (short round, helper "stakes34"), kinds met on fresh deal news
outside the corpus earlier in the session (the shapes listed in the round's brief): a
shareholder's standing told with the firm's name before the title ("the largest X
shareholder"), and told in a subjectless clause of the seller ("sold a minority interest in
X while remaining X's majority shareholder"); an agreement with a party to buy from it
taken for a partnership; a firm's board as the subject of its purchase ("the board of
directors at X decided to buy"). Sentences invented here, each beside one of a
near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_the_largest_shareholder_named_with_the_firm_before_the_title(extract_text):
    # "X remains the largest Y shareholder": only "Y's largest shareholder" and "the largest
    # shareholder of Y" were read.
    for text in ("Brennic Holdings remains the largest Corlan Energy shareholder.",
                 "Brennic Holdings is the largest Corlan Energy shareholder."):
        record = extract_text(text, "2024-03-04")
        qualifiers = fact_qualifiers(record, "Brennic Holdings", "holds_stake_in", "Corlan Energy")
        assert qualifiers["role"] == "largest shareholder", text
    # A customer named so holds no stake.
    record = extract_text("Brennic Holdings is the largest Corlan Energy customer.", "2024-03-04")
    assert ("Brennic Holdings", "Corlan Energy") not in fact_ends(record, "holds_stake_in")


def test_a_seller_remaining_the_majority_shareholder(extract_text):
    # "X sold a minority interest in Y to Z while remaining Y's majority shareholder": the
    # buyer's stake was read, the seller's kept standing not.
    record = extract_text("Brennic Holdings sold a minority interest in Corlan Energy to Osric Capital "
                          "while remaining Corlan Energy's majority shareholder.", "2024-03-04")
    qualifiers = fact_qualifiers(record, "Brennic Holdings", "holds_stake_in", "Corlan Energy")
    assert qualifiers["role"] == "majority shareholder"
    assert ("Osric Capital", "Corlan Energy") in fact_ends(record, "holds_stake_in")
    # Remaining its chief customer tells no stake.
    record = extract_text("Brennic Holdings sold its plant to Osric Capital while remaining Corlan Energy's "
                          "main customer.", "2024-03-04")
    assert ("Brennic Holdings", "Corlan Energy") not in fact_ends(record, "holds_stake_in")


def test_an_agreement_to_buy_from_a_party_is_no_partnership(extract_text):
    # "X reached an agreement with Y to acquire a 20% interest in Z": Y sells, and a seller is
    # no partner; the stake bought is kept.
    record = extract_text("Brennic Holdings reached an agreement with Osric Capital to acquire a 20% interest "
                          "in Corlan Energy.", "2024-03-04")
    assert ("Brennic Holdings", "Osric Capital") not in fact_ends(record, "partners_with")
    assert fact_qualifiers(record, "Brennic Holdings", "holds_stake_in", "Corlan Energy")["stake_percent"] == 20.0
    # An agreement to build something together is one.
    record = extract_text("Brennic Holdings reached an agreement with Osric Capital to develop battery cells.", "2024-03-04")
    assert ("Brennic Holdings", "Osric Capital") in fact_ends(record, "partners_with")


def test_a_firms_board_deciding_to_buy_is_the_firm_buying(extract_text):
    # "The board of directors at X decided to buy the whole stake in Y": the board's firm
    # buys; the board was no end, and no buyer was given.
    for text in ("The board of directors at Brennic Holdings decided to buy the whole stake in Corlan Energy.",
                 "The board of Brennic Holdings decided to buy the whole stake in Corlan Energy."):
        record = extract_text(text, "2024-03-04")
        assert fact_qualifiers(record, "Brennic Holdings", "acquires", "Corlan Energy")["stake_percent"] == 100.0, text
    # A firm's analysts are no deciding body: no purchase of theirs is the firm's.
    record = extract_text("The analysts at Brennic Holdings decided to buy the whole stake in Corlan Energy.", "2024-03-04")
    assert ("Brennic Holdings", "Corlan Energy") not in fact_ends(record, "acquires")
