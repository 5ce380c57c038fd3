"""kg.extract.store_io.known_entities against a plain reading of its rules, on generated
stores: names in several graphs, names two entities share (under case and legal-form
variants), entities of several classes, and merged entities."""

from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.extract.store_io import known_entities
from kg.ingest.resolve import name_pieces
from kg.ingest.normalize import name_key
from kg.namespaces import KG
from kg.ontology import load_ontology
from kg.resolution.judgements import canonical_map, merge, read_judgements
from kg.store import open_store

ID = "https://w3id.org/kg/id/"
SRC = "https://w3id.org/kg/source/"
ONTOLOGY = load_ontology()
# Variants under one key (case, legal form) and plenty of names held once.
NAMES = ["Acme", "ACME Inc.", "Blue Fund", "blue fund", "Delta Ltd", "Delta", *(f"Name {n}" for n in range(60))]
CLASSES = [KG.Company, KG.InvestmentFirm, KG.Country, KG.Organization, KG.Person, KG.Policy]


pytestmark = pytest.mark.usefixtures("own_cache")


def _reference(store) -> list[tuple]:
    """The rules, read slowly from the same name pieces (their order decides which name
    is the label): the deepest class by Ontology.most_specific; names in piece order,
    labels before aliases, a merged entity's under its canonical IRI; a name whose key two
    entities hold is nobody's."""
    pieces = [piece for _, piece in name_pieces(store)]
    entity_classes = {str(c.iri) for c in ONTOLOGY.entity_classes()}
    types: dict[str, set] = {}
    for piece in pieces:
        flat = piece["types"]
        for n in range(0, len(flat), 2):
            if flat[n + 1] in entity_classes:
                types.setdefault(flat[n], set()).add(URIRef(flat[n + 1]))
    classes = {e: ONTOLOGY.most_specific(t).name for e, t in types.items()}
    canonical = canonical_map(read_judgements(store))
    names: dict[str, list[str]] = {e: [] for e in classes if e not in canonical}
    for section in ("labels", "aliases"):
        for piece in pieces:
            flat = piece[section]
            for n in range(0, len(flat), 2):
                entity = canonical.get(flat[n], flat[n])
                if entity in names and flat[n + 1] not in names[entity]:
                    names[entity].append(flat[n + 1])
    holders: dict[str, set] = {}
    for entity, held in names.items():
        for name in held:
            holders.setdefault(name_key(name), set()).add(entity)
    expected = []
    for entity, held in names.items():
        usable = tuple(n for n in held if holders[name_key(n)] == {entity})
        if usable:
            expected.append((entity, held[0], classes[entity], usable))
    return expected


@pytest.mark.parametrize("seed", range(8))
def test_known_entities_follow_the_rules(tmp_path, seed):
    rng = random.Random(seed)
    entities = [URIRef(f"{ID}e{n}") for n in range(9)]
    graphs = [None, URIRef(SRC + "a"), URIRef(SRC + "b")]
    quads = []
    for _ in range(60):
        e, g = rng.choice(entities), rng.choice(graphs)
        quads.append(rng.choice([
            (e, RDF.type, rng.choice(CLASSES)), (e, RDFS.label, Literal(rng.choice(NAMES))),
            (e, SKOS.altLabel, Literal(rng.choice(NAMES))),
        ]) + (g,))
    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        store.add(quads)
        if seed % 2:
            a, b = rng.sample(entities, 2)
            merge(store, str(a), str(b), who="test", now="2026-12-03T00:00:00Z")
        got = sorted((k.iri, k.label, k.cls, k.names) for k in known_entities(store, ONTOLOGY))
        assert got == sorted(_reference(store))
        assert got  # the generated stores know somebody
