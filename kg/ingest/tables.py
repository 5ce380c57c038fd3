"""Tables in: CSV or JSON rows mapped to entities, relations and qualifiers by a YAML mapping.

A mapping is data, checked when it is read; an error names the key at fault::

    name: crunchbase-investments          # the source's key: graph src:table-<name>
    title: Crunchbase investments, 2013   # dcterms:title of the source
    description: what the numbers mean
    origin: https://...                   # optional: where the table came from
    format: csv                           # optional: csv, json or jsonl (default: extension)
    delimiter: ","                        # optional: sniffed when absent
    encoding: utf-8                       # optional: utf-8, falling back to latin-1
    entities:
      investor: {name: {column: investor_name}, class: InvestmentFirm, guess_class: true}
      company:  {name: {column: company_name}, class: Company, id: {column: permalink}}
    relations:
      - subject: investor
        relation: invests_in              # a relation of the ontology
        object: company
        qualifiers:                       # qualifier properties of the ontology
          roundSize: {column: amount_usd}
          currency: {value: USD}
          date: {column: funded_when}

A value is ``{column: C}`` or ``{value: V}``, with ``scale: N`` for numbers given in
thousands or millions. An entity's optional ``id: {column: C}`` names the column that
identifies it: a row with an id there is a curated entity, one per id (its IRI is the
table's and the id's, ``id:<table>.<id>``), never joined by name to any other entity
(issue 15: curated entities are not merged automatically); a row whose id cell is empty
is known by its name like any other. Every key is checked for its type too (a list where a name is due,
``delimiter: 5``, ``scale: .inf`` are errors naming the key). Inputs are bounded: a mapping
of at most 1 MB (read by :func:`kg.resources.read_yaml`, which refuses alias bombs and deep
nesting), a table of at most :data:`MAX_TABLE_BYTES`, both regular files (not a FIFO or a
device), a CSV field of at most 128 KB and JSON nested at most a few hundred levels. Each table becomes one named graph, written in one transaction:
a bad mapping or an unreadable file writes nothing, and importing the same table again
replaces its graph.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import math
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg._version import __version__
from kg.errors import IngestError, KGError
from kg.ids import slugify, source_iri, statement_iri
from kg.ingest.normalize import (
    guess_class,
    is_meaningful_name,
    name_key,
    parse_date,
    parse_number,
)
from kg.ingest.resolve import Resolved, Resolver
from kg.namespaces import ID, KG
from kg.ontology import Ontology, load_ontology
from kg.resources import read_yaml
from kg.safe_io import read_capped_bytes
from kg.store import Store, install_ontology

__all__ = ["MAX_TABLE_BYTES", "ImportReport", "Mapping", "import_table", "read_mapping"]

#: The largest table file read: it is held in memory whole, with its rows, several times over.
MAX_TABLE_BYTES = 1024 * 1024 * 1024
_MAX_MAPPING_BYTES = 1024 * 1024
_FORMATS = ("csv", "json", "jsonl")

_TOP_KEYS = {"name", "title", "description", "origin", "format", "delimiter", "encoding", "entities", "relations"}
_VALUE_KEYS = {"column", "value", "scale"}
_NUMERIC = {str(XSD.decimal), str(XSD.integer), str(XSD.double)}
_DATE_PRECISION = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


@dataclass
class Mapping:
    """A checked mapping (see the module docstring)."""

    name: str
    title: str
    description: str
    origin: str | None
    format: str | None
    delimiter: str | None
    encoding: str | None
    entities: dict[str, dict]
    relations: list[dict]
    source: str = "mapping"


@dataclass
class ImportReport:
    """What an import did."""

    source: str
    rows: int = 0
    skipped: Counter = field(default_factory=Counter)
    entities_created: int = 0
    entities_reused: int = 0
    statements: int = 0
    quads: int = 0
    seconds: float = 0.0


def _fail(where: str, message: str) -> IngestError:
    return IngestError(f"{where}: {message}")


def _scalar(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) or hasattr(value, "isoformat")


def _check_value(where: str, spec) -> dict:
    if not isinstance(spec, dict) or not ({"column", "value"} & spec.keys()):
        raise _fail(where, "give {column: NAME} or {value: VALUE}")
    unknown = set(spec) - _VALUE_KEYS
    if unknown:
        raise _fail(where, f"unknown key '{min(unknown)}' (use column, value, scale)")
    if "column" in spec and not isinstance(spec["column"], (str, int)):
        raise _fail(f"{where}.column", "a column is named by a string")
    if "value" in spec and not (_scalar(spec["value"]) or isinstance(spec["value"], bool)):
        raise _fail(f"{where}.value", "a value is a string or a number, not a list or a dictionary")
    if "scale" in spec:
        scale = spec["scale"]
        if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not math.isfinite(scale) or scale == 0:
            raise _fail(f"{where}.scale", "scale must be a finite number other than 0")
    return spec


def _check_top(where: str, data: dict) -> None:
    """The types of the top-level keys (their presence is checked by the caller)."""
    for key in ("name", "title", "description", "origin"):
        if key in data and data[key] is not None and not _scalar(data[key]):
            raise _fail(where, f"'{key}' is a string, not a {type(data[key]).__name__}")
    if data.get("format") is not None and data["format"] not in _FORMATS:
        raise _fail(where, f"'format' is one of {', '.join(_FORMATS)}")
    delimiter = data.get("delimiter")
    if delimiter is not None and not (isinstance(delimiter, str) and len(delimiter) == 1 and delimiter not in "\r\n\"'"):
        raise _fail(where, "'delimiter' is one character, e.g. \",\" or \";\"")
    encoding = data.get("encoding")
    if encoding is not None:
        if not isinstance(encoding, str):
            raise _fail(where, "'encoding' is the name of an encoding, e.g. utf-8")
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _fail(where, f"unknown encoding {encoding!r}") from None


def read_mapping(path: str | Path) -> Mapping:
    """Read and check a mapping file against the ontology."""
    path = Path(path)
    data = read_yaml(path, IngestError, "mapping file", limit=_MAX_MAPPING_BYTES)
    where = path.name
    if not isinstance(data, dict):
        raise _fail(where, "a mapping is a YAML dictionary")
    unknown = set(map(str, data)) - _TOP_KEYS
    if unknown:
        raise _fail(where, f"unknown key '{min(unknown)}'")
    for key in ("name", "title", "description", "entities", "relations"):
        if not data.get(key):
            raise _fail(where, f"'{key}' is required")
    _check_top(where, data)
    onto = load_ontology()
    entities = data["entities"]
    if not isinstance(entities, dict):
        raise _fail(where, "'entities' maps a role to {name, class}")
    for role, spec in entities.items():
        at = f"{where}: entities.{role}"
        if not isinstance(spec, dict) or "name" not in spec or "class" not in spec:
            raise IngestError(f"{at}: needs 'name' and 'class'")
        unknown = set(map(str, spec)) - {"name", "class", "guess_class", "id"}
        if unknown:
            raise IngestError(f"{at}: unknown key '{min(unknown)}'")
        _check_value(f"{at}.name", spec["name"])
        if "id" in spec and (not isinstance(spec["id"], dict) or set(spec["id"]) != {"column"}):
            raise IngestError(f"{at}.id: give {{column: NAME}}, the column of the entity's own ids")
        if "id" in spec:
            _check_value(f"{at}.id", spec["id"])
        if not isinstance(spec["class"], str):
            raise IngestError(f"{at}.class: a class is named by a string")
        try:
            if not onto.is_subclass(spec["class"], "Entity"):
                raise IngestError(f"{at}.class: {spec['class']} is not an entity class")
        except KGError as error:
            raise IngestError(f"{at}.class: {error}") from None
    if not isinstance(data["relations"], list):
        raise _fail(where, "'relations' is a list")
    for number, relation in enumerate(data["relations"]):
        at = f"{where}: relations[{number}]"
        if not isinstance(relation, dict):
            raise IngestError(f"{at}: needs subject, relation, object")
        unknown = set(map(str, relation)) - {"subject", "relation", "object", "qualifiers"}
        if unknown:
            raise IngestError(f"{at}: unknown key '{min(unknown)}'")
        for role_key in ("subject", "object", "relation"):
            if not isinstance(relation.get(role_key), str):
                raise IngestError(f"{at}.{role_key}: a name (string) is required")
        for role_key in ("subject", "object"):
            if relation.get(role_key) not in entities:
                raise IngestError(f"{at}.{role_key}: {relation.get(role_key)!r} is not one of the entities")
        try:
            onto.relation(str(relation.get("relation")))
        except KGError as error:
            raise IngestError(f"{at}.relation: {error}") from None
        if not isinstance(relation.get("qualifiers") or {}, dict):
            raise IngestError(f"{at}.qualifiers: maps a qualifier to {{column: NAME}} or {{value: VALUE}}")
        for name, spec in (relation.get("qualifiers") or {}).items():
            qualifier = onto.qualifiers.get(name)
            if qualifier is None or qualifier.is_object or name in ("subject", "relation", "object"):
                raise IngestError(f"{at}.qualifiers.{name}: not a literal qualifier of the ontology")
            _check_value(f"{at}.qualifiers.{name}", spec)
    return Mapping(
        name=str(data["name"]), title=str(data["title"]), description=str(data["description"]),
        origin=data.get("origin"), format=data.get("format"), delimiter=data.get("delimiter"),
        encoding=data.get("encoding"), entities=entities, relations=data["relations"], source=where,
    )


def _decode(raw: bytes, encoding: str | None, path: Path) -> str:
    for candidate in [encoding or "utf-8-sig", "latin-1"]:
        try:
            return raw.decode(candidate)
        except UnicodeDecodeError:
            continue
        except LookupError:
            raise IngestError(f"unknown encoding {candidate!r} in the mapping") from None
    raise IngestError(f"cannot decode {path}")


def read_rows(path: Path, mapping: Mapping) -> list[dict]:
    """The table's rows as dicts of column -> value."""
    return _parse_rows(_read_table(path), path, mapping)


