"""The requests a write to a SPARQL server is made of (:class:`kg.store.remote.RemoteStore`
sends them).

A write is a list of rows ``(s, p, o, graph)``: terms already in N-Triples syntax, the
graph an rdflib IRI or None for the default graph. How it travels depends on the server
(:mod:`kg.store.remote_servers`):

- **one request**: a server without a known Graph Store Protocol endpoint gets one SPARQL
  update (``DROP`` and ``INSERT DATA``), which it applies whole or not at all;
- **one N-Quads POST**: a server whose GSP endpoint takes a dataset atomically (Oxigraph's
  ``/store``) gets the added quads in one request;
- **one PUT**: Oxigraph replaces a graph by a GSP ``PUT`` (its SPARQL ``ADD`` of a staged
  graph takes minutes where the PUT takes seconds), in one transaction up to
  ``BULK_PUT_QUADS`` quads (an article: cut off midway, the old graph stays whole), through
  its bulk loader past that (a table; a transaction took 3.5 times as long): such a
  replacement that fails midway (the connection lost, the server stopped) leaves that graph
  **partly written** and every other graph as it was; the error says so, and running the
  command again repairs it;
- **staged**: otherwise the quads first go into fresh *staging* graphs
  (``urn:x-kg:staging:...``), one per target graph, in as many bounded requests as the
  server needs (GSP POSTs of N-Triples; updates for the quads that hold a blank node, each
  blank node's quads in one request so that it stays one node). Only when every piece has
  landed, and the staging graphs hold as many quads as were sent, does one last update
  move them into place. A failure before that
  last update leaves every target graph as it was, and kg drops the staging graphs (a
  staging graph left behind, by a lost connection, is hidden from ``graphs()``, stats and
  exports and may be dropped by hand). The last update is applied as atomically as the
  server applies one update request.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rdflib import BNode, URIRef
from rdflib.term import Identifier

from kg.errors import StoreError
from kg.store.base import Quad
from kg.store.oxigraph import to_oxigraph

__all__ = ["Row", "bnode_chunks", "expected_counts", "has_bnode", "insert_data", "insert_template", "move_into_place", "nquads", "nt_term", "ntriples", "rows_of"]

#: (subject, predicate, object) in N-Triples syntax, and the target graph (None: default).
Row = tuple[str, str, str, URIRef | None]


def nt_term(term: Identifier) -> str:
    """An rdflib term in N-Triples syntax (IRIs checked, literals escaped), as pyoxigraph
    writes it: a tenth of the time of kg's SPARQL serialiser, which bulk writes feel."""
    if isinstance(term, BNode) and not str(term).isalnum():
        raise StoreError(f"not a valid RDF term: {term!r} (a blank node id kg can send is alphanumeric)")
    return str(to_oxigraph(term))


def rows_of(quads: Iterable[Quad], graph: URIRef | None = None, *, replace: bool = False) -> list[Row]:
    """*quads* as rows to send, each distinct term serialised once (entities recur)."""
    seen: dict[tuple, str] = {}

    def nt(term: Identifier) -> str:
        key = (type(term), str(term), getattr(term, "datatype", None), getattr(term, "language", None))
        text = seen.get(key)
        if text is None:
            text = seen[key] = nt_term(term)
        return text

    return [(nt(s), nt(p), nt(o), graph if replace else g) for s, p, o, g in quads]


def has_bnode(row: Row) -> bool:
    return row[0].startswith("_:") or row[2].startswith("_:")


