"""kg-eval/1 scoring on hand-made gold and output: exact counts."""

from __future__ import annotations

import pytest
import yaml

from kg.errors import IngestError
from kg.extract.evaluate import read_gold, score

GOLD = {"d": {
    "entities": [
        {"name": "LG Electronics", "type": "Company", "aliases": ["LG"]},
        {"name": "AgiBot", "type": "Company"},
        {"name": "China", "type": "Country", "aliases": ["Chinese"]},
        {"name": "South Korea", "type": "Country"},
    ],
    "relations": [
        {"subject": "LG Electronics", "predicate": "holds_stake_in", "object": "AgiBot", "qualifiers": {"stake_percent": 5}},
        {"subject": "AgiBot", "predicate": "headquartered_in", "object": "China", "implied": True},
        {"subject": "China", "predicate": "trades_with", "object": "South Korea", "qualifiers": {"amount": 2.37e12, "currency": "CNY", "date": 2025}},
        {"subject": "China", "predicate": "competes_with", "object": "South Korea", "qualifiers": {"sector": "robotics"}},
    ],
}}


def output(relations, entities=None):
    return [{"document": "d", "entities": entities if entities is not None else [
        {"name": "LG", "type": "Company"}, {"name": "AgiBot", "type": "Product"},
        {"name": "the China", "type": "Country"}, {"name": "Samsung", "type": "Company"},
    ], "relations": relations}]


def test_entities_typed_and_untyped():
    report = score(GOLD, output([]))
    assert (report.entities_typed.tp, report.entities_typed.extracted, report.entities_typed.gold) == (2, 4, 4)
    assert (report.entities_untyped.tp, report.entities_untyped.f1) == (3, 0.75)


def test_relations_symmetry_duplicates_and_qualifiers():
    relations = [
        {"subject": "LG", "predicate": "holds_stake_in", "object": "AgiBot", "qualifiers": {"stake_percent": 5.0}},
        {"subject": "LG", "predicate": "holds_stake_in", "object": "AgiBot", "qualifiers": {}},  # twice: once wrong
        {"subject": "South Korea", "predicate": "trades_with", "object": "the China",  # symmetric, reversed
         "qualifiers": {"amount": 2370000000000, "currency": "cny", "date": "2024"}},
        {"subject": "Samsung", "predicate": "holds_stake_in", "object": "AgiBot", "implied": True},
    ]
    report = score(GOLD, output(relations))
    assert (report.relations.tp, report.relations.extracted, report.relations.gold) == (2, 4, 4)
    assert (report.stated.tp, report.stated.extracted, report.stated.gold) == (2, 3, 3)
    assert (report.implied.tp, report.implied.extracted, report.implied.gold) == (0, 1, 1)
    assert report.per_predicate["holds_stake_in"].as_dict()["precision"] == pytest.approx(1 / 3, abs=1e-4)
    # stake 5 = 5.0 and the amount right; "cny" is no ISO 4217 code and the date is wrong: 2 of 4.
    assert (report.qualifiers_right, report.qualifiers_scored) == (2, 4)
    assert report.wrong_qualifiers == ["d: South Korea trades_with the China: currency 'cny', gold 'CNY'",
                                       "d: South Korea trades_with the China: date '2024', gold 2025"]
    # The same counts, by qualifier.
    assert report.as_dict()["qualifiers_by_key"] == {
        "amount": {"right": 1, "scored": 1}, "currency": {"right": 0, "scored": 1},
        "stake_percent": {"right": 1, "scored": 1}, "date": {"right": 0, "scored": 1}}
    assert report.missed == ["d: AgiBot headquartered_in China", "d: China competes_with South Korea"]


def test_several_gold_facts_of_one_triple_match_by_qualifiers():
    gold = {"d": {"entities": GOLD["d"]["entities"], "relations": [
        {"subject": "China", "predicate": "competes_with", "object": "South Korea", "qualifiers": {"sector": s, "date": d}}
        for s, d in (("robotics", "2025"), ("semiconductors", "2024"))
    ]}}
    out = output([
        {"subject": "China", "predicate": "competes_with", "object": "South Korea", "qualifiers": {"sector": "semiconductors", "date": "2024"}},
        {"subject": "China", "predicate": "competes_with", "object": "South Korea", "qualifiers": {"sector": "robotics", "date": "2025"}},
    ])
    report = score(gold, out)
    assert report.relations.f1 == 1.0 and report.qualifier_accuracy == 1.0


@pytest.mark.parametrize("written, got, right", [
    ("2026-01-07", "2026-01-07", True),  # YAML reads a bare day as a date: compared as its ISO text
    ("2026-01-07", "2026-01", False),  # no credit for a coarser date, nor a finer one
    ("'2026-01'", "2026-01-07", False),
    ("2026", "2026", True),  # a bare year is a number in YAML
    ("'2026-01-05/2026-01-11'", "2026-01-05/2026-01-11", True),
])
def test_dates_are_compared_as_iso_text(tmp_path, written, got, right):
    path = tmp_path / "gold.yaml"
    path.write_text("meta: {format: kg-eval/1}\ndocuments:\n- id: d\n  entities:\n"
                    "  - {name: Orbis, type: Company}\n  - {name: Tellan, type: Company}\n  relations:\n"
                    f"  - {{subject: Orbis, predicate: acquires, object: Tellan, qualifiers: {{date: {written}}}}}\n",
                    encoding="utf-8")
    out = [{"document": "d", "entities": [{"name": "Orbis", "type": "Company"}, {"name": "Tellan", "type": "Company"}],
            "relations": [{"subject": "Orbis", "predicate": "acquires", "object": "Tellan", "qualifiers": {"date": got}}]}]
    report = score(read_gold(path), out)
    assert (report.qualifiers_right, report.qualifiers_scored) == (int(right), 1)


def test_a_document_with_no_output_counts_as_missed():
    report = score(GOLD, [])
    assert (report.relations.tp, report.relations.gold, report.relations.recall) == (0, 4, 0.0)


def test_gold_files_are_checked(tmp_path):
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump({"documents": []}), encoding="utf-8")
    with pytest.raises(IngestError, match="not a kg-eval/1 gold file"):
        read_gold(path)
    path.write_text(yaml.safe_dump({"meta": {"format": "kg-eval/1"}, "documents": [{"id": "a", "entities": [{"name": "X"}]}]}), encoding="utf-8")
    with pytest.raises(IngestError, match="an entity needs a name and a type"):
        read_gold(path)
    with pytest.raises(IngestError, match="no such gold file"):
        read_gold(tmp_path / "missing.yaml")
