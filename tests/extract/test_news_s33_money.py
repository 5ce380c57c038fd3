"""Amounts, currencies and stakes of session 33 (helper "money"), kinds met on funding,
stake and trade news outside the corpus (Korea Joongang Daily, South Korea; Business
Standard and Business Today, India; TechCrunch-style round notes, Nigeria): a sum "worth" a
price received from an investor by a firm described in apposition, a round's letter ending
a sentence ("a $25 million Series B. Y led the round"). Sentences invented here, each beside
one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_investments_worth_a_sum_from_an_investor_after_a_described_firm(extract_text):
    # "X, developer of the app Y, received investments worth 57 billion won from Z": the
    # parser had placed "worth" right but left "from Z" on the sum, and no frame read it.
    for text in ("Corvane, developer of the Baemo app, received investments worth 57 billion won from Talvik Capital.",
                 "Corvane received investments worth 57 billion won from Talvik Capital."):
        record = extract_text(text, "2024-03-04")
        qualifiers = fact_qualifiers(record, "Talvik Capital", "invests_in", "Corvane")
        assert (qualifiers["amount"], qualifiers["currency"]) == (57e9, "KRW"), text
    # A sum worth so much that is no investment received names no investor.
    record = extract_text("Corvane, developer of the Baemo app, received orders worth 57 billion won from Talvik Capital.",
                          "2024-03-04")
    assert ("Talvik Capital", "Corvane") not in fact_ends(record, "invests_in")


def test_a_round_letter_ending_a_sentence_ends_it(extract_text):
    # "X has closed a $25 million Series B. Y led the round" (round notes, Nigeria and
    # India): "B." was read as an initial, the two sentences as one, and Y lost in the round's
    # name.
    for text in ("Corvane has closed a $25 million Series B. Talvik Capital led the round.",
                 "Corvane has raised a $25 million Series B. Talvik Capital led the round."):
        record = extract_text(text, "2024-03-04")
        qualifiers = fact_qualifiers(record, "Talvik Capital", "invests_in", "Corvane")
        assert (qualifiers["amount"], qualifiers["round"]) == (25e6, "series-b"), text
    # An initial in a name stays one: the person's name is whole.
    record = extract_text("Corvane's chief executive John B. Talvik said the company would hire.", "2024-03-04")
    assert "John B. Talvik" in {e["name"] for e in record["entities"]}
