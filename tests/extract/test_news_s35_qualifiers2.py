"""Names that swallowed a quote's code, session 35 (helper "quals35b"): wire copy writes a
firm's Reuters code after its name ("Name CODE.EX", a symbol, a dot and the exchange), met
in the dev misses (one story, a stake's percentage lost) and in the wire stories the first
qualifiers helper of this session read. The parse hung the code on the name's last word as
its head, so kg read the code into the name ("Name CODE.EX"), and once cut off the code was
still the subject of the clause. Sentences invented here, each beside one of a near shape."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_quote_code_after_a_name_is_no_word_of_it(extract_text):
    # "Corvane Holdings CRVN.DE agreed to buy a 29.9 percent stake in ...": the names were
    # "Corvane Holdings CRVN.DE" and "Talvik Systems TLVK.O", known by no other sentence.
    record = extract_text("Corvane Holdings CRVN.DE agreed to buy a 29.9 percent stake in Talvik Systems TLVK.O for $500 million.",
                          "2024-03-04")
    assert sorted(e["name"] for e in record["entities"]) == ["Corvane Holdings", "Talvik Systems"]
    qualifiers = fact_qualifiers(record, "Corvane Holdings", "holds_stake_in", "Talvik Systems")
    assert qualifiers.get("stake_percent") == 29.9
    qualifiers = fact_qualifiers(record, "Corvane Holdings", "invests_in", "Talvik Systems")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (5e8, "USD")
    # A code glued to a lower-case letter of the symbol ("CRVGn.DE"), as Reuters writes a
    # German share's, is no word of the name either.
    record = extract_text("Corvane AG CRVGn.DE said it would buy Talvik Systems.", "2024-03-04")
    assert fact_ends(record, "acquires") == {("Corvane AG", "Talvik Systems")}


def test_a_name_with_a_dot_of_its_own_keeps_it(extract_text):
    # A name's own last word with a dot ("Booking.com", "ProSiebenSat.1") is no quote's code.
    record = extract_text("Corvane Holdings agreed to buy Talvik Booking.com for $500 million.", "2024-03-04")
    assert "Talvik Booking.com" in {e["name"] for e in record["entities"]}

