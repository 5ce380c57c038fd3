"""Where a fact comes from: every source that states it, with the sentence it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

__all__ = ["Evidence", "evidence_for"]

_QUERY = """SELECT ?statement ?source ?title ?issued ?path ?url ?hash ?start ?end ?confidence ?implied ?candidate WHERE {
  ?statement kg:subject ?s ; kg:relation ?p ; kg:object ?o ; prov:wasDerivedFrom ?source .
  OPTIONAL { ?source dcterms:title ?title }
  OPTIONAL { ?source dcterms:issued ?issued }
  OPTIONAL { ?source dcterms:identifier ?path }
  OPTIONAL { ?source dcterms:source ?url }
  OPTIONAL { ?source kg:contentHash ?hash }
  OPTIONAL { ?statement kg:evidenceStart ?start ; kg:evidenceEnd ?end }
  OPTIONAL { ?statement kg:confidence ?confidence }
  OPTIONAL { ?statement kg:implied ?implied }
  OPTIONAL { ?statement kg:candidate ?candidate }
} ORDER BY ?issued ?source ?statement"""


@dataclass(frozen=True)
class Evidence:
    """One source's statement of a fact; ``sentence`` is read from the source file when it
    is at hand and unchanged since ingest, else it says why not. A ``candidate`` statement
    proposes the fact without the store holding it (see :mod:`kg.extract.guard`). ``url``
    is where a source fetched from the web (or an HTML file naming its address) came from."""

    statement: str
    source: str
    title: str | None
    issued: str | None
    path: str | None
    confidence: float | None
    implied: bool
    sentence: str | None
    note: str | None
    candidate: bool = False
    url: str | None = None


def evidence_for(store, subject: str, relation: URIRef, obj: str) -> list[Evidence]:
    """Every statement of ``subject relation obj`` with its source and sentence."""
    rows = store.query(_QUERY, bindings={"s": URIRef(subject), "p": relation, "o": URIRef(obj)}).dicts()
    found = []
    for row in rows:
        sentence, note = _sentence(row)
        found.append(Evidence(
            statement=str(row["statement"]), source=str(row["source"]),
            title=_text(row.get("title")), issued=_text(row.get("issued")), path=_text(row.get("path")),
            confidence=float(row["confidence"]) if row.get("confidence") is not None else None,
            implied=str(row.get("implied", "false")).lower() in ("true", "1"),
            sentence=sentence, note=note,
            candidate=str(row.get("candidate", "false")).lower() in ("true", "1"),
            url=_text(row.get("url")),
        ))
    return found


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
