"""The explorer's store work called in-process (no server): the class an entity page names,
the headings of facts read from their object's side, the fact rows' qualifiers, and the
links page's sentences, each from the library's one helper for it."""

from __future__ import annotations

import pytest

from kg.graph import KnowledgeGraph
from kg.serve.explorer_tasks import entity_page
from kg.serve.tasks import TASKS

FUND = "https://w3id.org/kg/id/fund"
FIRM = "https://w3id.org/kg/id/firm"

_TRIG = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix id: <https://w3id.org/kg/id/> .
@prefix src: <https://w3id.org/kg/source/> .
@prefix stmt: <https://w3id.org/kg/stmt/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

src:news {
    src:news a kg:Source ; dcterms:title "A deal" .
    # Two classes as deep as each other, and one above them: the page names the class
    # Ontology.most_specific names, whatever order the store gives the types in.
    id:fund a kg:Company , kg:Organization , kg:InvestmentFirm ; rdfs:label "Blue Fund" .
    id:firm a kg:Company ; rdfs:label "Red Firm" .
    id:city a kg:City ; rdfs:label "Busan" .
    <https://example.org/registry#acme> a kg:Company .
    id:fund kg:holdsStakeIn id:firm .
    # Three deals with one firm, dated three ways: a date, a period's start, a period's end.
    id:angel a kg:InvestmentFirm ; rdfs:label "Angel" .
    id:angel kg:investsIn id:firm .
    stmt:d1 a kg:Investment ; kg:subject id:angel ; kg:relation kg:investsIn ; kg:object id:firm ;
        kg:date "2025" ; prov:wasDerivedFrom src:news .
    stmt:d2 a kg:Investment ; kg:subject id:angel ; kg:relation kg:investsIn ; kg:object id:firm ;
        kg:end "2026-02" ; prov:wasDerivedFrom src:news .
    stmt:d3 a kg:Investment ; kg:subject id:angel ; kg:relation kg:investsIn ; kg:object id:firm ;
        kg:start "2024-06" ; kg:end "2027" ; prov:wasDerivedFrom src:news .
    id:firm kg:headquarteredIn id:city .
    stmt:s1 a kg:Stake ; kg:subject id:fund ; kg:relation kg:holdsStakeIn ; kg:object id:firm ;
        kg:stakePercent 12.5 ; kg:amount 2500000 ; kg:currency "KRW" ; kg:implied true ;
        kg:note "per the filing" ; prov:wasDerivedFrom src:news .
}
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("explorer-tasks")
    (folder / "deal.trig").write_text(_TRIG, encoding="utf-8")
    # The embedded store, as kg serve's workers open it.
    with KnowledgeGraph.open(f"oxigraph:{folder / 'store'}") as graph:
        graph.load([folder / "deal.trig"])
        yield graph


def test_the_page_names_the_most_specific_class_and_breaks_ties_by_name(graph):
    assert graph.ontology.most_specific(graph.ontology.cls(name).iri for name in ("Company", "InvestmentFirm")).label == "investment firm"
    assert entity_page(graph, FUND)["cls"] == "investment firm"


def test_a_fact_pointing_here_reads_through_the_inverse_relation(graph):
    headings = [group["heading"] for group in entity_page(graph, FIRM)["groups"]]
    # The inverse declared in kg.ttl, else a sentence about this entity.
    assert headings == ["has shareholder", "has investor", "is headquartered in"]


def test_fact_rows_show_the_qualifiers_as_kg_qualifier_display_writes_them(graph):
    (group,) = entity_page(graph, FUND)["groups"]
    (row,) = group["rows"]
    # kg:order: percent, money, the flag as its words, then the note.
    assert row["qualifiers"] == [
        ("stake percent", "12.50%"), ("amount", "2,500,000 KRW"),
        ("implied by the text, not stated", None), ("note", "per the filing"),
    ]


def test_facts_with_one_entity_come_by_their_first_day_whichever_qualifier_dates_them(graph):
    (group,) = entity_page(graph, "https://w3id.org/kg/id/angel")["groups"]
    assert [row["qualifiers"] for row in group["rows"]] == [
        [("start", "2024-06"), ("end", "2027")], [("date", "2025")], [("end", "2026-02")],
    ]


def test_the_links_task_tells_what_kg_links_tells(graph):
    answer = TASKS["links"](graph, "Blue Fund", "Busan")
    assert answer["start"] == FUND and answer["end"] == "https://w3id.org/kg/id/city"
    assert answer["sentences"] == [(2, "Blue Fund holds a stake in Red Firm (12.50%, 2,500,000 KRW), which is headquartered in Busan.")]
    assert answer["sentences"] == [(path.hops, sentence) for path, sentence in graph.links("Blue Fund", "Busan")]


def test_the_picture_task_draws_kg_viz_with_the_expand_url(graph):
    from kg.serve.explorer_tasks import EXPAND_URL

    page = TASKS["explorer_picture"](graph, {"focus": "Blue Fund", "hops": 1})
    assert EXPAND_URL in page and "Red Firm" in page and "Angel" not in page


def test_an_entity_without_a_label_is_named_by_its_iris_last_segment(graph):
    # kg.ids.local_name, as pictures name it: a fragment is the last segment too.
    assert entity_page(graph, "https://example.org/registry#acme")["label"] == "acme"
