"""Who really owns a firm: integrated stakes multiplied along ownership chains.

Ownership edges of the projection, read as "owner holds fraction s of owned", are those of
the relations kg.ttl gives a ``kg:ownerSide``: the owner is the edge's subject (holding a
stake, acquiring) or its object (being a subsidiary: the edge is read backwards). s is the
stake qualifier's value (``kg:stake``, in percent) / 100; when none is stated it is the
relation's ``kg:defaultStake`` / 100 (an acquisition takes the whole firm), else unknown.

Of several statements about one pair the largest stated stake counts; a stake outside
0-100 % is taken as unknown, and a firm's stake in itself (treasury shares) is ignored.

The *integrated* stake e(X) of an owner X in the firm F sums, over every chain from X to F,
the product of the stakes along it: e = S e + s_F, with S the stakes among owners and s_F
the direct stakes in F. With cross-holdings the chains are infinite and e is the limit of
x_{k+1} = S x_k + s_F, which exists exactly when every cycle holds less than all of itself
(the spectral radius of S is below 1). The limit is computed exactly, component by
component of the ownership graph from F upwards: outside cycles it is a finite sum; inside a
cycle it solves (I - S) x = b by elimination, whose pivots all stay positive exactly when
the series converges. When it does not (a 100 % circular holding), the cycle is reported
and the owners whose chains run into it get no figure, instead of an endless loop.

An unknown stake is never taken as zero: an owner reached only through unknown links has no
figure (None); one reached through known and unknown chains gets the known part and
``at_least=True``.
"""

from __future__ import annotations

import functools
from collections import defaultdict, deque
from dataclasses import dataclass
from itertools import islice

import networkx as nx

from kg.ontology import Ontology, load_ontology

__all__ = ["direct_owners", "owners", "ownership_edges"]

_PIVOT_TOLERANCE = 1e-12

Stake = float | None



@dataclass(frozen=True)
class _Rules:
    """What the ontology says of ownership: per relation, whether its object is the owner
    (the edge is read backwards) and the stake its facts mean when they state none; and the
    qualifier holding a stake."""

    backwards: dict[str, bool]
    default: dict[str, Stake]
    stake: str

    @staticmethod
    def of(ontology: Ontology | None) -> _Rules:
        return _rules(ontology or load_ontology())

    @classmethod
    def read(cls, ontology: Ontology) -> _Rules:
        owning = [r for r in ontology.relations.values() if r.owner_side is not None]
        return cls(
            backwards={r.name: r.owner_side == "object" for r in owning},
            default={r.name: None if r.default_stake is None else r.default_stake / 100 for r in owning},
            stake=ontology.stake_qualifier().name,
        )

    def stake_of(self, relation: str | None, data: dict) -> tuple[bool, Stake]:
        """``(is an ownership edge, fraction or None)`` for one edge of the projection."""
        if relation not in self.backwards:
            return False, None
        percent = data.get(self.stake)
        if isinstance(percent, (int, float)) and not isinstance(percent, bool) and 0 <= percent <= 100:
            return True, percent / 100
        return True, self.default[relation] if percent is None else None


def _merge(stakes: dict, key, value: Stake) -> None:
    if key not in stakes or (value is not None and (stakes[key] is None or value > stakes[key])):
        stakes[key] = value


@functools.lru_cache(maxsize=8)
def _rules(ontology: Ontology) -> _Rules:
    # Read once per ontology: direct_owners runs once per node of a neighbourhood.
    return _Rules.read(ontology)


def ownership_edges(G: nx.MultiDiGraph, *, ontology: Ontology | None = None) -> dict[tuple[str, str], Stake]:
    """Direct stakes of the whole graph as ``{(owner, owned): fraction or None}``; the
    ownership relations are read from *ontology* (kg's own by default).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", relation="holdsStakeIn", stakePercent=30.0)
    >>> _ = G.add_edge("a", "b", relation="holdsStakeIn")
    >>> _ = G.add_edge("c", "a", relation="subsidiaryOf")
    >>> ownership_edges(G)
    {('a', 'b'): 0.3, ('a', 'c'): None}
    """
    rules = _Rules.of(ontology)
    stakes: dict[tuple[str, str], Stake] = {}
    for u, v, data in G.edges(data=True):
        relation = data.get("relation")
        is_ownership, value = rules.stake_of(relation, data)
        if is_ownership and u != v:
            _merge(stakes, (v, u) if rules.backwards[relation] else (u, v), value)
    return stakes


