"""Entity resolution: which entities are one, and the judgements that say so.

:func:`dedupe` proposes pairs (:mod:`kg.resolution.candidates`), people decide
(:mod:`kg.resolution.judgements`: merge, not-same, unmerge), and everything that names an
entity reads the decisions through :func:`canonical_map`.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.resolution.candidates import (
    CANDIDATE_COLUMNS,
    Entity,
    candidate_cells,
    candidates,
    read_entities,
    score_pair,
    wanted_classes,
)
from kg.resolution.judgements import (
    JUDGEMENTS,
    Judgement,
    JudgementError,
    canonical_map,
    clusters,
    judged_pairs,
    merge,
    not_same,
    read_judgements,
    unmerge,
)

__all__ = [
    "CANDIDATE_COLUMNS",
    "JUDGEMENTS",
    "Entity",
    "Judgement",
    "JudgementError",
    "candidate_cells",
    "candidates",
    "canonical_map",
    "clusters",
    "dedupe",
    "judged_pairs",
    "merge",
    "not_same",
    "read_entities",
    "read_judgements",
    "score_pair",
    "unmerge",
    "wanted_classes",
]


def dedupe(
    store,
    ontology,
    *,
    classes: Iterable[str] | None = None,
    min_score: float = 0.6,
    limit: int | None = None,
) -> list[dict]:
    """Pairs of entities of *store* (read under *ontology*) that may be one, best first, with
    the evidence for each; merged entities count as one and judged pairs are left out.

    See :func:`kg.resolution.candidates.candidates` for the parameters and the rows.

    Raises
    ------
    kg.errors.OntologyError
        A name of *classes* is no class of *ontology*: said before the store is read.
    """
    classes = list(classes or ())
    wanted_classes(ontology, classes)
    judgements = read_judgements(store)
    entities = read_entities(store, ontology, canonical=canonical_map(judgements))
    return candidates(
        entities, ontology, classes=classes, min_score=min_score, limit=limit,
        judged=judged_pairs(judgements),
    )
