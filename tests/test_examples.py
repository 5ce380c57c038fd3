"""Every example question in examples/queries, answered exactly on the seed graph, in the
rdflib (``memory:``) store and in the Oxigraph store.

Answers are compared as plain values: IRIs and literals as strings, numbers as Decimal (so
that rdflib's ``1.0`` and Oxigraph's canonical ``1`` are the same number), unbound as None.
Rows are compared as multisets; where the question is about an order (largest flow first,
earliest event first, venue before country) the order is asserted too.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.formats import get_format
from kg.namespaces import PREFIXES, XSD
from kg.sparql import parse_param
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "examples" / "queries"
SEED = ROOT / "data" / "seed" / "seed.trig"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
# Where kg keeps the ontology inside a store, so that queries can read its labels.
ONTOLOGY_GRAPH = URIRef("https://w3id.org/kg/ontology")

FILES = sorted(QUERIES.glob("*.rq"))
HEADER = re.compile(r"#\s*(Question|Parameters)\s*:\s*(.*)")
NUMERIC = {XSD.decimal, XSD.integer, XSD.double, XSD.float, XSD.int, XSD.long}

ARTICLE = "https://w3id.org/kg/source/article-915b299cea7c4f91"
TITLE = "South Korea and China: trade, a state visit to Shanghai and a robot maker's Korean shareholders"
FORUM = "China–South Korea Innovation and Entrepreneurship Forum"
SICC = "Shanghai International Convention Center"
STATE_VISIT = "state visit of Lee Jae-myung to Shanghai"
WIFE = "wife of Lee Jae-myung"
INSTITUTE = "research institute specializing in South Korean policies"
OVERTAKEN = "China has overtaken South Korea"
SEMICONDUCTOR_NOTE = (
    "China leads in R&D, finished-product manufacturing, services and local demand; "
    "South Korea leads in materials, components and equipment and in overseas markets"
)
D = Decimal


def header(path: Path) -> dict[str, str]:
    """The ``# Question:`` and ``# Parameters:`` lines of the leading comment block."""
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = HEADER.match(line)
        if match:
            fields[match.group(1)] = match.group(2).strip()
    return fields


def parameters(path: Path) -> dict[str, str]:
    """{name: example value} from ``# Parameters: name — ..., e.g. --param name=value``."""
    text = header(path).get("Parameters", "")
    names = re.findall(r"(?:^|;\s*)([A-Za-z_]\w*)\s+—", text)
    examples = dict(re.findall(r"--param\s+([A-Za-z_]\w*)=(\S+?)[),;]?(?:\s|$)", text))
    return {name: examples.get(name, "") for name in names}


PARAMETERISED = [path for path in FILES if parameters(path)]


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def store(request, tmp_path_factory):
    if request.param == "oxigraph":
        pytest.importorskip("kg.store.oxigraph")
        url = f"oxigraph:{tmp_path_factory.mktemp('seed')}/s"
    else:
        url = "memory:"
    opened = open_store(url)
    opened.load(SEED, get_format("trig"))
    opened.load(ONTOLOGY, get_format("turtle"), graph=ONTOLOGY_GRAPH)
    yield opened
    opened.close()


