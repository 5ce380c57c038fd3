"""Every example question in examples/queries, answered exactly on the seed graph, on the
rdflib and on the Oxigraph store."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.examples import example_queries
from kg.graph import KnowledgeGraph
from kg.result_writers import display_term

EXAMPLES = {example.name: example for example in example_queries()}
TRADE_ARTICLE = "South Korea and China: trade, a state visit to Shanghai and a robot maker's Korean shareholders"
INSTITUTE = "research institute specializing in South Korean policies"
OVERTAKEN = "China has overtaken South Korea"


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def seed(request, tmp_path_factory):
    url = "memory:" if request.param == "memory" else f"oxigraph:{tmp_path_factory.mktemp('seed')}/store"
    graph = KnowledgeGraph.open(url)
    graph.load_seed()
    yield graph
    graph.close()


def answer(seed, name: str, **params) -> list[tuple[str, ...]]:
    bindings = {key: URIRef(value) for key, value in params.items()}
    results = seed.query(EXAMPLES[name].text, bindings=bindings)
    return [tuple(display_term(v) for v in row) for row in results.rows]


def test_every_example_has_a_question_and_runs(seed):
    assert len(EXAMPLES) >= 8
    for example in EXAMPLES.values():
        assert example.question.endswith("?"), example.name
        assert seed.query(example.text).rows, example.name


def test_korean_investors_in_chinese_firms(seed):
    assert answer(seed, "01-korean-investors-in-chinese-firms") == [
        ("LG Electronics", "AgiBot", "strategic shareholder"),
        ("Mirae Asset Management", "AgiBot", "strategic shareholder"),
    ]


def test_trade_2025_in_yuan_and_dollars(seed):
    rows = answer(seed, "02-china-korea-trade-2025")
    # Oxigraph writes decimals in canonical form, rdflib keeps the lexical form it read.
    normal = [tuple(v.removesuffix(".0") for v in row) for row in rows]
    assert normal == [
        ("trades with", "China", "South Korea", "2370000000000", "CNY", "340000000000", "1.7"),
        ("imports from", "China", "South Korea", "1340000000000", "CNY", "", ""),
        ("exports to", "China", "South Korea", "1030000000000", "CNY", "147900000000", ""),
    ]


def test_events_of_lee_jae_myung(seed):
    expected = [
        ("state visit of Lee Jae-myung to Shanghai", "Shanghai", "2026-01", "head of the visit"),
        ("China–South Korea Innovation and Entrepreneurship Forum", "Shanghai International Convention Center", "2026-01-07", "speaker"),
    ]
    assert answer(seed, "03-events-of-a-person") == expected
    assert answer(seed, "03-events-of-a-person", person="https://w3id.org/kg/id/lee-jae-myung") == expected
    assert answer(seed, "03-events-of-a-person", person="https://w3id.org/kg/id/agibot") == [
        ("China–South Korea Innovation and Entrepreneurship Forum", "Shanghai International Convention Center", "2026-01-07", "robot shown to the President"),
    ]


def test_sectors_where_china_leads(seed):
    rows = answer(seed, "04-sectors-where-china-leads")
    assert [(sector, who) for sector, _, who in rows] == [
        ("autonomous driving", INSTITUTE), ("electric vehicles", INSTITUTE),
        ("robotics", INSTITUTE), ("semiconductors", INSTITUTE),
    ]
    assert [note for _, note, _ in rows[:3]] == [OVERTAKEN] * 3
    assert rows[3][1].startswith("China leads in R&D")


def test_every_fact_with_its_source(seed):
    rows = answer(seed, "05-facts-with-sources")
    assert len(rows) == 28
    assert {(source, date) for *_, source, date in rows} == {(TRADE_ARTICLE, "2026-01")}
    assert ("LG Electronics", "holds a stake in", "AgiBot", TRADE_ARTICLE, "2026-01") in rows


def test_shareholders_of_a_firm(seed):
    expected = [
        ("AgiBot", "LG Electronics", "strategic shareholder", "", "AgiBot"),
        ("AgiBot", "Mirae Asset Management", "strategic shareholder", "", "AgiBot"),
    ]
    assert answer(seed, "06-shareholders-of-a-firm") == expected
    assert answer(seed, "06-shareholders-of-a-firm", firm="https://w3id.org/kg/id/agibot") == expected
    assert answer(seed, "06-shareholders-of-a-firm", firm="https://w3id.org/kg/id/china") == []


def test_five_year_plans(seed):
    assert answer(seed, "07-five-year-plans") == [
        ("14th Five-Year Plan", "2021", "2025"),
        ("15th Five-Year Plan", "2026", "2030"),
    ]


def test_where_the_forum_was(seed):
    assert answer(seed, "08-where-the-forum-was") == [
        ("China", "country"), ("Shanghai", "city"), ("Shanghai International Convention Center", "facility"),
    ]
    assert answer(seed, "08-where-the-forum-was", event="https://w3id.org/kg/id/state-visit-of-lee-jae-myung-to-shanghai") == [
        ("China", "country"), ("Shanghai", "city"),
    ]


def test_wikidata_items(seed):
    assert answer(seed, "09-wikidata-items") == [
        ("ASEAN", "wd:Q7768"), ("China", "wd:Q148"), ("Shanghai", "wd:Q8686"),
        ("South Korea", "wd:Q884"), ("United States", "wd:Q30"),
    ]


def test_what_a_source_says(seed):
    rows = answer(seed, "10-what-a-source-says", source="https://w3id.org/kg/source/article-915b299cea7c4f91")
    assert len(rows) == 28
    assert rows[0] == ("14th Five-Year Plan", "is a policy of", "China", "17", "233", "0.9")
    assert answer(seed, "10-what-a-source-says", source="https://w3id.org/kg/source/none") == []


def test_implied_facts(seed):
    rows = answer(seed, "11-implied-facts")
    assert [(s, o) for s, _, o, _ in rows] == [
        ("14th Five-Year Plan", "China"), ("AgiBot", "China"),
        ("AgiBot", "China–South Korea Innovation and Entrepreneurship Forum"), ("AgiBot", "robotics"),
        ("LG Electronics", "South Korea"), ("Mirae Asset Management", "South Korea"),
        ("Shanghai", "China"), ("Shanghai International Convention Center", "Shanghai"),
    ]
    assert {c for *_, c in rows} == {"0.9"}