def direct_owners(G: nx.MultiDiGraph, node: str, *, ontology: Ontology | None = None) -> dict[str, Stake]:
    """``{owner: fraction or None}`` of *node*, read from its own edges only, in owner order
    (so that figures summed over them do not depend on the order edges were stored in).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("b", "f", relation="holdsStakeIn", stakePercent=40.0)
    >>> _ = G.add_edge("f", "a", relation="subsidiaryOf")
    >>> direct_owners(G, "f")
    {'a': None, 'b': 0.4}
    """
    return _direct_owners(G, node, _Rules.of(ontology))


def _direct_owners(G: nx.MultiDiGraph, node: str, rules: _Rules) -> dict[str, Stake]:
    found: dict[str, Stake] = {}
    for neighbours, backwards in ((G.pred[node], False), (G.succ[node], True)):
        for other, edges in neighbours.items():
            if other == node:
                continue
            for data in edges.values():
                relation = data.get("relation")
                is_ownership, value = rules.stake_of(relation, data)
                if is_ownership and rules.backwards[relation] == backwards:
                    _merge(found, other, value)
    return dict(sorted(found.items()))


def _upwards(owners_of: dict[str, dict[str, Stake]], starts, firm: str, *, known_only: bool = False) -> set[str]:
    """Nodes with a chain to one of *starts* that does not run through *firm* (a chain ends
    at the firm, it never passes it)."""
    seen = set(starts)
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        for owner, stake in owners_of.get(node, {}).items():
            if owner not in seen and not (known_only and stake is None):
                seen.add(owner)
                if owner != firm:
                    queue.append(owner)
    return seen


def _solve(members: list[str], stakes: dict[str, dict[str, float]], rhs: dict[str, float]) -> dict[str, float] | None:
    """Solve ``(I - S) x = b`` on one strongly connected component by sparse Gaussian
    elimination without pivoting; None when a pivot is not positive, i.e. when I - S is not
    a nonsingular M-matrix and the series of S diverges."""
    position = {node: i for i, node in enumerate(members)}
    rows: list[dict[int, float]] = [{i: 1.0} for i in range(len(members))]
    column: dict[int, set[int]] = defaultdict(set)
    for i, owner in enumerate(members):
        for owned, stake in stakes.get(owner, {}).items():
            if owned in position:
                j = position[owned]
                rows[i][j] = rows[i].get(j, 0.0) - stake
                column[j].add(i)
    b = [rhs.get(node, 0.0) for node in members]
    for k in range(len(members)):
        pivot = rows[k].get(k, 0.0)
        if pivot <= _PIVOT_TOLERANCE:
            return None
        for i in sorted(r for r in column[k] if r > k):
            factor = rows[i].pop(k, 0.0) / pivot
            if factor == 0.0:
                continue
            for j, value in rows[k].items():
                if j > k:
                    rows[i][j] = rows[i].get(j, 0.0) - factor * value
                    column[j].add(i)
            b[i] -= factor * b[k]
    x = [0.0] * len(members)
    for k in reversed(range(len(members))):
        x[k] = (b[k] - sum(v * x[j] for j, v in rows[k].items() if j > k)) / rows[k][k]
    return dict(zip(members, x))


def _integrated(firm: str, owners_of, reach: set[str]) -> tuple[dict[str, float], list[list[str]], set[str]]:
    """Integrated known stakes of the owners in *reach* (those with a known chain to *firm*),
    with the cycles that own all of themselves and the owners whose chains run into one."""
    stakes: dict[str, dict[str, float]] = defaultdict(dict)  # owner -> owned -> known stake
    for owned in sorted(reach | {firm}):
        for owner, stake in owners_of.get(owned, {}).items():
            if stake is not None and owner in reach:
                stakes[owner][owned] = stake
    known = nx.DiGraph()
    known.add_nodes_from(sorted(reach))
    known.add_edges_from((o, t) for o in sorted(stakes) for t in sorted(stakes[o]) if t != firm)
    components = nx.condensation(known)
    value: dict[str, float] = {firm: 1.0}
    divergent_cycles: list[list[str]] = []
    diverges: set[str] = set()
    # Owners point to what they own, so the reverse topological order meets owned first.
    for component in reversed(list(nx.topological_sort(components))):
        members = sorted(components.nodes[component]["members"])
        inside = set(members)
        if any(t in diverges for m in members for t in stakes[m] if t not in inside):
            diverges |= inside
            continue
        rhs = {m: sum(s * value[t] for t, s in stakes[m].items() if t not in inside) for m in members}
        solved = rhs if len(members) == 1 else _solve(members, stakes, rhs)
        if solved is None:
            divergent_cycles.append(members)
            diverges |= inside
        else:
            value.update(solved)
    value.pop(firm)
    return value, sorted(divergent_cycles), diverges


def _chains(graph: nx.DiGraph, owner: str, firm: str, limit: int) -> list[list[str]]:
    if limit <= 0:
        return []
    return [list(chain) for chain in islice(nx.shortest_simple_paths(graph, owner, firm), limit)]


