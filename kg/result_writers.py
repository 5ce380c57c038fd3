"""Writing query results: one registry of writers, looked up by ``--format`` name.

``csv``, ``tsv``, ``json`` and ``xml`` follow the W3C SPARQL 1.1 result formats, so other
tools read them; ``table`` is for people; ``turtle``, ``ntriples`` and ``jsonld`` write
CONSTRUCT/DESCRIBE results.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from typing import TextIO

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.store import Results
from kg.validation import curie

__all__ = ["WRITERS", "display_term", "tsv_term", "write_results"]

Writer = Callable[[Results, TextIO], None]

# Escapes of a quoted literal in SPARQL/Turtle syntax (ECHAR).
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
# Literals SPARQL writes without quotes, each with the grammar its bare form must match
# (INTEGER, DECIMAL, DOUBLE, BooleanLiteral), so that it reads back as the same term.
_BARE = {
    str(XSD.integer): re.compile(r"[+-]?[0-9]+"),
    str(XSD.decimal): re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    str(XSD.double): re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"),
    str(XSD.boolean): re.compile(r"true|false"),
}


def display_term(term: Identifier | None) -> str:
    """A term as a person reads it: IRIs shortened, literals bare.

    >>> display_term(Literal("2025", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")))
    '2025'
    """
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    return curie(term)


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None:
        value["datatype"] = str(term.datatype)
    return value


def _write_json(results: Results, out: TextIO) -> None:
    if results.kind == "ask":
        document: dict = {"head": {}, "boolean": bool(results.boolean)}
    else:
        _need_select(results, "json")
        document = {
            "head": {"vars": results.variables},
            "results": {
                "bindings": [
                    {name: _json_term(value) for name, value in zip(results.variables, row) if value is not None}
                    for row in results.rows
                ]
            },
        }
    json.dump(document, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _write_csv(results: Results, out: TextIO) -> None:
    """SPARQL 1.1 CSV: an IRI or literal as its plain text, a blank node as ``_:label``."""
    _need_select(results, "csv")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow([_csv_value(v) for v in row])


def _csv_value(term: Identifier | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _write_tsv(results: Results, out: TextIO) -> None:
    """SPARQL 1.1 TSV: each term in SPARQL syntax, escaped so that a tab or a line break in
    a literal cannot split a field or a row."""
    _need_select(results, "tsv")
    out.write("\t".join(f"?{name}" for name in results.variables) + "\n")
    out.writelines("\t".join("" if v is None else tsv_term(v) for v in row) + "\n" for row in results.rows)


def tsv_term(term: Identifier) -> str:
    r"""One term as SPARQL TSV writes it: numbers and booleans bare when their lexical form
    reads back as the same literal, every other literal quoted and escaped.

    >>> tsv_term(Literal("a\tb\nc"))
    '"a\\tb\\nc"'
    >>> tsv_term(Literal("42", datatype=XSD.integer)), tsv_term(Literal("1.0E4", datatype=XSD.double, normalize=False))
    ('42', '1.0E4')
    >>> tsv_term(Literal("01.50", datatype=XSD.decimal, normalize=False))
    '01.50'
    >>> tsv_term(Literal("x", datatype=XSD.integer))
    '"x"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    bare = _BARE.get(str(term.datatype)) if term.datatype is not None else None
    if bare is not None and bare.fullmatch(text):
        return text
    quoted = '"' + text.translate(_TSV_ESCAPES) + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{quoted}^^<{term.datatype}>"
    return quoted


def _write_table(results: Results, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    if results.kind == "ask":
        out.write(("yes" if results.boolean else "no") + "\n")
        return
    if results.kind == "graph":
        _write_rdf(results, out, "turtle")
        return
    table = Table(*results.variables, show_lines=False, header_style="bold")
    for row in results.rows:
        # Names come from news text: markup=False keeps "[bold]" in a name as text.
        table.add_row(*(display_term(v) for v in row))
    console = Console(file=out, width=max(80, min(200, _terminal_width(out))), markup=False)
    console.print(table)
    console.print(f"{len(results.rows)} row{'s' if len(results.rows) != 1 else ''}", markup=False)


def _terminal_width(out: TextIO) -> int:
    import shutil

    return shutil.get_terminal_size((120, 24)).columns if out.isatty() else 160


def _write_rdf(results: Results, out: TextIO, fmt: str) -> None:
    if results.kind != "graph":
        raise QueryError(f"--format {fmt} needs a CONSTRUCT or DESCRIBE query")
    graph = Graph()
    for name, namespace in PREFIXES.items():
        graph.bind(name, namespace, override=True)
    for triple in results.triples:
        graph.add(triple)
    out.write(graph.serialize(format="nt" if fmt == "ntriples" else fmt))


def _write_xml(results: Results, out: TextIO) -> None:
    """The W3C SPARQL Query Results XML Format, for SELECT and ASK."""
    from xml.sax.saxutils import escape, quoteattr

    if results.kind == "graph":
        raise QueryError("--format xml needs a SELECT or ASK query; use turtle for CONSTRUCT")
    out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
    out.writelines(f"<variable name={quoteattr(name)}/>" for name in results.variables)
    out.write("</head>\n")
    if results.kind == "ask":
        out.write(f"<boolean>{'true' if results.boolean else 'false'}</boolean>\n</sparql>\n")
        return
    out.write("<results>\n")
    for row in results.rows:
        out.write("<result>")
        for name, value in zip(results.variables, row):
            if value is None:
                continue
            if isinstance(value, URIRef):
                body = f"<uri>{escape(str(value))}</uri>"
            elif isinstance(value, BNode):
                body = f"<bnode>{escape(str(value))}</bnode>"
            elif value.language:
                body = f"<literal xml:lang={quoteattr(value.language)}>{escape(str(value))}</literal>"
            elif value.datatype is not None:
                body = f"<literal datatype={quoteattr(str(value.datatype))}>{escape(str(value))}</literal>"
            else:
                body = f"<literal>{escape(str(value))}</literal>"
            out.write(f"<binding name={quoteattr(name)}>{body}</binding>")
        out.write("</result>\n")
    out.write("</results>\n</sparql>\n")


def _need_select(results: Results, fmt: str) -> None:
    if results.kind == "graph":
        raise QueryError(f"--format {fmt} needs a SELECT query; use turtle for CONSTRUCT")
    if results.kind == "ask" and fmt != "json":
        raise QueryError(f"--format {fmt} needs a SELECT query; use table or json for ASK")


WRITERS: dict[str, Writer] = {
    "table": _write_table,
    "csv": _write_csv,
    "tsv": _write_tsv,
    "json": _write_json,
    "turtle": lambda results, out: _write_rdf(results, out, "turtle"),
    "ntriples": lambda results, out: _write_rdf(results, out, "ntriples"),
    "xml": _write_xml,
    "jsonld": lambda results, out: _write_rdf(results, out, "json-ld"),
}


def write_results(results: Results, fmt: str, out: TextIO) -> None:
    """Write *results* to *out* in the format called *fmt* (a key of :data:`WRITERS`).

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_results(Results("select", ["x"], [(Literal("a,b"),)]), "csv", buffer)
    >>> buffer.getvalue()
    'x\\r\\n"a,b"\\r\\n'
    """
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(WRITERS)}") from None
    writer(results, out)
