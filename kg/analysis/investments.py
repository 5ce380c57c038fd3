"""Who invested in what: portfolios, investors and co-investors on the projection.

An *investment link* is an edge of a relation kg.ttl marks ``kg:investment`` (investing,
holding a stake, acquiring) from an investor to a firm. Every statement is one report. A
report whose deal fields (the qualifiers marked ``kg:dealKey``: date, round, stake, the
amount with its currency) all appear, with the same values, in a more detailed report of the
same relation tells of the same *deal*: two articles about one round neither count twice nor
add their amounts twice.
"""

from __future__ import annotations

import functools
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.ontology import Ontology, load_ontology

__all__ = [
    "coinvestors",
    "investors",
    "portfolio",
    "strongest_coinvestor_pairs",
]

# A deal's amount and its currency, whichever money qualifier stated them (not qualifier
# names: keys of kg's own).
_MONEY, _UNIT = "money", "unit"



def _wanted(relations: Iterable[str] | None, ontology: Ontology | None) -> set[str]:
    if relations is not None:
        return set(relations)
    return set((ontology or load_ontology()).investment_relations())


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", node)) if node in graph else node


@dataclass(frozen=True)
class _DealFields:
    """What the ontology says of deals, read once per ontology: the plain deal keys, the
    money ones in kg:order as (qualifier, fixed unit, qualifier holding the unit), and which
    keys are dates, which the stake and which text (the round)."""

    plain: tuple[str, ...]
    money: tuple[tuple[str, str | None, str | None], ...]
    dates: tuple[str, ...]
    stake: str
    texts: tuple[str, ...]

    @staticmethod
    @functools.lru_cache(maxsize=8)
    def of(ontology: Ontology) -> _DealFields:
        keys = ontology.deal_qualifiers()
        return _DealFields(
            plain=tuple(q.name for q in keys if q.display != "money"),
            money=tuple((q.name, q.unit, q.unit_qualifier) for q in keys if q.display == "money"),
            dates=tuple(q.name for q in keys if q.display == "date"),
            stake=ontology.stake_qualifier().name,
            texts=tuple(q.name for q in keys if q.display == "text"),
        )


def _deals(reports: list[dict], keys: _DealFields) -> list[dict]:
    """Merge reports into deals, most detailed first: a report whose fields all appear, with
    the same values, in an earlier deal of its relation is that deal; otherwise a new one.
    Each deal indexes every subset of its fields (a handful), so merging is linear."""
    deals: list[dict] = []
    index: set[tuple] = set()
    for relation, fields in sorted(
        ((report.get("relation"), _fields(report, keys)) for report in reports), key=lambda item: -len(item[1])
    ):
        if (relation, frozenset(fields.items())) in index:
            continue
        deals.append({"relation": relation, **fields})
        items = sorted(fields.items())
        for size in range(len(items) + 1):
            index.update((relation, frozenset(subset)) for subset in combinations(items, size))
    return deals


def _fields(report: dict, keys: _DealFields) -> dict:
    """The deal fields *report* states: each deal-key qualifier's value, and for money the
    first one stated in kg:order (the amount, else the same sum in dollars) as an amount with
    its unit, so that reports giving one sum either way agree."""
    fields = {name: report[name] for name in keys.plain if report.get(name) is not None}
    for name, unit, unit_qualifier in keys.money:
        value = report.get(name)
        if value is not None:
            fields[_MONEY] = value
            unit = unit or report.get(unit_qualifier or "")
            if unit is not None:
                fields[_UNIT] = unit
            break
    return fields


def _summarise(reports: list[dict], keys: _DealFields) -> dict:
    deals = _deals(reports, keys)
    by_currency: dict[str, list[float]] = defaultdict(list)
    for deal in deals:
        if deal.get(_MONEY) is not None:
            by_currency[str(deal.get(_UNIT) or "")].append(deal[_MONEY])
    # fsum: the total does not depend on the order the reports were stored in.
    amounts = {currency: math.fsum(values) for currency, values in by_currency.items()}
    dates = sorted(str(d[name]) for d in deals for name in keys.dates if d.get(name) is not None)
    stakes = [d[keys.stake] for d in deals if d.get(keys.stake) is not None]
    return {
        "relations": sorted({str(d["relation"]) for d in reports}),
        "deals": len(deals),
        "reports": len(reports),
        "amounts": dict(sorted(amounts.items())),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "stake_percent": max(stakes) if stakes else None,
        "rounds": sorted({str(d[name]) for d in deals for name in keys.texts if d.get(name) is not None}),
        "sources": sorted({str(d["source"]) for d in reports if d.get("source")}),
    }


