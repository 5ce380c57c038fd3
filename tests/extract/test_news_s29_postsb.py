"""Wrong and missed facts met on fresh news in session 29 (helper postsb): a title after a
name and comma read as names, naming words that gave no post, and a post dated by its
holder's deed. Each case beside one of a near shape."""

from __future__ import annotations

from extract_support import direct_facts, fact_dates, fact_ends


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


def test_a_firm_naming_its_chief_gives_the_post_whatever_the_parse(extract_text):
    # "Daewon Steel named Choi Yun-seo as its chief executive" gave no fact: the parser read
    # "named" as a participle after the firm's name and the person as what it makes of one.
    record = extract_text("Sora Cement named Han Ji-woo as its chief executive on Tuesday.")
    assert ("Han Ji-woo", "Sora Cement") in fact_ends(record, "ceo_of")
    # "promoted Brian Moynihan to be its new chief executive" gave no post.
    promoted = extract_text("Pellston Bank promoted Mara Quist to be its new chief executive.")
    assert ("Mara Quist", "Pellston Bank") in fact_ends(promoted, "ceo_of")
    # Wanting someone to be chief names no one.
    wanted = extract_text("Pellston Bank wanted Mara Quist to be its new chief executive.")
    assert not fact_ends(wanted, "ceo_of")


def test_a_title_beside_its_holder_takes_no_day_of_what_he_did(extract_text):
    # "Chairman of X, Kim, spoke on Monday" had put Monday's date on chair_of: a post told in
    # a title is no event of that day.
    record = extract_text("Minjin Cement said on Tuesday that its chairman, Lee Do-yun, would visit Hanoi.")
    assert ("Lee Do-yun", "Minjin Cement") in fact_ends(record, "chair_of")
    assert fact_dates(record, "chair_of")[("Lee Do-yun", "Minjin Cement")] is None
    # A post the clause gives keeps the day it was told.
    named = extract_text("Minjin Cement said on Tuesday that it had named Lee Do-yun as its chairman.")
    assert fact_dates(named, "chair_of")[("Lee Do-yun", "Minjin Cement")] is not None