def _read_table(path: Path) -> bytes:
    return read_capped_bytes(path, MAX_TABLE_BYTES, what="table")


def _parse_rows(raw: bytes, path: Path, mapping: Mapping) -> list[dict]:
    if b"\x00" in raw[:4096]:
        raise IngestError(f"{path} is a binary file, not a table")
    text = _decode(raw, mapping.encoding, path)
    kind = mapping.format or {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(path.suffix.lower(), "csv")
    if kind in ("json", "jsonl"):
        try:
            rows = [json.loads(line) for line in text.splitlines() if line.strip()] if kind == "jsonl" else json.loads(text)
        except json.JSONDecodeError as error:
            raise IngestError(f"{path} is not valid JSON: {error}") from None
        except RecursionError:
            raise IngestError(f"{path} nests JSON too deeply; a table is a list of flat objects") from None
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise IngestError(f"{path}: JSON must be a list of objects")
        return rows
    # Old spreadsheets end lines with CR alone; csv needs to see them as line ends.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = mapping.delimiter
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    try:
        if not reader.fieldnames:
            raise IngestError(f"{path} has no header row")
        # Rows of empty cells (blank lines of mixed line endings) are not data.
        return [row for row in reader if any((value or "").strip() for value in row.values() if isinstance(value, str))]
    except csv.Error as error:
        # e.g. a field over csv's limit of 128 KB: no table cell is that long.
        raise IngestError(f"{path}, line {reader.line_num + 1}: {error}") from None


def _value(row: dict, spec: dict):
    if "value" in spec:
        return spec["value"]
    value = row.get(spec["column"])
    return value.strip() if isinstance(value, str) else value


def _literal(value, datatype: str, scale: float) -> Literal | None:
    if datatype in _NUMERIC:
        number = parse_number(value, scale=scale)
        if number is None:
            return None
        # xsd:decimal has no exponent: write 8.5e6 as 8500000.
        return _typed(format(Decimal(repr(number)).normalize(), "f"), XSD.decimal)
    if datatype == str(RDFS.Literal):  # dates, periods
        iso = parse_date(str(value)) if value not in (None, "") else None
        return None if iso is None else _typed(iso, _DATE_PRECISION[len(iso)])
    if value in (None, ""):
        return None
    return _typed(str(value), None)


def _row_name(row: dict, spec: dict, role: str, number: int) -> str:
    name = _value(row, spec["name"])
    if name is None or not str(name).strip():
        raise IngestError(f"row {number}: empty name for {role}")
    if not is_meaningful_name(str(name)):
        raise IngestError(f"row {number}: meaningless name for {role}")
    return str(name)


@lru_cache(maxsize=65536)
def _typed(lexical: str, datatype: URIRef | None) -> Literal:
    """Tables repeat their amounts, dates and currencies; rdflib parses each new typed
    literal's value, so the same one is built once."""
    return Literal(lexical, datatype=datatype)


def import_table(
    store: Store, ontology: Ontology, path: str | Path, mapping: Mapping | str | Path, *, strict: bool = False,
    validate: bool = False, progress=None,
) -> ImportReport:
    """Import a CSV/JSON table into its own named graph of *store*, the mapping's classes
    and relations read from *ontology* (whose graph is installed in the store too).

    With *validate*, the table's graph is checked against kg's shapes, with the store
    around it, before it is written, and refused whole
    (:class:`~kg.validation_changes.WriteRefused`) if it would bring violations.
    *progress* is called with (rows read, rows) as the rows are mapped.

    Rows whose names are empty or junk ("????", "N/A", digits only: see
    :func:`~kg.ingest.normalize.is_meaningful_name`) or whose values do not parse are
    skipped and counted in the report (``strict=True`` makes the first such row an error
    instead). A skipped row adds no entity, not even for its other, real names.

    The table is read whole before names are resolved: two spellings of one normalised name
    are one entity only when they share a neighbour in it (:mod:`kg.ingest.resolve`).
    """
    started = time.perf_counter()
    if not isinstance(mapping, Mapping):
        mapping = read_mapping(mapping)
    path = Path(path)
    raw = _read_table(path)
    rows = _parse_rows(raw, path, mapping)
    # csv files cells past the header under the key None; they name no column.
    columns = {c for c in rows[0] if isinstance(c, str)} if rows else set()
    for spec in [v for s in mapping.entities.values() for v in (s["name"], s.get("id", {}))] + [
        q for r in mapping.relations for q in (r.get("qualifiers") or {}).values()
    ]:
        if "column" in spec and rows and spec["column"] not in columns:
            raise IngestError(f"{mapping.source}: column '{spec['column']}' is not in {path.name} (it has {', '.join(sorted(columns))})")
    onto = ontology
    source = source_iri("table", mapping.name)
    report = ImportReport(source=str(source), rows=len(rows))
    relations = [
        (spec, onto.relation(spec["relation"]),
         [(onto.qualifiers[name], q, float(q.get("scale", 1))) for name, q in (spec.get("qualifiers") or {}).items()])
        for spec in mapping.relations
    ]
    # Every row is read before any name is resolved: whether two spellings are one entity
    # depends on the neighbours they have anywhere in the table (kg.ingest.resolve).
    if progress is not None:
        progress(0, len(rows))  # the bar shows from the start, while the rows are checked
    prepared = []
    for number, row in enumerate(rows, start=2):
        try:
            prepared.append((number, _prepare_row(row, number, mapping, relations)))
        except IngestError as error:
            if strict:
                raise IngestError(f"{path.name}: {error}") from None
            report.skipped[str(error).split(": ", 1)[-1]] += 1
    resolver = Resolver.from_store(store, replacing=str(source), neighbours=_neighbours(prepared, mapping))
    curated: dict[str, Resolved] = {}
    quads: set = set()
    add = quads.add
    statements: set = set()
    # rdflib builds a namespace's term anew at each attribute read: once here, not per row.
    type_p, subject_p, relation_p, object_p = RDF.type, KG.subject, KG.relation, KG.object
    derived_p = PROV.wasDerivedFrom
    step = max(1, len(prepared) // 200)
    for done, (_, (names, ids, values_of)) in enumerate(prepared):
        if progress is not None and done % step == 0:
            progress(done, len(prepared))
        resolved = {}
        for role, spec in mapping.entities.items():
            cls = guess_class(names[role], spec["class"]) if spec.get("guess_class") else spec["class"]
            if ids[role] is None:
                resolved[role] = resolver.resolve(names[role], cls)
            else:
                resolved[role] = _curated(curated, mapping.name, ids[role], names[role], cls)
        for (spec, relation, _), values in zip(relations, values_of, strict=True):
            s, o = URIRef(resolved[spec["subject"]].iri), URIRef(resolved[spec["object"]].iri)
            statement = statement_iri(source, s, relation.name, o, *sorted(f"{p}={v}" for p, v in values))
            statements.add(statement)
            add((s, relation.iri, o, source))
            add((statement, type_p, relation.statement_class, source))
            add((statement, subject_p, s, source))
            add((statement, relation_p, relation.iri, source))
            add((statement, object_p, o, source))
            add((statement, derived_p, source, source))
            for predicate, literal in values:
                add((statement, predicate, literal, source))
    for entity in [*resolver.created(), *curated.values()]:
        iri = URIRef(entity.iri)
        add((iri, RDF.type, KG[entity.cls], source))
        add((iri, RDFS.label, Literal(entity.label), source))
        for variant in entity.variants - {entity.label}:
            add((iri, SKOS.altLabel, Literal(variant), source))
    for entity in resolver.reused():
        for variant in resolver.new_aliases(entity):
            add((URIRef(entity.iri), SKOS.altLabel, Literal(variant), source))
    report.statements = len(statements)
    for quad in _describe_source(source, path, mapping, hashlib.sha256(raw).hexdigest()):
        add(quad)
    report.entities_created = len(resolver.created()) + len(curated)
    report.entities_reused = len(resolver.reused())
    if progress is not None:
        progress(len(rows), len(rows))
    install_ontology(store, ontology)
    if validate:
        from kg.validation_changes import refuse_violations

        refuse_violations(store, ontology, source, quads, f"{path.name}'s graph <{source}>")
    report.quads = store.replace_graph(source, quads)
    report.seconds = time.perf_counter() - started
    return report


def _prepare_row(row: dict, number: int, mapping: Mapping, relations: list) -> tuple[dict, dict, list]:
    """A row's names and ids by role and its qualifier literals by relation; raises
    :class:`IngestError` for a row to skip.

    Every name and value is checked before any name is resolved: resolving creates the
    entity, and a row skipped for its company or its date must not leave its investor behind.
    """
    names = {role: _row_name(row, spec, role, number) for role, spec in mapping.entities.items()}
    ids = {role: _row_id(row, spec) for role, spec in mapping.entities.items()}
    values_of = []
    for _, _, qualifiers in relations:
        values = []
        for qualifier, q_spec, scale in qualifiers:
            literal = _literal(_value(row, q_spec), str(qualifier.range), scale)
            if literal is not None:
                values.append((qualifier.iri, literal))
        values_of.append(values)
    return names, ids, values_of


def _row_id(row: dict, spec: dict) -> str | None:
    """The row's own id for an entity whose mapping names an id column; None when it has
    none or the cell holds no id: empty, no letter or digit ("-", "????"), or a placeholder
    ("N/A", "null"). Such cells would make every row that has one a single entity."""
    if "id" not in spec:
        return None
    value = _value(row, spec["id"])
    text = "" if value is None else str(value).strip()
    if not any(ch.isalnum() for ch in text):
        return None
    if any(ch.isalpha() for ch in text) and not is_meaningful_name(text):
        return None
    return text


def _neighbours(prepared: list, mapping: Mapping) -> dict[str, set[str]]:
    """Each spelling known by its name (rows without an id for its role) -> the keys of the
    names it shares a relation with anywhere in the table, its own key left out (a fund
    investing in its namesake is no evidence that two spellings are one)."""
    found: dict[str, set[str]] = defaultdict(set)
    for _, (names, ids, _) in prepared:
        for spec in mapping.relations:
            subject, obj = spec["subject"], spec["object"]
            for role, other in ((subject, obj), (obj, subject)):
                if ids[role] is None:
                    name = names[role].strip()
                    spelling = found.setdefault(name, set())  # a spelling with no neighbour still has a group of its own
                    if name_key(names[other]) != name_key(name):
                        spelling.add(name_key(names[other]))
    return dict(found)


def _curated(curated: dict[str, Resolved], table: str, identifier: str, name: str, cls: str) -> Resolved:
    """The entity of a row's own id: its IRI holds a dot, which no IRI made from a name does
    (:func:`kg.ids.slugify`), so it can never be a name's entity; the id is quoted whole,
    so two ids are never one IRI (one of more than 200 characters by "~" and its SHA-1
    instead: an IRI stays short whatever a table holds; only a table that writes that digest
    as another id could make the two one, and it could as well write the same id twice)."""
    quoted = urllib.parse.quote(identifier.strip(), safe="")
    if len(quoted) > 200:
        quoted = "~" + hashlib.sha1(identifier.strip().encode("utf-8")).hexdigest()
    iri = str(ID[f"{slugify(table)}.{quoted}"])
    entity = curated.get(iri)
    if entity is None:
        entity = curated[iri] = Resolved(iri, name.strip(), cls, new=True)
    entity.variants.add(name)
    return entity


def _describe_source(source: URIRef, path: Path, mapping: Mapping, digest: str) -> list[tuple]:
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    quads = [
        (source, RDF.type, KG.Source, source),
        (source, RDF.type, PROV.Entity, source),
        (source, DCTERMS.title, Literal(mapping.title), source),
        (source, DCTERMS.description, Literal(mapping.description), source),
        (source, DCTERMS.identifier, Literal(path.name), source),
        (source, KG.contentHash, Literal(f"sha256:{digest}"), source),
        (source, PROV.generatedAtTime, Literal(now, datatype=XSD.dateTime), source),
        (source, KG.extractor, Literal("kg import-table"), source),
        (source, KG.extractorVersion, Literal(__version__), source),
    ]
    if mapping.origin:
        quads.append((source, DCTERMS.source, URIRef(str(mapping.origin)), source))
    return quads
