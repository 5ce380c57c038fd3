"""kg.extract.rule_cache: the relation rules kept on disk are exactly the rules built,
read back without building them; damaged files, other ontologies and edited sources are
never answered from the file."""

from __future__ import annotations

import dataclasses
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


def _same(one, other) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, a tuple not a list),
    dataclasses field by field: the test's own strict comparison."""
    if type(one) is not type(other):
        return False
    if dataclasses.is_dataclass(one):
        return all(_same(getattr(one, f.name), getattr(other, f.name)) for f in dataclasses.fields(one))
    if isinstance(one, (list, tuple)):
        return len(one) == len(other) and all(_same(a, b) for a, b in zip(one, other))
    if isinstance(one, dict):
        return len(one) == len(other) and all(_same(a, b) for a, b in zip(one, other)) \
            and all(_same(one[k], other[k]) for k in one)
    return one == other


def test_the_rules_read_back_are_the_rules_built(tmp_path):
    ontology = load_ontology()
    built = relation_rules(ontology)
    (path,) = _files(tmp_path)
    read = relation_rules(ontology)
    assert len(read) == len(built) > 1000
    assert all(_same(a, b) for a, b in zip(read, built))
    # Read back without building: a mark only the file holds comes back.
    data = json.loads(path.read_text(encoding="utf-8"))
    rules = json.loads(data["rules"])
    assert rules[0][0] == built[0].id
    rules[0][0] = "only-in-the-file"
    path.write_text(json.dumps({**data, "rules": json.dumps(rules)}), encoding="utf-8")
    assert relation_rules(ontology)[0].id == "only-in-the-file"
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
        assert all(_same(a, b) for a, b in zip(again, built)) and len(again) == len(built)
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


# -- word sets kept beside the rules ------------------------------------------------------------

def test_word_sets_read_back_are_the_sets_built_without_building(tmp_path):
    built = {"stake": frozenset({"holds_stake_in", "invests_in"}), "deal": frozenset({"acquires"}), "none": frozenset()}
    calls = []

    def build():
        calls.append(1)
        return built

    first = rule_cache.word_sets("test", build)
    again = rule_cache.word_sets("test", build)
    assert first == built and again == built and list(again) == list(built)  # order kept too
    assert all(type(items) is frozenset for items in again.values())
    assert calls == [1]  # the second came from the file
    assert len(list((tmp_path / "cache").glob("relation-words-test-*.json"))) == 1


def test_a_damaged_word_file_is_ignored_with_a_warning(tmp_path):
    rule_cache.word_sets("test", lambda: {"deal": frozenset({"acquires"})})
    path = next((tmp_path / "cache").glob("relation-words-test-*.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "words": {"deal": "acquires"}}), encoding="utf-8")
    with pytest.warns(CacheWarning):
        found = rule_cache.word_sets("test", lambda: {"deal": frozenset({"merges_with"})})
    assert found == {"deal": frozenset({"merges_with"})}


def test_kgs_end_and_deal_nouns_from_the_cache_are_those_of_the_files():
    from kg.extract import frames

    ontology = load_ontology()
    folder = resource_dir("ontology")
    for _ in range(2):  # built and written, then read back
        assert frames.load_end_nouns() == frames.load_end_nouns(folder)
        deal = frames.load_deal_nouns(ontology)
        direct = frames.load_deal_nouns(ontology, folder)
        assert deal == direct and list(deal) == list(direct)
    assert "part" in frames.load_end_nouns() and deal  # the files do have such words
