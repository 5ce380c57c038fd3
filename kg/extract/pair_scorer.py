"""A learned scorer of entity pairs that adds the facts the rules miss.

A multinomial logistic regression over the features of :mod:`kg.extract.pair_features`
gives each pair case (two entities in one sentence) a probability for each label: a
relation with its direction (``invests_in>``: the first-named entity is the subject,
``invests_in<``: the second is) or ``none``. Its weights are a JSON file (no pickle:
reading it runs nothing), written by :mod:`kg.extract.pair_training` from gold files;
scoring is plain Python.

The scorer only adds: for each two entities and relation, the most probable case of the
document gives a fact (frame ``learned``, the probability its confidence), unless the rules
gave that fact already, as fact or as candidate. Below the guard's threshold the fact is a
candidate (:mod:`kg.extract.guard`), as any other. The relations it knows are the labels of
its weights file, so no relation is named here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path

from kg.errors import KGError, OntologyError
from kg.extract.implications import implied_facts, load_implications
from kg.extract.pair_features import PairFeatures
from kg.resources import resource_dir
from kg.safe_io import read_capped_text

__all__ = ["PairScorer", "WEIGHTS_FORMAT", "NONE_LABEL", "default_weights_path", "split_label"]

WEIGHTS_FORMAT = "kg-pair-scorer/1"
NONE_LABEL = "none"
#: Largest weights file read.
_MAX_BYTES = 32 * 1024 * 1024


def default_weights_path() -> Path:
    """Where the shipped weights are: ``data/pair_scorer.json``."""
    return resource_dir("data") / "pair_scorer.json"


def split_label(label: str) -> tuple[str, bool]:
    """``"invests_in>"`` -> ``("invests_in", True)``: the relation and whether the
    first-named entity is its subject."""
    return label[:-1], label.endswith(">")


class PairScorer:
    """Scores pair cases and turns the likely ones into facts (see the module docstring).

    Parameters
    ----------
    ontology : kg.ontology.Ontology
        For the relations' domains, ranges and symmetry.
    model : Mapping
        The weights, as :meth:`load` reads them: ``labels``, ``bias`` (one per label),
        ``weights`` (feature -> one weight per label) and ``floor``, the least probability
        worth reporting (as a candidate).
    """

    def __init__(self, ontology, model: Mapping) -> None:
        if model.get("format") != WEIGHTS_FORMAT:
            raise OntologyError(f"pair scorer weights: format is not {WEIGHTS_FORMAT}")
        self.labels: list[str] = list(model["labels"])
        self.bias: list[float] = [float(b) for b in model["bias"]]
        self.weights: dict[str, list[float]] = {f: [float(w) for w in ws] for f, ws in model["weights"].items()}
        if len(self.bias) != len(self.labels) or any(len(ws) != len(self.labels) for ws in self.weights.values()):
            raise OntologyError("pair scorer weights: every feature needs one weight per label")
        self.floor = float(model.get("floor", 0.2))
        self.ontology = ontology
        relations = {split_label(label)[0] for label in self.labels if label != NONE_LABEL}
        for name in relations:
            ontology.relation(name)  # an unknown relation is an OntologyError now, not mid-extraction
        self.features = PairFeatures(ontology, relations)
        self._symmetric = frozenset(name for name in relations if ontology.relation(name).symmetric)
        self._implications = load_implications(ontology)

    @classmethod
    def load(cls, ontology, path: str | Path | None = None) -> "PairScorer":
        """The scorer of a weights file (default :func:`default_weights_path`)."""
        path = Path(path) if path is not None else default_weights_path()
        try:
            model = json.loads(read_capped_text(path, _MAX_BYTES, what="pair scorer weights"))
        except (OSError, ValueError, KGError) as error:
            raise OntologyError(f"{path}: cannot read the pair scorer's weights: {error}") from None
        if not isinstance(model, dict):
            raise OntologyError(f"{path}: the pair scorer's weights are not a JSON object")
        try:
            return cls(ontology, model)
        except (KeyError, TypeError, ValueError) as error:
            raise OntologyError(f"{path}: malformed pair scorer weights ({error})") from None

    def probabilities(self, features) -> list[float]:
        """The probability of each label (in ``self.labels``' order) for one case."""
        scores = list(self.bias)
        for feature in features:
            weights = self.weights.get(feature)
            if weights is not None:
                for k, w in enumerate(weights):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def __call__(self, doc, entities: Mapping, relations: list[Mapping]) -> list[dict]:
        """The facts the pair cases of *doc* add to *relations* (the rules' own): the hook
        :attr:`kg.extract.pipeline.Extractor.extra_facts` calls."""
        return self.facts(self.features.cases(doc, entities, relations), entities, relations)

    def facts(self, cases, entities: Mapping, relations: list[Mapping]) -> list[dict]:
        """The facts scored *cases* (:meth:`PairFeatures.cases` of a document) add to the
        rules' *relations*: per ends and relation the surest case, if at least ``floor``."""
        # What the rules imply counts as given too: a learned fact there would stop the
        # pipeline from drawing the rules' implied fact, which may carry qualifiers.
        given = {(fact.get("subject"), fact.get("predicate"), fact.get("object"))
                 for fact in [*relations, *implied_facts(list(relations), self._implications)]}
        best: dict[tuple[str, str, str], tuple[float, tuple[int, int]]] = {}
        for case in cases:
            first, second = entities[case.first], entities[case.second]
            fits = set(self.features.fits(first.cls, second.cls))
            for label, p in zip(self.labels, self.probabilities(case.features)):
                if label == NONE_LABEL or p < self.floor:
                    continue
                name, forward = split_label(label)
                if (name, forward) not in fits and not (name in self._symmetric and (name, not forward) in fits):
                    continue  # the classes cannot be its ends
                subject, obj = (first, second) if forward else (second, first)
                key = (subject.key, name, obj.key)
                if name in self._symmetric and (obj.key, name, subject.key) in best:
                    key = (obj.key, name, subject.key)
                if key not in best or best[key][0] < p:
                    best[key] = (p, case.evidence)
        facts = []
        for (s_key, name, o_key), (p, evidence) in best.items():
            subject, obj = entities[s_key].name, entities[o_key].name
            if (subject, name, obj) in given or name in self._symmetric and (obj, name, subject) in given:
                continue
            facts.append({
                "subject": subject, "predicate": name, "object": obj, "qualifiers": {},
                "confidence": round(p, 3), "evidence": list(evidence), "implied": False, "frame": "learned",
            })
        return self._sparing(facts, relations)

    def _sparing(self, facts: list[dict], relations: list[Mapping]) -> list[dict]:
        """*facts* without those that would stop a fact the rules imply (a learned
        acquisition between two firms the rules have one invest in the other would undo
        the implied stake): the scorer adds, it never takes away."""
        implied = {(f["subject"], f["predicate"], f["object"]) for f in implied_facts(list(relations), self._implications)}
        after = {(f["subject"], f["predicate"], f["object"]) for f in implied_facts([*relations, *facts], self._implications)}
        lost = {(s, o) for s, _, o in implied - after}
        return [f for f in facts if (f["subject"], f["object"]) not in lost]
