"""The curated seed graph (data/seed/seed.trig).

With the shared data (``../shared`` or ``$KG_SHARED``), every fact of seed/seed-gold.yaml is checked
one by one: the entity with its class and aliases, the direct triple, and a statement node
with the relation's statement class, the source, evidence inside the article and every
qualifier of the gold with its exact value. Without it, the structure of the graph
is still checked: one named graph, a described source, complete statements, a statement
for every direct relation, and what the seed says beyond the gold.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from shared_data import needs_shared, shared_path

from kg.formats import get_format
from kg.graph import KnowledgeGraph
from kg.namespaces import ID, KG, STMT, WD
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed" / "seed.trig"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
GOLD_FILE = shared_path("seed", "seed-gold.yaml")
HAVE_SHARED = GOLD_FILE.is_file()
# The gold and the article live outside the repository; the tests that read them skip
# cleanly without it, and the structural tests below still run.
needs_gold = needs_shared("seed", "seed-gold.yaml")

ARTICLE_ID = "article-915b299cea7c4f91"
SOURCE = URIRef(f"https://w3id.org/kg/source/{ARTICLE_ID}")
STATEMENT_BASE = f"{STMT}{ARTICLE_ID}/"
INSTITUTE = ID["research-institute-specializing-in-south-korean-policies"]
THINK_TANKS = ID["south-korean-think-tanks"]
WIFE = ID["wife-of-lee-jae-myung"]
LEE = ID["lee-jae-myung"]
STATE_VISIT = ID["state-visit-of-lee-jae-myung-to-shanghai"]


def _gold_document() -> dict:
    if not HAVE_SHARED:
        return {"entities": [], "relations": []}
    return yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))["documents"][0]


GOLD = _gold_document()


def _article_text() -> str:
    return (GOLD_FILE.parent / GOLD["file"]).read_text(encoding="utf-8")


# ------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def store():
    opened = open_store("memory:")
    opened.load(SEED, get_format("trig"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY, format="turtle")
    return graph


def values(store, subject, predicate) -> set:
    return {o for _, _, o, _ in store.quads(subject, predicate, None)}


def one(store, subject, predicate):
    found = values(store, subject, predicate)
    assert len(found) == 1, f"{subject} {predicate}: {sorted(map(str, found))}"
    return found.pop()


def slug(name: str) -> str:
    """NFKD to ASCII, lowercase, every run of non-alphanumerics one hyphen, trimmed."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def entity(store, name: str) -> URIRef:
    """The one entity with *name* as its label or an alias."""
    found = {s for s, _, _, _ in store.quads(None, RDFS.label, Literal(name))}
    found |= {s for s, _, _, _ in store.quads(None, SKOS.altLabel, Literal(name))}
    assert len(found) == 1, f"{name!r} names {len(found)} entities"
    return found.pop()


def statement_nodes(store) -> set:
    """Anything that looks like a statement: an IRI under stmt:, or a node with any of
    kg:subject / kg:relation / kg:object (so an incomplete one is found too)."""
    nodes = {s for s, _, _, _ in store.quads() if str(s).startswith(str(STMT))}
    for prop in (KG.subject, KG.relation, KG.object):
        nodes |= {s for s, _, _, _ in store.quads(None, prop, None)}
    return nodes


def find_statement(store, subject, relation, obj, sector=None) -> URIRef:
    found = [
        st
        for st, _, _, _ in store.quads(None, KG.subject, subject)
        if values(store, st, KG.relation) == {relation} and values(store, st, KG.object) == {obj}
        and (sector is None or values(store, st, KG.sector) == {sector})
    ]
    assert len(found) == 1, f"{len(found)} statements of {subject} {relation} {obj} {sector or ''}"
    return found[0]


def subclass_closure(ontology: Graph, cls: URIRef) -> set:
    return set(ontology.transitive_subjects(RDFS.subClassOf, cls))


# ------------------------------------------------------------------------- the gold


def gold_qualifiers(relation: dict) -> dict:
    """The relation's qualifiers as the gold means them.

    A YAML flow mapping ends a value at a comma: ``{note: A, B, C}`` reads as ``note: A``
    plus keys ``B`` and ``C`` without values. Such keys continue the preceding value.
    """
    merged: dict = {}
    last = None
    for key, value in (relation.get("qualifiers") or {}).items():
        if value is None and last is not None:
            merged[last] = f"{merged[last]}, {key}"
        else:
            merged[key] = value
            last = key
    return merged


def relation_id(relation: dict) -> str:
    sector = gold_qualifiers(relation).get("sector")
    tail = f" ({sector})" if sector else ""
    return f"{relation['subject']} {relation['predicate']} {relation['object']}{tail}"


