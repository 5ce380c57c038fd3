"""Analysis on the projection (an ``nx.MultiDiGraph``): links, investments, ownership,
centrality and communities, and exports for other graph tools.

Every function takes the projection first and entity ids (IRIs) as strings; get the
projection with ``KnowledgeGraph.projection()`` or :func:`project`.
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
