"""Precision and recall of ``kg dedupe`` against pairs labelled by hand.

Labels are a CSV of ``a,b,a_label,b_label,same`` with ``same`` 1, 0 or ``?`` (``#``
lines are comments); ``?`` pairs count for nothing. Recall is relative to the labelled
pairs: of the pairs labelled the same, how many the list proposes at that threshold.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["read_labels", "evaluate"]


def read_labels(path: str | Path) -> dict[frozenset[str], bool]:
    """Pair -> same, for the pairs labelled 1 or 0."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {
        frozenset((row["a"], row["b"])): row["same"] == "1"
        for row in csv.DictReader(lines)
        if row["same"] in ("0", "1")
    }


def evaluate(rows: list[dict], labels: dict[frozenset[str], bool], *, threshold: float, top: int = 100) -> dict:
    """Precision and relative recall of the pairs of *rows* (best first) at *threshold*,
    and precision of the labelled pairs among the first *top* rows.

    >>> rows = [{"a": "x", "b": "y", "score": 1.0}, {"a": "x", "b": "z", "score": 0.7}]
    >>> labels = {frozenset("xy"): True, frozenset("xz"): False, frozenset("yz"): True}
    >>> evaluate(rows, labels, threshold=0.9, top=2)
    {'threshold': 0.9, 'labelled_above': 1, 'precision': 1.0, 'recall': 0.5, 'top': 2, 'labelled_in_top': 2, 'precision_top': 0.5}
    """
    def judged(selected):
        found = [labels[p] for p in (frozenset((r["a"], r["b"])) for r in selected) if p in labels]
        return len(found), (sum(found) / len(found) if found else None)

    above = [r for r in rows if r["score"] >= threshold]
    count, precision = judged(above)
    proposed = {frozenset((r["a"], r["b"])) for r in above}
    positives = [p for p, same in labels.items() if same]
    recall = sum(p in proposed for p in positives) / len(positives) if positives else None
    in_top, precision_top = judged(rows[:top])
    return {
        "threshold": threshold, "labelled_above": count, "precision": precision, "recall": recall,
        "top": top, "labelled_in_top": in_top, "precision_top": precision_top,
    }
