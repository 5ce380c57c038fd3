"""A leader called by title and name alone (kg.extract.office_holders): the country from the
list of office holders by term, only when the title, the date and the country agree, and
the checks made when the rule and the list are loaded."""

from __future__ import annotations

import re
import shutil

import pytest

from kg.errors import OntologyError
from kg.extract.guard import default_min_confidence, mark_candidates
from kg.extract.office_holders import OfficeHolder, load_office_holders
from kg.ontology import load_ontology
from kg.resources import resource_dir


def leaders(record) -> dict[str, tuple[str, str | None, bool]]:
    """Person -> (country, role, whether a candidate) of the head-of-state facts."""
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {r["subject"]: (r["object"], r["qualifiers"].get("role"), bool(r.get("candidate")))
            for r in marked["relations"] if r["predicate"] == "head_of_state_of"}


@pytest.mark.parametrize("text, published, expected", [
    # The title before the name, the country named elsewhere, the story within the term.
    ("Hanul Robotics will build a plant in the United States. President Joe Biden welcomed the plan on Friday.",
     "2022-06-10", {"Joe Biden": ("United States", "President", False)}),
    ("PM Narendra Modi toured a chip plant on Saturday, India's foreign ministry said.",
     "2025-08-30", {"Narendra Modi": ("India", "Prime Minister", False)}),
    ("Hanul Robotics broke ground in Indonesia, a goal launched by outgoing President Joko Widodo.",
     "2024-10-18", {"Joko Widodo": ("Indonesia", "President", False)}),
    ("Daewon Media is partly owned by former Prime Minister Silvio Berlusconi, Italy's richest man.",
     "2019-05-02", {"Silvio Berlusconi": ("Italy", "former Prime Minister", False)}),
])
def test_a_titled_leader_in_office_is_the_countrys_head(extract_text, text, published, expected):
    assert leaders(extract_text(text, published)) == expected


@pytest.mark.parametrize("text, published", [
    # Outside the term: Biden was not president in 2019.
    ("Hanul Robotics will build a plant in the United States. President Joe Biden welcomed the plan on Friday.",
     "2019-06-10"),
    # No title before any mention of the name.
    ("Hanul Robotics will build a plant in the United States, Joe Biden said on Friday.", "2022-06-10"),
    # "Vice President" is not the president.
    ("Hanul Robotics will build a plant in the United States. Vice President Joe Biden welcomed the plan.",
     "2022-06-10"),
    # The country is named nowhere in the text.
    ("Hanul Robotics will build a plant in Ohio. President Joe Biden welcomed the plan on Friday.", "2022-06-10"),
    # "Former" of someone whose only term starts after the story.
    ("Daewon Media, a South Korean broadcaster, hired former President Lee Jae-myung as an adviser.", "2019-05-02"),
])
def test_no_head_without_title_term_and_country(extract_text, text, published):
    facts = leaders(extract_text(text, published))
    assert not any(not candidate for _, _, candidate in facts.values()), facts


def test_a_stated_country_is_not_overruled(extract_text):
    found = leaders(extract_text("Japanese Prime Minister Fumio Kishida met Hanul Robotics' chief in Tokyo.", "2023-04-15"))
    assert found == {"Fumio Kishida": ("Japan", "Prime Minister", False)}


@pytest.mark.parametrize("day, in_office, before", [
    ("2012-05-06", False, True), ("2012-05-07", True, True), ("2010-01-01", False, True),
    ("2000-05-07", True, False), ("1999-01-01", False, False), (None, True, True),
    # A year or a month is any day of it: Putin was president for part of 2008 and of 2012.
    ("2008", True, True), ("2012-05", True, True), ("2010", False, True), ("1999", False, False),
])
def test_terms_are_half_open_and_a_year_is_any_day_of_it(day, in_office, before):
    holder = OfficeHolder(frozenset({"putin"}), "Russia", "President", (("2000-05-07", "2008-05-07"), ("2012-05-07", None)))
    assert (holder.in_office(day), holder.held_before(day)) == (in_office, before)


@pytest.fixture
def data_copy(tmp_path):
    """A function: (old, new) -> a folder with office_holders.yaml, *old* replaced by *new*."""
    def copy(old: str, new: str):
        text = (resource_dir("data") / "reference" / "office_holders.yaml").read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        (tmp_path / "office_holders.yaml").write_text(text.replace(old, new), encoding="utf-8")
        return tmp_path
    return copy


@pytest.mark.parametrize("old, new, message", [
    ("country: Russia, office: Prime Minister, terms: [[2020-01-16]]", "country: Ruritania, office: Prime Minister, terms: [[2020-01-16]]",
     "'Mikhail Mishustin': unknown country 'Ruritania'"),
    ("name: Li Qiang, country: China, office: Premier", "name: Li Qiang, country: China, office: Chairman",
     "'Li Qiang': needs a name and an office"),
    ("name: Lawrence Wong, country: Singapore, office: Prime Minister, terms: [[2024-05-15]]",
     "name: Lawrence Wong, country: Singapore, office: Prime Minister, terms: [[May 2024]]",
     "'Lawrence Wong': a term is [start] or [start, end], ISO dates"),
])
def test_a_broken_list_entry_is_named(data_copy, old, new, message):
    with pytest.raises(OntologyError, match=re.escape(message)):
        load_office_holders(load_ontology(), data=data_copy(old, new))


def test_a_broken_rule_is_refused(tmp_path):
    shutil.copy(resource_dir("ontology") / "triggers.yaml", tmp_path / "triggers.yaml")
    text = (tmp_path / "triggers.yaml").read_text(encoding="utf-8")
    assert text.count("by_office_holder: {qualifier: role,") == 1
    (tmp_path / "triggers.yaml").write_text(text.replace("by_office_holder: {qualifier: role,", "by_office_holder: {qualifier: rank,"),
                                            encoding="utf-8")
    with pytest.raises(OntologyError, match="by_office_holder: unknown qualifier 'rank'"):
        load_office_holders(load_ontology(), tmp_path)
