"""RDF serialisation formats kg reads and writes, as one registry.

Each backend looks a format up here instead of keeping its own table, so adding a format
is one entry.

>>> guess_format("facts.ttl").name
'turtle'
>>> get_format("nq").dataset
True
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import IngestError, KGError
from kg.namespaces import PREFIXES
from kg.safe_io import not_regular, read_errors

__all__ = [
    "FORMATS",
    "RdfFormat",
    "base_iri",
    "check_xml",
    "count_quads",
    "format_names",
    "get_format",
    "guess_format",
    "input_size",
    "rdf_read_errors",
    "writer_prefixes",
]


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax: its kg name, file extensions, media type and names in each library."""

    name: str
    extensions: tuple[str, ...]
    media_type: str
    oxigraph: str  # attribute name on pyoxigraph.RdfFormat
    rdflib: str  # format name for rdflib's parse/serialize
    dataset: bool  # True when the syntax can carry named graphs
    readable: bool = False  # True for a syntax people read: kg declares its prefixes in it

    @property
    def extension(self) -> str:
        return self.extensions[0]


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ("ttl", "turtle"), "text/turtle", "TURTLE", "turtle", False, readable=True),
    RdfFormat("trig", ("trig",), "application/trig", "TRIG", "trig", True, readable=True),
    RdfFormat("ntriples", ("nt", "ntriples"), "application/n-triples", "N_TRIPLES", "nt", False),
    RdfFormat("nquads", ("nq", "nquads"), "application/n-quads", "N_QUADS", "nquads", True),
    RdfFormat("jsonld", ("jsonld", "json"), "application/ld+json", "JSON_LD", "json-ld", True),
    RdfFormat("rdfxml", ("rdf", "owl", "xml"), "application/rdf+xml", "RDF_XML", "xml", False),
)

_BY_KEY = {key: fmt for fmt in FORMATS for key in (fmt.name, *fmt.extensions)}


def format_names() -> list[str]:
    """Names accepted by ``--format`` options, in registry order."""
    return [fmt.name for fmt in FORMATS]


def writer_prefixes(fmt: RdfFormat) -> dict[str, str] | None:
    """The prefixes a writer of *fmt* declares: kg's own (:data:`kg.namespaces.PREFIXES`,
    the ones every query has) for Turtle and TriG, so that an export reads ``kg:investsIn``
    and ``id:agibot``; None for the other syntaxes.

    >>> writer_prefixes(get_format("ttl"))["kg"]
    'https://w3id.org/kg/ontology#'
    >>> writer_prefixes(get_format("nq")) is None
    True
    """
    return dict(PREFIXES) if fmt.readable else None


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


def input_size(path: str | Path) -> int:
    """The size of the RDF file *path*; IngestError if it is missing, unreadable or not a
    regular file (a FIFO would block the reader, ``/dev/zero`` never end)."""
    import stat

    try:
        with read_errors(path):
            info = os.stat(path)
    except ValueError as error:  # a name no file can have (a NUL byte in it)
        raise IngestError(f"cannot read {path}: {error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise not_regular(path, info.st_mode)
    return info.st_size


def check_xml(source: str | Path | bytes) -> None:
    """Refuse an RDF/XML document that declares entities or is not well-formed XML.

    pyoxigraph expands entities declared in a DOCTYPE (a few hundred bytes of nested ones
    make gigabytes: "billion laughs") and reads a document cut short as far as it goes, so
    expat reads it first, as a stream, and stops at the first entity declaration.
    """
    from xml.parsers import expat

    name = "input" if isinstance(source, bytes) else str(source)
    parser = expat.ParserCreate()

    def refuse(entity, *_):
        raise IngestError(f"{name} declares the XML entity {entity!r}; kg does not expand entities in RDF/XML")

    parser.EntityDeclHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        if isinstance(source, bytes):
            parser.Parse(source, True)
            return
        with read_errors(name), open(source, "rb") as handle:
            while chunk := handle.read(1 << 20):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise IngestError(f"{name} is not valid rdfxml: {expat.errors.messages[error.code]} at line {error.lineno}, column {error.offset + 1}") from None


class _CountingReader:
    """A binary file wrapper that reports how many bytes were read so far."""

    def __init__(self, raw: BinaryIO, on_bytes: Callable[[int], None]) -> None:
        self._raw = raw
        self._on_bytes = on_bytes
        self._read = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        self._read += len(chunk)
        self._on_bytes(self._read)
        return chunk

    def readable(self) -> bool:
        return True


def count_quads(
    source: str | Path | bytes,
    fmt: RdfFormat,
    *,
    on_bytes: Callable[[int], None] | None = None,
    base: str | None = None,
) -> int:
    """Parse *source* without keeping it and return its number of quads.

    Raises :class:`IngestError` with the parser's message for a syntax error, and for a
    missing or unreadable file; *on_bytes* hears how far the parser got. Relative IRIs
    resolve against *base*, by default the file's URL (see :func:`base_iri`).

    >>> count_quads(b"<http://a/s> <http://a/p> 1 .", get_format("turtle"))
    1
    """
    import pyoxigraph

    oxi_format = getattr(pyoxigraph.RdfFormat, fmt.oxigraph)
    name = "input" if isinstance(source, bytes) else str(source)
    base = base if base is not None else base_iri(source)
    if fmt.oxigraph == "RDF_XML":
        check_xml(source)
    with rdf_read_errors(name, fmt):
        if isinstance(source, bytes):
            return sum(1 for _ in pyoxigraph.parse(source, oxi_format, base_iri=base))
        with open(source, "rb") as raw:
            stream = _CountingReader(raw, on_bytes) if on_bytes else raw
            return sum(1 for _ in pyoxigraph.parse(stream, oxi_format, base_iri=base))


@contextlib.contextmanager
def rdf_read_errors(name: str, fmt: RdfFormat) -> Iterator[None]:
    """Turn what reading and parsing the RDF input *name* raises into one
    :class:`~kg.errors.IngestError` line: a syntax error with the parser's words, a term
    over the parser's cap, text that is not UTF-8, and the file errors of
    :func:`kg.safe_io.read_errors`.

    >>> with rdf_read_errors("facts.ttl", get_format("turtle")):
    ...     raise SyntaxError("unexpected end of file")
    Traceback (most recent call last):
    ...
    kg.errors.IngestError: facts.ttl is not valid turtle: unexpected end of file
    """
    try:
        with read_errors(name):
            yield
    except SyntaxError as error:
        raise IngestError(f"{name} is not valid {fmt.name}: {_one_line(error)}") from None
    except MemoryError as error:  # the parser's buffer cap, not the machine's memory
        raise IngestError(f"{name} has a term too long to read ({_one_line(error)})") from None
    except UnicodeDecodeError as error:
        raise IngestError(f"{name} is not valid {fmt.name}: not UTF-8 ({error.reason})") from None


def base_iri(source: str | Path | bytes) -> str | None:
    """The base IRI of a document: a file's absolute ``file:`` URL, None for bytes.

    >>> base_iri("/data/news facts.ttl")
    'file:///data/news%20facts.ttl'
    """
    if isinstance(source, bytes):
        return None
    return Path(source).absolute().as_uri()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
