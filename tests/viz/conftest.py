"""Graphs for the picture tests: the seed, the hostile fixture, and generated big ones."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

from kg.graph import KnowledgeGraph

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="session")
def seed_graph():
    graph = KnowledgeGraph.open("memory:")
    graph.load_seed()
    return graph


@pytest.fixture(scope="session")
def hostile_graph():
    graph = KnowledgeGraph.open("memory:")
    graph.load([FIXTURES / "hostile.trig"])
    return graph


def investor_graph(nodes: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A projection-shaped investor–firm graph of *nodes* nodes, hubs included."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    investors = max(2, nodes // 5)
    for i in range(nodes):
        kind = "InvestmentFirm" if i < investors else "Company"
        graph.add_node(f"n{i}", label=f"Entity {i}", cls=kind)
    for firm in range(investors, nodes):
        for _ in range(rng.choice((1, 1, 2, 3))):
            # Preferential choice: low-numbered investors are the busy ones.
            investor = min(int(rng.paretovariate(1.2)) - 1, investors - 1)
            graph.add_edge(f"n{investor}", f"n{firm}", key=f"s{firm}-{investor}",
                           relation="investsIn", label="invests in", strength=3,
                           statement=None, source=None, amount=float(rng.randint(1, 9) * 1e6), currency="USD")
    return graph


@pytest.fixture(scope="session")
def make_investor_graph():
    return investor_graph
