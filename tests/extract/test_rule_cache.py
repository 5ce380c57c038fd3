"""kg.extract.rule_cache: the relation rules kept on disk are exactly the rules built,
read back without building them; damaged files, other ontologies and edited sources are
never answered from the file."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.extract import rule_cache
from kg.extract.rule_cache import relation_rules, rules_key
from kg.ontology import load_ontology
from kg.resources import resource_dir
from kg.store.pieces import CacheWarning

__all__: list[str] = []


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    # One key for the whole test, even if a rule file is edited meanwhile (a shared tree).
    key = rules_key()
    monkeypatch.setattr(rule_cache, "rules_key", lambda: key)


def _files(tmp_path):
    return sorted((tmp_path / "cache").glob("relation-rules-*.json"))


def test_the_rules_read_back_are_the_rules_built(tmp_path, monkeypatch):
    ontology = load_ontology()
    built = relation_rules(ontology)
    assert len(_files(tmp_path)) == 1
    # Read back without building: a build now fails the test.
    monkeypatch.setattr(rule_cache, "_built", lambda o: pytest.fail("built again"))
    read = relation_rules(ontology)
    assert len(read) == len(built) > 1000
    assert all(rule_cache._same(a, b) for a, b in zip(read, built))
    assert any(isinstance(rule.also, tuple) and rule.also for rule in read)  # tuples stay tuples
    assert any(rule.roles and all(isinstance(k, int) for k in rule.roles) for rule in read)  # int keys stay ints


def test_a_damaged_file_is_ignored_with_a_warning_and_rewritten(tmp_path):
    ontology = load_ontology()
    built = relation_rules(ontology)
    (path,) = _files(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for damage in ("[[1, 2]]", '[{"__pairs__": [[[1], 2]]}]', "not json", '{"__tuple__": 1}'):
        path.write_text(json.dumps({**data, "rules": damage}), encoding="utf-8")
        with pytest.warns(CacheWarning):
            again = relation_rules(ontology)
        assert all(rule_cache._same(a, b) for a, b in zip(again, built)) and len(again) == len(built)
    path.write_text("{", encoding="utf-8")
    with pytest.warns(CacheWarning):
        relation_rules(ontology)
    assert json.loads(path.read_text(encoding="utf-8"))["rules"] == data["rules"]  # rewritten


def test_another_ontology_is_never_cached(tmp_path):
    other = load_ontology(resource_dir("ontology") / "kg.ttl")  # equal, but not kg's own object
    assert other is not load_ontology()
    rules = relation_rules(other)
    assert rules and _files(tmp_path) == []


def test_the_key_follows_every_source_file(tmp_path):
    roots = []
    for name, source in (("ontology", resource_dir("ontology")), ("reference", resource_dir("data") / "reference")):
        shutil.copytree(source, tmp_path / name)
        roots.append(tmp_path / name)
    before = rules_key(tuple(roots))
    assert rules_key(tuple(roots)) == before
    with open(tmp_path / "ontology" / "frames.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# an edit\n")
    assert rules_key(tuple(roots)) != before
    before = rules_key(tuple(roots))
    (tmp_path / "reference" / "names.yaml").write_text("changed: true\n", encoding="utf-8")
    assert rules_key(tuple(roots)) != before
