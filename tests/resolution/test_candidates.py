"""kg dedupe's pairs on a hand-written graph: exact pairs, scores and evidence."""

from __future__ import annotations

import pytest
from resolution_data import EXPECTED, open_graph

from kg.errors import OntologyError
from kg.ontology import load_ontology
from kg.resolution import Entity, candidates, dedupe, score_pair, wanted_classes
from kg.resolution.names import block_keys, match_key, name_similarity

ID = "https://w3id.org/kg/id/"


@pytest.fixture
def kg_graph():
    yield from open_graph()


def _short(rows):
    return [(r["a"].removeprefix(ID), r["b"].removeprefix(ID), r["score"], r["evidence"]) for r in rows]


def test_pairs_ranked_with_evidence(kg_graph):
    assert _short(dedupe(kg_graph.store, kg_graph.ontology)) == EXPECTED


def test_rules_below_the_threshold(kg_graph):
    rows = {(a, b): (score, why) for a, b, score, why in _short(dedupe(kg_graph.store, kg_graph.ontology, min_score=0))}
    # Linked to each other: a fund and the fund it invests in are two.
    assert rows["sequoia", "sequoia-china"] == (0.55, ["'sequoia capital' begins 'sequoia capital china'", "linked to each other"])
    # Brothers share a family name and an investment, not a given name.
    assert rows["ali-partovi", "hadi-partovi"][1][1:] == ["different given names", "shares 1 neighbour(s)"]
    assert rows["ali-partovi", "hadi-partovi"][0] < 0.4
    # Different Wikidata items outweigh an equal name.
    assert rows["china", "china-2"] == (0.0, ["same normalised name 'china'", "different Wikidata items"])
    # A person and a company are never one entity, whatever their names.
    assert ("thiel", "thiel-co") not in rows


def test_class_filter_min_score_and_limit(kg_graph):
    assert [r["b"] for r in dedupe(kg_graph.store, kg_graph.ontology, classes=["InvestmentFirm"], min_score=0)] == [ID + "sequoia-china"]
    assert [r["b"] for r in dedupe(kg_graph.store, kg_graph.ontology, classes=["Person"], min_score=0)] == [ID + "hadi-partovi"]
    assert _short(dedupe(kg_graph.store, kg_graph.ontology, min_score=0.9)) == EXPECTED[:2]
    assert _short(dedupe(kg_graph.store, kg_graph.ontology, limit=3)) == EXPECTED[:3]


def test_an_unknown_class_is_refused_before_the_store_is_read():
    # None stands for a store: reading it would fail otherwise than with the class's error.
    with pytest.raises(OntologyError) as error:
        dedupe(None, load_ontology(), classes=["Company", "Planet"])
    assert str(error.value).startswith("unknown class 'Planet'; the classes are ")
    assert wanted_classes(load_ontology(), None) is None
    assert wanted_classes(load_ontology(), ["Person"]) == load_ontology().subclasses("Person")


def test_same_wikidata_item_is_certain():
    onto = load_ontology()
    a = Entity("x:a", "Zhiyuan", "Company", ["Zhiyuan"], wikidata={"wd:Q1"})
    b = Entity("x:b", "AgiBot", "Company", ["AgiBot"], wikidata={"wd:Q1"})
    assert score_pair(a, b, onto) == (1.0, ["names 0% alike ('Zhiyuan' / 'AgiBot')", "same Wikidata item"])


def test_judged_pairs_are_not_proposed():
    onto = load_ontology()
    es = {e.iri: e for e in [Entity("x:1", "Acme", "Company", ["Acme"]), Entity("x:2", "ACME Inc", "Company", ["ACME Inc"])]}
    assert len(candidates(es, onto)) == 1
    assert candidates(es, onto, judged={frozenset(("x:1", "x:2"))}) == []


@pytest.mark.parametrize(
    ("a", "b", "score"),
    [
        ("Facebook, Inc.", "The Facebook", 1.0),   # legal suffix, "the", punctuation
        ("Société Générale", "Societe Generale", 1.0),  # accents transliterated
        ("AgiBot", "Agi Bot", 0.95),  # spaces
        ("IBM", "International Business Machines", 0.6),  # acronym: a guess
        ("LG", "LG Electronics Inc.", 0.65),  # one word leading another name
        ("Sequoia Capital", "Sequoia Capital China", 0.75),  # leading words
        ("GI Dynamics", "Dynamics", 0.7),  # one name is the other plus a word: capped
        ("Golden Gate Ventures", "Golden Pine Ventures", 0.6),  # only as alike as the words that differ
        ("SPARK VCT", "SPARK VCT 3", 0.5),  # a number tells two funds apart
        ("Acme Fund II", "Acme Fund III", 0.5),
    ],
)
def test_name_similarity(a, b, score):
    assert name_similarity(a, b)[0] == score


def test_block_keys_meet_for_every_kind_of_variant():
    assert ("k", "facebook") in block_keys("Facebook, Inc.") & block_keys("facebook")
    assert ("c", "agibot") in block_keys("Agi Bot") & block_keys("AgiBot")
    assert ("a", "ibm") in block_keys("IBM") and ("i", "ibm") in block_keys("International Business Machines")
    assert match_key("Zürich Insurance Group AG") == "zurich insurance group"


@pytest.mark.parametrize("canonical_member", ["a", "b"])
def test_a_merged_cluster_takes_its_members_most_specific_class(tmp_path, canonical_member):
    from kg.graph import KnowledgeGraph
    from kg.resolution import read_entities

    trig = tmp_path / "twins.trig"
    trig.write_text(
        "@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix src: <https://w3id.org/kg/source/> .\n"
        'src:s { id:a a kg:Company ; rdfs:label "Blue" . id:b a kg:InvestmentFirm ; rdfs:label "Blue Fund" .\n'
        '        id:c a kg:Organization ; rdfs:label "Blue Group" . }\n',
        encoding="utf-8",
    )
    graph = KnowledgeGraph.open("memory:")
    graph.load([trig])
    canonical = {ID + member: ID + canonical_member for member in "abc" if member != canonical_member}
    (entity,) = read_entities(graph.store, graph.ontology, canonical=canonical).values()
    # Company and InvestmentFirm are as deep: the tie goes as Ontology.most_specific's does.
    assert entity.cls == graph.ontology.most_specific({graph.ontology.cls(n).iri for n in ("Company", "InvestmentFirm", "Organization")}).name
    assert entity.cls == "InvestmentFirm"