# Decoys from a second source: a Korean stake in a Korean firm, a sector where South Korea
# leads, a 2024 trade flow. Each question must leave out what does not answer it.
DECOYS = """
@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .
@prefix src: <https://w3id.org/kg/source/> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
src:decoys {
  src:decoys a kg:Source ; dcterms:title "Decoys" ; dcterms:issued "2025-06"^^xsd:gYearMonth .
  id:k-fund a kg:InvestmentFirm ; rdfs:label "K Fund" ; kg:headquarteredIn id:south-korea .
  id:k-firm a kg:Company ; rdfs:label "K Firm" ; kg:headquarteredIn id:south-korea .
  id:shipbuilding a kg:Sector ; rdfs:label "shipbuilding" .
  id:k-fund kg:holdsStakeIn id:k-firm .
  id:china kg:competesWith id:south-korea ; kg:exportsTo id:south-korea .
  <https://w3id.org/kg/stmt/decoys/stake> a kg:Stake ; kg:subject id:k-fund ; kg:relation kg:holdsStakeIn ;
      kg:object id:k-firm ; kg:stakePercent 12.5 ; prov:wasDerivedFrom src:decoys ;
      kg:evidenceStart 0 ; kg:evidenceEnd 10 ; kg:confidence 1.0 .
  <https://w3id.org/kg/stmt/decoys/ships> a kg:Comparison ; kg:subject id:china ; kg:relation kg:competesWith ;
      kg:object id:south-korea ; kg:sector id:shipbuilding ; kg:leader id:south-korea ; kg:note "South Korea leads" ;
      prov:wasDerivedFrom src:decoys ; kg:evidenceStart 10 ; kg:evidenceEnd 20 ; kg:confidence 1.0 .
  <https://w3id.org/kg/stmt/decoys/exports-2024> a kg:TradeFlow ; kg:subject id:china ; kg:relation kg:exportsTo ;
      kg:object id:south-korea ; kg:date "2024"^^xsd:gYear ; kg:amount 1 ; kg:currency "CNY" ;
      prov:wasDerivedFrom src:decoys ; kg:evidenceStart 20 ; kg:evidenceEnd 30 ; kg:confidence 1.0 .
}
"""


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def mixed(request, tmp_path_factory):
    """The seed, the ontology and the decoys."""
    if request.param == "oxigraph":
        pytest.importorskip("kg.store.oxigraph")
        url = f"oxigraph:{tmp_path_factory.mktemp('mixed')}/s"
    else:
        url = "memory:"
    opened = open_store(url)
    opened.load(SEED, get_format("trig"))
    opened.load(ONTOLOGY, get_format("turtle"), graph=ONTOLOGY_GRAPH)
    opened.load(DECOYS.encode("utf-8"), get_format("trig"))
    yield opened
    opened.close()


def plain(term):
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in NUMERIC:
        return Decimal(str(term))
    return str(term)


def run(store, name: str, **params: str):
    """(variables, rows) of examples/queries/<name>.rq with *params* bound (``id:x`` form)."""
    bindings = {key: parse_param(value) for key, value in params.items()}
    results = store.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"), bindings=bindings)
    return results.variables, [tuple(plain(v) for v in row) for row in results.rows]


def rows(store, name: str, **params: str) -> list[tuple]:
    return run(store, name, **params)[1]


def same(got: list[tuple], expected: list[tuple]) -> bool:
    return Counter(got) == Counter(expected)


# ------------------------------------------------------------------------- the files


