"""The other holders of a stake split ("TSMC will hold an 86.5% stake in JASM, while Sony will
hold 6%, Denso 5.5% and Toyota 2%"): after a stake the sentence gives, each name joined to
it by a conjunction and followed, a verb of holding at most between, by a percentage of
its own, holds that much of the same firm; so does the seller of a later share bought with
the firm left out ("a 30% stake in Lynk from Volvo and a 20% stake from Geely"). The parser
cannot attach such gapped clauses, so no frame reads them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.frames import load_carries, load_end_bounds
from kg.extract.patterns import token_mark
from kg.extract.qualifier_merge import SOLD
from kg.ontology import Ontology
from kg.resources import read_yaml, resource_dir

__all__ = ["StakeSplits", "load_stake_splits", "split_stakes"]


@dataclass(frozen=True)
class StakeSplits:
    """``stake_splits`` of ontology/extraction.yaml, checked against the ontology."""

    relation: str  # FORMAT.md name of the stake relation
    share: str  # its qualifier of the share held
    joins: frozenset[str]  # words joining the holders ("while Sora will hold 6%, Minjin 5.5%")
    between: frozenset[str]  # words a holder's share may follow ("will own 49 percent")
    holders: frozenset[str]  # classes a holder may have: the relation's subjects'
    share_nouns: frozenset[str]  # nouns of a share a later holder sells ("and a 20% stake from Geely")
    sold_from: frozenset[str]  # words before the one a share is bought from
    invested: str  # FORMAT.md name of the relation of money put in, which a split to come also gives
    invest_holders: frozenset[str]  # classes its subject may have
    to_come: frozenset[str]  # words that tell a share as to come ("will hold 6%")
    kept: frozenset[str]  # words of a share kept, not taken up ("will retain 40%")


def load_stake_splits(ontology: Ontology, folder: Path | None = None) -> StakeSplits:
    """The rule of ontology/extraction.yaml (or *folder*'s); an OntologyError names what in
    it is broken."""
    path = (folder or resource_dir("ontology")) / "extraction.yaml"
    raw = (read_yaml(path, OntologyError, "extraction settings file") or {}).get("stake_splits")
    where = f"{path.name}: stake_splits"
    if not isinstance(raw, dict) or not isinstance(raw.get("relation"), str) or not isinstance(raw.get("share"), str):
        raise OntologyError(f"{where}: needs a relation, a share qualifier, joins, between, share_nouns and sold_from")
    try:
        relation = ontology.relation(raw["relation"])
        invested = ontology.relation(str(raw.get("invested")))
    except OntologyError as error:
        raise OntologyError(f"{where}: {error}") from None
    if raw["share"] not in load_carries(ontology).get(relation.eval_name, ()):
        raise OntologyError(f"{where}: {relation.eval_name} carries no qualifier {raw['share']!r}")
    words = {}
    for key in ("joins", "between", "share_nouns", "sold_from", "to_come", "kept"):
        listed = raw.get(key)
        if not isinstance(listed, list) or not listed or not all(isinstance(w, str) and w for w in listed):
            raise OntologyError(f"{where}: {key} must be a list of words")
        words[key] = frozenset(w.casefold() for w in listed)
    return StakeSplits(relation.eval_name, raw["share"], words["joins"], words["between"], _subjects(ontology, relation),
                       words["share_nouns"], words["sold_from"], invested.eval_name, _subjects(ontology, invested),
                       words["to_come"], words["kept"])


def _subjects(ontology: Ontology, relation) -> frozenset[str]:
    """The classes *relation*'s subject may have by news convention (bounds of
    triggers.yaml), else by its domain."""
    bounds = load_end_bounds(ontology).get(relation.eval_name)
    if bounds:
        return frozenset(c for c in ontology.classes if any(ontology.is_subclass(c, b) for b in bounds[0]))
    return frozenset(c for c in ontology.classes if ontology.is_subclass(c, relation.domain))


def split_stakes(doc, facts: list[dict], entities: dict, rule: StakeSplits) -> list[dict]:
    """*facts* (kg-eval/1 dicts; *entities* by key, as the pipeline keeps them) with the stake
    facts of the other holders of each split they state a first share of. A fact that read a
    later holder as a second firm the first one holds ("Daewon will own 60% of Hanul and
    Minjin the remaining 40%": not Daewon's 60% of Minjin) is left out."""
    names = {key: entity.name for key, entity in entities.items()}
    have = {(f["subject"], f["predicate"], f["object"]) for f in facts}
    found, misread, invested = [], set(), []
    for fact in facts:
        percent = (fact.get("qualifiers") or {}).get(rule.share)
        if fact["predicate"] != rule.relation or percent is None:
            continue
        start, end = fact["evidence"]
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None:
            continue
        first = next((t for t in sentence if token_mark(t, "kg_value_kind") == "percent" and token_mark(t, "kg_value") == percent), None)
        if first is None:
            continue
        holders = _holders_after(sentence, first.i, rule)
        if holders and not any(sold for _, _, sold in holders) and _to_come(sentence, first.i, holders[-1][0].i, rule):
            invested.append((fact, [fact["subject"]] + [names.get(token_mark(h, "kg_entity")) for h, _, _ in holders]))
        for holder, share, sold in holders:
            name = names.get(token_mark(holder, "kg_entity"))
            if name is None or name in (fact["subject"], fact["object"]):
                continue
            misread.add((fact["subject"], name, tuple(fact["evidence"])))
            if (name, rule.relation, fact["object"]) in have:
                # "Hanul, a venture between Daewon and Honda. ... Honda will own 49%": the
                # holder read before without its share gets it here.
                for other in facts + found:
                    if (other["subject"], other["predicate"], other["object"]) == (name, rule.relation, fact["object"]) \
                            and (other.get("qualifiers") or {}).get(rule.share) is None:
                        other.setdefault("qualifiers", {})[rule.share] = share
                continue
            have.add((name, rule.relation, fact["object"]))
            # A seller's share is what it sold, not all it holds (qualifier_merge.SOLD).
            marks = {SOLD: True} if sold else {}
            found.append({**fact, "subject": name, "qualifiers": {**fact["qualifiers"], rule.share: share, **marks},
                          "confidence": round(fact["confidence"] * 0.9, 3), "frame": "stake-split"})
    kept = [f for f in facts if (f["subject"], f["object"], tuple(f["evidence"])) not in misread]
    invested = [(f, holders) for f, holders in invested if (f["subject"], f["object"], tuple(f["evidence"])) not in misread]
    return kept + found + _investments(invested, have, entities, rule)


def _to_come(sentence, first: int, last: int, rule: StakeSplits) -> bool:
    """Whether the split from the first share, token *first*, to the last holder, token
    *last*, is told as to come ("will hold 86.5% ..., while Sora will hold 6%") and no holder
    keeps a share it had ("will retain 40%")."""
    doc = sentence.doc
    before = doc[max(sentence.start, first - 4):first]
    # A share merged into one token keeps its words ("the remaining 40%").
    split = (w for t in doc[max(sentence.start, first - 4):min(last + 4, sentence.end)] for w in t.lower_.split())
    return any(t.lower_ in rule.to_come for t in before) and not any(w in rule.kept for w in split)


def _investments(invested: list, have: set, entities: dict, rule: StakeSplits) -> list[dict]:
    """The facts of money put in by each holder of a split to come (*invested*: the first
    holder's stake fact and the names of all the holders), the day of the stake kept."""
    found = []
    classes = {entity.name: entity.cls for entity in entities.values()}
    for fact, holders in invested:
        for name in holders:
            if name is None or name == fact["object"] or classes.get(name) not in rule.invest_holders \
                    or (name, rule.invested, fact["object"]) in have:
                continue
            have.add((name, rule.invested, fact["object"]))
            dated = {k: v for k, v in (fact.get("qualifiers") or {}).items() if k == "date"}
            found.append({**fact, "subject": name, "predicate": rule.invested, "qualifiers": dated,
                          "confidence": round(fact["confidence"] * 0.9, 3), "frame": "stake-split-to-come"})
    return found


def _holders_after(sentence, i: int, rule: StakeSplits) -> list[tuple]:
    """(holder token, percentage, whether a seller's) for each holder named after the first share, token *i* of
    *sentence*: from the first word that joins a holder to it, past the rest of the first
    holder's clause ("stake in the Japan unit, known as JASM, while Sony will hold 6%")."""
    doc = sentence.doc
    for k in range(i + 1, min(i + 16, sentence.end)):
        if token_mark(doc[k], "kg_value_kind") == "percent":
            return []  # another share the first clause gives ("30% of Hanul and 20% of Minjin")
        if doc[k].lower_ in rule.joins:
            found = [(h, p, False) for h, p in _holders_from(sentence, k, rule)] \
                or [(h, p, True) for h, p in _sellers_from(sentence, k, rule)]
            if found:
                return found
    return []


def _sellers_from(sentence, k: int, rule: StakeSplits) -> list[tuple]:
    """(seller token, percentage) of a share bought from a holder that the words from *k*,
    a joining word, give with the firm left out: "and a 20% stake from Geely Holding"."""
    doc = sentence.doc
    k += 1
    if k < sentence.end and doc[k].lower_ in ("a", "an", "another"):
        k += 1
    if k + 3 >= sentence.end or token_mark(doc[k], "kg_value_kind") != "percent" or token_mark(doc[k], "kg_value") is None:
        return []
    share = doc[k]
    if doc[k + 1].lower_ not in rule.share_nouns or doc[k + 2].lower_ not in rule.sold_from:
        return []
    seller = doc[k + 3]
    if not token_mark(seller, "kg_entity") or token_mark(seller, "kg_class") not in rule.holders:
        return []
    return [(seller, token_mark(share, "kg_value"))]


def _holders_from(sentence, k: int, rule: StakeSplits) -> list[tuple]:
    doc, found = sentence.doc, []
    while k < sentence.end:
        if doc[k].lower_ not in rule.joins:
            break
        k += 1
        while k < sentence.end and doc[k].lower_ in rule.joins:
            k += 1
        if k >= sentence.end or not token_mark(doc[k], "kg_entity") or token_mark(doc[k], "kg_class") not in rule.holders:
            break
        holder = doc[k]
        k += 1
        while k < sentence.end and doc[k].lower_ in rule.between:
            k += 1
        if k >= sentence.end or token_mark(doc[k], "kg_value_kind") != "percent" or token_mark(doc[k], "kg_value") is None:
            break
        share = doc[k]
        # "Sony will hold 6% of Minjin": a share of another firm is a fact of its own.
        if share.i + 1 < sentence.end and doc[share.i + 1].lower_ in ("of", "in", "stake"):
            break
        found.append((holder, token_mark(share, "kg_value")))
        k += 1
    return found
