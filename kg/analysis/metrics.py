"""Who is central, and which groups hang together: centrality and communities.

NetworkX stays the graph model and the reference; the heavy algorithms run in igraph (C),
to which the projection is handed as an undirected simple graph: relations link actors
either way, parallel statements count once and self-loops not at all. On a 150,000-node
graph NetworkX needed minutes for betweenness from 200 sampled sources; igraph needs
seconds. Scores are scaled exactly as NetworkX scales them, sources are sampled as NetworkX
samples them, so for a given seed both give the same numbers.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.errors import AnalysisError

# networkx only names the type here; the CLI imports this module for its constants.
if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "EXACT_BETWEENNESS_NODES",
    "MEASURES",
    "SAMPLED_SOURCES",
    "AnalysisError",
    "centrality",
    "communities",
    "community_rows",
    "ranking_rows",
    "sources_to_sample",
    "to_igraph",
]

MEASURES = ("degree", "pagerank", "betweenness")
#: Past this many nodes, betweenness is sampled from :data:`SAMPLED_SOURCES` sources unless
#: the caller asks for it exact: exact betweenness on the Crunchbase store took 4 min 44 s,
#: 200 sampled sources rank nearly the same in seconds.
EXACT_BETWEENNESS_NODES = 20_000
SAMPLED_SOURCES = 200
#: How many members :func:`community_rows` names as a group's best connected.
BEST_CONNECTED = 5

# Leiden passes: on a 150,000-node graph 5 passes took 1.6 s for modularity 0.492, running
# until stable 18 s for 0.494 (Louvain: 1.7 s, 0.475).
_LEIDEN_ITERATIONS = 5




def to_igraph(G: nx.MultiDiGraph):
    """The projection as an undirected simple ``igraph.Graph``, with its node ids in order.

    Vertex *i* of the result is ``nodes[i]``, in the order of ``G.nodes``.

    Examples
    --------
    >>> import networkx as nx
    >>> ig, nodes = to_igraph(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "b"), ("b", "c")]))
    >>> ig.vcount(), ig.ecount(), nodes
    (3, 2, ['a', 'b', 'c'])
    """
    import igraph

    nodes = list(G.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = set()
    for u, v in G.edges():
        a, b = index[u], index[v]
        if a != b:
            pairs.add((a, b) if a < b else (b, a))
    return igraph.Graph(n=len(nodes), edges=sorted(pairs), directed=False), nodes


def centrality(
    G: nx.MultiDiGraph,
    *,
    measure: str = "degree",
    classes: Iterable[str] | None = None,
    k: int | None = None,
    seed: int = 0,
    limit: int | None = None,
    progress=None,
) -> list[tuple[str, float]]:
    """Nodes ranked by a centrality *measure*, highest first.

    Parameters
    ----------
    G : nx.MultiDiGraph
        The projection; its edges count as undirected links, parallel ones once.
    measure : {"degree", "pagerank", "betweenness"}
        ``degree``: distinct neighbours / (n - 1), as ``nx.degree_centrality``.
        ``pagerank``: damping 0.85, as ``nx.pagerank`` of the undirected graph.
        ``betweenness``: normalised as ``nx.betweenness_centrality``; with *k*, estimated
        from *k* sources sampled with *seed* and rescaled exactly as NetworkX does.
    classes : iterable of str, optional
        Rank only nodes whose ``cls`` is one of these (scores still use the whole graph;
        expand subclasses before calling).
    k : int, optional
        Sampled sources for betweenness (at least 2; *k* >= n means exact).
    seed : int
        Seed of the sampling.
    limit : int, optional
        How many to return.
    progress : callable, optional
        Called with (sources done, sources) while exact betweenness is computed (in
        slices of sources, a little slower than all at once).

    Returns
    -------
    list of (node, score)
        Highest score first, ties by label then id.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("b", "c")])
    >>> centrality(G, measure="degree")
    [('b', 1.0), ('a', 0.5), ('c', 0.5)]
    >>> centrality(G, measure="betweenness")
    [('b', 1.0), ('a', 0.0), ('c', 0.0)]
    """
    if measure not in MEASURES:
        raise AnalysisError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    n = G.number_of_nodes()
    if measure == "degree":
        if n <= 1:
            scores = dict.fromkeys(G, 1.0)  # as NetworkX has it
        else:
            scores = {node: len((G.succ[node].keys() | G.pred[node].keys()) - {node}) / (n - 1) for node in G}
    elif n == 0:
        scores = {}
    else:
        ig, nodes = to_igraph(G)
        if measure == "pagerank":
            values = ig.pagerank(damping=0.85, directed=False)
        else:
            values = _betweenness(ig, nodes, k=k, seed=seed, progress=progress)
        scores = dict(zip(nodes, values))
    if classes is not None:
        wanted = set(classes)
        scores = {node: s for node, s in scores.items() if G.nodes[node].get("cls") in wanted}
    ranked = sorted(
        ((node, float(score)) for node, score in scores.items()),
        key=lambda item: (-item[1], str(G.nodes[item[0]].get("label", item[0])), item[0]),
    )
    return ranked[:limit] if limit is not None else ranked


def sources_to_sample(nodes: int, *, exact: bool = False) -> int | None:
    """How many sources betweenness on a graph of *nodes* nodes is sampled from when the
    caller names none: :data:`SAMPLED_SOURCES` past :data:`EXACT_BETWEENNESS_NODES`, unless
    *exact*; None (every source) otherwise.

    >>> sources_to_sample(50), sources_to_sample(150_000), sources_to_sample(150_000, exact=True)
    (None, 200, None)
    """
    if exact or nodes <= EXACT_BETWEENNESS_NODES:
        return None
    return SAMPLED_SOURCES


def ranking_rows(G: nx.MultiDiGraph, ranked: Iterable[tuple[str, float]], measure: str) -> list[dict]:
    """Rows of a :func:`centrality` ranking, for a table or JSON: each node's ``entity`` (id),
    ``label``, ``class`` and its score under the *measure*'s name.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b")])
    >>> G.nodes["a"].update(label="Acme", cls="Company")
    >>> ranking_rows(G, [("a", 1.0), ("b", 1.0)], "degree")
    [{'entity': 'a', 'label': 'Acme', 'class': 'Company', 'degree': 1.0}, {'entity': 'b', 'label': 'b', 'class': '', 'degree': 1.0}]
    """
    return [
        {"entity": node, "label": G.nodes[node].get("label", node), "class": G.nodes[node].get("cls", ""), measure: score}
        for node, score in ranked
    ]


def community_rows(G: nx.MultiDiGraph, groups: Iterable[set[str]], *, members: bool = False) -> list[dict]:
    """One row per group of :func:`communities`, for a table or JSON: its ``size``, its
    dominant ``class`` with how many members have it, its :data:`BEST_CONNECTED` members of
    highest degree (``best connected``, by label) and, with *members*, every member's label.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> for node, label in (("a", "Acme"), ("b", "Bolt"), ("c", "Cara")):
    ...     G.nodes[node].update(label=label, cls="Company")
    >>> community_rows(G, [{"a", "b", "c"}], members=True)
    [{'size': 3, 'class': 'Company (3)', 'best connected': ['Acme', 'Bolt', 'Cara'], 'members': ['Acme', 'Bolt', 'Cara']}]
    """
    rows = []
    for group in groups:
        cls, count = Counter(G.nodes[n].get("cls", "") for n in group).most_common(1)[0]
        ranked = sorted(group, key=lambda n: (-G.degree(n), G.nodes[n].get("label", n)))
        row = {"size": len(group), "class": f"{cls} ({count})",
               "best connected": [G.nodes[n].get("label", n) for n in ranked[:BEST_CONNECTED]]}
        if members:
            row["members"] = sorted(G.nodes[n].get("label", n) for n in group)
        rows.append(row)
    return rows


def _betweenness(ig, nodes: list[str], *, k: int | None, seed: int, progress=None) -> list[float]:
    """Betweenness normalised as NetworkX 3.6 does it (endpoints excluded, undirected).

    igraph counts every unordered pair once; NetworkX's raw count is twice that (it walks
    each pair from both ends). Exact: raw / ((n-1)(n-2)). Sampled from k sources: raw /
    (k (n-2)) for the other nodes and raw / ((k-1)(n-2)) for the sources themselves, which
    cannot lie on their own paths.
    """
    n = len(nodes)
    if n <= 2:
        return [0.0] * n
    if k is None or k >= n:
        if progress is None:
            return [2 * value / ((n - 1) * (n - 2)) for value in ig.betweenness(directed=False)]
        # In slices of sources, to report progress; igraph halves an undirected count
        # from given sources, so the slices add up to the call above.
        raw = [0.0] * n
        step = max(1, n // 100)
        for start in range(0, n, step):
            for i, value in enumerate(ig.betweenness(directed=False, sources=range(start, min(n, start + step)))):
                raw[i] += value
            progress(min(n, start + step), n)
        return [2 * value / ((n - 1) * (n - 2)) for value in raw]
    if k < 2:
        raise AnalysisError("sampled betweenness needs at least 2 sources (k >= 2)")
    # The same draw as nx.betweenness_centrality(G, k=k, seed=seed): sample(list(G), k).
    sources = random.Random(seed).sample(range(n), k)
    raw = ig.betweenness(directed=False, sources=sources)
    chosen = set(sources)
    return [
        2 * value / ((k - 1 if i in chosen else k) * (n - 2)) for i, value in enumerate(raw)
    ]


def communities(
    G: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0, method: str = "leiden"
) -> list[set[str]]:
    """Groups of densely linked nodes, maximising modularity, largest first.

    Parameters
    ----------
    G : nx.MultiDiGraph
        The projection, read as an undirected simple graph (see :func:`to_igraph`).
    seed : int
        Seed of the method's random choices: the same seed gives the same groups.
    resolution : float
        Modularity resolution: above 1 favours smaller groups, below 1 larger ones.
    method : {"leiden", "louvain"}
        igraph's Leiden (modularity objective, five passes) or its Louvain
        (``community_multilevel``, what ``nx.community.louvain_communities`` computes).

    Returns
    -------
    list of set
        A partition of the nodes (an isolated node is a group of its own), largest group
        first, ties by their smallest id.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")])
    >>> [sorted(c) for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    import igraph

    if method not in ("leiden", "louvain"):
        raise AnalysisError(f"unknown community method {method!r}; use leiden or louvain")
    if G.number_of_nodes() == 0:
        return []
    ig, nodes = to_igraph(G)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        if method == "leiden":
            clustering = ig.community_leiden(objective_function="modularity", resolution=resolution, n_iterations=_LEIDEN_ITERATIONS)
        else:
            clustering = ig.community_multilevel(resolution=resolution)
    finally:
        igraph.set_random_number_generator(random)
    groups = [{nodes[i] for i in members} for members in clustering]
    return sorted(groups, key=lambda group: (-len(group), min(group)))
