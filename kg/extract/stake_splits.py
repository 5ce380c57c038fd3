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
    except OntologyError as error:
        raise OntologyError(f"{where}: {error}") from None
    if raw["share"] not in load_carries(ontology).get(relation.eval_name, ()):
        raise OntologyError(f"{where}: {relation.eval_name} carries no qualifier {raw['share']!r}")
    words = {}
    for key in ("joins", "between", "share_nouns", "sold_from"):
        listed = raw.get(key)
        if not isinstance(listed, list) or not listed or not all(isinstance(w, str) and w for w in listed):
            raise OntologyError(f"{where}: {key} must be a list of words")
        words[key] = frozenset(w.casefold() for w in listed)
    # The relation's subjects by news convention (bounds of triggers.yaml), else its domain.
    bounds = load_end_bounds(ontology).get(relation.eval_name)
    holders = frozenset(c for c in ontology.classes if any(ontology.is_subclass(c, b) for b in bounds[0])) if bounds \
        else frozenset(c for c in ontology.classes if ontology.is_subclass(c, relation.domain))
    return StakeSplits(relation.eval_name, raw["share"], words["joins"], words["between"], holders,
                       words["share_nouns"], words["sold_from"])


def split_stakes(doc, facts: list[dict], entities: dict, rule: StakeSplits) -> list[dict]:
    """*facts* (kg-eval/1 dicts; *entities* by key, as the pipeline keeps them) with the stake
    facts of the other holders of each split they state a first share of. A fact that read a
    later holder as a second firm the first one holds ("Daewon will own 60% of Hanul and
    Minjin the remaining 40%": not Daewon's 60% of Minjin) is left out."""
    names = {key: entity.name for key, entity in entities.items()}
    have = {(f["subject"], f["predicate"], f["object"]) for f in facts}
    found, misread = [], set()
    for fact in facts:
        percent = (fact.get("qualifiers") or {}).get(rule.share)
        if fact["predicate"] != rule.relation or percent is None:
            continue
        start, end = fact["evidence"]
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None:
            continue
        first = next((t for t in sentence if t._.kg_value_kind == "percent" and t._.kg_value == percent), None)
        if first is None:
            continue
        for holder, share, sold in _holders_after(sentence, first.i, rule):
            name = names.get(holder._.kg_entity)
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
    return kept + found


def _holders_after(sentence, i: int, rule: StakeSplits) -> list[tuple]:
    """(holder token, percentage, whether a seller's) for each holder named after the first share, token *i* of
    *sentence*: from the first word that joins a holder to it, past the rest of the first
    holder's clause ("stake in the Japan unit, known as JASM, while Sony will hold 6%")."""
    doc = sentence.doc
    for k in range(i + 1, min(i + 16, sentence.end)):
        if doc[k]._.kg_value_kind == "percent":
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
    if k + 3 >= sentence.end or doc[k]._.kg_value_kind != "percent" or doc[k]._.kg_value is None:
        return []
    share = doc[k]
    if doc[k + 1].lower_ not in rule.share_nouns or doc[k + 2].lower_ not in rule.sold_from:
        return []
    seller = doc[k + 3]
    if not seller._.kg_entity or seller._.kg_class not in rule.holders:
        return []
    return [(seller, share._.kg_value)]


def _holders_from(sentence, k: int, rule: StakeSplits) -> list[tuple]:
    doc, found = sentence.doc, []
    while k < sentence.end:
        if doc[k].lower_ not in rule.joins:
            break
        k += 1
        while k < sentence.end and doc[k].lower_ in rule.joins:
            k += 1
        if k >= sentence.end or not doc[k]._.kg_entity or doc[k]._.kg_class not in rule.holders:
            break
        holder = doc[k]
        k += 1
        while k < sentence.end and doc[k].lower_ in rule.between:
            k += 1
        if k >= sentence.end or doc[k]._.kg_value_kind != "percent" or doc[k]._.kg_value is None:
            break
        share = doc[k]
        # "Sony will hold 6% of Minjin": a share of another firm is a fact of its own.
        if share.i + 1 < sentence.end and doc[share.i + 1].lower_ in ("of", "in", "stake"):
            break
        found.append((holder, share._.kg_value))
        k += 1
    return found
