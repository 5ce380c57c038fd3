"""kg.extract.store_io.known_entities against a plain reading of its rules, on generated
stores: names in several graphs, names two entities share (under case and legal-form
variants), entities of several classes, and merged entities."""

from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.extract.store_io import known_entities
from kg.ingest.normalize import name_key
from kg.ingest.resolve import name_pieces
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


# Names of every kind name_key treats differently: legal forms, "the", case, punctuation,
# junk (no letter, placeholders, unreadable), and non-Latin scripts.
KEYED = ["Acme", "ACME Inc.", "The Acme Co., Ltd.", "Blue & Green", "????", "N/A", "-", "123", "株式会社 Kiwi",
         "???? Co., Ltd.", "Ｆｕｌｌｗｉｄｔｈ", "Straße AG", "  spaced   name  "]


def _keyed_store(path):
    quads = []
    for n, name in enumerate(KEYED):
        entity = URIRef(f"{ID}k{n}")
        graph = URIRef(SRC + ("a" if n % 2 else "b"))
        quads += [(entity, RDF.type, KG.Company, graph), (entity, RDFS.label if n % 3 else SKOS.altLabel, Literal(name), graph)]
    store = open_store(f"oxigraph:{path}")
    store.add(quads)
    return store


def _fresh_keys(names: list[str]) -> dict[str, str]:
    """name_key of *names* in a new interpreter, which has learnt no key from any piece."""
    import json
    import subprocess
    import sys

    code = "import json, sys\nfrom kg.ingest.normalize import name_key\n" \
           "print(json.dumps({n: name_key(n) for n in json.loads(sys.stdin.read())}))"
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(names), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_name_pieces_carry_each_names_key(tmp_path):
    with _keyed_store(tmp_path / "store") as store:
        pieces = name_pieces(store)
    keyed: dict[str, str] = {}
    for _, piece in pieces:
        flat = piece["keys"]
        names = dict.fromkeys([*piece["labels"][1::2], *piece["aliases"][1::2]])
        assert flat[0::2] == list(names)  # each name of the piece once, in its order
        keyed.update(zip(flat[0::2], flat[1::2]))
    assert keyed == _fresh_keys(KEYED)
    assert keyed["????"].startswith("#") and not keyed["Acme"].startswith("#")


def test_a_new_process_takes_the_keys_from_the_pieces(tmp_path):
    import os
    import subprocess
    import sys

    with _keyed_store(tmp_path / "store") as store:
        name_pieces(store)  # cached on disk
    # In a new process, once the pieces are read, no name of the store is keyed again:
    # normalising text fails there, and every key and verdict still comes out right.
    code = (
        "import json, sys\nimport kg.ingest.normalize as normalize\nfrom kg.ingest.resolve import name_pieces\n"
        "from kg.store import open_store\n"
        f"store = open_store('oxigraph:{tmp_path / 'store'}', read_only=True)\nname_pieces(store)\n"
        "def refuse(text):\n    raise AssertionError('keyed again: ' + text)\n"
        "normalize._words = refuse\n"
        f"names = {KEYED!r}\n"
        "print(json.dumps([{n: normalize.name_key(n) for n in names}, [normalize.is_meaningful_name(n) for n in names]]))"
    )
    env = {**os.environ, "KG_CACHE_DIR": os.environ["KG_CACHE_DIR"]}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-1500:]
    import json

    keys, meaningful = json.loads(done.stdout)
    assert keys == _fresh_keys(KEYED)
    assert meaningful == [not keys[n].startswith("#") for n in KEYED]


def test_pieces_keyed_under_another_normalisation_are_built_again(tmp_path, monkeypatch):
    import kg.ingest.resolve as resolve
    from kg.store.pieces import ACTIVITY, forget_pieces

    with _keyed_store(tmp_path / "store") as store:
        name_pieces(store)
        forget_pieces()
        ACTIVITY.reset()
        name_pieces(store)
        assert [kind for kind, _ in ACTIVITY.built] == []  # read back from disk
        # names.yaml or the normalising code changed: the digest differs, and no piece
        # keyed the old way is used.
        monkeypatch.setattr(resolve, "normalisation_digest", lambda: "another normalisation")
        forget_pieces()
        ACTIVITY.reset()
        name_pieces(store)
        assert sorted(graph for kind, graph in ACTIVITY.built if kind == "names") == [SRC + "a", SRC + "b"]


def test_the_normalisation_digest_follows_names_yaml(tmp_path, monkeypatch):
    import shutil

    import kg.ingest.normalize as normalize
    from kg.resources import resource_dir

    before = normalize.normalisation_digest()
    data = tmp_path / "data"
    shutil.copytree(resource_dir("data"), data)
    with open(data / "reference" / "names.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# one more line\n")
    monkeypatch.setattr(normalize, "resource_dir", lambda name: data if name == "data" else resource_dir(name))
    normalize.normalisation_digest.cache_clear()
    try:
        assert normalize.normalisation_digest() != before
    finally:
        normalize.normalisation_digest.cache_clear()
