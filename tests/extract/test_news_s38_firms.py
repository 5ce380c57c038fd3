"""Large firms the press names bare, session 38 (data/reference/firms.yaml): a firm of the
list is a company whatever NER took it for, and its home country, when the text names that
country too, is a candidate fact (the gold of the read dev texts gave 24 of 91 such homes).
A person whose name holds a firm's stays a person. Sentences invented here; the firms are
the list's."""

from __future__ import annotations

import shutil

import pytest
from extract_support import direct_facts

from kg.errors import IngestError
from kg.extract import entities as entities_module
from kg.extract.entities import firm_homes
from kg.extract.guard import mark_candidates, resolve_min_confidence
from kg.resources import resource_dir


def _types(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_listed_firm_is_a_company_whatever_ner_calls_it(extract_text):
    assert _types(extract_text("Peugeot sales rose in France last year.", "2026-01-14")).get("Peugeot") == "Company"
    assert _types(extract_text("Zydus Cadila will open a plant near Delhi.", "2026-01-14")).get("Zydus Cadila") == "Company"


def test_a_persons_name_holding_a_firms_stays_a_persons(extract_text):
    types = _types(extract_text("Soichiro Honda founded the firm that Japan now celebrates.", "2026-01-14"))
    assert types.get("Soichiro Honda") == "Person" and "Honda" not in types


def test_a_listed_firms_home_is_a_candidate_when_the_text_names_its_country(extract_text):
    record = extract_text("Toyota said it would raise output in Japan.", "2026-01-14")
    (home,) = [r for r in record["relations"] if r["subject"] == "Toyota" and r["predicate"] == "headquartered_in"]
    assert home["object"] == "Japan" and home["confidence"] < resolve_min_confidence(None)
    marked = mark_candidates(record, min_confidence=resolve_min_confidence(None))
    assert ("Toyota", "headquartered_in", "Japan") not in direct_facts(marked)
    # No country named, no home: the list says where, the text must say that it matters.
    record = extract_text("Toyota said it would raise output in Kentucky.", "2026-01-14")
    assert not [r for r in record["relations"] if r["predicate"] == "headquartered_in" and r["subject"] == "Toyota"]


def test_every_name_of_the_list_is_one_countrys():
    homes = firm_homes()
    assert homes["honda"] == "Japan" and homes["tsmc"] == "Taiwan" and homes["samsung electronics"] == "South Korea"
    assert "" not in homes


@pytest.fixture
def reference_copy(tmp_path, monkeypatch):
    """A copy of data/reference to break, read by firm_homes in place of the shipped one."""
    folder = tmp_path / "data"
    shutil.copytree(resource_dir("data"), folder)
    monkeypatch.setattr(entities_module, "resource_dir", lambda name: folder if name == "data" else resource_dir(name))
    firm_homes.cache_clear()
    yield folder / "reference"
    firm_homes.cache_clear()


def test_a_country_the_country_list_lacks_is_named_in_the_error(reference_copy):
    (reference_copy / "firms.yaml").write_text("companies:\n  Atlantis:\n    - [Poseidon Works]\n", encoding="utf-8")
    with pytest.raises(IngestError, match="'Atlantis' is not a country of countries.yaml"):
        firm_homes()


def test_a_firm_that_is_no_list_of_names_is_named_in_the_error(reference_copy):
    (reference_copy / "firms.yaml").write_text("companies:\n  Japan:\n    - Honda\n", encoding="utf-8")
    with pytest.raises(IngestError, match="Japan: 'Honda' is not a list of a firm's names"):
        firm_homes()


def test_a_listed_firm_opening_a_sentence_is_no_common_word(extract_text):
    # "airbus" is an English noun: a capitalised common noun opening a sentence, named once,
    # was left out as no name.
    record = extract_text("Airbus and Tata Advanced Systems formed a partnership to build helicopters in India.", "2023-04-24")
    assert ("Airbus", "partners_with", "Tata Advanced Systems") in direct_facts(record)
