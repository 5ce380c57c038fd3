"""Wrong and missed facts met on fresh news in session 29 (helper postsb): a title after a
name and comma read as names, naming words that gave no post, and a post dated by its
holder's deed. Each case beside one of a near shape."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends


def test_a_co_title_after_a_name_and_comma_stays_a_title(extract_text):
    # "Noor Sweid, Co-Founder and Managing Partner of Global Ventures" had given a firm "Co-",
    # a person "Managing Partner" and "Co- founded_by Managing Partner".
    record = extract_text("Dana Farouk, Co-Founder and Managing Partner of Silver Dune Ventures, said the fund would grow.")
    names = {e["name"] for e in record["entities"]}
    assert "Co-" not in names and "Managing Partner" not in names
    assert ("Silver Dune Ventures", "Dana Farouk") in fact_ends(record, "founded_by")
    assert not [f for f in direct_facts(record) if "Managing Partner" in f or "Co-" in f]
    # A firm's own "Co." is still its legal form.
    firm = extract_text("Daewon Shipping Co. said on Monday that it would buy two tankers.")
    assert "Daewon Shipping Co." in {e["name"] for e in firm["entities"]}