def owners(
    G: nx.MultiDiGraph, firm: str, *, max_depth: int | None = 10, chains: int = 3, ontology: Ontology | None = None
) -> dict:
    """Direct, intermediate and ultimate owners of *firm*, with integrated stakes.

    Parameters
    ----------
    G : nx.MultiDiGraph
        The projection (see :mod:`kg.analysis.project`).
    firm : str
        Node id (IRI) of the firm.
    max_depth : int or None
        List owners whose shortest chain has at most this many links (None: all). Figures
        always count every chain, however long.
    chains : int
        How many example chains to give per owner, shortest first.
    ontology : Ontology, optional
        Where the ownership relations and the stake qualifier are read (kg's own by default).

    Returns
    -------
    dict
        ``firm``; ``rows``, one per owner, largest figure first, unknown ones last; ``cycles``, the groups of owners holding each other
        (cross-holdings, sorted lists of ids); ``divergent``, those of them that own all of
        themselves, so the series does not converge; ``converged`` (no divergent cycle).
        Each row: ``owner`` (id), ``label``, ``cls``, ``percent`` (integrated stake in
        percent, 0-100 in the usual case, None when unknown), ``at_least`` (some chains run
        through unknown stakes: the figure is a lower bound), ``known`` (the figure is
        complete), ``depth`` (links in the shortest chain), ``ultimate`` (nobody owns the
        owner), ``in_cycle`` and ``cycle`` (the members of its cross-holding, or None),
        ``divergent`` (its chains run into a divergent cycle) and ``chains`` (example
        chains as lists of ids, owner first, firm last).

    Notes
    -----
    The sum over chains counts, for an owner inside a cross-holding, the chains that come
    back through it; with strong mutual holdings that can exceed 100 %.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abf": G.add_node(n, label=n.upper())
    >>> _ = G.add_edge("a", "b", relation="holdsStakeIn", stakePercent=50.0)
    >>> _ = G.add_edge("b", "f", relation="holdsStakeIn", stakePercent=40.0)
    >>> [(r["owner"], round(r["percent"], 6), r["ultimate"], r["chains"]) for r in owners(G, "f")["rows"]]
    [('b', 40.0, False, [['b', 'f']]), ('a', 20.0, True, [['a', 'b', 'f']])]
    """
    result = {"firm": firm, "rows": [], "cycles": [], "divergent": [], "converged": True}
    if firm not in G:
        return result
    rules = _Rules.of(ontology)
    owners_of: dict[str, dict[str, Stake]] = {}
    depth = {firm: 0}
    queue = deque([firm])
    while queue:  # every owner, however far: the figures need all chains
        node = queue.popleft()
        owners_of[node] = _direct_owners(G, node, rules)
        for owner in owners_of[node]:
            if owner not in depth:
                depth[owner] = depth[node] + 1
                queue.append(owner)
    ancestors = set(depth) - {firm}

    unknown_links = [o for owned in depth for o, s in owners_of[owned].items() if s is None and o != firm]
    through_unknown = _upwards(owners_of, unknown_links, firm) - {firm}
    reach = _upwards(owners_of, [firm], firm, known_only=True) - {firm}
    value, divergent, diverges = _integrated(firm, owners_of, reach)

    # Built in a fixed order: the example chains of equal length come out in it.
    chain_graph = nx.DiGraph()
    chain_graph.add_nodes_from(sorted(depth))
    chain_graph.add_edges_from(sorted((o, t) for t in depth for o in owners_of[t]))
    cycles = sorted(sorted(c) for c in nx.strongly_connected_components(chain_graph) if len(c) > 1)
    cycle_of = {n: c for c in cycles for n in c}

    rows = []
    for node in ancestors:
        if max_depth is not None and depth[node] > max_depth:
            continue
        percent = value[node] * 100 if node in value and node not in diverges else None
        at_least = percent is not None and node in through_unknown
        data = G.nodes[node]
        rows.append({
            "owner": node,
            "label": str(data.get("label", node)),
            "cls": data.get("cls", ""),
            "percent": percent,
            "at_least": at_least,
            "known": percent is not None and not at_least,
            "depth": depth[node],
            "ultimate": not owners_of[node],
            "in_cycle": node in cycle_of,
            "cycle": cycle_of.get(node),
            "divergent": node in diverges,
            "chains": _chains(chain_graph, node, firm, chains),
        })
    rows.sort(key=lambda r: (r["percent"] is None, -(r["percent"] or 0.0), r["depth"], r["label"], r["owner"]))
    result.update(rows=rows, cycles=cycles, divergent=divergent, converged=not divergent)
    return result
