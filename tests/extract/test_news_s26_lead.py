"""Kinds of wording met on news snippets outside the corpus (session 26): a kind of investor
whose first word opens the sentence ("Private equity firm Electra"), a name NER missed whose
apposition says which kind of firm it is ("Corvane, a venture capital firm based in ..."). Each
case beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def sectors(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_a_kind_of_investor_opening_the_sentence_is_no_sector(extract_text):
    # The capitalised first word had been set apart as an adjective, leaving "equity".
    record = extract_text("Private equity firm Corvane Partners agreed to buy Hobson Foods for 120 million pounds.")
    assert not sectors(record)
    assert not fact_ends(record, "operates_in_sector")
    assert ("Corvane Partners", "Hobson Foods") in fact_ends(record, "acquires")
    # One investor described by the kind is in that trade, wherever the sentence starts.
    described = extract_text("Corvane Partners, a private equity firm, agreed to buy Hobson Foods.")
    assert ("Corvane Partners", "private equity") in fact_ends(described, "operates_in_sector")


def test_an_apposition_says_which_kind_of_firm_a_name_ner_missed_is(extract_text):
    # NER misses a lone unfamiliar name at the start; the apposition's last word made it a
    # company, though the whole description says investment firm.
    for text in ("Corvane, a private equity firm, bought Hobson Foods on Monday.",
                 "Corvane, a venture capital firm based in London, invested in Hobson Foods on Monday."):
        assert ("Corvane", "InvestmentFirm") in named(extract_text(text)), text
    # A firm of another trade stays a company.
    assert ("Corvane", "Company") in named(extract_text("Corvane, a food delivery firm, bought Hobson Foods on Monday."))
