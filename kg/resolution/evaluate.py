"""Precision and recall of ``kg dedupe`` and of the links import and ingest make on their
own, against decisions labelled by hand.

Pair labels are a CSV of ``a,b,a_label,b_label,same`` with ``same`` 1, 0 or ``?`` (``#``
lines are comments); ``?`` pairs count for nothing. Recall is relative to the labelled
pairs: of the pairs labelled the same, how many the list proposes at that threshold.

The automatic decisions are read back from the store: every alias a table's graph gives
(a name import-table met and resolved to an entity called otherwise, :func:`import_decisions`)
and every entity an article's graph shares with an earlier source (a mention ingest linked
to a known entity or gave the same IRI, :func:`ingest_decisions`). Their labels are a CSV
of ``kind,document,iri,stored_name,met_name,same,note`` (:func:`read_decision_labels`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from rdflib import URIRef

__all__ = [
    "evaluate",
    "import_decisions",
    "ingest_decisions",
    "labels_by_names",
    "read_decision_labels",
    "read_labels",
    "score_decisions",
]


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
    {'threshold': 0.9, 'labelled_above': 1, 'precision': 1.0, 'recall': 0.5, 'top': 2, 'labelled_in_top': 2, 'precision_top': 0.5, 'recall_top': 0.5}
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
    listed = {frozenset((r["a"], r["b"])) for r in rows[:top]}
    recall_top = sum(p in listed for p in positives) / len(positives) if positives else None
    return {
        "threshold": threshold, "labelled_above": count, "precision": precision, "recall": recall,
        "top": top, "labelled_in_top": in_top, "precision_top": precision_top, "recall_top": recall_top,
    }


def import_decisions(store, graph: str, document: str) -> list[dict]:
    """What import-table decided on its own in the table graph *graph*: one row per alias
    it wrote, the name it met, beside the entity's label (``stored_name``)."""
    _, rows = store.select_rows(
        f"SELECT ?e ?alias (SAMPLE(?label) AS ?name) WHERE {{ GRAPH {URIRef(graph).n3()} {{ ?e skos:altLabel ?alias }} "
        "OPTIONAL { ?e rdfs:label ?label } } GROUP BY ?e ?alias"
    )
    return sorted(
        ({"kind": "import", "document": document, "iri": iri, "stored_name": name or "", "met_name": alias}
         for iri, alias, name in rows),
        key=lambda d: (d["iri"], d["met_name"]),
    )


def ingest_decisions(store, articles: dict[str, str], earlier: list[str]) -> list[dict]:
    """What ingest decided on its own: one row per entity of an article's graph (*articles*
    maps a graph to its document's name) that a graph of *earlier* (the seed, a table:
    sources written before the ingest) also types, with the names the two graphs give it and
    its class there (``cls``)."""
    decisions = []
    for graph, document in sorted(articles.items(), key=lambda item: item[1]):
        _, rows = store.select_rows(
            f"SELECT ?e (SAMPLE(?met) AS ?m) (SAMPLE(?known) AS ?k) (SAMPLE(?u) AS ?c) WHERE {{ "
            f"GRAPH {URIRef(graph).n3()} {{ ?e a ?t ; rdfs:label ?met }} "
            "GRAPH ?h { ?e a ?u OPTIONAL { ?e rdfs:label ?known } } "
            f"FILTER(?h IN ({', '.join(URIRef(h).n3() for h in earlier)})) }} GROUP BY ?e"
        )
        decisions.extend(
            {"kind": "ingest", "document": document, "iri": iri, "stored_name": known or "", "met_name": met,
             "cls": cls.rsplit("#", 1)[-1]}
            for iri, met, known, cls in sorted(rows)
        )
    return decisions


def _decision_key(row: dict) -> tuple[str, str, str, str]:
    # An import decides per name met; an ingest per entity of an article.
    return row["kind"], row["document"], row["iri"], row["met_name"] if row["kind"] == "import" else ""


def read_decision_labels(path: str | Path) -> dict[tuple[str, str, str, str], str]:
    """Decision -> ``1``, ``0`` or ``?``, from a CSV of ``kind,document,iri,stored_name,met_name,same,note``."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {_decision_key(row): row["same"] for row in csv.DictReader(lines)}


def score_decisions(decisions: list[dict], labels: dict[tuple[str, str, str, str], str]) -> dict:
    """How many *decisions* were right (labelled 1), wrong (0), unsure (?) or not labelled,
    and the precision of the labelled ones that are sure.

    >>> decided = [{"kind": "ingest", "document": "d", "iri": i, "met_name": ""} for i in "xyzw"]
    >>> score_decisions(decided, {("ingest", "d", "x", ""): "1", ("ingest", "d", "y", ""): "0",
    ...                           ("ingest", "d", "z", ""): "?"})
    {'decisions': 4, 'right': 1, 'wrong': 1, 'unsure': 1, 'unlabelled': 1, 'precision': 0.5}
    """
    found = [labels.get(_decision_key(d)) for d in decisions]
    right, wrong = found.count("1"), found.count("0")
    return {
        "decisions": len(decisions), "right": right, "wrong": wrong, "unsure": found.count("?"),
        "unlabelled": found.count(None), "precision": right / (right + wrong) if right + wrong else None,
    }


def labels_by_names(rows: list[dict], path: str | Path) -> dict[frozenset[str], bool]:
    """Pair labels for the rows of ``kg dedupe`` (*rows*) whose two labels are the two names
    of an import decision labelled 1 or 0 in *path* (:func:`read_decision_labels`' file).

    Spellings import once made one entity and now keeps apart are pairs of ``kg dedupe``:
    the hand label of the decision says whether the pair is one entity.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("kind,document,iri,stored_name,met_name,same,note\\n"
    ...                 "import,t,x,Kiwi,Kiwi Inc.,0,\\nimport,t,y,Spire,Spire Inc.,?,\\n")
    >>> rows = [{"a": "k1", "b": "k2", "a_label": "Kiwi Inc.", "b_label": "Kiwi"},
    ...         {"a": "s1", "b": "s2", "a_label": "Spire", "b_label": "Spire Inc."}]
    >>> [(sorted(pair), same) for pair, same in labels_by_names(rows, f.name).items()]
    [(['k1', 'k2'], False)]
    >>> Path(f.name).unlink()
    """
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    named = {
        frozenset((row["stored_name"], row["met_name"])): row["same"]
        for row in csv.DictReader(lines) if row["kind"] == "import" and row["same"] in ("0", "1")
    }
    found = {}
    for row in rows:
        same = named.get(frozenset((row["a_label"], row["b_label"])))
        if same is not None:
            found.setdefault(frozenset((row["a"], row["b"])), same == "1")
    return found