def _links(graph: nx.MultiDiGraph, node: str, *, outgoing: bool, wanted: set[str]) -> dict[str, list[dict]]:
    """``{other end: [edge data, ...]}`` of *node*'s investment edges one way."""
    adjacency = graph.succ[node] if outgoing else graph.pred[node]
    found: dict[str, list[dict]] = {}
    for other, edges in adjacency.items():
        reports = [d for d in edges.values() if d.get("relation") in wanted]
        if reports and other != node:
            found[other] = reports
    return found


def _rows(
    graph: nx.MultiDiGraph, node: str, *, outgoing: bool, relations: Iterable[str] | None, ontology: Ontology | None,
    key: str,
) -> list[dict]:
    if node not in graph:
        return []
    ontology = ontology or load_ontology()
    keys = _DealFields.of(ontology)
    rows = []
    for other, reports in _links(graph, node, outgoing=outgoing, wanted=_wanted(relations, ontology)).items():
        rows.append({key: other, "entity": other, "label": _label(graph, other), **_summarise(reports, keys)})
    rows.sort(key=lambda r: (-r["deals"], r["label"], r[key]))
    return rows


def portfolio(
    G: nx.MultiDiGraph, investor: str, *, relations: Iterable[str] | None = None, ontology: Ontology | None = None
) -> list[dict]:
    """The firms *investor* put money into, one row per firm, most deals first.

    Parameters
    ----------
    G : nx.MultiDiGraph
        The projection (see :mod:`kg.analysis.project`).
    investor : str
        The investor's node id (IRI). An id not in *G* has an empty portfolio.
    relations : iterable of str, optional
        Relations that count as investing (by default those kg.ttl marks ``kg:investment``).
    ontology : Ontology, optional
        Where the investment relations and deal fields are read (kg's own by default).

    Returns
    -------
    list of dict
        One row per firm, ranked by deals (descending) then label: ``firm`` (id; also
        as ``entity``, the key every row of this module has), ``label``, ``relations`` (sorted names), ``deals`` (distinct deals, see the module
        docstring), ``reports`` (statements), ``amounts`` (total known amount of the
        distinct deals per currency, ``""`` for an amount without one; the sum in dollars
        stands in when the amount is missing; round sizes are not counted, they are not the
        investor's money), ``first`` and ``last`` date (as written, ISO order), ``stake_percent``
        (the largest stake stated, 0-100, or None), ``rounds`` (the text deal fields: the
        funding rounds) and ``sources``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("fund", label="Fund"); G.add_node("acme", label="Acme")
    >>> _ = G.add_edge("fund", "acme", relation="investsIn", amount=5.0, currency="USD", date="2020")
    >>> _ = G.add_edge("fund", "acme", relation="investsIn", amount=7.0, currency="USD", date="2022")
    >>> row = portfolio(G, "fund")[0]
    >>> row["firm"], row["deals"], row["amounts"], row["first"], row["last"]
    ('acme', 2, {'USD': 12.0}, '2020', '2022')
    """
    return _rows(G, investor, outgoing=True, relations=relations, ontology=ontology, key="firm")


def investors(
    G: nx.MultiDiGraph, firm: str, *, relations: Iterable[str] | None = None, ontology: Ontology | None = None
) -> list[dict]:
    """Who put money into *firm*, one row per investor: the inverse of :func:`portfolio`.

    Rows are those of :func:`portfolio` with ``investor`` in place of ``firm``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="A"); G.add_node("f", label="F")
    >>> _ = G.add_edge("a", "f", relation="holdsStakeIn", stakePercent=10.0)
    >>> [(r["investor"], r["stake_percent"]) for r in investors(G, "f")]
    [('a', 10.0)]
    """
    return _rows(G, firm, outgoing=False, relations=relations, ontology=ontology, key="investor")


