"""RDF serialisation formats kg reads and writes, as one registry.

Each backend looks a format up here instead of keeping its own table, so adding a format
is one entry.

>>> guess_format("facts.ttl").name
'turtle'
>>> get_format("nq").dataset
True
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError

__all__ = ["RdfFormat", "FORMATS", "get_format", "guess_format", "format_names"]


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax: its kg name, file extensions, media type and names in each library."""

    name: str
    extensions: tuple[str, ...]
    media_type: str
    oxigraph: str  # attribute name on pyoxigraph.RdfFormat
    rdflib: str  # format name for rdflib's parse/serialize
    dataset: bool  # True when the syntax can carry named graphs

    @property
    def extension(self) -> str:
        return self.extensions[0]


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ("ttl", "turtle"), "text/turtle", "TURTLE", "turtle", False),
    RdfFormat("trig", ("trig",), "application/trig", "TRIG", "trig", True),
    RdfFormat("ntriples", ("nt", "ntriples"), "application/n-triples", "N_TRIPLES", "nt", False),
    RdfFormat("nquads", ("nq", "nquads"), "application/n-quads", "N_QUADS", "nquads", True),
    RdfFormat("jsonld", ("jsonld", "json"), "application/ld+json", "JSON_LD", "json-ld", True),
    RdfFormat("rdfxml", ("rdf", "owl", "xml"), "application/rdf+xml", "RDF_XML", "xml", False),
)

_BY_KEY = {key: fmt for fmt in FORMATS for key in (fmt.name, *fmt.extensions)}


def format_names() -> list[str]:
    """Names accepted by ``--format`` options, in registry order."""
    return [fmt.name for fmt in FORMATS]


def get_format(name: str) -> RdfFormat:
    """Return the format called *name* (a kg name or a file extension)."""
    try:
        return _BY_KEY[name.lower().lstrip(".")]
    except KeyError:
        raise KGError(
            f"unknown RDF format {name!r}; use one of {', '.join(format_names())}"
        ) from None


def guess_format(path: str | Path) -> RdfFormat:
    """Return the format of *path* from its extension (``.gz`` is not supported)."""
    suffix = Path(path).suffix
    if not suffix:
        raise KGError(f"cannot tell the RDF format of {str(path)!r}: give --format")
    try:
        return _BY_KEY[suffix.lower().lstrip(".")]
    except KeyError:
        raise KGError(
            f"unknown RDF format {suffix!r} of {str(path)!r}; use one of {', '.join(format_names())}"
        ) from None