def test_there_are_at_least_ten_examples():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_header_and_prefixes(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Question: "), "the first line states the question"
    assert header(path)["Question"].endswith("?")
    declared = re.findall(r"^\s*PREFIX\s+(\w*):", text, re.MULTILINE | re.IGNORECASE)
    assert not set(declared) & set(PREFIXES), "kg's prefixes are pre-declared"
    for name, example in parameters(path).items():
        assert re.search(rf"\?{name}\b", text), f"parameter {name} is not a variable of the query"
        assert example, f"parameter {name} has no example"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_runs_unbound(store, path):
    variables, answer = run(store, path.stem)
    assert variables and answer


@pytest.mark.parametrize("path", PARAMETERISED, ids=lambda p: p.stem)
def test_runs_with_the_example_binding(store, path):
    params = parameters(path)
    assert rows(store, path.stem, **params)
    # A binding narrows the answer: a value that names nothing finds nothing.
    assert rows(store, path.stem, **{name: "id:no-such-entity" for name in params}) == []


def test_parameterised_examples():
    assert [path.stem for path in PARAMETERISED] == [
        "03-events-of-a-person", "06-shareholders-of-a-firm", "08-where-the-forum-was", "10-what-a-source-says",
    ]


# ------------------------------------------------------------------------- the answers

ONE, IMPLIED = D("1"), D("0.9")
KOREAN_INVESTORS = [
    ("LG Electronics", "AgiBot", "strategic shareholder"),
    ("Mirae Asset Management", "AgiBot", "strategic shareholder"),
]
TRADE_2025 = [
    ("trades with", "China", "South Korea", D("2370000000000"), "CNY", D("340000000000"), D("1.7"), D("5.2")),
    ("imports from", "China", "South Korea", D("1340000000000"), "CNY", None, None, None),
    ("exports to", "China", "South Korea", D("1030000000000"), "CNY", D("147900000000"), None, None),
]
LEE_EVENTS = [
    (STATE_VISIT, "Shanghai", "2026-01", "head of the visit"),
    (FORUM, SICC, "2026-01-07", "speaker"),
]
SECTORS = [
    ("autonomous driving", OVERTAKEN, INSTITUTE),
    ("electric vehicles", OVERTAKEN, INSTITUTE),
    ("robotics", OVERTAKEN, INSTITUTE),
    ("semiconductors", SEMICONDUCTOR_NOTE, INSTITUTE),
]
FACTS = [
    ("LG Electronics", "holds a stake in", "AgiBot"),
    ("Mirae Asset Management", "holds a stake in", "AgiBot"),
    ("LG Electronics", "is headquartered in", "South Korea"),
    ("Mirae Asset Management", "is headquartered in", "South Korea"),
    ("AgiBot", "is headquartered in", "China"),
    ("AgiBot", "works in", "robotics"),
    ("AgiBot", "takes part in", FORUM),
    ("Lee Jae-myung", "is head of state of", "South Korea"),
    ("Lee Jae-myung", "visits", "Shanghai"),
    ("Lee Jae-myung", "takes part in", STATE_VISIT),
    ("Lee Jae-myung", "takes part in", FORUM),
    (WIFE, "is married to", "Lee Jae-myung"),
    (WIFE, "visits", "Shanghai"),
    (WIFE, "takes part in", STATE_VISIT),
    (STATE_VISIT, "was held at", "Shanghai"),
    (FORUM, "was held at", SICC),
    (SICC, "is located in", "Shanghai"),
    ("Shanghai", "is located in", "China"),
    ("China", "trades with", "South Korea"),
    ("China", "exports to", "South Korea"),
    ("China", "imports from", "South Korea"),
    ("South Korea", "trades with", "China"),
    ("China", "competes with", "South Korea"),
    ("15th Five-Year Plan", "is a policy of", "China"),
    ("14th Five-Year Plan", "is a policy of", "China"),
]
FACTS_WITH_SOURCES = [fact + (TITLE, "2026-01") for fact in FACTS]
SHAREHOLDERS = [
    ("AgiBot", "LG Electronics", "strategic shareholder", None, "AgiBot"),
    ("AgiBot", "Mirae Asset Management", "strategic shareholder", None, "AgiBot"),
]
PLANS = [("14th Five-Year Plan", "2021", "2025"), ("15th Five-Year Plan", "2026", "2030")]
FORUM_PLACES = [(SICC, "facility"), ("Shanghai", "city"), ("China", "country")]
WIKIDATA = [
    ("ASEAN", "http://www.wikidata.org/entity/Q7768"),
    ("China", "http://www.wikidata.org/entity/Q148"),
    ("Shanghai", "http://www.wikidata.org/entity/Q8686"),
    ("South Korea", "http://www.wikidata.org/entity/Q884"),
    ("United States", "http://www.wikidata.org/entity/Q30"),
]
# In the order of the article.
ARTICLE_SAYS = [
    ("14th Five-Year Plan", "is a policy of", "China", None, None, D(17), D(233), IMPLIED),
    ("China", "trades with", "South Korea", None, None, D(630), D(771), ONE),
    ("China", "exports to", "South Korea", None, None, D(772), D(928), ONE),
    ("China", "imports from", "South Korea", None, None, D(772), D(928), ONE),
    ("Lee Jae-myung", "takes part in", STATE_VISIT, "head of the visit", None, D(929), D(1101), ONE),
    ("Lee Jae-myung", "visits", "Shanghai", "state visit", None, D(929), D(1101), ONE),
    ("Shanghai", "is located in", "China", None, None, D(929), D(1101), IMPLIED),
    (STATE_VISIT, "was held at", "Shanghai", None, None, D(929), D(1101), ONE),
    (WIFE, "is married to", "Lee Jae-myung", None, None, D(929), D(1101), ONE),
    (WIFE, "takes part in", STATE_VISIT, None, None, D(929), D(1101), ONE),
    (WIFE, "visits", "Shanghai", "accompanying the President", None, D(929), D(1101), ONE),
    ("Lee Jae-myung", "is head of state of", "South Korea", "President", None, D(949), D(985), ONE),
    ("South Korea", "trades with", "China", "China's second-largest trading partner", None, D(1102), D(1265), ONE),
    ("China", "competes with", "South Korea", None, "autonomous driving", D(1759), D(1996), ONE),
    ("China", "competes with", "South Korea", None, "electric vehicles", D(1759), D(1996), ONE),
    ("China", "competes with", "South Korea", None, "robotics", D(1759), D(1996), ONE),
    ("China", "competes with", "South Korea", None, "semiconductors", D(1759), D(2284), ONE),
    ("AgiBot", "takes part in", FORUM, "robot shown to the President", None, D(2285), D(2491), IMPLIED),
    (FORUM, "was held at", SICC, None, None, D(2285), D(2491), ONE),
    ("Lee Jae-myung", "takes part in", FORUM, "speaker", None, D(2285), D(2491), ONE),
    (SICC, "is located in", "Shanghai", None, None, D(2285), D(2491), IMPLIED),
    ("AgiBot", "is headquartered in", "China", None, None, D(2414), D(2491), IMPLIED),
    ("AgiBot", "works in", "robotics", None, None, D(2414), D(2491), IMPLIED),
    ("LG Electronics", "holds a stake in", "AgiBot", "strategic shareholder", None, D(2492), D(2623), ONE),
    ("LG Electronics", "is headquartered in", "South Korea", None, None, D(2492), D(2623), IMPLIED),
    ("Mirae Asset Management", "holds a stake in", "AgiBot", "strategic shareholder", None, D(2492), D(2623), ONE),
    ("Mirae Asset Management", "is headquartered in", "South Korea", None, None, D(2492), D(2623), IMPLIED),
    ("15th Five-Year Plan", "is a policy of", "China", None, None, D(2998), D(3220), ONE),
]
IMPLIED_FACTS = [
    ("14th Five-Year Plan", "is a policy of", "China", IMPLIED),
    ("AgiBot", "is headquartered in", "China", IMPLIED),
    ("AgiBot", "takes part in", FORUM, IMPLIED),
    ("AgiBot", "works in", "robotics", IMPLIED),
    ("LG Electronics", "is headquartered in", "South Korea", IMPLIED),
    ("Mirae Asset Management", "is headquartered in", "South Korea", IMPLIED),
    ("Shanghai", "is located in", "China", IMPLIED),
    (SICC, "is located in", "Shanghai", IMPLIED),
]


def test_01_korean_investors_in_chinese_firms(store):
    variables, answer = run(store, "01-korean-investors-in-chinese-firms")
    assert variables == ["investor", "firm", "role"]
    assert same(answer, KOREAN_INVESTORS)


def test_02_china_korea_trade_2025(store):
    variables, answer = run(store, "02-china-korea-trade-2025")
    assert variables == ["flow", "from", "to", "amount", "currency", "amountUSD", "growthPercent", "shareOfTotalPercent"]
    assert answer == TRADE_2025  # largest flow first


def test_03_events_of_a_person(store):
    variables, answer = run(store, "03-events-of-a-person")
    assert variables == ["event", "place", "date", "role"]
    assert answer == LEE_EVENTS  # earliest first
    assert rows(store, "03-events-of-a-person", person="id:lee-jae-myung") == LEE_EVENTS
    assert rows(store, "03-events-of-a-person", person="id:wife-of-lee-jae-myung") == [
        (STATE_VISIT, "Shanghai", "2026-01", None),
    ]


def test_04_sectors_where_china_leads(store):
    variables, answer = run(store, "04-sectors-where-china-leads")
    assert variables == ["sector", "note", "according_to"]
    assert same(answer, SECTORS)


def test_05_facts_with_sources(store):
    variables, answer = run(store, "05-facts-with-sources")
    assert variables == ["subject", "relation", "object", "source", "published"]
    assert same(answer, FACTS_WITH_SOURCES)


def test_06_shareholders_of_a_firm(store):
    variables, answer = run(store, "06-shareholders-of-a-firm")
    assert variables == ["firm_name", "shareholder", "role", "stake", "according_to"]
    assert same(answer, SHAREHOLDERS)
    assert same(rows(store, "06-shareholders-of-a-firm", firm="id:agibot"), SHAREHOLDERS)
    assert rows(store, "06-shareholders-of-a-firm", firm="id:lg-electronics") == []


def test_07_five_year_plans(store):
    variables, answer = run(store, "07-five-year-plans")
    assert variables == ["plan", "start", "end"]
    assert answer == PLANS  # earliest first


def test_08_where_the_forum_was(store):
    variables, answer = run(store, "08-where-the-forum-was")
    assert variables == ["place", "kind"]
    assert answer == FORUM_PLACES  # from the venue up to the country
    assert rows(store, "08-where-the-forum-was", event="id:state-visit-of-lee-jae-myung-to-shanghai") == [
        ("Shanghai", "city"), ("China", "country"),
    ]


def test_09_wikidata_items(store):
    variables, answer = run(store, "09-wikidata-items")
    assert variables == ["entity", "wikidata"]
    assert same(answer, WIKIDATA)


def test_10_what_a_source_says(store):
    variables, answer = run(store, "10-what-a-source-says", source="src:article-915b299cea7c4f91")
    assert variables == ["subject", "relation", "object", "role", "sector", "start", "end", "confidence"]
    assert same(answer, ARTICLE_SAYS)
    assert [row[5:7] for row in answer] == [row[5:7] for row in ARTICLE_SAYS]
    assert same(rows(store, "10-what-a-source-says"), ARTICLE_SAYS)
    assert rows(store, "10-what-a-source-says", source=f"<{ARTICLE}-other>") == []


def test_11_implied_facts(store):
    variables, answer = run(store, "11-implied-facts")
    assert variables == ["subject", "relation", "object", "confidence"]
    assert same(answer, IMPLIED_FACTS)


# ------------------------------------------------------------------------- with decoys


def test_each_question_leaves_out_what_does_not_answer_it(mixed):
    assert same(rows(mixed, "01-korean-investors-in-chinese-firms"), KOREAN_INVESTORS)
    assert rows(mixed, "02-china-korea-trade-2025") == TRADE_2025
    assert rows(mixed, "03-events-of-a-person") == LEE_EVENTS
    assert same(rows(mixed, "04-sectors-where-china-leads"), SECTORS)
    assert same(rows(mixed, "06-shareholders-of-a-firm", firm="id:agibot"), SHAREHOLDERS)
    assert rows(mixed, "07-five-year-plans") == PLANS
    assert rows(mixed, "08-where-the-forum-was") == FORUM_PLACES
    assert same(rows(mixed, "09-wikidata-items"), WIKIDATA)
    assert same(rows(mixed, "10-what-a-source-says", source="src:article-915b299cea7c4f91"), ARTICLE_SAYS)
    assert same(rows(mixed, "11-implied-facts"), IMPLIED_FACTS)


def test_questions_over_every_source_see_the_decoys(mixed):
    assert same(rows(mixed, "06-shareholders-of-a-firm"), SHAREHOLDERS + [("K Firm", "K Fund", None, D("12.5"), None)])
    assert same(rows(mixed, "05-facts-with-sources"), FACTS_WITH_SOURCES + [
        ("K Fund", "holds a stake in", "K Firm", "Decoys", "2025-06"),
        ("China", "competes with", "South Korea", "Decoys", "2025-06"),
        ("China", "exports to", "South Korea", "Decoys", "2025-06"),
    ])
    decoys = [
        ("K Fund", "holds a stake in", "K Firm", None, None, D(0), D(10), ONE),
        ("China", "competes with", "South Korea", None, "shipbuilding", D(10), D(20), ONE),
        ("China", "exports to", "South Korea", None, None, D(20), D(30), ONE),
    ]
    assert rows(mixed, "10-what-a-source-says", source="src:decoys") == decoys
    assert same(rows(mixed, "10-what-a-source-says"), ARTICLE_SAYS + decoys)
