"""Posts missed or misdated in session 31 (helper posts): a title and its firm opening the
sentence before the holder and a comma, a holder's name NER missed after the firm, a
title with how long it has been held before its holder, and a title held that borrowed
another sentence's day. Each case beside one of a near shape."""

from __future__ import annotations

from extract_support import fact_dates, fact_ends, fact_qualifiers


def test_a_title_and_its_firm_opening_the_sentence_before_the_holder(extract_text):
    # "Chairman of Orion Motors, Park Ji-hoon, spoke on Monday" gave no chair_of.
    record = extract_text("Chairman of Sorel Cement, Han Ji-woo, spoke on Monday at the annual meeting.")
    assert ("Han Ji-woo", "Sorel Cement") in fact_ends(record, "chair_of")
    # The title is held, not taken on the day its holder spoke.
    assert fact_dates(record, "chair_of")[("Han Ji-woo", "Sorel Cement")] is None
    chief = extract_text("The Chief Executive of Sorel Cement, Han Ji-woo, said the plant would open.")
    assert fact_qualifiers(chief, "Han Ji-woo", "ceo_of", "Sorel Cement")["role"] == "Chief Executive"
    # In a list with each holder first, the name after a firm is the next one's title's.
    listed = extract_text("Lee Do-yun, chairman of Sorel Cement, Han Ji-woo, CEO of Pado Bank, and others met in Busan.")
    assert ("Han Ji-woo", "Sorel Cement") not in fact_ends(listed, "chair_of")
    assert ("Lee Do-yun", "Sorel Cement") in fact_ends(listed, "chair_of")


def test_a_holder_named_family_first_after_the_firm_is_no_part_of_its_name(extract_text):
    # "Chairman and CEO of Orion Motors Park Ji-hoon said" had made a firm "Orion Motors Park".
    record = extract_text("Chairman and CEO of Tallis Motors Park Seo-jun said the company would build a plant.")
    names = {e["name"] for e in record["entities"]}
    assert "Tallis Motors Park" not in names and "Park Seo-jun" in names
    assert ("Park Seo-jun", "Tallis Motors") in fact_ends(record, "ceo_of")
    assert ("Park Seo-jun", "Tallis Motors") in fact_ends(record, "chair_of")
    # A hyphen-joined word after a word that is no family name makes no person.
    firm = extract_text("Shares of Tallis Bio-pharma rose after the company won approval.")
    assert not [e for e in firm["entities"] if e["type"] == "Person"]


def test_a_title_held_for_a_time_before_its_holder(extract_text):
    # "its chief executive for over four years, Ross Kim," gave no post.
    record = extract_text("Brenton Bank said its chief executive for over five years, Ross Quill, said on Monday that profits rose.")
    assert ("Ross Quill", "Brenton Bank") in fact_ends(record, "ceo_of")
    assert fact_dates(record, "ceo_of")[("Ross Quill", "Brenton Bank")] is None
    since = extract_text("Brenton Bank's chairman since 2019, Ross Quill, said profits rose.")
    assert fact_dates(since, "chair_of")[("Ross Quill", "Brenton Bank")] == "2019"
    # A name after "and" is another's, not the title's holder.
    other = extract_text("Brenton Bank dismissed its chief executive of five years, and Ross Quill said the board was right.")
    assert ("Ross Quill", "Brenton Bank") not in fact_ends(other, "ceo_of")


def test_a_title_held_borrows_no_day_of_another_sentence(extract_text):
    # "X bought Y in 2019. Its CEO, Kim, said costs fell." had dated ceo_of 2019.
    record = extract_text("Brenton Bank bought Pellston Trust in 2019. Its CEO, Mara Quist, said costs fell.")
    assert fact_dates(record, "ceo_of")[("Mara Quist", "Brenton Bank")] is None
    # A post the sentence gives keeps the day the paragraph tells.
    named = extract_text("Brenton Bank held its board meeting in March 2019. It named Mara Quist as its chief executive.")
    assert fact_dates(named, "ceo_of").get(("Mara Quist", "Brenton Bank")) is not None
