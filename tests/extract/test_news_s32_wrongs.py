"""Silent wrong facts noticed in session 32, of the kinds the first round met on fresh news:
each on a sentence invented here, beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def _entities(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_firm_a_capitalised_word_and_a_peoples_word_name_is_no_country(extract_text):
    # "chief executive of Anglo American" had given the United States as a country, the firm
    # its home ("name-of-country") and its chief executive nobody's.
    record = extract_text("Profit fell, said Lena Ortiz, chief executive of Anglo Brazilian.")
    assert _entities(record).get("Anglo Brazilian") == "Company"
    assert "Brazil" not in _entities(record)
    assert ("Lena Ortiz", "Anglo Brazilian") in fact_ends(record, "ceo_of")


def test_a_peoples_word_that_describes_what_follows_stays_its_country(extract_text):
    record = extract_text("Lena Ortiz, chief executive of Hanul Motors, said Asian American buyers lifted sales.")
    assert _entities(record).get("United States") == "Country"
    assert "Asian American" not in _entities(record)
