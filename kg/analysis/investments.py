"""Who invested in what: portfolios, investors, co-investors, on the projection.

An *investment link* is an edge of ``investsIn``, ``holdsStakeIn`` or ``acquires`` from an
investor to a firm; parallel edges (several rounds) are several deals of one link.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

__all__ = [
    "INVESTMENT_RELATIONS",
    "portfolio",
    "investors",
    "coinvestors",
    "strongest_coinvestor_pairs",
]

INVESTMENT_RELATIONS = ("investsIn", "holdsStakeIn", "acquires")


def _summarise(graph: nx.MultiDiGraph, edges: list[dict], other: str) -> dict:
    amounts: dict[str, float] = defaultdict(float)
    dates = sorted(str(d["date"]) for d in edges if d.get("date"))
    stakes = [d["stakePercent"] for d in edges if d.get("stakePercent") is not None]
    for d in edges:
        if d.get("amount") is not None:
            amounts[d.get("currency", "")] += d["amount"]
    return {
        "entity": other,
        "label": graph.nodes[other].get("label", other),
        "relations": sorted({d["relation"] for d in edges}),
        "deals": len(edges),
        "amounts": dict(sorted(amounts.items())),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "stake_percent": max(stakes) if stakes else None,
        "rounds": sorted({str(d["round"]) for d in edges if d.get("round")}),
    }


def _links(graph, node, *, outgoing: bool, relations: Iterable[str]) -> dict[str, list[dict]]:
    wanted = set(relations)
    adjacency = graph._succ[node] if outgoing else graph._pred[node]  # noqa: SLF001
    found: dict[str, list[dict]] = {}
    for other, edges in adjacency.items():
        deals = [d for d in edges.values() if d.get("relation") in wanted]
        if deals:
            found[other] = deals
    return found


def _ranked(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (-r["deals"], r["label"]))


def portfolio(
    graph: nx.MultiDiGraph, investor: str, *, relations: Iterable[str] = INVESTMENT_RELATIONS
) -> list[dict]:
    """The firms *investor* put money into, one row per firm, most deals first.

    Each row: ``entity``, ``label``, ``relations``, ``deals``, ``amounts`` (total known
    amount per currency), ``first`` and ``last`` date, ``stake_percent`` (the largest
    stated) and ``rounds``.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("fund", label="Fund"); g.add_node("acme", label="Acme")
    >>> _ = g.add_edge("fund", "acme", relation="investsIn", amount=5.0, currency="USD", date="2020")
    >>> _ = g.add_edge("fund", "acme", relation="investsIn", amount=7.0, currency="USD", date="2022")
    >>> row = portfolio(g, "fund")[0]
    >>> row["label"], row["deals"], row["amounts"], row["first"], row["last"]
    ('Acme', 2, {'USD': 12.0}, '2020', '2022')
    """
    if investor not in graph:
        return []
    links = _links(graph, investor, outgoing=True, relations=relations)
    return _ranked([_summarise(graph, deals, firm) for firm, deals in links.items()])


def investors(
    graph: nx.MultiDiGraph, firm: str, *, relations: Iterable[str] = INVESTMENT_RELATIONS
) -> list[dict]:
    """Who put money into *firm*, one row per investor (rows as in :func:`portfolio`).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A"); g.add_node("f", label="F")
    >>> _ = g.add_edge("a", "f", relation="holdsStakeIn", stakePercent=10.0)
    >>> [(r["label"], r["stake_percent"]) for r in investors(g, "f")]
    [('A', 10.0)]
    """
    if firm not in graph:
        return []
    links = _links(graph, firm, outgoing=False, relations=relations)
    return _ranked([_summarise(graph, deals, investor) for investor, deals in links.items()])


def coinvestors(
    graph: nx.MultiDiGraph,
    investor: str,
    *,
    relations: Iterable[str] = INVESTMENT_RELATIONS,
    limit: int | None = None,
) -> list[dict]:
    """Other investors in *investor*'s firms, ranked by how many firms they share.

    Each row: ``entity``, ``label``, ``shared`` (count) and ``firms`` (their labels, sorted).

    >>> g = nx.MultiDiGraph()
    >>> for n in "abcxy": g.add_node(n, label=n.upper())
    >>> for inv, firm in [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("c", "y")]:
    ...     _ = g.add_edge(inv, firm, relation="investsIn")
    >>> [(r["label"], r["shared"]) for r in coinvestors(g, "a")]
    [('B', 2), ('C', 1)]
    """
    if investor not in graph:
        return []
    wanted = tuple(relations)
    shared: dict[str, set[str]] = defaultdict(set)
    for firm in _links(graph, investor, outgoing=True, relations=wanted):
        for other in _links(graph, firm, outgoing=False, relations=wanted):
            if other != investor:
                shared[other].add(firm)
    label = lambda n: graph.nodes[n].get("label", n)  # noqa: E731
    rows = [
        {"entity": other, "label": label(other), "shared": len(firms), "firms": sorted(label(f) for f in firms)}
        for other, firms in shared.items()
    ]
    rows.sort(key=lambda r: (-r["shared"], r["label"]))
    return rows[:limit] if limit is not None else rows


def strongest_coinvestor_pairs(
    graph: nx.MultiDiGraph,
    *,
    relations: Iterable[str] = INVESTMENT_RELATIONS,
    limit: int = 10,
    max_investors_per_firm: int = 200,
) -> list[dict]:
    """The pairs of investors that share the most firms, across the whole graph.

    Pairs are counted firm by firm, so the work grows with the sum over firms of the square
    of their investor counts, not with the square of the number of investors. A firm with
    more than *max_investors_per_firm* investors (a crowd-funded one, say) is skipped, and
    the count of skipped firms is reported in each row's ``skipped_firms``.

    >>> g = nx.MultiDiGraph()
    >>> for n in "abxy": g.add_node(n, label=n.upper())
    >>> for inv, firm in [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y")]:
    ...     _ = g.add_edge(inv, firm, relation="investsIn")
    >>> [(r["labels"], r["shared"]) for r in strongest_coinvestor_pairs(g)]
    [(('A', 'B'), 2)]
    """
    wanted = set(relations)
    backers: dict[str, set[str]] = defaultdict(set)
    for u, v, relation in graph.edges(data="relation"):
        if relation in wanted:
            backers[v].add(u)
    pairs: Counter = Counter()
    skipped = 0
    for firm_backers in backers.values():
        if len(firm_backers) > max_investors_per_firm:
            skipped += 1
            continue
        pairs.update(combinations(sorted(firm_backers), 2))
    label = lambda n: graph.nodes[n].get("label", n)  # noqa: E731
    ranked = sorted(pairs.items(), key=lambda item: (-item[1], label(item[0][0]), label(item[0][1])))
    return [
        {"pair": pair, "labels": (label(pair[0]), label(pair[1])), "shared": count, "skipped_firms": skipped}
        for pair, count in ranked[:limit]
    ]
