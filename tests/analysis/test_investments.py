"""Portfolios, investors and co-investors on a hand-written deal graph, and the pair count
checked against brute force on a random one."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx

from kg.analysis.investments import coinvestors, investors, portfolio, strongest_coinvestor_pairs


def _deals() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, label in [("accel", "Accel Partners"), ("greylock", "Greylock Partners"), ("thiel", "Peter Thiel"),
                     ("fb", "Facebook"), ("dropbox", "Dropbox"), ("hq", "Palo Alto")]:
        g.add_node(n, label=label)
    deal = lambda u, v, **d: g.add_edge(u, v, relation=d.pop("relation", "investsIn"), **d)  # noqa: E731
    deal("accel", "fb", amount=12.7e6, currency="USD", date="2005-05-01", round="series-a")
    deal("accel", "fb", amount=27.5e6, currency="USD", date="2006-04-01", round="series-b")
    deal("greylock", "fb", amount=27.5e6, currency="USD", date="2006-04-01", round="series-b")
    deal("thiel", "fb", amount=0.5e6, currency="USD", date="2004-09-01", round="angel")
    deal("thiel", "fb", relation="holdsStakeIn", stakePercent=10.2)
    deal("accel", "dropbox", amount=6e6, currency="USD", date="2008-10-15")
    deal("greylock", "dropbox", amount=250e6, currency="USD", date="2011-10-18")
    deal("fb", "hq", relation="headquarteredIn")
    return g


def test_portfolio_rows():
    rows = portfolio(_deals(), "accel")
    assert [(r["label"], r["deals"], r["amounts"], r["first"], r["last"], r["rounds"]) for r in rows] == [
        ("Facebook", 2, {"USD": 40.2e6}, "2005-05-01", "2006-04-01", ["series-a", "series-b"]),
        ("Dropbox", 1, {"USD": 6e6}, "2008-10-15", "2008-10-15", []),
    ]


def test_investors_of_a_firm_with_stake():
    rows = investors(_deals(), "fb")
    assert [(r["label"], r["deals"], r["relations"], r["stake_percent"]) for r in rows] == [
        ("Accel Partners", 2, ["investsIn"], None),
        ("Peter Thiel", 2, ["holdsStakeIn", "investsIn"], 10.2),
        ("Greylock Partners", 1, ["investsIn"], None),
    ]
    assert investors(_deals(), "hq") == []
    assert investors(_deals(), "nobody") == []


def test_coinvestors_ranked_by_shared_firms():
    rows = coinvestors(_deals(), "accel")
    assert [(r["label"], r["shared"], r["firms"]) for r in rows] == [
        ("Greylock Partners", 2, ["Dropbox", "Facebook"]),
        ("Peter Thiel", 1, ["Facebook"]),
    ]
    assert len(coinvestors(_deals(), "accel", limit=1)) == 1


def test_strongest_pairs_match_brute_force():
    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for k in range(300):
        g.add_edge(f"i{rng.randrange(25)}", f"f{rng.randrange(60)}", relation="investsIn")
    for n in g:
        g.nodes[n]["label"] = n
    firms = {n for n in g if n.startswith("f")}
    brute = {}
    for a, b in combinations(sorted(n for n in g if n.startswith("i")), 2):
        shared = len({f for f in firms if g.has_edge(a, f) and g.has_edge(b, f)})
        if shared:
            brute[(a, b)] = shared
    best = max(brute.values())
    top = strongest_coinvestor_pairs(g, limit=3)
    assert top[0]["shared"] == best
    assert all(brute[r["pair"]] == r["shared"] for r in top)
    assert [r["shared"] for r in top] == sorted(brute.values(), reverse=True)[:3]
