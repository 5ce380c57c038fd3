"""Scoring extraction against a gold file, as shared/eval/FORMAT.md (kg-eval/1) says.

Entities match when a name or alias of one meets a name or alias of the other after
:func:`~kg.ingest.normalize.name_key`; the typed score also wants equal types. Relations
match on predicate and matched subject and object (either way round for the symmetric
predicates). Matching is one to one: a fact extracted twice counts once right, once wrong.
A candidate (a relation :mod:`kg.extract.guard` found too unsure) is not an extracted fact:
it is only counted, and how many candidates the gold holds says what the guard cost.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError
from kg.extract.guard import is_candidate, mark_candidates, rule_of
from kg.ingest.normalize import name_key
from kg.resources import read_yaml

__all__ = ["SCORED_QUALIFIERS", "SYMMETRIC", "Counts", "EvalReport", "gold_texts", "read_gold", "score"]

SYMMETRIC = frozenset({"trades_with", "partners_with", "competes_with"})
SCORED_QUALIFIERS = ("amount", "currency", "stake_percent", "date")


@dataclass
class Counts:
    """True positives, and how many were extracted and how many the gold holds."""

    tp: int = 0
    extracted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.extracted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.extracted += other.extracted
        self.gold += other.gold

    def as_dict(self) -> dict:
        return {
            "tp": self.tp, "extracted": self.extracted, "gold": self.gold,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass
class EvalReport:
    """Scores over every document, and the misses that explain them."""

    entities_typed: Counts = field(default_factory=Counts)
    entities_untyped: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    stated: Counts = field(default_factory=Counts)
    implied: Counts = field(default_factory=Counts)
    per_predicate: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    qualifiers_right: int = 0
    qualifiers_scored: int = 0
    #: Per scored qualifier: [right, scored] (their sums are the two counts above).
    qualifiers_by_key: dict[str, list[int]] = field(default_factory=lambda: {key: [0, 0] for key in SCORED_QUALIFIERS})
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_qualifiers: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    candidates_in_gold: int = 0

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifiers_right / self.qualifiers_scored if self.qualifiers_scored else 1.0

    def as_dict(self) -> dict:
        return {
            "entities_typed": self.entities_typed.as_dict(),
            "entities_untyped": self.entities_untyped.as_dict(),
            "relations": self.relations.as_dict(),
            "relations_stated": self.stated.as_dict(),
            "relations_implied": self.implied.as_dict(),
            "per_predicate": {name: c.as_dict() for name, c in sorted(self.per_predicate.items())},
            "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "qualifiers_scored": self.qualifiers_scored,
            "qualifiers_by_key": {key: {"right": right, "scored": scored} for key, (right, scored) in self.qualifiers_by_key.items()},
            "missed": self.missed,
            "spurious": self.spurious,
            "wrong_qualifiers": self.wrong_qualifiers,
            "candidates": len(self.candidates),
            "candidates_in_gold": self.candidates_in_gold,
            "candidate_relations": self.candidates,
        }


def read_gold(path: str | Path) -> dict:
    """The gold file's documents by id, checked for the keys scoring needs."""
    path = Path(path)
    data = read_yaml(path, IngestError, "gold file")
    if not isinstance(data, dict) or (data.get("meta") or {}).get("format") != "kg-eval/1":
        raise IngestError(f"{path}: not a kg-eval/1 gold file (meta: {{format: kg-eval/1}})")
    documents = {}
    for number, doc in enumerate(data.get("documents") or [], 1):
        if not isinstance(doc, dict) or "id" not in doc:
            raise IngestError(f"{path}: document {number} has no id")
        for entity in doc.get("entities") or []:
            if not isinstance(entity, dict) or "name" not in entity or "type" not in entity:
                raise IngestError(f"{path}: document {doc['id']}: an entity needs a name and a type: {entity!r}")
        for relation in doc.get("relations") or []:
            if not isinstance(relation, dict) or not {"subject", "predicate", "object"} <= set(relation):
                raise IngestError(f"{path}: document {doc['id']}: a relation needs subject, predicate, object: {relation!r}")
        documents[str(doc["id"])] = doc
    return documents


