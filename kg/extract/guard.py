"""The precision guard: relations the extractor is unsure of are candidates, not facts.

Each extracted relation carries a ``confidence`` from 0 to 1 and the name of the rule that
produced it (``frame``; ``pattern`` in records of the older extractor). One whose confidence
is below a threshold is marked ``"candidate": true``: it stays in ``kg extract``'s output,
``kg ingest`` writes it only as a statement node with ``kg:candidate true`` (no direct
triple), and ``kg eval`` does not count it as extracted. The default threshold is
``min_confidence`` in ``ontology/extraction.yaml``, which says why it is what it is.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

from kg.errors import OntologyError
from kg.resources import read_yaml, resource_dir, word_set

__all__ = [
    "check_min_confidence",
    "default_min_confidence",
    "is_candidate",
    "mark_candidates",
    "resolve_min_confidence",
    "rule_of",
    "setting_words",
    "title_references",
]


def check_min_confidence(value) -> float:
    """*value* as a float if it is a number from 0 to 1, else a ValueError.

    >>> check_min_confidence(1)
    1.0
    >>> check_min_confidence(1.5)
    Traceback (most recent call last):
    ...
    ValueError: 1.5 is not a number from 0 to 1
    """
    # bool is an int to Python, and NaN passes every comparison's "not outside" test.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) or not 0 <= value <= 1:
        raise ValueError(f"{value!r} is not a number from 0 to 1")
    return float(value)


@functools.cache
def default_min_confidence() -> float:
    """``min_confidence`` of ``ontology/extraction.yaml``, read (and checked) when first asked."""
    path = resource_dir("ontology") / "extraction.yaml"
    data = read_yaml(path, OntologyError, "extraction settings file")
    if not isinstance(data, dict) or "min_confidence" not in data:
        raise OntologyError(f"{path}: needs a min_confidence")
    try:
        return check_min_confidence(data["min_confidence"])
    except ValueError as error:
        raise OntologyError(f"{path}: min_confidence {error}") from None


@functools.cache
def setting_words(name: str) -> frozenset[str]:
    """The list of words *name* of ``ontology/extraction.yaml``, case-folded; none when the
    file does not set it; an OntologyError naming the file and key when it is not a list of
    words."""
    return word_set(resource_dir("ontology") / "extraction.yaml", name, OntologyError, "extraction settings file")


def title_references() -> frozenset[str]:
    """``title_references`` of ``ontology/extraction.yaml``: titles that, after "the",
    stand for a person named before (a guess, so it lives beside the threshold that judges
    guesses)."""
    return setting_words("title_references")


def resolve_min_confidence(min_confidence: float | None) -> float:
    """*min_confidence* checked, or :func:`default_min_confidence` when it is None."""
    return default_min_confidence() if min_confidence is None else check_min_confidence(min_confidence)


def is_candidate(relation: Mapping) -> bool:
    """Whether a relation has been marked a candidate by :func:`mark_candidates`."""
    return bool(relation.get("candidate"))


def rule_of(relation: Mapping) -> str | None:
    """The name of the rule that produced *relation*: its ``frame``, else its ``pattern``.

    >>> rule_of({"frame": "stake-buy", "pattern": "stake-1"}), rule_of({"pattern": "stake-1"})
    ('stake-buy', 'stake-1')
    """
    return relation.get("frame") or relation.get("pattern") or None


def mark_candidates(record: Mapping, *, min_confidence: float) -> dict:
    """A copy of an extracted document (a kg-eval/1 record) whose relations each say
    whether they are candidates.

    Parameters
    ----------
    record : Mapping
        One document as the extractor gives it, with ``relations``.
    min_confidence : float
        From 0 to 1. A relation whose ``confidence`` is below it gets ``"candidate": True``,
        every other one ``"candidate": False``; a relation without a confidence has nothing
        to judge it by and stays a fact.

    Returns
    -------
    dict
        The record with new relation dicts; *record* itself is left as it was.

    Raises
    ------
    ValueError
        If *min_confidence* is not a number from 0 to 1.

    Examples
    --------
    >>> record = {"document": "d", "relations": [
    ...     {"subject": "A", "predicate": "acquires", "object": "B", "confidence": 0.4, "frame": "buys"},
    ...     {"subject": "A", "predicate": "partners_with", "object": "C", "confidence": 0.8}]}
    >>> [r["candidate"] for r in mark_candidates(record, min_confidence=0.5)["relations"]]
    [True, False]
    >>> "candidate" in record["relations"][0]
    False
    """
    threshold = check_min_confidence(min_confidence)
    relations = [
        {**relation, "candidate": relation.get("confidence") is not None and float(relation["confidence"]) < threshold}
        for relation in record.get("relations") or []
    ]
    return {**record, "relations": relations}
