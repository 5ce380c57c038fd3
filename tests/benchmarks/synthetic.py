"""A seeded generator of investor–firm graphs in kg's RDF model, for benchmarks.

Degrees follow a power law (a few investors make thousands of deals, most make a handful),
as in the real Crunchbase data. Each investment is a direct ``kg:investsIn`` triple plus a
``kg:Investment`` statement node with amount, currency, date, round and source; some
investors also hold stakes, and some firms are subsidiaries of others, so that ownership
chains exist. Output is N-Triples, written as a stream.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"
STMT = "https://w3id.org/kg/stmt/"
SRC = "https://w3id.org/kg/source/synthetic"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROUNDS = ("seed", "series-a", "series-b", "series-c", "venture", "angel")

TRIPLES_PER_INVESTMENT = 10  # direct triple + 9 on the statement node (measured below)


def _zipf_sampler(rng: random.Random, n: int, exponent: float):
    """Draws indices in [0, n) with probability proportional to 1 / (rank + 1) ** exponent."""
    weights = list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(n)))
    total = weights[-1]
    return lambda: bisect.bisect_left(weights, rng.random() * total)


def triples(target: int, *, seed: int = 7) -> Iterator[str]:
    """N-Triples lines, about *target* of them, reproducible for a given *seed*."""
    rng = random.Random(seed)
    # About 150,000 entities per million triples, as in DESIGN.md's measurements: each
    # investment is ~10 triples and each entity 2, so I investments need 10 I + 2 E = T.
    investments = max(1, int(target / (TRIPLES_PER_INVESTMENT + 2 * 2.13)))
    n_investors = max(2, int(investments * 0.28))
    n_firms = max(2, int(investments * 1.85))
    for i in range(n_investors):
        kind = "InvestmentFirm" if i % 5 else "Person"
        yield f"<{ID}investor-{i}> <{RDF_TYPE}> <{KG}{kind}> .\n"
        yield f'<{ID}investor-{i}> <{LABEL}> "Investor {i} Capital" .\n'
    for f in range(n_firms):
        yield f"<{ID}firm-{f}> <{RDF_TYPE}> <{KG}Company> .\n"
        yield f'<{ID}firm-{f}> <{LABEL}> "Firm {f}" .\n'
    # Shuffled ranks so that the busiest investor is not always investor-0.
    investor_rank = list(range(n_investors))
    firm_rank = list(range(n_firms))
    rng.shuffle(investor_rank)
    rng.shuffle(firm_rank)
    # Zipf exponents chosen so the busiest investor makes ~5% of the deals (3,825 of 80k
    # in the real Crunchbase data) and most firms have one or two investors.
    pick_investor = _zipf_sampler(rng, n_investors, 1.0)
    pick_firm = _zipf_sampler(rng, n_firms, 0.6)
    for k in range(investments):
        investor = investor_rank[pick_investor()]
        firm = firm_rank[pick_firm()]
        stake = k % 4 == 0
        relation = "holdsStakeIn" if stake else "investsIn"
        node = f"<{STMT}synthetic/{k}>"
        year = 1995 + rng.randrange(19)
        yield f"<{ID}investor-{investor}> <{KG}{relation}> <{ID}firm-{firm}> .\n"
        yield f"{node} <{RDF_TYPE}> <{KG}{'Stake' if stake else 'Investment'}> .\n"
        yield f"{node} <{KG}subject> <{ID}investor-{investor}> .\n"
        yield f"{node} <{KG}relation> <{KG}{relation}> .\n"
        yield f"{node} <{KG}object> <{ID}firm-{firm}> .\n"
        if stake:
            yield f'{node} <{KG}stakePercent> "{rng.randint(1, 60)}"^^<{XSD}decimal> .\n'
        else:
            yield f'{node} <{KG}amount> "{rng.randint(1, 500) * 100000}"^^<{XSD}decimal> .\n'
        yield f'{node} <{KG}currency> "USD" .\n'
        yield f'{node} <{KG}date> "{year}"^^<{XSD}gYear> .\n'
        yield f'{node} <{KG}round> "{ROUNDS[k % len(ROUNDS)]}" .\n'
        yield f"{node} <{DERIVED}> <{SRC}> .\n"
    # Ownership chains among firms: about one firm in fifty is a subsidiary of another.
    for f in range(0, n_firms, 50):
        parent = rng.randrange(n_firms)
        if parent != f:
            yield f"<{ID}firm-{f}> <{KG}subsidiaryOf> <{ID}firm-{parent}> .\n"


def write(path: Path, target: int, *, seed: int = 7) -> int:
    """Write about *target* triples to *path*; returns the number written."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for line in triples(target, seed=seed):
            out.write(line)
            count += 1
    return count


if __name__ == "__main__":
    import sys

    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    print(write(Path(sys.argv[1]), size))
