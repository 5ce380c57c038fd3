"""Extraction meets the store: the entities it already knows, and a document's facts
written as one named graph with its provenance.

A document's graph is ``src:article-<hash>``, the hash of its URL, else its path, else its
content, so ingesting the same document again replaces its graph. The source is described
with PROV-O and Dublin Core (title, URL or path, publication date, content hash, time of
ingest, extractor and version); a page fetched from the web also keeps when it was
fetched (``kg:fetchedAt``), the HTTP status, the URL that answered after redirects
(``kg:retrievedFrom``) and the feed that listed it (``kg:feed``); each statement node carries its evidence offsets, a
confidence and the flags kg.ttl declares that the record gives (for facts the text implies,
``kg:implied true``). A candidate (a relation
:mod:`kg.extract.guard` found too unsure) is written as its statement node alone, with
``kg:candidate true``: no direct triple states it as a fact.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg._version import __version__
from kg.extract.documents import Document
from kg.extract.guard import is_candidate, mark_candidates, resolve_min_confidence
from kg.extract.pipeline import EXTRACTOR_NAME, KnownEntity
from kg.ids import entity_iri, source_iri, statement_iri
from kg.ingest.normalize import name_key
from kg.ingest.resolve import name_pieces
from kg.namespaces import KG
from kg.ontology import Ontology, camel_to_snake, snake_to_camel
from kg.resolution.judgements import canonical_map, read_judgements
from kg.store import Store, install_ontology

__all__ = ["document_quads", "document_source", "extraction_processes", "ingest_documents", "ingested_hash", "known_entities"]

_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def extraction_processes(documents: int) -> int:
    """How many processes run spaCy's models over *documents* texts: kg's one default for
    extraction (:func:`kg.store.base.read_workers` is the one for reading a store).

    Two from eight documents on (1.7x on 2 cores); for fewer, starting the second process
    costs more than it saves.

    >>> extraction_processes(3), extraction_processes(8)
    (1, 2)
    """
    return 2 if documents >= 8 else 1


def known_entities(store, ontology: Ontology) -> list[KnownEntity]:
    """Every typed entity of the store with its label, aliases and most specific class
    (:meth:`kg.ontology.Ontology.most_specific`'s choice).

    A name two distinct entities share is left out of both: it cannot tell them apart, and
    extraction must never merge two known entities. Entities judged one (``kg merge``) are
    one known entity, the canonical one, with all their names. The names are read graph by
    graph and cached (:func:`kg.ingest.resolve.name_pieces`): after a write, only the graphs
    written are read again.
    """
    classes = {str(c.iri): c.name for c in ontology.entity_classes()}
    # The ontology's order, most specific first: the lowest rank is most_specific's pick.
    rank = {name: n for n, name in enumerate(classes.values())}
    pieces = name_pieces(store)
    best: dict[str, str] = {}
    for _, piece in pieces:
        flat = piece["types"]
        # The pieces' rows are flat (entity, type, entity, type...): paired by slices, in C.
        for entity, type_iri in zip(flat[0::2], flat[1::2]):
            name = classes.get(type_iri)
            if name is not None:
                held = best.get(entity)
                if held is None or rank[name] < rank[held]:
                    best[entity] = name
    # A merged entity's names are its cluster's canonical entity's (kg merge).
    canonical = canonical_map(read_judgements(store))
    names: dict[str, dict[str, None]] = {entity: {} for entity in best if entity not in canonical}
    for section in ("labels", "aliases"):
        for _, piece in pieces:
            flat = piece[section]
            for entity, name in zip(flat[0::2], flat[1::2]):
                if canonical:
                    entity = canonical.get(entity, entity)
                held = names.get(entity)
                if held is not None:
                    held[name] = None
    # A name's key -> the one entity holding it, or None when several do. The pieces carry
    # their names' keys (computed when each graph's piece was built).
    keys: dict[str, str] = {}
    for _, piece in pieces:
        flat = piece.get("keys", ())
        keys.update(zip(flat[0::2], flat[1::2]))
    owner: dict[str, str | None] = {}
    for entity, entity_names in names.items():
        for name in entity_names:
            key = keys.get(name)
            if key is None:
                key = keys[name] = name_key(name)
            found = owner.get(key, entity)
            owner[key] = entity if found == entity else None
    shared = {key for key, holder in owner.items() if holder is None}
    known = []
    for entity, entity_names in names.items():
        if len(entity_names) == 1:  # most entities: one name, the label
            (name,) = entity_names
            if keys[name] not in shared:
                known.append(KnownEntity(name, best[entity], (name,), entity))
        elif entity_names:
            usable = tuple(n for n in entity_names if keys[n] not in shared)
            if usable:
                known.append(KnownEntity(label=next(iter(entity_names)), cls=best[entity], names=usable, iri=entity))
    return known


def document_source(document: Document) -> URIRef:
    """The graph (and source IRI) of a document: the same for the same URL or path."""
    return _source(document.url or document.path or f"sha256:{document.sha256}")


def _source(identity: str) -> URIRef:
    return source_iri("article", hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16])


def ingested_hash(store, url: str) -> str | None:
    """The content hash (hex digits, no ``sha256:``) of the document ingested from *url*,
    or None when the store holds none."""
    rows = store.query(
        "SELECT ?hash WHERE { GRAPH ?g { ?g kg:contentHash ?hash } }", bindings={"g": _source(url)}
    ).rows
    return str(rows[0][0]).removeprefix("sha256:") if rows else None


def document_quads(document: Document, record: dict, ontology: Ontology, origin=None) -> list[tuple]:
    """The quads of one extracted document (a kg-eval/1 record), all in its own graph.

    A relation marked ``"candidate": true`` gets a statement node with ``kg:candidate true``
    and no direct triple. *origin* (a :class:`kg.ingest.web.WebOrigin`) describes a page
    fetched from the web.
    """
    source = document_source(document)
    quads: list[tuple] = []

    def add(s, p, o) -> None:
        quads.append((s, p, o, source))

    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    add(source, RDF.type, KG.Source)
    add(source, RDF.type, PROV.Entity)
    if document.title:
        add(source, DCTERMS.title, Literal(document.title))
    if document.url:
        add(source, DCTERMS.source, URIRef(document.url))
    if document.path:
        add(source, DCTERMS.identifier, Literal(document.path))
    if document.publication_date:
        add(source, DCTERMS.issued, _date_literal(document.publication_date))
    add(source, DCTERMS.language, Literal("en"))
    add(source, KG.contentHash, Literal(f"sha256:{document.sha256}"))
    add(source, PROV.generatedAtTime, Literal(now, datatype=XSD.dateTime))
    add(source, KG.extractor, Literal(EXTRACTOR_NAME))
    add(source, KG.extractorVersion, Literal(__version__))
    if origin is not None:
        fetched = origin.fetched_at.isoformat().replace("+00:00", "Z")
        add(source, KG.fetchedAt, Literal(fetched, datatype=XSD.dateTime))
        add(source, KG.httpStatus, Literal(int(origin.status)))
        if origin.final_url != origin.url:
            add(source, KG.retrievedFrom, URIRef(origin.final_url))
        if origin.feed:
            feed = origin.feed if "://" in origin.feed else Path(origin.feed).as_uri()
            add(source, KG.feed, URIRef(feed))

    iris: dict[str, URIRef] = {}
    for entity in record["entities"]:
        iri = URIRef(entity["iri"]) if entity.get("iri") else entity_iri(entity["name"])
        iris[entity["name"]] = iri
        # Each source states the type and label of what it names, known or new: replacing
        # this graph later must not leave an entity without them.
        add(iri, RDF.type, KG[entity["type"]])
        add(iri, RDFS.label, Literal(entity["name"]))
        for alias in entity.get("aliases", []):
            if alias != entity["name"]:
                add(iri, SKOS.altLabel, Literal(alias))

    statements = []
    for relation in record["relations"]:
        definition = ontology.relation(relation["predicate"])
        subject, obj = iris[relation["subject"]], iris[relation["object"]]
        statement = statement_iri(
            source, subject, definition.name, obj, sorted(relation.get("qualifiers", {}).items())
        )
        statements.append((relation, definition, subject, obj, statement))
    facts = {statement for relation, *_, statement in statements if not is_candidate(relation)}
    period = ontology.period_qualifiers()
    # A record marks a fact with a flag qualifier's snake_case name ("implied": true).
    flags = [(q.iri, camel_to_snake(q.name)) for q in ontology.flag_qualifiers()]

    for relation, definition, subject, obj, statement in statements:
        candidate = is_candidate(relation)
        if candidate and statement in facts:
            # The same fact, with the same qualifiers, also found with confidence enough: one
            # statement node cannot be both, and the fact is the better reading.
            continue
        if not candidate:
            add(subject, definition.iri, obj)
        add(statement, RDF.type, definition.statement_class)
        add(statement, KG.subject, subject)
        add(statement, KG.relation, definition.iri)
        add(statement, KG.object, obj)
        for name, value in relation.get("qualifiers", {}).items():
            qualifier = ontology.qualifiers.get(snake_to_camel(name))
            if qualifier is None or value is None:
                continue
            if period is not None and qualifier.display == "date" and "/" in str(value):
                # A period (2026/2030) is a start and an end.
                start_date, _, end_date = str(value).partition("/")
                add(statement, period[0].iri, _date_literal(start_date))
                add(statement, period[1].iri, _date_literal(end_date))
                continue
            add(statement, qualifier.iri, _qualifier_literal(qualifier, value, iris))
        start, end = relation.get("evidence", (None, None))
        if start is not None:
            add(statement, KG.evidenceStart, Literal(int(start)))
            add(statement, KG.evidenceEnd, Literal(int(end)))
        add(statement, KG.confidence, Literal(float(relation.get("confidence", 0.5))))
        for flag, key in flags:
            if relation.get(key):
                add(statement, flag, Literal(True))
        if candidate:
            add(statement, KG.candidate, Literal(True))
        add(statement, PROV.wasDerivedFrom, source)
    return quads


def _date_literal(text: str) -> Literal:
    text = str(text)
    return Literal(text, datatype=_DATE_TYPES[len(text)]) if len(text) in _DATE_TYPES else Literal(text)


def _qualifier_literal(qualifier, value, iris: dict[str, URIRef]):
    if qualifier.is_object:
        return iris.get(str(value)) or entity_iri(str(value))
    if str(qualifier.range) == str(XSD.decimal):
        return Literal(format(float(value), "f").rstrip("0").rstrip(".") or "0", datatype=XSD.decimal)
    if str(qualifier.range) == str(XSD.boolean):
        return Literal(bool(value))
    if qualifier.display == "date":
        return _date_literal(str(value))
    return Literal(str(value))


def _own_iris(store, source: URIRef, record: dict) -> dict:
    """*record* with an IRI of the document's own for each new entity whose usual IRI
    another source already gives an entity.

    The extractor links a name to a stored entity only when the name is that entity's
    alone; a name it left unlinked (two stored firms called "Mercury") must not join one of
    them all the same because both were named after it. The document's own IRI keeps the
    mention apart, and ``kg dedupe`` shows it beside the stored ones. Re-ingesting the
    document gives the same IRIs: its own graph is not counted as another source.
    """
    minted = {entity["name"]: str(entity_iri(entity["name"])) for entity in record["entities"] if not entity.get("iri")}
    if not minted:
        return record
    values = " ".join(f"<{iri}>" for iri in set(minted.values()))
    _, rows = store.select_rows(
        f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?e <{RDF.type}> ?t }} FILTER(?g != <{source}>) }}"
    )
    elsewhere = {row[0] for row in rows}
    for name, iri in minted.items():
        if iri in elsewhere and _sole_bearer(store, source, name) == iri:
            elsewhere.discard(iri)  # the one entity called exactly so: the same one
    if not elsewhere:
        return record
    suffix = hashlib.sha1(str(source).encode("utf-8")).hexdigest()[:8]
    entities = [
        {**entity, "iri": f"{minted[entity['name']]}-{suffix}"} if minted.get(entity["name"]) in elsewhere and not entity.get("iri") else entity
        for entity in record["entities"]
    ]
    return {**record, "entities": entities}


def _sole_bearer(store, source: URIRef, name: str) -> str | None:
    """The one entity other sources than *source* give *name* as label or alias, or None
    when none or several do."""
    bearers = store.query(
        f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e <{RDFS.label}>|<{SKOS.altLabel}> ?name }} FILTER(?g != ?own) }} LIMIT 2",
        bindings={"name": Literal(name), "own": source},
    ).rows
    return str(bearers[0][0]) if len(bearers) == 1 else None


def ingest_documents(
    store: Store, ontology: Ontology, documents: list[Document], extractor, progress=None, *,
    min_confidence: float | None = None, origins: Mapping[str, object] | None = None, check=None,
) -> list[dict]:
    """Extract each document and write it as its own graph of *store*, one transaction per
    document (a re-ingested document replaces its graph), with *ontology*'s own graph
    installed beside them. Returns one summary per document:
    ``relations`` counts the facts written, ``candidates`` the relations less sure than
    *min_confidence* (default: :func:`kg.extract.guard.default_min_confidence`), written
    as candidate statements only. *origins* gives, by URL, where fetched documents came
    from (see :func:`document_quads`). *check*, if given, is called with each document's
    graph and quads before they are written; when it returns False the document is not
    written (its summary says ``refused``)."""
    origins = origins or {}
    threshold = resolve_min_confidence(min_confidence)
    install_ontology(store, ontology)
    summaries = []
    records = extractor.extract_many(documents, processes=extraction_processes(len(documents)))
    for number, (document, record) in enumerate(zip(documents, records), 1):
        record = mark_candidates(record, min_confidence=threshold)
        source = document_source(document)
        written = 0
        refused = False
        if not document.warning:
            record = _own_iris(store, source, record)
            quads = list(document_quads(document, record, ontology, origins.get(document.url or "")))
            refused = check is not None and not check(source, quads)
            if not refused:
                written = store.replace_graph(source, quads)
        candidates = sum(1 for relation in record["relations"] if is_candidate(relation))
        summaries.append({
            "document": document.id, "source": str(source), "entities": len(record["entities"]),
            "relations": len(record["relations"]) - candidates, "candidates": candidates,
            "quads": written, "warning": document.warning, "refused": refused,
        })
        if progress is not None:
            progress(number, len(documents))
    return summaries