DECIMALS = {
    "amount": KG.amount,
    "amount_usd": KG.amountUSD,
    "growth_percent": KG.growthPercent,
    "share_of_total_percent": KG.shareOfTotalPercent,
    "stake_percent": KG.stakePercent,
}
STRINGS = {"currency": KG.currency, "role": KG.role, "note": KG.note, "round": KG.round}


def date_literal(value) -> Literal:
    """A gold date as kg writes it: typed by its precision."""
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(text)]
    return Literal(text, datatype=datatype)


def check_qualifier(store, statement, name: str, value) -> None:
    if name in DECIMALS:
        got = one(store, statement, DECIMALS[name])
        assert got.datatype == XSD.decimal, name
        assert Decimal(str(got)) == Decimal(str(value)), name
    elif name in STRINGS:
        got = one(store, statement, STRINGS[name])
        assert got == Literal(str(value)), name  # a plain string, exactly the gold's
    elif name == "sector":
        assert one(store, statement, KG.sector) == entity(store, value)
    elif name == "date" and "/" in str(value):
        start, end = str(value).split("/")
        assert one(store, statement, KG.start) == date_literal(start)
        assert one(store, statement, KG.end) == date_literal(end)
        assert values(store, statement, KG.date) == set()
    elif name == "date":
        assert one(store, statement, KG.date) == date_literal(value)
    else:
        pytest.fail(f"qualifier {name!r} of the gold has no kg property in this test")


def names_of(store, node) -> set[str]:
    return {str(v) for v in values(store, node, RDFS.label) | values(store, node, SKOS.altLabel)}


@needs_gold
@pytest.mark.parametrize("gold_entity", GOLD["entities"], ids=lambda e: e["name"])
def test_gold_entity(store, gold_entity):
    iri = entity(store, gold_entity["name"])
    assert iri == ID[slug(gold_entity["name"])]
    assert KG[gold_entity["type"]] in values(store, iri, RDF.type)
    assert values(store, iri, RDFS.label) == {Literal(gold_entity["name"])}
    assert {Literal(alias) for alias in gold_entity["aliases"]} <= values(store, iri, SKOS.altLabel)


@needs_gold
@pytest.mark.parametrize("relation", GOLD["relations"], ids=relation_id)
def test_gold_relation(store, ontology, relation):
    prop = KG[camel(relation["predicate"])]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology, f"{prop} is not in kg.ttl"
    statement_class = ontology.value(prop, KG.statementClass)
    subject, obj = entity(store, relation["subject"]), entity(store, relation["object"])
    qualifiers = gold_qualifiers(relation)

    assert list(store.quads(subject, prop, obj, SOURCE)), "direct triple missing"
    sector = entity(store, qualifiers["sector"]) if "sector" in qualifiers else None
    statement = find_statement(store, subject, prop, obj, sector)
    assert str(statement).startswith(STATEMENT_BASE)
    assert statement_class in values(store, statement, RDF.type)
    assert values(store, statement, PROV.wasDerivedFrom) == {SOURCE}
    if relation.get("implied"):
        assert values(store, statement, KG.implied) == {Literal(True)}
        assert one(store, statement, KG.confidence) == Literal(Decimal("0.9"))
    else:
        assert values(store, statement, KG.implied) == set()
        assert one(store, statement, KG.confidence) == Literal(Decimal("1.0"))

    text = _article_text()
    start, end = one(store, statement, KG.evidenceStart), one(store, statement, KG.evidenceEnd)
    assert start.datatype == end.datatype == XSD.integer
    assert 0 <= int(start) < int(end) <= len(text)
    evidence = text[int(start) : int(end)]
    # The evidence names the subject or the object, or states one of the qualifiers.
    anchors = names_of(store, subject) | names_of(store, obj)
    anchors |= {str(v) for v in qualifiers.values() if isinstance(v, (int, float))}
    assert any(anchor in evidence for anchor in anchors), evidence

    for name, value in qualifiers.items():
        check_qualifier(store, statement, name, value)


@needs_gold
def test_every_gold_entity_and_relation_is_tested():
    assert len(GOLD["entities"]) == 20
    assert len(GOLD["relations"]) == 23


@needs_gold
def test_content_hash_is_the_article_s(store):
    digest = hashlib.sha256((GOLD_FILE.parent / GOLD["file"]).read_bytes()).hexdigest()
    assert one(store, SOURCE, KG.contentHash) == Literal(f"sha256:{digest}")
    assert one(store, SOURCE, DCTERMS.identifier) == Literal(GOLD["file"])
    assert one(store, SOURCE, DCTERMS.issued) == date_literal(GOLD["publication_date"])


