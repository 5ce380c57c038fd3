"""The projection for other graph tools: GraphML (Gephi, yEd), GEXF (Gephi) and Cytoscape.

One registry, :data:`GRAPH_EXPORTS`, maps a format name to a writer ``(G, out) -> None``
that writes bytes to a binary file. Every node keeps its ``label`` and ``cls``, every
edge its relation, label, strength, statement, provenance and qualifiers, as attributes
other tools can filter and colour by. Those formats want scalar attributes of one type per
name, so :func:`scalar_copy` prepares the graph for all three:

- None and non-finite numbers are left out; lists and dicts are left out;
- an attribute is a bool, an int, a float or a string in every node (or edge) that has it:
  ints mixed with floats become floats, anything else mixed becomes strings;
- names the formats reserve are renamed: ``source`` (the provenance IRI; Cytoscape's edge
  end) becomes ``source_iri``, with ``source_title`` from ``G.graph["sources"]``; ``start``
  and ``end`` (GEXF's dynamic time) become ``period_start`` and ``period_end``;
- ``weight`` is the relation's strength (1-4), which Gephi's layouts read;
- edge keys are unique (a relation name used for several pairs gets a ``~n`` suffix);
- characters XML 1.0 cannot carry (control characters, lone surrogates) are removed.

Names come from news text: the XML writers escape them and the Cytoscape JSON writes
``<``, ``>`` and ``&`` as ``\\u003c``-style escapes, so a file can be inlined in a page.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from kg.errors import AnalysisError

# networkx is imported where a graph is written: `kg export` names these formats in its
# options, and every other command would pay for networkx.
if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GRAPH_EXPORTS", "export_graph", "scalar_copy"]

_RENAMED = {"source": "source_iri", "start": "period_start", "end": "period_end"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_JSON_MARKUP = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _scalar(value):
    """The value as a bool, int, float or cleaned str, or None to leave it out."""
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _clean(value)
    return None


def _attributes(data: dict, renamed: dict[str, str]) -> dict:
    result = {}
    for key, value in data.items():
        value = _scalar(value)
        if value is not None:
            result[_clean(renamed.get(key, str(key)))] = value
    return result


def _unify_types(items: list[dict]) -> None:
    """Give each attribute name one type across *items* (node or edge attribute dicts)."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for data in items:
        for key, value in data.items():
            kinds[key].add(type(value))
    for key, types in kinds.items():
        if len(types) == 1:
            continue
        target = float if types <= {int, float} else str
        for data in items:
            if key in data:
                data[key] = target(data[key])


def scalar_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the projection with scalar attributes only, as described in the module.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(sources={"src:1": {"title": "Deal news", "issued": None}})
    >>> G.add_node("a", label="A", cls="InvestmentFirm"); G.add_node("b", label="B", cls="Company")
    >>> _ = G.add_edge("a", "b", key="st:1", relation="investsIn", strength=3, amount=5.0,
    ...                source="src:1", statement="st:1", date=None)
    >>> dict(scalar_copy(G).edges["a", "b", "st:1"])
    {'relation': 'investsIn', 'strength': 3, 'amount': 5.0, 'source_iri': 'src:1', 'statement': 'st:1', 'source_title': 'Deal news', 'weight': 3.0}
    """
    sources = G.graph.get("sources") or {}
    nodes = {node: _attributes(data, {}) for node, data in G.nodes(data=True)}
    edges = []
    seen: set[str] = set()
    for u, v, key, data in G.edges(keys=True, data=True):
        attributes = _attributes(data, _RENAMED)
        title = (sources.get(data.get("source")) or {}).get("title") if data.get("source") else None
        if isinstance(title, str):
            attributes["source_title"] = _clean(title)
        if isinstance(data.get("strength"), int | float) and not isinstance(data.get("strength"), bool):
            attributes["weight"] = float(data["strength"])
        name, count = _clean(str(key)), 1
        while name in seen:
            name, count = f"{_clean(str(key))}~{count}", count + 1
        seen.add(name)
        edges.append((u, v, name, attributes))
    _unify_types(list(nodes.values()))
    _unify_types([attributes for *_, attributes in edges])
    import networkx as nx

    copy = nx.MultiDiGraph()
    ids = {node: _clean(str(node)) for node in nodes}
    for node, attributes in nodes.items():
        copy.add_node(ids[node], **attributes)
    for u, v, name, attributes in edges:
        copy.add_edge(ids[u], ids[v], key=name, **attributes)
    return copy


def _graphml(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    # Default key ids (d0, d1, ...): named ids would repeat "label" for nodes and edges.
    import networkx as nx

    nx.write_graphml(scalar_copy(G), out, encoding="utf-8", prettyprint=True)


def _gexf(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    # GEXF takes the node and edge "label" and the edge "weight" as its own fields.
    import networkx as nx

    nx.write_gexf(scalar_copy(G), out, encoding="utf-8", prettyprint=True)


def _cytoscape(G: nx.MultiDiGraph, out: BinaryIO) -> None:
    import networkx as nx

    copy = scalar_copy(G)
    for node, data in copy.nodes(data=True):
        data["name"] = data.get("label", node)
    text = json.dumps(nx.cytoscape_data(copy), ensure_ascii=False, indent=1)
    # "<", ">" and "&" only occur inside JSON strings, where the escapes mean the same.
    for char, escape in _JSON_MARKUP.items():
        text = text.replace(char, escape)
    out.write(text.encode("utf-8"))


GRAPH_EXPORTS: dict[str, Callable[[nx.MultiDiGraph, BinaryIO], None]] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "cytoscape": _cytoscape,
}


def export_graph(G: nx.MultiDiGraph, fmt: str, out: BinaryIO) -> None:
    """Write the projection *G* to the binary file *out* in the format *fmt*.

    Parameters
    ----------
    G : nx.MultiDiGraph
        The projection (see :mod:`kg.analysis.project`).
    fmt : str
        A key of :data:`GRAPH_EXPORTS`: ``graphml``, ``gexf`` or ``cytoscape`` (JSON).
    out : binary file

    Examples
    --------
    >>> import io
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="A & B <Holdings>", cls="Company")
    >>> buffer = io.BytesIO()
    >>> export_graph(G, "graphml", buffer)
    >>> b"A &amp; B &lt;Holdings&gt;" in buffer.getvalue()
    True
    """
    try:
        writer = GRAPH_EXPORTS[fmt]
    except KeyError:
        raise AnalysisError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_EXPORTS)}") from None
    writer(G, out)
