"""The learned pair scorer: its weights file, what it adds to the rules, and its training."""

from __future__ import annotations

import json

import pytest

from kg.errors import OntologyError
from kg.extract.documents import Document
from kg.extract.pair_scorer import NONE_LABEL, WEIGHTS_FORMAT, PairScorer, default_weights_path

# Written for these tests: no sentence of the real-news corpus or the written dev set.
SENTENCE = "Hallvik Robotics, a Norwegian maker of warehouse robots, is based in Bergen, Norway."


def _document(text: str, doc_id: str = "t") -> Document:
    return Document(id=doc_id, text=text, path=None, publication_date="2026-01-14")


def _with_hook(extractor, hook, text: str) -> dict:
    before = extractor.extra_facts
    extractor.extra_facts = hook
    try:
        return extractor.extract(_document(text))
    finally:
        extractor.extra_facts = before


def _triples(record, frame=None) -> set:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if frame is None or r.get("frame") == frame}


def test_shipped_weights_load_and_score_a_sentence(extractor):
    scorer = PairScorer.load(extractor.ontology)
    model = json.loads(default_weights_path().read_text(encoding="utf-8"))
    assert model["format"] == WEIGHTS_FORMAT and NONE_LABEL in scorer.labels
    cases = []

    def keep(doc, entities, relations):
        cases.extend((entities[c.first].name, entities[c.second].name, scorer.probabilities(c.features))
                     for c in scorer.features.cases(doc, entities, relations))
        return scorer(doc, entities, relations)

    record = _with_hook(extractor, keep, SENTENCE)
    by_pair = {(a, b): p for a, b, p in cases}
    assert ("Hallvik Robotics", "Bergen") in by_pair
    for probabilities in by_pair.values():
        assert sum(probabilities) == pytest.approx(1.0) and all(0 <= p <= 1 for p in probabilities)
    # The firm and the city it is based in: of the relations, headquartered_in (first
    # entity the subject) is the likeliest.
    probabilities = by_pair[("Hallvik Robotics", "Bergen")]
    ranked = sorted((p, label) for label, p in zip(scorer.labels, probabilities) if label != NONE_LABEL)
    assert ranked[-1][1] == "headquartered_in>"
    # Learned facts are marked as such and carry their probability.
    for fact in record["relations"]:
        if fact["frame"] == "learned":
            assert 0 < fact["confidence"] <= 1 and fact["qualifiers"] == {}


def test_the_scorer_adds_and_never_takes_away(extractor):
    # Weights that find every pair a firm invests in the other: all it can add.
    eager = PairScorer(extractor.ontology, {
        "format": WEIGHTS_FORMAT, "labels": [NONE_LABEL, "invests_in>"], "bias": [0.0, 5.0], "weights": {}, "floor": 0.2})
    text = "Brightwell Capital invested $12 million in Tessaro Labs. Tessaro Labs and Corvane Systems build sensors."
    rules = extractor.extract(_document(text))
    both = _with_hook(extractor, eager, text)
    assert _triples(rules) <= _triples(both)
    added = _triples(both, "learned")
    assert ("Brightwell Capital", "invests_in", "Tessaro Labs") not in added  # the rules said it
    assert ("Tessaro Labs", "invests_in", "Corvane Systems") in added
    assert all(r["confidence"] == pytest.approx(0.993) for r in both["relations"] if r["frame"] == "learned")


@pytest.mark.parametrize("model, message", [
    ({"format": "other"}, "format"),
    ({"format": WEIGHTS_FORMAT, "labels": [NONE_LABEL, "invests_in>"], "bias": [0.0], "weights": {}}, "one weight per label"),
    ({"format": WEIGHTS_FORMAT, "labels": [NONE_LABEL, "owns_moon>"], "bias": [0.0, 0.0], "weights": {}}, "unknown relation"),
])
def test_bad_weights_are_one_clear_error(extractor, tmp_path, model, message):
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        PairScorer.load(extractor.ontology, path)


def test_unreadable_weights_are_one_clear_error(extractor, tmp_path):
    path = tmp_path / "weights.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(OntologyError, match="cannot read"):
        PairScorer.load(extractor.ontology, path)


# A tiny corpus written for the training test: each text states one fact of the gold.
TINY = {
    "t1": ("Marrow Ventures invested in Quillon Robotics last spring.",
           [("Marrow Ventures", "InvestmentFirm"), ("Quillon Robotics", "Company")],
           [("Marrow Ventures", "invests_in", "Quillon Robotics")]),
    "t2": ("Quillon Robotics is headquartered in Lyon, France.",
           [("Quillon Robotics", "Company"), ("Lyon", "City"), ("France", "Country")],
           [("Quillon Robotics", "headquartered_in", "Lyon"), ("Lyon", "located_in", "France")]),
    "t3": ("Pelgrave Partners put money into Orsolo Systems, which is based in Porto.",
           [("Pelgrave Partners", "InvestmentFirm"), ("Orsolo Systems", "Company"), ("Porto", "City")],
           [("Pelgrave Partners", "invests_in", "Orsolo Systems"), ("Orsolo Systems", "headquartered_in", "Porto")]),
    "t4": ("Tamsin Holt met engineers of Orsolo Systems in Porto on Monday.",
           [("Tamsin Holt", "Person"), ("Orsolo Systems", "Company"), ("Porto", "City")], []),
}


def test_training_is_deterministic_on_a_tiny_corpus(extractor):
    pytest.importorskip("sklearn")
    from kg.extract.pair_training import collect, fit, labelled

    gold = {
        doc_id: {"entities": [{"name": n, "type": t} for n, t in entities],
                 "relations": [{"subject": s, "predicate": p, "object": o} for s, p, o in relations]}
        for doc_id, (_, entities, relations) in TINY.items()
    }
    documents = collect(extractor, [_document(text, doc_id) for doc_id, (text, _, _) in TINY.items()],
                        ["invests_in", "headquartered_in", "located_in", "visits"])
    assert extractor.extra_facts is None  # the training hook is gone again
    examples = labelled(documents, gold)
    assert {label for _, label in examples} >= {"invests_in>", "headquartered_in>", NONE_LABEL}
    first = fit(examples, c=1.0, seed=7, min_count=1)
    second = fit(list(examples), c=1.0, seed=7, min_count=1)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert first["labels"] == sorted(first["labels"]) and first["examples"] == len(examples)
    # Fitted to its own corpus, the model finds its first fact again.
    scorer = PairScorer(extractor.ontology, first)
    t1 = next(d for d in documents if d.id == "t1")
    (case,) = [c for c in t1.cases if {c.first, c.second} == set(t1.entities)]
    probabilities = dict(zip(scorer.labels, scorer.probabilities(case.features)))
    assert max(probabilities, key=probabilities.get) == "invests_in>"
