"""Analysis on the projection, the entity graph as an ``nx.MultiDiGraph``.

Building it: :mod:`~kg.analysis.project` (:func:`build_projection` from a store and an
ontology, :func:`filter_projection`, and :func:`project`, the projection cached per store
state, from a store and an ontology too),
:mod:`~kg.analysis.joined` (the per-graph pieces joined), :mod:`~kg.analysis.join_patches`
(the join kept on disk and patched graph by graph) and
:mod:`~kg.analysis.neighbourhood` (the part around a few entities, read from a store with
batched queries). Reading it: :mod:`~kg.analysis.links` (paths between two entities, told as
sentences; :meth:`LinkPath.as_dict` for JSON), :mod:`~kg.analysis.investments` (portfolio,
investors, co-investors), :mod:`~kg.analysis.ownership` (integrated stakes),
:mod:`~kg.analysis.metrics` (centrality, communities, and their rows for a table or JSON)
and :mod:`~kg.analysis.exports` (GraphML, GEXF, Cytoscape).

The readers take the projection (or a neighbourhood's part of it) first and entity ids
(IRIs) as strings, and what else they need (an ontology) as arguments, never the
``KnowledgeGraph`` façade; no module here imports :mod:`kg.graph`
(``tests/test_layering.py``).
"""

import importlib

__all__ = [
    "GRAPH_EXPORTS",
    "LinkPath",
    "build_projection",
    "centrality",
    "coinvestors",
    "communities",
    "describe_path",
    "export_graph",
    "filter_projection",
    "find_links",
    "investors",
    "owners",
    "portfolio",
    "project",
    "strongest_coinvestor_pairs",
]

# Where each name lives. They are imported on first use: the CLI imports this package for
# a constant or two, and ``kg ingest`` must not pay for networkx and the exporters.
_HOMES = {
    "project": "project",
    "build_projection": "project",
    "filter_projection": "project",
    "find_links": "links",
    "describe_path": "links",
    "LinkPath": "links",
    "portfolio": "investments",
    "investors": "investments",
    "coinvestors": "investments",
    "strongest_coinvestor_pairs": "investments",
    "owners": "ownership",
    "centrality": "metrics",
    "communities": "metrics",
    "GRAPH_EXPORTS": "exports",
    "export_graph": "exports",
}


def __getattr__(name: str):
    """The exported *name*, its module imported the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
