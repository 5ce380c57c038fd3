"""Merged entities as one node of the projection (:mod:`kg.analysis.project`).

The store keeps every source's own IRIs (a re-import rewrites them, judgements survive
in their own graph); the projection is where analysis, pictures and the explorer look,
so that is where a cluster becomes its canonical node.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["collapse_merged"]


def collapse_merged(G: nx.MultiDiGraph, canonical: dict[str, str]) -> nx.MultiDiGraph:
    """Fold each merged entity of *G* into its canonical node, in place, and return *G*.

    Parameters
    ----------
    G : nx.MultiDiGraph
        A projection: nodes keyed by IRI with ``label`` and ``cls``.
    canonical : dict
        Member IRI -> canonical IRI (:func:`kg.resolution.canonical_map`).

    Returns
    -------
    nx.MultiDiGraph
        *G*, where every edge of a member now starts or ends at the canonical node (keys
        and attributes kept), an edge between two members of one cluster is dropped, the
        members are gone and the canonical node lists them under ``merged``. A canonical
        entity the graph lacks takes its first member's attributes.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("fb", label="Facebook", cls="Company")
    >>> G.add_node("fb-inc", label="Facebook, Inc.", cls="Company")
    >>> G.add_node("accel", label="Accel", cls="InvestmentFirm")
    >>> _ = G.add_edge("accel", "fb-inc", key="s1", relation="investsIn")
    >>> _ = collapse_merged(G, {"fb-inc": "fb"})
    >>> sorted(G.nodes), list(G.edges(keys=True)), G.nodes["fb"]["merged"]
    (['accel', 'fb'], [('accel', 'fb', 's1')], ['fb-inc'])
    """
    for member, root in sorted(canonical.items()):
        if member not in G or member == root:
            continue
        if root not in G:
            G.add_node(root, **G.nodes[member])
        # The other end stays as it is: if it is a member too, its own turn moves it.
        moved = [(root, v, k, d) for _, v, k, d in G.out_edges(member, keys=True, data=True)]
        moved += [(u, root, k, d) for u, _, k, d in G.in_edges(member, keys=True, data=True)]
        G.remove_node(member)
        for u, v, key, data in moved:
            if u != v and u != member and v != member:
                G.add_edge(u, v, key=key, **data)
        G.nodes[root].setdefault("merged", []).append(member)
    return G