def bnode_chunks(rows: Sequence[Row], size: int) -> Iterator[list[Row]]:
    """*rows* in chunks of about *size*, the rows that share a blank node (directly or
    through other blank nodes) always in one chunk, since a blank node label means a new
    node in each request. A chunk holds the rows of one graph, unless a blank node spans
    several graphs; a group larger than *size* is a chunk of its own.

    >>> rows = [("_:a", "<p>", "_:b", None), ("<s>", "<p>", "<o>", None), ("_:b", "<p>", "1", None)]
    >>> [len(chunk) for chunk in bnode_chunks(rows, 1)]
    [2, 1]
    """
    parent: dict[str, str] = {}

    def root(label: str) -> str:
        parent.setdefault(label, label)
        while parent[label] != label:
            parent[label] = parent[parent[label]]  # path halving keeps the trees flat
            label = parent[label]
        return label

    for s, _, o, _ in rows:
        if s.startswith("_:") and o.startswith("_:"):
            parent[root(s)] = root(o)
    groups: dict[str, list[Row]] = {}
    loose: list[list[Row]] = []
    for row in rows:
        label = row[0] if row[0].startswith("_:") else row[2] if row[2].startswith("_:") else None
        if label is None:
            loose.append([row])
        else:
            groups.setdefault(root(label), []).append(row)
    ordered = sorted([*groups.values(), *loose], key=lambda group: sorted({str(row[3]) for row in group}))
    chunk: list[Row] = []
    graphs: set = set()
    for group in ordered:
        mine = {row[3] for row in group}
        if chunk and (len(chunk) + len(group) > size or mine != graphs):
            yield chunk
            chunk = []
        chunk.extend(group)
        graphs = mine
    if chunk:
        yield chunk


def expected_counts(rows: Iterable[Row]) -> dict[URIRef | None, int]:
    """How many distinct quads each graph of *rows* will hold once written."""
    seen: dict[URIRef | None, set] = {}
    for s, p, o, g in rows:
        seen.setdefault(g, set()).add((s, p, o))
    return {graph: len(triples) for graph, triples in seen.items()}


def _graph_blocks(rows: Iterable[Row], name) -> str:
    by_graph: dict[URIRef | None, list[str]] = {}
    for s, p, o, g in rows:
        by_graph.setdefault(g, []).append(f"{s} {p} {o} .")
    blocks = []
    for graph, lines in by_graph.items():
        body = "\n".join(lines)
        iri = name(graph)
        blocks.append(body if iri is None else f"GRAPH <{iri}> {{\n{body}\n}}")
    return "\n".join(blocks)


def insert_data(rows: Iterable[Row], name=lambda graph: graph) -> str:
    """One ``INSERT DATA`` of *rows*, a GRAPH block per graph (named by *name*).

    One operation, not one per graph: SPARQL scopes a blank node label to its block of
    data, and Oxigraph refuses a label that two operations of one request share, so a file
    whose blank node appears in two graphs must travel in one block.
    """
    return "INSERT DATA {\n" + _graph_blocks(rows, name) + "\n}"


def insert_template(rows: Iterable[Row], name=lambda graph: graph) -> str:
    """*rows* as ``INSERT { ... } WHERE {}``: the form Virtuoso accepts blank nodes in (a
    template's blank node is one new node for the whole request, across its graphs)."""
    return "INSERT {\n" + _graph_blocks(rows, name) + "\n} WHERE {}"


def ntriples(rows: Iterable[Row]) -> bytes:
    return "".join(f"{s} {p} {o} .\n" for s, p, o, _ in rows).encode("utf-8")


def nquads(rows: Iterable[Row], name=lambda graph: graph) -> bytes:
    lines = []
    for s, p, o, g in rows:
        iri = name(g)
        lines.append(f"{s} {p} {o} .\n" if iri is None else f"{s} {p} {o} <{iri}> .\n")
    return "".join(lines).encode("utf-8")


def move_into_place(staged: dict[URIRef | None, str], *, replace: bool, default: str | None) -> str:
    """The one update that ends a staged write: each staging graph added to its target
    (cleared first when *replace*), then dropped. The default graph is ``DEFAULT``, or the
    graph *default* stands for it."""
    operations = []
    for target, staging in staged.items():
        into = "DEFAULT" if target is None and default is None else f"GRAPH <{default if target is None else target}>"
        if replace:
            operations.append(f"DROP SILENT {into}" if into != "DEFAULT" else "CLEAR SILENT DEFAULT")
        operations.append(f"ADD SILENT GRAPH <{staging}> TO {into}")
        operations.append(f"DROP SILENT GRAPH <{staging}>")
    return " ;\n".join(operations)
