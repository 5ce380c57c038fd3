"""Qualifiers of trade facts, session 36 (helper "quals36"), kinds met among read137's wrong
qualifiers (one dev miss: a trade sum left off, 2 qualifiers) and tried beside it: the sum of
"bilateral trade" told in the fact's own sentence by a clause the parse hung on another verb
("A is the second largest partner of B and B is C's biggest partner, with total bilateral
trade at USD 7.52 billion") was left off; and "the two countries" of a sentence that names
its own pair ("D is the largest partner of E, with trade between the two countries at $1.4
billion") lent that pair's sum and year to the pair of the sentence before. Sentences
invented here, each beside one of a near shape that must not give (or must give) the sum."""

from __future__ import annotations

from extract_support import direct_facts, fact_qualifiers


def _pair_qualifiers(record: dict, one: str, predicate: str, other: str) -> dict:
    """The qualifiers of the symmetric fact of *one* and *other*, whichever is its subject."""
    forward = {(r["subject"], r["predicate"], r["object"]) for r in record["relations"]}
    if (one, predicate, other) in forward:
        return fact_qualifiers(record, one, predicate, other)
    return fact_qualifiers(record, other, predicate, one)


def test_a_sum_of_bilateral_trade_in_the_facts_own_sentence_is_its_amount(extract_text):
    # The parse hung "with ... trade ... at USD 7.52 billion" on the second clause's verb, not
    # on the partner the fact was read from, and the sum was left off.
    record = extract_text("India is the second largest import partner of Bangladesh and Bangladesh is now India's biggest "
                          "trade partner in South Asia, with total bilateral trade between two countries in 2016-17 at "
                          "USD 7.52 billion.", "2023-06-14")
    qualifiers = _pair_qualifiers(record, "India", "trades_with", "Bangladesh")
    assert (qualifiers.get("amount"), qualifiers.get("currency"), qualifiers.get("date")) == (7.52e9, "USD", "2016/2017")
    # A sum on no trade of the two is no amount of theirs.
    record = extract_text("India is the second largest import partner of Bangladesh and Bangladesh is now India's biggest "
                          "trade partner in South Asia, with a new port built at a cost of USD 7.52 billion.", "2023-06-14")
    assert "amount" not in _pair_qualifiers(record, "India", "trades_with", "Bangladesh")


def test_the_two_countries_of_a_sentence_naming_its_own_pair_lend_nothing_to_the_pair_before(extract_text):
    text = ("India is the second largest import partner of Bangladesh. "
            "Ghana is the largest export partner of Kenya, with total bilateral trade between the two countries in 2021 at "
            "USD 1.4 billion.")
    record = extract_text(text, "2023-06-14")
    # An import partner is a source of imports (session 36's trade rules), and it takes no sum.
    qualifiers = fact_qualifiers(record, "Bangladesh", "imports_from", "India")
    assert ("amount" in qualifiers, "currency" in qualifiers) == (False, False)
    qualifiers = fact_qualifiers(record, "Ghana", "trades_with", "Kenya")
    assert (qualifiers.get("amount"), qualifiers.get("date")) == (1.4e9, "2021")
    # Parties named after the words are no pair of the sentence's own: the two countries are
    # still those of the sentence before.
    record = extract_text("Trade between Peru and Chile rose 15 percent last year. Goods worth $3 billion were traded "
                          "between the two countries, Ecuador and Bolivia said.", "2023-06-14")
    qualifiers = fact_qualifiers(record, "Peru", "trades_with", "Chile")
    assert (qualifiers.get("amount"), qualifiers.get("currency")) == (3e9, "USD")
    # Nor are the speakers named after "the two countries" a trading pair of their own.
    assert not {f for f in direct_facts(record) if f[1] == "trades_with"} - {("Peru", "trades_with", "Chile")}