@needs_gold
def test_every_evidence_span_is_whole_sentences(store):
    text = _article_text()
    for statement in statement_nodes(store):
        start = int(one(store, statement, KG.evidenceStart))
        end = int(one(store, statement, KG.evidenceEnd))
        assert 0 <= start < end <= len(text), statement
        assert start == 0 or text[start - 2 : start] in (". ", ".\n", ":\n", ", "), (statement, text[start - 2 : start])
        assert text[end - 1] in ".\u201d" or text[start:end].endswith("Lee Jae-myung"), (statement, text[end - 5 : end])


@needs_gold
def test_the_shareholdings_rest_on_the_robot_s_announcement(store):
    text = _article_text()
    stakes = [find_statement(store, ID[holder], KG.holdsStakeIn, ID.agibot) for holder in ("lg-electronics", "mirae-asset-management")]
    spans = {(int(one(store, st, KG.evidenceStart)), int(one(store, st, KG.evidenceEnd))) for st in stakes}
    assert len(spans) == 1
    (start, end), = spans
    evidence = text[start:end]
    assert "LG Electronics" in evidence and "Mirae Asset Management" in evidence
    assert "strategic shareholders" in evidence


@needs_gold
def test_no_run_of_eight_words_of_the_article_is_in_the_seed():
    words = re.findall(r"\w+", _article_text().lower())
    seed = " " + " ".join(re.findall(r"\w+", SEED.read_text(encoding="utf-8").lower())) + " "
    runs = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    assert len(runs) > 400
    assert sorted(run for run in runs if f" {run} " in seed) == []


# ------------------------------------------------------------------------- structure


def test_the_seed_is_one_named_graph(store):
    assert store.graphs() == [SOURCE]
    graphs = {g for *_, g in store.quads()}
    assert graphs == {SOURCE}, "every quad belongs to the article's graph, none to the default graph"


def test_the_source_is_described_with_prov(store):
    assert values(store, SOURCE, RDF.type) == {KG.Source, PROV.Entity}
    assert len(str(one(store, SOURCE, DCTERMS.title))) > 20
    assert one(store, SOURCE, DCTERMS.identifier) == Literal("000_915b299cea7c4f91.txt")
    assert one(store, SOURCE, DCTERMS.issued) == Literal("2026-01", datatype=XSD.gYearMonth)
    assert one(store, SOURCE, DCTERMS.language) == Literal("en")
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", str(one(store, SOURCE, KG.contentHash)))
    assert one(store, SOURCE, KG.extractor) == Literal("curated by hand")
    assert one(store, SOURCE, KG.extractorVersion) == Literal("1")
    generated = one(store, SOURCE, PROV.generatedAtTime)
    assert generated.datatype == XSD.dateTime and str(generated).startswith("2026-11-28T")


def test_counts(store):
    assert len(store) == 405
    entities = {s for s, _, _, _ in store.quads(None, RDF.type, None) if str(s).startswith(str(ID))}
    assert len(entities) == 21
    assert len(statement_nodes(store)) == 28
    direct = [
        (s, p, o) for s, p, o, _ in store.quads()
        if str(s).startswith(str(ID)) and str(o).startswith(str(ID)) and str(p).startswith(str(KG))
    ]
    assert len(direct) == 25


def test_every_entity_has_one_class_and_one_plain_label(store, ontology):
    entity_classes = subclass_closure(ontology, KG.Entity)
    for s, _, _, _ in store.quads(None, RDF.type, None):
        if not str(s).startswith(str(ID)):
            continue
        classes = values(store, s, RDF.type)
        assert len(classes) == 1 and classes <= entity_classes, (s, classes)
        label = one(store, s, RDFS.label)
        assert label.language is None and label.datatype is None, s
        assert all(alias.language is None and alias.datatype is None for alias in values(store, s, SKOS.altLabel)), s


def test_wikidata_links_only_where_sure(store):
    expected = {"china": "Q148", "south-korea": "Q884", "united-states": "Q30", "shanghai": "Q8686", "asean": "Q7768"}
    links = {(s, o) for s, _, o, _ in store.quads(None, KG.wikidata, None)}
    assert links == {(ID[name], WD[item]) for name, item in expected.items()}
    assert {(s, o) for s, _, o, _ in store.quads(None, OWL.sameAs, None)} == links


