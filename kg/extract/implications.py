"""Facts that other facts imply (who invests in a firm holds part of it) or overrule (who
buys a firm holds more than a stake in it).

``ontology/triggers.yaml`` gives, per relation, the relations each of its facts implies
between the same ends, how much less sure the implied fact is, the relations that,
stated between those ends, say something else, and the qualifiers it keeps (``implies:
{holds_stake_in: {factor: 0.8, unless: [acquires], keep: [date]}}``: a buyer owns the firm,
more than a stake in it; the stake dates from the investment, but the investment's round
is no role of the holder). ``rounds_need_role: [existing]`` keeps a funding round's
investors out unless their role says they held a part already; ``round_words: [raise]``
names trigger groups, by their first word, whose facts are a round's too. An implied fact is marked ``implied`` and names the rule of the
fact it came from; one already stated is not repeated. ``supersedes: [holds_stake_in]`` on
a relation drops the facts of those relations between the ends of one of its facts: "Daewon
acquired a 51 percent stake in Hanul" is an acquisition, not a holding.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.trigger_words import relation_entries
from kg.ontology import Ontology, camel_to_snake

__all__ = ["Implication", "implied_facts", "load_implications", "load_supersessions", "trigger_word", "without_reversed_repeats",
           "without_superseded"]


@dataclass(frozen=True)
class Implication:
    """How a fact implies another between its ends: *factor* lowers the confidence, a fact
    of a relation in *unless* between the same ends forbids it, the qualifiers named in
    *keep* go with it."""

    factor: float
    unless: frozenset[str] = frozenset()
    keep: frozenset[str] = frozenset()
    #: Set for implications with ``rounds_need_role``: a fact of a funding round (it has a
    #: round, or its trigger is one of *round_triggers*) implies only when its role has
    #: one of *round_roles* ("existing investor").
    round_roles: frozenset[str] | None = None
    round_triggers: frozenset[str] = frozenset()

    def holds_for(self, fact: dict) -> bool:
        """Whether *fact* implies this: not a round investor's, unless its role says it
        held a part already."""
        if self.round_roles is None:
            return True
        trigger = trigger_word(str(fact.get("frame", "")))
        if "round" not in fact.get("qualifiers", {}) and trigger not in self.round_triggers:
            return True
        role = str(fact.get("qualifiers", {}).get("role", "")).lower().split()
        return any(word in self.round_roles for word in role)


def trigger_word(frame: str) -> str:
    """The first word of the trigger group a fact's ``frame`` names
    ("verb-active:invests_in:lead" -> "lead")."""
    parts = frame.split(":")
    return parts[2].split("/")[0].split("+")[0] if len(parts) >= 3 else ""


def load_implications(ontology: Ontology, folder: Path | None = None) -> dict[str, dict[str, Implication]]:
    """Relation (FORMAT.md name) -> the relations its facts imply, each with how (see
    :class:`Implication`); checked against the ontology (the implied relation's ends must
    take the implying one's, the qualifiers kept must be the ontology's)."""
    implications: dict[str, dict[str, Implication]] = {}
    qualifiers = {camel_to_snake(name) for name in ontology.qualifiers}
    for relation_name, spec, implied in relation_entries("implies", folder):
        where = f"triggers.yaml: {relation_name}: implies"
        if not isinstance(implied, dict):
            raise OntologyError(f"{where}: must map relations to factors from 0 to 1")
        relation = ontology.relation(str(relation_name))
        for other_name, how in implied.items():
            try:
                other = ontology.relation(str(other_name))
            except OntologyError:
                raise OntologyError(f"{where}: unknown relation {other_name!r}") from None
            if not isinstance(how, dict) or set(how) - {"factor", "unless", "keep", "rounds_need_role", "round_words"}:
                raise OntologyError(f"{where}: {other_name}: must be a mapping with a factor and, optionally, unless, keep, "
                                    "rounds_need_role and round_words")
            round_words = how.get("round_words") or []
            if not (isinstance(round_words, list) and all(isinstance(w, str) and w for w in round_words)):
                raise OntologyError(f"{where}: {other_name}: round_words must be a list of words")
            factor, unless, keep = how.get("factor"), how.get("unless") or [], how.get("keep") or []
            roles = how.get("rounds_need_role")
            if roles is not None and not (isinstance(roles, list) and all(isinstance(r, str) and r for r in roles)):
                raise OntologyError(f"{where}: {other_name}: rounds_need_role must be a list of words")
            unknown = [name for name in keep if name not in qualifiers]
            if unknown:
                raise OntologyError(f"{where}: {other_name}: keep: unknown qualifier {unknown[0]!r}")
            try:
                unless = frozenset(ontology.relation(str(name)).eval_name for name in unless)
            except OntologyError as error:
                raise OntologyError(f"{where}: {other_name}: unless: {error}") from None
            if isinstance(factor, bool) or not isinstance(factor, (int, float)) or not 0 < factor <= 1:
                raise OntologyError(f"{where}: {other_name}: the factor must be a number above 0 and at most 1")
            for end, mine, theirs in (("subject", relation.domain, other.domain), ("object", relation.range, other.range)):
                mine, theirs = ontology.cls(mine).name, ontology.cls(theirs).name
                if not ontology.is_subclass(mine, theirs):
                    raise OntologyError(f"{where}: {other_name}: its {end} must be a {theirs}, this relation's is a {mine}")
            # The trigger groups that read a round's investors ("led the round").
            # and those whose first word round_words names ("raised $5 million from Minjin").
            round_triggers = frozenset(str(g["words"][0]) for g in spec.get("triggers") or []
                                       if isinstance(g, dict) and g.get("round_only") and g.get("words")) \
                | frozenset(round_words)
            implications.setdefault(relation.eval_name, {})[other.eval_name] = Implication(
                float(factor), unless, frozenset(keep),
                round_roles=None if roles is None else frozenset(r.lower() for r in roles), round_triggers=round_triggers)
    return implications


def implied_facts(relations: list[dict], implications: dict[str, dict[str, Implication]]) -> list[dict]:
    """The facts *relations* imply that they do not state already (each once, the surest).

    >>> implied_facts([{"subject": "A", "predicate": "invests_in", "object": "B", "qualifiers": {"amount": 5},
    ...                 "confidence": 0.8, "evidence": [0, 9], "implied": False, "frame": "verb-active"}],
    ...               {"invests_in": {"holds_stake_in": Implication(0.75)}})[0]["confidence"]
    0.6
    """
    stated = {(r["subject"], r["predicate"], r["object"]) for r in relations}
    found: dict[tuple, dict] = {}
    for fact in relations:
        for predicate, how in implications.get(fact["predicate"], {}).items():
            key = (fact["subject"], predicate, fact["object"])
            confidence = round(fact["confidence"] * how.factor, 3)
            if key in stated or any((fact["subject"], other, fact["object"]) in stated for other in how.unless):
                continue
            if not how.holds_for(fact):
                continue
            if key in found and found[key]["confidence"] >= confidence:
                continue
            found[key] = {
                "subject": fact["subject"], "predicate": predicate, "object": fact["object"],
                "qualifiers": {name: value for name, value in fact["qualifiers"].items() if name in how.keep},
                "confidence": confidence, "evidence": list(fact["evidence"]), "implied": True,
                "frame": f"implied-by:{fact['frame']}",
            }
    return list(found.values())


def load_supersessions(ontology: Ontology, folder: Path | None = None) -> dict[str, frozenset[str]]:
    """Relation (FORMAT.md name) -> the relations its facts overrule between the same ends
    (``supersedes`` in ``ontology/triggers.yaml``), checked against the ontology."""
    found = {}
    for relation_name, _spec, names in relation_entries("supersedes", folder):
        where = f"triggers.yaml: {relation_name}: supersedes"
        if not isinstance(names, list):
            raise OntologyError(f"{where}: must be a list of relations")
        try:
            found[ontology.relation(str(relation_name)).eval_name] = frozenset(ontology.relation(str(n)).eval_name for n in names)
        except OntologyError as error:
            raise OntologyError(f"{where}: {error}") from None
    return found


def without_superseded(relations: list[dict], supersessions: dict[str, frozenset[str]]) -> list[dict]:
    """*relations* without the facts another fact between the same ends overrules.

    >>> facts = [{"subject": "A", "predicate": p, "object": "B"} for p in ("acquires", "holds_stake_in")]
    >>> [f["predicate"] for f in without_superseded(facts, {"acquires": frozenset({"holds_stake_in"})})]
    ['acquires']
    """
    overruled = {(r["subject"], lower, r["object"]) for r in relations for lower in supersessions.get(r["predicate"], ())}
    return [r for r in relations if (r["subject"], r["predicate"], r["object"]) not in overruled]


def without_reversed_repeats(relations: list[dict], symmetric: frozenset[str]) -> list[dict]:
    """*relations* without a fact of a *symmetric* relation read again the other way round
    with nothing the first does not say ("Sino-US trade rose 5% to $600 billion" and "China-US
    trade ..."): one fact, which either way means the same. Read with other qualifiers (a
    second dated figure), both stay.

    >>> trade = lambda s, o, **q: {"subject": s, "predicate": "trades_with", "object": o, "qualifiers": q}
    >>> facts = [trade("China", "US", amount=6e11, date="2024"), trade("US", "China", amount=6e11), trade("US", "China", date="2023")]
    >>> [(f["subject"], f["qualifiers"]) for f in without_reversed_repeats(facts, frozenset({"trades_with"}))]
    [('China', {'amount': 600000000000.0, 'date': '2024'}), ('US', {'date': '2023'})]
    """
    kept: list[dict] = []
    for fact in relations:
        same = next((other for other in kept if fact["predicate"] in symmetric and other["predicate"] == fact["predicate"]
                     and (other["subject"], other["object"]) == (fact["object"], fact["subject"])
                     and fact.get("implied", False) == other.get("implied", False)
                     and all(other["qualifiers"].get(k) == v for k, v in fact["qualifiers"].items())), None)
        if same is None:
            kept.append(fact)
        elif "confidence" in fact:
            same["confidence"] = max(same.get("confidence", 0), fact["confidence"])  # read surer the other way
    return kept

