"""Who really owns a firm: effective stakes multiplied along ownership chains.

Ownership edges of the projection, read as "owner holds fraction s of owned":

- ``holdsStakeIn`` owner -> firm, s = stakePercent / 100 (unknown when not stated);
- ``subsidiaryOf`` child -> parent, read backwards, s = stakePercent / 100 or unknown;
- ``acquires`` acquirer -> target, s = stakePercent / 100, or 1 when none is stated.

The *integrated* stake of an owner sums the products of the stakes over every chain from
it to the firm. With cross-holdings the chains are infinite, and the sum is the fixed point
of ``e = s_F + S e``, found by iteration; it converges whenever no cycle holds 100 % of
itself. When it does not converge the owners in the cycle are reported, not looped over.
An unknown stake is never taken as zero: an owner reached only through unknown links has
no figure (``None``); one reached through known and unknown chains gets the known part and
``at_least=True``.
"""

from __future__ import annotations

from collections import defaultdict, deque

import networkx as nx

__all__ = ["ownership_edges", "owners"]

_TOLERANCE = 1e-12
_MAX_ITERATIONS = 10_000


def ownership_edges(graph: nx.MultiDiGraph) -> dict[tuple[str, str], float | None]:
    """Direct stakes as ``{(owner, owned): fraction or None}``; of several statements about
    one pair, the largest stated stake wins, and a pair with none stated is unknown.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", relation="holdsStakeIn", stakePercent=30.0)
    >>> _ = g.add_edge("c", "a", relation="subsidiaryOf")
    >>> ownership_edges(g)
    {('a', 'b'): 0.3, ('a', 'c'): None}
    """
    stakes: dict[tuple[str, str], float | None] = {}
    for u, v, data in graph.edges(data=True):
        relation = data.get("relation")
        percent = data.get("stakePercent")
        if relation == "holdsStakeIn":
            pair, value = (u, v), None if percent is None else percent / 100
        elif relation == "subsidiaryOf":
            pair, value = (v, u), None if percent is None else percent / 100
        elif relation == "acquires":
            pair, value = (u, v), 1.0 if percent is None else percent / 100
        else:
            continue
        known = stakes.get(pair)
        if pair not in stakes or (value is not None and (known is None or value > known)):
            stakes[pair] = value
    return stakes


def _ancestors(owners_of: dict[str, dict[str, float | None]], firm: str) -> dict[str, int]:
    """Every node with a chain to *firm*, with the length of its shortest chain."""
    depth = {firm: 0}
    queue = deque([firm])
    while queue:
        node = queue.popleft()
        for owner in owners_of.get(node, {}):
            if owner not in depth:
                depth[owner] = depth[node] + 1
                queue.append(owner)
    return depth


def _example_chains(owners_of, firm: str, owner: str, limit: int = 3, cutoff: int = 8) -> list[list[str]]:
    chains: list[list[str]] = []

    def walk(path: list[str]) -> None:
        if len(chains) >= limit or len(path) > cutoff + 1:
            return
        node = path[-1]
        if node == owner:
            chains.append(list(reversed(path)))
            return
        for parent in sorted(owners_of.get(node, {})):
            if parent not in path:
                walk(path + [parent])

    walk([firm])
    return chains


def owners(graph: nx.MultiDiGraph, firm: str, *, max_depth: int | None = None) -> dict:
    """Direct, intermediate and ultimate owners of *firm* with integrated stakes.

    Returns a dict with ``rows`` (one per owner, most owned first; unknown figures last) and
    ``cycles`` (groups of owners holding each other, sorted). Each row: ``owner``,
    ``label``, ``percent`` (integrated stake in percent, or None when only unknown chains
    reach it), ``at_least`` (part of its stake runs through unknown links), ``depth``
    (links in its shortest chain), ``ultimate`` (nobody owns it), ``in_cycle`` and
    ``chains`` (up to three example chains, owner first).

    >>> g = nx.MultiDiGraph()
    >>> for n in "abf": g.add_node(n, label=n.upper())
    >>> _ = g.add_edge("a", "b", relation="holdsStakeIn", stakePercent=50.0)
    >>> _ = g.add_edge("b", "f", relation="holdsStakeIn", stakePercent=40.0)
    >>> [(r["label"], round(r["percent"], 6), r["ultimate"]) for r in owners(g, "f")["rows"]]
    [('B', 40.0, False), ('A', 20.0, True)]
    """
    stakes = ownership_edges(graph)
    owners_of: dict[str, dict[str, float | None]] = defaultdict(dict)
    for (owner, owned), value in stakes.items():
        owners_of[owned][owner] = value
    depth = _ancestors(owners_of, firm)
    depth.pop(firm)
    if max_depth is not None:
        depth = {n: d for n, d in depth.items() if d <= max_depth}
    nodes = set(depth)

    # Owners with some chain through an unknown stake: the owners of such a link's owner.
    unknown_reach: set[str] = set()
    for owned in list(nodes) + [firm]:
        for owner, value in owners_of.get(owned, {}).items():
            if value is None and owner in nodes:
                unknown_reach |= {owner} | (set(_ancestors(owners_of, owner)) & nodes)

    # Integrated known stakes: iterate e = s_F + S e over known links only.
    effective = {n: 0.0 for n in nodes}
    converged = True
    for _ in range(_MAX_ITERATIONS):
        updated = dict.fromkeys(nodes, 0.0)
        for owned in nodes | {firm}:
            base = 1.0 if owned == firm else effective[owned]
            if base == 0.0:
                continue
            for owner, stake in owners_of.get(owned, {}).items():
                if stake is not None and owner in nodes:
                    updated[owner] += stake * base
        change = max((abs(updated[n] - effective[n]) for n in nodes), default=0.0)
        effective = updated
        if change < _TOLERANCE:
            break
        if any(v > 1 + 1e-9 for v in effective.values()):
            converged = False
            break
    else:
        converged = False

    sub = nx.DiGraph((owner, owned) for (owner, owned) in stakes if owner in nodes and (owned in nodes or owned == firm))
    cycles = sorted(
        (sorted(c) for c in nx.strongly_connected_components(sub) if len(c) > 1), key=lambda c: c[0]
    )
    in_cycle = {n for c in cycles for n in c}
    known_reach = {n for n in nodes if effective[n] > 0}

    rows = []
    for node in nodes:
        if not converged and node in in_cycle | {n for n in nodes if _reaches_any(owners_of, n, in_cycle)}:
            percent = None  # the series diverges through a cycle that owns all of itself
        else:
            percent = effective[node] * 100 if node in known_reach else None
        rows.append(
            {
                "owner": node,
                "label": graph.nodes[node].get("label", node) if node in graph else node,
                "percent": percent,
                "at_least": percent is not None and node in unknown_reach,
                "depth": depth[node],
                "ultimate": not owners_of.get(node),
                "in_cycle": node in in_cycle,
                "chains": _example_chains(owners_of, firm, node),
            }
        )
    rows.sort(key=lambda r: (r["percent"] is None, -(r["percent"] or 0), r["depth"], r["label"]))
    return {"firm": firm, "rows": rows, "cycles": cycles, "converged": converged}


def _reaches_any(owners_of, node: str, targets: set[str]) -> bool:
    """True when *node* owns, through some chain, one of *targets*."""
    return any(node in _ancestors(owners_of, t) for t in targets)
