"""Sectors of session 33 (short helper "sectors2"), kinds met on fresh Korean and Indian
business news outside the corpus (Korean cosmetics and textile groups, Indian auto-parts
makers): a firm's description borrowed by the sentence's subject when the name after it is
one kg does not know, a description in brackets read into the next firm's head noun, and the
trades a conglomerate "has interests in".
Sentences invented here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_description_before_an_unknown_name_is_not_the_subjects(extract_text):
    # "X is partnering with the biotech firm Mimetics" had given X biotechnology: with
    # "Mimetics" no name kg knew, "the biotech firm" was read as referring back to X.
    record = extract_text("Dorvent Textiles said on Monday it is partnering with the biotech firm Genetics to develop "
                          "treatments.")
    assert not any(subject == "Dorvent Textiles" for subject, _ in fact_ends(record, "operates_in_sector"))
    # A description with no name after it still refers back.
    back = extract_text("Harlow Energy posted a loss on Monday. The battery firm said sales fell.")
    assert ("Harlow Energy", "batteries") in fact_ends(back, "operates_in_sector")


def test_a_bracketed_description_before_and_is_not_the_next_firms(extract_text):
    # "Sorae Horn (a horn manufacturer) and lamp maker Minjin" had given Minjin "horn".
    record = extract_text("Suppliers such as Karvel Acoustics (a horn manufacturer) and lamp maker Tessan Lighting said "
                          "orders fell.")
    assert {sector for subject, sector in fact_ends(record, "operates_in_sector") if subject == "Tessan Lighting"} == {"lamp"}
    # Without the bracket, both words are the head's.
    joined = extract_text("Tessan Lighting, a horn and lamp maker, said orders fell.")
    assert {sector for subject, sector in fact_ends(joined, "operates_in_sector") if subject == "Tessan Lighting"} == {"horn", "lamp"}


def test_the_trades_a_firm_has_interests_in_are_its_own(extract_text):
    # "X has interests in telecoms, banking and real estate" (a conglomerate's trades) had
    # given nothing.
    record = extract_text("Brenholt Group has interests in telecoms, banking and real estate.")
    assert {sector for subject, sector in fact_ends(record, "operates_in_sector") if subject == "Brenholt Group"} \
        == {"telecommunications", "banking", "real estate"}
    # Interests in named firms are stakes, no trade.
    stakes = extract_text("Brenholt Group has interests in Minjin Bank and Daewon Steel.")
    assert not any(subject == "Brenholt Group" for subject, _ in fact_ends(stakes, "operates_in_sector"))
    assert {("Brenholt Group", "Minjin Bank"), ("Brenholt Group", "Daewon Steel")} <= fact_ends(stakes, "holds_stake_in")
