"""Analysis on the projection, the entity graph as an ``nx.MultiDiGraph``.

Building it: :mod:`~kg.analysis.project` (:func:`build_projection` from a store and an
ontology, :func:`filter_projection`, and :func:`project`, the projection cached per store
state, from a store and an ontology too),
:mod:`~kg.analysis.joined` (the per-graph pieces joined and kept on disk) and
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

from kg.analysis.exports import GRAPH_EXPORTS, export_graph
from kg.analysis.investments import coinvestors, investors, portfolio, strongest_coinvestor_pairs
from kg.analysis.links import LinkPath, describe_path, find_links
from kg.analysis.metrics import centrality, communities
from kg.analysis.ownership import owners
from kg.analysis.project import build_projection, filter_projection, project

__all__ = [
    "project",
    "build_projection",
    "filter_projection",
    "find_links",
    "describe_path",
    "LinkPath",
    "portfolio",
    "investors",
    "coinvestors",
    "strongest_coinvestor_pairs",
    "owners",
    "centrality",
    "communities",
    "GRAPH_EXPORTS",
    "export_graph",
]