def gold_texts(gold: Mapping[str, dict], folder: str | Path) -> list:
    """The documents of *gold* (as :func:`read_gold` returns it) read from *folder*, in the
    gold's order: each by its ``file`` key, else by its id with .txt or .html, dated by its
    ``publication_date`` when it has one (relative dates resolve against it). A folder that
    is not a directory or a gold document without its text is an :class:`IngestError`."""
    from dataclasses import replace

    from kg.extract.documents import read_documents

    folder = Path(folder)
    if not folder.is_dir():
        raise IngestError(f"{folder} is not a directory of texts")
    documents = []
    for doc_id, gold_doc in gold.items():
        names = [gold_doc["file"]] if gold_doc.get("file") else [f"{doc_id}.txt", f"{doc_id}.html"]
        path = next((folder / name for name in names if (folder / name).is_file()), None)
        if path is None:
            raise IngestError(f"no text for gold document {doc_id!r} in {folder} (looked for {', '.join(names)})")
        published = str(gold_doc["publication_date"]) if gold_doc.get("publication_date") else None
        (document,) = read_documents([str(path)], date=published)
        documents.append(replace(document, id=doc_id, publication_date=published or document.publication_date))
    return documents


def score(gold: Mapping[str, dict], extracted: Iterable[Mapping], *, min_confidence: float | None = None) -> EvalReport:
    """Score extracted documents (dicts in the JSON Lines shape) against *gold* documents
    (as :func:`read_gold` returns them). A gold document nothing was extracted from
    counts in full as missed.

    Relations marked ``"candidate": true`` are not scored, only counted; with
    *min_confidence*, the documents are marked first
    (:func:`~kg.extract.guard.mark_candidates`), else their marks are taken as they are.

    >>> gold = {"d": {"entities": [{"name": "LG Electronics", "type": "Company"},
    ...                            {"name": "AgiBot", "type": "Company"}],
    ...               "relations": [{"subject": "LG Electronics", "predicate": "holds_stake_in",
    ...                              "object": "AgiBot", "qualifiers": {"stake_percent": 5}}]}}
    >>> out = [{"document": "d", "entities": [{"name": "LG Electronics Inc.", "type": "Company"},
    ...                                       {"name": "AgiBot", "type": "Product"}],
    ...         "relations": [{"subject": "LG Electronics Inc.", "predicate": "holds_stake_in",
    ...                        "object": "AgiBot", "qualifiers": {"stake_percent": 5.0}}]}]
    >>> report = score(gold, out)
    >>> report.entities_typed.f1, report.entities_untyped.f1, report.relations.f1, report.qualifier_accuracy
    (0.5, 1.0, 1.0, 1.0)
    """
    report = EvalReport()
    if min_confidence is not None:
        extracted = [mark_candidates(doc, min_confidence=min_confidence) for doc in extracted]
    by_id = {str(doc.get("document")): doc for doc in extracted}
    for doc_id, gold_doc in gold.items():
        _score_document(report, doc_id, gold_doc, by_id.get(doc_id, {}))
    return report


def _keys(record: Mapping) -> set[str]:
    names = [record.get("name") or ""] + list(record.get("aliases") or [])
    return {name_key(str(n)) for n in names if str(n).strip()}