def test_every_statement_is_complete_and_typed(store, ontology):
    statement_classes = subclass_closure(ontology, KG.Statement) - {KG.Statement}
    for st in statement_nodes(store):
        assert str(st).startswith(STATEMENT_BASE), st
        subject, relation, obj = one(store, st, KG.subject), one(store, st, KG.relation), one(store, st, KG.object)
        assert one(store, st, PROV.wasDerivedFrom) == SOURCE, st
        declared = ontology.value(relation, KG.statementClass)
        assert declared in statement_classes, (st, relation)
        assert values(store, st, RDF.type) == {declared}, st
        assert list(store.quads(subject, relation, obj, SOURCE)), f"{st} has no direct triple"
        start, end = one(store, st, KG.evidenceStart), one(store, st, KG.evidenceEnd)
        assert start.datatype == end.datatype == XSD.integer and 0 <= int(start) < int(end), st
        confidence = one(store, st, KG.confidence)
        implied = frozenset(values(store, st, KG.implied))
        assert (Decimal(str(confidence)), implied) in {
            (Decimal("1.0"), frozenset()), (Decimal("0.9"), frozenset({Literal(True)}))
        }, st


def test_every_direct_relation_has_a_statement_and_fits_its_domain_and_range(store, ontology):
    described = {
        (one(store, st, KG.subject), one(store, st, KG.relation), one(store, st, KG.object))
        for st in statement_nodes(store)
    }
    direct = [
        (s, p, o) for s, p, o, _ in store.quads()
        if str(s).startswith(str(ID)) and str(o).startswith(str(ID)) and str(p).startswith(str(KG))
    ]
    assert direct
    for s, p, o in direct:
        assert (s, p, o) in described, (s, p, o)
        assert subclass_closure(ontology, ontology.value(p, RDFS.domain)) & values(store, s, RDF.type), (s, p)
        assert subclass_closure(ontology, ontology.value(p, RDFS.range)) & values(store, o, RDF.type), (p, o)


def test_the_wife_of_lee_jae_myung(store):
    assert values(store, WIFE, RDF.type) == {KG.Person}
    assert one(store, WIFE, RDFS.label) == Literal("wife of Lee Jae-myung")
    assert "not name" in str(one(store, WIFE, RDFS.comment))
    # spouseOf is symmetric: one direct triple, one kinship statement.
    assert {(s, o) for s, _, o, _ in store.quads(None, KG.spouseOf, None)} == {(WIFE, LEE)}
    assert KG.Kinship in values(store, find_statement(store, WIFE, KG.spouseOf, LEE), RDF.type)
    for who in (WIFE, LEE):
        visit = find_statement(store, who, KG.visits, ID.shanghai)
        assert one(store, visit, KG.date) == Literal("2026-01", datatype=XSD.gYearMonth)
        trip = find_statement(store, who, KG.participatesIn, STATE_VISIT)
        assert one(store, trip, KG.date) == Literal("2026-01", datatype=XSD.gYearMonth)


def test_the_state_visit(store):
    assert values(store, STATE_VISIT, RDF.type) == {KG.Event}
    assert {(s, o) for s, _, o, _ in store.quads(None, KG.participatesIn, STATE_VISIT)} == {(LEE, STATE_VISIT), (WIFE, STATE_VISIT)}
    assert values(store, STATE_VISIT, KG.eventHeldAt) == {ID.shanghai}
    held = find_statement(store, STATE_VISIT, KG.eventHeldAt, ID.shanghai)
    assert one(store, held, KG.date) == Literal("2026-01", datatype=XSD.gYearMonth)


def test_who_makes_each_claim(store):
    claims = {}
    for st, _, who, _ in store.quads(None, KG.accordingTo, None):
        claims.setdefault(who, set()).add(
            (one(store, st, KG.subject), one(store, st, KG.relation), one(store, st, KG.object), values(store, st, KG.sector).pop() if values(store, st, KG.sector) else None)
        )
    assert claims == {
        THINK_TANKS: {(ID["south-korea"], KG.tradesWith, ID.china, None)},
        INSTITUTE: {
            (ID.china, KG.competesWith, ID["south-korea"], ID[sector])
            for sector in ("robotics", "autonomous-driving", "electric-vehicles", "semiconductors")
        },
        ID.agibot: {
            (ID["lg-electronics"], KG.holdsStakeIn, ID.agibot, None),
            (ID["mirae-asset-management"], KG.holdsStakeIn, ID.agibot, None),
        },
    }


def test_china_leads_in_every_compared_sector(store):
    comparisons = [st for st, _, _, _ in store.quads(None, KG.relation, KG.competesWith)]
    assert len(comparisons) == 4
    assert all(values(store, st, KG.leader) == {ID.china} for st in comparisons)
    notes = {one(store, st, KG.sector): str(one(store, st, KG.note)) for st in comparisons}
    assert [notes[ID[s]] for s in ("robotics", "autonomous-driving", "electric-vehicles")] == ["China has overtaken South Korea"] * 3
    assert notes[ID.semiconductors].startswith("China leads in R&D") and "South Korea leads in" in notes[ID.semiconductors]


def test_seed_conforms_to_the_shapes(store):
    report = KnowledgeGraph(store).validate()
    assert report.conforms, [str(v) for v in report.violations]
