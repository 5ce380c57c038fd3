"""Portfolios, investors and co-investors on a hand-written deal graph, and the pair count
checked against brute force on random ones."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

from kg.analysis.investments import (
    coinvestors,
    investors,
    portfolio,
    strongest_coinvestor_pairs,
)


def _deals() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, label in [("accel", "Accel Partners"), ("greylock", "Greylock Partners"), ("thiel", "Peter Thiel"),
                     ("fb", "Facebook"), ("dropbox", "Dropbox"), ("hq", "Palo Alto")]:
        g.add_node(n, label=label, cls="Company")
    count = iter(range(100))

    def deal(u, v, relation="investsIn", **qualifiers):
        key = f"st{next(count)}"
        g.add_edge(u, v, key=key, relation=relation, statement=key, source=qualifiers.pop("source", "src:1"), **qualifiers)

    deal("accel", "fb", amount=12.7e6, currency="USD", date="2005-05-01", round="series-a")
    deal("accel", "fb", amount=27.5e6, currency="USD", date="2006-04-01", round="series-b")
    # The same series B told by a second article, with less detail: one deal, two reports.
    deal("accel", "fb", date="2006-04-01", round="series-b", source="src:2")
    deal("greylock", "fb", amount=27.5e6, currency="USD", date="2006-04-01", round="series-b")
    deal("thiel", "fb", amount=0.5e6, currency="USD", date="2004-09-01", round="angel")
    deal("thiel", "fb", relation="holdsStakeIn", stakePercent=10.2)
    deal("thiel", "fb", relation="holdsStakeIn", stakePercent=7.0, date="2012")
    deal("accel", "dropbox", amount=6e6, currency="USD", date="2008-10-15")
    deal("accel", "dropbox", amountUSD=1e6, date="2011")
    deal("greylock", "dropbox", amount=250e6, currency="USD", date="2011-10-18")
    deal("greylock", "dropbox", amount=2e6, currency="EUR", date="2012")
    deal("fb", "hq", relation="headquarteredIn")
    return g


def test_portfolio_rows():
    rows = portfolio(_deals(), "accel")
    assert [(r["firm"], r["label"], r["relations"], r["deals"], r["reports"], r["amounts"], r["first"], r["last"],
             r["rounds"], r["stake_percent"], r["sources"]) for r in rows] == [
        ("dropbox", "Dropbox", ["investsIn"], 2, 2, {"USD": 7e6}, "2008-10-15", "2011", [], None, ["src:1"]),
        ("fb", "Facebook", ["investsIn"], 2, 3, {"USD": pytest.approx(40.2e6)}, "2005-05-01", "2006-04-01",
         ["series-a", "series-b"], None, ["src:1", "src:2"]),
    ]
    assert all(r["entity"] == r["firm"] for r in rows)  # the key every row of the module has
    assert portfolio(_deals(), "greylock")[0]["amounts"] == {"EUR": 2e6, "USD": 250e6}
    assert portfolio(_deals(), "hq") == [] and portfolio(_deals(), "nobody") == []
    assert [r["firm"] for r in portfolio(_deals(), "accel", relations=["holdsStakeIn"])] == []


def test_investors_of_a_firm_with_stake():
    rows = investors(_deals(), "fb")
    assert [(r["investor"], r["deals"], r["relations"], r["stake_percent"]) for r in rows] == [
        ("thiel", 3, ["holdsStakeIn", "investsIn"], 10.2),
        ("accel", 2, ["investsIn"], None),
        ("greylock", 1, ["investsIn"], None),
    ]
    assert investors(_deals(), "hq") == []
    assert investors(_deals(), "nobody") == []


def test_coinvestors_ranked_by_shared_firms():
    rows = coinvestors(_deals(), "accel")
    assert [(r["investor"], r["label"], r["shared"], r["firms"], r["firm_ids"]) for r in rows] == [
        ("greylock", "Greylock Partners", 2, ["Dropbox", "Facebook"], ["dropbox", "fb"]),
        ("thiel", "Peter Thiel", 1, ["Facebook"], ["fb"]),
    ]
    assert [r["investor"] for r in coinvestors(_deals(), "accel", limit=1)] == ["greylock"]
    assert coinvestors(_deals(), "nobody") == []


def test_strongest_pairs_on_the_deal_graph():
    rows = strongest_coinvestor_pairs(_deals())
    assert [(r["investors"], r["labels"], r["shared"], r["firms"]) for r in rows] == [
        (("accel", "greylock"), ("Accel Partners", "Greylock Partners"), 2, ["Dropbox", "Facebook"]),
        (("accel", "thiel"), ("Accel Partners", "Peter Thiel"), 1, ["Facebook"]),
        (("greylock", "thiel"), ("Greylock Partners", "Peter Thiel"), 1, ["Facebook"]),
    ]
    assert all(r["pair"] == r["investors"] for r in rows)
    assert strongest_coinvestor_pairs(_deals(), limit=0) == []
    assert strongest_coinvestor_pairs(nx.MultiDiGraph()) == []


def _random_deals(seed: int, investors: int, firms: int, deals: int) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for _ in range(deals):
        g.add_edge(f"i{rng.randrange(investors)}", f"f{rng.randrange(firms)}", relation="investsIn")
    # A crowd-funded firm that every investor backs: counted like any other.
    for i in range(investors):
        g.add_edge(f"i{i}", "crowd", relation="investsIn")
    for n in g:
        g.nodes[n]["label"] = n
    return g


@pytest.mark.parametrize("seed", range(3))
def test_strongest_pairs_match_brute_force(seed):
    g = _random_deals(seed, 25, 40, 300)
    firms = [n for n in g if not n.startswith("i")]
    brute = {}
    for a, b in combinations(sorted((n for n in g if n.startswith("i")), key=lambda n: (n, n)), 2):
        brute[(a, b)] = sum(1 for f in firms if g.has_edge(a, f) and g.has_edge(b, f))
    ranked = sorted(brute.items(), key=lambda item: (-item[1], item[0]))[:7]
    rows = strongest_coinvestor_pairs(g, limit=7)
    assert [(r["investors"], r["shared"]) for r in rows] == ranked
    assert all("crowd" in r["firms"] for r in rows)


def test_many_reports_of_one_pair_merge_in_linear_time():
    # 10,000 rounds, each told in full, again with less detail, and once more verbatim:
    # 10,000 deals. Pairwise merging would compare 10^8 pairs; the subset index does not.
    g = nx.MultiDiGraph()
    for k in range(10_000):
        date = f"{1990 + k % 30}-{k:05d}"
        g.add_edge("fund", "acme", relation="investsIn", amount=1.0, currency="USD", date=date, round=f"r{k}")
        g.add_edge("fund", "acme", relation="investsIn", date=date, round=f"r{k}")
        g.add_edge("fund", "acme", relation="investsIn", amount=1.0, currency="USD", date=date, round=f"r{k}")
    row = portfolio(g, "fund")[0]
    assert (row["deals"], row["reports"], row["amounts"]) == (10_000, 30_000, {"USD": 10_000.0})
