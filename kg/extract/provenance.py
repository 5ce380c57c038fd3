"""Where a fact comes from: every source that states it, with the sentence it came from."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import URIRef

from kg.ontology import Ontology, camel_to_snake

__all__ = ["Evidence", "evidence_for"]

_QUERY = """SELECT ?statement ?source ?title ?issued ?path ?url ?hash ?start ?end ?confidence ?candidate %(flags)s WHERE {
  ?statement kg:subject ?s ; kg:relation ?p ; kg:object ?o ; prov:wasDerivedFrom ?source .
  OPTIONAL { ?source dcterms:title ?title }
  OPTIONAL { ?source dcterms:issued ?issued }
  OPTIONAL { ?source dcterms:identifier ?path }
  OPTIONAL { ?source dcterms:source ?url }
  OPTIONAL { ?source kg:contentHash ?hash }
  OPTIONAL { ?statement kg:evidenceStart ?start ; kg:evidenceEnd ?end }
  OPTIONAL { ?statement kg:confidence ?confidence }
  OPTIONAL { ?statement kg:candidate ?candidate }
%(optional)s} ORDER BY ?issued ?source ?statement"""


@dataclass(frozen=True)
class Evidence:
    """One source's statement of a fact; ``sentence`` is read from the source file when it
    is at hand and unchanged since ingest, else it says why not. A ``candidate`` statement
    proposes the fact without the store holding it (see :mod:`kg.extract.guard`). ``url``
    is where a source fetched from the web (or an HTML file naming its address) came from.
    ``flags`` holds each flag qualifier of the ontology (kg:display "flag", by its
    snake_case name: ``implied``) and whether the statement carries it."""

    statement: str
    source: str
    title: str | None
    issued: str | None
    path: str | None
    confidence: float | None
    sentence: str | None
    note: str | None
    candidate: bool = False
    url: str | None = None
    flags: dict[str, bool] = field(default_factory=dict)

    def as_dict(self) -> dict:
        """The JSON object ``kg why --format json`` prints: the fields, each flag a key of
        its own after the confidence (``"implied": false``)."""
        found = {}
        for key, value in asdict(self).items():
            if key == "flags":
                continue
            found[key] = value
            if key == "confidence":
                found.update(self.flags)
        return found

    def marks(self) -> list[str]:
        """The flags that hold, then ``candidate`` if it is one: what a reader is told
        beside the source (``[implied]``)."""
        return [name for name, held in self.flags.items() if held] + (["candidate"] if self.candidate else [])


def evidence_for(store, ontology: Ontology, subject: str, relation: URIRef, obj: str) -> list[Evidence]:
    """Every statement of ``subject relation obj`` with its source and sentence."""
    flags = [camel_to_snake(q.name) for q in ontology.flag_qualifiers()]
    query = _QUERY % {
        "flags": " ".join(f"?flag{n}" for n in range(len(flags))),
        "optional": "".join(f"  OPTIONAL {{ ?statement <{q.iri}> ?flag{n} }}\n" for n, q in enumerate(ontology.flag_qualifiers())),
    }
    rows = store.query(query, bindings={"s": URIRef(subject), "p": relation, "o": URIRef(obj)}).dicts()
    found = []
    for row in rows:
        sentence, note = _sentence(row)
        found.append(Evidence(
            statement=str(row["statement"]), source=str(row["source"]),
            title=_text(row.get("title")), issued=_text(row.get("issued")), path=_text(row.get("path")),
            confidence=float(row["confidence"]) if row.get("confidence") is not None else None,
            sentence=sentence, note=note,
            candidate=_true(row.get("candidate")),
            url=_text(row.get("url")),
            flags={name: _true(row.get(f"flag{n}")) for n, name in enumerate(flags)},
        ))
    return found


def _true(value) -> bool:
    return str(value if value is not None else "false").lower() in ("true", "1")


def _text(value) -> str | None:
    return None if value is None else str(value)


def _sentence(row: dict) -> tuple[str | None, str | None]:
    if row.get("start") is None:
        return None, "no evidence offsets recorded"
    path = _text(row.get("path"))
    if not path and row.get("url") is not None:
        return None, "fetched from the web; kg keeps no copy of the page"
    if not path or not Path(path).is_file():
        return None, "source file not at hand"
    raw = Path(path).read_bytes()
    expected = _text(row.get("hash"))
    if expected and expected != f"sha256:{hashlib.sha256(raw).hexdigest()}":
        return None, "source file changed since it was ingested"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "source file is not UTF-8 text"
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        from kg.extract.documents import read_documents

        text = read_documents([path])[0].text
    start, end = int(row["start"]), int(row["end"])
    return " ".join(text[start:end].split()), None
