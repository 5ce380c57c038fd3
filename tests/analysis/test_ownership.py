"""Integrated ownership on hand-computed fixtures (chains, a cross-holding, unknown stakes, a
cycle that owns all of itself) and against the plain series on random graphs."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.analysis.ownership import owners, ownership_edges


def _graph(edges) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for u, v, relation, percent in edges:
        for n in (u, v):
            g.add_node(n, label=n.upper(), cls="Company")
        data = {"relation": relation}
        if percent is not None:
            data["stakePercent"] = percent
        g.add_edge(u, v, **data)
    return g


def by_owner(result) -> dict:
    return {r["owner"]: r for r in result["rows"]}


# A holds 60 % of B and 5 % of F directly, D holds 40 % of B, B holds 50 % of C, C holds
# 10 % of B (the cross-holding), C holds 80 % of F; E holds 30 % of A; X acquired E outright.
THREE_LEVELS = [
    ("a", "b", "holdsStakeIn", 60.0), ("d", "b", "holdsStakeIn", 40.0),
    ("b", "c", "holdsStakeIn", 50.0), ("c", "b", "holdsStakeIn", 10.0),
    ("c", "f", "holdsStakeIn", 80.0), ("a", "f", "holdsStakeIn", 5.0),
    ("e", "a", "holdsStakeIn", 30.0), ("x", "e", "acquires", None),
]


def test_three_levels_with_a_cross_holding():
    # By hand, e(N) the integrated stake of N in F (sum over chains of products):
    #   e(C) = 0.8 + 0.1 e(B),  e(B) = 0.5 e(C)        => e(C) = 0.8 / 0.95 = 16/19 = 0.84210...
    #                                                      e(B) = 8/19 = 0.42105...
    #   e(A) = 0.05 + 0.6 e(B) = (0.95 + 4.8) / 19 = 5.75/19 = 0.30263...
    #   e(D) = 0.4 e(B) = 3.2/19 = 0.16842...
    #   e(E) = 0.3 e(A) = 1.725/19 = 0.09078...,   e(X) = 1.0 e(E) = 1.725/19
    result = owners(_graph(THREE_LEVELS), "f")
    rows = by_owner(result)
    expected = {"c": 16 / 19, "b": 8 / 19, "a": 5.75 / 19, "d": 3.2 / 19, "e": 1.725 / 19, "x": 1.725 / 19}
    assert {n: r["percent"] for n, r in rows.items()} == {n: pytest.approx(100 * v) for n, v in expected.items()}
    assert result["converged"] is True and result["divergent"] == []
    assert result["cycles"] == [["b", "c"]]
    assert [r["owner"] for r in result["rows"]] == ["c", "b", "a", "d", "e", "x"]
    assert [r["depth"] for r in result["rows"]] == [1, 2, 1, 3, 2, 3]
    assert {n for n, r in rows.items() if r["ultimate"]} == {"d", "x"}
    assert rows["b"]["cycle"] == ["b", "c"] and rows["b"]["in_cycle"]
    assert rows["a"]["cycle"] is None and not rows["a"]["in_cycle"]
    assert all(r["known"] and not r["at_least"] and not r["divergent"] for r in rows.values())
    assert rows["a"]["chains"] == [["a", "f"], ["a", "b", "c", "f"]]
    assert rows["x"]["chains"] == [["x", "e", "a", "f"], ["x", "e", "a", "b", "c", "f"]]
    assert owners(_graph(THREE_LEVELS), "f", chains=1)["rows"][2]["chains"] == [["a", "f"]]


def test_max_depth_bounds_the_list_not_the_figures():
    rows = owners(_graph(THREE_LEVELS), "f", max_depth=1)["rows"]
    assert [(r["owner"], r["percent"]) for r in rows] == [
        ("c", pytest.approx(1600 / 19)), ("a", pytest.approx(575 / 19)),
    ]


def test_subsidiary_and_acquisition_links():
    # P acquired S (no stake stated: 100 %); T is a 70 % subsidiary of S; T holds 20 % of F;
    # Q acquired 25 % of T. So e(T) = 20 %, e(S) = 0.7 * 20 = 14 %, e(P) = 14 %, e(Q) = 5 %.
    g = _graph([
        ("p", "s", "acquires", None), ("t", "s", "subsidiaryOf", 70.0),
        ("t", "f", "holdsStakeIn", 20.0), ("q", "t", "acquires", 25.0),
    ])
    rows = by_owner(owners(g, "f"))
    assert {n: r["percent"] for n, r in rows.items()} == {
        "t": pytest.approx(20.0), "s": pytest.approx(14.0), "p": pytest.approx(14.0), "q": pytest.approx(5.0),
    }
    assert rows["p"]["ultimate"] and not rows["s"]["ultimate"]


def test_unknown_stakes_are_unknown_not_zero():
    # X holds an unknown stake in F, and Y owns 50 % of X: Y's stake is unknown too.
    # Z holds 30 % of F directly and an unknown stake in X: at least 30 %.
    # W is F's parent (subsidiaryOf without a figure): unknown; V holds 0 % of F: known zero.
    g = _graph([
        ("x", "f", "holdsStakeIn", None), ("y", "x", "holdsStakeIn", 50.0),
        ("z", "f", "holdsStakeIn", 30.0), ("z", "x", "holdsStakeIn", None),
        ("f", "w", "subsidiaryOf", None), ("v", "f", "holdsStakeIn", 0.0),
    ])
    result = owners(g, "f")
    rows = by_owner(result)
    assert {n: (r["percent"], r["at_least"], r["known"]) for n, r in rows.items()} == {
        "z": (pytest.approx(30.0), True, False),
        "v": (0.0, False, True),
        "x": (None, False, False),
        "y": (None, False, False),
        "w": (None, False, False),
    }
    assert [r["owner"] for r in result["rows"]] == ["z", "v", "w", "x", "y"]


def test_a_known_and_an_unknown_chain_through_an_intermediate():
    # M holds 50 % of N; N holds 40 % of F and an unknown stake in K, which holds 10 % of F.
    # Known part for N: 40 % (K's chain is unknown), so M: at least 20 %. K itself: 10 %.
    g = _graph([
        ("m", "n", "holdsStakeIn", 50.0), ("n", "f", "holdsStakeIn", 40.0),
        ("n", "k", "holdsStakeIn", None), ("k", "f", "holdsStakeIn", 10.0),
    ])
    rows = by_owner(owners(g, "f"))
    assert (rows["k"]["percent"], rows["k"]["known"]) == (pytest.approx(10.0), True)
    assert (rows["n"]["percent"], rows["n"]["at_least"]) == (pytest.approx(40.0), True)
    assert (rows["m"]["percent"], rows["m"]["at_least"]) == (pytest.approx(20.0), True)


def test_a_cycle_owning_all_of_itself_is_reported_not_looped():
    # A and B own 100 % of each other and B holds 50 % of F: the series grows without end.
    # Z owns 20 % of A, so its chains run into the cycle too; W's 10 % of F is unaffected.
    g = _graph([
        ("a", "b", "holdsStakeIn", 100.0), ("b", "a", "holdsStakeIn", 100.0),
        ("b", "f", "holdsStakeIn", 50.0), ("z", "a", "holdsStakeIn", 20.0),
        ("w", "f", "holdsStakeIn", 10.0),
    ])
    result = owners(g, "f")
    assert result["converged"] is False
    assert result["divergent"] == [["a", "b"]] and result["cycles"] == [["a", "b"]]
    rows = by_owner(result)
    assert {n: r["percent"] for n, r in rows.items()} == {"w": pytest.approx(10.0), "a": None, "b": None, "z": None}
    assert {n for n, r in rows.items() if r["divergent"]} == {"a", "b", "z"}
    assert rows["a"]["cycle"] == ["a", "b"] and rows["z"]["cycle"] is None


def test_strong_cross_holdings_converge_even_above_100_percent():
    # X and Y hold 90 % of each other and Y owns all of F: e(Y) = 1 + 0.9 e(X), e(X) = 0.9 e(Y),
    # so e(Y) = 1 / 0.19 and e(X) = 0.9 / 0.19. The series converges (spectral radius 0.9).
    # A 99.99 % loop converges too, slowly for an iteration, exactly here.
    g = _graph([("x", "y", "holdsStakeIn", 90.0), ("y", "x", "holdsStakeIn", 90.0), ("y", "f", "acquires", None)])
    rows = by_owner(owners(g, "f"))
    assert rows["y"]["percent"] == pytest.approx(100 / 0.19)
    assert rows["x"]["percent"] == pytest.approx(90 / 0.19)
    g = _graph([("p", "q", "holdsStakeIn", 99.99), ("q", "p", "holdsStakeIn", 100.0), ("q", "f", "holdsStakeIn", 1.0)])
    result = owners(g, "f")
    assert result["converged"] is True
    assert by_owner(result)["q"]["percent"] == pytest.approx(1 / (1 - 0.9999))


def test_the_firm_in_a_cycle_ends_chains_and_is_not_its_own_owner():
    # F holds 30 % of B, B holds 50 % of F: B's chain ends at F (50 %), F is not listed.
    g = _graph([("f", "b", "holdsStakeIn", 30.0), ("b", "f", "holdsStakeIn", 50.0), ("c", "b", "holdsStakeIn", 20.0)])
    result = owners(g, "f")
    assert {r["owner"]: r["percent"] for r in result["rows"]} == {"b": pytest.approx(50.0), "c": pytest.approx(10.0)}
    assert result["cycles"] == [["b", "f"]]


def test_no_owners():
    g = _graph([("a", "b", "holdsStakeIn", 50.0), ("b", "f", "investsIn", None)])
    assert owners(g, "a")["rows"] == []
    assert owners(g, "f")["rows"] == []  # investing is not owning
    assert owners(g, "nobody") == {"firm": "nobody", "rows": [], "cycles": [], "divergent": [], "converged": True}


def test_largest_stated_stake_wins_and_odd_figures_are_unknown():
    g = _graph([("a", "f", "holdsStakeIn", 10.0), ("a", "f", "holdsStakeIn", 25.0), ("a", "f", "holdsStakeIn", None),
                ("b", "f", "holdsStakeIn", 140.0), ("f", "f", "holdsStakeIn", 5.0)])
    assert ownership_edges(g) == {("a", "f"): 0.25, ("b", "f"): None}
    assert {r["owner"]: r["percent"] for r in owners(g, "f")["rows"]} == {"a": pytest.approx(25.0), "b": None}


def _iterate(stakes: dict, firm: str, steps: int = 2000) -> dict:
    """The plain series x_{k+1} = S x_k + s, for reference."""
    nodes = {o for o, _ in stakes} - {firm}
    x = dict.fromkeys(nodes, 0.0)
    for _ in range(steps):
        x = {n: sum(s * (1.0 if t == firm else x.get(t, 0.0)) for (o, t), s in stakes.items() if o == n) for n in nodes}
    return x


@pytest.mark.parametrize("seed", range(5))
def test_random_cross_holdings_equal_the_plain_series(seed):
    # Each firm's owners hold at most 90 % of it in all, so every cycle holds less than all
    # of itself and the iteration converges geometrically.
    rng = random.Random(seed)
    names = [f"n{i}" for i in range(25)]
    edges = []
    for owned in names:
        owners_here = rng.sample([n for n in names if n != owned], rng.randrange(1, 4))
        shares = [rng.random() for _ in owners_here]
        total = sum(shares) or 1.0
        edges += [(o, owned, "holdsStakeIn", 90.0 * s / total) for o, s in zip(owners_here, shares)]
    g = _graph(edges)
    stakes = ownership_edges(g)
    reference = _iterate(stakes, "n0")
    result = owners(g, "n0", max_depth=None)
    assert result["converged"] is True
    for row in result["rows"]:
        assert row["percent"] == pytest.approx(100 * reference[row["owner"]], abs=1e-9)
    chains = nx.DiGraph(list(stakes))
    assert {r["owner"] for r in result["rows"]} == nx.ancestors(chains, "n0") - {"n0"}
    assert len(result["rows"]) > 5 and result["cycles"]  # the fixture is not trivial
