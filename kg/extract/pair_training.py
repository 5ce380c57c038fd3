"""Training the pair scorer (:mod:`kg.extract.pair_scorer`) from gold files.

Each document of a gold file is extracted as ``kg extract`` does, with a hook that keeps
its pair cases (:class:`~kg.extract.pair_features.PairCase`) and the rules' facts. A case
is labelled with the gold relations between the gold entities its two ends match (names
and aliases after :func:`~kg.ingest.normalize.name_key`, as ``kg eval`` matches them),
each with its direction, or ``none``. A case the gold gives two relations is counted once
per relation. The labels are thus whatever relations the gold holds: none is named here.

scikit-learn fits the multinomial logistic regression; it is needed only here (the
``train`` extra), not to score. The weights go to a JSON file.

Run ``python -m kg.extract.pair_training GOLD.yaml TEXTS_DIR OUT.json`` to rebuild weights;
``tests/fixtures/realnews/train_pairs.py`` rebuilds the shipped ones from the real-news
cache and measures them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.implications import implied_facts
from kg.extract.pair_features import PairFeatures
from kg.extract.pair_scorer import NONE_LABEL, WEIGHTS_FORMAT, PairScorer
from kg.ingest.normalize import name_key
from kg.safe_io import atomic_output

__all__ = ["DocumentCases", "collect", "labelled", "fit", "records", "write_weights", "main"]

#: A feature seen in fewer training cases than this is dropped: it could only learn noise.
MIN_COUNT = 2


@dataclass
class DocumentCases:
    """One extracted document as the pair scorer sees it."""

    id: str
    record: dict  # the extractor's record, with the rules' facts only
    entities: dict  # entity key -> DocumentEntity
    ruled: list  # the facts the hook was handed (before the implied ones)
    cases: list = field(default_factory=list)


class _Collector:
    """The ``extra_facts`` hook of training: keeps what it is shown, adds nothing."""

    def __init__(self, features: PairFeatures) -> None:
        self.features = features
        self.seen: list[tuple] = []

    def __call__(self, doc, entities, relations):
        self.seen.append((dict(entities), [dict(r) for r in relations], self.features.cases(doc, entities, relations)))
        return []


def collect(extractor, documents: Iterable, relations: Iterable[str]) -> list[DocumentCases]:
    """The pair cases of *documents* (:class:`~kg.extract.documents.Document`), for pairs
    that could hold one of *relations*, read with *extractor* (whose ``extra_facts`` hook
    is used meanwhile and restored after)."""
    collector = _Collector(PairFeatures(extractor.ontology, relations))
    before = extractor.extra_facts
    extractor.extra_facts = collector
    try:
        found = []
        for document in documents:
            collector.seen.clear()
            record = extractor.extract(document)
            entities, ruled, cases = collector.seen[0] if collector.seen else ({}, [], [])
            found.append(DocumentCases(document.id, record, entities, ruled, cases))
        return found
    finally:
        extractor.extra_facts = before


def _gold_ends(gold_doc: Mapping) -> tuple[dict[str, int], dict[tuple[int, int], set[str]]]:
    """Gold entity by each of its name keys, and the gold relations between entities."""
    index: dict[str, int] = {}
    for j, entity in enumerate(gold_doc.get("entities") or []):
        for name in [entity.get("name"), *(entity.get("aliases") or [])]:
            if name and str(name).strip():
                index.setdefault(name_key(str(name)), j)
    pairs: dict[tuple[int, int], set[str]] = {}
    for relation in gold_doc.get("relations") or []:
        s, o = index.get(name_key(str(relation["subject"]))), index.get(name_key(str(relation["object"])))
        if s is not None and o is not None:
            pairs.setdefault((s, o), set()).add(str(relation["predicate"]))
    return index, pairs


def _gold_entity(entity, index: Mapping[str, int]) -> int | None:
    for name in [entity.name, *entity.surfaces]:
        j = index.get(name_key(name))
        if j is not None:
            return j
    return None


def labelled(documents: Iterable[DocumentCases], gold: Mapping[str, Mapping], symmetric: Iterable[str] = (), *,
             nearest: bool = True) -> list[tuple[tuple[str, ...], str]]:
    """(features, label) of every case of *documents* against *gold* (documents by id, as
    :func:`kg.extract.evaluate.read_gold` gives them). The label of a symmetric relation
    (in *symmetric*) is always forward.

    The gold says which two entities hold a relation, not in which sentence. With
    *nearest*, only the case of the two whose dependency path is shortest is labelled with
    it, and their other cases are left out (neither the relation nor ``none``): most of
    them only name the two, and taught as the relation they taught the model that naming
    two entities together states it."""
    symmetric = frozenset(symmetric)
    examples = []
    for document in documents:
        index, pairs = _gold_ends(gold.get(document.id) or {})
        ends = {key: _gold_entity(entity, index) for key, entity in document.entities.items()}
        labels_of = []
        for case in document.cases:
            a, b = ends.get(case.first), ends.get(case.second)
            labels = set()
            if a is not None and b is not None:
                labels |= {f"{p}>" for p in pairs.get((a, b), ())}
                labels |= {f"{p}>" if p in symmetric else f"{p}<" for p in pairs.get((b, a), ())}
            labels_of.append(labels)
        chosen: dict[frozenset, int] = {}
        if nearest:
            for n, (case, labels) in enumerate(zip(document.cases, labels_of)):
                pair = frozenset((case.first, case.second))
                if labels and (pair not in chosen or case.arcs < document.cases[chosen[pair]].arcs):
                    chosen[pair] = n
        for n, (case, labels) in enumerate(zip(document.cases, labels_of)):
            if nearest and labels and chosen[frozenset((case.first, case.second))] != n:
                continue
            for label in sorted(labels) or [NONE_LABEL]:
                examples.append((case.features, label))
    return examples


def fit(examples: list[tuple[tuple[str, ...], str]], *, c: float = 1.0, floor: float = 0.2, seed: int = 0,
        min_count: int = MIN_COUNT) -> dict:
    """The weights (a JSON-ready dict in :data:`~kg.extract.pair_scorer.WEIGHTS_FORMAT`)
    of a multinomial logistic regression fitted to *examples*.

    Parameters
    ----------
    examples : list
        (features, label) pairs, as :func:`labelled` gives them.
    c : float
        Inverse strength of the L2 penalty (scikit-learn's ``C``).
    floor : float
        The least probability the scorer reports a fact for (as a candidate below the
        guard's threshold).
    seed : int
        scikit-learn's ``random_state``; with the same examples the weights are the same.
    min_count : int
        Features seen in fewer cases are dropped.
    """
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for features, _ in examples for f in set(features))
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: i for i, f in enumerate(vocabulary)}
    labels = sorted({label for _, label in examples})
    if len(labels) < 2:
        raise ValueError("training needs at least two labels among the examples")
    rows, cols = [], []
    for r, (features, _) in enumerate(examples):
        for f in sorted({f for f in features if f in column}):
            rows.append(r)
            cols.append(column[f])
    matrix = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(examples), len(vocabulary)))
    target = [labels.index(label) for _, label in examples]
    model = LogisticRegression(C=c, max_iter=2000, random_state=seed, tol=1e-6)
    model.fit(matrix, target)
    coef = model.coef_
    bias = model.intercept_
    if len(labels) == 2:
        # scikit-learn keeps one row for two classes (the second's log-odds); as a softmax
        # over two rows, the first's weights are 0.
        coef = [[0.0] * len(vocabulary), list(coef[0])]
        bias = [0.0, float(bias[0])]
    weights = {}
    for i, feature in enumerate(vocabulary):
        row = [round(float(coef[k][i]), 4) for k in range(len(labels))]
        if any(abs(w) >= 1e-4 for w in row):
            weights[feature] = row
    return {
        "format": WEIGHTS_FORMAT, "labels": labels, "bias": [round(float(b), 4) for b in bias],
        "floor": floor, "c": c, "examples": len(examples),
        "label_counts": dict(sorted(Counter(label for _, label in examples).items())),
        "weights": weights,
    }


def records(documents: Iterable[DocumentCases], scorer: PairScorer | None, implications: Mapping) -> list[dict]:
    """The records ``kg extract`` gives *documents* with *scorer* as its hook (None: the
    rules alone), rebuilt from the collected cases without parsing again."""
    out = []
    for document in documents:
        if scorer is None:
            out.append(document.record)
            continue
        relations = [dict(r) for r in document.ruled]
        relations.extend(scorer.facts(document.cases, document.entities, relations))
        relations.extend(implied_facts(relations, implications))
        out.append({**document.record, "relations": relations})
    return out


def write_weights(model: Mapping, path: str | Path) -> None:
    """*model* as JSON at *path*, written whole or not at all."""
    with atomic_output(path) as handle:
        json.dump(model, handle, indent=None, separators=(",", ":"), sort_keys=True)
        handle.write("\n")


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.extract.pair_training GOLD.yaml TEXTS_DIR OUT.json [--c C]``."""
    from kg.errors import KGError
    from kg.extract.evaluate import gold_texts, read_gold
    from kg.extract.pipeline import Extractor
    from kg.ontology import load_ontology

    parser = argparse.ArgumentParser(prog="python -m kg.extract.pair_training", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", help="gold files (kg-eval/1), each followed by its texts directory")
    parser.add_argument("out", help="the weights file to write")
    parser.add_argument("--c", type=float, default=1.0, help="inverse strength of the L2 penalty")
    parser.add_argument("--floor", type=float, default=0.2, help="least probability reported as a candidate")
    args = parser.parse_args(argv)
    if len(args.gold) % 2:
        parser.error("give each gold file with its texts directory")
    try:
        ontology = load_ontology()
        extractor = Extractor(ontology, ())
        relations = {p for name in ontology.relations for p in [ontology.relation(name).eval_name]}
        symmetric = {ontology.relation(name).eval_name for name in ontology.relations if ontology.relation(name).symmetric}
        examples = []
        for gold_path, texts in zip(args.gold[::2], args.gold[1::2]):
            gold = read_gold(gold_path)
            examples += labelled(collect(extractor, gold_texts(gold, texts), relations), gold, symmetric)
        write_weights(fit(examples, c=args.c, floor=args.floor), args.out)
    except KGError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