def _score_document(report: EvalReport, doc_id: str, gold_doc: Mapping, out_doc: Mapping) -> None:
    gold_entities = list(gold_doc.get("entities") or [])
    out_entities = list(out_doc.get("entities") or [])
    gold_keys = [_keys(e) for e in gold_entities]

    # Entities: one to one, exact-type matches first so that the typed score is not
    # spoiled by an untyped match taken earlier.
    def match_entities(typed: bool) -> dict[int, int]:
        taken: dict[int, int] = {}
        for i, entity in enumerate(out_entities):
            keys = _keys(entity)
            for j, gold_entity in enumerate(gold_entities):
                if j in taken.values() or not keys & gold_keys[j]:
                    continue
                if typed and entity.get("type") != gold_entity.get("type"):
                    continue
                taken[i] = j
                break
        return taken

    typed = match_entities(True)
    untyped = match_entities(False)
    report.entities_typed.add(Counts(len(typed), len(out_entities), len(gold_entities)))
    report.entities_untyped.add(Counts(len(untyped), len(out_entities), len(gold_entities)))

    # Which gold entity each extracted name stands for (by its record's names and aliases,
    # or by the bare name when the relation names an entity not listed).
    resolved: dict[str, int] = {}
    for i, entity in enumerate(out_entities):
        if i in untyped:
            resolved[name_key(str(entity.get("name", "")))] = untyped[i]
    gold_index = {key: j for j, keys in enumerate(gold_keys) for key in keys}

    def gold_of(name: str) -> int | None:
        key = name_key(str(name))
        return resolved.get(key, gold_index.get(key))

    gold_relations = list(gold_doc.get("relations") or [])

    def best_match(relation: Mapping, used: set[int]) -> int | None:
        predicate = relation.get("predicate")
        s, o = gold_of(relation.get("subject", "")), gold_of(relation.get("object", ""))
        found = [
            j for j, g in enumerate(gold_relations)
            if j not in used and g["predicate"] == predicate and s is not None and o is not None
            and _same_ends(predicate, (s, o), (gold_index.get(name_key(g["subject"])), gold_index.get(name_key(g["object"]))))
        ]
        if not found:
            return None
        return max(found, key=lambda j: _agreement(relation.get("qualifiers") or {}, gold_relations[j].get("qualifiers") or {}))

    relations = list(out_doc.get("relations") or [])
    used: set[int] = set()
    for relation in relations:
        if is_candidate(relation):
            continue
        predicate = relation.get("predicate")
        label = f"{doc_id}: {relation.get('subject')} {predicate} {relation.get('object')}"
        best = best_match(relation, used)
        if best is None:
            counts = report.implied if relation.get("implied") else report.stated
            counts.extracted += 1
            report.relations.extracted += 1
            report.per_predicate[str(predicate)].extracted += 1
            report.spurious.append(label)
            continue
        used.add(best)
        gold_relation = gold_relations[best]
        counts = report.implied if gold_relation.get("implied") else report.stated
        for c in (counts, report.relations, report.per_predicate[predicate]):
            c.tp += 1
            c.extracted += 1
        for key in SCORED_QUALIFIERS:
            expected = (gold_relation.get("qualifiers") or {}).get(key)
            if expected is None:
                continue
            got = (relation.get("qualifiers") or {}).get(key)
            report.qualifiers_scored += 1
            report.qualifiers_by_key[key][1] += 1
            if _same_value(got, expected):
                report.qualifiers_right += 1
                report.qualifiers_by_key[key][0] += 1
            else:
                report.wrong_qualifiers.append(f"{label}: {key} {got!r}, gold {expected!r}")
    # Candidates after every fact, against the gold relations no fact matched: a candidate
    # found there is recall the guard gave away.
    taken = set(used)
    for relation in filter(is_candidate, relations):
        best = best_match(relation, taken)
        if best is not None:
            taken.add(best)
            report.candidates_in_gold += 1
        notes = [f"confidence {relation.get('confidence')}", rule_of(relation), "in the gold" if best is not None else None]
        report.candidates.append(
            f"{doc_id}: {relation.get('subject')} {relation.get('predicate')} {relation.get('object')} "
            f"({', '.join(note for note in notes if note)})"
        )
    for j, gold_relation in enumerate(gold_relations):
        counts = report.implied if gold_relation.get("implied") else report.stated
        counts.gold += 1
        report.relations.gold += 1
        report.per_predicate[gold_relation["predicate"]].gold += 1
        if j not in used:
            report.missed.append(f"{doc_id}: {gold_relation['subject']} {gold_relation['predicate']} {gold_relation['object']}")


def _same_ends(predicate: str, got: tuple, want: tuple) -> bool:
    return got == want or (predicate in SYMMETRIC and got == want[::-1])


def _agreement(got: Mapping, want: Mapping) -> int:
    return sum(1 for key, value in want.items() if _same_value(got.get(key), value))


def _same_value(got, expected) -> bool:
    """Numbers as numbers; anything else as its text, exactly: FORMAT.md's currencies are ISO
    4217 codes, which are capitals ("cny" is none), and its dates ISO 8601 text (a date the
    gold's YAML reads as a date object is its ISO text)."""
    if got is None:
        return False
    try:
        a, b = float(got), float(expected)
    except (TypeError, ValueError):
        return _text(got) == _text(expected)
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _text(value) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
