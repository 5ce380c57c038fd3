"""Facts carried from a thing to the place its own sentence puts it in: "Scholz toured the
Bosch plant in Chongqing" is a visit to the plant and to Chongqing.

``through`` in ``ontology/triggers.yaml`` says, per relation, which relation places the
object (``located_in``), for objects of which classes (``object: [Facility]``), and how
much less sure the carried fact is (``factor``). Only a placing read from the fact's own
sentence carries it: a plant placed elsewhere in the story may be one the visitor never
saw, and a city placed in its country is no site (a visit to Dubai says nothing of the
rest of the Emirates the visitor saw). ``not_frames`` names the frames and patterns whose
facts carry nothing: a form that names its own country, which its own rule reads or leaves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.trigger_words import relation_entries
from kg.ontology import Ontology

__all__ = ["Carrying", "carried_facts", "load_carryings"]


@dataclass(frozen=True)
class Carrying:
    """A relation's facts carried through *placing* facts from objects of *classes* to their
    place, *factor* times as sure; not those read by a frame or a pattern of *not_frames*."""

    placing: str
    classes: frozenset[str]
    factor: float
    not_frames: frozenset[str] = frozenset()


def load_carryings(ontology: Ontology, folder: Path | None = None) -> dict[str, tuple[Carrying, ...]]:
    """Relation (FORMAT.md name) -> how its facts are carried (``through`` in
    ``ontology/triggers.yaml``), checked against the ontology: the placing relation must
    exist, the classes must be the ontology's and the placing relation must take them as
    its subject."""
    found: dict[str, tuple[Carrying, ...]] = {}
    for relation_name, _, through in relation_entries("through", folder):
        where = f"triggers.yaml: {relation_name}: through"
        if not isinstance(through, dict):
            raise OntologyError(f"{where}: must map placing relations to {{object: [classes], factor: number}}")
        relation = ontology.relation(str(relation_name))
        carryings = []
        for placing_name, how in through.items():
            try:
                placing = ontology.relation(str(placing_name))
            except OntologyError:
                raise OntologyError(f"{where}: unknown relation {placing_name!r}") from None
            if not isinstance(how, dict) or not {"object", "factor"} <= set(how) <= {"object", "factor", "not_frames"}:
                raise OntologyError(f"{where}: {placing_name}: must be a mapping of object (classes) and factor"
                                    " (and not_frames)")
            factor, classes, not_frames = how["factor"], how["object"], how.get("not_frames", [])
            if not isinstance(not_frames, list) or not all(isinstance(f, str) for f in not_frames):
                raise OntologyError(f"{where}: {placing_name}: not_frames must be a list of frame or pattern ids")
            if isinstance(factor, bool) or not isinstance(factor, (int, float)) or not 0 < factor <= 1:
                raise OntologyError(f"{where}: {placing_name}: the factor must be a number above 0 and at most 1")
            if not isinstance(classes, list) or not classes:
                raise OntologyError(f"{where}: {placing_name}: object must be a list of classes")
            for name in classes:
                try:
                    cls = ontology.cls(str(name)).name
                except OntologyError as error:
                    raise OntologyError(f"{where}: {placing_name}: {error}") from None
                if not ontology.is_subclass(cls, ontology.cls(placing.domain).name):
                    raise OntologyError(f"{where}: {placing_name}: a {cls} is not what {placing_name} places")
                if not ontology.is_subclass(cls, ontology.cls(relation.range).name):
                    raise OntologyError(f"{where}: {placing_name}: a {cls} is no object of {relation_name}")
            carryings.append(Carrying(placing.eval_name, frozenset(str(c) for c in classes), float(factor),
                                      frozenset(not_frames)))
        found[relation.eval_name] = tuple(carryings)
    return found


def carried_facts(relations: list[dict], classes: dict[str, str],
                  carryings: dict[str, Iterable[Carrying]]) -> list[dict]:
    """The facts of *relations* carried to their objects' places (see the module's text),
    those not stated already; *classes* maps entity names to their classes.

    >>> facts = [{"subject": "Kim", "predicate": "visits", "object": "Hanul plant", "qualifiers": {"date": "2025"},
    ...           "confidence": 0.85, "evidence": [0, 40], "implied": False, "frame": "verb-active"},
    ...          {"subject": "Hanul plant", "predicate": "located_in", "object": "Busan", "qualifiers": {},
    ...           "confidence": 0.8, "evidence": [0, 40], "implied": False, "frame": "place-of-place"}]
    >>> [(f["object"], f["confidence"]) for f in carried_facts(facts, {"Hanul plant": "Facility"},
    ...                                                        {"visits": [Carrying("located_in", frozenset({"Facility"}), 0.8)]})]
    [('Busan', 0.64)]
    """
    stated = {(r["subject"], r["predicate"], r["object"]) for r in relations}
    found: dict[tuple, dict] = {}
    for fact in relations:
        for how in carryings.get(fact["predicate"], ()):
            if classes.get(fact["object"]) not in how.classes or str(fact.get("frame", "")).split(":")[0] in how.not_frames:
                continue
            for place in relations:
                if place["predicate"] != how.placing or place["subject"] != fact["object"] \
                        or list(place["evidence"]) != list(fact["evidence"]):
                    continue
                key = (fact["subject"], fact["predicate"], place["object"])
                confidence = round(min(fact["confidence"], place["confidence"]) * how.factor, 3)
                if key in stated or key in found and found[key]["confidence"] >= confidence:
                    continue
                found[key] = {
                    "subject": fact["subject"], "predicate": fact["predicate"], "object": place["object"],
                    "qualifiers": dict(fact["qualifiers"]), "confidence": confidence,
                    "evidence": list(fact["evidence"]), "implied": False,
                    "frame": f"through:{how.placing}:{fact['frame']}",
                }
    return list(found.values())