def coinvestors(
    G: nx.MultiDiGraph,
    investor: str,
    *,
    relations: Iterable[str] | None = None,
    ontology: Ontology | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Other investors in *investor*'s firms, ranked by how many firms they share.

    Returns
    -------
    list of dict
        Ranked by ``shared`` (descending) then label: ``investor`` (id, also as
        ``entity``), ``label``,
        ``shared`` (number of firms both invested in), ``firms`` (their labels) and
        ``firm_ids``, both in label order. At most *limit* rows.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abcxy": G.add_node(n, label=n.upper())
    >>> for inv, firm in [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("c", "y")]:
    ...     _ = G.add_edge(inv, firm, relation="investsIn")
    >>> [(r["investor"], r["shared"], r["firms"]) for r in coinvestors(G, "a")]
    [('b', 2, ['X', 'Y']), ('c', 1, ['Y'])]
    """
    if investor not in G:
        return []
    wanted = _wanted(relations, ontology)
    shared: dict[str, set[str]] = defaultdict(set)
    for firm in _links(G, investor, outgoing=True, wanted=wanted):
        for other in _links(G, firm, outgoing=False, wanted=wanted):
            if other != investor:
                shared[other].add(firm)
    rows = []
    for other, firms in shared.items():
        ordered = sorted(firms, key=lambda f: (_label(G, f), f))
        rows.append({
            "investor": other,
            "entity": other,
            "label": _label(G, other),
            "shared": len(firms),
            "firms": [_label(G, f) for f in ordered],
            "firm_ids": ordered,
        })
    rows.sort(key=lambda r: (-r["shared"], r["label"], r["investor"]))
    return rows[:limit] if limit is not None else rows


def strongest_coinvestor_pairs(
    G: nx.MultiDiGraph, *, relations: Iterable[str] | None = None, ontology: Ontology | None = None, limit: int = 10
) -> list[dict]:
    """The pairs of investors that share the most firms, across the whole graph.

    Pairs are counted firm by firm, every firm included: the work grows with the sum over
    firms of the square of each firm's number of investors, never with the square of the
    number of investors.

    Returns
    -------
    list of dict
        The *limit* pairs sharing most firms, ties by labels: ``investors`` (the two ids,
        in label order; also as ``pair``), ``labels``, ``shared`` and ``firms`` (labels of the shared firms).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abcxy": G.add_node(n, label=n.upper())
    >>> for inv, firm in [("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("c", "x")]:
    ...     _ = G.add_edge(inv, firm, relation="investsIn")
    >>> [(r["labels"], r["shared"]) for r in strongest_coinvestor_pairs(G, limit=2)]
    [(('A', 'B'), 2), (('A', 'C'), 1)]
    """
    if limit <= 0:
        return []
    wanted = _wanted(relations, ontology)
    backers: dict[str, set[str]] = defaultdict(set)
    for u, v, relation in G.edges(data="relation"):
        if relation in wanted and u != v:
            backers[v].add(u)
    index: dict[str, int] = {}
    for firm_backers in backers.values():
        for investor in firm_backers:
            index.setdefault(investor, len(index))
    nodes = list(index)
    n = len(nodes)
    # A pair is one int (a * n + b, a < b): cheaper to hash and count than a tuple.
    pairs: Counter[int] = Counter()
    for firm_backers in backers.values():
        if len(firm_backers) > 1:
            ids = sorted(index[i] for i in firm_backers)
            pairs.update(a * n + b for a, b in combinations(ids, 2))
    if not pairs:
        return []
    # Only pairs at least as strong as the limit-th strongest can rank; sort just those.
    threshold = heapq.nlargest(limit, pairs.values())[-1]
    candidates = []
    for code, count in pairs.items():
        if count >= threshold:
            a, b = sorted((nodes[code // n], nodes[code % n]), key=lambda x: (_label(G, x), x))
            candidates.append((-count, _label(G, a), _label(G, b), a, b))
    candidates.sort()
    rows = []
    for negative, label_a, label_b, a, b in candidates[:limit]:
        firms = _links(G, a, outgoing=True, wanted=wanted).keys() & _links(G, b, outgoing=True, wanted=wanted).keys()
        rows.append({
            "investors": (a, b),
            "pair": (a, b),
            "labels": (label_a, label_b),
            "shared": -negative,
            "firms": sorted(_label(G, f) for f in firms),
        })
    return rows
